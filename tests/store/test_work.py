"""Tasks (tandems, filters) and the advisory board's recommendations, through the store."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.enums import (
    AgendaKind,
    BodyKind,
    MeetingState,
    RecommendationState,
    TaskState,
)
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import TaskOwner

R = RecommendationState


def ids(records) -> set[str]:
    return {r.id for r in records}


# -- tasks: tandems ------------------------------------------------------------------------


def test_tandem_with_one_owner_from_each_parity_side(steering):
    store = steering.store
    admin = steering.person[steering.admin[1].id]
    provider = steering.person[steering.providers[2].id]
    task = store.tasks.add(steering.body.id, "Fachkonzept entwerfen", tandem=True,
                           owners=[TaskOwner(person_id=admin.id),
                                   TaskOwner(person_id=provider.id)],
                           due_date=date(2026, 9, 30))
    stored = store.tasks.get(task.id)
    assert stored.tandem is True
    assert [(o.person_id, o.side_id) for o in stored.owners] == [
        (admin.id, steering.sides["V"].id), (provider.id, steering.sides["T"].id)]


def test_tandem_from_one_side_only_is_refused(steering):
    store = steering.store
    owners = [TaskOwner(person_id=steering.person[m.id].id) for m in steering.admin[:2]]
    with pytest.raises(RuleViolation) as caught:
        store.tasks.add(steering.body.id, "Fachkonzept", tandem=True, owners=owners)
    assert str(caught.value) == (
        "Ein Tandem braucht je eine Verantwortliche von jeder Seite; es fehlt: Freie Träger.")
    with pytest.raises(RuleViolation, match="es fehlt: Verwaltung, Freie Träger"):
        store.tasks.add(steering.body.id, "Fachkonzept", tandem=True)
    assert store.tasks.list() == []
    assert store.db.execute("SELECT count(*) FROM tasks").fetchone() == (0,)


def test_tandem_sides_come_from_memberships(steering):
    """A person who is no member has no side; an organisation takes its seat's side."""
    store = steering.store
    admin = steering.person[steering.admin[0].id]
    outsider = store.people.add("Außenstehend", "Otto")
    with pytest.raises(RuleViolation, match="es fehlt: Freie Träger"):
        store.tasks.add(steering.body.id, "Hospitation", tandem=True,
                        owners=[TaskOwner(person_id=admin.id),
                                TaskOwner(person_id=outsider.id)])
    # a deputy is no member either
    deputy = steering.deputy[steering.providers[0].id]
    with pytest.raises(RuleViolation, match="es fehlt: Freie Träger"):
        store.tasks.add(steering.body.id, "Hospitation", tandem=True,
                        owners=[TaskOwner(person_id=admin.id), TaskOwner(person_id=deputy.id)])
    awo = steering.provider_orgs[0]
    task = store.tasks.add(steering.body.id, "Hospitation", tandem=True,
                           owners=[TaskOwner(person_id=admin.id),
                                   TaskOwner(organization_id=awo.id)])
    assert [o.side_id for o in store.tasks.get(task.id).owners] == [
        steering.sides["V"].id, steering.sides["T"].id]


def test_a_claimed_side_does_not_override_the_members_seat(steering):
    """Two Verwaltung members are no tandem, whatever side the caller puts in the owner.

    ``Tasks._owner_side`` returns ``owner.side_id`` unchecked when it is given,
    so a tandem of one side passes by naming the other side.
    """
    store = steering.store
    first, second = (steering.person[m.id].id for m in steering.admin[:2])
    with pytest.raises(RuleViolation, match="es fehlt: Freie Träger"):
        store.tasks.add(steering.body.id, "Fachkonzept", tandem=True, owners=[
            TaskOwner(person_id=first),
            TaskOwner(person_id=second, side_id=steering.sides["T"].id)])
    assert store.tasks.list() == []


def test_changing_owners_of_a_tandem_is_checked_too(steering):
    store = steering.store
    admin = steering.person[steering.admin[0].id]
    provider = steering.person[steering.providers[0].id]
    task = store.tasks.add(steering.body.id, "Fortbildung planen", tandem=True,
                           owners=[TaskOwner(person_id=admin.id),
                                   TaskOwner(person_id=provider.id)])
    with pytest.raises(RuleViolation, match="es fehlt: Freie Träger"):
        store.tasks.set_owners(task.id, [TaskOwner(person_id=admin.id)])
    assert len(store.tasks.get(task.id).owners) == 2
    single = store.tasks.set_owners(task.id, [TaskOwner(person_id=admin.id)], tandem=False)
    assert (single.tandem, [o.person_id for o in single.owners]) == (False, [admin.id])
    with pytest.raises(RuleViolation, match="Tandem"):
        store.tasks.update(task.id, tandem=True)
    assert store.tasks.get(task.id).tandem is False


