"""Vote counts per side, the decision rules and the outcome text."""

from __future__ import annotations

from datetime import date

import pytest
from domain_factories import (
    BERATUNG,
    MITGLIEDER,
    STEERING_SIDES,
    TRAEGER,
    VERWALTUNG,
    WISSENSCHAFT,
    vote,
)

from sro_desktop.domain.enums import Choice, DecisionRule, Outcome, Procedure
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import Ballot, Side, SideVote
from sro_desktop.domain.votes import check_deadline, check_rule, check_votes, evaluate, in_time

R = DecisionRule
NO_PROVIDERS = "abgelehnt: keine Mehrheit bei Freie Träger "
ADOPTED = Outcome.ADOPTED
REJECTED = Outcome.REJECTED

# --- plausibility of the counts ---------------------------------------------------------

PRESENT = {VERWALTUNG.id: 6, TRAEGER.id: 5}

CHECK_OK = [
    pytest.param([vote(VERWALTUNG, 5, 0, 1), vote(TRAEGER, 3, 2)], PRESENT, id="within-present"),
    pytest.param([vote(VERWALTUNG, 6), vote(TRAEGER, 0, 0, 5)], PRESENT, id="exactly-present"),
    pytest.param([vote(VERWALTUNG, 2, 1)], PRESENT, id="only-one-side-recorded"),
    pytest.param([], PRESENT, id="no-votes"),
    pytest.param([vote(VERWALTUNG), vote(TRAEGER)], {}, id="zero-votes-nobody-present"),
    pytest.param([vote(WISSENSCHAFT), vote(BERATUNG)], PRESENT, id="non-voting-sides-zero"),
    pytest.param([vote(TRAEGER, 3, 1, 1)], {TRAEGER.id: 5}, id="conflicted-excluded-fits"),
]


@pytest.mark.parametrize(("votes", "eligible"), CHECK_OK)
def test_check_votes_accepts(votes, eligible):
    check_votes(votes, STEERING_SIDES, eligible)


CHECK_REFUSED = [
    pytest.param(
        [vote(VERWALTUNG, 5), vote(TRAEGER, 4, 2)], PRESENT,
        "Freie Träger: 6 Stimmen abgegeben, aber nur 5 stimmberechtigte Mitglieder anwesend.",
        id="more-votes-than-present",
    ),
    pytest.param(
        [vote(VERWALTUNG, 5, 1, 1)], PRESENT,
        "Verwaltung: 7 Stimmen abgegeben, aber nur 6 stimmberechtigte Mitglieder anwesend.",
        id="abstentions-count-as-cast",
    ),
    pytest.param(
        # six providers present, one of them conflicted (befangen): the caller passes 5
        [vote(TRAEGER, 3, 3)], {VERWALTUNG.id: 6, TRAEGER.id: 6 - 1},
        "Freie Träger: 6 Stimmen abgegeben, aber nur 5 stimmberechtigte Mitglieder anwesend.",
        id="conflicted-member-voted",
    ),
    pytest.param(
        [vote(VERWALTUNG, 1)], {TRAEGER.id: 5},
        "Verwaltung: 1 Stimme abgegeben, aber nur 0 stimmberechtigte Mitglieder anwesend.",
        id="side-with-nobody-present",
    ),
    pytest.param(
        [vote(VERWALTUNG, -1, 3)], PRESENT,
        "Verwaltung: Stimmenzahlen können nicht negativ sein.",
        id="negative-yes",
    ),
    pytest.param(
        [vote(VERWALTUNG, 2), vote(TRAEGER, 1, -2)], PRESENT,
        "Freie Träger: Stimmenzahlen können nicht negativ sein.",
        id="negative-no",
    ),
    pytest.param(
        [vote(TRAEGER, 0, 0, -1)], PRESENT,
        "Freie Träger: Stimmenzahlen können nicht negativ sein.",
        id="negative-abstain",
    ),
    pytest.param(
        [vote(WISSENSCHAFT, 3)], {**PRESENT, WISSENSCHAFT.id: 2},
        "Wissenschaft: 3 Stimmen abgegeben, aber nur 2 beratende Mitglieder anwesend.",
        id="advisory-opinion-more-than-present",
    ),
    pytest.param(
        [vote(VERWALTUNG, 3), vote(BERATUNG, 0, 0, 1)], PRESENT,
        "Projektberatung: 1 Stimme abgegeben, aber nur 0 beratende Mitglieder anwesend.",
        id="consultancy-absent-gives-an-opinion",
    ),
    pytest.param(
        [vote(MITGLIEDER, 3)], {MITGLIEDER.id: 5},
        "Die Stimmen gehören zu keiner Seite dieses Gremiums.",
        id="side-of-another-body",
    ),
]


