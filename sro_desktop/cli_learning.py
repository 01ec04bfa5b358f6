"""``sro-desktop export certificate``: the attendance certificate (Teilnahmebescheinigung)
of one person at a training or visit of the programme, as Word or PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def add_exports(what: argparse._SubParsersAction
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    certificate = what.add_parser("certificate", help="an attendance certificate "
                                  "(Teilnahmebescheinigung) of a training or visit")
    certificate.add_argument("--db", type=Path, required=True)
    certificate.add_argument("--event", required=True, help="the event: its id or title")
    certificate.add_argument("--person", required=True, help="id or 'Last, First'")
    certificate.add_argument("--out", type=Path, required=True, help=".docx or .pdf")
    return {"certificate": export_certificate_command}


def export_certificate_command(args: argparse.Namespace) -> int:
    from .documents.files import output_suffix
    from .documents.learning import export_certificate
    from .store import Store
    from .store.privacy import find_person

    output_suffix(args.out)  # refused before the file is opened
    with Store.open(args.db, read_only=True) as store:
        event = store.learning_events.resolve(args.event)
        person = find_person(store, args.person)
        path = export_certificate(store, event.id, person.id, args.out)
    print(f"Written: {path}")
    return 0
