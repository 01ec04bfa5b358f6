"""Beschlussfähigkeit: who counts, at which agenda item, and the German sentence."""

from __future__ import annotations

from datetime import timedelta

import pytest
from domain_factories import (
    BERATUNG,
    DAY,
    MITGLIEDER,
    STEERING_SIDES,
    TRAEGER,
    VERWALTUNG,
    WISSENSCHAFT,
    advisory_body,
    attend,
    attend_first,
    guest,
    member,
    members,
    positions,
    steering_body,
    steering_members,
)

from sro_desktop.domain.enums import AttendanceStatus, Role
from sro_desktop.domain.model import Body
from sro_desktop.domain.quorum import is_present_at, present_voting_members, quorum

A = AttendanceStatus
SG_YES = "Die Steuerungsgruppe ist beschlussfähig: "
SG_NO = "Die Steuerungsgruppe ist nicht beschlussfähig: "
MORE_THAN_HALF = "erforderlich sind mehr als die Hälfte der Stimmberechtigten"


def run(v_seats, t_seats, v_present, t_present, **rule):
    seats = steering_members(v_seats, t_seats)
    attendance = (attend_first(seats, VERWALTUNG, v_present)
                  + attend_first(seats, TRAEGER, t_present))
    return quorum(steering_body(**rule), STEERING_SIDES, seats, attendance, DAY)


# --- the rule and its sentence ------------------------------------------------------------

