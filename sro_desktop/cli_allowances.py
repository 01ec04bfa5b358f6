"""``sro-desktop export allowances``: a body's attendance allowances (Sitzungsgeld) of
a year, as a CSV for payroll or as the statements per person (Word or PDF)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def add_exports(what: argparse._SubParsersAction
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    allowances = what.add_parser("allowances", help="the attendance allowances "
                                                    "(Sitzungsgeld) of a body's year: CSV "
                                                    "for payroll, or statements (.docx, .pdf)")
    allowances.add_argument("--db", type=Path, required=True)
    allowances.add_argument("--body", required=True, help="the body: its id or short name")
    allowances.add_argument("--year", type=int, required=True)
    allowances.add_argument("--person", help="only this person: id or 'Last, First'")
    allowances.add_argument("--out", type=Path, required=True,
                            help="file to write (.csv, .docx or .pdf)")
    return {"allowances": export_allowances_command}


def export_allowances_command(args: argparse.Namespace) -> int:
    from .documents.allowances import export_allowances
    from .documents.files import WORD_PDF_OR_CSV, output_suffix
    from .store import Store
    from .store.privacy import find_person

    output_suffix(args.out, WORD_PDF_OR_CSV)  # refused before the file is opened
    with Store.open(args.db, read_only=True) as store:
        body = store.bodies.resolve(args.body)
        person = find_person(store, args.person).id if args.person else None
        path = export_allowances(store, body.id, args.year, args.out, person_id=person)
    print(f"Written: {path}")
    return 0
