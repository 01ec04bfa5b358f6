"""Recommendations of the advisory board and the steering group's answer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domain_factories import PG, recommendation

from sro_desktop.domain.enums import RecommendationState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.recommendations import answer_overdue, check_recommendation

R = RecommendationState
REASON = "Die Steuerungsgruppe folgt der Empfehlung; die Fortbildung beginnt im III. Quartal."
ANSWERED = [pytest.param(s, id=s.value) for s in (R.ADOPTED, R.PARTLY_ADOPTED, R.REJECTED)]
AWAITING = [pytest.param(s, id=s.value) for s in (R.RECEIVED, R.ON_AGENDA, R.DEFERRED)]


@pytest.mark.parametrize("state", ANSWERED)
@pytest.mark.parametrize("response", ["", "   \n "], ids=["empty", "blank"])
def test_answered_recommendation_needs_a_reasoned_response(state, response):
    with pytest.raises(RuleViolation) as caught:
        check_recommendation(recommendation(state, response=response))
    assert str(caught.value) == (
        f"Eine Empfehlung im Zustand „{state.label}“ braucht eine Antwort mit Begründung."
    )


def test_answer_message_uses_the_german_state():
    with pytest.raises(RuleViolation, match="„teilweise angenommen“"):
        check_recommendation(recommendation(R.PARTLY_ADOPTED))


@pytest.mark.parametrize("state", ANSWERED)
def test_answered_recommendation_with_response_passes(state):
    check_recommendation(recommendation(state, response=REASON))


@pytest.mark.parametrize("state", AWAITING)
def test_awaiting_recommendation_needs_no_response(state):
    check_recommendation(recommendation(state))


@pytest.mark.parametrize(
    ("rec", "message"),
    [
        pytest.param(recommendation(title=""), "Die Empfehlung braucht einen Titel.",
                     id="empty-title"),
        pytest.param(recommendation(title="  "), "Die Empfehlung braucht einen Titel.",
                     id="blank-title"),
        pytest.param(recommendation(addressed=PG),
                     "Eine Empfehlung richtet sich an ein anderes Gremium.",
                     id="addressed-to-itself"),
    ],
)
def test_check_recommendation_refuses(rec, message):
    with pytest.raises(RuleViolation) as caught:
        check_recommendation(rec)
    assert str(caught.value) == message


TODAY = date(2026, 6, 1)

OVERDUE_CASES = [
    *[pytest.param(s.values[0], TODAY - timedelta(days=1), True, id=f"{s.id}-due-yesterday")
      for s in AWAITING],
    *[pytest.param(s.values[0], TODAY - timedelta(days=1), False, id=f"{s.id}-answered")
      for s in ANSWERED],
    pytest.param(R.RECEIVED, TODAY, False, id="due-today"),
    pytest.param(R.ON_AGENDA, TODAY + timedelta(days=14), False, id="due-in-two-weeks"),
    pytest.param(R.RECEIVED, None, False, id="no-due-date"),
]


@pytest.mark.parametrize(("state", "due", "overdue"), OVERDUE_CASES)
def test_answer_overdue(state, due, overdue):
    assert answer_overdue(recommendation(state, response=REASON, due=due), TODAY) is overdue
