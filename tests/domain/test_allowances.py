"""Sitzungsgeld (issue 17, item 4): who is paid for a meeting and how much, from the
recorded attendance; deputies, cancelled meetings, rates' validity and entitled sides."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.allowances import (
    AllowanceRate,
    check_rate,
    meeting_allowances,
    statements,
)
from sro_desktop.domain.enums import AttendanceStatus as S
from sro_desktop.domain.enums import MeetingState, Role
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import Attendance, Meeting, Membership
from sro_desktop.domain.money import euro

DAY = date(2026, 3, 12)
SEATS = {
    "m1": Membership("m1", "b", "anna", "providers", Role.MEMBER, deputy_person_id="dora"),
    "m2": Membership("m2", "b", "bert", "providers", Role.CHAIR),
    "m3": Membership("m3", "b", "carl", "office", Role.MEMBER),  # a side without a rate
    "m4": Membership("m4", "b", "emma", "providers", Role.MINUTES),  # never paid
    "m5": Membership("m5", "b", "fritz", "providers", Role.ADVISORY),
    "m6": Membership("m6", "b", "gert", "providers", Role.MEMBER, deputy_person_id="dora"),
}
RATE = AllowanceRate("r1", "b", "providers", 2500, 500, date(2026, 1, 1), date(2026, 12, 31))


def meeting(state: MeetingState = MeetingState.HELD, day: date = DAY) -> Meeting:
    return Meeting("s1", "b", 1, day, state=state)


def line(seat: str, status: S, deputy: str | None = None) -> Attendance:
    return Attendance(f"a-{seat}", "s1", status, membership_id=seat, deputy_person_id=deputy)


def paid(attendance: list[Attendance], *, state: MeetingState = MeetingState.HELD,
         day: date = DAY, rates: tuple[AllowanceRate, ...] = (RATE,),
         office: tuple[str, ...] = ()) -> dict[str, int]:
    return {a.person_id: a.total_cents for a in meeting_allowances(
        meeting(state, day), attendance, SEATS, list(rates), office)}


@pytest.mark.parametrize(("attendance", "expected"), [
    ([line("m1", S.PRESENT)], {"anna": 3000}),
    ([line("m1", S.EXCUSED)], {}),
    ([line("m1", S.ABSENT)], {}),
    ([line("m1", S.REPRESENTED, "dora")], {"dora": 3000}),  # the deputy, not the member
    ([line("m1", S.REPRESENTED)], {}),  # nobody came
    ([line("m3", S.PRESENT)], {}),  # the side has no rate
    ([line("m4", S.PRESENT)], {}),  # the minute-taker's seat
    ([line("m2", S.PRESENT), line("m5", S.PRESENT)], {"bert": 3000, "fritz": 3000}),
    # one allowance per person: dora represents two members
    ([line("m1", S.REPRESENTED, "dora"), line("m6", S.REPRESENTED, "dora")], {"dora": 3000}),
    ([Attendance("g", "s1", S.PRESENT, guest_name="Gast")], {}),
], ids=["present", "excused", "absent", "represented", "represented-nobody", "no-rate",
        "minutes", "chair-and-advisory", "one-per-person", "guest"])
def test_who_is_paid_for_a_held_meeting(attendance, expected):
    assert paid(attendance) == expected


@pytest.mark.parametrize("state", [MeetingState.CANCELLED, MeetingState.PLANNED,
                                   MeetingState.INVITED])
def test_a_meeting_not_held_pays_nobody(state):
    assert paid([line("m1", S.PRESENT), line("m2", S.PRESENT)], state=state) == {}


@pytest.mark.parametrize("state", [MeetingState.HELD, MeetingState.DRAFT, MeetingState.SENT,
                                   MeetingState.APPROVED])
def test_every_state_after_the_meeting_pays(state):
    assert paid([line("m1", S.PRESENT)], state=state) == {"anna": 3000}


@pytest.mark.parametrize(("day", "expected"), [
    (date(2025, 12, 31), {}), (date(2026, 1, 1), {"anna": 3000}),
    (date(2026, 12, 31), {"anna": 3000}), (date(2027, 1, 1), {}),
])
def test_the_rate_valid_on_the_meetings_day(day, expected):
    assert paid([line("m1", S.PRESENT)], day=day) == expected


def test_a_new_rate_takes_over_on_its_first_day():
    old = AllowanceRate("r0", "b", "providers", 2000, 0, None, date(2026, 6, 30))
    new = AllowanceRate("r1", "b", "providers", 2500, 500, date(2026, 7, 1), None)
    assert paid([line("m1", S.PRESENT)], day=date(2026, 6, 30), rates=(old, new)) == {
        "anna": 2000}
    assert paid([line("m1", S.PRESENT)], day=date(2026, 7, 1), rates=(old, new)) == {
        "anna": 3000}


def test_the_offices_staff_only_when_the_rate_says_so():
    attendance = [line("m1", S.PRESENT), line("m2", S.PRESENT)]
    assert paid(attendance, office=("bert",)) == {"anna": 3000}
    staff_too = AllowanceRate("r1", "b", "providers", 2500, 0, office_staff=True)
    assert paid(attendance, office=("bert",), rates=(staff_too,)) == {"anna": 2500,
                                                                      "bert": 2500}


def test_amounts_stay_exact_to_the_cent_over_many_meetings():
    rate = AllowanceRate("r", "b", "providers", 1999, 333)  # 19,99 € and 3,33 €
    found = []
    for n in range(1000):
        held = Meeting(f"s{n}", "b", n, date(2026, 1, 1), state=MeetingState.HELD)
        found += meeting_allowances(held, [line("m1", S.PRESENT)], SEATS, [rate])
    (statement,) = statements(found, SEATS)
    assert statement.count == 1000
    assert (statement.amount_cents, statement.travel_cents) == (1_999_000, 333_000)
    assert euro(statement.total_cents) == "23.320,00 €"


@pytest.mark.parametrize(("cents", "text"), [
    (0, "0,00 €"), (5, "0,05 €"), (2500, "25,00 €"), (123456, "1.234,56 €"),
    (123456789, "1.234.567,89 €"), (-150, "-1,50 €"),
])
def test_euro_in_german_format(cents, text):
    assert euro(cents) == text


@pytest.mark.parametrize(("rate", "message"), [
    (AllowanceRate("x", "b", "providers", -1), "ab 0,00 €"),
    (AllowanceRate("x", "b", "providers", 25.5), "ab 0,00 €"),  # type: ignore[arg-type]
    (AllowanceRate("x", "b", "providers", 100, 0, date(2026, 2, 1), date(2026, 1, 1)),
     "vor „gültig ab“"),
    (AllowanceRate("x", "b", "providers", 100, 0, date(2026, 12, 31)), "schon ein"),
])
def test_a_rate_that_cannot_be(rate, message):
    with pytest.raises(RuleViolation, match=message):
        check_rate(rate, [RATE])


def test_rates_of_other_sides_or_periods_do_not_collide():
    check_rate(AllowanceRate("x", "b", "office", 100), [RATE])
    check_rate(AllowanceRate("x", "b", "providers", 100, 0, date(2027, 1, 1)), [RATE])
    check_rate(RATE, [RATE])  # itself, changed