@pytest.mark.parametrize(("votes", "eligible", "message"), CHECK_REFUSED)
def test_check_votes_refuses(votes, eligible, message):
    with pytest.raises(RuleViolation) as caught:
        check_votes(votes, STEERING_SIDES, eligible)
    assert str(caught.value) == message


def test_rule_violation_is_a_value_error():
    with pytest.raises(ValueError, match="beratende"):
        check_votes([vote(WISSENSCHAFT, 1)], STEERING_SIDES, PRESENT)


# --- outcome under each rule ------------------------------------------------------------

EVALUATE_CASES = [
    # simple majority: more yes than no, abstentions not counted
    pytest.param(R.SIMPLE, [vote(VERWALTUNG, 5), vote(TRAEGER, 4)],
                 ADOPTED, "einstimmig angenommen", id="simple-unanimous"),
    pytest.param(R.SIMPLE, [vote(VERWALTUNG, 5, 1), vote(TRAEGER, 2, 1, 1)],
                 ADOPTED, "mehrheitlich angenommen (Ja 7, Nein 2, Enthaltung 1)",
                 id="simple-majority"),
    pytest.param(R.SIMPLE, [vote(VERWALTUNG, 5, 0, 1), vote(TRAEGER, 0, 0, 1)],
                 ADOPTED, "ohne Gegenstimmen angenommen (Ja 5, Nein 0, Enthaltung 2)",
                 id="simple-no-votes-against"),
    pytest.param(R.SIMPLE, [vote(VERWALTUNG, 1, 0, 5), vote(TRAEGER, 1, 1, 1)],
                 ADOPTED, "mehrheitlich angenommen (Ja 2, Nein 1, Enthaltung 6)",
                 id="simple-abstentions-do-not-count"),
    pytest.param(R.SIMPLE, [vote(VERWALTUNG, 4, 0, 1), vote(TRAEGER, 0, 4)],
                 REJECTED, "abgelehnt: Stimmengleichheit; der Vorsitz hat keine Stichentscheidung "
                 "(Ja 4, Nein 4, Enthaltung 1)",
                 id="simple-tie"),
    pytest.param(R.SIMPLE, [vote(VERWALTUNG, 3, 3), vote(TRAEGER, 0, 2)],
                 REJECTED, "abgelehnt (Ja 3, Nein 5, Enthaltung 0)", id="simple-more-no"),
    pytest.param(R.SIMPLE, [vote(VERWALTUNG, 0, 0, 3), vote(TRAEGER, 0, 0, 1)],
                 REJECTED, "abgelehnt: nur Enthaltungen (Ja 0, Nein 0, Enthaltung 4)",
                 id="simple-all-abstain"),
    pytest.param(R.SIMPLE, [vote(VERWALTUNG, 6), vote(TRAEGER, 1, 5)],
                 ADOPTED, "mehrheitlich angenommen (Ja 7, Nein 5, Enthaltung 0)",
                 id="simple-ignores-sides"),
    # two thirds of the yes/no votes
    pytest.param(R.TWO_THIRDS, [vote(VERWALTUNG, 5, 1), vote(TRAEGER, 3, 3)],
                 ADOPTED, "mit Zweidrittelmehrheit angenommen (Ja 8, Nein 4, Enthaltung 0)",
                 id="two-thirds-exactly"),
    pytest.param(R.TWO_THIRDS, [vote(VERWALTUNG, 2, 1)],
                 ADOPTED, "mit Zweidrittelmehrheit angenommen (Ja 2, Nein 1, Enthaltung 0)",
                 id="two-thirds-2-of-3"),
    pytest.param(R.TWO_THIRDS, [vote(VERWALTUNG, 4, 1), vote(TRAEGER, 3, 3)],
                 REJECTED, "abgelehnt: keine Zweidrittelmehrheit (Ja 7, Nein 4, Enthaltung 0)",
                 id="two-thirds-just-short"),
    pytest.param(R.TWO_THIRDS, [vote(VERWALTUNG, 1, 1)],
                 REJECTED, "abgelehnt: keine Zweidrittelmehrheit (Ja 1, Nein 1, Enthaltung 0)",
                 id="two-thirds-tie"),
    pytest.param(R.TWO_THIRDS, [vote(VERWALTUNG, 2, 1, 4), vote(TRAEGER, 0, 0, 5)],
                 ADOPTED, "mit Zweidrittelmehrheit angenommen (Ja 2, Nein 1, Enthaltung 9)",
                 id="two-thirds-abstentions-do-not-count"),
    pytest.param(R.TWO_THIRDS, [vote(VERWALTUNG, 0, 0, 3)],
                 REJECTED, "abgelehnt: keine Zweidrittelmehrheit (Ja 0, Nein 0, Enthaltung 3)",
                 id="two-thirds-all-abstain"),
    pytest.param(R.TWO_THIRDS, [vote(VERWALTUNG, 6), vote(TRAEGER, 6)],
                 ADOPTED, "einstimmig angenommen", id="two-thirds-unanimous"),
    pytest.param(R.TWO_THIRDS, [vote(VERWALTUNG, 5, 0, 1)],
                 ADOPTED, "mit Zweidrittelmehrheit angenommen (Ja 5, Nein 0, Enthaltung 1)",
                 id="two-thirds-no-votes-against"),
    # double majority: overall and on each parity side
    pytest.param(R.DOUBLE, [vote(VERWALTUNG, 6), vote(TRAEGER, 1, 5)],
                 REJECTED, NO_PROVIDERS + "(Verwaltung 6 : 0, Freie Träger 1 : 5)",
                 id="double-fails-on-providers"),
    pytest.param(R.DOUBLE, [vote(VERWALTUNG, 2, 3, 1), vote(TRAEGER, 6)],
                 REJECTED, "abgelehnt: keine Mehrheit bei Verwaltung "
                 "(Verwaltung 2 : 3, Freie Träger 6 : 0, Enthaltung 1)",
                 id="double-fails-on-administration"),
    pytest.param(R.DOUBLE, [vote(VERWALTUNG, 5), vote(TRAEGER, 3, 3)],
                 REJECTED, NO_PROVIDERS + "(Verwaltung 5 : 0, Freie Träger 3 : 3)",
                 id="double-tie-on-one-side"),
    pytest.param(R.DOUBLE, [vote(VERWALTUNG, 5), vote(TRAEGER, 0, 0, 4)],
                 REJECTED, NO_PROVIDERS + "(Verwaltung 5 : 0, Freie Träger 0 : 0, Enthaltung 4)",
                 id="double-side-only-abstains"),
    pytest.param(R.DOUBLE, [vote(VERWALTUNG, 5)],
                 REJECTED, NO_PROVIDERS + "(Verwaltung 5 : 0, Freie Träger 0 : 0)",
                 id="double-side-not-recorded"),
    pytest.param(R.DOUBLE, [vote(VERWALTUNG, 4, 1, 1), vote(TRAEGER, 4, 2)],
                 ADOPTED, "mit doppelter Mehrheit angenommen "
                 "(Verwaltung 4 : 1, Freie Träger 4 : 2, Enthaltung 1)",
                 id="double-majority-on-both"),
    pytest.param(R.DOUBLE, [vote(VERWALTUNG, 6), vote(TRAEGER, 6)],
                 ADOPTED, "einstimmig angenommen", id="double-unanimous"),
    pytest.param(R.DOUBLE, [vote(VERWALTUNG, 1, 5), vote(TRAEGER, 1, 5)],
                 REJECTED, "abgelehnt (Ja 2, Nein 10, Enthaltung 0)", id="double-overall-no"),
    pytest.param(R.DOUBLE, [vote(VERWALTUNG, 4, 2), vote(TRAEGER, 2, 4)],
                 REJECTED, "abgelehnt: Stimmengleichheit (Ja 6, Nein 6, Enthaltung 0)",
                 id="double-overall-tie"),
    # consensus: nobody against
    pytest.param(R.CONSENSUS, [vote(VERWALTUNG, 5), vote(TRAEGER, 4)],
                 ADOPTED, "einstimmig angenommen", id="consensus-unanimous"),
    pytest.param(R.CONSENSUS, [vote(VERWALTUNG, 5, 0, 1), vote(TRAEGER, 3, 0, 1)],
                 ADOPTED, "im Konsens angenommen (Ja 8, Nein 0, Enthaltung 2)",
                 id="consensus-with-abstentions"),
    pytest.param(R.CONSENSUS, [vote(VERWALTUNG, 6), vote(TRAEGER, 5, 1)],
                 REJECTED, "abgelehnt: kein Konsens (Ja 11, Nein 1, Enthaltung 0)",
                 id="consensus-one-against"),
    pytest.param(R.CONSENSUS, [vote(VERWALTUNG, 0, 0, 3)],
                 REJECTED, "abgelehnt: kein Konsens (Ja 0, Nein 0, Enthaltung 3)",
                 id="consensus-all-abstain"),
]


