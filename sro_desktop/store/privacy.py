"""Personal data (DSGVO): what the file holds about one person, and anonymising a former
member.

Auskunft (Art. 15): :func:`personal_data` gathers everything stored about a person —
the person record, memberships (body, side, role, organisation, deputy, from/to), where
they stand in for someone, attendance, meetings they chaired or took the minutes of,
tasks they own, objections they raised, decisions they were conflicted on, the posts
they held, the trainings and visits they took part in, the records last changed under
their name (``updated_by``) and the history entries about them or by them — and, for
checking by hand, where their name appears in free text (notes,
presenters, guests, recipients …). Deleted (tombstoned) rows are included: they are
still in the file. ``documents/personal_data.py`` writes it as JSON.

Anonymisation (Art. 17) of a **former** member — no membership valid today or later,
and standing in for nobody who is still a member: the name becomes "Ehemaliges Mitglied
3" (a number not used before in the file), first name, title, e-mail and phone are
cleared, in one edit. Memberships, attendance, decisions, votes and tasks keep pointing
at the same person, so minutes and registers stay complete and show the new name. The
old values are overwritten in the file itself (``secure_delete``, a checkpoint of the
write-ahead log); free text that mentions the person (approved minutes among it) is not
changed — :func:`mentions` lists it — and backups keep the old state until they rotate
out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from .. import __version__, clock
from ..domain.bodies import Tenure, tenure
from ..domain.budget import share_text
from ..domain.calendar import german_date
from ..domain.enums import AttendanceStatus, LearningKind, MeetingState, ParitySide, Role
from ..domain.errors import RuleViolation
from ..domain.labels import person_label
from ..domain.model import Membership, Person
from ..domain.words import QT_TRANSLATE_NOOP, say
from .errors import NotFound
from .mapping import from_row, now_utc, stored_date
from .schema import USER_TABLES

if TYPE_CHECKING:
    from .core import Store

ANONYMOUS = "Ehemaliges Mitglied"
_ANONYMOUS_NUMBER = re.compile(rf"^{ANONYMOUS} (\d+)$")

# Free text a name may be typed into: table -> columns.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "meetings": ("place", "cancel_reason"),
    "agenda_items": ("title", "presenter", "papers", "notes"),
    "attendance": ("guest_name", "guest_organization", "note"),
    "decisions": ("title", "wording"),
    "tasks": ("title", "description"),
    "recommendations": ("title", "text", "response_text"),
    "milestones": ("title", "description"),
    "corrections": ("reason", "text"),
    "minutes_circulations": ("recipients", "note"),
    "objections": ("raised_by", "text", "resolution"),
    "organizations": ("name", "address"),
    "attachments": ("name",),  # file names only; the papers' bytes are not searched
    "learning_events": ("title", "place", "note"),
    "budget_lines": ("title", "note"),
    "posts": ("title", "note"),
}
EXCERPT = 60  # characters of context on each side of a mention

TABLE_LABELS = {
    "bodies": QT_TRANSLATE_NOOP("store.privacy", "Gremium"),
    "sides": QT_TRANSLATE_NOOP("store.privacy", "Seite"),
    "organizations": QT_TRANSLATE_NOOP("store.privacy", "Organisation"),
    "people": QT_TRANSLATE_NOOP("store.privacy", "Person"),
    "memberships": QT_TRANSLATE_NOOP("store.privacy", "Mitgliedschaft"),
    "milestones": QT_TRANSLATE_NOOP("store.privacy", "Meilenstein"),
    "meetings": QT_TRANSLATE_NOOP("store.privacy", "Sitzung"),
    "agenda_items": QT_TRANSLATE_NOOP("store.privacy", "Tagesordnungspunkt"),
    "attendance": QT_TRANSLATE_NOOP("store.privacy", "Anwesenheit"),
    "decisions": QT_TRANSLATE_NOOP("store.privacy", "Beschluss"),
    "votes": QT_TRANSLATE_NOOP("store.privacy", "Abstimmung"),
    "conflicts": QT_TRANSLATE_NOOP("store.privacy", "Befangenheit"),
    "recommendations": QT_TRANSLATE_NOOP("store.privacy", "Empfehlung"),
    "tasks": QT_TRANSLATE_NOOP("store.privacy", "Aufgabe"),
    "task_owners": QT_TRANSLATE_NOOP("store.privacy", "Verantwortung"),
    "corrections": QT_TRANSLATE_NOOP("store.privacy", "Berichtigung"),
    "minutes_circulations": QT_TRANSLATE_NOOP("store.privacy", "Protokollversand"),
    "objections": QT_TRANSLATE_NOOP("store.privacy", "Einwendung"),
    "attachments": QT_TRANSLATE_NOOP("store.privacy", "Unterlage"),
    "ballots": QT_TRANSLATE_NOOP("store.privacy", "Einzelstimme"),
    "text_modules": QT_TRANSLATE_NOOP("store.privacy", "Textbaustein"),
    "allowance_rates": QT_TRANSLATE_NOOP("store.privacy", "Sitzungsgeldsatz"),
    "learning_events": QT_TRANSLATE_NOOP("store.privacy", "Fortbildung/Hospitation"),
    "learning_participants": QT_TRANSLATE_NOOP("store.privacy", "Teilnahme"),
    "budget_lines": QT_TRANSLATE_NOOP("store.privacy", "Haushaltszeile"),
    "posts": QT_TRANSLATE_NOOP("store.privacy", "Stelle"),
}
TABLE_PLURALS = {
    "bodies": QT_TRANSLATE_NOOP("store.privacy", "Gremien"),
    "sides": QT_TRANSLATE_NOOP("store.privacy", "Seiten"),
    "organizations": QT_TRANSLATE_NOOP("store.privacy", "Organisationen"),
    "people": QT_TRANSLATE_NOOP("store.privacy", "Personen"),
    "memberships": QT_TRANSLATE_NOOP("store.privacy", "Mitgliedschaften"),
    "milestones": QT_TRANSLATE_NOOP("store.privacy", "Meilensteine"),
    "meetings": QT_TRANSLATE_NOOP("store.privacy", "Sitzungen"),
    "agenda_items": QT_TRANSLATE_NOOP("store.privacy", "Tagesordnungspunkte"),
    "attendance": QT_TRANSLATE_NOOP("store.privacy", "Anwesenheiten"),
    "decisions": QT_TRANSLATE_NOOP("store.privacy", "Beschlüsse"),
    "votes": QT_TRANSLATE_NOOP("store.privacy", "Abstimmungen"),
    "conflicts": QT_TRANSLATE_NOOP("store.privacy", "Befangenheiten"),
    "recommendations": QT_TRANSLATE_NOOP("store.privacy", "Empfehlungen"),
    "tasks": QT_TRANSLATE_NOOP("store.privacy", "Aufgaben"),
    "task_owners": QT_TRANSLATE_NOOP("store.privacy", "Verantwortliche"),
    "corrections": QT_TRANSLATE_NOOP("store.privacy", "Berichtigungen"),
    "minutes_circulations": QT_TRANSLATE_NOOP("store.privacy", "Protokollversände"),
    "objections": QT_TRANSLATE_NOOP("store.privacy", "Einwendungen"),
    "attachments": QT_TRANSLATE_NOOP("store.privacy", "Unterlagen"),
    "ballots": QT_TRANSLATE_NOOP("store.privacy", "Einzelstimmen"),
    "text_modules": QT_TRANSLATE_NOOP("store.privacy", "Textbausteine"),
    "allowance_rates": QT_TRANSLATE_NOOP("store.privacy", "Sitzungsgeldsätze"),
    "learning_events": QT_TRANSLATE_NOOP("store.privacy", "Fortbildungen/Hospitationen"),
    "learning_participants": QT_TRANSLATE_NOOP("store.privacy", "Teilnahmen"),
    "budget_lines": QT_TRANSLATE_NOOP("store.privacy", "Haushaltszeilen"),
    "posts": QT_TRANSLATE_NOOP("store.privacy", "Stellen"),
}
FIELD_LABELS = {
    "place": QT_TRANSLATE_NOOP("store.privacy", "Ort"),
    "cancel_reason": QT_TRANSLATE_NOOP("store.privacy", "Absagegrund"),
    "title": QT_TRANSLATE_NOOP("store.privacy", "Titel"),
    "presenter": QT_TRANSLATE_NOOP("store.privacy", "Berichterstattung"),
    "papers": QT_TRANSLATE_NOOP("store.privacy", "Unterlagen"),
    "notes": QT_TRANSLATE_NOOP("store.privacy", "Notizen"),
    "guest_name": QT_TRANSLATE_NOOP("store.privacy", "Name (Gast)"),
    "guest_organization": QT_TRANSLATE_NOOP("store.privacy", "Organisation (Gast)"),
    "note": QT_TRANSLATE_NOOP("store.privacy", "Bemerkung"),
    "wording": QT_TRANSLATE_NOOP("store.privacy", "Wortlaut"),
    "description": QT_TRANSLATE_NOOP("store.privacy", "Beschreibung"),
    "text": QT_TRANSLATE_NOOP("store.privacy", "Text"),
    "response_text": QT_TRANSLATE_NOOP("store.privacy", "Antwort"),
    "reason": QT_TRANSLATE_NOOP("store.privacy", "Grund"),
    "recipients": QT_TRANSLATE_NOOP("store.privacy", "Empfänger"),
    "raised_by": QT_TRANSLATE_NOOP("store.privacy", "erhoben von"),
    "resolution": QT_TRANSLATE_NOOP("store.privacy", "Erledigung"),
    "name": QT_TRANSLATE_NOOP("store.privacy", "Name"),
    "address": QT_TRANSLATE_NOOP("store.privacy", "Anschrift"),
}


def table_label(table: str) -> str:
    """"Sitzung": one record of the table, in the program's language."""
    label = TABLE_LABELS.get(table)
    return say("store.privacy", label) if label else table


