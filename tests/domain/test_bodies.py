"""Sides, voting seats and the parity rule of an equal-membership body."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domain_factories import (
    BERATUNG,
    DAY,
    MITGLIEDER,
    SG,
    STEERING_SIDES,
    TRAEGER,
    VERWALTUNG,
    WISSENSCHAFT,
    member,
    members,
    steering_members,
)

from sro_desktop.domain.bodies import (
    check_body,
    check_membership,
    check_side,
    check_single_seat,
    default_article,
    default_sides,
    is_voting_seat,
    normal_share,
    overlaps,
    parity,
    voting_allowed,
    voting_seats,
)
from sro_desktop.domain.enums import BodyKind, Role
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import Body, Side, default_genitive

BEFORE = DAY - timedelta(days=1)
AFTER = DAY + timedelta(days=1)

# --- parity -----------------------------------------------------------------------------

PARITY_CASES = [
    pytest.param(
        steering_members(6, 6), True, {"Verwaltung": 6, "Freie Träger": 6}, "paritätisch 6 : 6",
        id="balanced-6-6",
    ),
    pytest.param(
        steering_members(1, 1), True, {"Verwaltung": 1, "Freie Träger": 1}, "paritätisch 1 : 1",
        id="balanced-1-1",
    ),
    pytest.param(
        steering_members(6, 5), False, {"Verwaltung": 6, "Freie Träger": 5},
        "nicht paritätisch (Verwaltung 6, Freie Träger 5): Freie Träger 1 Sitz weniger",
        id="providers-one-seat-short",
    ),
    pytest.param(
        steering_members(4, 6), False, {"Verwaltung": 4, "Freie Träger": 6},
        "nicht paritätisch (Verwaltung 4, Freie Träger 6): Verwaltung 2 Sitze weniger",
        id="administration-two-seats-short",
    ),
    pytest.param(
        steering_members(0, 3), False, {"Verwaltung": 0, "Freie Träger": 3},
        "nicht paritätisch (Verwaltung 0, Freie Träger 3): Verwaltung 3 Sitze weniger",
        id="one-side-empty",
    ),
    pytest.param(
        [*steering_members(6, 6),
         member(VERWALTUNG, 7, Role.GUEST),
         member(VERWALTUNG, 8, Role.MINUTES),
         member(VERWALTUNG, 9, Role.ADVISORY)],
        True, {"Verwaltung": 6, "Freie Träger": 6}, "paritätisch 6 : 6",
        id="guest-minutes-advisory-not-counted",
    ),
    pytest.param(
        [*steering_members(6, 6), member(TRAEGER, 7, Role.VICE_CHAIR)],
        False, {"Verwaltung": 6, "Freie Träger": 7},
        "nicht paritätisch (Verwaltung 6, Freie Träger 7): Verwaltung 1 Sitz weniger",
        id="vice-chair-counts",
    ),
    pytest.param(
        [*steering_members(6, 6), member(VERWALTUNG, 7, voting=False)],
        True, {"Verwaltung": 6, "Freie Träger": 6}, "paritätisch 6 : 6",
        id="member-without-vote-not-counted",
    ),
    pytest.param(
        [*steering_members(6, 6), *members(WISSENSCHAFT, 2), *members(BERATUNG, 1)],
        True, {"Verwaltung": 6, "Freie Träger": 6}, "paritätisch 6 : 6",
        id="non-voting-sides-not-counted",
    ),
    pytest.param(
        [*steering_members(6, 6), member(VERWALTUNG, 7, valid_to=BEFORE)],
        True, {"Verwaltung": 6, "Freie Träger": 6}, "paritätisch 6 : 6",
        id="membership-ended-yesterday",
    ),
    pytest.param(
        [*steering_members(6, 6), member(TRAEGER, 7, valid_from=AFTER)],
        True, {"Verwaltung": 6, "Freie Träger": 6}, "paritätisch 6 : 6",
        id="membership-starts-tomorrow",
    ),
    pytest.param(
        [*steering_members(6, 6), member(VERWALTUNG, 7, valid_to=DAY)],
        False, {"Verwaltung": 7, "Freie Träger": 6},
        "nicht paritätisch (Verwaltung 7, Freie Träger 6): Freie Träger 1 Sitz weniger",
        id="membership-ends-today-still-counts",
    ),
    pytest.param(
        [*steering_members(6, 6), member(TRAEGER, 7, valid_from=DAY)],
        False, {"Verwaltung": 6, "Freie Träger": 7},
        "nicht paritätisch (Verwaltung 6, Freie Träger 7): Verwaltung 1 Sitz weniger",
        id="membership-starts-today-counts",
    ),
    pytest.param(
        [*members(VERWALTUNG, 5),
         member(VERWALTUNG, 6, valid_from=date(2025, 1, 1), valid_to=date(2025, 12, 31)),
         *members(TRAEGER, 5)],
        True, {"Verwaltung": 5, "Freie Träger": 5}, "paritätisch 5 : 5",
        id="membership-of-last-year-not-counted",
    ),
]


@pytest.mark.parametrize(("memberships", "balanced", "seats", "message"), PARITY_CASES)
def test_parity(memberships, balanced, seats, message):
    result = parity(STEERING_SIDES, memberships, DAY)
    assert result.balanced is balanced
    assert result.seats == seats
    assert result.message == message


def test_parity_names_sides_in_side_order_not_input_order():
    shuffled = (BERATUNG, TRAEGER, WISSENSCHAFT, VERWALTUNG)
    result = parity(shuffled, steering_members(5, 4), DAY)
    assert list(result.seats) == ["Verwaltung", "Freie Träger"]
    assert result.message == (
        "nicht paritätisch (Verwaltung 5, Freie Träger 4): Freie Träger 1 Sitz weniger"
    )


def test_parity_with_three_parity_sides_names_each_short_side():
    sides = [
        Side("a", "x", "Amt", "A", parity=True, voting=True, position=1),
        Side("b", "x", "Träger", "B", parity=True, voting=True, position=2),
        Side("c", "x", "Elternvertretung", "C", parity=True, voting=True, position=3),
    ]
    seats = members(sides[0], 4) + members(sides[1], 2) + members(sides[2], 3)
    result = parity(sides, seats, DAY)
    assert result.balanced is False
    assert result.message == (
        "nicht paritätisch (Amt 4, Träger 2, Elternvertretung 3): "
        "Träger 2 Sitze weniger, Elternvertretung 1 Sitz weniger"
    )


@pytest.mark.parametrize(
    "sides",
    [
        pytest.param((MITGLIEDER,), id="plain-body"),
        pytest.param((VERWALTUNG, WISSENSCHAFT), id="single-parity-side"),
        pytest.param((), id="no-sides"),
    ],
)
def test_parity_not_required_without_two_parity_sides(sides):
    result = parity(sides, members(MITGLIEDER, 3) + members(VERWALTUNG, 2), DAY)
    assert result.balanced is True
    assert result.message == "keine paritätische Besetzung vorgesehen"


# --- who holds a vote -------------------------------------------------------------------

VOTING_ROLES = {Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER}


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("member_votes", [True, False], ids=["member-votes", "member-no-vote"])
@pytest.mark.parametrize("side", [VERWALTUNG, WISSENSCHAFT], ids=["voting-side", "non-voting-side"])
def test_is_voting_seat(role, member_votes, side):
    m = member(side, 1, role, voting=member_votes)
    expected = role in VOTING_ROLES and member_votes and side.voting
    assert is_voting_seat(m, side) is expected


def test_voting_seats_filters_role_side_date_and_foreign_sides():
    keep = [member(VERWALTUNG, 1, Role.CHAIR), member(TRAEGER, 1, Role.VICE_CHAIR),
            member(TRAEGER, 2)]
    drop = [
        member(VERWALTUNG, 2, Role.GUEST),
        member(VERWALTUNG, 3, Role.MINUTES),
        member(TRAEGER, 3, Role.ADVISORY),
        member(WISSENSCHAFT, 1),
        member(BERATUNG, 1),
        member(TRAEGER, 4, valid_to=BEFORE),
        member(MITGLIEDER, 1),  # a side of another body
    ]
    assert voting_seats(STEERING_SIDES, keep + drop, DAY) == keep


# --- defaults for new bodies ------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        pytest.param(BodyKind.STEERING, [
            ("Verwaltung", True, True), ("Freie Träger", True, True),
            ("Wissenschaft", False, False), ("Projektberatung", False, False),
        ], id="steering-group-is-equal-membership"),
        pytest.param(BodyKind.ADVISORY, [("Mitglieder", False, True)], id="advisory"),
        pytest.param(BodyKind.COMMITTEE, [("Mitglieder", False, True)], id="committee"),
        pytest.param(BodyKind.SUBCOMMITTEE, [("Mitglieder", False, True)], id="subcommittee"),
    ],
)
def test_default_sides(kind, expected):
    assert [(s.name, s.parity, s.voting) for s in default_sides(kind)] == expected


@pytest.mark.parametrize(
    ("name", "article"),
    [
        pytest.param("Steuerungsgruppe", "die", id="gruppe"),
        pytest.param("Planungsgruppe Sozialraumorientierung", "die", id="head-noun-first"),
        pytest.param("Fachkommission", "die", id="kommission"),
        pytest.param("Stadtteilkonferenz", "die", id="konferenz"),
        pytest.param("Mitgliederversammlung", "die", id="versammlung"),
        pytest.param("Trägerrunde", "die", id="runde"),
        pytest.param("Lenkungsgremium", "das", id="gremium"),
        pytest.param("Jugendforum", "das", id="forum"),
        pytest.param("Plenum", "das", id="plenum"),
        pytest.param("Projektteam SRO", "das", id="team"),
        pytest.param("Beirat", "der", id="beirat"),
        pytest.param("Jugendhilfeausschuss", "der", id="ausschuss"),
        pytest.param("Unterausschuss Jugendhilfeplanung", "der", id="unterausschuss"),
        pytest.param("", "der", id="empty-name"),
    ],
)
def test_default_article(name, article):
    assert default_article(name) == article


@pytest.mark.parametrize(
    ("body", "nominative", "of_body"),
    [
        pytest.param(Body("b", "Steuerungsgruppe", "SG"), "die Steuerungsgruppe",
                     "der Steuerungsgruppe", id="feminine-default-genitive"),
        pytest.param(Body("b", "Beirat", "BR", BodyKind.ADVISORY, "der", "des Beirats"),
                     "der Beirat", "des Beirats", id="masculine-explicit-genitive"),
        pytest.param(Body("b", "Lenkungsgremium", "LG", article="das",
                          genitive="des Lenkungsgremiums"),
                     "das Lenkungsgremium", "des Lenkungsgremiums", id="neuter-explicit"),
    ],
)
def test_body_names_in_sentences(body, nominative, of_body):
    assert body.nominative == nominative
    assert body.of_body == of_body


@pytest.mark.parametrize(
    ("article", "name", "genitive"),
    [
        pytest.param("die", "Steuerungsgruppe", "der Steuerungsgruppe", id="feminine"),
        pytest.param("der", "Beirat", "des Beirats", id="masculine"),
        pytest.param("der", "Jugendhilfeausschuss", "des Jugendhilfeausschusses",
                     id="masculine-hissing"),
        pytest.param("der", "Unterausschuss Jugendhilfeplanung",
                     "des Unterausschusses Jugendhilfeplanung", id="head-noun-first"),
        pytest.param("das", "Sozialraumteam Nordwest", "des Sozialraumteams Nordwest",
                     id="neuter"),
    ],
)
def test_default_genitive(article, name, genitive):
    assert default_genitive(article, name) == genitive


# --- rules for edits of bodies, sides and seats ---------------------------------------------

@pytest.mark.parametrize(
    ("role", "side", "allowed"),
    [
        pytest.param(Role.CHAIR, VERWALTUNG, True, id="chair"),
        pytest.param(Role.VICE_CHAIR, TRAEGER, True, id="vice-chair"),
        pytest.param(Role.MEMBER, MITGLIEDER, True, id="member"),
        pytest.param(Role.GUEST, TRAEGER, False, id="guest"),
        pytest.param(Role.ADVISORY, VERWALTUNG, False, id="advisory"),
        pytest.param(Role.MINUTES, VERWALTUNG, False, id="minutes"),
        pytest.param(Role.MEMBER, WISSENSCHAFT, False, id="non-voting-side"),
    ],
)
def test_voting_allowed(role, side, allowed):
    assert voting_allowed(role, side) is allowed


@pytest.mark.parametrize(
    ("seat", "side", "field", "message"),
    [
        pytest.param(member(TRAEGER, 1, Role.GUEST), TRAEGER, "voting",
                     "Als Gast auf der Seite Freie Träger gibt es kein Stimmrecht.",
                     id="guest-with-vote"),
        pytest.param(member(WISSENSCHAFT, 1), WISSENSCHAFT, "voting",
                     "Als Mitglied auf der Seite Wissenschaft gibt es kein Stimmrecht.",
                     id="non-voting-side"),
        pytest.param(member(VERWALTUNG, 1, valid_from=DAY, valid_to=BEFORE), VERWALTUNG,
                     "valid_to", "Die Mitgliedschaft kann nicht enden, bevor sie beginnt.",
                     id="ends-before-start"),
        pytest.param(member(MITGLIEDER, 1), VERWALTUNG, "side_id",
                     "Die Seite Verwaltung gehört nicht zu diesem Gremium.", id="foreign-side"),
    ],
)
def test_check_membership_refuses(seat, side, field, message):
    with pytest.raises(RuleViolation) as info:
        check_membership(seat, side)
    assert (str(info.value), info.value.field) == (message, field)


def test_check_membership_accepts_and_refuses_self_deputy():
    seat = member(VERWALTUNG, 1, valid_from=DAY, valid_to=DAY)
    check_membership(seat, VERWALTUNG)
    check_membership(member(TRAEGER, 1, Role.GUEST, voting=False), TRAEGER)
    seat.deputy_person_id = seat.person_id
    with pytest.raises(RuleViolation, match="selbst vertreten"):
        check_membership(seat, VERWALTUNG)


def test_check_side():
    check_side(VERWALTUNG)
    check_side(WISSENSCHAFT)
    with pytest.raises(RuleViolation, match="braucht einen Namen"):
        check_side(Side("x", SG, " ", "", parity=False, voting=True))
    with pytest.raises(RuleViolation, match="braucht deshalb Stimmrecht") as info:
        check_side(Side("x", SG, "Eltern", "E", parity=True, voting=False))
    assert info.value.field == "voting"


@pytest.mark.parametrize(
    ("text", "normal"),
    [("1/2", "1/2"), ("2/4", "1/2"), (" 2 / 3 ", "2/3"), ("0,5", "1/2"), ("0.75", "3/4"),
     ("1", "1/1")],
)
def test_normal_share(text, normal):
    assert normal_share(text) == normal


@pytest.mark.parametrize("text", ["2/1", "0", "-1/2", "", "halb", "1/0", "nan"])
def test_normal_share_refuses(text):
    with pytest.raises(RuleViolation, match="Bruch zwischen 0 und 1") as info:
        normal_share(text)
    assert info.value.field == "quorum_share"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"name": ""}, "name", id="name"),
        pytest.param({"short": " "}, "short", id="short"),
        pytest.param({"article": "den"}, "article", id="article"),
        pytest.param({"advises_body_id": SG}, "advises_body_id", id="advises-itself"),
        pytest.param({"quorum_share": "3/2"}, "quorum_share", id="share"),
        pytest.param({"quorum_share": "1/1"}, "quorum_share", id="more-than-all"),
        pytest.param({"notice_days": -3}, "notice_days", id="negative-notice"),
    ],
)
def test_check_body_refuses(changes, field):
    fields = {"name": "Steuerungsgruppe", "short": "SG", "article": "die", **changes}
    body = Body(SG, kind=BodyKind.STEERING, **fields)
    with pytest.raises(RuleViolation) as info:
        check_body(body)
    assert info.value.field == field


def test_check_body_accepts_all_present_with_at_least():
    check_body(Body(SG, "Steuerungsgruppe", "SG", quorum_share="1/1", quorum_more_than=False,
                    notice_days=0))


@pytest.mark.parametrize(
    ("first", "second", "overlap"),
    [
        pytest.param((None, None), (DAY, None), True, id="open-ended"),
        pytest.param((None, BEFORE), (DAY, None), False, id="ended-before"),
        pytest.param((None, DAY), (DAY, None), True, id="same-day"),
        pytest.param((AFTER, None), (None, DAY), False, id="starts-after"),
        pytest.param((BEFORE, AFTER), (DAY, DAY), True, id="inside"),
    ],
)
def test_overlaps(first, second, overlap):
    a = member(VERWALTUNG, 1, valid_from=first[0], valid_to=first[1])
    b = member(VERWALTUNG, 2, valid_from=second[0], valid_to=second[1])
    assert overlaps(a, b) is overlap
    assert overlaps(b, a) is overlap


def test_one_seat_per_person_at_a_time():
    seat = member(VERWALTUNG, 1, valid_to=BEFORE)
    again = member(TRAEGER, 1, valid_from=DAY)
    again.person_id = seat.person_id
    check_single_seat(again, [seat, again])  # the old seat had ended
    seat.valid_to = DAY
    with pytest.raises(RuleViolation, match="schon Mitglied") as info:
        check_single_seat(again, [seat])
    assert info.value.field == "person_id"
