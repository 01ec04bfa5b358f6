"""Recommendations of the advisory board and the steering group's answers."""

from __future__ import annotations

from datetime import date

from .enums import RecommendationState
from .errors import RuleViolation
from .model import Recommendation
from .words import say

R = RecommendationState
ANSWERED = frozenset({R.ADOPTED, R.PARTLY_ADOPTED, R.REJECTED})
AWAITING = frozenset({R.RECEIVED, R.ON_AGENDA, R.DEFERRED})
# What the addressed body can decide about a recommendation: an answer, or to defer it
# (deferred, it still awaits an answer).
RESPONSE_STATES = ANSWERED | {R.DEFERRED}


def is_answered(rec: Recommendation) -> bool:
    """The addressed body has given its answer (a deferral is none)."""
    return rec.state in ANSWERED


def state_on_agenda(rec: Recommendation) -> RecommendationState:
    """The state once the recommendation is put on an agenda: one awaiting an answer is
    now "auf Tagesordnung"; an answered one keeps its answer."""
    return R.ON_AGENDA if rec.state in AWAITING else rec.state


def check_recommendation(rec: Recommendation) -> None:
    if not rec.title.strip():
        raise RuleViolation(say("domain.recommendations", "Die Empfehlung braucht einen Titel."))
    if rec.state in ANSWERED and not rec.response_text.strip():
        raise RuleViolation(
            say("domain.recommendations", "Eine Empfehlung im Zustand „{label}“ braucht eine "
                                          "Antwort mit Begründung.").format(label=rec.state.label)
        )
    if rec.addressed_body_id == rec.advisory_body_id:
        raise RuleViolation(say("domain.recommendations", "Eine Empfehlung richtet sich an ein "
                                                          "anderes Gremium."))


def answer_overdue(rec: Recommendation, today: date) -> bool:
    return rec.state in AWAITING and rec.response_due is not None and rec.response_due < today
