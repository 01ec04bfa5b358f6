"""E-mail drafts for the circulation: the minutes or the invitation attached, the members'
addresses, subject and text from an editable template (``templates/mail_*.txt``).

The draft is written as an ``.eml`` file with ``X-Unsent: 1``: Outlook (and Thunderbird,
and Apple Mail) open it as a message still to be sent, not as one received. Nobody is
left out silently: members without a usable address are named in ``Recipients.warning``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

from .. import clock
from ..domain.enums import Role
from ..domain.errors import RuleViolation
from ..domain.labels import person_sort_key
from ..domain.meetings import check_invitable, check_sendable
from ..domain.words import say
from ..store import Store
from .dates import date_text, weekday_name
from .files import ExportError, safe_file_name, write_atomically
from .text import clean_text

# The documents a draft can carry -> the shipped template of its text.
TEMPLATES = {"minutes": "mail_minutes.txt", "invitation": "mail_invitation.txt"}
SUBJECT_PREFIXES = ("Betreff:", "Subject:")  # the German and the English templates'
# Attached files' types by suffix; Windows' own table (mimetypes) is not always right.
MIME_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".ics": "text/calendar; method=REQUEST; charset=UTF-8",  # umlauts in names, agenda
    ".csv": "text/csv",
    ".txt": "text/plain",
}
# A plain address: something@domain.tld, no spaces or list separators. Anything else in
# the e-mail field (a name, two addresses, a typo) is named in the warning instead.
_ADDRESS = re.compile(r"^[^@\s<>,;:\"()\[\]\\]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
SHOWN_MISSING = 6  # names in the warning; more are counted
_ROLE_ORDER = {role: number for number, role in enumerate(Role)}
# Header lines up to the hard limit of RFC 5322 rather than 78 when written: Python's
# folding of a long recipient list can split a display name into an empty encoded word
# (seen in 3.11), which mail programs show as a doubled space; the members of a body fit
# in 998. The parts' contents are encoded when added, with SMTP's 76-character lines.
HEADERS = SMTP.clone(max_line_length=998)

# (file name, content, MIME type such as "text/calendar; method=REQUEST")
Attachment = tuple[str, bytes, str]


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str


@dataclass(frozen=True)
class Recipients:
    """Whom a draft goes to: the members (To), their deputies (Cc, when wanted), and the
    names of those without a usable address (they get nothing by e-mail)."""

    to: tuple[Recipient, ...]
    cc: tuple[Recipient, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def warning(self) -> str:
        """For the window, in the program's language ("" when everyone has an address)."""
        if not self.missing:
            return ""
        names = ", ".join(self.missing[:SHOWN_MISSING])
        if len(self.missing) > SHOWN_MISSING:
            names += say("documents.mail", " und {count} weitere").format(
                count=len(self.missing) - SHOWN_MISSING)
        if len(self.missing) == 1:
            return say("documents.mail", "Ohne gültige E-Mail-Adresse: {names}. Diese Person "
                       "erhält den Entwurf nicht per E-Mail; bitte auf anderem Weg zusenden "
                       "oder die Adresse unter „Gremien & Mitglieder“ nachtragen.").format(
                           names=names)
        return say("documents.mail", "Ohne gültige E-Mail-Adresse ({count}): {names}. Sie "
                   "erhalten den Entwurf nicht per E-Mail; bitte auf anderem Weg zusenden oder "
                   "die Adressen unter „Gremien & Mitglieder“ nachtragen.").format(
                       count=len(self.missing), names=names)

    def names(self) -> str:
        """The recipients as the circulation records them: "A, B; Cc: C"."""
        text = ", ".join(r.name for r in self.to)
        if self.cc:
            text += "; Cc (Stellvertretung): " + ", ".join(r.name for r in self.cc)
        return text


def usable_address(text: str) -> str:
    """The address if it is one plain address, else ""."""
    text = text.strip()
    return text if _ADDRESS.match(text) else ""


