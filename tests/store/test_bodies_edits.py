"""Changing bodies, sides, people and memberships: the store refuses what the rules refuse."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from pinned import TODAY

from sro_desktop.domain.enums import BodyKind, DecisionRule, Role
from sro_desktop.domain.errors import RuleViolation


@contextmanager
def refused(field: str, match: str) -> Iterator[None]:
    """pytest.raises for a refusal that names its field."""
    with pytest.raises(RuleViolation, match=match) as info:
        yield
    assert info.value.field == field


# --- bodies ----------------------------------------------------------------------------

def test_body_rules_are_stored_and_the_share_reduced(steering):
    store = steering.store
    body = store.bodies.update(steering.body.id, quorum_share=" 2/4 ", quorum_more_than=False,
                               quorum_each_parity_side=False,
                               decision_rule=DecisionRule.DOUBLE, notice_days=14)
    assert (body.quorum_share, body.quorum_more_than, body.quorum_each_parity_side,
            body.decision_rule, body.notice_days) == ("1/2", False, False,
                                                      DecisionRule.DOUBLE, 14)
    assert store.bodies.update(body.id, quorum_share="0,75").quorum_share == "3/4"


@pytest.mark.parametrize(
    ("changes", "field", "match"),
    [
        pytest.param({"quorum_share": "2/1"}, "quorum_share", "zwischen 0 und 1", id="above-one"),
        pytest.param({"quorum_share": "0"}, "quorum_share", "zwischen 0 und 1", id="zero"),
        pytest.param({"quorum_share": "-1/2"}, "quorum_share", "zwischen 0 und 1",
                     id="negative"),
        pytest.param({"quorum_share": "Hälfte"}, "quorum_share", "„Hälfte“", id="words"),
        pytest.param({"quorum_share": "1/0"}, "quorum_share", "kein Anteil", id="by-zero"),
        pytest.param({"quorum_share": "1/1"}, "quorum_share", "mindestens",
                     id="more-than-everyone"),
        pytest.param({"notice_days": -1}, "notice_days", "0 oder mehr", id="negative-days"),
        pytest.param({"name": "  "}, "name", "Namen", id="empty-name"),
        pytest.param({"short": ""}, "short", "Kürzel", id="empty-short"),
        pytest.param({"article": "den"}, "article", "„den“", id="article"),
    ],
)
def test_bad_body_changes_are_refused_and_nothing_changes(steering, changes, field, match):
    store = steering.store
    before = store.bodies.get(steering.body.id)
    with refused(field, match):
        store.bodies.update(before.id, **changes)
    assert store.bodies.get(before.id) == before


def test_all_members_present_is_a_valid_rule(steering):
    body = steering.store.bodies.update(steering.body.id, quorum_share="1/1",
                                        quorum_more_than=False)
    assert body.quorum_share == "1/1"


def test_a_short_name_is_unique_among_live_bodies(steering):
    store = steering.store
    other = store.bodies.add("Beirat", "BR", BodyKind.ADVISORY)
    with refused("short", "Kürzel SG ist schon vergeben"):
        store.bodies.update(other.id, short="SG")
    assert store.bodies.update(steering.body.id, short="SG").short == "SG"  # unchanged is fine
    store.bodies.delete(other.id)
    third = store.bodies.add("Planungsgruppe", "PG")
    assert store.bodies.update(third.id, short="BR").short == "BR"


def test_a_body_cannot_advise_itself(steering):
    with refused("advises_body_id", "sich selbst"):
        steering.store.bodies.update(steering.body.id, advises_body_id=steering.body.id)


def test_new_body_rules_are_checked_too(store):
    with refused("quorum_share", "zwischen 0 und 1"):
        store.bodies.add("Beirat", "BR", BodyKind.ADVISORY, quorum_share="3/2")
    with refused("short", "Kürzel"):
        store.bodies.add("Beirat", " ")
    assert store.bodies.list() == []


def test_the_guessed_genitive_follows_name_and_article(store):
    body = store.bodies.add("Beirat", "BR", BodyKind.ADVISORY)
    assert body.genitive == "des Beirats"
    body = store.bodies.update(body.id, name="Fachbeirat")
    assert body.genitive == "des Fachbeirats"
    body = store.bodies.update(body.id, genitive="des Fachbeirates")
    assert store.bodies.update(body.id, name="Fachbeirat SRO").genitive == "des Fachbeirates"


# --- sides -----------------------------------------------------------------------------

def test_a_side_is_added_after_the_others_and_renamed(steering):
    store = steering.store
    side = store.sides.add(steering.body.id, " Elternvertretung ", "E")
    assert side.name == "Elternvertretung"
    assert [s.name for s in store.sides.list(steering.body.id)][-1] == "Elternvertretung"
    assert side.position > max(s.position for s in steering.sides.values())
    assert store.sides.update(side.id, name="Eltern").name == "Eltern"


@pytest.mark.parametrize(
    ("name", "short", "field", "match"),
    [
        pytest.param("", "", "name", "braucht einen Namen", id="empty"),
        pytest.param("verwaltung", "", "name", "gibt es in diesem Gremium schon",
                     id="same-name"),
        pytest.param("Eltern", "T", "short", "Kürzel T", id="same-short"),
    ],
)
def test_bad_sides_are_refused(steering, name, short, field, match):
    store = steering.store
    before = store.sides.list(steering.body.id)
    with refused(field, match):
        store.sides.add(steering.body.id, name, short)
    with refused(field, match):
        store.sides.update(steering.sides["W"].id, name=name or " ", short=short)
    assert store.sides.list(steering.body.id) == before


def test_a_parity_side_keeps_its_vote(steering):
    with refused("voting", "paritätisch besetzt"):
        steering.store.sides.update(steering.sides["V"].id, voting=False)


def test_a_side_with_voting_members_keeps_its_vote(steering):
    store = steering.store
    side = store.sides.add(steering.body.id, "Eltern", "E")
    parent = store.people.add("Kraft", "Lena")
    seat = store.memberships.add(steering.body.id, parent.id, side.id)
    assert seat.voting
    with refused("voting", "noch 1 Mitglieder Stimmrecht"):
        store.sides.update(side.id, voting=False)
    store.memberships.end(seat.id, TODAY - timedelta(days=1))
    assert not store.sides.update(side.id, voting=False).voting


def test_a_side_stays_in_its_body(steering):
    other = steering.store.bodies.add("Beirat", "BR", BodyKind.ADVISORY)
    with pytest.raises(RuleViolation, match="bleibt in ihrem Gremium"):
        steering.store.sides.update(steering.sides["V"].id, body_id=other.id)


# --- people and organisations --------------------------------------------------------------

def test_people_are_corrected_but_keep_a_last_name(steering):
    store = steering.store
    person = steering.person[steering.admin[1].id]
    changed = store.people.update(person.id, title=" Dr. ", email="j.schulz@example.org")
    assert (changed.title, changed.email, changed.last_name) == ("Dr.", "j.schulz@example.org",
                                                                 "Schulz")
    with refused("last_name", "Nachnamen"):
        store.people.update(person.id, last_name="  ")
    with refused("last_name", "Nachnamen"):
        store.people.add(" ", "Otto")
    assert store.people.get(person.id).last_name == "Schulz"


def test_organisations_keep_a_name(steering):
    with refused("name", "Organisation braucht einen Namen"):
        steering.store.organizations.update(steering.city.id, name="")


# --- memberships ---------------------------------------------------------------------------

def test_a_membership_is_changed_like_it_is_added(steering):
    store = steering.store
    seat = steering.providers[2]
    deputy = steering.deputy[steering.providers[3].id]
    changed = store.memberships.update(seat.id, role=Role.VICE_CHAIR, deputy_person_id=deputy.id,
                                       valid_from=date(2024, 1, 1))
    assert (changed.role, changed.deputy_person_id, changed.valid_from) == (
        Role.VICE_CHAIR, deputy.id, date(2024, 1, 1))


@pytest.mark.parametrize(
    ("changes", "field", "match"),
    [
        pytest.param({"role": Role.GUEST}, "voting",
                     "Als Gast auf der Seite Freie Träger gibt es kein Stimmrecht",
                     id="guest-with-vote"),
        pytest.param({"side_id": "W"}, "voting",
                     "Als Mitglied auf der Seite Wissenschaft gibt es kein Stimmrecht",
                     id="vote-on-non-voting-side"),
        pytest.param({"valid_from": date(2025, 5, 1), "valid_to": date(2025, 4, 30)},
                     "valid_to", "enden, bevor sie beginnt", id="ends-before-it-starts"),
        pytest.param({"deputy_person_id": "self"}, "deputy_person_id", "selbst vertreten",
                     id="self-deputy"),
    ],
)
def test_impossible_memberships_are_refused_on_change(steering, changes, field, match):
    store = steering.store
    seat = steering.providers[2]
    if changes.get("side_id") == "W":
        changes = {"side_id": steering.sides["W"].id}
    if changes.get("deputy_person_id") == "self":
        changes = {"deputy_person_id": seat.person_id}
    before = store.memberships.get(seat.id)
    with refused(field, match):
        store.memberships.update(seat.id, **changes)
    assert store.memberships.get(seat.id) == before


def test_a_guest_without_vote_is_fine(steering):
    store = steering.store
    changed = store.memberships.update(steering.providers[2].id, role=Role.GUEST, voting=False)
    assert changed.role is Role.GUEST
    assert not changed.voting


def test_a_membership_cannot_move_to_a_side_of_another_body(steering):
    store = steering.store
    other = store.bodies.add("Beirat", "BR", BodyKind.ADVISORY)
    foreign = store.sides.list(other.id)[0]
    with refused("side_id", "gehört nicht zu diesem Gremium"):
        store.memberships.update(steering.admin[1].id, side_id=foreign.id)
    with pytest.raises(RuleViolation, match="bleibt in ihrem Gremium"):
        store.memberships.update(steering.admin[1].id, body_id=other.id)


def test_ending_a_membership_keeps_it_and_changes_parity(steering):
    store = steering.store
    body = steering.body
    assert store.bodies.parity(body.id, TODAY).message == "paritätisch 6 : 6"
    seat = steering.providers[5]
    ended = store.memberships.end(seat.id, TODAY - timedelta(days=1))
    assert ended.valid_to == TODAY - timedelta(days=1)
    assert store.bodies.parity(body.id, TODAY).message == (
        "nicht paritätisch (Verwaltung 6, Freie Träger 5): Freie Träger 1 Sitz weniger")
    assert seat.id in {m.id for m in store.memberships.list(body.id)}
    assert seat.id not in {m.id for m in store.memberships.list(body.id, TODAY)}


def test_a_membership_cannot_end_before_it_began(steering):
    store = steering.store
    seat = store.memberships.update(steering.providers[5].id, valid_from=TODAY)
    with refused("valid_to", "bevor sie beginnt"):
        store.memberships.end(seat.id, TODAY - timedelta(days=1))


def test_adding_an_impossible_membership_names_the_field(steering):
    store = steering.store
    guest = store.people.add("Gast", "Greta")
    with refused("voting", "Als Gast"):
        store.memberships.add(steering.body.id, guest.id, steering.sides["T"].id, Role.GUEST,
                              voting=True)
    seat = store.memberships.add(steering.body.id, guest.id, steering.sides["T"].id, Role.GUEST)
    assert not seat.voting


def test_a_person_holds_one_seat_at_a_time(steering):
    store = steering.store
    seat = steering.providers[5]
    with refused("person_id", "im selben Zeitraum schon Mitglied"):
        store.memberships.add(steering.body.id, seat.person_id, steering.sides["T"].id)
    store.memberships.end(seat.id, TODAY - timedelta(days=1))
    again = store.memberships.add(steering.body.id, seat.person_id, steering.sides["T"].id,
                                  valid_from=TODAY)
    with refused("person_id", "schon Mitglied"):
        store.memberships.update(seat.id, valid_to=None)
    with refused("person_id", "schon Mitglied"):
        store.memberships.update(again.id, person_id=steering.providers[4].person_id)
    other = store.bodies.add("Beirat", "BR", BodyKind.ADVISORY)
    store.memberships.add(other.id, seat.person_id, store.sides.list(other.id)[0].id)
