"""Agenda helpers (standard items, carrying over open points), the delete paths of
agenda and meetings, and the task workload per side and organisation."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from sro_desktop.domain.agenda import CLOSING, OPEN_TASKS, STANDARD_ITEMS
from sro_desktop.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    MeetingState,
    RecommendationState,
    TaskState,
)
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import TaskOwner
from sro_desktop.store import NotFound
from sro_desktop.store.meetings import CarryOver
from sro_desktop.store.schema import USER_TABLES

S = MeetingState
R = RecommendationState
STANDARD = [title for title, _kind, _minutes in STANDARD_ITEMS]
OPENING_ITEMS = STANDARD[:-1]


def titles(store, meeting_id: str) -> list[str]:
    return [i.title for i in store.agenda.list(meeting_id)]


def rows(store, *tables: str) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in store.db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid")]
            for t in tables or USER_TABLES}


def assert_positions_run(store, meeting_id: str) -> None:
    assert [i.position for i in store.agenda.list(meeting_id)] == list(
        range(1, len(store.agenda.list(meeting_id)) + 1))


# -- standard items ----------------------------------------------------------------------------


def test_standard_items_on_an_empty_agenda(steering):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10))
    assert store.agenda.add_standard(meeting.id) == 6
    items = store.agenda.list(meeting.id)
    assert [(i.position, i.title, i.kind, i.duration_minutes) for i in items] == [
        (n, title, kind, minutes) for n, (title, kind, minutes) in enumerate(STANDARD_ITEMS, 1)]
    assert STANDARD[-1] == CLOSING == "Verschiedenes"


def test_standard_items_around_existing_topics(steering):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10), "Modellregion festlegen", "Fortbildung",
                                  ("Hospitation in Graz", AgendaKind.INFORMATION))
    assert store.agenda.add_standard(meeting.id) == 6
    assert titles(store, meeting.id) == [
        *OPENING_ITEMS, "Modellregion festlegen", "Fortbildung", "Hospitation in Graz",
        "Verschiedenes"]
    assert_positions_run(store, meeting.id)


def test_standard_items_fill_in_what_is_missing(steering):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10), "Genehmigung der Tagesordnung",
                                  "Modellregion festlegen", "Verschiedenes")
    assert store.agenda.add_standard(meeting.id) == 4
    assert titles(store, meeting.id) == [*OPENING_ITEMS, "Modellregion festlegen",
                                         "Verschiedenes"]
    assert_positions_run(store, meeting.id)


def test_standard_items_a_second_time_add_nothing(steering):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10), "Modellregion festlegen")
    assert store.agenda.add_standard(meeting.id) == 6
    before = rows(store)
    assert store.agenda.add_standard(meeting.id) == 0
    assert rows(store) == before
    assert titles(store, meeting.id).count("Verschiedenes") == 1


def test_standard_items_on_another_meeting_are_not_counted(steering):
    store = steering.store
    first, _ = steering.meeting(date(2026, 3, 10))
    second, _ = steering.meeting(date(2026, 4, 14), "Modellregion festlegen")
    store.agenda.add_standard(first.id)
    assert store.agenda.add_standard(second.id) == 6
    assert len(store.agenda.list(first.id)) == 6


# -- carrying over open points -----------------------------------------------------------------


@pytest.fixture
def open_points(steering):
    """The steering group's 2nd meeting (10 March 2026) and what earlier ones left open,
    with open points of other bodies and of later meetings that must stay where they are."""
    store = steering.store
    sg = steering.body.id
    admin = TaskOwner(person_id=steering.person[steering.admin[0].id].id)
    january, (model, budget, social) = steering.meeting(
        date(2026, 1, 20), "Modellregion festlegen", ("Haushalt", AgendaKind.INFORMATION),
        ("Sozialraumbudget", AgendaKind.DISCUSSION))
    store.agenda.update(model.id, deferred=True, notes="vertagt wegen Krankheit")
    store.agenda.update(social.id, deferred=True, presenter="Frau Becker", papers="Vorlage 7",
                        duration_minutes=25, public=False)
    march, (topic, misc) = steering.meeting(
        date(2026, 3, 10), "Jugendhilfeplanung", ("Verschiedenes", AgendaKind.INFORMATION))
    may, (later_item,) = steering.meeting(date(2026, 5, 12), "Später vertagt")
    store.agenda.update(later_item.id, deferred=True)

    other = store.bodies.add("Arbeitsgruppe Kita", "AGK")
    foreign = store.meetings.add(other.id, date(2026, 1, 15))
    foreign_item = store.agenda.add(foreign.id, "Fremder Punkt")
    store.agenda.update(foreign_item.id, deferred=True)

    task = store.tasks.add
    tasks = {
        "due_before": task(sg, "Fachkonzept", due_date=date(2026, 3, 1), owners=[admin]),
        "due_that_day": task(sg, "Budgetplan", due_date=date(2026, 3, 10), owners=[admin]),
        "set_for_it": task(sg, "Bericht Kita", report_meeting_id=march.id),
        "from_earlier": task(sg, "Evaluation", due_date=date(2026, 1, 10),
                             report_meeting_id=january.id),
        "due_later": task(sg, "Transfer", due_date=date(2026, 4, 1)),
        "set_for_later": task(sg, "Fortbildung", due_date=date(2026, 2, 1),
                              report_meeting_id=may.id),
        "done": task(sg, "Erledigt", due_date=date(2026, 2, 1)),
        "dropped": task(sg, "Entfallen", due_date=date(2026, 2, 1)),
        "other_body": task(other.id, "Kitaplätze", due_date=date(2026, 2, 1)),
    }
    store.tasks.set_state(tasks["due_that_day"].id, TaskState.IN_PROGRESS, date(2026, 2, 1))
    store.tasks.set_state(tasks["done"].id, TaskState.DONE, date(2026, 2, 20))
    store.tasks.set_state(tasks["dropped"].id, TaskState.DROPPED, date(2026, 2, 20))

    board = store.bodies.add("Planungsgruppe", "PG1", BodyKind.ADVISORY, advises_body_id=sg)
    rec = store.recommendations.add
    recs = {
        "received": rec(board.id, sg, "Jugendforum einrichten", date(2026, 2, 5)),
        "deferred": rec(board.id, sg, "Elternbildung", date(2026, 1, 5)),
        "after_meeting": rec(board.id, sg, "Streetwork", date(2026, 3, 20)),
        "answered": rec(board.id, sg, "Kinderschutz", date(2026, 1, 8)),
        "to_other_body": rec(board.id, other.id, "Kitabedarf", date(2026, 2, 1)),
    }
    store.recommendations.answer(recs["deferred"].id, R.DEFERRED, "",
                                 responded_on=date(2026, 1, 20))
    store.recommendations.answer(recs["answered"].id, R.ADOPTED, "Wird umgesetzt.",
                                 responded_on=date(2026, 1, 20))
    return {"store": store, "january": january, "march": march, "may": may,
            "model": model, "social": social, "budget": budget, "later_item": later_item,
            "foreign_item": foreign_item, "tasks": tasks, "recs": recs}


def test_carry_over_brings_in_what_was_left_open(open_points):
    store, march = open_points["store"], open_points["march"]
    recs, tasks = open_points["recs"], open_points["tasks"]
    result = store.agenda.carry_over(march.id)
    # "set_for_it" was already set for this meeting: reported, but not brought in
    assert result == CarryOver(items=2, tasks=3, recommendations=2)
    assert titles(store, march.id) == [
        "Jugendhilfeplanung", "Modellregion festlegen", "Sozialraumbudget", OPEN_TASKS,
        "Empfehlung E-PG1-2026/002: Elternbildung",
        "Empfehlung E-PG1-2026/001: Jugendforum einrichten", "Verschiedenes"]
    assert_positions_run(store, march.id)

    items = {i.title: i for i in store.agenda.list(march.id)}
    model, social = items["Modellregion festlegen"], items["Sozialraumbudget"]
    assert model.carried_from_item_id == open_points["model"].id
    assert social.carried_from_item_id == open_points["social"].id
    assert (social.kind, social.presenter, social.papers, social.duration_minutes,
            social.public, social.deferred) == (
        AgendaKind.DISCUSSION, "Frau Becker", "Vorlage 7", 25, False, False)
    assert model.kind is AgendaKind.DECISION
    # the originals stay in their meeting, deferred
    assert store.agenda.get(open_points["model"].id).meeting_id == open_points["january"].id
    assert store.agenda.get(open_points["model"].id).deferred is True

    reported = {name for name, t in tasks.items()
                if store.tasks.get(t.id).report_meeting_id == march.id}
    assert reported == {"due_before", "due_that_day", "set_for_it", "from_earlier"}
    assert store.tasks.get(tasks["set_for_later"].id).report_meeting_id == open_points["may"].id
    assert store.tasks.get(tasks["due_later"].id).report_meeting_id is None

    for name in ("received", "deferred"):
        rec = store.recommendations.get(recs[name].id)
        assert rec.state is R.ON_AGENDA
        (item,) = [i for i in store.agenda.list(march.id) if i.recommendation_id == rec.id]
        assert item.kind is AgendaKind.DECISION
    assert store.recommendations.get(recs["after_meeting"].id).state is R.RECEIVED
    assert store.recommendations.get(recs["answered"].id).state is R.ADOPTED
    assert store.recommendations.get(recs["to_other_body"].id).state is R.RECEIVED


def test_carry_over_leaves_other_bodies_and_later_meetings_alone(open_points):
    store = open_points["store"]
    store.agenda.carry_over(open_points["march"].id)
    carried = {i.carried_from_item_id for i in store.agenda.list(open_points["march"].id)}
    assert open_points["later_item"].id not in carried
    assert open_points["foreign_item"].id not in carried
    assert open_points["budget"].id not in carried  # not deferred
    assert titles(store, open_points["may"].id) == ["Später vertagt"]
    assert store.tasks.get(open_points["tasks"]["other_body"].id).report_meeting_id is None


def test_carry_over_a_second_time_adds_nothing(open_points):
    store, march = open_points["store"], open_points["march"]
    store.agenda.carry_over(march.id)
    before = rows(store, "agenda_items", "recommendations")
    agenda = titles(store, march.id)
    reports = {t.id: t.report_meeting_id for t in store.tasks.list()}
    again = store.agenda.carry_over(march.id)
    assert (again.items, again.recommendations) == (0, 0)
    assert rows(store, "agenda_items", "recommendations") == before
    assert titles(store, march.id) == agenda
    assert {t.id: t.report_meeting_id for t in store.tasks.list()} == reports


def test_carry_over_a_second_time_reports_nothing_brought_in(open_points):
    """The window says "Übernommen: … %2 Aufgaben zur Wiedervorlage" from CarryOver.tasks;
    a second run brings in nothing, so every count is 0.

    ``Agenda.carry_over`` returns ``len(tasks)`` of ``due_for_report``, which
    includes the tasks the first run already set for this meeting.
    """
    store, march = open_points["store"], open_points["march"]
    store.agenda.carry_over(march.id)
    assert store.agenda.carry_over(march.id) == CarryOver(items=0, tasks=0, recommendations=0)


def test_a_deferred_item_is_carried_over_once_only(open_points):
    store = open_points["store"]
    store.agenda.carry_over(open_points["march"].id)
    result = store.agenda.carry_over(open_points["may"].id)
    assert result.items == 0  # January's deferred items already went to March
    assert "Modellregion festlegen" not in titles(store, open_points["may"].id)
    assert store.db.execute("SELECT count(*) FROM agenda_items WHERE carried_from_item_id = ?",
                            [open_points["model"].id]).fetchone() == (1,)


def test_an_item_deferred_again_moves_on_to_the_next_meeting(open_points):
    store = open_points["store"]
    store.agenda.carry_over(open_points["march"].id)
    copy = next(i for i in store.agenda.list(open_points["march"].id)
                if i.carried_from_item_id == open_points["model"].id)
    store.agenda.update(copy.id, deferred=True)
    assert store.agenda.carry_over(open_points["may"].id).items == 1
    (moved,) = [i for i in store.agenda.list(open_points["may"].id)
                if i.title == "Modellregion festlegen"]
    assert moved.carried_from_item_id == copy.id


def test_the_report_item_is_not_added_twice(open_points):
    store, march = open_points["store"], open_points["march"]
    store.agenda.add_standard(march.id)
    store.agenda.carry_over(march.id)
    assert titles(store, march.id).count(OPEN_TASKS) == 1
    assert titles(store, march.id)[-1] == "Verschiedenes"


def test_without_open_tasks_no_report_item(steering):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10), "Modellregion festlegen")
    store.tasks.add(steering.body.id, "Transfer", due_date=date(2026, 4, 1))
    assert store.agenda.carry_over(meeting.id) == CarryOver(0, 0, 0)
    assert titles(store, meeting.id) == ["Modellregion festlegen"]


def test_a_deferred_recommendation_item_comes_over_once(steering):
    """An item for a recommendation, deferred, is carried over with its recommendation;
    the recommendation then is on the agenda and needs no second item.

    ``Agenda.carry_over`` copies the item without ``recommendation_id`` and then
    puts the recommendation (still "auf Tagesordnung", so awaiting) on the agenda
    again: two items for one recommendation.
    """
    store = steering.store
    board = store.bodies.add("Planungsgruppe", "PG1", BodyKind.ADVISORY,
                             advises_body_id=steering.body.id)
    rec = store.recommendations.add(board.id, steering.body.id, "Jugendforum einrichten",
                                    date(2026, 1, 5))
    january, _ = steering.meeting(date(2026, 1, 20))
    item = store.recommendations.put_on_agenda(rec.id, january.id)
    store.agenda.update(item.id, deferred=True)
    march, _ = steering.meeting(date(2026, 3, 10))
    store.agenda.carry_over(march.id)
    for_rec = [i for i in store.agenda.list(march.id)
               if i.title == item.title or i.recommendation_id == rec.id]
    assert len(for_rec) == 1
    assert (for_rec[0].recommendation_id, for_rec[0].carried_from_item_id) == (rec.id, item.id)


# -- delete paths --------------------------------------------------------------------------------


def test_deleting_an_item_clears_arrivals_and_leavings_at_it(steering):
    store = steering.store
    meeting, (a, b, c, d) = steering.meeting(date(2026, 3, 10), "Begrüßung", "Modellregion",
                                             "Fortbildung", "Verschiedenes")
    steering.attend_all(meeting.id)
    late, early = steering.admin[1], steering.providers[2]
    store.attendance.set(meeting.id, late.id, AttendanceStatus.PRESENT,
                         arrives_at_item_id=b.id, leaves_at_item_id=d.id)
    store.attendance.set(meeting.id, early.id, AttendanceStatus.PRESENT,
                         arrives_at_item_id=c.id)

    def where(member) -> tuple[str | None, str | None]:
        (row,) = [x for x in store.attendance.list(meeting.id) if x.membership_id == member.id]
        return row.arrives_at_item_id, row.leaves_at_item_id

    store.agenda.delete(b.id)
    assert where(late) == (None, d.id)
    assert where(early) == (c.id, None)
    store.agenda.delete(d.id)
    assert where(late) == (None, None)
    assert where(early) == (c.id, None)
    assert [(i.title, i.position) for i in store.agenda.list(meeting.id)] == [
        ("Begrüßung", 1), ("Fortbildung", 2)]
    # no live row of the file points at a deleted item any more
    dangling = store.db.execute(
        "SELECT count(*) FROM attendance t JOIN agenda_items i "
        "ON i.id IN (t.arrives_at_item_id, t.leaves_at_item_id) "
        "WHERE t.deleted_at IS NULL AND i.deleted_at IS NOT NULL").fetchone()
    assert dangling == (0,)
    assert store.meetings.quorum(meeting.id, c.id).quorate


def test_deleting_an_item_with_a_decision_is_refused(steering):
    store = steering.store
    meeting, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion")
    store.decisions.add("Modellregion", agenda_item_id=item.id)
    before = rows(store)
    with pytest.raises(RuleViolation, match="TOP 1 hat Beschlüsse"):
        store.agenda.delete(item.id)
    assert rows(store) == before


def test_a_meeting_with_decisions_cannot_be_deleted(steering):
    store = steering.store
    meeting, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion")
    steering.attend_all(meeting.id)
    store.decisions.add("Modellregion", agenda_item_id=item.id)
    before = rows(store)
    with pytest.raises(RuleViolation, match="1. Sitzung hat Beschlüsse im Register"):
        store.meetings.delete(meeting.id)
    assert rows(store) == before


def test_deleting_a_meeting_tombstones_its_agenda_and_attendance(steering):
    store = steering.store
    meeting, items = steering.meeting(date(2026, 3, 10), "Modellregion", "Fortbildung")
    other, other_items = steering.meeting(date(2026, 4, 14), "Haushalt")
    steering.attend_all(meeting.id)
    steering.attend_all(other.id)
    store.attendance.add_guest(meeting.id, "Dr. Gast")
    store.meetings.delete(meeting.id)

    with pytest.raises(NotFound):
        store.meetings.get(meeting.id)
    assert [m.id for m in store.meetings.list()] == [other.id]
    assert store.agenda.list(meeting.id) == []
    assert store.attendance.list(meeting.id) == []
    for table, count in (("meetings", 1), ("agenda_items", 2), ("attendance", 14)):
        live, dead = store.db.execute(
            f"SELECT sum(deleted_at IS NULL), sum(deleted_at IS NOT NULL) FROM {table} "
            f"WHERE {'id' if table == 'meetings' else 'meeting_id'} = ?", [meeting.id]
        ).fetchone()
        assert (live, dead) == (0, count)
    # the other meeting keeps everything
    assert [i.id for i in store.agenda.list(other.id)] == [i.id for i in other_items]
    assert len(store.attendance.list(other.id)) == 13
    # its number can be given again
    assert store.meetings.add(steering.body.id, date(2026, 5, 5), number=1).number == 1


def test_a_meeting_whose_decisions_were_deleted_can_go(steering):
    store = steering.store
    meeting, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion")
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    store.decisions.delete(decision.id)
    store.meetings.delete(meeting.id)
    assert store.meetings.list() == []


def test_an_approved_meeting_cannot_be_deleted(steering):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10), "Modellregion")
    later, _ = steering.meeting(date(2026, 4, 14))
    steering.walk(meeting.id, S.INVITED, S.HELD, S.DRAFT, S.SENT)
    steering.approve(meeting.id, later.id)
    before = rows(store)
    with pytest.raises(RuleViolation, match="genehmigt"):
        store.meetings.delete(meeting.id)
    assert rows(store) == before


# -- workload ------------------------------------------------------------------------------------


def hand_count(store, today: date, body_id: str | None = None):
    """(label, open, overdue) per side and per organisation, counted from tasks.list()."""
    side_names = {r[0]: r[1] for r in store.db.execute("SELECT id, name FROM sides")}
    orgs = {o.id: o for o in store.organizations.list()}
    person_org = {r[0]: r[1] for r in store.db.execute("SELECT id, organization_id FROM people")}

    def org_label(owner: TaskOwner) -> str:
        org_id = owner.organization_id or person_org.get(owner.person_id)
        if org_id is None:
            return "ohne Organisation"
        return orgs[org_id].short or orgs[org_id].name

    by_side: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_org: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for task in store.tasks.list(body_id):
        if task.state not in (TaskState.OPEN, TaskState.IN_PROGRESS):
            continue
        overdue = task.due_date is not None and task.due_date < today
        for label, counts in (
            ({side_names.get(o.side_id, "ohne Seite") for o in task.owners}, by_side),
            ({org_label(o) for o in task.owners}, by_org),
        ):
            for name in label:
                counts[name][0] += 1
                counts[name][1] += overdue

    def ordered(counts):
        return sorted(((k, v[0], v[1]) for k, v in counts.items()), key=lambda r: (-r[1], r[0]))

    return ordered(by_side), ordered(by_org)


@pytest.fixture
def workload(steering):
    """Tasks of the steering group (and one of another body) with owners whose
    organisations all have a short name."""
    store = steering.store
    for org, short in zip(steering.provider_orgs, ("AWO", "CAR", "DIA", "DRK", "PAR", "JW"),
                          strict=True):
        store.organizations.update(org.id, short=short)
    sg = steering.body.id
    person = {m.id: steering.person[m.id].id for m in [*steering.voting, steering.advisor]}
    admin, provider = steering.admin, steering.providers
    outsider = store.people.add("Außenstehend", "Otto")
    add = store.tasks.add
    made = {
        "tandem": add(sg, "Tandem Fortbildung", tandem=True, due_date=date(2026, 1, 31),
                      owners=[TaskOwner(person_id=person[admin[0].id]),
                              TaskOwner(person_id=person[provider[0].id])]),
        "admin_pair": add(sg, "Stellen ausschreiben", due_date=date(2026, 3, 1),
                          owners=[TaskOwner(person_id=person[admin[1].id]),
                                  TaskOwner(person_id=person[admin[2].id])]),
        "caritas": add(sg, "Budget",
                       owners=[TaskOwner(organization_id=steering.provider_orgs[1].id)]),
        "science": add(sg, "Evaluationsdesign", due_date=date(2026, 2, 15),
                       owners=[TaskOwner(person_id=person[steering.advisor.id])]),
        "outsider": add(sg, "Raum buchen", due_date=date(2026, 2, 1),
                        owners=[TaskOwner(person_id=outsider.id)]),
        "in_progress": add(sg, "Datenlage klären", due_date=date(2026, 6, 1),
                           owners=[TaskOwner(person_id=person[provider[3].id])]),
        "done": add(sg, "Erledigt", due_date=date(2026, 1, 1),
                    owners=[TaskOwner(person_id=person[admin[0].id])]),
        "dropped": add(sg, "Entfallen", due_date=date(2026, 1, 1),
                       owners=[TaskOwner(person_id=person[provider[0].id])]),
        "deleted": add(sg, "Gelöscht", due_date=date(2026, 1, 1),
                       owners=[TaskOwner(person_id=person[admin[0].id])]),
        "reassigned": add(sg, "Neu vergeben", due_date=date(2026, 2, 28),
                          owners=[TaskOwner(person_id=person[admin[3].id])]),
    }
    other = store.bodies.add("Arbeitsgruppe Kita", "AGK")
    made["other_body"] = add(other.id, "Kitaplätze", due_date=date(2026, 1, 1),
                             owners=[TaskOwner(organization_id=steering.city.id)])
    store.tasks.set_state(made["in_progress"].id, TaskState.IN_PROGRESS, date(2026, 2, 1))
    store.tasks.set_state(made["done"].id, TaskState.DONE, date(2026, 2, 1))
    store.tasks.set_state(made["dropped"].id, TaskState.DROPPED, date(2026, 2, 1))
    store.tasks.delete(made["deleted"].id)
    store.tasks.set_owners(made["reassigned"].id,
                           [TaskOwner(person_id=person[provider[4].id])])
    return made


@pytest.mark.parametrize("today", [date(2026, 1, 1), date(2026, 2, 28), date(2026, 3, 1),
                                   date(2026, 3, 2), date(2026, 12, 31)])
def test_workload_equals_a_hand_count(steering, workload, today):
    store = steering.store
    result = store.tasks.workload(today, steering.body.id)
    by_side, by_org = hand_count(store, today, steering.body.id)
    assert result.by_side == by_side
    assert result.by_organization == by_org
    everywhere = store.tasks.workload(today)
    assert (everywhere.by_side, everywhere.by_organization) == hand_count(store, today)


def test_workload_numbers(steering, workload):
    store = steering.store
    result = store.tasks.workload(date(2026, 3, 1), steering.body.id)
    # Verwaltung: tandem, the pair (once); Freie Träger: tandem, Caritas, in progress,
    # reassigned; done, dropped and deleted tasks do not count
    assert result.by_side == [("Freie Träger", 4, 2), ("Verwaltung", 2, 1),
                              ("Wissenschaft", 1, 1), ("ohne Seite", 1, 1)]
    assert result.by_organization == [
        ("JA", 2, 1), ("AWO", 1, 1), ("CAR", 1, 0), ("DRK", 1, 0), ("HSNB", 1, 1),
        ("PAR", 1, 1), ("ohne Organisation", 1, 1)]
    # the due date itself is not overdue yet
    assert ("Verwaltung", 2, 2) in store.tasks.workload(date(2026, 3, 2)).by_side
    assert store.tasks.workload(date(2026, 1, 1), steering.body.id).by_side == [
        ("Freie Träger", 4, 0), ("Verwaltung", 2, 0), ("Wissenschaft", 1, 0),
        ("ohne Seite", 1, 0)]


def test_workload_names_an_organisation_without_a_short_name(steering):
    """Organisations without a short name (the default of organizations.add) are listed
    by their name, each on its own row.

    ``Tasks.workload`` uses coalesce(org.short, org.name, …), but a missing short
    name is stored as '' and not NULL: every such organisation gets the label ''
    and they are all counted together in one row.
    """
    store = steering.store
    awo, caritas = steering.provider_orgs[:2]
    assert (awo.short, caritas.short) == ("", "")
    store.tasks.add(steering.body.id, "Hospitation", owners=[TaskOwner(organization_id=awo.id)])
    store.tasks.add(steering.body.id, "Budget", owners=[
        TaskOwner(person_id=steering.person[steering.providers[1].id].id)])
    result = store.tasks.workload(date(2026, 3, 1))
    assert result.by_organization == [("AWO Rostock", 1, 0), ("Caritas Mecklenburg", 1, 0)]
