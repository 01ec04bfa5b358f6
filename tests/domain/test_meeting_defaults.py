"""A new meeting's chair and minute-taker from the roles of the body's members; marking
a meeting held ahead of its day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from domain_factories import DAY, TRAEGER, VERWALTUNG, meeting, member

from sro_desktop.domain.enums import MeetingState, Role
from sro_desktop.domain.meetings import (
    default_chair,
    default_minute_taker,
    held_ahead_of_time,
    sole_holder,
)

CHAIR = member(VERWALTUNG, 1, Role.CHAIR)
VICE = member(TRAEGER, 1, Role.VICE_CHAIR)
MINUTES = member(VERWALTUNG, 2, Role.MINUTES)
PLAIN = member(TRAEGER, 2)
OTHER_CHAIR = member(TRAEGER, 3, Role.CHAIR)
FORMER_CHAIR = member(TRAEGER, 4, Role.CHAIR, valid_to=DAY - timedelta(days=1))
FUTURE_CHAIR = member(TRAEGER, 5, Role.CHAIR, valid_from=DAY + timedelta(days=1))


@pytest.mark.parametrize(("members", "chair", "minute_taker"), [
    ([], None, None),
    ([PLAIN, VICE], None, None),  # a deputy chair is not the chair
    ([CHAIR, PLAIN, MINUTES], CHAIR.person_id, MINUTES.person_id),
    ([CHAIR, OTHER_CHAIR, MINUTES], None, MINUTES.person_id),  # two chairs: no guess
    ([CHAIR, FORMER_CHAIR, FUTURE_CHAIR], CHAIR.person_id, None),  # only seats held today
    ([FORMER_CHAIR, FUTURE_CHAIR], None, None),
])
def test_the_sole_current_holder_of_a_role_is_the_default(members, chair, minute_taker):
    assert default_chair(members, DAY) == chair
    assert default_minute_taker(members, DAY) == minute_taker


def test_one_person_in_two_seats_with_the_role_is_still_one_holder():
    second_seat = member(TRAEGER, 6, Role.CHAIR)
    second_seat.person_id = CHAIR.person_id
    assert sole_holder([CHAIR, second_seat], Role.CHAIR, DAY) == CHAIR.person_id


@pytest.mark.parametrize(("days", "target", "asks"), [
    (1, MeetingState.HELD, True),
    (0, MeetingState.HELD, False),  # today
    (-7, MeetingState.HELD, False),
    (1, MeetingState.CANCELLED, False),  # only "durchgeführt" asks
    (1, MeetingState.INVITED, False),
])
def test_marking_held_before_the_day_asks(days, target, asks):
    today = DAY - timedelta(days=days)
    assert held_ahead_of_time(meeting("m", DAY, MeetingState.INVITED), target, today) is asks