# -- tasks: filters ------------------------------------------------------------------------


@pytest.fixture
def tasks(steering):
    """Six tasks of the steering group with owners on different sides and in different states."""
    store = steering.store
    person = steering.person
    body = steering.body.id
    milestone = store.milestones.add("Fachkonzept erstellt", 2026, 3, body_id=body)
    other_milestone = store.milestones.add("Modellregion gestartet", 2027, 1, body_id=body)
    made = {
        "concept": store.tasks.add(
            body, "Fachkonzept entwerfen", due_date=date(2026, 3, 1), milestone_id=milestone.id,
            owners=[TaskOwner(person_id=person[steering.admin[0].id].id)]),
        "budget": store.tasks.add(
            body, "Budget Modellregion", due_date=date(2026, 5, 1),
            milestone_id=other_milestone.id,
            owners=[TaskOwner(organization_id=steering.provider_orgs[1].id)]),
        "training": store.tasks.add(
            body, "Fortbildung", due_date=date(2026, 2, 1), tandem=True,
            owners=[TaskOwner(person_id=person[steering.admin[1].id].id),
                    TaskOwner(person_id=person[steering.providers[2].id].id)]),
        "someday": store.tasks.add(body, "Hospitation Graz"),
        "evaluation": store.tasks.add(
            body, "Evaluationsdesign", due_date=date(2026, 1, 15), milestone_id=milestone.id,
            owners=[TaskOwner(person_id=person[steering.advisor.id].id)]),
        "posts": store.tasks.add(
            body, "Stellen ausschreiben", due_date=date(2026, 4, 30),
            owners=[TaskOwner(organization_id=steering.city.id)]),
    }
    store.tasks.set_state(made["budget"].id, TaskState.IN_PROGRESS, today=date(2026, 2, 10))
    store.tasks.set_state(made["training"].id, TaskState.DONE, today=date(2026, 1, 30))
    store.tasks.set_state(made["evaluation"].id, TaskState.DROPPED, today=date(2026, 1, 10))
    return made, milestone


def test_tasks_filter_overdue(steering, tasks):
    made, _ = tasks
    store = steering.store
    assert ids(store.tasks.list(overdue_on=date(2026, 3, 1))) == set()  # due that day: not yet
    assert ids(store.tasks.list(overdue_on=date(2026, 3, 2))) == {made["concept"].id}
    assert ids(store.tasks.list(overdue_on=date(2026, 6, 1))) == {
        made["concept"].id, made["budget"].id, made["posts"].id}
    store.tasks.set_state(made["concept"].id, TaskState.DONE, today=date(2026, 6, 1))
    assert ids(store.tasks.list(overdue_on=date(2026, 6, 1))) == {
        made["budget"].id, made["posts"].id}


def test_tasks_filter_by_owner(steering, tasks):
    made, _ = tasks
    store = steering.store
    person = steering.person
    assert ids(store.tasks.list(person_id=person[steering.admin[0].id].id)) == {
        made["concept"].id}
    assert ids(store.tasks.list(person_id=person[steering.providers[2].id].id)) == {
        made["training"].id}
    assert ids(store.tasks.list(person_id=person[steering.providers[5].id].id)) == set()
    assert ids(store.tasks.list(organization_id=steering.provider_orgs[1].id)) == {
        made["budget"].id}
    assert ids(store.tasks.list(organization_id=steering.city.id)) == {made["posts"].id}


def test_tasks_filter_by_side(steering, tasks):
    made, _ = tasks
    store = steering.store
    assert ids(store.tasks.list(side_id=steering.sides["V"].id)) == {
        made["concept"].id, made["training"].id, made["posts"].id}
    assert ids(store.tasks.list(side_id=steering.sides["T"].id)) == {
        made["budget"].id, made["training"].id}
    assert ids(store.tasks.list(side_id=steering.sides["W"].id)) == {made["evaluation"].id}
    assert store.tasks.list(side_id=steering.sides["P"].id) == []


