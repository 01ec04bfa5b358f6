"""``sro-desktop export oparl``: the OParl 1.1 tree for the city's council information
system (documents/oparl.py). No Qt on this path."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .cli import UserError


def add_exports(what: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace],
                                                                         int]]:
    oparl = what.add_parser("oparl", help="the public part of the file as a static OParl "
                                          "1.1 tree (a folder of JSON files)")
    oparl.add_argument("--db", type=Path, required=True)
    oparl.add_argument("--base-url", required=True,
                       help="the address the folder will be served under (http or https), "
                            "e.g. https://ris.example.org/oparl")
    oparl.add_argument("--pdf", action="store_true",
                       help="the approved minutes also as PDF/A-2b (needs LibreOffice; one "
                            "conversion per approved meeting)")
    oparl.add_argument("--out", type=Path, required=True,
                       help="the folder to write (empty, or an earlier OParl export)")
    return {"oparl": cmd_oparl}


def cmd_oparl(args: argparse.Namespace) -> int:
    from .documents.oparl import archive_pdf, check_base_url, export_oparl
    from .documents.pdf import MISSING, find_soffice
    from .store import Store

    base = check_base_url(args.base_url)  # an ExportError: one line, exit 1 (cli.py)
    if args.pdf and find_soffice() is None:
        raise UserError(MISSING)
    if not Path(args.db).is_file():
        raise UserError(f"{args.db} does not exist")
    with Store.open(args.db, read_only=True) as store:
        summary = export_oparl(store, args.out, base,
                               minutes_pdf=archive_pdf if args.pdf else None)
    print(f"Written: {summary.folder} (OParl 1.1, base {base})")
    for line in summary.lines():
        print(f"  {line}")
    return 0