QUORUM_CASES = [
    # default rule: more than half, each parity side present
    pytest.param(
        (6, 6, 5, 4), {}, True,
        SG_YES + "9 von 12 Stimmberechtigten anwesend (Verwaltung 5, Freie Träger 4).",
        id="default-9-of-12",
    ),
    pytest.param(
        (6, 6, 6, 6), {}, True,
        SG_YES + "12 von 12 Stimmberechtigten anwesend (Verwaltung 6, Freie Träger 6).",
        id="default-all-present",
    ),
    pytest.param(
        (6, 6, 6, 1), {}, True,
        SG_YES + "7 von 12 Stimmberechtigten anwesend (Verwaltung 6, Freie Träger 1).",
        id="default-one-more-than-half",
    ),
    pytest.param(
        (6, 6, 3, 3), {}, False,
        SG_NO + "6 von 12 Stimmberechtigten anwesend (Verwaltung 3, Freie Träger 3); "
        + MORE_THAN_HALF + ".",
        id="default-exactly-half-not-quorate",
    ),
    pytest.param(
        (5, 4, 3, 2), {}, True,
        SG_YES + "5 von 9 Stimmberechtigten anwesend (Verwaltung 3, Freie Träger 2).",
        id="default-odd-seats-5-of-9",
    ),
    pytest.param(
        (5, 4, 3, 1), {}, False,
        SG_NO + "4 von 9 Stimmberechtigten anwesend (Verwaltung 3, Freie Träger 1); "
        + MORE_THAN_HALF + ".",
        id="default-odd-seats-4-of-9",
    ),
    pytest.param(
        (8, 4, 8, 0), {}, False,
        SG_NO + "8 von 12 Stimmberechtigten anwesend (Verwaltung 8, Freie Träger 0); "
        "Freie Träger nicht vertreten.",
        id="enough-members-but-providers-absent",
    ),
    pytest.param(
        (6, 6, 0, 6), {"quorum_share": "1/3"}, False,
        SG_NO + "6 von 12 Stimmberechtigten anwesend (Verwaltung 0, Freie Träger 6); "
        "Verwaltung nicht vertreten.",
        id="enough-for-a-third-but-administration-absent",
    ),
    pytest.param(
        (6, 6, 6, 0), {}, False,
        SG_NO + "6 von 12 Stimmberechtigten anwesend (Verwaltung 6, Freie Träger 0); "
        + MORE_THAN_HALF + "; Freie Träger nicht vertreten.",
        id="both-reasons",
    ),
    pytest.param(
        (6, 6, 0, 0), {}, False,
        SG_NO + "0 von 12 Stimmberechtigten anwesend (Verwaltung 0, Freie Träger 0); "
        + MORE_THAN_HALF + "; Verwaltung und Freie Träger nicht vertreten.",
        id="nobody-present",
    ),
    # each parity side switched off
    pytest.param(
        (8, 4, 8, 0), {"quorum_each_parity_side": False}, True,
        SG_YES + "8 von 12 Stimmberechtigten anwesend (Verwaltung 8, Freie Träger 0).",
        id="sides-not-required",
    ),
    pytest.param(
        (6, 6, 6, 0), {"quorum_each_parity_side": False}, False,
        SG_NO + "6 von 12 Stimmberechtigten anwesend (Verwaltung 6, Freie Träger 0); "
        + MORE_THAN_HALF + ".",
        id="sides-not-required-still-needs-share",
    ),
    # at least (not more than) the share
    pytest.param(
        (6, 6, 3, 3), {"quorum_more_than": False}, True,
        SG_YES + "6 von 12 Stimmberechtigten anwesend (Verwaltung 3, Freie Träger 3).",
        id="at-least-half-exactly-half",
    ),
    pytest.param(
        (6, 6, 3, 2), {"quorum_more_than": False}, False,
        SG_NO + "5 von 12 Stimmberechtigten anwesend (Verwaltung 3, Freie Träger 2); "
        "erforderlich sind mindestens die Hälfte der Stimmberechtigten.",
        id="at-least-half-one-short",
    ),
    pytest.param(
        (6, 6, 4, 4), {"quorum_share": "2/3", "quorum_more_than": False}, True,
        SG_YES + "8 von 12 Stimmberechtigten anwesend (Verwaltung 4, Freie Träger 4).",
        id="at-least-two-thirds-exactly",
    ),
    pytest.param(
        (6, 6, 4, 3), {"quorum_share": "2/3", "quorum_more_than": False}, False,
        SG_NO + "7 von 12 Stimmberechtigten anwesend (Verwaltung 4, Freie Träger 3); "
        "erforderlich sind mindestens zwei Drittel der Stimmberechtigten.",
        id="at-least-two-thirds-one-short",
    ),
    pytest.param(
        (6, 6, 4, 4), {"quorum_share": "2/3"}, False,
        SG_NO + "8 von 12 Stimmberechtigten anwesend (Verwaltung 4, Freie Träger 4); "
        "erforderlich sind mehr als zwei Drittel der Stimmberechtigten.",
        id="more-than-two-thirds-exactly-not-enough",
    ),
    pytest.param(
        (6, 6, 5, 4), {"quorum_share": "2/3"}, True,
        SG_YES + "9 von 12 Stimmberechtigten anwesend (Verwaltung 5, Freie Träger 4).",
        id="more-than-two-thirds",
    ),
    pytest.param(
        (6, 6, 2, 2), {"quorum_share": "1/3"}, False,
        SG_NO + "4 von 12 Stimmberechtigten anwesend (Verwaltung 2, Freie Träger 2); "
        "erforderlich sind mehr als ein Drittel der Stimmberechtigten.",
        id="more-than-a-third-exactly-not-enough",
    ),
    pytest.param(
        (6, 6, 3, 2), {"quorum_share": "1/3"}, True,
        SG_YES + "5 von 12 Stimmberechtigten anwesend (Verwaltung 3, Freie Träger 2).",
        id="more-than-a-third",
    ),
    pytest.param(
        (6, 6, 5, 4), {"quorum_share": "3/4", "quorum_more_than": False}, True,
        SG_YES + "9 von 12 Stimmberechtigten anwesend (Verwaltung 5, Freie Träger 4).",
        id="at-least-three-quarters-exactly",
    ),
    pytest.param(
        (6, 6, 4, 4), {"quorum_share": "3/4", "quorum_more_than": False}, False,
        SG_NO + "8 von 12 Stimmberechtigten anwesend (Verwaltung 4, Freie Träger 4); "
        "erforderlich sind mindestens drei Viertel der Stimmberechtigten.",
        id="at-least-three-quarters-one-short",
    ),
    pytest.param(
        (6, 6, 4, 3), {"quorum_share": "3/5", "quorum_more_than": False}, False,
        SG_NO + "7 von 12 Stimmberechtigten anwesend (Verwaltung 4, Freie Träger 3); "
        "erforderlich sind mindestens 3/5 der Stimmberechtigten.",
        id="unnamed-share-written-as-fraction",
    ),
    pytest.param(
        (6, 6, 4, 4), {"quorum_share": "3/5", "quorum_more_than": False}, True,
        SG_YES + "8 von 12 Stimmberechtigten anwesend (Verwaltung 4, Freie Träger 4).",
        id="unnamed-share-reached",
    ),
]