def test_tasks_filter_by_state_and_milestone(steering, tasks):
    made, milestone = tasks
    store = steering.store
    assert ids(store.tasks.list(state=TaskState.OPEN)) == {
        made["concept"].id, made["someday"].id, made["posts"].id}
    assert ids(store.tasks.list(state=TaskState.IN_PROGRESS)) == {made["budget"].id}
    assert ids(store.tasks.list(state=TaskState.DONE)) == {made["training"].id}
    assert ids(store.tasks.list(state=TaskState.DROPPED)) == {made["evaluation"].id}
    assert ids(store.tasks.list(milestone_id=milestone.id)) == {
        made["concept"].id, made["evaluation"].id}
    assert ids(store.tasks.list(milestone_id=milestone.id, state=TaskState.OPEN)) == {
        made["concept"].id}
    assert ids(store.tasks.list(side_id=steering.sides["V"].id, state=TaskState.OPEN,
                                overdue_on=date(2026, 6, 1))) == {
        made["concept"].id, made["posts"].id}


def test_tasks_filters_ignore_replaced_owners_and_deleted_tasks(steering, tasks):
    made, _ = tasks
    store = steering.store
    first_admin = steering.person[steering.admin[0].id].id
    new_owner = steering.person[steering.providers[4].id].id
    store.tasks.set_owners(made["concept"].id, [TaskOwner(person_id=new_owner)])
    assert ids(store.tasks.list(person_id=first_admin)) == set()
    assert ids(store.tasks.list(person_id=new_owner)) == {made["concept"].id}
    assert made["concept"].id not in ids(store.tasks.list(side_id=steering.sides["V"].id))
    store.tasks.delete(made["posts"].id)
    assert ids(store.tasks.list(organization_id=steering.city.id)) == set()
    assert made["posts"].id not in ids(store.tasks.list(overdue_on=date(2026, 6, 1)))
    assert len(store.tasks.list(steering.body.id)) == 5


def test_task_state_dates_and_milestone_progress(steering, tasks):
    made, milestone = tasks
    store = steering.store
    budget = store.tasks.get(made["budget"].id)
    assert (budget.state, budget.started_on, budget.done_on) == (
        TaskState.IN_PROGRESS, date(2026, 2, 10), None)
    with pytest.raises(RuleViolation, match="Status setzen"):
        store.tasks.update(made["budget"].id, state=TaskState.DONE)
    done = store.tasks.set_state(made["budget"].id, TaskState.DONE, today=date(2026, 4, 1))
    assert (done.started_on, done.done_on) == (date(2026, 2, 10), date(2026, 4, 1))
    # the milestone has the open concept and the dropped evaluation, which does not count
    assert store.milestones.progress(milestone.id) == (0, 1)
    store.tasks.set_state(made["concept"].id, TaskState.DONE, today=date(2026, 4, 1))
    assert store.milestones.progress(milestone.id) == (1, 1)


def test_task_from_an_agenda_item_knows_its_meeting(steering):
    store = steering.store
    meeting, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion")
    task = store.tasks.add(steering.body.id, "Datenlage klären", origin_agenda_item_id=item.id)
    assert store.tasks.get(task.id).origin_meeting_id == meeting.id


# -- recommendations -----------------------------------------------------------------------


@pytest.fixture
def board(steering):
    return steering.store.bodies.add("Planungsgruppe Sozialraumorientierung", "PG1",
                                     BodyKind.ADVISORY, advises_body_id=steering.body.id)


def test_recommendations_are_numbered_per_board_and_year(steering, board):
    store = steering.store
    sg = steering.body.id
    other = store.bodies.add("Planungsgruppe Hilfen zur Erziehung", "PG2", BodyKind.ADVISORY)
    first = store.recommendations.add(board.id, sg, "Modellregion Lütten Klein",
                                      date(2026, 2, 5), text="Die PG 1 empfiehlt …")
    second = store.recommendations.add(board.id, sg, "Gemeinsame Fortbildung",
                                       date(2026, 5, 7), response_due=date(2026, 7, 1))
    next_year = store.recommendations.add(board.id, sg, "Transfer", date(2027, 1, 14))
    elsewhere = store.recommendations.add(other.id, sg, "Elternbildung", date(2026, 3, 3))
    assert [first.number, second.number, next_year.number, elsewhere.number] == [
        "E-PG1-2026/001", "E-PG1-2026/002", "E-PG1-2027/001", "E-PG2-2026/001"]
    stored = store.recommendations.get(second.id)
    assert (stored.state, stored.response_due, stored.addressed_body_id) == (
        R.RECEIVED, date(2026, 7, 1), sg)
    row = store.db.execute("SELECT year, seq FROM recommendations WHERE id = ?",
                           [second.id]).fetchone()
    assert row == (2026, 2)
    assert [r.number for r in store.recommendations.list(sg)] == [
        "E-PG1-2026/001", "E-PG2-2026/001", "E-PG1-2026/002", "E-PG1-2027/001"]


