"""Undo and redo through the UndoLog (TEMP triggers writing the reversing SQL).

Every test compares complete snapshots of the user tables (tombstones and
rowids included) and of the search index: undo must give back exactly the
rows before the edit, redo exactly the rows after it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date

import pytest

from sro_desktop.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    MajorityBase,
    MeetingState,
    TaskState,
)
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import SideVote, TaskOwner
from sro_desktop.store import NotFound
from sro_desktop.store.schema import LOCK_MARK, USER_TABLES
from sro_desktop.store.undo import Step, UndoLog

S = MeetingState
P = AttendanceStatus


def snapshot(store) -> dict[str, list[tuple]]:
    """Every row of every user table, tombstones included, and the search index. Not a
    meeting's calendar revision: it only ever goes up, an undo is one more change
    (tests/documents/test_calendar_updates.py)."""
    rows = {t: [tuple(r) for r in store.db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid")]
            for t in USER_TABLES}
    cursor = store.db.execute("SELECT rowid, * FROM meetings ORDER BY rowid")
    names = [d[0] for d in cursor.description]
    rows["meetings"] = [tuple(v for k, v in zip(names, r, strict=True)
                              if k != "calendar_sequence") for r in cursor]
    rows["search_index"] = [tuple(r) for r in store.db.execute(
        "SELECT rowid, kind, record_id, title, body FROM search_index ORDER BY rowid")]
    return rows


def log_size(store) -> int:
    return store.db.execute("SELECT count(*) FROM temp.undo_log").fetchone()[0]


@pytest.fixture
def scene(steering):
    """A meeting with four items, everybody present, one decision; a second meeting;
    the undo log installed after all of it (as when the file is opened)."""
    store = steering.store
    meeting, items = steering.meeting(
        date(2026, 3, 10), ("Begrüßung", AgendaKind.INFORMATION), "Modellregion festlegen",
        "Fortbildung", ("Verschiedenes", AgendaKind.INFORMATION))
    steering.attend_all(meeting.id)
    steering.walk(meeting.id, S.INVITED, S.HELD)
    decision = store.decisions.add("Modellregion Lütten Klein", agenda_item_id=items[1].id)
    store.decisions.record_votes(decision.id, [SideVote(steering.sides["V"].id, yes=6),
                                               SideVote(steering.sides["T"].id, yes=6)])
    later, _ = steering.meeting(date(2026, 4, 14), "Genehmigung des Protokolls")
    task = store.tasks.add(steering.body.id, "Fachkonzept entwerfen",
                           owners=[TaskOwner(person_id=steering.person[steering.admin[0].id].id)],
                           due_date=date(2026, 5, 1))
    log = UndoLog(store.db)
    return {"steering": steering, "store": store, "log": log, "meeting": meeting,
            "items": items, "decision": decision, "later": later, "task": task}


def edit(scene, action: Callable[[], object]) -> tuple[Step, dict, dict]:
    """Run one edit as the program does (one store.edit); its step, rows before and after."""
    store, log = scene["store"], scene["log"]
    before = snapshot(store)
    mark = log.mark()
    with store.edit():
        action()
    after = snapshot(store)
    step = log.since(mark)
    assert step is not None
    assert after != before
    return step, before, after


# the edits, each on the scene ----------------------------------------------------------------


def add_item(sc):
    sc["store"].agenda.add(sc["meeting"].id, "Hospitation in Graz", AgendaKind.DISCUSSION,
                           duration_minutes=30, notes="Reise im Mai", position=2)


def move_item(sc):
    sc["store"].agenda.move(sc["items"][3].id, 1)


def update_item(sc):
    sc["store"].agenda.update(sc["items"][2].id, title="Gemeinsame Fortbildung",
                              notes="Termine im Herbst", deferred=True)


def delete_item(sc):
    steering = sc["steering"]
    items = sc["items"]
    sc["store"].attendance.set(sc["meeting"].id, steering.admin[2].id, P.PRESENT,
                               arrives_at_item_id=items[2].id, leaves_at_item_id=items[3].id)
    sc["store"].agenda.delete(items[2].id)


def record_votes(sc):
    steering = sc["steering"]
    sc["store"].decisions.record_votes(
        sc["decision"].id, [SideVote(steering.sides["V"].id, yes=4, no=2),
                            SideVote(steering.sides["T"].id, yes=2, no=3)],
        conflicted=[steering.providers[5].id])


def add_decision(sc):
    sc["store"].decisions.add("Fortbildungsreihe 2026", agenda_item_id=sc["items"][2].id,
                              wording="Die SG beschließt zwei Termine.")


def add_tandem_task(sc):
    steering = sc["steering"]
    sc["store"].tasks.add(
        steering.body.id, "Tandem Hospitation", tandem=True, due_date=date(2026, 6, 30),
        owners=[TaskOwner(person_id=steering.person[steering.admin[1].id].id),
                TaskOwner(person_id=steering.person[steering.providers[2].id].id),
                TaskOwner(organization_id=steering.university.id)])


def set_owners(sc):
    steering = sc["steering"]
    sc["store"].tasks.set_owners(sc["task"].id, [
        TaskOwner(person_id=steering.person[steering.admin[3].id].id),
        TaskOwner(organization_id=steering.provider_orgs[0].id)], tandem=True)


def task_state(sc):
    sc["store"].tasks.set_state(sc["task"].id, TaskState.DONE, today=date(2026, 4, 2))


def attendance_insert(sc):
    sc["store"].attendance.set(sc["later"].id, sc["steering"].providers[1].id, P.REPRESENTED)


def attendance_update(sc):
    steering = sc["steering"]
    sc["store"].attendance.set(sc["meeting"].id, steering.admin[1].id, P.PRESENT,
                               arrives_at_item_id=sc["items"][1].id, note="kam später")


def add_guest(sc):
    sc["store"].attendance.add_guest(sc["meeting"].id, "Dr. Gast", "Landesjugendamt")


def delete_meeting(sc):
    sc["steering"].attend_all(sc["later"].id)
    sc["store"].meetings.delete(sc["later"].id)


def add_standard(sc):
    sc["store"].agenda.add_standard(sc["later"].id)


def carry_over(sc):
    store = sc["store"]
    store.agenda.update(sc["items"][2].id, deferred=True)
    board = store.bodies.add("Planungsgruppe", "PG1", BodyKind.ADVISORY,
                             advises_body_id=sc["steering"].body.id)
    store.recommendations.add(board.id, sc["steering"].body.id, "Jugendforum",
                              date(2026, 2, 5))
    store.agenda.carry_over(sc["later"].id)


def move_meeting(sc):
    sc["store"].meetings.update(sc["meeting"].id, date=date(2026, 3, 12), place="Ortsamt Mitte")


def rename_body(sc):
    sc["store"].bodies.update(sc["steering"].body.id, name="Steuerungsrunde")


EDITS = [add_item, move_item, update_item, delete_item, record_votes, add_decision,
         add_tandem_task, set_owners, task_state, attendance_insert, attendance_update,
         add_guest, delete_meeting, add_standard, carry_over, move_meeting, rename_body]


@pytest.mark.parametrize("action", EDITS, ids=[f.__name__ for f in EDITS])
def test_undo_restores_exactly_and_redo_repeats_exactly(scene, action):
    log = scene["log"]
    step, before, after = edit(scene, lambda: action(scene))
    redo = log.apply(step)
    assert snapshot(scene["store"]) == before
    undo = log.apply(redo)
    assert snapshot(scene["store"]) == after
    # the log holds the step to undo again, and nothing else was left behind
    assert (undo.last - undo.first) == (step.last - step.first)
    assert log.since(undo.last) is None


def test_repeated_undo_and_redo(scene):
    store, log = scene["store"], scene["log"]
    step, before, after = edit(scene, lambda: record_votes(scene))
    size = log_size(store)
    for _ in range(5):
        redo = log.apply(step)
        assert snapshot(store) == before
        step = log.apply(redo)
        assert snapshot(store) == after
        assert log_size(store) == size  # the log does not grow


def test_several_steps_undone_in_order_and_redone(scene):
    """Like the undo stack: three edits, undone newest first, then redone oldest first."""
    store = scene["store"]
    log = scene["log"]
    states, steps = [snapshot(store)], []
    for action in (add_item, move_item, record_votes):
        step, _, after = edit(scene, lambda a=action: a(scene))
        steps.append(step)
        states.append(after)
    redos = []
    for n in (2, 1, 0):
        redos.append(log.apply(steps[n]))
        assert snapshot(store) == states[n]
    for n, redo in zip((0, 1, 2), reversed(redos), strict=True):
        log.apply(redo)
        assert snapshot(store) == states[n + 1]


def test_the_search_index_follows_undo_and_redo(scene):
    store, log = scene["store"], scene["log"]
    item = scene["items"][2]
    step, _, _ = edit(scene, lambda: store.agenda.update(item.id, title="Sozialraumteams"))
    assert {h.record_id for h in store.search("Sozialraumteams")} == {item.id}
    assert store.search("Fortbildung") == []
    redo = log.apply(step)
    assert store.search("Sozialraumteams") == []
    assert {h.record_id for h in store.search("Fortbildung")} == {item.id}
    log.apply(redo)
    assert {h.record_id for h in store.search("Sozialraumteams")} == {item.id}
    assert store.search("Fortbildung") == []

    step, _, _ = edit(scene, lambda: add_item(scene))
    assert len(store.search("Hospitation Graz")) == 1
    log.apply(step)
    assert store.search("Hospitation Graz") == []


def test_applying_a_preset_is_one_undo_step(scene):
    """Vorlage anwenden changes several rules of a body at once (its own edit, as the
    window calls it); one step takes all of them back, and brings them again."""
    store, log = scene["store"], scene["log"]
    body = scene["steering"].body
    before, mark = snapshot(store), log.mark()
    store.bodies.apply_preset(body.id, BodyKind.ADVISORY)
    changed = store.bodies.get(body.id)
    assert (changed.majority_base, changed.quorum_each_parity_side) == (
        MajorityBase.PRESENT, False)
    after = snapshot(store)
    step = log.since(mark)
    assert step is not None
    redo = log.apply(step)
    assert snapshot(store) == before
    log.apply(redo)
    assert snapshot(store) == after


def test_a_preset_the_sides_refuse_leaves_nothing(scene):
    """The steering group's preset decides by double majority: refused for a board with
    one side, and not one of its rules is changed."""
    store, log = scene["store"], scene["log"]
    board = store.bodies.add("Beirat Jugendhilfe", "BJH", BodyKind.ADVISORY)
    before, mark = snapshot(store), log.mark()
    with pytest.raises(RuleViolation, match="doppelte Mehrheit"):
        store.bodies.apply_preset(board.id, BodyKind.STEERING)
    assert snapshot(store) == before
    assert (log.mark(), log.since(mark)) == (mark, None)


def test_undo_of_a_delete_brings_the_record_back(scene):
    store, log = scene["store"], scene["log"]
    meeting, items = scene["meeting"], scene["items"]
    step, before, _ = edit(scene, lambda: delete_item(scene))
    assert items[2].id not in {i.id for i in store.agenda.list(meeting.id)}
    with pytest.raises(NotFound):
        store.agenda.get(items[2].id)
    log.apply(step)
    assert [i.id for i in store.agenda.list(meeting.id)] == [i.id for i in items]
    assert store.agenda.get(items[2].id).position == 3
    assert len(store.search("Fortbildung")) == 1
    assert snapshot(store) == before

    step, _, _ = edit(scene, lambda: store.tasks.delete(scene["task"].id))
    assert store.tasks.list() == []
    log.apply(step)
    (task,) = store.tasks.list()
    assert (task.id, len(task.owners)) == (scene["task"].id, 1)

    step, _, _ = edit(scene, lambda: delete_meeting(scene))
    assert scene["later"].id not in {m.id for m in store.meetings.list()}
    log.apply(step)
    assert scene["later"].id in {m.id for m in store.meetings.list()}
    assert [i.title for i in store.agenda.list(scene["later"].id)] == [
        "Genehmigung des Protokolls"]


def restores_text(scene, text: str) -> None:
    store, log = scene["store"], scene["log"]
    item = scene["items"][2]
    with store.edit():
        store.agenda.update(item.id, notes=text)
    step, before, _ = edit(scene, lambda: store.agenda.update(item.id, notes="überschrieben"))
    log.apply(step)
    assert store.agenda.get(item.id).notes == text
    assert snapshot(store) == before


@pytest.mark.parametrize("text", [
    "it's \"quoted\" || 1; --\n\tzweite Zeile", "Ä ß 🎉 \u0308", "tab\x0bvt\x1f", "NULL", "",
])
def test_text_of_any_kind_is_restored_exactly(scene, text):
    """Quotes, newlines, SQL and control characters in user text survive undo."""
    restores_text(scene, text)


def test_text_with_a_nul_character_is_restored_exactly(scene):
    """The store keeps a NUL in user text (pasted from a PDF, say); undo must too.

    The undo triggers build the reversing SQL with ``quote(OLD.notes)``, and
    SQLite's quote() stops a text at its first NUL: "vor\\x00nach" comes back as "vor".
    """
    restores_text(scene, "vor\x00nach")


# -- what is not logged, and what cannot be undone --------------------------------------------


def test_a_failed_edit_leaves_nothing_in_the_log(scene):
    store, log = scene["store"], scene["log"]
    before, mark, size = snapshot(store), log.mark(), log_size(store)

    def three_changes_then_refused():
        with store.edit():
            add_item(scene)
            add_tandem_task(scene)
            record_votes(scene)
            raise RuleViolation("Abbruch nach drei Änderungen")

    with pytest.raises(RuleViolation, match="Abbruch"):
        three_changes_then_refused()
    assert snapshot(store) == before
    assert (log.mark(), log_size(store), log.since(mark)) == (mark, size, None)


def test_an_edit_refused_by_the_file_leaves_nothing_in_the_log(scene):
    """An edit that wrote to an open meeting and then hit the lock of an approved one."""
    steering, store, log = scene["steering"], scene["store"], scene["log"]
    steering.walk(scene["meeting"].id, S.DRAFT, S.SENT)
    steering.approve(scene["meeting"].id, scene["later"].id)
    before, mark = snapshot(store), log.mark()

    def write_then_hit_the_lock():
        with store.edit():
            store.agenda.add(scene["later"].id, "Neuer Punkt")
            store.agenda.add(scene["meeting"].id, "Nachtrag")  # refused by the lock trigger

    with pytest.raises(RuleViolation, match="genehmigt"):
        write_then_hit_the_lock()
    assert snapshot(store) == before
    assert (log.mark(), log.since(mark)) == (mark, None)


def test_a_refused_repository_edit_leaves_nothing_in_the_log(scene):
    steering, store, log = scene["steering"], scene["store"], scene["log"]
    before, mark = snapshot(store), log.mark()
    with pytest.raises(RuleViolation, match="Beschlüsse im Register"):
        store.meetings.delete(scene["meeting"].id)
    with pytest.raises(RuleViolation, match="Tandem"):
        store.tasks.set_owners(scene["task"].id, [
            TaskOwner(person_id=steering.person[steering.admin[3].id].id)], tandem=True)
    assert snapshot(store) == before
    assert (log.mark(), log.since(mark)) == (mark, None)


def test_undoing_an_approval_is_refused_by_the_lock(scene):
    steering, store, log = scene["steering"], scene["store"], scene["log"]
    meeting = scene["meeting"]
    steering.walk(meeting.id, S.DRAFT, S.SENT)
    steering.walk(scene["later"].id, S.INVITED, S.HELD)
    earlier, _, _ = edit(scene, lambda: add_guest(scene))
    approval, _, after = edit(scene, lambda: store.meetings.set_state(
        meeting.id, S.APPROVED, approving_meeting_id=scene["later"].id))
    mark = log.mark()
    for step in (approval, earlier):
        with pytest.raises(sqlite3.IntegrityError, match=LOCK_MARK):
            log.apply(step)
        assert snapshot(store) == after
        assert log.mark() == mark  # the steps are still there
    assert store.meetings.get(meeting.id).state is S.APPROVED
    with pytest.raises(sqlite3.IntegrityError, match=LOCK_MARK):  # and stay refused
        log.apply(approval)
    assert snapshot(store) == after


def test_the_log_lives_in_the_temp_schema_only(scene, tmp_path):
    store = scene["store"]
    add_item(scene)
    assert log_size(store) > 0
    main = {r[0] for r in store.db.execute("SELECT name FROM main.sqlite_master")}
    assert not {n for n in main if "undo" in n}
    temp = {r[0] for r in store.db.execute(
        "SELECT name FROM temp.sqlite_master WHERE type = 'trigger'")}
    assert temp == {f"undo_{t}_{op}" for t in USER_TABLES for op in ("insert", "update",
                                                                       "delete")}
    UndoLog(store.db)  # a second log on the same connection installs nothing twice
    assert log_size(store) > 0