@pytest.mark.parametrize(("counts", "rule", "quorate", "sentence"), QUORUM_CASES)
def test_quorum_rule_and_sentence(counts, rule, quorate, sentence):
    v_seats, t_seats, v_present, t_present = counts
    result = run(v_seats, t_seats, v_present, t_present, **rule)
    assert result.quorate is quorate
    assert result.present == v_present + t_present
    assert result.seats == v_seats + t_seats
    assert result.by_side == {
        "Verwaltung": (v_present, v_seats), "Freie Träger": (t_present, t_seats),
    }
    assert result.sentence == sentence


@pytest.mark.parametrize(
    ("body", "present", "quorate", "sentence"),
    [
        pytest.param(advisory_body(), 5, True,
                     "Die Planungsgruppe Sozialraumorientierung ist beschlussfähig: "
                     "5 von 8 Stimmberechtigten anwesend.", id="one-side-no-breakdown"),
        pytest.param(Body("br", "Beirat", "BR", article="der"), 4, False,
                     "Der Beirat ist nicht beschlussfähig: 4 von 8 Stimmberechtigten "
                     "anwesend; " + MORE_THAN_HALF + ".", id="masculine-subject-capitalised"),
    ],
)
def test_quorum_of_a_body_with_a_single_side(body, present, quorate, sentence):
    seats = members(MITGLIEDER, 8)
    result = quorum(body, [MITGLIEDER], seats, [attend(m) for m in seats[:present]], DAY)
    assert result.quorate is quorate
    assert result.by_side == {"Mitglieder": (present, 8)}
    assert result.sentence == sentence


@pytest.mark.parametrize(
    "rule",
    [pytest.param({}, id="more-than-half"),
     pytest.param({"quorum_more_than": False}, id="at-least-half")],
)
def test_body_without_voting_seats_is_never_quorate(rule):
    seats = members(WISSENSCHAFT, 2) + [member(VERWALTUNG, 1, Role.GUEST)]
    result = quorum(steering_body(**rule), STEERING_SIDES, seats, [attend(m) for m in seats], DAY)
    assert result.quorate is False
    assert (result.present, result.seats) == (0, 0)
    assert result.by_side == {"Verwaltung": (0, 0), "Freie Träger": (0, 0)}
    assert result.sentence == (
        SG_NO + "0 von 0 Stimmberechtigten anwesend (Verwaltung 0, Freie Träger 0); "
        "das Gremium hat keine stimmberechtigten Mitglieder; "
        "Verwaltung und Freie Träger nicht vertreten."
    )


def test_parity_side_without_seats_is_not_quorate():
    """An equal-membership body cannot decide while one side has no seat at all."""
    seats = members(VERWALTUNG, 6)
    result = quorum(steering_body(), STEERING_SIDES, seats, [attend(m) for m in seats], DAY)
    assert result.quorate is False
    assert result.by_side == {"Verwaltung": (6, 6), "Freie Träger": (0, 0)}
    assert result.sentence == (
        SG_NO + "6 von 6 Stimmberechtigten anwesend (Verwaltung 6, Freie Träger 0); "
        "Freie Träger nicht vertreten."
    )


# --- who is counted ---------------------------------------------------------------------

STATUS_CASES = [
    pytest.param(A.PRESENT, True, id="present"),
    pytest.param(A.REPRESENTED, True, id="represented-by-deputy"),
    pytest.param(A.EXCUSED, False, id="excused"),
    pytest.param(A.ABSENT, False, id="absent"),
]


@pytest.mark.parametrize(("status", "counts"), STATUS_CASES)
def test_attendance_status_decides_who_counts(status, counts):
    # 2 : 2 seats; three members certainly present, the fourth has ``status``.
    seats = steering_members(2, 2)
    attendance = [attend(m) for m in seats[:3]] + [attend(seats[3], status, deputy="dep-1")]
    result = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY)
    assert result.present == 3 + counts
    assert result.by_side["Freie Träger"] == (1 + counts, 2)


