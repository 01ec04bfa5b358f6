"""The rules that each have one home in ``domain/`` (issue 9), table by table."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.bodies import Tenure, tenure
from sro_desktop.domain.calendar import quarter_label, roman_quarter, short_quarter_label
from sro_desktop.domain.enums import (
    AttendanceStatus,
    MeetingState,
    RecommendationState,
)
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.labels import (
    NameForm,
    organization_choice_label,
    organization_label,
    owner_label,
    person_choice_label,
    person_label,
    person_sort_key,
)
from sro_desktop.domain.meetings import (
    check_date_change,
    keeps_deputy,
    keeps_times,
    settle_attendance,
)
from sro_desktop.domain.milestones import PROCESS_START_YEAR, check_milestone
from sro_desktop.domain.model import (
    Meeting,
    Membership,
    Organization,
    Person,
    Recommendation,
    Side,
    Task,
    TaskOwner,
)
from sro_desktop.domain.recommendations import (
    RESPONSE_STATES,
    answer_overdue,
    is_answered,
    state_on_agenda,
)
from sro_desktop.domain.tasks import report_meetings

DAY = date(2026, 6, 15)
R = RecommendationState


# -- recommendations: answered or awaiting ------------------------------------------------
@pytest.mark.parametrize(("state", "answered", "offered_as_response"), [
    (R.RECEIVED, False, False),
    (R.ON_AGENDA, False, False),
    (R.ADOPTED, True, True),
    (R.PARTLY_ADOPTED, True, True),
    (R.REJECTED, True, True),
    (R.DEFERRED, False, True),  # deferred is a decision of the body, but no answer
])
def test_which_recommendation_states_are_answered(state, answered, offered_as_response):
    rec = Recommendation("r", "pg", "sg", "E-PG1-2026/001", "Titel", DAY, state=state,
                         response_due=date(2026, 6, 1))
    assert is_answered(rec) is answered
    assert (state in RESPONSE_STATES) is offered_as_response
    assert answer_overdue(rec, DAY) is (not answered)  # due before DAY: overdue unless answered


# -- memberships: current, ended, future ---------------------------------------------------
@pytest.mark.parametrize(("valid_from", "valid_to", "expected"), [
    (None, None, Tenure.CURRENT),
    (date(2026, 1, 1), None, Tenure.CURRENT),
    (DAY, DAY, Tenure.CURRENT),  # first and last day both count
    (None, date(2026, 6, 14), Tenure.ENDED),
    (date(2026, 6, 16), None, Tenure.FUTURE),
    (date(2027, 1, 1), date(2027, 12, 31), Tenure.FUTURE),
])
def test_membership_tenure(valid_from, valid_to, expected):
    seat = Membership("m", "sg", "p", "s", valid_from=valid_from, valid_to=valid_to)
    assert tenure(seat, DAY) is expected
    assert (expected is Tenure.CURRENT) is seat.valid_on(DAY)


# -- report-back meetings of a task ---------------------------------------------------------
def _meeting(mid: str, day: date, state=MeetingState.PLANNED, body="sg", number=1) -> Meeting:
    return Meeting(mid, body, number, day, state=state)


@pytest.mark.parametrize(("meeting", "set_now", "offered"), [
    (_meeting("future", date(2026, 7, 1)), None, True),
    (_meeting("today", DAY), None, True),
    (_meeting("past", date(2026, 5, 1), MeetingState.HELD), None, False),
    (_meeting("past-set", date(2026, 5, 1), MeetingState.HELD), "past-set", True),
    (_meeting("cancelled", date(2026, 7, 1), MeetingState.CANCELLED), None, False),
    (_meeting("other-body", date(2026, 7, 1), body="pg"), None, False),
])
def test_meetings_that_can_take_a_report_back(meeting, set_now, offered):
    task = Task("t", "sg", "Bericht", report_meeting_id=set_now)
    assert (meeting in report_meetings(task, [meeting], DAY)) is offered


def test_report_back_meetings_come_by_date_and_number():
    later, sooner, same_day = (_meeting("a", date(2026, 9, 1), number=3),
                               _meeting("b", date(2026, 7, 1), number=2),
                               _meeting("c", date(2026, 7, 1), number=1))
    task = Task("t", "sg", "Bericht")
    assert [m.id for m in report_meetings(task, [later, sooner, same_day], DAY)] == [
        "c", "b", "a"]


# -- attendance ----------------------------------------------------------------------------
MEETING = Meeting("mt", "sg", 7, DAY)
POSITIONS = {"top1": 1, "top2": 2, "top3": 3}
S = AttendanceStatus


@pytest.mark.parametrize(("status", "deputy", "arrives", "leaves", "expected"), [
    (S.PRESENT, None, None, None, (None, None, None, None)),
    (S.PRESENT, "someone", "top1", "top3", (None, "top1", "top3", None)),  # no deputy
    (S.REPRESENTED, None, None, None, ("named-deputy", None, None, None)),  # member's deputy
    (S.REPRESENTED, "other", "top2", None, ("other", "top2", None, None)),
    (S.EXCUSED, "someone", "top1", "top2", (None, None, None, None)),  # not there: no times
    (S.ABSENT, None, "top1", None, (None, None, None, None)),
])
def test_attendance_as_stored(status, deputy, arrives, leaves, expected):
    member = Membership("m", "sg", "p", "s", deputy_person_id="named-deputy")
    assert settle_attendance(MEETING, member, status, member_name="Petra Wendt",
                             deputy_person_id=deputy, arrives_at_item_id=arrives,
                             leaves_at_item_id=leaves, positions=POSITIONS) == expected


@pytest.mark.parametrize(("status", "deputy", "handover", "expected"), [
    # the deputy holds the seat until TOP 2, the member from then on
    (S.REPRESENTED, None, "top2", ("named-deputy", None, None, "top2")),
    # the member leaves the seat to the deputy from TOP 3 on
    (S.PRESENT, None, "top3", ("named-deputy", None, None, "top3")),
    (S.PRESENT, "other", "top3", ("other", None, None, "top3")),
    (S.EXCUSED, None, "top3", (None, None, None, None)),  # not there: no handover
])
def test_a_seat_changes_hands_once(status, deputy, handover, expected):
    member = Membership("m", "sg", "p", "s", deputy_person_id="named-deputy")
    assert settle_attendance(MEETING, member, status, member_name="Petra Wendt",
                             deputy_person_id=deputy, arrives_at_item_id=None,
                             leaves_at_item_id=None, positions=POSITIONS,
                             handover_at_item_id=handover) == expected


@pytest.mark.parametrize(("arrives", "leaves", "handover", "message"), [
    (None, None, "top1", "Wechsel beim ersten TOP"),
    ("top2", None, "top2", "zwischen Eintreffen und Abgang"),
    (None, "top2", "top3", "zwischen Eintreffen und Abgang"),
    (None, None, "elsewhere", "gehört nicht zu"),
])
def test_handover_refusals(arrives, leaves, handover, message):
    member = Membership("m", "sg", "p", "s", deputy_person_id="named-deputy")
    with pytest.raises(RuleViolation, match=message):
        settle_attendance(MEETING, member, S.PRESENT, member_name="Petra Wendt",
                          deputy_person_id=None, arrives_at_item_id=arrives,
                          leaves_at_item_id=leaves, positions=POSITIONS,
                          handover_at_item_id=handover)


@pytest.mark.parametrize(("member", "status", "arrives", "leaves", "message"), [
    (Membership("m", "sg", "p", "s"), S.REPRESENTED, None, None,
     "Für Petra Wendt ist keine Stellvertretung eingetragen."),
    (Membership("m", "pg", "p", "s"), S.PRESENT, None, None, "nicht zum Gremium"),
    (Membership("m", "sg", "p", "s", valid_to=date(2026, 6, 1)), S.PRESENT, None, None,
     "nicht zum Gremium"),
    (Membership("m", "sg", "p", "s"), S.PRESENT, "elsewhere", None, "gehört nicht zu"),
    (Membership("m", "sg", "p", "s"), S.PRESENT, "top2", "top2", "Abgang nach dem Eintreffen"),
    (Membership("m", "sg", "p", "s"), S.PRESENT, "top3", "top1", "Abgang nach dem Eintreffen"),
])
def test_attendance_refusals(member, status, arrives, leaves, message):
    with pytest.raises(RuleViolation, match=message):
        settle_attendance(MEETING, member, status, member_name="Petra Wendt",
                          deputy_person_id=None, arrives_at_item_id=arrives,
                          leaves_at_item_id=leaves, positions=POSITIONS)


@pytest.mark.parametrize(("new", "has_decisions", "refused"), [
    (date(2026, 12, 31), True, False),
    (date(2027, 1, 5), False, False),
    (date(2027, 1, 5), True, True),
    (date(2025, 12, 1), True, True),
])
def test_a_meeting_with_decisions_stays_in_its_year(new, has_decisions, refused):
    if refused:
        with pytest.raises(RuleViolation, match="nicht in ein anderes Jahr"):
            check_date_change(DAY, new, has_decisions)
    else:
        check_date_change(DAY, new, has_decisions)


# -- names ---------------------------------------------------------------------------------
WENDT = Person("p1", "Wendt", "Petra", title="Dr.", organization_id="o1")
PLAIN = Person("p2", "Ohm", "")
KJH = Organization("o1", "Kinder- und Jugendhilfe Warnowufer e. V.", "KJH Warnowufer")
AMT = Organization("o2", "Amt für Jugend, Soziales und Asyl")
PEOPLE, ORGS = {"p1": WENDT, "p2": PLAIN}, {"o1": KJH, "o2": AMT}


@pytest.mark.parametrize(("person", "form", "expected"), [
    (WENDT, NameForm.FULL, "Dr. Petra Wendt"),
    (WENDT, NameForm.INITIAL, "P. Wendt"),
    (WENDT, NameForm.LAST, "Wendt"),
    (PLAIN, NameForm.FULL, "Ohm"),
    (PLAIN, NameForm.INITIAL, "Ohm"),
    (WENDT, NameForm.SORTED, "Wendt, Petra (Dr.)"),
    (PLAIN, NameForm.SORTED, "Ohm"),
    (Person("p3", "Krug", "Heike"), NameForm.SORTED, "Krug, Heike"),
    (None, NameForm.FULL, ""),
])
def test_person_label(person, form, expected):
    assert person_label(person, form) == expected


@pytest.mark.parametrize(("person", "org", "expected"), [
    (WENDT, KJH, "Wendt, Petra (Dr.) – KJH Warnowufer"),
    (WENDT, AMT, "Wendt, Petra (Dr.) – Amt für Jugend, Soziales und Asyl"),  # no short name
    (PLAIN, None, "Ohm"),
])
def test_person_in_a_list_to_choose_from(person, org, expected):
    assert person_choice_label(person, org) == expected


@pytest.mark.parametrize(("org", "short", "expected"), [
    (KJH, False, "Kinder- und Jugendhilfe Warnowufer e. V."),
    (KJH, True, "KJH Warnowufer"),
    (AMT, True, "Amt für Jugend, Soziales und Asyl"),  # no short name: the name
    (None, True, ""),
])
def test_organization_label(org, short, expected):
    assert organization_label(org, short=short) == expected


@pytest.mark.parametrize(("org", "expected"), [
    (KJH, "KJH Warnowufer – Kinder- und Jugendhilfe Warnowufer e. V."),
    (AMT, "Amt für Jugend, Soziales und Asyl"),  # no short name: the name
])
def test_organization_choice_label(org, expected):
    assert organization_choice_label(org) == expected


@pytest.mark.parametrize(("owner", "form", "short_org", "expected"), [
    (TaskOwner(person_id="p1"), NameForm.FULL, False, "Dr. Petra Wendt"),
    (TaskOwner(person_id="p1"), NameForm.INITIAL, True, "P. Wendt"),
    (TaskOwner(organization_id="o1"), NameForm.FULL, False,
     "Kinder- und Jugendhilfe Warnowufer e. V."),
    (TaskOwner(organization_id="o1"), NameForm.FULL, True, "KJH Warnowufer"),
    (TaskOwner(person_id="gone"), NameForm.FULL, False, ""),
])
def test_owner_label(owner, form, short_org, expected):
    assert owner_label(owner, PEOPLE, ORGS, form=form, short_organization=short_org) == expected


# -- quarters and the timeline ---------------------------------------------------------------
@pytest.mark.parametrize(("quarter", "roman", "long", "short"), [
    (1, "I", "I. Quartal 2018", "I/2018"),
    (2, "II", "II. Quartal 2018", "II/2018"),
    (3, "III", "III. Quartal 2018", "III/2018"),
    (4, "IV", "IV. Quartal 2018", "IV/2018"),
])
def test_quarters_in_roman_numerals(quarter, roman, long, short):
    assert roman_quarter(quarter) == roman
    assert quarter_label(2018, quarter) == long
    assert short_quarter_label(2018, quarter) == short


@pytest.mark.parametrize("quarter", [0, 5])
def test_there_are_four_quarters(quarter):
    with pytest.raises(ValueError, match="gibt es nicht"):
        roman_quarter(quarter)


def test_the_timeline_starts_with_the_process_and_milestones_may_lie_before():
    assert PROCESS_START_YEAR == 2017  # the city's statement of 2017
    check_milestone("Vorarbeit", PROCESS_START_YEAR - 1, 4)  # not refused


@pytest.mark.parametrize(("status", "deputy", "times"), [
    (AttendanceStatus.PRESENT, False, True),
    (AttendanceStatus.REPRESENTED, True, True),
    (AttendanceStatus.EXCUSED, False, False),
    (AttendanceStatus.ABSENT, False, False),
])
def test_what_an_attendance_status_keeps(status, deputy, times):
    assert (keeps_deputy(status), keeps_times(status)) == (deputy, times)


@pytest.mark.parametrize(("state", "after"), [
    (RecommendationState.RECEIVED, RecommendationState.ON_AGENDA),
    (RecommendationState.DEFERRED, RecommendationState.ON_AGENDA),
    (RecommendationState.ON_AGENDA, RecommendationState.ON_AGENDA),
    (RecommendationState.ADOPTED, RecommendationState.ADOPTED),
    (RecommendationState.PARTLY_ADOPTED, RecommendationState.PARTLY_ADOPTED),
    (RecommendationState.REJECTED, RecommendationState.REJECTED),
])
def test_the_state_of_a_recommendation_put_on_an_agenda(state, after):
    rec = Recommendation(id="r", advisory_body_id="pg", addressed_body_id="sg", number="E-1",
                         title="T", adopted_on=date(2026, 5, 4), state=state)
    assert state_on_agenda(rec) is after


def test_people_are_ordered_by_last_then_first_name_whatever_the_case():
    people = [Person(id=str(n), last_name=last, first_name=first)
              for n, (last, first) in enumerate([("Langer", "Anna"), ("lange", "Birgit"),
                                                 ("Lange", "Anke"), ("Abel", "Zoe")])]
    assert [(p.last_name, p.first_name) for p in sorted(people, key=person_sort_key)] == [
        ("Abel", "Zoe"), ("Lange", "Anke"), ("lange", "Birgit"), ("Langer", "Anna")]


def test_parity_also_asks_for_equal_statutory_seats():
    from dataclasses import replace

    from sro_desktop.domain.bodies import parity

    sides = [Side("v", "sg", "Verwaltung", "V", parity=True, voting=True, position=1,
                  statutory_seats=6),
             Side("t", "sg", "Freie Träger", "T", parity=True, voting=True, position=2,
                  statutory_seats=7)]
    result = parity(sides, [], date(2026, 11, 25))
    assert (result.balanced, result.message) == (
        False, "Sollzahlen nicht paritätisch (Verwaltung 6, Freie Träger 7)")
    assert parity([sides[0], replace(sides[1], statutory_seats=6)], [],
                  date(2026, 11, 25)).balanced
