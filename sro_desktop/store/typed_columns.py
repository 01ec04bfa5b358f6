"""Typed columns: what each column of the file may hold, as CHECK constraints of the file
itself (migration m013) and as the findings of ``check`` for values written before.

One catalogue (:data:`TYPED`) says per table and column the kind of value: a date
(YYYY-MM-DD), a time (HH:MM or empty), a coded value (the codes of its enum in
domain/enums.py), a yes/no (0/1), a count (an integer ≥ 0) or a timestamp (the
ISO-8601 form of ``now_utc``). The CHECK clauses and the searches for bad values are
generated from it, so the file and ``check`` cannot disagree.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import enums as e
from ..domain.words import QT_TRANSLATE_NOOP, language, say
from .cut import cut
from .soundness import main_file

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .core import Store

DATE, TIME, CODE, BOOL, COUNT, STAMP = "date", "time", "code", "bool", "count", "stamp"

_PROBLEM = {
    DATE: QT_TRANSLATE_NOOP("store.typed_columns", "ist kein Datum (JJJJ-MM-TT)"),
    TIME: QT_TRANSLATE_NOOP("store.typed_columns", "ist keine Uhrzeit (SS:MM)"),
    BOOL: QT_TRANSLATE_NOOP("store.typed_columns", "ist weder 0 (nein) noch 1 (ja)"),
    COUNT: QT_TRANSLATE_NOOP("store.typed_columns", "ist keine ganze Zahl ab 0"),
    STAMP: QT_TRANSLATE_NOOP("store.typed_columns",
                             "ist kein Zeitpunkt (JJJJ-MM-TT oder JJJJ-MM-TTTSS:MM:SS…)"),
}


@dataclass(frozen=True)
class Typed:
    """One constrained column: its table, name, kind, words and (coded values) codes."""

    table: str
    column: str
    kind: str
    label: str  # German, as marked for the catalogue: ``words`` gives it in the language
    codes: tuple[str, ...] = ()
    nullable: bool = False

    @property
    def words(self) -> str:
        """The column's label in the language in use."""
        return say("store.typed_columns", self.label)

    @property
    def constraint(self) -> str:
        return f"typed_{self.column}"

    def check(self, row: str = "") -> str:
        """The SQL condition a value passes (NULL passes: NOT NULL is the column's own)."""
        c = f'{row}"{self.column}"'
        # SQLite 3.40 gives "2026-02-30" back as it is; a modifier makes it compute the
        # day (2026-03-02), so only a real day equals its text. Python has no year 0.
        if self.kind == DATE:
            return f"date({c}, '+0 days') IS {c} AND {c} >= '0001-01-01'"
        if self.kind == TIME:
            return f"{c} = '' OR (length({c}) = 5 AND time({c}, '+0 seconds') IS {c} || ':00')"
        if self.kind == CODE:
            return f"{c} IN ({', '.join(repr(code) for code in self.codes)})"
        if self.kind == BOOL:
            return f"{c} IN (0, 1)"
        if self.kind == COUNT:
            return f"{c} IS NULL OR (typeof({c}) = 'integer' AND {c} >= 0)"
        assert self.kind == STAMP
        return (f"{c} IS NULL OR (date(substr({c}, 1, 10), '+0 days') IS substr({c}, 1, 10) "
                f"AND julianday({c}) IS NOT NULL)")

    @property
    def clause(self) -> str:
        return f"CONSTRAINT {self.constraint} CHECK ({self.check()})"

    def problem(self) -> str:
        """What is wrong with a bad value ("ist kein Datum (JJJJ-MM-TT)"), in the language
        in use."""
        if self.kind == CODE:
            return say("store.typed_columns", "ist keiner der zulässigen Werte ({codes})").format(
                codes=", ".join(self.codes))
        return say("store.typed_columns", _PROBLEM[self.kind])


def _codes(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum)


