"""``sro-desktop export eml``: the e-mail draft with the minutes or the invitation
attached, as an ``.eml`` file (documents/mail.py). No Qt on this path."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

from .cli import meeting_help, warn
from .domain.words import say


def add_exports(what: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace],
                                                                        int]]:
    eml = what.add_parser(
        "eml", help=say("cli", "ein E-Mail-Entwurf (.eml, von Outlook als nicht gesendet "
                               "geöffnet) mit dem Protokoll oder der Einladung als Anhang"),
        description=say("cli", "Einen E-Mail-Entwurf an die Mitglieder des Gremiums der "
                               "Sitzung mit dem Dokument (Word) als Anhang schreiben. Es wird "
                               "nur die Datei geschrieben: die Kommandozeile vermerkt keinen "
                               "Versand des Protokolls, „Protokoll versenden“ im Fenster "
                               "schon."))
    eml.add_argument("--db", type=Path, required=True)
    eml.add_argument("--meeting", required=True, help=meeting_help())
    eml.add_argument("--document", choices=("minutes", "invitation"), default="minutes",
                     help=say("cli", "das angehängte Dokument (sonst das Protokoll: "
                                     "minutes)"))
    eml.add_argument("--deputies", action="store_true",
                     help=say("cli", "die Stellvertretungen der Mitglieder in Cc"))
    eml.add_argument("--template", type=Path, help=say(
        "cli", "eine Textvorlage für Betreff und Text statt der mitgelieferten"))
    eml.add_argument("--out", type=Path, required=True,
                     help=say("cli", "die Datei, die geschrieben wird (.eml)"))
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
        raise UserError(say("cli", "{name}: der Entwurf wird als .eml geschrieben").format(
            name=args.out.name))
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
        warn(recipients.warning)
    print(say("cli", "Geschrieben: {path} (an {to}, Cc {cc})").format(
        path=path, to=len(draft.to), cc=len(draft.cc)))
    return 0