@pytest.mark.parametrize(("rule", "votes", "outcome", "text"), EVALUATE_CASES)
def test_evaluate(rule, votes, outcome, text):
    result = evaluate(rule, votes, STEERING_SIDES)
    assert result.outcome is outcome
    assert result.text == text


def test_double_majority_names_every_side_without_majority():
    sides = [
        Side("a", "x", "Amt", "A", parity=True, voting=True, position=1),
        Side("b", "x", "Träger", "B", parity=True, voting=True, position=2),
        Side("c", "x", "Eltern", "C", parity=True, voting=True, position=3),
    ]
    votes = [SideVote("a", 5), SideVote("b", 1, 1), SideVote("c", 1, 2)]
    result = evaluate(R.DOUBLE, votes, list(reversed(sides)))
    assert result.outcome is REJECTED
    assert result.text == (
        "abgelehnt: keine Mehrheit bei Träger und Eltern (Amt 5 : 0, Träger 1 : 1, Eltern 1 : 2)"
    )


def test_double_majority_without_parity_sides_is_refused():
    with pytest.raises(RuleViolation, match="keine zwei paritätisch besetzten Seiten"):
        check_rule(R.DOUBLE, [MITGLIEDER])
    check_rule(R.DOUBLE, STEERING_SIDES)