def test_deputies_count_for_their_principals_side():
    seats = steering_members(6, 6)
    v = [m for m in seats if m.side_id == VERWALTUNG.id]
    t = [m for m in seats if m.side_id == TRAEGER.id]
    attendance = (
        [attend(m) for m in v[:4]]
        + [attend(m, A.REPRESENTED, deputy=f"deputy-of-{m.id}") for m in v[4:]]
        + [attend(t[0], A.REPRESENTED, deputy="deputy-t1")]
        + [attend(m, A.EXCUSED) for m in t[1:]]
    )
    result = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY)
    assert result.quorate is True
    assert result.sentence == (
        SG_YES + "7 von 12 Stimmberechtigten anwesend (Verwaltung 6, Freie Träger 1)."
    )


def test_provider_side_present_only_through_a_deputy_is_represented():
    seats = steering_members(4, 4)
    attendance = attend_first(seats, VERWALTUNG, 4) + [
        attend(seats[4], A.REPRESENTED, deputy="deputy")
    ]
    result = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY)
    assert result.quorate is True
    assert result.by_side == {"Verwaltung": (4, 4), "Freie Träger": (1, 4)}


NOT_COUNTED = [
    pytest.param([member(VERWALTUNG, 9, Role.GUEST)], id="member-as-guest"),
    pytest.param([member(TRAEGER, 9, Role.MINUTES)], id="minute-taker"),
    pytest.param([member(TRAEGER, 9, Role.ADVISORY)], id="advisory-member"),
    pytest.param([member(VERWALTUNG, 9, voting=False)], id="member-without-vote"),
    pytest.param(members(WISSENSCHAFT, 2), id="science-side"),
    pytest.param(members(BERATUNG, 1), id="consultancy-side"),
    pytest.param([member(VERWALTUNG, 9, valid_to=DAY - timedelta(days=1))],
                 id="membership-ended"),
    pytest.param([member(TRAEGER, 9, valid_from=DAY + timedelta(days=1))],
                 id="membership-not-begun"),
]


@pytest.mark.parametrize("extra", NOT_COUNTED)
def test_present_but_not_counted(extra):
    """Present people without a voting seat change neither the count nor the seats."""
    seats = steering_members(6, 6)
    attendance = (attend_first(seats, VERWALTUNG, 3) + attend_first(seats, TRAEGER, 3)
                  + [attend(m) for m in extra])
    result = quorum(steering_body(), STEERING_SIDES, seats + extra, attendance, DAY)
    assert (result.present, result.seats) == (6, 12)
    assert result.quorate is False
    assert result.by_side == {"Verwaltung": (3, 6), "Freie Träger": (3, 6)}


def test_guests_are_not_counted():
    seats = steering_members(2, 2)
    attendance = attend_first(seats, VERWALTUNG, 1) + attend_first(seats, TRAEGER, 1) + [
        guest("Frau Muster"), guest("Herr Beispiel"),
    ]
    result = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY)
    assert (result.present, result.quorate) == (2, False)


def test_member_without_attendance_line_is_not_counted():
    seats = steering_members(3, 3)
    result = quorum(steering_body(), STEERING_SIDES, seats, attend_first(seats, TRAEGER, 3), DAY)
    assert result.by_side == {"Verwaltung": (0, 3), "Freie Träger": (3, 3)}


def test_membership_dates_are_judged_on_the_meeting_day():
    seats = [*steering_members(2, 2), member(TRAEGER, 3, valid_to=DAY)]
    attendance = [attend(m) for m in seats]
    on_the_day = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY)
    next_day = quorum(steering_body(), STEERING_SIDES, seats, attendance,
                      DAY + timedelta(days=1))
    assert (on_the_day.present, on_the_day.seats) == (5, 5)
    assert (next_day.present, next_day.seats) == (4, 4)


# --- late arrival and early leave, item by item -------------------------------------------

