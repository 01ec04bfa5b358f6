"""Typed columns: what each column of the file may hold, as CHECK constraints of the file
itself (migration m013) and as the findings of ``check`` for values written before.

One catalogue (:data:`TYPED`) says per table and column the kind of value: a date
(YYYY-MM-DD), a time (HH:MM or empty), a coded value (the codes of its enum in
domain/enums.py), a yes/no (0/1), a count (an integer ≥ 0) or a timestamp (the
ISO-8601 form of ``now_utc``). The CHECK clauses and the searches for bad values are
generated from it, so the file and ``check`` cannot disagree.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import enums as e
from .cut import cut
from .soundness import main_file

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .core import Store

DATE, TIME, CODE, BOOL, COUNT, STAMP = "date", "time", "code", "bool", "count", "stamp"

_PROBLEM = {
    DATE: "ist kein Datum (JJJJ-MM-TT)",
    TIME: "ist keine Uhrzeit (SS:MM)",
    BOOL: "ist weder 0 (nein) noch 1 (ja)",
    COUNT: "ist keine ganze Zahl ab 0",
    STAMP: "ist kein Zeitpunkt (JJJJ-MM-TT oder JJJJ-MM-TTTSS:MM:SS…)",
}


@dataclass(frozen=True)
class Typed:
    """One constrained column: its table, name, kind, words and (coded values) codes."""

    table: str
    column: str
    kind: str
    label: str
    codes: tuple[str, ...] = ()
    nullable: bool = False

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
        if self.kind == CODE:
            return f"ist keiner der zulässigen Werte ({', '.join(self.codes)})"
        return _PROBLEM[self.kind]


def _codes(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum)


# table -> (column, kind, words, enum or None, nullable)
_COLUMNS: dict[str, list[tuple[str, str, str, type[Enum] | None, bool]]] = {
    "bodies": [
        ("kind", CODE, "Art", e.BodyKind, False),
        ("article", CODE, "Artikel", None, False),
        ("quorum_more_than", BOOL, "Beschlussfähig bei mehr als", None, False),
        ("quorum_each_parity_side", BOOL, "Beschlussfähigkeit je Seite", None, False),
        ("decision_rule", CODE, "Mehrheit", e.DecisionRule, False),
        ("notice_days", COUNT, "Ladungsfrist (Tage)", None, False),
        ("quorum_base", CODE, "Grundlage der Beschlussfähigkeit", e.QuorumBase, False),
        ("majority_base", CODE, "Grundlage der Mehrheit", e.MajorityBase, False),
        ("casting_vote", BOOL, "Stichentscheid", None, False),
        ("deputy_multiple_votes", BOOL, "mehrere Stimmen je Person", None, False),
        ("written_consent", BOOL, "Umlaufverfahren nur einstimmig", None, False),
        ("roll_call_names", BOOL, "Namen bei namentlicher Abstimmung", None, False),
    ],
    "sides": [
        ("parity", BOOL, "paritätisch", None, False),
        ("voting", BOOL, "stimmberechtigt", None, False),
        ("position", COUNT, "Reihenfolge", None, False),
        ("statutory_seats", COUNT, "Sollzahl", None, True),
    ],
    "memberships": [
        ("role", CODE, "Rolle", e.Role, False),
        ("voting", BOOL, "stimmberechtigt", None, False),
        ("valid_from", DATE, "gültig ab", None, True),
        ("valid_to", DATE, "gültig bis", None, True),
    ],
    "milestones": [
        ("target_year", COUNT, "Zieljahr", None, False),
        ("state", CODE, "Stand", e.MilestoneState, False),
        ("level", CODE, "Ebene", e.MilestoneLevel, False),
        ("quality_dimension", CODE, "Qualitätsdimension", e.QualityDimension, False),
    ],
    "meetings": [
        ("number", COUNT, "Nummer", None, False),
        ("date", DATE, "Datum", None, False),
        ("start_time", TIME, "Beginn", None, False),
        ("end_time", TIME, "Ende", None, False),
        ("state", CODE, "Zustand", e.MeetingState, False),
        ("approved_on", DATE, "genehmigt am", None, True),
    ],
    "agenda_items": [
        ("position", COUNT, "Nummer", None, False),
        ("kind", CODE, "Art", e.AgendaKind, False),
        ("duration_minutes", COUNT, "Dauer (Minuten)", None, False),
        ("public", BOOL, "öffentlich", None, False),
        ("deferred", BOOL, "vertagt", None, False),
        ("invited_position", COUNT, "Nummer in der Einladung", None, True),
    ],
    "attendance": [
        ("status", CODE, "Anwesenheit", e.AttendanceStatus, False),
    ],
    "decisions": [
        ("year", COUNT, "Jahr", None, False),
        ("seq", COUNT, "laufende Nummer", None, False),
        ("decided_on", DATE, "beschlossen am", None, False),
        ("written_procedure", BOOL, "Umlaufverfahren", None, False),
        ("rule", CODE, "Mehrheit", e.DecisionRule, False),
        ("procedure", CODE, "Erledigung", e.Procedure, False),
        ("outcome", CODE, "Ergebnis", e.Outcome, True),
        ("voting_method", CODE, "Abstimmungsart", e.VotingMethod, False),
        ("chair_vote", CODE, "Stimme des Vorsitzes", e.Choice, True),
        ("deadline", DATE, "Frist", None, True),
    ],
    "votes": [
        ("yes", COUNT, "Ja", None, False),
        ("no", COUNT, "Nein", None, False),
        ("abstain", COUNT, "Enthaltungen", None, False),
    ],
    "recommendations": [
        ("year", COUNT, "Jahr", None, False),
        ("seq", COUNT, "laufende Nummer", None, False),
        ("adopted_on", DATE, "beschlossen am", None, False),
        ("state", CODE, "Stand", e.RecommendationState, False),
        ("response_due", DATE, "Antwort fällig am", None, True),
        ("responded_on", DATE, "beantwortet am", None, True),
    ],
    "tasks": [
        ("tandem", BOOL, "Tandem", None, False),
        ("due_date", DATE, "fällig am", None, True),
        ("state", CODE, "Status", e.TaskState, False),
        ("started_on", DATE, "begonnen am", None, True),
        ("done_on", DATE, "erledigt am", None, True),
    ],
    "corrections": [("corrected_on", DATE, "berichtigt am", None, False)],
    "minutes_circulations": [("sent_on", DATE, "versandt am", None, False)],
    "objections": [("received_on", DATE, "eingegangen am", None, False)],
    "attachments": [
        ("position", COUNT, "Reihenfolge", None, False),
        ("size", COUNT, "Größe", None, False),
    ],
    "ballots": [
        ("choice", CODE, "Stimme", e.Choice, False),
        ("answered_on", DATE, "beantwortet am", None, True),
    ],
    "allowance_rates": [
        ("amount_cents", COUNT, "Sitzungsgeld (Cent)", None, False),
        ("travel_cents", COUNT, "Fahrtkosten (Cent)", None, False),
        ("office_staff", BOOL, "auch Verwaltung", None, False),
        ("valid_from", DATE, "gültig ab", None, True),
        ("valid_to", DATE, "gültig bis", None, True),
    ],
    "learning_events": [
        ("kind", CODE, "Art", e.LearningKind, False),
        ("date_from", DATE, "vom", None, False),
        ("date_to", DATE, "bis", None, True),
        ("level", CODE, "Ebene", e.MilestoneLevel, False),
    ],
    "learning_participants": [("side", CODE, "Seite", e.ParitySide, False)],
    "budget_lines": [
        ("year", COUNT, "Haushaltsjahr", None, False),
        ("area", CODE, "Bereich", e.BudgetArea, False),
        ("funding", CODE, "Finanzierung", e.FundingSource, False),
        *[(f"{kind}_q{q}_cents", COUNT, f"{word} Q{q} (Cent)", None, False)
          for kind, word in (("plan", "Soll"), ("actual", "Ist")) for q in (1, 2, 3, 4)],
    ],
    "posts": [
        ("side", CODE, "Seite", e.ParitySide, False),
        ("date_from", DATE, "besetzt ab", None, False),
        ("date_to", DATE, "besetzt bis", None, True),
        ("share_permille", COUNT, "Stellenanteil (Tausendstel)", None, False),
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


def _quoted(sql: str) -> str:
    return f"'„' || coalesce({_short(sql)}, '?') || '“'"


def _body(ref: str) -> str:
    return f"coalesce((SELECT short FROM bodies WHERE id = {ref}), '?')"


def _meeting(ref: str) -> str:
    """"SG 4 vom 07.07.2026" (the date only when it is one)."""
    return (f"coalesce((SELECT coalesce(b.short, '?') || ' ' || m.number || CASE WHEN "
            f"date(m.date, '+0 days') IS m.date THEN ' vom ' || strftime('%d.%m.%Y', m.date) "
            f"ELSE '' END "
            f"FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id WHERE m.id = {ref}), '?')")


def _person(ref: str) -> str:
    return (f"(SELECT trim(first_name || ' ' || last_name) FROM people WHERE id = {ref})")


def _member(ref: str) -> str:
    return _person(f"(SELECT person_id FROM memberships WHERE id = {ref})")


def _decision(ref: str) -> str:
    return f"coalesce((SELECT number FROM decisions WHERE id = {ref}), '?')"


_EVENT_TITLE = "(SELECT title FROM learning_events WHERE id = t.event_id)"
_RECORD = {
    "bodies": "'Gremium ' || " + _quoted("t.name"),
    "sides": f"'Seite ' || {_quoted('t.name')} || ' (' || {_body('t.body_id')} || ')'",
    "organizations": "'Organisation ' || " + _quoted("t.name"),
    "people": "'Person ' || " + _quoted("trim(t.first_name || ' ' || t.last_name)"),
    "memberships": f"'Mitgliedschaft von ' || {_quoted(_person('t.person_id'))} || ' in ' || "
                   f"{_body('t.body_id')}",
    "milestones": "'Meilenstein ' || " + _quoted("t.title"),
    "meetings": "'Sitzung ' || " + _meeting("t.id"),
    "agenda_items": f"'TOP ' || t.position || ' ' || {_quoted('t.title')} || ' der Sitzung ' "
                    f"|| {_meeting('t.meeting_id')}",
    "attendance": "'Anwesenheit von ' || "
                  + _quoted("coalesce(" + _member("t.membership_id") + ", t.guest_name)")
                  + " || ' in der Sitzung ' || " + _meeting("t.meeting_id"),
    "decisions": f"'Beschluss ' || {_short('t.number')} || ' ' || {_quoted('t.title')} || "
                 f"coalesce(' der Sitzung ' || (SELECT {_meeting('t.meeting_id')} "
                 f"WHERE t.meeting_id IS NOT NULL), '')",
    "votes": f"'Abstimmung der Seite ' || "
             f"{_quoted('(SELECT name FROM sides WHERE id = t.side_id)')} || "
             f"' zu Beschluss ' || {_decision('t.decision_id')}",
    "conflicts": f"'Befangenheit zu Beschluss ' || {_decision('t.decision_id')}",
    "recommendations": f"'Empfehlung ' || {_short('t.number')} || ' ' || {_quoted('t.title')}",
    "tasks": f"'Aufgabe ' || {_quoted('t.title')} || ' (' || {_body('t.body_id')} || ')'",
    "task_owners": "'Verantwortung für die Aufgabe ' || "
                   + _quoted("(SELECT title FROM tasks WHERE id = t.task_id)"),
    "corrections": "'Berichtigung zur Sitzung ' || " + _meeting("t.meeting_id"),
    "minutes_circulations": "'Protokollversand zur Sitzung ' || " + _meeting("t.meeting_id"),
    "objections": "'Einwendung zur Sitzung ' || " + _meeting("t.meeting_id"),
    "attachments": "'Unterlage ' || " + _quoted("t.name"),
    "ballots": f"'Stimme von ' || {_quoted(_member('t.membership_id'))} || ' zu Beschluss ' "
               f"|| {_decision('t.decision_id')}",
    "text_modules": f"'Textbaustein ' || {_quoted('t.title')} || ' (' || "
                    f"{_body('t.body_id')} || ')'",
    "allowance_rates": f"'Sitzungsgeld der Seite ' || "
                       f"{_quoted('(SELECT name FROM sides WHERE id = t.side_id)')} || ' (' || "
                       f"{_body('t.body_id')} || ')'",
    "learning_events": "'Fortbildung/Hospitation ' || " + _quoted("t.title"),
    "learning_participants": f"'Teilnahme von ' || {_quoted(_person('t.person_id'))} || "
                             f"' an ' || {_quoted(_EVENT_TITLE)}",
    "budget_lines": "'Haushaltszeile ' || " + _quoted("t.title") + " || ' ' || t.year",
    "posts": "'Stelle ' || " + _quoted("t.title"),
}

_STAMPS = (("created_at", "angelegt am", False), ("updated_at", "geändert am", False),
           ("deleted_at", "gelöscht am", True))


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
    row = db.execute(f'SELECT {_RECORD[table]} FROM "{table}" t WHERE t.id = ?',
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
        return "ja" if value else "nein"
    if typed.kind in (DATE, STAMP) and isinstance(value, str) and len(value) >= 10:
        year, month, day = value[:4], value[5:7], value[8:10]
        return f"{day}.{month}.{year}" if (year + month + day).isdigit() else value
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
        return (f"{self.record}, Spalte „{self.typed.label}“: „{cut(self.value, 40)}“ "
                f"{self.typed.problem()}.")


def bad_values(db: Database) -> list[BadValue]:
    """Every value of the file that breaks its column's check (written before m013, or
    by a tool that switched the checks off), with its record in words."""
    found: list[BadValue] = []
    for table, typed in _present(db):
        flags = ", ".join(f't."{t.column}", coalesce(NOT ({t.check("t.")}), 0)' for t in typed)
        where = " OR ".join(f"NOT ({t.check('t.')})" for t in typed)
        gone = "CASE WHEN t.deleted_at IS NOT NULL THEN ' (gelöscht)' ELSE '' END" \
            if any(t.column == "deleted_at" for t in typed) else "''"
        sql = (f"SELECT coalesce({_RECORD[table]}, 'Zeile ' || t.rowid) || {gone}, {flags} "
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