def table_count(table: str, count: int) -> str:
    """"1 Sitzung", "3 Sitzungen"."""
    plural = TABLE_PLURALS.get(table)
    if count == 1 or plural is None:
        return f"{count} {table_label(table)}"
    return f"{count} " + say("store.privacy", plural)


def field_name(column: str) -> str:
    """A free-text field's name, in the program's language."""
    label = FIELD_LABELS.get(column)
    return say("store.privacy", label) if label else column


# --- finding a person ------------------------------------------------------------------------

def find_person(store: Store, ref: str) -> Person:
    """A person by id, by "Nachname, Vorname", or by a name only one person has
    ("Vorname Nachname" or the last name alone). Two people of the same name are told
    apart by their ids, which the refusal lists."""
    ref = ref.strip()
    if not ref:
        raise NotFound(say("store.privacy", "Bitte eine Person angeben: ihre Id oder „Nachname, "
                                            "Vorname“."))
    people = store.people.list()
    by_id = [p for p in people if p.id == ref]
    if by_id:
        return by_id[0]
    wanted = " ".join(ref.casefold().split())
    if "," in ref:
        last, _, first = ref.partition(",")
        found = [p for p in people if p.last_name.casefold() == last.strip().casefold()
                 and p.first_name.casefold() == first.strip().casefold()]
    else:
        found = [p for p in people
                 if " ".join(f"{p.first_name} {p.last_name}".casefold().split()) == wanted
                 or " ".join(p.full_name.casefold().split()) == wanted]
        if not found:
            found = [p for p in people if p.last_name.casefold() == wanted]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(say("store.privacy", "Eine Person „{ref}“ gibt es nicht.").format(ref=ref))
    which = "; ".join(f"{p.full_name} ({p.id})" for p in found)
    raise NotFound(say("store.privacy", "„{ref}“ ist nicht eindeutig: {which}. Bitte die Id "
                                        "angeben.").format(ref=ref, which=which))


