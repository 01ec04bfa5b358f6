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
from .words import QT_TRANSLATE_NOOP, say


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

# Column labels, translated where shown (column_label).
_COMMON = {"deleted_at": QT_TRANSLATE_NOOP("domain.history", "gelöscht am")}

LABELS: dict[str, dict[str, str]] = {
    "decisions": {
        "body_id": QT_TRANSLATE_NOOP("domain.history", "Gremium"),
        "year": QT_TRANSLATE_NOOP("domain.history", "Jahr"),
        "seq": QT_TRANSLATE_NOOP("domain.history", "laufende Nummer"),
        "number": QT_TRANSLATE_NOOP("domain.history", "Nummer"),
        "decided_on": QT_TRANSLATE_NOOP("domain.history", "Datum"),
        "title": QT_TRANSLATE_NOOP("domain.history", "Titel"),
        "wording": QT_TRANSLATE_NOOP("domain.history", "Wortlaut"),
        "meeting_id": QT_TRANSLATE_NOOP("domain.history", "Sitzung"),
        "agenda_item_id": QT_TRANSLATE_NOOP("domain.history", "TOP"),
        "written_procedure": QT_TRANSLATE_NOOP("domain.history", "Umlaufverfahren"),
        "rule": QT_TRANSLATE_NOOP("domain.history", "Regel"),
        "procedure": QT_TRANSLATE_NOOP("domain.history", "Verfahren"),
        "outcome": QT_TRANSLATE_NOOP("domain.history", "Ergebnis"),
        "result_text": QT_TRANSLATE_NOOP("domain.history", "Ergebnistext"),
        "voting_method": QT_TRANSLATE_NOOP("domain.history", "Abstimmungsart"),
        "chair_vote": QT_TRANSLATE_NOOP("domain.history", "Stimme des Vorsitzes"),
        "deadline": QT_TRANSLATE_NOOP("domain.history", "Frist"),
    },
    "ballots": {
        "decision_id": QT_TRANSLATE_NOOP("domain.history", "Beschluss"),
        "membership_id": QT_TRANSLATE_NOOP("domain.history", "Mitglied"),
        "choice": QT_TRANSLATE_NOOP("domain.history", "Stimme"),
        "answered_on": QT_TRANSLATE_NOOP("domain.history", "beantwortet am"),
    },
    "votes": {
        "decision_id": QT_TRANSLATE_NOOP("domain.history", "Beschluss"),
        "side_id": QT_TRANSLATE_NOOP("domain.history", "Seite"),
        "yes": QT_TRANSLATE_NOOP("domain.history", "Ja"),
        "no": QT_TRANSLATE_NOOP("domain.history", "Nein"),
        "abstain": QT_TRANSLATE_NOOP("domain.history", "Enthaltung"),
    },
    "conflicts": {
        "decision_id": QT_TRANSLATE_NOOP("domain.history", "Beschluss"),
        "membership_id": QT_TRANSLATE_NOOP("domain.history", "Mitglied"),
    },
    "tasks": {
        "body_id": QT_TRANSLATE_NOOP("domain.history", "Gremium"),
        "title": QT_TRANSLATE_NOOP("domain.history", "Titel"),
        "description": QT_TRANSLATE_NOOP("domain.history", "Beschreibung"),
        "origin_meeting_id": QT_TRANSLATE_NOOP("domain.history", "aus Sitzung"),
        "origin_agenda_item_id": QT_TRANSLATE_NOOP("domain.history", "aus TOP"),
        "origin_decision_id": QT_TRANSLATE_NOOP("domain.history", "aus Beschluss"),
        "origin_recommendation_id": QT_TRANSLATE_NOOP("domain.history", "aus Empfehlung"),
        "tandem": QT_TRANSLATE_NOOP("domain.history", "Tandem"),
        "due_date": QT_TRANSLATE_NOOP("domain.history", "Fällig am"),
        "state": QT_TRANSLATE_NOOP("domain.history", "Status"),
        "started_on": QT_TRANSLATE_NOOP("domain.history", "Begonnen am"),
        "done_on": QT_TRANSLATE_NOOP("domain.history", "Erledigt am"),
        "report_meeting_id": QT_TRANSLATE_NOOP("domain.history", "Wiedervorlage"),
        "milestone_id": QT_TRANSLATE_NOOP("domain.history", "Meilenstein"),
    },
    "task_owners": {
        "task_id": QT_TRANSLATE_NOOP("domain.history", "Aufgabe"),
        "person_id": QT_TRANSLATE_NOOP("domain.history", "Person"),
        "organization_id": QT_TRANSLATE_NOOP("domain.history", "Organisation"),
        "side_id": QT_TRANSLATE_NOOP("domain.history", "Seite"),
    },
    "recommendations": {
        "advisory_body_id": QT_TRANSLATE_NOOP("domain.history", "Von"),
        "addressed_body_id": QT_TRANSLATE_NOOP("domain.history", "An"),
        "year": QT_TRANSLATE_NOOP("domain.history", "Jahr"),
        "seq": QT_TRANSLATE_NOOP("domain.history", "laufende Nummer"),
        "number": QT_TRANSLATE_NOOP("domain.history", "Nummer"),
        "title": QT_TRANSLATE_NOOP("domain.history", "Titel"),
        "text": QT_TRANSLATE_NOOP("domain.history", "Wortlaut"),
        "adopted_on": QT_TRANSLATE_NOOP("domain.history", "Beschlossen am"),
        "advisory_meeting_id": QT_TRANSLATE_NOOP("domain.history", "Sitzung des Beirats"),
        "state": QT_TRANSLATE_NOOP("domain.history", "Status"),
        "response_text": QT_TRANSLATE_NOOP("domain.history", "Antwort"),
        "response_decision_id": QT_TRANSLATE_NOOP("domain.history", "Beschluss zur Antwort"),
        "response_due": QT_TRANSLATE_NOOP("domain.history", "Antwort fällig"),
        "responded_on": QT_TRANSLATE_NOOP("domain.history", "Beantwortet am"),
    },
    "attendance": {
        "meeting_id": QT_TRANSLATE_NOOP("domain.history", "Sitzung"),
        "membership_id": QT_TRANSLATE_NOOP("domain.history", "Mitglied"),
        "status": QT_TRANSLATE_NOOP("domain.history", "Status"),
        "deputy_person_id": QT_TRANSLATE_NOOP("domain.history", "Vertreten durch"),
        "guest_name": QT_TRANSLATE_NOOP("domain.history", "Gast"),
        "guest_organization": QT_TRANSLATE_NOOP("domain.history", "Organisation"),
        "arrives_at_item_id": QT_TRANSLATE_NOOP("domain.history", "ab TOP"),
        "leaves_at_item_id": QT_TRANSLATE_NOOP("domain.history", "bis vor TOP"),
        "note": QT_TRANSLATE_NOOP("domain.history", "Bemerkung"),
        "handover_at_item_id": QT_TRANSLATE_NOOP("domain.history", "Wechsel ab TOP"),
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

# Who does what to which record, by table: the record in the accusative, alone and
# with what names it ({subject}).
_NOUNS = {
    "decisions": (QT_TRANSLATE_NOOP("domain.history", "den Beschluss"),
        QT_TRANSLATE_NOOP("domain.history", "den Beschluss {subject}")),
    "votes": (QT_TRANSLATE_NOOP("domain.history", "die Abstimmung"),
        QT_TRANSLATE_NOOP("domain.history", "die Abstimmung {subject}")),
    "conflicts": (QT_TRANSLATE_NOOP("domain.history", "die Befangenheit"),
        QT_TRANSLATE_NOOP("domain.history", "die Befangenheit von {subject}")),
    "tasks": (QT_TRANSLATE_NOOP("domain.history", "die Aufgabe"),
        QT_TRANSLATE_NOOP("domain.history", "die Aufgabe {subject}")),
    "task_owners": (QT_TRANSLATE_NOOP("domain.history", "die Zuständigkeit"),
        QT_TRANSLATE_NOOP("domain.history", "die Zuständigkeit von {subject}")),
    "recommendations": (QT_TRANSLATE_NOOP("domain.history", "die Empfehlung"),
        QT_TRANSLATE_NOOP("domain.history", "die Empfehlung {subject}")),
    "attendance": (QT_TRANSLATE_NOOP("domain.history", "die Anwesenheit"),
        QT_TRANSLATE_NOOP("domain.history", "die Anwesenheit von {subject}")),
    "ballots": (QT_TRANSLATE_NOOP("domain.history", "die Stimme"),
        QT_TRANSLATE_NOOP("domain.history", "die Stimme von {subject}")),
}

_ENTRY = (QT_TRANSLATE_NOOP("domain.history", "den Eintrag"),
          QT_TRANSLATE_NOOP("domain.history", "den Eintrag {subject}"))

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
    label = LABELS.get(table, {}).get(column) or _COMMON.get(column)
    return say("domain.history", label) if label else column


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
        return say("domain.history", "ja") if value else say("domain.history", "nein")
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
        return (names or {}).get(str(value), say("domain.history", "(unbekannt)"))
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
            texts.append(say("domain.history", "{label}: {value}").format(
                label=column_label(table, column), value=value_text(table, column, new, names)))
        elif entry.action is HistoryAction.UPDATE and column != "deleted_at":
            texts.append(say("domain.history", "{label}: {old} → {new}").format(
                label=column_label(table, column), old=value_text(table, column, old, names),
                new=value_text(table, column, new, names)))
    return texts


def noun(table: str, subject: str = "") -> str:
    """The record in the accusative: "die Abstimmung Verwaltung", "den Beschluss SG-2026/007"."""
    alone, named = _NOUNS.get(table, _ENTRY)
    if not subject:
        return say("domain.history", alone)
    return say("domain.history", named).format(subject=subject)


def describe(entry: HistoryEntry, names: Mapping[str, str] | None = None, subject: str = "",
             tz: tzinfo | None = None) -> str:
    """The change in one sentence.

    ``subject`` names the record (a vote's side, a member, a decision's number);
    the record itself goes unnamed when its own fields changed, as the history is
    shown per record: "Nadine Schulz änderte am 12.11.2026 14:03 Status: offen → erledigt".
    """
    values = {"who": entry.changed_by or say("domain.history", "Unbekannt"),
              "when": when_text(entry.changed_at, tz),
              "record": noun(entry.table_name, subject),
              "details": "; ".join(change_texts(entry, names))}
    if entry.action is HistoryAction.INSERT and values["details"]:
        template = say("domain.history", "{who} legte am {when} {record} an: {details}")
    elif entry.action is HistoryAction.INSERT:
        template = say("domain.history", "{who} legte am {when} {record} an")
    elif entry.action is HistoryAction.DELETE:
        template = say("domain.history", "{who} löschte am {when} {record}")
    elif entry.restored and values["details"]:
        template = say("domain.history", "{who} stellte am {when} {record} wieder her: {details}")
    elif entry.restored:
        template = say("domain.history", "{who} stellte am {when} {record} wieder her")
    elif PARENTS.get(entry.table_name) is None:  # the record the history is shown for
        template = say("domain.history", "{who} änderte am {when} {details}")
    else:
        template = say("domain.history", "{who} änderte am {when} {record}: {details}")
    return template.format(**values)
