"""``sro-desktop export allowances``: a body's attendance allowances (Sitzungsgeld) of
a year, as a CSV for payroll or as the statements per person (Word or PDF)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .cli import body_help, written
from .domain.words import say


def add_exports(what: argparse._SubParsersAction
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    allowances = what.add_parser("allowances", help=say(
        "cli", "das Sitzungsgeld eines Gremiums in einem Jahr: CSV für die Abrechnung, oder "
               "die Abrechnungen je Person (.docx, .pdf)"))
    allowances.add_argument("--db", type=Path, required=True)
    allowances.add_argument("--body", required=True, help=body_help())
    allowances.add_argument("--year", type=int, required=True)
    allowances.add_argument("--person", help=say("cli", "nur diese Person: ID oder „Nachname, "
                                                        "Vorname“"))
    allowances.add_argument("--out", type=Path, required=True, help=csv_word_or_pdf())
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
    print(written(path))
    return 0


def csv_word_or_pdf() -> str:
    return say("cli", "die Datei, die geschrieben wird (.csv, .docx oder .pdf)")
