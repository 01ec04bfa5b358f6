"""The lower floors speak English when English is installed: a refusal, the quorum
sentence and a finding of ``check`` come from the catalogue, not in German."""

from __future__ import annotations

from dataclasses import replace

import pytest
from domain_factories import (
    DAY,
    STEERING_SIDES,
    TRAEGER,
    VERWALTUNG,
    attend_first,
    steering_body,
    steering_members,
)

from sro_desktop import language
from sro_desktop.domain.bodies import check_body
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.quorum import quorum


@pytest.fixture
def english():
    language.use("en")
    try:
        yield
    finally:
        language.use("de")


@pytest.mark.usefixtures("english")
def test_a_refusal_in_english():
    with pytest.raises(RuleViolation) as refused:
        check_body(replace(steering_body(), name=""))
    assert str(refused.value) == "A body needs a name."


@pytest.mark.usefixtures("english")
def test_the_quorum_sentence_in_english():
    seats = steering_members(6, 6)
    attendance = attend_first(seats, VERWALTUNG, 5) + attend_first(seats, TRAEGER, 4)
    result = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY)
    assert result.sentence == ("Steuerungsgruppe is quorate: 9 of 12 voting members present "
                               "(Verwaltung 5, Freie Träger 4).")


@pytest.mark.usefixtures("english")
def test_a_check_finding_in_english(store):
    from sro_desktop.store.check import check

    store.db.execute("DROP TRIGGER people_search_update")
    (finding,) = check(store)
    assert finding.startswith("The search does not follow all changes, triggers missing: ")
    assert "people_search_update" in finding


def test_german_again_after_english():
    language.use("en")
    language.use("de")
    with pytest.raises(RuleViolation, match="Ein Gremium braucht einen Namen."):
        check_body(replace(steering_body(), name=""))
