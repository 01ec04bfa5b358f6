"""Conflicts of the exchange as the secretary meets them: named in German words, and
a record deleted on one laptop while edited on the other loses nothing of what hangs
on it, whichever way the conflict is decided."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sro_desktop.domain.enums import AttendanceStatus, MeetingState
from sro_desktop.domain.model import TaskOwner
from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.exchange import clone, export, take_in
from sro_desktop.store.exchange_conflicts import MINE, THEIRS, decide, open_conflicts
from sro_desktop.store.replica import set_name, this_replica


@pytest.fixture
def laptops(tmp_path: Path, demo_path: Path):
    """The demo on "Laptop Geschäftsstelle" and its copy on "Laptop Beirat"."""
    a_path, b_path = tmp_path / "gs.sro", tmp_path / "beirat.sro"
    shutil.copyfile(demo_path, a_path)
    a = Store.open(a_path)
    with a.edit() as db:
        set_name(db, "Laptop Geschäftsstelle")
    clone(a, b_path, "Laptop Beirat")
    b = Store.open(b_path)
    yield a, b
    a.close()
    b.close()


def send(source: Store, target: Store, folder: Path):
    out = folder / f"{this_replica(source.db).name}.sroex"
    export(source, out, this_replica(target.db).id)
    return take_in(target, out)


def owners_alive(store: Store, task_id: str) -> int:
    return store.db.execute("SELECT count(*) FROM task_owners WHERE task_id = ? "
                            "AND deleted_at IS NULL", [task_id]).fetchone()[0]


def task_deleted_there_edited_here(a: Store, b: Store, tmp_path: Path) -> str:
    body = a.bodies.resolve("SG").id
    person = a.people.list()[0].id
    task = a.tasks.add(body, "Variante Modellregion prüfen",
                       owners=[TaskOwner(person_id=person)])
    send(a, b, tmp_path)
    a.tasks.update(task.id, description="Mit dem Jugendamt abgestimmt")
    b.tasks.delete(task.id)
    assert owners_alive(b, task.id) == 0  # the owners went with the task there
    report = send(b, a, tmp_path)
    assert report.conflicts
    return task.id


def test_keeping_an_edited_task_deleted_there_keeps_its_owners(laptops, tmp_path):
    a, b = laptops
    task_id = task_deleted_there_edited_here(a, b, tmp_path)
    assert owners_alive(a, task_id) == 1  # not taken away while the task waits
    (task_conflict,) = [c for c in open_conflicts(a) if c.table == "tasks"]
    owner_conflicts = [c for c in open_conflicts(a) if c.table == "task_owners"]
    assert [c.reason for c in owner_conflicts] == ["with_parent"]
    decide(a, task_conflict.id, MINE)
    assert open_conflicts(a) == []  # the owners followed their task
    assert a.tasks.get(task_id).description == "Mit dem Jugendamt abgestimmt"
    assert owners_alive(a, task_id) == 1
    send(a, b, tmp_path)  # the decision travels: the task and its owner are back there
    assert b.tasks.get(task_id).description == "Mit dem Jugendamt abgestimmt"
    assert owners_alive(b, task_id) == 1
    assert open_conflicts(b) == []
    assert check(a) == []
    assert check(b) == []


def test_taking_the_deletion_deletes_the_owners_too(laptops, tmp_path):
    a, b = laptops
    task_id = task_deleted_there_edited_here(a, b, tmp_path)
    (task_conflict,) = [c for c in open_conflicts(a) if c.table == "tasks"]
    decide(a, task_conflict.id, THEIRS)
    assert open_conflicts(a) == []
    assert a.db.execute("SELECT deleted_at FROM tasks WHERE id = ?",
                        [task_id]).fetchone()[0] is not None
    assert owners_alive(a, task_id) == 0
    assert send(a, b, tmp_path).conflicts == []
    assert check(a) == []
    assert check(b) == []


def test_a_conflict_names_the_record_and_its_values_in_german(laptops, tmp_path):
    a, b = laptops
    meeting = next(m for m in a.meetings.list() if m.state is MeetingState.HELD)
    first = next(r for r in a.attendance.list(meeting.id) if r.membership_id)
    a.attendance.set(meeting.id, first.membership_id, AttendanceStatus.EXCUSED)
    b.attendance.set(meeting.id, first.membership_id, AttendanceStatus.ABSENT)
    send(b, a, tmp_path)
    (conflict,) = open_conflicts(a)
    assert conflict.title.startswith("Anwesenheit von „")
    body = a.bodies.get(meeting.body_id).short
    assert f"in der Sitzung {body} {meeting.number} vom " in conflict.title
    (status,) = [f for f in conflict.fields if f.column == "status"]
    assert (status.label, status.mine, status.theirs) == ("Anwesenheit", "excused", "absent")
    from sro_desktop.store.typed_columns import value_words

    assert value_words("attendance", "status", status.theirs) == "abwesend"
    assert conflict.reason_label == "auf beiden Laptops geändert"