def meeting_recipients(store: Store, meeting_id: str, *, deputies: bool = False) -> Recipients:
    """The members of the meeting's body on the meeting's day, in the member list's order
    (side, role, name); with ``deputies`` their Stellvertretungen as Cc. A person is
    named once: a deputy who is a member too stays in To."""
    meeting = store.meetings.get(meeting_id)
    people = {p.id: p for p in store.people.list()}
    sides = {s.id: s.position for s in store.sides.list(meeting.body_id)}
    seats = [m for m in store.memberships.list(meeting.body_id, on=meeting.date)
             if m.person_id in people]
    seats.sort(key=lambda m: (sides.get(m.side_id, len(sides)), _ROLE_ORDER[m.role],
                              person_sort_key(people[m.person_id])))
    to: list[Recipient] = []
    cc: list[Recipient] = []
    missing: list[str] = []
    seen: set[str] = set()

    def add(person_id: str, into: list[Recipient]) -> None:
        if person_id in seen or person_id not in people:
            return
        seen.add(person_id)
        person = people[person_id]
        name = clean_text(person.full_name)
        address = usable_address(person.email)
        if address:
            into.append(Recipient(name, address))
        else:
            missing.append(name)

    for seat in seats:
        add(seat.person_id, to)
    if deputies:
        for seat in seats:
            if seat.deputy_person_id:
                add(seat.deputy_person_id, cc)
    return Recipients(tuple(to), tuple(cc), tuple(missing))


@dataclass(frozen=True)
class Draft:
    """An e-mail still to be sent. ``sender`` only when known (else the mail program
    puts in its own account)."""

    to: tuple[Recipient, ...]
    subject: str
    body: str
    attachments: tuple[Attachment, ...] = ()
    cc: tuple[Recipient, ...] = ()
    sender: Recipient | None = None


def mime_type(filename: str) -> str:
    return MIME_TYPES.get(Path(filename).suffix.lower(), "application/octet-stream")


def _address(recipient: Recipient) -> Address:
    user, _, domain = recipient.address.partition("@")
    return Address(display_name=recipient.name, username=user, domain=domain)


def build_message(draft: Draft) -> EmailMessage:
    """The draft as a MIME message: text/plain UTF-8, the attachments after it."""
    message = EmailMessage(policy=SMTP)
    if draft.sender is not None:
        message["From"] = _address(draft.sender)
    if draft.to:
        message["To"] = [_address(r) for r in draft.to]
    if draft.cc:
        message["Cc"] = [_address(r) for r in draft.cc]
    message["Subject"] = draft.subject
    message["X-Unsent"] = "1"
    message.set_content(draft.body, subtype="plain", charset="utf-8")
    for filename, content, kind in draft.attachments:
        main, _, rest = kind.partition("/")
        subtype, *params = (part.strip() for part in rest.split(";"))
        message.add_attachment(content, maintype=main, subtype=subtype, filename=filename,
                               params=dict(_param(p) for p in params if p))
    return message


def _param(text: str) -> tuple[str, str]:
    key, _, value = text.partition("=")
    return key.strip(), value.strip().strip('"')


def write_eml(draft: Draft, target: str | Path) -> Path:
    """Write the draft as an ``.eml`` file, atomically."""
    data = build_message(draft).as_bytes(policy=HEADERS)

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_atomically(target, write)


# -- the text ---------------------------------------------------------------------------------


def shipped_mail_template(document: str) -> Path:
    """The shipped text template, in the program's language."""
    from .render import shipped_template  # docxtpl: when first needed

    return shipped_template(TEMPLATES[document])


def mail_context(store: Store, meeting_id: str, document: str, filename: str,
                 today: date | None = None) -> dict[str, Any]:
    """What the text template is given."""
    from .minutes import Names, agenda_rows, meeting_facts  # docxtpl: when first needed

    ctx = store.meetings.context(meeting_id)
    names = Names.read(store)
    facts = meeting_facts(ctx.body, ctx.meeting, names)
    facts["weekday"] = weekday_name(ctx.meeting.date)
    sender = facts["minute_taker"] if document == "minutes" else facts["chair"]
    return {
        "meeting": facts,
        "agenda": [{"number": a["number"], "title": a["title"]}
                   for a in agenda_rows(ctx, public=False)],
        "document": filename,
        "sender": sender,
        "today": date_text(today or clock.today()),
    }