# --- Auskunft ---------------------------------------------------------------------------------

def name_forms(person: Person) -> list[str]:
    """How a name is written in free text and in ``updated_by``: "Gerd Maaß", "Maaß, Gerd",
    "Frau/Herr Maaß", the e-mail address and its local part. Forms of one word only (a
    last name alone) are left out: they would find every "Lange" and "Koch" in the notes."""
    last, first = person.last_name.strip(), person.first_name.strip()
    forms = [person.full_name, f"{first} {last}", f"{last}, {first}", f"{last} {first}",
             f"Frau {last}", f"Herr {last}", f"Hr. {last}", f"Fr. {last}"]
    forms = [" ".join(f.split()) for f in forms]
    found = [f for f in forms if len(f.split()) > 1 and not f.endswith(",")]
    if person.email.strip():
        found += [person.email.strip(), person.email.strip().partition("@")[0]]
    unique: list[str] = []
    for form in found:
        if form and form.casefold() not in {u.casefold() for u in unique}:
            unique.append(form)
    return unique


@dataclass(frozen=True)
class Mention:
    """The person's name in a free-text field."""

    table: str
    record_id: str
    field: str
    excerpt: str
    deleted: bool = False


def mentions(store: Store, person: Person) -> list[Mention]:
    """Where a form of the person's name (see :func:`name_forms`, without the e-mail local
    part) stands in free text, deleted rows included; for checking by hand."""
    forms = [f.casefold() for f in name_forms(person) if "@" in f or " " in f]
    if not forms:
        return []
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{names})(?!\w)")  # "Jens Schulz", not "Jens Schulze"
    tables = set(store.db.table_names())
    found = []
    for table, columns in FREE_TEXT.items():
        if table not in tables:
            continue
        for row in store.db.query(
                f"SELECT id, deleted_at, {', '.join(columns)} FROM {table} ORDER BY rowid"):
            for column in columns:
                text = str(row[column] or "")
                folded = text.casefold()
                hit = pattern.search(folded)
                if hit is None:
                    continue
                start, end = _unfolded(text, folded, *hit.span())
                excerpt = text[max(0, start - EXCERPT):end + EXCERPT]
                found.append(Mention(table, row["id"], column, " ".join(excerpt.split()),
                                     row["deleted_at"] is not None))
    return found


