"""The task list in pages after a cursor (keyset paging): walking every page gives exactly
the rows and the order of one plain SELECT, with ties on the due date, tasks without a
due date, umlauts, and every filter of the Aufgaben view."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sro_desktop.domain.enums import TaskState
from sro_desktop.domain.model import Task, TaskOwner
from sro_desktop.store.mapping import from_row

TODAY = date(2026, 6, 1)
TITLES = ["Übergabe", "Äpfel zählen", "Ölwechsel", "Straße sperren", "abstimmen", "Zählung",
          "ärgerlich", "Ober", "Oz"]


@pytest.fixture
def many(steering):
    """Forty tasks: a third without a due date, the rest on five days (many ties), in
    every state, owned by people of both sides, by an organisation or by nobody."""
    store = steering.store
    people = [steering.person[m.id] for m in (*steering.admin, *steering.providers)]
    days = [None, TODAY - timedelta(days=30), TODAY - timedelta(days=1), TODAY,
            TODAY + timedelta(days=20), None]
    states = [TaskState.OPEN, TaskState.IN_PROGRESS, TaskState.DONE, TaskState.DROPPED]
    made = []
    for n in range(40):
        owners = ([] if n % 7 == 0 else
                  [TaskOwner(organization_id=steering.provider_orgs[0].id)] if n % 7 == 1 else
                  [TaskOwner(person_id=people[n % len(people)].id)])
        task = store.tasks.add(steering.body.id, f"{TITLES[n % len(TITLES)]} {n}",
                               due_date=days[n % len(days)], owners=owners)
        if states[n % 4] is not TaskState.OPEN:
            store.tasks.set_state(task.id, states[n % 4], today=TODAY)
        made.append(task)
    # a due date moved after the task was written: rowid and date order disagree
    store.tasks.update(made[3].id, due_date=TODAY - timedelta(days=30))
    store.tasks.delete(made[5].id)
    return made


def walk(tasks, size: int, **filters) -> list[Task]:
    """Every page after the last task of the one before, as the view loads them."""
    found: list[Task] = []
    while True:
        page = tasks.list(**filters, limit=size, after=found[-1] if found else None)
        assert len(page) <= size
        found += page
        if len(page) < size:
            return found


def raw(store, where: str = "1", params=()) -> list[str]:
    """The ids one plain SELECT gives, in the list's order."""
    return [r["id"] for r in store.db.query(
        f"SELECT id FROM tasks WHERE deleted_at IS NULL AND ({where}) "
        f"ORDER BY due_date, rowid", list(params))]


ACTIVE = "state IN ('open', 'in_progress')"


@pytest.mark.parametrize("size", [1, 3, 7, 200])
def test_walking_all_pages_gives_the_plain_select(steering, many, size):
    store = steering.store
    expected = raw(store)
    assert len(expected) == 39
    assert [t.id for t in walk(store.tasks, size)] == expected
    assert [t.id for t in store.tasks.list()] == expected


def test_filters_and_pages(steering, many):
    store = steering.store
    side = steering.sides["T"]
    person = steering.person[steering.providers[1].id].id
    org = steering.provider_orgs[0].id
    cases = [
        ({"active": True}, ACTIVE, []),
        ({"state": TaskState.DONE}, "state = 'done'", []),
        ({"body_id": steering.body.id}, "body_id = ?", [steering.body.id]),
        ({"overdue_on": TODAY}, f"{ACTIVE} AND due_date < ?", [TODAY.isoformat()]),
        ({"person_id": person}, "id IN (SELECT task_id FROM task_owners WHERE person_id = ? "
         "AND deleted_at IS NULL)", [person]),
        ({"side_name": side.name, "active": True},
         f"{ACTIVE} AND id IN (SELECT task_id FROM task_owners WHERE side_id = ? "
         "AND deleted_at IS NULL)", [side.id]),
        ({"owner_organization_id": org},
         "id IN (SELECT task_id FROM task_owners WHERE deleted_at IS NULL AND "
         "(organization_id = ? OR person_id IN (SELECT id FROM people "
         "WHERE organization_id = ?)))", [org, org]),
    ]
    for filters, where, params in cases:
        expected = raw(store, where, params)
        assert expected, filters
        for size in (2, 5):
            assert [t.id for t in walk(store.tasks, size, **filters)] == expected, filters
        assert store.tasks.count_matching(**filters) == len(expected)


def test_pages_carry_the_owners_and_fields_the_store_holds(steering, many):
    store = steering.store
    for task in walk(store.tasks, 4):
        row = next(store.db.query("SELECT * FROM tasks WHERE id = ?", [task.id]))
        assert {**task.__dict__, "owners": []} == from_row(Task, row).__dict__
        owners = [(r["person_id"], r["organization_id"], r["side_id"]) for r in store.db.query(
            "SELECT * FROM task_owners WHERE task_id = ? AND deleted_at IS NULL ORDER BY rowid",
            [task.id])]
        assert [(o.person_id, o.organization_id, o.side_id) for o in task.owners] == owners


def test_the_page_after_a_task_without_due_date_reaches_the_dated_ones(steering, many):
    store = steering.store
    undated = [t for t in store.tasks.list() if t.due_date is None]
    assert len(undated) > 2
    after_last_undated = store.tasks.list(after=undated[-1], limit=100)
    assert after_last_undated[0].due_date is not None
    assert [t.id for t in after_last_undated] == raw(store)[len(undated):]
    assert [t.id for t in store.tasks.list(after=undated[0], limit=2)] == \
        raw(store)[1:3]


def test_a_cursor_task_edited_meanwhile_keeps_its_place_as_loaded(steering, many):
    """The cursor is the task as it was loaded: a later edit of it skips none of the
    tasks after it (it shows again at its new place)."""
    store = steering.store
    first = store.tasks.list(limit=10)
    store.tasks.update(first[-1].id, due_date=TODAY + timedelta(days=400))
    rest = store.tasks.list(after=first[-1], limit=100)
    loaded = {t.id for t in first[:-1]}
    assert [t.id for t in rest] == [i for i in raw(store) if i not in loaded]
    assert rest[-1].id == first[-1].id
