"""The task queries the Aufgaben view needs: unfinished, by side name, by organisation
(with its people), counts, overdue count and where a task stands in the list."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.enums import BodyKind, TaskState
from sro_desktop.domain.model import TaskOwner

TODAY = date(2026, 6, 1)


def ids(records) -> list[str]:
    return [r.id for r in records]


@pytest.fixture
def made(steering):
    """Tasks of the steering group, and one of a second body with the same side names."""
    store = steering.store
    person = steering.person
    body = steering.body.id
    found = {
        "concept": store.tasks.add(
            body, "Fachkonzept entwerfen", due_date=date(2026, 3, 1),
            owners=[TaskOwner(person_id=person[steering.admin[0].id].id)]),
        "budget": store.tasks.add(
            body, "Budget Modellregion", due_date=date(2026, 5, 1),
            owners=[TaskOwner(organization_id=steering.provider_orgs[1].id)]),
        "training": store.tasks.add(
            body, "Fortbildung", due_date=date(2026, 2, 1), tandem=True,
            owners=[TaskOwner(person_id=person[steering.admin[1].id].id),
                    TaskOwner(person_id=person[steering.providers[2].id].id)]),
        "someday": store.tasks.add(body, "Hospitation Graz"),
        "later": store.tasks.add(
            body, "Bericht an den JHA", due_date=date(2026, 9, 30),
            owners=[TaskOwner(person_id=person[steering.providers[1].id].id)]),
    }
    store.tasks.set_state(found["budget"].id, TaskState.IN_PROGRESS, today=date(2026, 2, 10))
    store.tasks.set_state(found["training"].id, TaskState.DONE, today=date(2026, 1, 30))
    team = store.bodies.add("Sozialraumteam Mitte", "SRT-MI", BodyKind.STEERING)
    admin_side = next(s for s in store.sides.list(team.id) if s.name == "Verwaltung")
    found["team"] = store.tasks.add(
        team.id, "Netzwerkkonferenz", due_date=date(2026, 4, 1),
        owners=[TaskOwner(organization_id=steering.university.id, side_id=admin_side.id)])
    return found


def test_active_keeps_open_and_begun_tasks_in_due_order(steering, made):
    tasks = steering.store.tasks
    assert ids(tasks.list(active=True)) == [
        made[k].id for k in ("someday", "concept", "team", "budget", "later")]
    assert tasks.count_matching(active=True) == 5
    assert ids(tasks.list(active=True, limit=2, offset=1)) == [made["concept"].id,
                                                               made["team"].id]


def test_side_name_covers_the_sides_of_that_name_in_every_body(steering, made):
    tasks = steering.store.tasks
    assert set(ids(tasks.list(side_name="Verwaltung"))) == {
        made["concept"].id, made["training"].id, made["team"].id}
    assert set(ids(tasks.list(steering.body.id, side_name="Verwaltung"))) == {
        made["concept"].id, made["training"].id}
    assert set(ids(tasks.list(side_name="Freie Träger", active=True))) == {
        made["budget"].id, made["later"].id}
    assert tasks.count_matching(side_name="Freie Träger") == 3
    assert tasks.list(side_name="Projektberatung") == []


def test_owner_organization_counts_its_people_as_the_workload_does(steering, made):
    tasks = steering.store.tasks
    city = steering.city.id  # the admin members' organisation; they own concept, training
    assert set(ids(tasks.list(owner_organization_id=city))) == {
        made["concept"].id, made["training"].id}
    assert tasks.list(organization_id=city) == []  # the narrower filter: the org itself
    provider = steering.provider_orgs[1].id  # owns budget itself, its member owns later
    assert set(ids(tasks.list(owner_organization_id=provider))) == {
        made["budget"].id, made["later"].id}
    workload = tasks.workload(TODAY)
    open_by_org = {name: open_ for name, open_, _ in workload.by_organization}
    assert open_by_org[steering.provider_orgs[1].name] == tasks.count_matching(
        owner_organization_id=provider, active=True)


def test_count_overdue_is_the_number_of_overdue_tasks(steering, made):
    tasks = steering.store.tasks
    assert tasks.count_overdue(TODAY) == len(tasks.list(overdue_on=TODAY)) == 3
    assert tasks.count_overdue(TODAY, steering.body.id) == 2
    assert tasks.count_overdue(date(2026, 1, 1)) == 0


def test_rank_says_how_many_tasks_come_before_one(steering, made):
    tasks = steering.store.tasks
    ordered = tasks.list(active=True)
    for position, task in enumerate(ordered):
        assert tasks.rank(task.id, active=True) == position
    assert tasks.rank(made["training"].id, active=True) is None  # done: filtered out
    assert tasks.rank(made["training"].id) == 1  # after the one without due date
    assert tasks.rank(made["team"].id, steering.body.id) is None
