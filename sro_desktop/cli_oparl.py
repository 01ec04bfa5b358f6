"""``sro-desktop export oparl``: the OParl 1.1 tree for the city's council information
system (documents/oparl.py). No Qt on this path."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .cli import UserError, missing
from .domain.words import say


def add_exports(what: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace],
                                                                         int]]:
    oparl = what.add_parser("oparl", help=say(
        "cli", "der öffentliche Teil der Datei als statischer OParl-1.1-Baum (ein Ordner mit "
               "JSON-Dateien)"))
    oparl.add_argument("--db", type=Path, required=True)
    oparl.add_argument("--base-url", required=True, help=say(
        "cli", "die Adresse, unter der der Ordner bereitgestellt wird (http oder https), "
               "z. B. https://ris.example.org/oparl"))
    oparl.add_argument("--pdf", action="store_true", help=say(
        "cli", "die genehmigten Protokolle auch als PDF/A-2b (braucht LibreOffice; eine "
               "Umwandlung je genehmigter Sitzung)"))
    oparl.add_argument("--out", type=Path, required=True, help=say(
        "cli", "der Ordner, der geschrieben wird (leer, oder ein früherer OParl-Export)"))
    return {"oparl": cmd_oparl}


def cmd_oparl(args: argparse.Namespace) -> int:
    from .documents.oparl import archive_pdf, check_base_url, export_oparl
    from .documents.pdf import MISSING, find_soffice
    from .store import Store

    base = check_base_url(args.base_url)  # an ExportError: one line, exit 1 (cli.py)
    if args.pdf and find_soffice() is None:
        raise UserError(MISSING)
    if not Path(args.db).is_file():
        raise UserError(missing(args.db))
    with Store.open(args.db, read_only=True) as store:
        summary = export_oparl(store, args.out, base,
                               minutes_pdf=archive_pdf if args.pdf else None)
    print(say("cli", "Geschrieben: {folder} (OParl 1.1, Basisadresse {base})").format(
        folder=summary.folder, base=base))
    for line in summary.lines():
        print(f"  {line}")
    return 0
