"""Decisions in writing (Umlaufverfahren) with their answers counted per side, and
milestones removed with their tasks unlinked."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.enums import BodyKind, DecisionRule, Outcome, RecommendationState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import SideVote


def test_written_decision_is_numbered_and_counted(steering):
    store = steering.store
    admin, providers = steering.sides["V"], steering.sides["T"]
    decision = store.decisions.add_written(
        "Fortbildung gemeinsam", steering.body.id, date(2026, 5, 4), wording="Wir bilden fort.",
        rule=DecisionRule.DOUBLE,
        votes=[SideVote(admin.id, 5, 0, 1), SideVote(providers.id, 4, 1, 0)])
    stored = store.decisions.get(decision.id)
    assert stored.number == "SG-2026/001"
    assert stored.written_procedure
    assert stored.meeting_id is None
    assert stored.decided_on == date(2026, 5, 4)
    assert stored.outcome is Outcome.ADOPTED
    assert stored.result_text == ("im Umlaufverfahren mit doppelter Mehrheit angenommen "
                                  "(Verwaltung 5 : 0, Freie Träger 4 : 1, Enthaltung 1)")
    assert sorted((v.side_id, v.yes, v.no, v.abstain) for v in stored.votes) == sorted(
        [(admin.id, 5, 0, 1), (providers.id, 4, 1, 0)])


def test_written_decision_without_answers_has_no_result(steering):
    store = steering.store
    decision = store.decisions.add_written("Ohne Antworten", steering.body.id, date(2026, 5, 4))
    assert store.decisions.get(decision.id).outcome is None
    assert store.decisions.get(decision.id).votes == []


def test_written_answers_above_the_members_are_refused_and_nothing_stored(steering):
    store = steering.store
    with pytest.raises(RuleViolation):
        store.decisions.add_written("Zu viele", steering.body.id, date(2026, 5, 4),
                                    votes=[SideVote(steering.sides["V"].id, 7, 0, 0)])
    assert store.decisions.list() == []


def test_removing_a_milestone_unlinks_its_tasks(steering):
    store = steering.store
    milestone = store.milestones.add("Fachkonzept", 2026, 3)
    task = store.tasks.add(steering.body.id, "Entwurf schreiben", milestone_id=milestone.id)
    other = store.tasks.add(steering.body.id, "Anderes")
    store.milestones.delete(milestone.id)
    assert store.milestones.list() == []
    assert store.tasks.get(task.id).milestone_id is None
    assert store.tasks.get(other.id).title == "Anderes"
    assert store.tasks.unlink_milestone(milestone.id) == 0


def test_a_decision_with_tasks_or_named_in_an_answer_stays(steering):
    store = steering.store
    board = store.bodies.add("Planungsgruppe SRO", "PG1", BodyKind.ADVISORY,
                             advises_body_id=steering.body.id)
    decision = store.decisions.add_written("Mit Aufgabe", steering.body.id, date(2026, 5, 4))
    task = store.tasks.add(steering.body.id, "Umsetzen", origin_decision_id=decision.id)
    with pytest.raises(RuleViolation, match="aus ihm folgt die Aufgabe „Umsetzen“"):
        store.decisions.delete(decision.id)
    store.tasks.delete(task.id)
    rec = store.recommendations.add(board.id, steering.body.id, "Fortbildung",
                                    date(2026, 4, 1))
    store.recommendations.answer(rec.id, RecommendationState.ADOPTED, "Beschlossen",
                                 response_decision_id=decision.id,
                                 responded_on=date(2026, 5, 4))
    with pytest.raises(RuleViolation, match=f"Empfehlung {rec.number} beruft sich"):
        store.decisions.delete(decision.id)
    assert store.decisions.get(decision.id).title == "Mit Aufgabe"
    assert store.recommendations.answered_by(decision.id)[0].id == rec.id
