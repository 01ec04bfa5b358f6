"""The parity of the programme's participation (issue 17, item 3): per event, per year
and per organisation, and its German sentence."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.enums import LearningKind, ParitySide
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.learning import (
    LearningEvent,
    LearningParticipant,
    Parity,
    check_event,
    parity,
    parity_of_year,
    per_organization,
)

OF, PR = ParitySide.OFFICE, ParitySide.PROVIDERS


def people(event_id: str, *sides: ParitySide, org: str | None = None
           ) -> list[LearningParticipant]:
    return [LearningParticipant(f"{event_id}-{n}", event_id, f"p{n}", side, org)
            for n, side in enumerate(sides)]


@pytest.mark.parametrize(("sides", "sentence"), [
    ((OF, OF, OF, OF, PR, PR, PR, PR), "ausgewogen 4 : 4"),
    ((OF, OF, OF, OF, OF, PR, PR), "Verwaltung 5 : Freie Träger 2"),
    ((PR,), "Verwaltung 0 : Freie Träger 1"),
    ((), "keine Teilnehmenden"),
])
def test_the_parity_of_an_event_in_words(sides, sentence):
    assert parity(people("e", *sides)).sentence() == sentence


def test_a_person_counts_once_per_event_and_once_per_event_in_the_year():
    twice = people("e", OF) + people("e", OF)  # the same person p0 listed twice
    assert parity(twice) == Parity(1, 0)
    events = [LearningEvent("a", LearningKind.TRAINING, "A", date(2026, 3, 1)),
              LearningEvent("b", LearningKind.VISIT, "B", date(2026, 9, 1)),
              LearningEvent("c", LearningKind.VISIT, "C", date(2025, 9, 1))]
    found = people("a", OF, PR, PR) + people("b", OF, PR) + people("c", OF, OF, OF)
    assert parity_of_year(events, found, 2026) == Parity(2, 3)
    assert parity_of_year(events, found, 2025).sentence() == "Verwaltung 3 : Freie Träger 0"


def test_participations_per_organisation_most_first():
    found = people("a", OF, OF, org="amt") + people("b", PR, org="awo") + people("c", PR)
    names = {"amt": "Jugendamt", "awo": "AWO"}
    assert per_organization(found, names) == [
        ("Jugendamt", 2), ("AWO", 1), ("ohne Organisation", 1)]


def test_an_event_needs_a_title_and_ends_after_it_begins():
    with pytest.raises(RuleViolation, match="Titel"):
        check_event(LearningEvent("a", LearningKind.TRAINING, " ", date(2026, 3, 1)))
    with pytest.raises(RuleViolation, match="Ende"):
        check_event(LearningEvent("a", LearningKind.TRAINING, "A", date(2026, 3, 2),
                                  date(2026, 3, 1)))
