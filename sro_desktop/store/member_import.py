"""Members of a body from a list: a CSV file from Excel or an XLSX workbook.

Reading (:func:`read_table`) gives the header and the rows with their line
numbers; :func:`guess_mapping` finds the columns by their usual German
headers; :func:`plan_import` matches every row against the file — people and
organisations found or to be created, members already in the body left alone,
bad rows with their line number and reason — and writes nothing;
:func:`apply_plan` writes the plan as one edit (one undo step). Importing the
same list again adds nothing. No Qt here: the window and the command line use it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from .. import clock
from ..domain.bodies import (
    Tenure,
    check_membership,
    check_single_seat,
    tenure,
    voting_allowed,
)
from ..domain.enums import Role
from ..domain.errors import RuleViolation
from ..domain.labels import TITLES
from ..domain.labels import split_name as labels_split_name
from ..domain.model import Membership, Person, Side
from ..domain.words import QT_TRANSLATE_NOOP, say
from .errors import StoreError

if TYPE_CHECKING:
    from .core import Store

# The fields a row may give, in the order the preview shows them, with German names
# (marked for lupdate; shown through field_name).
FIELDS: dict[str, str] = {
    "last_name": QT_TRANSLATE_NOOP("store.member_import", "Nachname"),
    "first_name": QT_TRANSLATE_NOOP("store.member_import", "Vorname"),
    "title": QT_TRANSLATE_NOOP("store.member_import", "Titel"),
    "organization": QT_TRANSLATE_NOOP("store.member_import", "Organisation"),
    "side": QT_TRANSLATE_NOOP("store.member_import", "Seite"),
    "role": QT_TRANSLATE_NOOP("store.member_import", "Rolle"),
    "voting": QT_TRANSLATE_NOOP("store.member_import", "Stimmrecht"),
    "deputy": QT_TRANSLATE_NOOP("store.member_import", "Stellvertretung"),
    "email": QT_TRANSLATE_NOOP("store.member_import", "E-Mail"),
    "phone": QT_TRANSLATE_NOOP("store.member_import", "Telefon"),
    "valid_from": QT_TRANSLATE_NOOP("store.member_import", "von"),
    "valid_to": QT_TRANSLATE_NOOP("store.member_import", "bis"),
}


def field_name(field: str) -> str:
    """A field's name in the program's language."""
    return say("store.member_import", FIELDS[field])


# Headers as they appear in German (and English) lists (compared without case, blanks
# and punctuation).
HEADERS: dict[str, tuple[str, ...]] = {
    "last_name": ("nachname", "name", "familienname", "zuname", "last name", "surname",
                  "family name"),
    "first_name": ("vorname", "rufname", "first name", "given name", "forename"),
    "title": ("titel", "akademischer titel", "akad titel", "anrede titel"),
    "organization": ("organisation", "institution", "träger", "einrichtung", "dienststelle",
                     "behörde", "verband", "firma", "organization", "employer"),
    "side": ("seite", "bank", "gruppe", "bereich", "side"),
    "role": ("rolle", "funktion", "role", "function"),
    "voting": ("stimmrecht", "stimmberechtigt", "stimme", "voting", "vote", "voting right"),
    "deputy": ("stellvertretung", "vertretung", "stellvertreter", "stellvertreterin",
               "stellvertreter in", "stellv", "deputy"),
    "email": ("e mail", "email", "mail", "e mail adresse", "emailadresse"),
    "phone": ("telefon", "tel", "telefonnummer", "rufnummer", "telefon dienstlich", "phone",
              "telephone"),
    "valid_from": ("von", "mitglied seit", "seit", "ab", "beginn", "gültig von",
                   "mitglied von", "from", "member since", "since"),
    "valid_to": ("bis", "mitglied bis", "ende", "gültig bis", "until", "to", "member until"),
}

ROLE_WORDS: dict[str, Role] = {
    "vorsitz": Role.CHAIR, "vorsitzende": Role.CHAIR, "vorsitzender": Role.CHAIR,
    "stellv vorsitz": Role.VICE_CHAIR, "stellvertretender vorsitz": Role.VICE_CHAIR,
    "stellvertretende vorsitzende": Role.VICE_CHAIR,
    "stellvertretender vorsitzender": Role.VICE_CHAIR,
    "stellv vorsitzende": Role.VICE_CHAIR, "stellv vorsitzender": Role.VICE_CHAIR,
    "mitglied": Role.MEMBER, "ordentliches mitglied": Role.MEMBER,
    "beratend": Role.ADVISORY, "beratendes mitglied": Role.ADVISORY,
    "gast": Role.GUEST, "ständiger gast": Role.GUEST,
    "protokoll": Role.MINUTES, "protokollführung": Role.MINUTES,
    "protokollführer": Role.MINUTES, "protokollführerin": Role.MINUTES,
}
YES = ("ja", "j", "x", "1", "yes", "y", "wahr", "true", "stimmberechtigt")
NO = ("nein", "n", "0", "no", "falsch", "false", "-", "–", "ohne", "kein", "keins")


class ImportProblem(StoreError):
    """A list that cannot be read at all; the message says why, in German."""


@dataclass(frozen=True)
class Table:
    """A list as read: its header cells and its rows as (line number, cells)."""

    headers: list[str]
    rows: list[tuple[int, list[str | date]]]


class RowStatus(Enum):
    NEW = QT_TRANSLATE_NOOP("store.member_import", "neu")
    EXISTING = QT_TRANSLATE_NOOP("store.member_import", "schon vorhanden")
    ERROR = QT_TRANSLATE_NOOP("store.member_import", "Fehler")

    @property
    def text(self) -> str:
        return say("store.member_import", self.value)


@dataclass(frozen=True)
class NewPerson:
    last_name: str
    first_name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.last_name.casefold(), self.first_name.casefold())

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class PlannedRow:
    """One row of the list and what importing it does."""

    line: int
    name: str
    status: RowStatus
    reason: str = ""  # the error, or what is already there
    person_id: str | None = None  # an existing person
    new_person: NewPerson | None = None  # else this one is created
    organization_id: str | None = None  # an existing organisation
    new_organization: str = ""  # else one of this name is created ("" with no id: none)
    organization: str = ""  # the organisation as the list names it
    side: Side | None = None
    role: Role = Role.MEMBER
    voting: bool = True
    deputy_person_id: str | None = None
    new_deputy: NewPerson | None = None
    deputy: str = ""
    valid_from: date | None = None
    valid_to: date | None = None

    @property
    def status_text(self) -> str:
        if self.status is RowStatus.ERROR:
            return say("store.member_import", "Fehler: {reason}").format(reason=self.reason)
        return f"{self.status.text} ({self.reason})" if self.reason else self.status.text


@dataclass
class ImportPlan:
    body_id: str
    rows: list[PlannedRow] = field(default_factory=list)

    def of(self, status: RowStatus) -> list[PlannedRow]:
        return [r for r in self.rows if r.status is status]

    @property
    def errors(self) -> list[PlannedRow]:
        return self.of(RowStatus.ERROR)

    def summary(self) -> str:
        """ "3 neu, 1 schon vorhanden, 1 fehlerhaft (wird übersprungen)"."""
        new, existing, bad = (len(self.of(s)) for s in RowStatus)
        text = say("store.member_import", "{new} neu, {existing} schon vorhanden").format(
                   new=new, existing=existing)
        return text + (say("store.member_import", ", {bad} fehlerhaft (wird übersprungen)").format(
                           bad=bad) if bad else "")


@dataclass(frozen=True)
class ImportResult:
    members: int
    people: int
    organizations: int


# -- reading ---------------------------------------------------------------------------------


def read_table(path: str | Path) -> Table:
    """The header and rows of a .csv or .xlsx file; ImportProblem if it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix not in (".csv", ".txt"):
        raise ImportProblem(say("store.member_import", "{name}: bitte eine Liste als .csv oder "
                                                       ".xlsx (Excel) wählen.").format(
                                name=path.name))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(
            say("store.member_import", "{path} lässt sich nicht lesen: {value}").format(
                                path=path, value=exc.strerror or exc)) from exc
    return parse_csv(data)