def _unfolded(text: str, folded: str, start: int, end: int) -> tuple[int, int]:
    """Positions in ``folded`` (``text.casefold()``) as positions in ``text``: casefolding
    may lengthen a character ("ß" → "ss")."""
    if len(folded) == len(text):
        return start, end
    origin = [i for i, char in enumerate(text) for _ in char.casefold()]
    return origin[start], origin[end - 1] + 1


def _rows(store: Store, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    return list(store.db.query(sql, list(params)))


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" for _ in values) or "NULL"


def _stamps(row: dict[str, Any]) -> dict[str, Any]:
    return {
        say("store.privacy", "angelegt"): row.get("created_at"),
        say("store.privacy", "geändert"): row.get("updated_at"),
        say("store.privacy", "geändert von"): row.get("updated_by"),
        say("store.privacy", "gelöscht"): row.get("deleted_at"),
    }


def _day(value: str | None) -> str:
    return german_date(stored_date(value)) if value else ""


def personal_data(store: Store, person_id: str, today: date | None = None) -> dict[str, Any]:
    """Everything the file holds about one person (Auskunft), as JSON-ready data with
    German keys; ids are kept so that each entry can be found in the file."""
    today = today or clock.today()
    found = _rows(store, "SELECT * FROM people WHERE id = ?", [person_id])
    if not found:
        raise NotFound(say("store.privacy", "Person {person_id} gibt es nicht.").format(
                           person_id=person_id))
    row = found[0]
    person = from_row(Person, row)
    db = store.db
    bodies = {r["id"]: r for r in db.query("SELECT id, name, short FROM bodies")}
    sides = {r["id"]: r["name"] for r in db.query("SELECT id, name FROM sides")}
    orgs = {r["id"]: r["name"] for r in db.query("SELECT id, name FROM organizations")}
    people = {r["id"]: person_label(from_row(Person, r))
              for r in db.query("SELECT * FROM people")}
    meetings = {r["id"]: r for r in db.query("SELECT id, body_id, number, date FROM meetings")}

    def meeting_label(meeting_id: str | None) -> str:
        m = meetings.get(meeting_id or "")
        if m is None:
            return ""
        body = bodies.get(m["body_id"], {})
        return say("store.privacy", "{number}. Sitzung {get} am {day}").format(
                   number=m['number'], get=body.get('short', ''), day=_day(m['date']))

    memberships = _rows(store, "SELECT * FROM memberships WHERE person_id = ? ORDER BY rowid",
                        [person_id])
    seats = [m["id"] for m in memberships]
    standing_in = _rows(store, "SELECT * FROM memberships WHERE deputy_person_id = ? "
                               "ORDER BY rowid", [person_id])
    attendance = _rows(store, f"SELECT * FROM attendance WHERE membership_id IN "
                              f"({_marks(seats)}) OR deputy_person_id = ? ORDER BY rowid",
                       [*seats, person_id])
    roles = _rows(store, "SELECT * FROM meetings WHERE chair_person_id = ? "
                         "OR minute_taker_person_id = ? ORDER BY date, number",
                  [person_id, person_id])
    owners = _rows(store, "SELECT o.*, t.title, t.body_id, t.due_date, t.state AS task_state, "
                          "t.deleted_at AS task_deleted FROM task_owners o "
                          "JOIN tasks t ON t.id = o.task_id WHERE o.person_id = ? "
                          "ORDER BY t.rowid", [person_id])
    objections = _rows(store, "SELECT * FROM objections WHERE person_id = ? ORDER BY rowid",
                       [person_id])
    conflicts = _rows(store, f"SELECT c.*, d.number, d.title, d.decided_on FROM conflicts c "
                             f"JOIN decisions d ON d.id = c.decision_id WHERE c.membership_id "
                             f"IN ({_marks(seats)}) ORDER BY d.decided_on, d.seq", seats)
    deputy_names = {m["id"]: people.get(m["deputy_person_id"] or "", "") for m in memberships}
    posts = _rows(store, "SELECT * FROM posts WHERE person_id = ? ORDER BY date_from, rowid",
                  [person_id])
    learning = _rows(store, "SELECT p.*, e.kind, e.title, e.date_from, e.date_to, e.place "
                            "FROM learning_participants p JOIN learning_events e "
                            "ON e.id = p.event_id WHERE p.person_id = ? "
                            "ORDER BY e.date_from, p.rowid", [person_id])

    data: dict[str, Any] = {
        say("store.privacy", "Auskunft"): {
            say("store.privacy", "erstellt"): now_utc(),
            say("store.privacy", "Datei"): str(store.path),
            say("store.privacy", "Programm"): f"SRO Desktop {__version__}",
            say("store.privacy", "Hinweis"): (
                say(
                    "store.privacy",
                    "Alle Angaben, die diese Datei über die Person enthält, "
                    "auch gelöschte Einträge, die noch in der Datei stehen. "
                    "„Erwähnungen in Texten“ sind Fundstellen des Namens in "
                    "frei geschriebenem Text (Notizen, Berichterstattung, "
                    "Gäste, Empfänger …) und von Hand zu prüfen. "
                    "Sicherungskopien der Datei (Ordner „Sicherungen“) "
                    "enthalten frühere Stände.",
                )
            ),
        },
        say("store.privacy", "Person"): {
            "id": person.id,
            say("store.privacy", "Nachname"): person.last_name,
            say("store.privacy", "Vorname"): person.first_name,
            say("store.privacy", "Titel"): person.title,
            say("store.privacy", "E-Mail"): person.email,
            say("store.privacy", "Telefon"): person.phone,
            say("store.privacy", "Organisation"): orgs.get(person.organization_id or "", ""),
            **_stamps(row),
        },
        say("store.privacy", "Mitgliedschaften"): [
            {
                "id": m["id"],
                say("store.privacy", "Gremium"): bodies.get(m["body_id"], {}).get("name", ""),
                say("store.privacy", "Kürzel"): bodies.get(m["body_id"], {}).get("short", ""),
                say("store.privacy", "Seite"): sides.get(m["side_id"], ""),
                say("store.privacy", "Rolle"): Role(m["role"]).label,
                say("store.privacy", "stimmberechtigt"): bool(m["voting"]),
                say("store.privacy", "vertritt Organisation"): orgs.get(
                    m["organization_id"] or "", ""
                ),
                say("store.privacy", "Stellvertretung"): deputy_names[m["id"]],
                say("store.privacy", "von"): _day(m["valid_from"]),
                say("store.privacy", "bis"): _day(m["valid_to"]),
                say("store.privacy", "heute gültig"): _valid(m, today) and m["deleted_at"] is None,
                **_stamps(m),
            }
            for m in memberships
        ],
        say("store.privacy", "Stellvertretung für"): [
            {
                say("store.privacy", "Mitgliedschaft"): m["id"],
                say("store.privacy", "Gremium"): bodies.get(m["body_id"], {}).get("name", ""),
                say("store.privacy", "Mitglied"): people.get(m["person_id"], ""),
                say("store.privacy", "von"): _day(m["valid_from"]),
                say("store.privacy", "bis"): _day(m["valid_to"]),
                say("store.privacy", "gelöscht"): m["deleted_at"],
            }
            for m in standing_in
        ],
        say("store.privacy", "Anwesenheit"): [
            {
                "id": a["id"],
                say("store.privacy", "Sitzung"): meeting_label(a["meeting_id"]),
                say("store.privacy", "Status"): AttendanceStatus(a["status"]).label,
                say("store.privacy", "als"): (
                    say("store.privacy", "Stellvertretung")
                    if a["deputy_person_id"] == person_id and a["membership_id"] not in seats
                    else say("store.privacy", "Mitglied")
                ),
                say("store.privacy", "vertreten durch"): (
                    people.get(a["deputy_person_id"] or "", "")
                    if a["membership_id"] in seats
                    else ""
                ),
                say("store.privacy", "Bemerkung"): a["note"],
                **_stamps(a),
            }
            for a in attendance
        ],
        say("store.privacy", "Sitzungsleitung und Protokoll"): [
            {
                say("store.privacy", "Sitzung"): meeting_label(m["id"]),
                say("store.privacy", "Zustand"): MeetingState(m["state"]).label,
                say("store.privacy", "Funktion"): ", ".join(
                    f
                    for f, col in (
                        (say("store.privacy", "Vorsitz"), "chair_person_id"),
                        (say("store.privacy", "Protokoll"), "minute_taker_person_id"),
                    )
                    if m[col] == person_id
                ),
                say("store.privacy", "gelöscht"): m["deleted_at"],
            }
            for m in roles
        ],
        say("store.privacy", "Aufgaben"): [
            {
                "id": o["task_id"],
                say("store.privacy", "Aufgabe"): o["title"],
                say("store.privacy", "Gremium"): bodies.get(o["body_id"], {}).get("short", ""),
                say("store.privacy", "fällig"): _day(o["due_date"]),
                say("store.privacy", "Stand"): o["task_state"],
                say("store.privacy", "gelöscht"): o["deleted_at"] or o["task_deleted"],
            }
            for o in owners
        ],
        say("store.privacy", "Einwendungen"): [
            {
                "id": e["id"],
                say("store.privacy", "Sitzung"): meeting_label(e["meeting_id"]),
                say("store.privacy", "eingegangen"): _day(e["received_on"]),
                say("store.privacy", "Text"): e["text"],
                say("store.privacy", "Erledigung"): e["resolution"],
                **_stamps(e),
            }
            for e in objections
        ],
        say("store.privacy", "Befangenheit"): [
            {
                say("store.privacy", "Beschluss"): c["number"],
                say("store.privacy", "Titel"): c["title"],
                say("store.privacy", "Datum"): _day(c["decided_on"]),
                say("store.privacy", "gelöscht"): c["deleted_at"],
            }
            for c in conflicts
        ],
        say("store.privacy", "Stellen"): [
            {
                "id": x["id"],
                say("store.privacy", "Stelle"): x["title"],
                say("store.privacy", "Seite"): ParitySide(x["side"]).label,
                say("store.privacy", "Arbeitgeber"): orgs.get(x["organization_id"] or "", ""),
                say("store.privacy", "von"): _day(x["date_from"]),
                say("store.privacy", "bis"): _day(x["date_to"]),
                say("store.privacy", "Anteil"): share_text(x["share_permille"]),
                **_stamps(x),
            }
            for x in posts
        ],
        say("store.privacy", "Fortbildungen und Hospitationen"): [
            {
                "id": x["id"],
                say("store.privacy", "Art"): LearningKind(x["kind"]).label,
                say("store.privacy", "Titel"): x["title"],
                say("store.privacy", "vom"): _day(x["date_from"]),
                say("store.privacy", "bis"): _day(x["date_to"]),
                say("store.privacy", "Ort"): x["place"],
                say("store.privacy", "Seite"): ParitySide(x["side"]).label,
                say("store.privacy", "für Organisation"): orgs.get(x["organization_id"] or "", ""),
                **_stamps(x),
            }
            for x in learning
        ],
        say("store.privacy", "Von dieser Person geändert"): _changed_by(store, person),
        say("store.privacy", "Verlauf"): _history(
            store,
            person,
            {
                "attendance": [a["id"] for a in attendance],
                "task_owners": [o["id"] for o in owners],
                "conflicts": [c["id"] for c in conflicts],
                "posts": [x["id"] for x in posts],
                "learning_participants": [x["id"] for x in learning],
            },
        ),
        say("store.privacy", "Erwähnungen in Texten"): [
            {
                say("store.privacy", "Art"): table_label(m.table),
                say("store.privacy", "Feld"): field_name(m.field),
                "id": m.record_id,
                say("store.privacy", "Auszug"): m.excerpt,
                say("store.privacy", "gelöscht"): m.deleted,
            }
            for m in mentions(store, person)
        ],
    }
    return data


def _valid(membership: dict[str, Any], day: date) -> bool:
    start, end = membership["valid_from"], membership["valid_to"]
    return (start is None or start <= day.isoformat()) and (end is None
                                                            or day.isoformat() <= end)


def _changed_by(store: Store, person: Person) -> list[dict[str, Any]]:
    """Records last changed under a name that is one of the person's (``updated_by``)."""
    forms = {f.casefold() for f in name_forms(person)}
    found: list[dict[str, Any]] = []
    for table in USER_TABLES:
        names = [r["updated_by"] for r in store.db.query(
            f"SELECT DISTINCT updated_by FROM {table}") if r["updated_by"]]
        mine = [n for n in names if " ".join(n.split()).casefold() in forms]
        if not mine:
            continue
        for r in store.db.query(
                f"SELECT id, updated_at, updated_by FROM {table} WHERE updated_by IN "
                f"({_marks(mine)}) ORDER BY updated_at", mine):
            found.append(
                {
                    say("store.privacy", "Art"): table_label(table),
                    "id": r["id"],
                    say("store.privacy", "geändert"): r["updated_at"],
                    say("store.privacy", "geändert von"): r["updated_by"],
                }
            )
    return found


def _history(store: Store, person: Person,
             records: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Entries of the change history (if the file has one) about the person's records or
    made under one of their names."""
    if "history" not in store.db.table_names():
        return []
    forms = {f.casefold() for f in name_forms(person)}
    names = [r["changed_by"] for r in store.db.query(
        "SELECT DISTINCT changed_by FROM history") if r["changed_by"]]
    mine = [n for n in names if " ".join(n.split()).casefold() in forms]
    where, params = [], []
    for table, ids in records.items():
        if ids:
            where.append(f"(table_name = ? AND record_id IN ({_marks(ids)}))")
            params += [table, *ids]
    if mine:
        where.append(f"changed_by IN ({_marks(mine)})")
        params += mine
    if not where:
        return []
    return [{
        say("store.privacy", "Art"): table_label(r["table_name"]), "id": r["record_id"],
        say("store.privacy", "Zeitpunkt"): r["changed_at"],
        say("store.privacy", "von"): r["changed_by"], say("store.privacy", "Aktion"): r["action"],
        say("store.privacy", "Änderungen"): json.loads(r["changes"] or "{}"),
    } for r in store.db.query(f"SELECT * FROM history WHERE {' OR '.join(where)} ORDER BY id",
                              params)]


# --- anonymisation -----------------------------------------------------------------------------

def is_anonymised(person: Person) -> bool:
    return bool(_ANONYMOUS_NUMBER.match(person.last_name)) and not (
        person.first_name or person.title or person.email or person.phone)


def anonymise_refusal(store: Store, person_id: str, today: date | None = None) -> str | None:
    """Why the person may not be anonymised (German), or None when they may: a member
    today or later, or standing in for someone who is, is not a former member."""
    today = today or clock.today()
    person = store.people.get(person_id)
    if is_anonymised(person):
        return say("store.privacy", "{full_name} ist bereits anonymisiert.").format(
                   full_name=person.full_name)
    bodies = {b.id: b for b in store.bodies.list()}
    current = [m for m in store.memberships.of_person(person_id)
               if tenure(m, today) is not Tenure.ENDED]
    if current:
        return (say("store.privacy", "{full_name} ist noch Mitglied ({seats}). Anonymisiert "
                                     "werden nur ehemalige Mitglieder; bitte zuerst die "
                                     "Mitgliedschaft beenden.").format(
                    full_name=person.full_name, seats=_seats(current, bodies, today)))
    standing_in = [m for m in store.memberships.deputised_by(person_id)
                   if tenure(m, today) is not Tenure.ENDED]
    if standing_in:
        names = {p.id: p.full_name for p in store.people.list()}
        whom = ", ".join(f"{names.get(m.person_id, '?')} ({bodies[m.body_id].short})"
                         if m.body_id in bodies else names.get(m.person_id, "?")
                         for m in standing_in)
        return (say("store.privacy", "{full_name} ist noch Stellvertretung für {whom}. Bitte "
                                     "zuerst die Stellvertretung ändern.").format(
                    full_name=person.full_name, whom=whom))
    return None


def _seats(memberships: Sequence[Membership], bodies: dict[str, Any], today: date) -> str:
    parts = []
    for m in memberships:
        short = bodies[m.body_id].short if m.body_id in bodies else "?"
        if m.valid_from is not None and m.valid_from > today:
            parts.append(f"{short} ab {german_date(m.valid_from)}")
        elif m.valid_to is not None:
            parts.append(f"{short} bis {german_date(m.valid_to)}")
        else:
            parts.append(short)
    return ", ".join(parts)


def next_number(store: Store) -> int:
    """One past the highest number an anonymised person has ever had in the file (deleted
    rows too), so that a number is never given twice."""
    numbers = [int(m.group(1)) for r in store.db.query(
        "SELECT last_name FROM people WHERE last_name LIKE ?", [f"{ANONYMOUS} %"])
        if (m := _ANONYMOUS_NUMBER.match(r["last_name"]))]
    return max(numbers, default=0) + 1


@dataclass(frozen=True)
class Anonymised:
    """The person as stored now, and what still names them in free text."""

    person: Person
    former_name: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def notice(self) -> str:
        """For the secretary: what anonymisation did not change ("" when nothing)."""
        if not self.mentions:
            return ""
        count = len(self.mentions)
        where = say("store.privacy", "einem Text") if count == 1 else f"{count} Texten"
        kinds: dict[str, int] = {}
        for m in self.mentions:
            kind = (f"{table_label(m.table)} "
                    f"({field_name(m.field)})")
            kinds[kind] = kinds.get(kind, 0) + 1
        places = ", ".join(f"{kind} {n}×" if n > 1 else kind for kind, n in kinds.items())
        return (say("store.privacy", "Der bisherige Name steht noch in {where}: {places}. Diese "
                                     "frei geschriebenen Texte bleiben unverändert, die "
                                     "genehmigter Protokolle ohnehin; bei Bedarf bitte von Hand "
                                     "ändern.").format(where=where, places=places))


def anonymise(store: Store, person_id: str, today: date | None = None) -> Anonymised:
    """Anonymise a former member in one edit (see the module's description); refused with
    a German reason (RuleViolation) for anyone else."""
    person = store.people.get(person_id)
    found = mentions(store, person)
    with secure_delete(store):
        with store.edit():
            refusal = anonymise_refusal(store, person_id, today)
            if refusal:
                raise RuleViolation(refusal)
            number = next_number(store)
            store.people.update(person_id, last_name=f"{ANONYMOUS} {number}", first_name="",
                                title="", email="", phone="")
    if not store.db.conn.in_transaction:
        forget_old_pages(store)
    return Anonymised(store.people.get(person_id), person.full_name, found)


@contextmanager
def secure_delete(store: Store) -> Iterator[None]:
    """``PRAGMA secure_delete`` on for the edits inside: SQLite overwrites the old values
    with zeros instead of leaving them in free space of the file (Debian's SQLite does
    that anyway; the one Python brings on Windows does not)."""
    before = int(next(store.db.query("PRAGMA secure_delete"))["secure_delete"])
    store.db.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        store.db.execute(f"PRAGMA secure_delete = {before}")


def forget_old_pages(store: Store) -> None:
    """Copy the write-ahead log into the file and empty it, so that the pages with the old
    values are gone from the ``-wal`` file too. Best effort: while another program reads
    the file, SQLite leaves the log for later."""
    if store.read_only:
        return
    try:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:  # noqa: BLE001 - a busy reader; the next checkpoint does it
        pass
