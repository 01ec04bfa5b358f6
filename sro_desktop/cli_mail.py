"""``sro-desktop export eml``: the e-mail draft with the minutes or the invitation
attached, as an ``.eml`` file (documents/mail.py). No Qt on this path."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def add_exports(what: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace],
                                                                        int]]:
    eml = what.add_parser(
        "eml", help="an e-mail draft (.eml, opened by Outlook as unsent) with the minutes "
                    "or invitation attached",
        description="Write an e-mail draft to the members of the meeting's body with the "
                    "document attached (Word). Only the file is written: the command line "
                    "does not record a circulation of the minutes; the window's "
                    "'Protokoll versenden' does.")
    eml.add_argument("--db", type=Path, required=True)
    eml.add_argument("--meeting", required=True,
                     help="the meeting: its id, or body short name and number (SG 7)")
    eml.add_argument("--document", choices=("minutes", "invitation"), default="minutes",
                     help="the document attached (default: minutes)")
    eml.add_argument("--deputies", action="store_true",
                     help="the members' deputies (Stellvertretungen) as Cc")
    eml.add_argument("--template", type=Path, help="a text template for subject and text "
                                                   "instead of the shipped one")
    eml.add_argument("--out", type=Path, required=True, help="file to write (.eml)")
    return {"eml": cmd_eml}


def cmd_eml(args: argparse.Namespace) -> int:
    from .cli import UserError
    from .documents.mail import (
        calendar_entry,
        file_attachment,
        meeting_document,
        meeting_draft,
        meeting_recipients,
        write_eml,
    )
    from .store import Store

    if args.out.suffix.lower() != ".eml":
        raise UserError(f"{args.out.name}: the draft is written as .eml")
    with Store.open(args.db, read_only=True) as store:
        meeting = store.meetings.resolve(args.meeting)
        body = store.bodies.get(meeting.body_id)
        recipients = meeting_recipients(store, meeting.id, deputies=args.deputies)
        name = "Niederschrift" if args.document == "minutes" else "Einladung"
        with tempfile.TemporaryDirectory(prefix="sro-eml-") as folder:
            document = Path(folder) / f"{name} {body.short} {meeting.number} " \
                                      f"{meeting.date.isoformat()}.docx"
            meeting_document(store, meeting.id, args.document, document)
            extra = calendar_entry(store, meeting.id, args.document, Path(folder))
            draft = meeting_draft(store, meeting.id, args.document, document, recipients,
                                  template=args.template,
                                  extra=[file_attachment(p) for p in extra])
        path = write_eml(draft, args.out)
    if recipients.warning:
        print(f"warning: {recipients.warning}", file=sys.stderr)
    print(f"Written: {path} (to {len(draft.to)}, cc {len(draft.cc)})")
    return 0