def mail_text(template: Path, context: dict[str, Any]) -> tuple[str, str]:
    """Subject and text from a template whose first line is "Betreff: …"."""
    from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SandboxedEnvironment

    try:
        source = template.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(say("documents.mail", "Die Textvorlage {name} lässt sich nicht "
                              "lesen.").format(name=template.name)) from exc
    environment = SandboxedEnvironment(autoescape=False, undefined=StrictUndefined,
                                       trim_blocks=True, lstrip_blocks=True,
                                       keep_trailing_newline=True)
    try:
        text = environment.from_string(source).render(context)
    except TemplateSyntaxError as exc:
        raise ExportError(say("documents.mail", "Die Textvorlage {name} enthält einen "
                              "fehlerhaften Platzhalter (Zeile {line}): {problem}").format(
                                  name=template.name, line=exc.lineno,
                                  problem=exc.message)) from exc
    except UndefinedError as exc:
        raise ExportError(say("documents.mail", "Die Textvorlage {name} verwendet ein "
                              "unbekanntes Feld: {problem}").format(
                                  name=template.name, problem=exc.message)) from exc
    except TemplateError as exc:
        raise ExportError(say("documents.mail", "Die Textvorlage {name} ist fehlerhaft: "
                              "{problem}").format(name=template.name, problem=exc)) from exc
    lines = text.lstrip("\n").splitlines()
    prefix = next((p for p in SUBJECT_PREFIXES if lines and lines[0].startswith(p)), None)
    if prefix is None:
        raise ExportError(say("documents.mail", "Die Textvorlage {name} muss mit einer Zeile "
                              "„Betreff: …“ beginnen.").format(name=template.name))
    subject = " ".join(lines[0][len(prefix):].split())
    body = "\n".join(lines[1:]).strip("\n") + "\n"
    return subject, body


def meeting_document(store: Store, meeting_id: str, document: str, target: Path, *,
                     template: Path | None = None) -> Path:
    """The document a draft carries, as Word: the minutes (the full draft) or the
    invitation."""
    if document == "minutes":
        from .minutes import export_minutes

        return export_minutes(store, meeting_id, target, template=template)
    from .invitation import export_invitation

    return export_invitation(store, meeting_id, target, template=template).path


def calendar_entry(store: Store, meeting_id: str, document: str,
                   folder: Path) -> list[Path]:
    """What goes beside the invitation: the meeting as a calendar entry (``.ics``, REQUEST,
    or CANCEL for a cancelled meeting) written into ``folder``, so Outlook and Thunderbird
    offer to put it in the calendar. Nothing for the minutes, and nothing when the meeting
    has no sender address for the entry's organiser (the invitation still goes)."""
    if document != "invitation":
        return []
    from .calendar import meeting_ics, write_ics

    try:
        data = meeting_ics(store, meeting_id)
    except ExportError:
        return []
    meeting = store.meetings.get(meeting_id)
    body = store.bodies.get(meeting.body_id)
    name = safe_file_name(say("documents.mail", "Termin {body} {number} {date}").format(
        body=body.short, number=meeting.number, date=meeting.date.isoformat()))
    return [write_ics(data, folder / f"{name}.ics")]


def file_attachment(path: Path) -> Attachment:
    """A file on disk as an attachment; a calendar entry says its method (RFC 6047)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExportError(say("documents.mail", "Die Datei {name} lässt sich nicht lesen.")
                          .format(name=path.name)) from exc
    kind = mime_type(path.name)
    if b"METHOD:CANCEL" in data and kind.startswith("text/calendar"):
        kind = kind.replace("method=REQUEST", "method=CANCEL")
    return path.name, data, kind


def meeting_draft(store: Store, meeting_id: str, document: str, attachment: Path,
                  recipients: Recipients, *, template: Path | None = None,
                  extra: Sequence[Attachment] = (), sender: Recipient | None = None,
                  today: date | None = None) -> Draft:
    """The draft for a meeting's document (``"minutes"`` or ``"invitation"``), already
    written to ``attachment``; ``extra``: more attachments (the meeting's ``.ics``)."""
    if document not in TEMPLATES:
        raise ExportError(say("documents.mail", "Unbekanntes Dokument: {document}").format(
            document=document))
    meeting = store.meetings.get(meeting_id)
    try:  # the same rules as the window's buttons: a draft of the minutes, a coming meeting
        (check_sendable if document == "minutes" else check_invitable)(meeting)
    except RuleViolation as exc:
        raise ExportError(str(exc)) from exc
    try:
        content = attachment.read_bytes()
    except OSError as exc:
        raise ExportError(say("documents.mail", "Das Dokument {name} lässt sich nicht lesen.")
                          .format(name=attachment.name)) from exc
    context = mail_context(store, meeting_id, document, attachment.name, today)
    subject, body = mail_text(template or shipped_mail_template(document), context)
    files: list[Attachment] = [(attachment.name, content, mime_type(attachment.name))]
    files += extra
    return Draft(recipients.to, subject, body, tuple(files), recipients.cc, sender)


def addresses(recipients: Iterable[Recipient]) -> list[str]:
    return [r.address for r in recipients]