def test_a_recommendation_goes_to_another_body_and_has_a_title(steering, board):
    store = steering.store
    with pytest.raises(RuleViolation, match="anderes Gremium"):
        store.recommendations.add(board.id, board.id, "An sich selbst", date(2026, 2, 5))
    with pytest.raises(RuleViolation, match="Titel"):
        store.recommendations.add(board.id, steering.body.id, " ", date(2026, 2, 5))
    assert store.recommendations.list() == []


def test_put_on_agenda_makes_an_item_and_sets_on_agenda(steering, board):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10), ("Begrüßung", AgendaKind.INFORMATION))
    rec = store.recommendations.add(board.id, steering.body.id, "Modellregion Lütten Klein",
                                    date(2026, 2, 5))
    item = store.recommendations.put_on_agenda(rec.id, meeting.id, duration_minutes=30)
    assert (item.position, item.title, item.kind, item.recommendation_id,
            item.duration_minutes) == (
        2, "Empfehlung E-PG1-2026/001: Modellregion Lütten Klein", AgendaKind.DECISION, rec.id,
        30)
    assert store.agenda.get(item.id).meeting_id == meeting.id
    assert store.recommendations.get(rec.id).state is R.ON_AGENDA
    assert ids(store.recommendations.list(awaiting_only=True)) == {rec.id}

    custom = store.recommendations.put_on_agenda(rec.id, meeting.id, title="Antwort an PG 1",
                                                 kind=AgendaKind.DISCUSSION, public=False)
    assert (custom.title, custom.kind, custom.public) == (
        "Antwort an PG 1", AgendaKind.DISCUSSION, False)


def test_answer_needs_a_reason_for_answered_states(steering, board):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10))
    rec = store.recommendations.add(board.id, steering.body.id, "Fortbildung",
                                    date(2026, 2, 5))
    store.recommendations.put_on_agenda(rec.id, meeting.id)
    for state in (R.ADOPTED, R.PARTLY_ADOPTED, R.REJECTED):
        with pytest.raises(RuleViolation, match=f"„{state.label}“ braucht eine Antwort"):
            store.recommendations.answer(rec.id, state, "   ")
    assert store.recommendations.get(rec.id).state is R.ON_AGENDA

    deferred = store.recommendations.answer(rec.id, R.DEFERRED, "",
                                            responded_on=date(2026, 3, 10))
    assert (deferred.state, deferred.responded_on) == (R.DEFERRED, date(2026, 3, 10))
    assert ids(store.recommendations.list(awaiting_only=True)) == {rec.id}
    store.recommendations.put_on_agenda(rec.id, meeting.id)
    assert store.recommendations.get(rec.id).state is R.ON_AGENDA

    steering.walk(meeting.id, MeetingState.INVITED, MeetingState.HELD)
    item = store.agenda.list(meeting.id)[-1]
    decision = store.decisions.add("Fortbildung wird umgesetzt", agenda_item_id=item.id)
    answered = store.recommendations.answer(
        rec.id, R.PARTLY_ADOPTED, "Übernommen, aber erst 2027.",
        response_decision_id=decision.id, responded_on=date(2026, 3, 10))
    assert (answered.state, answered.response_text, answered.response_decision_id,
            answered.responded_on) == (R.PARTLY_ADOPTED, "Übernommen, aber erst 2027.",
                                       decision.id, date(2026, 3, 10))
    assert store.recommendations.list(awaiting_only=True) == []
    # an answered recommendation stays answered when it is discussed again
    store.recommendations.put_on_agenda(rec.id, meeting.id, title="Bericht zur Umsetzung")
    assert store.recommendations.get(rec.id).state is R.PARTLY_ADOPTED


def test_the_progress_of_all_milestones_counts_as_the_rule_does(demo_path):
    from sro_desktop.domain.milestones import progress
    from sro_desktop.store import Store

    with Store.open(demo_path, read_only=True) as demo:
        expected = {m.id: progress(demo.tasks.list(milestone_id=m.id))
                    for m in demo.milestones.list() if demo.tasks.list(milestone_id=m.id)}
        assert expected  # the demo links tasks to milestones
        assert demo.milestones.progress_all() == expected
