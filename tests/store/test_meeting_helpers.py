"""Helpers of the Sitzungen view through the store: a new meeting's chair and minute-taker,
"Alle anwesend", a recommendation put on the agenda before "Verschiedenes"."""

from __future__ import annotations

from datetime import date

from sro_desktop.domain.enums import AttendanceStatus, BodyKind, Role

A = AttendanceStatus
DAY = date(2026, 3, 10)


def test_new_meetings_take_the_sole_chair_and_minute_taker(steering):
    store = steering.store
    chair = steering.person[steering.admin[0].id]
    assert store.meetings.default_people(steering.body.id, DAY) == {
        "chair_person_id": chair.id, "minute_taker_person_id": None}
    writer = store.people.add("Schreiber", "Lea")
    store.memberships.add(steering.body.id, writer.id, steering.sides["V"].id, Role.MINUTES,
                          valid_from=date(2026, 1, 1))
    assert store.meetings.default_people(steering.body.id, DAY) == {
        "chair_person_id": chair.id, "minute_taker_person_id": writer.id}
    # before the minute-taker's seat began, no one wrote the minutes
    assert store.meetings.default_people(steering.body.id, date(2025, 12, 1))[
        "minute_taker_person_id"] is None
    second = store.people.add("Zweite", "Vera")
    store.memberships.add(steering.body.id, second.id, steering.sides["T"].id, Role.CHAIR)
    assert store.meetings.default_people(steering.body.id, DAY)["chair_person_id"] is None


def test_all_present_keeps_what_is_recorded(steering):
    store = steering.store
    meeting, _ = steering.meeting(DAY, "Modellregion")
    excused, represented = steering.admin[1], steering.providers[2]
    store.attendance.set(meeting.id, excused.id, A.EXCUSED)
    store.attendance.set(meeting.id, represented.id, A.REPRESENTED)
    store.attendance.add_guest(meeting.id, "Gast", "Presse")
    members = [*steering.voting, steering.advisor]
    assert store.attendance.mark_all_present(meeting.id) == len(members) - 2
    status = {a.membership_id: a.status for a in store.attendance.list(meeting.id)
              if a.membership_id}
    assert status == {m.id: (A.EXCUSED if m is excused else A.REPRESENTED
                             if m is represented else A.PRESENT) for m in members}
    assert store.attendance.mark_all_present(meeting.id) == 0


def recommendation(steering):
    store = steering.store
    board = next((b for b in store.bodies.list() if b.short == "PG1"), None) or store.bodies.add(
        "Planungsgruppe", "PG1", BodyKind.ADVISORY, advises_body_id=steering.body.id)
    return store.recommendations.add(board.id, steering.body.id, "Jugendforum einrichten",
                                     date(2026, 2, 5))


def test_a_recommendation_goes_before_verschiedenes(steering):
    store = steering.store
    meeting, _ = steering.meeting(DAY, "Begrüßung", "Verschiedenes", "Termine")
    item = store.recommendations.put_on_agenda(recommendation(steering).id, meeting.id)
    assert item.position == 2
    assert [i.title for i in store.agenda.list(meeting.id)] == [
        "Begrüßung", item.title, "Verschiedenes", "Termine"]


def test_without_verschiedenes_a_recommendation_goes_to_the_end(steering):
    store = steering.store
    meeting, _ = steering.meeting(DAY, "Begrüßung", "Modellregion")
    item = store.recommendations.put_on_agenda(recommendation(steering).id, meeting.id)
    assert item.position == 3
    assert store.recommendations.put_on_agenda(
        recommendation(steering).id, meeting.id, position=1).position == 1
