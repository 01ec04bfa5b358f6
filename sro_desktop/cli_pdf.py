"""``sro-desktop export signatures``: the Unterschriftenliste of a meeting (Word or PDF).

PDF for the other documents needs no command of its own: ``--out x.pdf`` on any Word
export converts it (documents/render.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .cli import meeting_help, template_help, written
from .cli_learning import word_or_pdf
from .domain.words import say


def add_exports(what: argparse._SubParsersAction
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    signatures = what.add_parser("signatures", help=say(
        "cli", "die Unterschriftenliste einer Sitzung (.docx oder .pdf)"))
    signatures.add_argument("--db", type=Path, required=True)
    signatures.add_argument("--meeting", required=True, help=meeting_help())
    signatures.add_argument("--out", type=Path, required=True, help=word_or_pdf())
    signatures.add_argument("--template", type=Path, help=template_help())
    return {"signatures": export_signatures}


def export_signatures(args: argparse.Namespace) -> int:
    from .documents.files import output_suffix
    from .documents.signature_list import export_signature_list
    from .store import Store

    output_suffix(args.out)  # refused before the file is opened
    with Store.open(args.db, read_only=True) as store:
        meeting_id = store.meetings.resolve(args.meeting).id
        path = export_signature_list(store, meeting_id, args.out, template=args.template)
    print(written(path))
    return 0
