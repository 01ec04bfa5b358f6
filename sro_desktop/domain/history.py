"""The history (Verlauf) of a record, in words for people.

The file's ``history`` table (filled by triggers, see ``store/schema.py`` m007)
holds one entry per change: who, when, insert/update/delete, and the changed
columns with their old and new values as the file stores them (codes, ISO
dates, ids). :func:`describe` turns an entry into a German sentence:

    "Nadine Schulz änderte am 12.11.2026 14:03 Status: offen → erledigt"

Coded values show their German labels, dates the German form, booleans
ja/nein; references (``*_id``) are named through ``names`` (id -> text),
which the store reads at display time — so an anonymised person shows as
anonymised in old entries, too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from .calendar import german_date
from .enums import (
    AttendanceStatus,
    Choice,
    DecisionRule,
    Labeled,
    Outcome,
    Procedure,
    RecommendationState,
    TaskState,
    VotingMethod,
)
from .words import say


class HistoryAction(Labeled):
    INSERT = "insert", "angelegt"
    UPDATE = "update", "geändert"
    DELETE = "delete", "gelöscht"


# Table -> the column naming the record a row is shown under (votes under their decision).
PARENTS: dict[str, str | None] = {
    "decisions": None,
    "votes": "decision_id",
    "conflicts": "decision_id",
    "tasks": None,
    "task_owners": "task_id",
    "recommendations": None,
    "attendance": "meeting_id",
    "ballots": "decision_id",
}
# Table -> the tables whose rows are shown in its history, too.
CHILDREN: dict[str, tuple[str, ...]] = {
    "decisions": ("votes", "conflicts", "ballots"),
    "tasks": ("task_owners",),
}

_COMMON = {"deleted_at": "gelöscht am"}

LABELS: dict[str, dict[str, str]] = {
    "decisions": {
        "body_id": "Gremium", "year": "Jahr", "seq": "laufende Nummer", "number": "Nummer",
        "decided_on": "Datum", "title": "Titel", "wording": "Wortlaut", "meeting_id": "Sitzung",
        "agenda_item_id": "TOP", "written_procedure": "Umlaufverfahren", "rule": "Regel",
        "procedure": "Verfahren", "outcome": "Ergebnis", "result_text": "Ergebnistext",
        "voting_method": "Abstimmungsart", "chair_vote": "Stimme des Vorsitzes",
        "deadline": "Frist",
    },
    "ballots": {"decision_id": "Beschluss", "membership_id": "Mitglied", "choice": "Stimme",
                "answered_on": "beantwortet am"},
    "votes": {"decision_id": "Beschluss", "side_id": "Seite", "yes": "Ja", "no": "Nein",
              "abstain": "Enthaltung"},
    "conflicts": {"decision_id": "Beschluss", "membership_id": "Mitglied"},
    "tasks": {
        "body_id": "Gremium", "title": "Titel", "description": "Beschreibung",
        "origin_meeting_id": "aus Sitzung", "origin_agenda_item_id": "aus TOP",
        "origin_decision_id": "aus Beschluss", "origin_recommendation_id": "aus Empfehlung",
        "tandem": "Tandem", "due_date": "Fällig am", "state": "Status",
        "started_on": "Begonnen am", "done_on": "Erledigt am",
        "report_meeting_id": "Wiedervorlage", "milestone_id": "Meilenstein",
    },
    "task_owners": {"task_id": "Aufgabe", "person_id": "Person",
                    "organization_id": "Organisation", "side_id": "Seite"},
    "recommendations": {
        "advisory_body_id": "Von", "addressed_body_id": "An", "year": "Jahr",
        "seq": "laufende Nummer", "number": "Nummer", "title": "Titel", "text": "Wortlaut",
        "adopted_on": "Beschlossen am", "advisory_meeting_id": "Sitzung des Beirats",
        "state": "Status", "response_text": "Antwort",
        "response_decision_id": "Beschluss zur Antwort", "response_due": "Antwort fällig",
        "responded_on": "Beantwortet am",
    },
    "attendance": {
        "meeting_id": "Sitzung", "membership_id": "Mitglied", "status": "Status",
        "deputy_person_id": "Vertreten durch", "guest_name": "Gast",
        "guest_organization": "Organisation", "arrives_at_item_id": "ab TOP",
        "leaves_at_item_id": "bis vor TOP", "note": "Bemerkung",
        "handover_at_item_id": "Wechsel ab TOP",
    },
}

CODED: dict[tuple[str, str], type[Labeled]] = {
    ("decisions", "rule"): DecisionRule,
    ("decisions", "procedure"): Procedure,
    ("decisions", "outcome"): Outcome,
    ("tasks", "state"): TaskState,
    ("recommendations", "state"): RecommendationState,
    ("attendance", "status"): AttendanceStatus,
    ("decisions", "voting_method"): VotingMethod,
    ("decisions", "chair_vote"): Choice,
    ("ballots", "choice"): Choice,
}
BOOLEANS = frozenset({"written_procedure", "tandem"})
DATES = frozenset({"decided_on", "due_date", "started_on", "done_on", "adopted_on",
                   "response_due", "responded_on", "deadline", "answered_on"})
# Shown when a record is created: what says what it is (not its numbering or its parent).
HIDDEN_ON_INSERT = frozenset({"body_id", "year", "seq", "decision_id", "task_id",
                              "meeting_id", "deleted_at"})

# Who does what to which record, by table: the record in the accusative.
_NOUNS = {
    "decisions": "den Beschluss",
    "votes": "die Abstimmung",
    "conflicts": "die Befangenheit von",
    "tasks": "die Aufgabe",
    "task_owners": "die Zuständigkeit von",
    "recommendations": "die Empfehlung",
    "attendance": "die Anwesenheit von",
    "ballots": "die Stimme von",
}

TEXT_LIMIT = 60


@dataclass(frozen=True)
class HistoryEntry:
    """One change of one record, as the ``history`` table holds it."""

    id: int
    table_name: str
    record_id: str
    changed_at: datetime  # aware, UTC
    changed_by: str
    action: HistoryAction
    changes: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)
    parent_id: str | None = None

    @property
    def restored(self) -> bool:
        """A deleted record brought back (by undo)."""
        gone = self.changes.get("deleted_at")
        return self.action is HistoryAction.UPDATE and gone is not None and gone[1] is None


def parse_stamp(text: str) -> datetime:
    """A stamp of the file (ISO-8601, UTC) as an aware datetime."""
    stamp = datetime.fromisoformat(text)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def column_label(table: str, column: str) -> str:
    return LABELS.get(table, {}).get(column) or _COMMON.get(column) or column


def value_text(table: str, column: str, value: Any,
               names: Mapping[str, str] | None = None) -> str:
    """A stored value as people read it."""
    if value is None or value == "":
        return "–"
    coded = CODED.get((table, column))
    if coded is not None:
        try:
            return coded.parse(str(value)).label
        except ValueError:
            return str(value)
    if column in BOOLEANS:
        return "ja" if value else "nein"
    if column in DATES:
        try:
            return german_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if column == "deleted_at":
        try:
            return when_text(parse_stamp(str(value)))
        except ValueError:
            return str(value)
    if column.endswith("_id"):
        return (names or {}).get(str(value), "(unbekannt)")
    if isinstance(value, str):
        text = re.sub(r"\s+", " ", value).strip()
        if len(text) > TEXT_LIMIT:
            text = text[:TEXT_LIMIT - 1].rstrip() + "…"
        return f"„{text}“"
    return str(value)


def when_text(stamp: datetime, tz: tzinfo | None = None) -> str:
    """"12.11.2026 14:03" in local time (or ``tz``)."""
    local = stamp.astimezone(tz)
    return f"{german_date(local.date())} {local:%H:%M}"


def change_texts(entry: HistoryEntry, names: Mapping[str, str] | None = None) -> list[str]:
    """"Status: offen → erledigt" per changed column; for a new record its values."""
    table = entry.table_name
    texts = []
    for column, (old, new) in entry.changes.items():
        if entry.action is HistoryAction.INSERT:
            if column in HIDDEN_ON_INSERT or new is None or new == "" or (
                    column in BOOLEANS and not new):
                continue
            texts.append(f"{column_label(table, column)}: {value_text(table, column, new, names)}")
        elif entry.action is HistoryAction.UPDATE and column != "deleted_at":
            texts.append(f"{column_label(table, column)}: "
                         f"{value_text(table, column, old, names)} → "
                         f"{value_text(table, column, new, names)}")
    return texts


def noun(table: str, subject: str = "") -> str:
    """The record in the accusative: "die Abstimmung Verwaltung", "den Beschluss SG-2026/007"."""
    base = _NOUNS.get(table, say("domain.history", "den Eintrag"))
    if not subject:
        return base.removesuffix(" von")
    return f"{base} {subject}"


def describe(entry: HistoryEntry, names: Mapping[str, str] | None = None, subject: str = "",
             tz: tzinfo | None = None) -> str:
    """The change in one German sentence.

    ``subject`` names the record (a vote's side, a member, a decision's number);
    the record itself goes unnamed when its own fields changed, as the history is
    shown per record: "Nadine Schulz änderte am 12.11.2026 14:03 Status: offen → erledigt".
    """
    who = entry.changed_by or "Unbekannt"
    when = f"am {when_text(entry.changed_at, tz)}"
    record = noun(entry.table_name, subject)
    details = "; ".join(change_texts(entry, names))
    if entry.action is HistoryAction.INSERT:
        return say("domain.history", "{who} legte {when} {record} an").format(
                   who=who, when=when, record=record) + (f": {details}" if details else "")
    if entry.action is HistoryAction.DELETE:
        return say("domain.history", "{who} löschte {when} {record}").format(
                   who=who, when=when, record=record)
    if entry.restored:
        return say("domain.history", "{who} stellte {when} {record} wieder her").format(
                   who=who, when=when, record=record) + (f": {details}" if details else "")
    if PARENTS.get(entry.table_name) is None:  # the record the history is shown for
        return say("domain.history", "{who} änderte {when} {details}").format(
                   who=who, when=when, details=details)
    return say("domain.history", "{who} änderte {when} {record}: {details}").format(
               who=who, when=when, record=record, details=details)