_PLAN_LABELS = (QT_TRANSLATE_NOOP("store.typed_columns", "Soll Q1 (Cent)"),
                QT_TRANSLATE_NOOP("store.typed_columns", "Soll Q2 (Cent)"),
                QT_TRANSLATE_NOOP("store.typed_columns", "Soll Q3 (Cent)"),
                QT_TRANSLATE_NOOP("store.typed_columns", "Soll Q4 (Cent)"))
_ACTUAL_LABELS = (QT_TRANSLATE_NOOP("store.typed_columns", "Ist Q1 (Cent)"),
                  QT_TRANSLATE_NOOP("store.typed_columns", "Ist Q2 (Cent)"),
                  QT_TRANSLATE_NOOP("store.typed_columns", "Ist Q3 (Cent)"),
                  QT_TRANSLATE_NOOP("store.typed_columns", "Ist Q4 (Cent)"))


# table -> (column, kind, words (German, marked for the catalogue), enum or None, nullable)
_COLUMNS: dict[str, list[tuple[str, str, str, type[Enum] | None, bool]]] = {
    "bodies": [
        ("kind", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Art"), e.BodyKind, False),
        ("article", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Artikel"), None, False),
        ("quorum_more_than", BOOL,
         QT_TRANSLATE_NOOP("store.typed_columns", "Beschlussfähig bei mehr als"), None, False),
        ("quorum_each_parity_side", BOOL,
         QT_TRANSLATE_NOOP("store.typed_columns", "Beschlussfähigkeit je Seite"), None, False),
        ("decision_rule", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Mehrheit"), e.DecisionRule, False),
        ("notice_days", COUNT,
         QT_TRANSLATE_NOOP("store.typed_columns", "Ladungsfrist (Tage)"), None, False),
        ("quorum_base", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Grundlage der Beschlussfähigkeit"),
         e.QuorumBase, False),
        ("majority_base", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Grundlage der Mehrheit"), e.MajorityBase, False),
        ("casting_vote", BOOL,
         QT_TRANSLATE_NOOP("store.typed_columns", "Stichentscheid"), None, False),
        ("deputy_multiple_votes", BOOL,
         QT_TRANSLATE_NOOP("store.typed_columns", "mehrere Stimmen je Person"), None, False),
        ("written_consent", BOOL,
         QT_TRANSLATE_NOOP("store.typed_columns", "Umlaufverfahren nur einstimmig"), None, False),
        ("roll_call_names", BOOL,
         QT_TRANSLATE_NOOP("store.typed_columns", "Namen bei namentlicher Abstimmung"),
         None, False),
    ],
    "sides": [
        ("parity", BOOL, QT_TRANSLATE_NOOP("store.typed_columns", "paritätisch"), None, False),
        ("voting", BOOL, QT_TRANSLATE_NOOP("store.typed_columns", "stimmberechtigt"), None, False),
        ("position", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Reihenfolge"), None, False),
        ("statutory_seats", COUNT,
         QT_TRANSLATE_NOOP("store.typed_columns", "Sollzahl"), None, True),
    ],
    "memberships": [
        ("role", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Rolle"), e.Role, False),
        ("voting", BOOL, QT_TRANSLATE_NOOP("store.typed_columns", "stimmberechtigt"), None, False),
        ("valid_from", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "gültig ab"), None, True),
        ("valid_to", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "gültig bis"), None, True),
    ],
    "milestones": [
        ("target_year", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Zieljahr"), None, False),
        ("state", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Stand"), e.MilestoneState, False),
        ("level", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Ebene"), e.MilestoneLevel, False),
        ("quality_dimension", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Qualitätsdimension"), e.QualityDimension, False),
    ],
    "meetings": [
        ("number", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Nummer"), None, False),
        ("date", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "Datum"), None, False),
        ("start_time", TIME, QT_TRANSLATE_NOOP("store.typed_columns", "Beginn"), None, False),
        ("end_time", TIME, QT_TRANSLATE_NOOP("store.typed_columns", "Ende"), None, False),
        ("state", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Zustand"), e.MeetingState, False),
        ("approved_on", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "genehmigt am"), None, True),
    ],
    "agenda_items": [
        ("position", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Nummer"), None, False),
        ("kind", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Art"), e.AgendaKind, False),
        ("duration_minutes", COUNT,
         QT_TRANSLATE_NOOP("store.typed_columns", "Dauer (Minuten)"), None, False),
        ("public", BOOL, QT_TRANSLATE_NOOP("store.typed_columns", "öffentlich"), None, False),
        ("deferred", BOOL, QT_TRANSLATE_NOOP("store.typed_columns", "vertagt"), None, False),
        ("invited_position", COUNT,
         QT_TRANSLATE_NOOP("store.typed_columns", "Nummer in der Einladung"), None, True),
    ],
    "attendance": [
        ("status", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Anwesenheit"), e.AttendanceStatus, False),
    ],
    "decisions": [
        ("year", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Jahr"), None, False),
        ("seq", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "laufende Nummer"), None, False),
        ("decided_on", DATE,
         QT_TRANSLATE_NOOP("store.typed_columns", "beschlossen am"), None, False),
        ("written_procedure", BOOL,
         QT_TRANSLATE_NOOP("store.typed_columns", "Umlaufverfahren"), None, False),
        ("rule", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Mehrheit"), e.DecisionRule, False),
        ("procedure", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Erledigung"), e.Procedure, False),
        ("outcome", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Ergebnis"), e.Outcome, True),
        ("voting_method", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Abstimmungsart"), e.VotingMethod, False),
        ("chair_vote", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Stimme des Vorsitzes"), e.Choice, True),
        ("deadline", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "Frist"), None, True),
    ],
    "votes": [
        ("yes", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Ja"), None, False),
        ("no", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Nein"), None, False),
        ("abstain", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Enthaltungen"), None, False),
    ],
    "recommendations": [
        ("year", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Jahr"), None, False),
        ("seq", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "laufende Nummer"), None, False),
        ("adopted_on", DATE,
         QT_TRANSLATE_NOOP("store.typed_columns", "beschlossen am"), None, False),
        ("state", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Stand"), e.RecommendationState, False),
        ("response_due", DATE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Antwort fällig am"), None, True),
        ("responded_on", DATE,
         QT_TRANSLATE_NOOP("store.typed_columns", "beantwortet am"), None, True),
    ],
    "tasks": [
        ("tandem", BOOL, QT_TRANSLATE_NOOP("store.typed_columns", "Tandem"), None, False),
        ("due_date", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "fällig am"), None, True),
        ("state", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Status"), e.TaskState, False),
        ("started_on", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "begonnen am"), None, True),
        ("done_on", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "erledigt am"), None, True),
    ],
    "corrections": [("corrected_on", DATE,
                     QT_TRANSLATE_NOOP("store.typed_columns", "berichtigt am"), None, False)],
    "minutes_circulations": [("sent_on", DATE,
                              QT_TRANSLATE_NOOP("store.typed_columns", "versandt am"),
                              None, False)],
    "objections": [("received_on", DATE,
                    QT_TRANSLATE_NOOP("store.typed_columns", "eingegangen am"), None, False)],
    "attachments": [
        ("position", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Reihenfolge"), None, False),
        ("size", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Größe"), None, False),
    ],
    "ballots": [
        ("choice", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Stimme"), e.Choice, False),
        ("answered_on", DATE,
         QT_TRANSLATE_NOOP("store.typed_columns", "beantwortet am"), None, True),
    ],
    "allowance_rates": [
        ("amount_cents", COUNT,
         QT_TRANSLATE_NOOP("store.typed_columns", "Sitzungsgeld (Cent)"), None, False),
        ("travel_cents", COUNT,
         QT_TRANSLATE_NOOP("store.typed_columns", "Fahrtkosten (Cent)"), None, False),
        ("office_staff", BOOL,
         QT_TRANSLATE_NOOP("store.typed_columns", "auch Verwaltung"), None, False),
        ("valid_from", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "gültig ab"), None, True),
        ("valid_to", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "gültig bis"), None, True),
    ],
    "learning_events": [
        ("kind", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Art"), e.LearningKind, False),
        ("date_from", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "vom"), None, False),
        ("date_to", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "bis"), None, True),
        ("level", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Ebene"), e.MilestoneLevel, False),
    ],
    "learning_participants": [("side", CODE,
                               QT_TRANSLATE_NOOP("store.typed_columns", "Seite"),
                               e.ParitySide, False)],
    "budget_lines": [
        ("year", COUNT, QT_TRANSLATE_NOOP("store.typed_columns", "Haushaltsjahr"), None, False),
        ("area", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Bereich"), e.BudgetArea, False),
        ("funding", CODE,
         QT_TRANSLATE_NOOP("store.typed_columns", "Finanzierung"), e.FundingSource, False),
        *[(f"{kind}_q{q}_cents", COUNT, label, None, False)
          for kind, labels in (("plan", _PLAN_LABELS), ("actual", _ACTUAL_LABELS))
          for q, label in enumerate(labels, start=1)],
    ],
    "posts": [
        ("side", CODE, QT_TRANSLATE_NOOP("store.typed_columns", "Seite"), e.ParitySide, False),
        ("date_from", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "besetzt ab"), None, False),
        ("date_to", DATE, QT_TRANSLATE_NOOP("store.typed_columns", "besetzt bis"), None, True),
        ("share_permille", COUNT,
         QT_TRANSLATE_NOOP("store.typed_columns", "Stellenanteil (Tausendstel)"), None, False),
    ],
}
ARTICLES = ("der", "die", "das")

# The record of a row ``t`` in words, per table (SQL); names and titles cut short.
_TABLES = ("bodies", "sides", "organizations", "people", "memberships", "milestones",
           "meetings", "agenda_items", "attendance", "decisions", "votes", "conflicts",
           "recommendations", "tasks", "task_owners", "corrections", "minutes_circulations",
           "objections", "attachments", "ballots", "text_modules", "allowance_rates",
           "learning_events", "learning_participants", "budget_lines", "posts")


def _short(sql: str, limit: int = 60) -> str:
    return f"(CASE WHEN length({sql}) > {limit} THEN substr({sql}, 1, {limit - 1}) || '…' " \
           f"ELSE {sql} END)"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _words(template: str, **sql: str) -> str:
    """A sentence of the language in use as SQL: its text quoted, each {place} the SQL
    given for it ("Sitzung {meeting}" -> 'Sitzung ' || (…))."""
    parts = re.split(r"\{(\w+)\}", template)
    out = [f"({sql[part]})" if n % 2 else _literal(part) for n, part in enumerate(parts)
           if n % 2 or part]
    return " || ".join(out) or "''"


def _quoted(sql: str) -> str:
    opening, closing = ("“", "”") if language() == "en" else ("„", "“")
    return f"'{opening}' || coalesce({_short(sql)}, '?') || '{closing}'"


def _body(ref: str) -> str:
    return f"coalesce((SELECT short FROM bodies WHERE id = {ref}), '?')"


def _meeting(ref: str) -> str:
    """"SG 4 vom 07.07.2026" (the date only when it is one; English "SG 4 on 07/07/2026")."""
    day = "strftime('%d/%m/%Y', m.date)" if language() == "en" else \
        "strftime('%d.%m.%Y', m.date)"
    on = _words(say("store.typed_columns", " vom {date}"), date=day)
    return (f"coalesce((SELECT coalesce(b.short, '?') || ' ' || m.number || CASE WHEN "
            f"date(m.date, '+0 days') IS m.date THEN {on} ELSE '' END "
            f"FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id WHERE m.id = {ref}), '?')")


def _person(ref: str) -> str:
    return (f"(SELECT trim(first_name || ' ' || last_name) FROM people WHERE id = {ref})")


def _member(ref: str) -> str:
    return _person(f"(SELECT person_id FROM memberships WHERE id = {ref})")


def _decision(ref: str) -> str:
    return f"coalesce((SELECT number FROM decisions WHERE id = {ref}), '?')"


_EVENT_TITLE = "(SELECT title FROM learning_events WHERE id = t.event_id)"


def _record(table: str) -> str:
    """The record of a row ``t`` of ``table`` in words, in the language in use (SQL);
    names and titles cut short."""
    body, meeting = _body("t.body_id"), _meeting("t.meeting_id")
    side = _quoted("(SELECT name FROM sides WHERE id = t.side_id)")
    if table == "bodies":
        return _words(say("store.typed_columns", "Gremium {name}"), name=_quoted("t.name"))
    if table == "sides":
        return _words(say("store.typed_columns", "Seite {name} ({body})"),
                      name=_quoted("t.name"), body=body)
    if table == "organizations":
        return _words(say("store.typed_columns", "Organisation {name}"), name=_quoted("t.name"))
    if table == "people":
        return _words(say("store.typed_columns", "Person {name}"),
                      name=_quoted("trim(t.first_name || ' ' || t.last_name)"))
    if table == "memberships":
        return _words(say("store.typed_columns", "Mitgliedschaft von {person} in {body}"),
                      person=_quoted(_person("t.person_id")), body=body)
    if table == "milestones":
        return _words(say("store.typed_columns", "Meilenstein {title}"), title=_quoted("t.title"))
    if table == "meetings":
        return _words(say("store.typed_columns", "Sitzung {meeting}"), meeting=_meeting("t.id"))
    if table == "agenda_items":
        return _words(say("store.typed_columns", "TOP {position} {title} der Sitzung {meeting}"),
                      position="t.position", title=_quoted("t.title"), meeting=meeting)
    if table == "attendance":
        return _words(say("store.typed_columns", "Anwesenheit von {person} in der Sitzung "
                                                 "{meeting}"),
                      person=_quoted(f"coalesce({_member('t.membership_id')}, t.guest_name)"),
                      meeting=meeting)
    if table == "decisions":
        at = _words(say("store.typed_columns", " der Sitzung {meeting}"),
                    meeting=f"SELECT {meeting} WHERE t.meeting_id IS NOT NULL")
        return _words(say("store.typed_columns", "Beschluss {number} {title}"),
                      number=_short("t.number"), title=_quoted("t.title")) + \
            f" || coalesce({at}, '')"
    if table == "votes":
        return _words(say("store.typed_columns", "Abstimmung der Seite {side} zu Beschluss "
                                                 "{decision}"),
                      side=side, decision=_decision("t.decision_id"))
    if table == "conflicts":
        return _words(say("store.typed_columns", "Befangenheit zu Beschluss {decision}"),
                      decision=_decision("t.decision_id"))
    if table == "recommendations":
        return _words(say("store.typed_columns", "Empfehlung {number} {title}"),
                      number=_short("t.number"), title=_quoted("t.title"))
    if table == "tasks":
        return _words(say("store.typed_columns", "Aufgabe {title} ({body})"),
                      title=_quoted("t.title"), body=body)
    if table == "task_owners":
        return _words(say("store.typed_columns", "Verantwortung für die Aufgabe {title}"),
                      title=_quoted("(SELECT title FROM tasks WHERE id = t.task_id)"))
    if table == "corrections":
        return _words(say("store.typed_columns", "Berichtigung zur Sitzung {meeting}"),
                      meeting=meeting)
    if table == "minutes_circulations":
        return _words(say("store.typed_columns", "Protokollversand zur Sitzung {meeting}"),
                      meeting=meeting)
    if table == "objections":
        return _words(say("store.typed_columns", "Einwendung zur Sitzung {meeting}"),
                      meeting=meeting)
    if table == "attachments":
        return _words(say("store.typed_columns", "Unterlage {name}"), name=_quoted("t.name"))
    if table == "ballots":
        return _words(say("store.typed_columns", "Stimme von {member} zu Beschluss {decision}"),
                      member=_quoted(_member("t.membership_id")),
                      decision=_decision("t.decision_id"))
    if table == "text_modules":
        return _words(say("store.typed_columns", "Textbaustein {title} ({body})"),
                      title=_quoted("t.title"), body=body)
    if table == "allowance_rates":
        return _words(say("store.typed_columns", "Sitzungsgeld der Seite {side} ({body})"),
                      side=side, body=body)
    if table == "learning_events":
        return _words(say("store.typed_columns", "Fortbildung/Hospitation {title}"),
                      title=_quoted("t.title"))
    if table == "learning_participants":
        return _words(say("store.typed_columns", "Teilnahme von {person} an {event}"),
                      person=_quoted(_person("t.person_id")), event=_quoted(_EVENT_TITLE))
    if table == "budget_lines":
        return _words(say("store.typed_columns", "Haushaltszeile {title} {year}"),
                      title=_quoted("t.title"), year="t.year")
    if table != "posts":
        raise KeyError(table)
    return _words(say("store.typed_columns", "Stelle {title}"), title=_quoted("t.title"))

_STAMPS = (("created_at", QT_TRANSLATE_NOOP("store.typed_columns", "angelegt am"), False),
           ("updated_at", QT_TRANSLATE_NOOP("store.typed_columns", "geändert am"), False),
           ("deleted_at", QT_TRANSLATE_NOOP("store.typed_columns", "gelöscht am"), True))


def _catalogue() -> tuple[Typed, ...]:
    typed: list[Typed] = []
    for table in _TABLES:
        for column, kind, label, enum, nullable in _COLUMNS.get(table, []):
            codes = (_codes(enum) if enum is not None else
                     ARTICLES if (table, column) == ("bodies", "article") else ())
            typed.append(Typed(table, column, kind, label, codes, nullable))
        typed += [Typed(table, column, STAMP, label, (), nullable)
                  for column, label, nullable in _STAMPS]
    return tuple(typed)


TYPED: tuple[Typed, ...] = _catalogue()
_ENUMS: dict[tuple[str, str], type[Enum]] = {
    (table, column): enum for table, columns in _COLUMNS.items()
    for column, _kind, _label, enum, _nullable in columns if enum is not None}


def record_label(db: Database, table: str, record_id: str) -> str:
    """The record in words, as ``check`` names it ("Anwesenheit von „Maria Lange“ in der
    Sitzung SG 8 vom 25.11.2026"); empty when the file does not hold it."""
    row = db.execute(f'SELECT {_record(table)} FROM "{table}" t WHERE t.id = ?',
                     [record_id]).fetchone()
    return str(row[0]) if row and row[0] else ""


def value_words(table: str, column: str, value: Any) -> str:
    """A stored value as the window shows it: a code by its German label, yes/no, a
    day as 25.11.2026; anything else as it is."""
    typed = next((t for t in TYPED if t.table == table and t.column == column), None)
    if value is None or value == "" or typed is None:
        return "" if value is None else str(value)
    if typed.kind == CODE and (table, column) in _ENUMS:
        labels = {m.value: getattr(m, "label", m.value) for m in _ENUMS[table, column]}
        return str(labels.get(value, value))
    if typed.kind == BOOL and value in (0, 1):
        return say("store.typed_columns", "ja") if value else say("store.typed_columns", "nein")
    if typed.kind in (DATE, STAMP) and isinstance(value, str) and len(value) >= 10:
        year, month, day = value[:4], value[5:7], value[8:10]
        dot = "/" if language() == "en" else "."
        return f"{day}{dot}{month}{dot}{year}" if (year + month + day).isdigit() else value
    return str(value)


def of_table(table: str) -> list[Typed]:
    return [t for t in TYPED if t.table == table]


def typed_tables() -> list[str]:
    return [table for table in _TABLES if of_table(table)]


# --- the migration -------------------------------------------------------------------

def _with_checks(create_sql: str, typed: list[Typed]) -> str:
    """The CREATE TABLE text with the CHECK clauses added before its closing bracket."""
    end = create_sql.rstrip().rindex(")")
    clauses = "".join(f",\n    {t.clause}" for t in typed)
    return f"{create_sql[:end].rstrip()}{clauses})"


def add_checks(db: Database) -> None:
    """Rebuild every table of the catalogue with its CHECK clauses: SQLite's "generalized
    ALTER TABLE" (lang_altertable.html#otheralter); rows that break a new CHECK are kept.

    sqlite-utils' ``transform()`` cannot add a CHECK and would write the CREATE TABLE
    anew, dropping the CHECKs there are. The steps run inside the migration's
    transaction, where ``PRAGMA foreign_keys`` cannot be switched off; so:

    * the table keeps its name: rows are copied aside (with their rowids, which the
      search index's keys are made of), the table dropped and created again with the
      old text plus the checks, the rows copied back. Renaming a new table into place
      would either rewrite the other tables' REFERENCES (foreign keys on) or meet the
      views and triggers naming the dropped table;
    * ``defer_foreign_keys`` lets the references into the table be missing between
      the drop and the copy back (SQLite counts them and counts them back); a few guard
      violations, one more than the file held before, keep SQLite's counter above zero
      so that references already dangling in the file count back evenly;
    * ``ignore_check_constraints`` lets rows in that break a new check: the file is not
      refused, ``check`` names those values (:func:`bad_values_findings`);
    * the table's indexes (before the rows come back) and triggers (after) are made
      again from their stored SQL; referencing columns without an index get one for
      the time of the migration; ``foreign_key_check`` at the end must find no
      reference lost.

    A table whose text has the checks already is left as it is: a later change of the
    catalogue needs a migration of its own that replaces the clauses.
    """
    dangling = len(db.execute("PRAGMA foreign_key_check").fetchall())
    helpers = _reference_indexes(db)
    db.execute("PRAGMA defer_foreign_keys = ON")
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("CREATE TEMP TABLE typed_guard_parent (id TEXT PRIMARY KEY)")
    db.execute("CREATE TEMP TABLE typed_guard (ref TEXT REFERENCES typed_guard_parent(id))")
    try:
        db.execute("INSERT INTO temp.typed_guard (ref) SELECT 'none' FROM "
                   "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                   "WHERE i < ?) SELECT i FROM n)", [dangling + 1])
        for table in typed_tables():
            if table in db.table_names():
                _rebuild(db, table, of_table(table))
        db.execute("DELETE FROM temp.typed_guard")
    finally:
        db.execute("PRAGMA ignore_check_constraints = OFF")
    db.execute("DROP TABLE temp.typed_guard")
    db.execute("DROP TABLE temp.typed_guard_parent")
    for name in helpers:
        db.execute(f'DROP INDEX "{name}"')
    after = len(db.execute("PRAGMA foreign_key_check").fetchall())
    if after > dangling:
        raise RuntimeError(f"{after - dangling} Verweise gingen beim Umbau verloren")
    db.execute("PRAGMA defer_foreign_keys = OFF")


def _reference_indexes(db: Database) -> list[str]:
    """Indexes, for the time of the migration, on the referencing columns that have none:
    SQLite looks up the rows referring to each row dropped and copied back, and without
    an index it would read the whole referring table each time (minutes on a large file
    instead of seconds)."""
    made = []
    for table in db.table_names():
        indexed = {db.execute(f'PRAGMA index_info("{index}")').fetchone()[2]
                   for (index,) in db.execute(
                       f"SELECT name FROM pragma_index_list('{table}') WHERE partial = 0")}
        for column in sorted({r[3] for r in db.execute(
                f'PRAGMA foreign_key_list("{table}")')} - indexed):
            name = f"typed_migration_{table}_{column}"
            db.execute(f'CREATE INDEX "{name}" ON "{table}"("{column}")')
            made.append(name)
    return made


def _rebuild(db: Database, table: str, typed: list[Typed]) -> None:
    create_sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                            [table]).fetchone()[0]
    if f"CONSTRAINT {typed[0].constraint} CHECK" in create_sql:
        return  # typed already (the migration run again on a file taken back by hand)
    indexes, triggers = ([r[0] for r in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL "
        "ORDER BY rowid", [kind, table])] for kind in ("index", "trigger"))
    names = ", ".join(f'"{c.name}"' for c in db[table].columns)
    db.execute(f'CREATE TEMP TABLE typed_aside AS SELECT rowid AS typed_rowid, {names} '
               f'FROM "{table}"')
    db.execute(f'DROP TABLE "{table}"')
    db.execute(_with_checks(create_sql, typed))
    for sql in indexes:  # before the rows: a reference to the table itself looks them up
        db.execute(sql)
    db.execute(f'INSERT INTO "{table}" (rowid, {names}) SELECT typed_rowid, {names} '
               f'FROM temp.typed_aside ORDER BY typed_rowid')
    db.execute("DROP TABLE temp.typed_aside")
    for sql in triggers:  # after the rows: copying them back is no change to record
        db.execute(sql)


# --- values written before the checks ------------------------------------------------

def _present(db: Database) -> list[tuple[str, list[Typed]]]:
    """The catalogue's tables and columns this file has (a damaged or foreign one may
    lack some)."""
    tables = set(db.table_names())
    present = []
    for table in typed_tables():
        if table in tables:
            columns = set(db[table].columns_dict)
            typed = [t for t in of_table(table) if t.column in columns]
            if typed:
                present.append((table, typed))
    return present


@dataclass(frozen=True)
class BadValue:
    typed: Typed
    record: str  # the record in words
    value: Any

    def text(self) -> str:
        return say("store.typed_columns", "{record}, Spalte „{column}“: „{value}“ "
                                          "{problem}.").format(
            record=self.record, column=self.typed.words, value=cut(self.value, 40),
            problem=self.typed.problem())


def bad_values(db: Database) -> list[BadValue]:
    """Every value of the file that breaks its column's check (written before m013, or
    by a tool that switched the checks off), with its record in words."""
    found: list[BadValue] = []
    for table, typed in _present(db):
        flags = ", ".join(f't."{t.column}", coalesce(NOT ({t.check("t.")}), 0)' for t in typed)
        where = " OR ".join(f"NOT ({t.check('t.')})" for t in typed)
        deleted = _literal(say("store.typed_columns", " (gelöscht)"))
        gone = f"CASE WHEN t.deleted_at IS NOT NULL THEN {deleted} ELSE '' END" \
            if any(t.column == "deleted_at" for t in typed) else "''"
        row_words = _words(say("store.typed_columns", "Zeile {rowid}"), rowid="t.rowid")
        sql = (f"SELECT coalesce({_record(table)}, {row_words}) || {gone}, {flags} "
               f'FROM "{table}" t WHERE {where} ORDER BY t.rowid')
        for row in db.execute(sql):
            for n, t in enumerate(typed):
                if row[2 + 2 * n]:
                    found.append(BadValue(t, row[0], row[1 + 2 * n]))
    return found


def count_bad_values(db: Database) -> int:
    """How many values break their column's check (the window's note)."""
    total = 0
    for table, typed in _present(db):
        flags = " + ".join(f"coalesce(NOT ({t.check()}), 0)" for t in typed)
        where = " OR ".join(f"NOT ({t.check()})" for t in typed)
        total += db.execute(f'SELECT coalesce(sum({flags}), 0) FROM "{table}" '
                            f"WHERE {where}").fetchone()[0]
    return total


def bad_values_findings(store: Store) -> Callable[[], list[str]]:
    """``check``'s findings: each bad value named with its record, column and problem.

    Begun at once and given when called: on a file, the search runs in a thread on a
    read-only connection of its own (SQLite's work, beside the Python of the other
    checks); on a file in memory, at once."""
    from sqlite_utils import Database

    path = main_file(store.db.conn)
    if not path:
        found = [bad.text() for bad in bad_values(store.db)]
        return lambda: found
    result: list[list[str]] = []
    errors: list[BaseException] = []

    def search() -> None:
        try:
            conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
            try:
                result.append([bad.text() for bad in bad_values(Database(conn))])
            finally:
                conn.close()
        except BaseException as exc:  # noqa: BLE001 - raised again when the findings are asked
            errors.append(exc)

    thread = threading.Thread(target=search, name="bad values", daemon=True)
    thread.start()

    def findings() -> list[str]:
        thread.join()
        if errors:
            raise errors[0]
        return result[0]

    return findings