def test_evaluate_accepts_a_one_shot_iterator():
    votes = iter([vote(VERWALTUNG, 6), vote(TRAEGER, 1, 5)])
    result = evaluate(R.DOUBLE, votes, STEERING_SIDES)
    assert result.text == (
        "abgelehnt: keine Mehrheit bei Freie Träger (Verwaltung 6 : 0, Freie Träger 1 : 5)"
    )


# --- no vote: deferred, withdrawn, nothing recorded yet -----------------------------------

RULES = [pytest.param(rule, id=rule.value) for rule in DecisionRule]


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize(
    ("procedure", "outcome", "text"),
    [
        pytest.param(Procedure.DEFERRED, Outcome.DEFERRED, "vertagt", id="deferred"),
        pytest.param(Procedure.WITHDRAWN, Outcome.WITHDRAWN, "zurückgezogen", id="withdrawn"),
    ],
)
def test_procedure_without_vote_ignores_counts(rule, procedure, outcome, text):
    counted = [vote(VERWALTUNG, 6), vote(TRAEGER, 6)]
    result = evaluate(rule, counted, STEERING_SIDES, procedure)
    assert (result.outcome, result.text) == (outcome, text)


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize(
    "votes",
    [pytest.param([], id="no-lines"),
     pytest.param([vote(VERWALTUNG), vote(TRAEGER)], id="all-zero")],
)
def test_no_votes_recorded_has_no_outcome(rule, votes):
    result = evaluate(rule, votes, STEERING_SIDES)
    assert result.outcome is None
    assert result.text == "noch keine Abstimmung erfasst"


# --- the written procedure: deadline and answers in time -------------------------------------

def test_written_counts_are_measured_against_the_members_not_those_present():
    with pytest.raises(RuleViolation) as refused:
        check_votes([vote(TRAEGER, 6)], STEERING_SIDES, PRESENT, written=True)
    assert str(refused.value) == ("Freie Träger: 6 Stimmen abgegeben, aber die Seite hat nur "
                                  "5 stimmberechtigte Mitglieder.")


@pytest.mark.parametrize(("answered_on", "deadline", "counts"), [
    (date(2026, 12, 15), date(2026, 12, 15), True),  # on the day of the deadline
    (date(2026, 12, 16), date(2026, 12, 15), False),
    (None, date(2026, 12, 15), True),  # no day recorded: taken as in time
    (date(2026, 12, 16), None, True),  # no deadline
])
def test_an_answer_counts_when_given_by_the_deadline(answered_on, deadline, counts):
    assert in_time(Ballot("m", Choice.YES, answered_on), deadline) is counts


@pytest.mark.parametrize(("deadline", "refused"), [
    (date(2026, 11, 19), True), (date(2026, 11, 20), False), (None, False)])
def test_the_deadline_is_not_before_the_proposal(deadline, refused):
    if refused:
        with pytest.raises(RuleViolation, match="Die Frist kann nicht vor dem Datum") as exc:
            check_deadline(date(2026, 11, 20), deadline)
        assert exc.value.field == "deadline"
    else:
        check_deadline(date(2026, 11, 20), deadline)
