"""History entries in words for people: German labels of columns and coded values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from sro_desktop.domain.history import HistoryAction, HistoryEntry, describe, value_text

A = HistoryAction
AT = datetime(2026, 11, 12, 13, 3, tzinfo=UTC)
BERLIN = timezone(timedelta(hours=1))  # 12 November: CET
NAMES = {"side-v": "Verwaltung", "p1": "Anke Becker", "m3": "3. Sitzung am 01.12.2026"}


def entry(table: str, action: HistoryAction, changes: dict, parent: str | None = None,
          who: str = "Nadine Schulz") -> HistoryEntry:
    return HistoryEntry(1, table, "r1", AT, who, action, changes, parent)


@pytest.mark.parametrize(("e", "subject", "text"), [
    (entry("tasks", A.UPDATE, {"state": ("open", "done"), "done_on": (None, "2026-11-12")}), "",
     "Nadine Schulz änderte am 12.11.2026 14:03 Status: offen → erledigt; "
     "Erledigt am: – → 12.11.2026"),
    (entry("tasks", A.UPDATE, {"report_meeting_id": (None, "m3")}), "",
     "Nadine Schulz änderte am 12.11.2026 14:03 Wiedervorlage: – → 3. Sitzung am 01.12.2026"),
    (entry("tasks", A.UPDATE, {"tandem": (0, 1)}), "",
     "Nadine Schulz änderte am 12.11.2026 14:03 Tandem: nein → ja"),
    (entry("decisions", A.UPDATE, {"outcome": ("adopted", "rejected"),
                                   "rule": ("simple", "double")}), "SG-2026/007",
     "Nadine Schulz änderte am 12.11.2026 14:03 Ergebnis: angenommen → abgelehnt; "
     "Regel: einfache Mehrheit → doppelte Mehrheit"),
    (entry("decisions", A.INSERT, {"number": (None, "SG-2026/007"), "title": (None, "Budget"),
                                   "year": (None, 2026), "body_id": (None, "sg")}),
     "SG-2026/007",
     "Nadine Schulz legte am 12.11.2026 14:03 den Beschluss SG-2026/007 an: "
     "Nummer: „SG-2026/007“; Titel: „Budget“"),
    (entry("votes", A.UPDATE, {"yes": (6, 5), "no": (0, 1)}, parent="d1"), "Verwaltung",
     "Nadine Schulz änderte am 12.11.2026 14:03 die Abstimmung Verwaltung: Ja: 6 → 5; "
     "Nein: 0 → 1"),
    (entry("votes", A.INSERT, {"decision_id": (None, "d1"), "side_id": (None, "side-v"),
                               "yes": (None, 6), "no": (None, 0), "abstain": (None, 0)},
           parent="d1"), "Verwaltung",
     "Nadine Schulz legte am 12.11.2026 14:03 die Abstimmung Verwaltung an: "
     "Seite: Verwaltung; Ja: 6; Nein: 0; Enthaltung: 0"),
    (entry("conflicts", A.DELETE, {"deleted_at": (None, "2026-11-12T13:03:00+00:00")},
           parent="d1"), "Anke Becker",
     "Nadine Schulz löschte am 12.11.2026 14:03 die Befangenheit von Anke Becker"),
    (entry("attendance", A.UPDATE, {"status": ("present", "excused")}, parent="m1"),
     "Anke Becker",
     "Nadine Schulz änderte am 12.11.2026 14:03 die Anwesenheit von Anke Becker: "
     "Status: anwesend → entschuldigt"),
    (entry("recommendations", A.UPDATE, {"state": ("on_agenda", "partly_adopted")}), "",
     "Nadine Schulz änderte am 12.11.2026 14:03 Status: auf Tagesordnung → "
     "teilweise angenommen"),
    (entry("tasks", A.UPDATE, {"deleted_at": ("2026-11-12T12:00:00+00:00", None)}), "",
     "Nadine Schulz stellte am 12.11.2026 14:03 die Aufgabe wieder her"),
    (entry("task_owners", A.INSERT, {"person_id": (None, "p1")}, parent="t1"), "Anke Becker",
     "Nadine Schulz legte am 12.11.2026 14:03 die Zuständigkeit von Anke Becker an: "
     "Person: Anke Becker"),
    (entry("tasks", A.UPDATE, {"title": ("Alt", "Neu")}, who=""), "",
     "Unbekannt änderte am 12.11.2026 14:03 Titel: „Alt“ → „Neu“"),
], ids=["task state", "reference", "boolean", "coded decision", "new decision", "vote",
        "new vote", "conflict removed", "attendance", "recommendation", "restored",
        "owner", "nobody"])
def test_describe(e, subject, text):
    assert describe(e, NAMES, subject, tz=BERLIN) == text


def test_long_and_multiline_text_is_shortened():
    text = value_text("decisions", "wording", "Zeile eins\n\nZeile zwei " + "x" * 100)
    assert text.startswith("„Zeile eins Zeile zwei ")
    assert text.endswith("…“")
    assert len(text) <= 62


def test_unknown_codes_and_ids_do_not_fail():
    assert value_text("tasks", "state", "someday") == "someday"
    assert value_text("tasks", "milestone_id", "gone", {}) == "(unbekannt)"
    assert value_text("tasks", "due_date", "not a date") == "not a date"