PRESENCE_CASES = [
    # (status, arrives, leaves, {position: present})
    pytest.param(A.PRESENT, None, None, {None: True, 1: True, 5: True}, id="whole-meeting"),
    pytest.param(A.PRESENT, "top3", None, {None: False, 1: False, 2: False, 3: True, 5: True},
                 id="arrives-at-top3"),
    pytest.param(A.PRESENT, None, "top3", {None: True, 1: True, 2: True, 3: False, 5: False},
                 id="leaves-at-top3"),
    pytest.param(A.PRESENT, "top2", "top4", {None: False, 1: False, 2: True, 3: True, 4: False},
                 id="arrives-top2-leaves-top4"),
    pytest.param(A.PRESENT, "top1", None, {None: False, 1: True, 2: True},
                 id="arrives-at-first-item-misses-opening"),
    pytest.param(A.PRESENT, None, "top1", {None: True, 1: False, 2: False},
                 id="leaves-before-first-item"),
    pytest.param(A.REPRESENTED, None, "top2", {None: True, 1: True, 2: False},
                 id="deputy-leaves-at-top2"),
    pytest.param(A.REPRESENTED, "top4", None, {None: False, 3: False, 4: True},
                 id="deputy-arrives-at-top4"),
    pytest.param(A.EXCUSED, None, None, {None: False, 1: False, 5: False}, id="excused"),
    pytest.param(A.ABSENT, "top2", None, {None: False, 2: False, 3: False},
                 id="absent-with-stray-arrival"),
]


@pytest.mark.parametrize(("status", "arrives", "leaves", "expected"), PRESENCE_CASES)
def test_is_present_at(status, arrives, leaves, expected):
    line = attend(member(VERWALTUNG, 1), status, arrives=arrives, leaves=leaves)
    actual = {position: is_present_at(line, position, positions(5)) for position in expected}
    assert actual == expected


# 3 : 3 seats; v1, v2, t1 from the start; v3 arrives at TOP 2, t2 at TOP 3;
# t1 leaves at TOP 4 and t2 at TOP 5.
TIMELINE = [
    pytest.param(None, 3, (2, 1), False, id="opening"),
    pytest.param(1, 3, (2, 1), False, id="top1"),
    pytest.param(2, 4, (3, 1), True, id="top2-v3-arrived"),
    pytest.param(3, 5, (3, 2), True, id="top3-t2-arrived"),
    pytest.param(4, 4, (3, 1), True, id="top4-t1-left"),
    pytest.param(5, 3, (3, 0), False, id="top5-providers-gone"),
]


@pytest.mark.parametrize(("position", "present", "split", "quorate"), TIMELINE)
def test_quorum_changes_with_arrivals_and_departures(position, present, split, quorate):
    seats = steering_members(3, 3)
    v1, v2, v3, t1, t2, _t3 = seats
    attendance = [
        attend(v1), attend(v2), attend(v3, arrives="top2"),
        attend(t1, leaves="top4"), attend(t2, arrives="top3", leaves="top5"),
    ]
    result = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY,
                    position, positions(5))
    assert result.present == present
    assert result.by_side == {"Verwaltung": (split[0], 3), "Freie Träger": (split[1], 3)}
    assert result.quorate is quorate


def test_sentence_when_providers_have_left_before_an_item():
    seats = steering_members(3, 3)
    v1, v2, v3, t1, _t2, _t3 = seats
    attendance = [attend(v1), attend(v2), attend(v3), attend(t1, leaves="top5")]
    at_4 = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY, 4, positions(5))
    at_5 = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY, 5, positions(5))
    assert at_4.sentence == (
        SG_YES + "4 von 6 Stimmberechtigten anwesend (Verwaltung 3, Freie Träger 1)."
    )
    assert at_5.sentence == (
        SG_NO + "3 von 6 Stimmberechtigten anwesend (Verwaltung 3, Freie Träger 0); "
        + MORE_THAN_HALF + "; Freie Träger nicht vertreten."
    )


def test_present_voting_members_keeps_seat_order_and_skips_non_seats():
    seats = steering_members(2, 2)
    attendance = [attend(m) for m in reversed(seats)] + [guest("Gast")]
    assert present_voting_members(seats, attendance, None, {}) == seats
    late = [attend(seats[0], arrives="top2"), attend(seats[2])]
    assert present_voting_members(seats, late, 1, positions(3)) == [seats[2]]
    assert present_voting_members(seats, late, 2, positions(3)) == [seats[0], seats[2]]