def decode(data: bytes) -> str:
    """UTF-8 (with or without byte order mark), else Windows-1252 (Excel's "CSV")."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_csv(data: bytes) -> Table:
    text = decode(data)
    line = 1
    if text[:4].casefold() == "sep=" and len(text) > 4:  # Excel's hint: "sep=;"
        delimiter = text[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
        line = 2
    else:
        start = "\n".join(text.split("\n", 10)[:10])
        delimiter = max((";", ",", "\t"), key=lambda d: (start.count(d), d == ";"))
    first = line - 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str | date]]] = []
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((line, [c.strip() for c in cells]))
            line = first + reader.line_num + 1
    except csv.Error as exc:
        raise ImportProblem(say("store.member_import", "Die Liste ist in Zeile {value} nicht "
                                                       "lesbar: {exc}").format(
                                value=first + reader.line_num, exc=exc)) from exc
    return _with_header(rows)


def _with_header(rows: list[tuple[int, list[str | date]]]) -> Table:
    """The table under its header: the first of the first ten rows that names a last name
    (a title such as "Mitgliederliste SG" may stand above it), else the first row."""
    if not rows:
        raise ImportProblem(say("store.member_import", "Die Liste ist leer."))
    found = next((n for n, (_line, cells) in enumerate(rows[:10])
                  if guess_mapping([str(c) for c in cells])["last_name"] is not None), 0)
    headers = [str(c) for c in rows[found][1]]
    while headers and not headers[-1]:
        headers.pop()
    return Table(headers, rows[found + 1:])


def _read_xlsx(path: Path) -> Table:
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - a dependency
        raise ImportProblem(say("store.member_import", "Excel-Dateien lassen sich hier nicht "
                                                       "lesen (openpyxl fehlt); bitte als CSV "
                                                       "speichern.")) from exc
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise ImportProblem(
            say("store.member_import", "{path} lässt sich nicht lesen: {value}").format(
                                path=path, value=exc.strerror or exc)) from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise ImportProblem(say("store.member_import", "{name} ist keine lesbare Excel-Datei "
                                                       "(.xlsx).").format(name=path.name)) from exc
    try:
        rows: list[tuple[int, list[str | date]]] = []
        for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True),
                                        start=1):
            cells = [_xlsx_cell(v) for v in values]
            if any(c for c in cells):
                rows.append((number, cells))
    finally:
        book.close()
    return _with_header(rows)


def _xlsx_cell(value: object) -> str | date:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _plain(text: str) -> str:
    """A header or word to compare: lower case, without what stands in brackets
    ("Stimmrecht (ja/nein)"), punctuation as blanks, blanks single."""
    text = re.sub(r"\(.*?\)", " ", text.casefold())
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """For each field the column (0-based) whose header names it, None when none does."""
    plain = [_plain(h) for h in headers]
    mapping: dict[str, int | None] = {}
    taken: set[int] = set()
    for name, words in HEADERS.items():
        found = next((i for word in words for i, h in enumerate(plain)
                      if h == _plain(word) and i not in taken), None)
        mapping[name] = found
        if found is not None:
            taken.add(found)
    return mapping


# -- values ------------------------------------------------------------------------------------


def parse_day(text: str | date) -> date | None:
    """A German date: 12.03.2026, 12.3.26, 2026-03-12, 03/2026 (the first of the month);
    "" is None; anything else raises ValueError."""
    if isinstance(text, date):
        return text
    text = text.strip()
    if not text:
        return None
    for pattern in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%m/%Y", "%m.%Y",
                    "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(
        say("store.member_import", "„{text}“ ist kein Datum (bitte TT.MM.JJJJ)").format(
                         text=text))


def parse_role(text: str) -> Role:
    if not text.strip():
        return Role.MEMBER
    word = _plain(text)
    for role in Role:
        if word in (_plain(role.value), _plain(role.label)):
            return role
    if word in ROLE_WORDS:
        return ROLE_WORDS[word]
    raise ValueError(
        say("store.member_import", "unbekannte Rolle „{text}“ (erlaubt: {list})").format(
                         text=text, list=', '.join(r.label for r in Role)))


def parse_voting(text: str) -> bool | None:
    word = text.strip().casefold()
    if not word:
        return None
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValueError(say("store.member_import", "Stimmrecht „{text}“: bitte ja oder nein").format(
                         text=text))


def split_name(text: str) -> NewPerson:
    """A name as typed, as a new person of the file (domain/labels.py: split_name)."""
    title, first, last = labels_split_name(text)
    return NewPerson(last, first, title)


# -- planning ----------------------------------------------------------------------------------


class _Names:
    """People and organisations of the file, and those the plan creates, by name."""

    def __init__(self, store: Store):
        self.people = store.people.list()
        self.organizations = store.organizations.list()
        self.new_people: dict[tuple[str, str], NewPerson] = {}

    def people_named(self, person: NewPerson) -> list[Person]:
        return [p for p in self.people if (p.last_name.casefold(), p.first_name.casefold())
                == person.key]

    def person_called(self, text: str) -> list[Person]:
        """People whose name is ``text`` in either form, title or not."""
        wanted = split_name(text)
        found = self.people_named(wanted)
        if not found and "," not in text:  # "Anna Maria von Berg": any split of the name
            plain = _plain(TITLES.sub("", text))
            found = [p for p in self.people if _plain(f"{p.first_name} {p.last_name}") == plain]
        return found

    def organization_called(self, text: str) -> str | None:
        word = text.strip().casefold()
        for organization in self.organizations:
            if word in (organization.name.casefold(), organization.short.casefold()):
                return organization.id
        return None


def plan_import(store: Store, body_id: str, table: Table,
                mapping: Mapping[str, int | None], today: date | None = None) -> ImportPlan:
    """What importing ``table`` into the body would do; writes nothing."""
    today = today or clock.today()
    body = store.bodies.get(body_id)
    sides = store.sides.list(body.id)
    names = _Names(store)
    members = store.memberships.list(body.id)
    plan = ImportPlan(body.id)
    seen: dict[str, int] = {}  # person (id or name key) -> line that has them
    for line, cells in table.rows:
        def value(name: str, cells: list[str | date] = cells) -> str | date:
            column = mapping.get(name)
            if column is None or column >= len(cells):
                return ""
            return cells[column]

        def text(name: str) -> str:
            found = value(name)
            return found.strftime("%d.%m.%Y") if isinstance(found, date) else found.strip()

        person = NewPerson(text("last_name"), text("first_name"), text("title"), text("email"),
                           text("phone"))
        if person.last_name and mapping.get("first_name") is None:  # "Dr. Heike Krug"
            split = split_name(person.last_name)
            person = NewPerson(split.last_name, split.first_name, split.title or person.title,
                               person.email, person.phone)
        name = person.full_name
        row = _plan_row(line, person, name, text, value, sides, names, members, seen,
                        today)
        plan.rows.append(row)
    return plan


def _plan_row(line: int, person: NewPerson, name: str,
              text: Callable[[str], str], value: Callable[[str], str | date],
              sides: list[Side], names: _Names, members: list[Membership],
              seen: dict[str, int], today: date) -> PlannedRow:
    def error(reason: str) -> PlannedRow:
        return PlannedRow(line, name, RowStatus.ERROR, reason)

    if not person.last_name:
        return error(say("store.member_import", "Nachname fehlt"))
    side_text = text("side")
    side = next((s for s in sides if side_text.casefold() in
                 (s.name.casefold(), s.short.casefold())), None) if side_text else (
        sides[0] if len(sides) == 1 else None)
    if side is None:
        known = ", ".join(s.name for s in sides)
        return error(say("store.member_import", "unbekannte Seite „{side_text}“ (Seiten: "
                                                "{known})").format(
                         side_text=side_text, known=known) if side_text
                     else say("store.member_import", "Seite fehlt (Seiten: {known})").format(
                              known=known))
    try:
        role = parse_role(text("role"))
        voting = parse_voting(text("voting"))
        valid_from = parse_day(value("valid_from"))
        valid_to = parse_day(value("valid_to"))
    except ValueError as exc:
        return error(str(exc))
    if voting is None:
        voting = voting_allowed(role, side)

    # the person: by e-mail, else by name
    person_id: str | None = None
    by_mail = [p for p in names.people if person.email
               and p.email.casefold() == person.email.casefold()]
    candidates = by_mail or names.people_named(person)
    if len(candidates) > 1:
        return error(say("store.member_import", "mehrere Personen heißen {name}; bitte die "
                                                "E-Mail-Adresse angeben").format(name=name))
    if candidates:
        person_id = candidates[0].id
    key = person_id or "\t".join(person.key)
    if key in seen:
        return PlannedRow(line, name, RowStatus.EXISTING, say("store.member_import", "steht "
                                                                                     "schon in "
                                                                                     "Zeile "
                                                                                     "{seen}").format(
                                                              seen=seen[key]))
    seen[key] = line

    # the organisation
    organization = text("organization")
    organization_id = names.organization_called(organization) if organization else None
    if organization_id is None and person_id is not None and not organization:
        organization_id = candidates[0].organization_id

    # the deputy
    deputy = text("deputy")
    deputy_person_id: str | None = None
    new_deputy: NewPerson | None = None
    if deputy:
        found = names.person_called(deputy)
        if len(found) > 1:
            return error(
                say(
                    "store.member_import",
                    "mehrere Personen heißen {deputy}; Stellvertretung bitte im Programm wählen",
                ).format(deputy=deputy)
            )
        if found:
            deputy_person_id = found[0].id
        else:
            new_deputy = split_name(deputy)
            if not new_deputy.last_name:
                return error(say("store.member_import", "Stellvertretung „{deputy}“ ist kein "
                                                        "Name").format(deputy=deputy))
        same = (deputy_person_id is not None and deputy_person_id == person_id) or (
            new_deputy is not None and person_id is None and new_deputy.key == person.key)
        if same:
            return error(say("store.member_import", "ein Mitglied kann nicht seine eigene "
                                                    "Stellvertretung sein"))

    if person_id is not None:
        held = [m for m in members if m.person_id == person_id
                and tenure(m, today) is not Tenure.ENDED]
        if held:
            return PlannedRow(line, name, RowStatus.EXISTING, say("store.member_import", "schon "
                                                                                         "Mitglied"),
                              person_id=person_id)
    if valid_from is None and person_id is not None and any(
            m.person_id == person_id for m in members):
        valid_from = today  # a former member again: from today, after the old seat
    seat = Membership("", side.body_id, person_id or "", side.id, role, voting, organization_id,
                      deputy_person_id, valid_from, valid_to)
    try:
        check_membership(seat, side)
        if person_id is not None:
            check_single_seat(seat, members)
    except RuleViolation as exc:
        return error(str(exc))
    notes = [
        say("store.member_import", "Person vorhanden")
        if person_id
        else say("store.member_import", "neue Person")
    ]
    if organization and organization_id is None:
        notes.append(say("store.member_import", "neue Organisation"))
    if new_deputy is not None:
        notes.append(say("store.member_import", "neue Person als Stellvertretung"))
    return PlannedRow(
        line, name, RowStatus.NEW, ", ".join(notes), person_id=person_id,
        new_person=None if person_id else person, organization_id=organization_id,
        new_organization=organization if organization and organization_id is None else "",
        organization=organization, side=side, role=role, voting=voting,
        deputy_person_id=deputy_person_id, new_deputy=new_deputy, deputy=deputy,
        valid_from=valid_from, valid_to=valid_to)


# -- writing -----------------------------------------------------------------------------------


def apply_plan(store: Store, plan: ImportPlan) -> ImportResult:
    """Write the plan's new rows as one edit: organisations and people created once each
    (a deputy named in several rows, or who is also a member of the list, is one person)."""
    organizations: dict[str, str] = {}
    people: dict[tuple[str, str], str] = {}
    counts = {"members": 0, "people": 0, "organizations": 0}

    def organization_of(row: PlannedRow) -> str | None:
        if row.organization_id or not row.new_organization:
            return row.organization_id
        key = row.new_organization.casefold()
        if key not in organizations:
            organizations[key] = store.organizations.add(row.new_organization).id
            counts["organizations"] += 1
        return organizations[key]

    def person_of(person: NewPerson, organization_id: str | None) -> str:
        if person.key not in people:
            people[person.key] = store.people.add(
                person.last_name, person.first_name, title=person.title, email=person.email,
                phone=person.phone, organization_id=organization_id).id
            counts["people"] += 1
        return people[person.key]

    with store.edit():
        new_rows = plan.of(RowStatus.NEW)
        for row in new_rows:  # members first: a deputy who is a member gets their details
            if row.new_person is not None:
                person_of(row.new_person, organization_of(row))
        for row in new_rows:
            assert row.side is not None
            organization_id = organization_of(row)
            person_id = row.person_id or person_of(row.new_person or NewPerson("?"),
                                                   organization_id)
            deputy_id = row.deputy_person_id or (
                person_of(row.new_deputy, None) if row.new_deputy else None)
            store.memberships.add(plan.body_id, person_id, row.side.id, row.role,
                                  voting=row.voting, organization_id=organization_id,
                                  deputy_person_id=deputy_id, valid_from=row.valid_from,
                                  valid_to=row.valid_to)
            counts["members"] += 1
    return ImportResult(**counts)


def plan_file(store: Store, body_id: str, path: str | Path) -> ImportPlan:
    """Read a list and plan it with the columns found by their headers."""
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    if mapping["last_name"] is None:
        raise ImportProblem(say("store.member_import", "{name}: keine Spalte „Nachname“ oder "
                                                       "„Name“ gefunden (Spalten: {list}).").format(
                                name=Path(path).name, list=', '.join(table.headers)))
    return plan_import(store, body_id, table, mapping)
