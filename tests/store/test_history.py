"""The history (Verlauf): edits through the repositories leave entries with who, when
and what; tombstones are deletions; undo adds the reversal; descriptions in German."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from sro_desktop.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    MeetingState,
    RecommendationState,
    TaskState,
)
from sro_desktop.domain.history import HistoryAction
from sro_desktop.domain.model import SideVote, TaskOwner
from sro_desktop.store.check import check
from sro_desktop.store.schema import USER_TABLES
from sro_desktop.store.undo import UndoLog

A = HistoryAction
S = MeetingState


@pytest.fixture
def held(steering):
    """A held meeting with a decision item, everybody present."""
    meeting, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion festlegen")
    steering.attend_all(meeting.id)
    steering.walk(meeting.id, S.INVITED, S.HELD)
    return meeting, item


def actions(entries) -> list[tuple[str, str]]:
    return [(e.table_name, e.action.value) for e in entries]


def test_a_task_edit_records_who_when_and_what(steering):
    store = steering.store
    owner = TaskOwner(person_id=steering.person[steering.admin[0].id].id)
    task = store.tasks.add(steering.body.id, "Fachkonzept entwerfen", owners=[owner],
                           due_date=date(2026, 5, 1))
    store.user = "Nadine Schulz"
    before = datetime.now(UTC).replace(microsecond=0)  # the file keeps milliseconds
    store.tasks.set_state(task.id, TaskState.DONE, today=date(2026, 4, 30))
    after = datetime.now(UTC)

    entries = store.history.for_record("tasks", task.id)
    assert actions(entries) == [("tasks", "insert"), ("task_owners", "insert"),
                                ("tasks", "update")]
    created, owned, done = entries
    assert created.changed_by == "Testschreiberin"  # SRO_USER of the tests
    assert created.changes["title"] == (None, "Fachkonzept entwerfen")
    assert created.changes["due_date"] == (None, "2026-05-01")
    assert "updated_at" not in created.changes
    assert owned.parent_id == task.id
    assert done.changed_by == "Nadine Schulz"
    assert before <= done.changed_at <= after
    assert dict(done.changes) == {"state": ("open", "done"), "done_on": (None, "2026-04-30")}
    text = store.history.describe([done])[0]
    assert text.startswith("Nadine Schulz änderte am ")
    assert text.endswith("Status: offen → erledigt; Erledigt am: – → 30.04.2026")


def test_nothing_changed_means_no_entry(steering):
    store = steering.store
    task = store.tasks.add(steering.body.id, "Konzept")
    store.tasks.update(task.id, title="Konzept")  # only the stamps change
    assert actions(store.history.for_record("tasks", task.id)) == [("tasks", "insert")]


def test_votes_and_conflicts_show_under_their_decision(steering, held):
    store = steering.store
    _, item = held
    v, t = steering.sides["V"].id, steering.sides["T"].id
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    store.decisions.record_votes(decision.id, [SideVote(v, yes=6), SideVote(t, yes=6)])
    store.decisions.record_votes(decision.id, [SideVote(v, yes=2, no=4), SideVote(t, no=5)],
                                 conflicted=[steering.providers[0].id])
    store.decisions.record_votes(decision.id, [SideVote(v, yes=2, no=4), SideVote(t, no=5)],
                                 conflicted=[])

    entries = store.history.for_record("decisions", decision.id)
    assert actions(entries) == [
        ("decisions", "insert"),
        ("votes", "insert"), ("votes", "insert"), ("decisions", "update"),  # first vote
        ("votes", "update"), ("votes", "update"), ("conflicts", "insert"),  # re-vote
        ("decisions", "update"),
        ("conflicts", "delete"),  # the conflict withdrawn; the votes stayed as they were
    ]
    texts = store.history.describe(entries)
    assert "den Beschluss SG-2026/001 an: Nummer: „SG-2026/001“; Datum: 10.03.2026; " \
        "Titel: „Modellregion“; TOP: TOP 1 Modellregion festlegen; " \
        "Regel: einfache Mehrheit; Verfahren: Abstimmung" in texts[0]
    assert texts[1].endswith("die Abstimmung Verwaltung an: Seite: Verwaltung; Ja: 6; "
                             "Nein: 0; Enthaltung: 0")
    assert texts[4].endswith("die Abstimmung Verwaltung: Ja: 6 → 2; Nein: 0 → 4")
    assert texts[5].endswith("die Abstimmung Freie Träger: Ja: 6 → 0; Nein: 0 → 5")
    assert texts[6].endswith("die Befangenheit von Kerstin Fischer an: "
                             "Mitglied: Kerstin Fischer")
    assert "Ergebnis: angenommen → abgelehnt" in texts[7]
    assert texts[8].endswith("löschte am " + texts[8].split(" am ")[1].split(" die ")[0]
                             + " die Befangenheit von Kerstin Fischer")
    # a vote's own history is there too
    vote_id = store.db.execute("SELECT id FROM votes WHERE side_id = ?", [t]).fetchone()[0]
    assert actions(store.history.for_record("votes", vote_id)) == [
        ("votes", "insert"), ("votes", "update")]


def test_a_tombstone_is_a_deletion(steering):
    store = steering.store
    owner = TaskOwner(organization_id=steering.city.id)
    task = store.tasks.add(steering.body.id, "Bericht", owners=[owner])
    store.tasks.delete(task.id)
    entries = store.history.for_record("tasks", task.id)
    assert actions(entries) == [("tasks", "insert"), ("task_owners", "insert"),
                                ("task_owners", "delete"), ("tasks", "delete")]
    assert set(entries[-1].changes) == {"deleted_at"}
    texts = store.history.describe(entries)
    assert " löschte am " in texts[-1]
    assert texts[-1].endswith("die Aufgabe")
    assert texts[2].endswith("die Zuständigkeit von Jugendamt Rostock")


def test_recommendations_and_attendance(steering, held):
    store = steering.store
    meeting, _ = held
    board = store.bodies.add("Planungsgruppe", "PG1", BodyKind.ADVISORY,
                             advises_body_id=steering.body.id)
    rec = store.recommendations.add(board.id, steering.body.id, "Fortbildung",
                                    date(2026, 2, 1))
    store.recommendations.answer(rec.id, RecommendationState.PARTLY_ADOPTED, "Teilweise.",
                                 responded_on=date(2026, 3, 10))
    (created, answered) = store.history.for_record("recommendations", rec.id)
    assert answered.changes["state"] == ("received", "partly_adopted")
    assert "Status: eingegangen → teilweise angenommen" in store.history.describe(
        [answered])[0]

    member = steering.admin[2]
    row = next(a for a in store.attendance.list(meeting.id) if a.membership_id == member.id)
    store.attendance.set(meeting.id, member.id, AttendanceStatus.EXCUSED)
    entries = store.history.for_record("attendance", row.id)
    assert actions(entries) == [("attendance", "insert"), ("attendance", "update")]
    assert entries[0].parent_id == meeting.id
    assert store.history.describe(entries)[1].endswith(
        "die Anwesenheit von Petra Hoffmann: Status: anwesend → entschuldigt")


def test_undo_and_redo_show_up_as_changes_by_who_undid(steering):
    store = steering.store
    task = store.tasks.add(steering.body.id, "Konzept")  # by Testschreiberin
    store.user = "Nadine Schulz"
    log = UndoLog(store.db, store.user)
    mark = log.mark()
    with store.edit():
        store.tasks.set_state(task.id, TaskState.IN_PROGRESS, today=date(2026, 4, 1))
    step = log.since(mark)
    assert step is not None
    redo = log.apply(step)  # undo
    assert store.tasks.get(task.id).state is TaskState.OPEN
    # the row is as it was (its stamps too); the history tells who undid it
    assert store.db.execute("SELECT updated_by FROM tasks WHERE id = ?",
                            [task.id]).fetchone() == ("Testschreiberin",)
    log.apply(redo)
    entries = store.history.for_record("tasks", task.id)
    assert actions(entries) == [("tasks", "insert"), ("tasks", "update"), ("tasks", "update"),
                                ("tasks", "update")]
    _, edit, undo, again = entries
    assert undo.changes["state"] == ("in_progress", "open")
    assert undo.changed_by == "Nadine Schulz"
    assert again.changes["state"] == ("open", "in_progress")
    assert [e.changed_by for e in entries[1:]] == ["Nadine Schulz"] * 3


def test_undo_of_a_new_record_is_a_deletion_and_still_described(steering):
    store = steering.store
    log = UndoLog(store.db, store.user)
    mark = log.mark()
    with store.edit():
        task = store.tasks.add(steering.body.id, "Versehentlich", owners=[
            TaskOwner(organization_id=steering.city.id)])
    log.apply(log.since(mark))
    entries = store.history.for_record("tasks", task.id)
    assert actions(entries) == [("tasks", "insert"), ("task_owners", "insert"),
                                ("task_owners", "delete"), ("tasks", "delete")]
    texts = store.history.describe(entries)
    assert texts[2].endswith("löschte am " + texts[2].split(" am ")[1].split(" die ")[0]
                             + " die Zuständigkeit von Jugendamt Rostock")


def test_another_program_writing_the_file_is_recorded_too(steering, held):
    store = steering.store
    meeting, _ = held
    member = steering.admin[0]
    row = next(a for a in store.attendance.list(meeting.id) if a.membership_id == member.id)
    other = sqlite3.connect(store.path)
    other.execute("UPDATE attendance SET status = 'absent', updated_by = 'sqlite3-Nutzer' "
                  "WHERE id = ?", [row.id])
    other.commit()
    other.close()
    last = store.history.for_record("attendance", row.id)[-1]
    assert (last.changed_by, dict(last.changes)) == ("sqlite3-Nutzer",
                                                      {"status": ("present", "absent")})


def test_history_is_derived_and_checked(steering):
    store = steering.store
    assert "history" not in USER_TABLES
    assert check(store) == []
    store.db.execute("DROP TRIGGER tasks_history_update")
    assert check(store) == ["Verlauf wird nicht aufgezeichnet, Trigger fehlen: "
                            "tasks_history_update"]


def test_only_the_recorded_tables_have_a_history(steering):
    with pytest.raises(ValueError, match="kein Verlauf"):
        steering.store.history.for_record("people", "x")


def test_agenda_items_are_not_recorded(steering):
    """The agenda is locked with the minutes and covered by the checksum instead."""
    store = steering.store
    meeting, (item,) = steering.meeting(date(2026, 3, 10), ("Begrüßung", AgendaKind.INFORMATION))
    store.agenda.update(item.id, notes="Notiz")
    assert store.db.execute("SELECT count(*) FROM history WHERE record_id = ?",
                            [item.id]).fetchone() == (0,)
