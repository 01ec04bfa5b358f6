"""``sro-desktop export certificate``: the attendance certificate (Teilnahmebescheinigung)
of one person at a training or visit of the programme, as Word or PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .cli import person_help, written
from .domain.words import say


def add_exports(what: argparse._SubParsersAction
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    certificate = what.add_parser("certificate", help=say(
        "cli", "eine Teilnahmebescheinigung einer Fortbildung oder Hospitation"))
    certificate.add_argument("--db", type=Path, required=True)
    certificate.add_argument("--event", required=True,
                             help=say("cli", "die Veranstaltung: ihre ID oder ihr Titel"))
    certificate.add_argument("--person", required=True, help=person_help())
    certificate.add_argument("--out", type=Path, required=True, help=word_or_pdf())
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
    print(written(path))
    return 0


def word_or_pdf() -> str:
    return say("cli", "die Datei, die geschrieben wird (.docx oder .pdf)")
