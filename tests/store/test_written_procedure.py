"""The written procedure (Umlaufverfahren) as its own rule: every voting member is asked,
answers count until the deadline, an objection to the procedure stops it where the rules
say so, and the result is final early only when the missing answers cannot change it.

The steering group has twelve voting members: six on Verwaltung (``admin``), six on
Freie Träger (``providers``). An answer line gives one letter per member in that order:
J Ja, N Nein, E Enthaltung, W widerspricht dem Verfahren, B befangen, - keine Antwort;
a letter in lower case is an answer dated after the deadline.
"""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop import clock
from sro_desktop.domain.enums import Choice, DecisionRule, MajorityBase, Outcome
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import Ballot, SideVote

PROPOSED = date(2026, 11, 20)
DEADLINE = date(2026, 12, 15)
ANSWERED = date(2026, 11, 24)
LATE = date(2026, 12, 16)
BEFORE, AFTER = date(2026, 11, 25), date(2026, 12, 16)  # "today"

CHOICES = {"J": Choice.YES, "N": Choice.NO, "E": Choice.ABSTAIN, "W": Choice.OBJECTS,
           "B": Choice.CONFLICTED, "-": Choice.NONE}


def ballots(steering, line: str) -> list[Ballot]:
    line = line.replace(" ", "")
    assert len(line) == 12, line
    return [Ballot(m.id, CHOICES[c.upper()],
                   None if c == "-" else ANSWERED if c.isupper() or c in "-" else LATE)
            for m, c in zip(steering.voting, line, strict=True)]


def asked(steering, rule=DecisionRule.SIMPLE, **body_rules):
    store = steering.store
    if body_rules:
        store.bodies.update(steering.body.id, **body_rules)
    return store.decisions.add_written("Fachtag im Umlauf", steering.body.id, PROPOSED,
                                       rule=rule, deadline=DEADLINE)


WRITTEN_RULES = [
    # (what, today, answers, rule, body rules, outcome, result text)
    ("nobody has answered yet", BEFORE, "------ ------", DecisionRule.SIMPLE, {}, None,
     "Umlaufverfahren läuft bis 15.12.2026: 0 von 12 Antworten"),
    ("the missing answers could still change it", BEFORE, "JJJJJN NN----",
     DecisionRule.SIMPLE, {}, None,
     "Umlaufverfahren läuft bis 15.12.2026: 8 von 12 Antworten"),
    ("settled early: the missing answers cannot change it", BEFORE, "JJJJJJ JN----",
     DecisionRule.SIMPLE, {}, Outcome.ADOPTED,
     "im Umlaufverfahren mehrheitlich angenommen (Ja 7, Nein 1, Enthaltung 0; "
     "keine Antwort 4)"),
    ("settled early as rejected", BEFORE, "NNNNNN NJ----", DecisionRule.SIMPLE, {},
     Outcome.REJECTED,
     "im Umlaufverfahren abgelehnt (Ja 1, Nein 7, Enthaltung 0; keine Antwort 4)"),
    ("all answered yes: unanimous", BEFORE, "JJJJJJ JJJJJJ", DecisionRule.SIMPLE, {},
     Outcome.ADOPTED, "im Umlaufverfahren einstimmig angenommen (Ja 12)"),
    ("yes from all who answered by the deadline is not unanimous", AFTER,
     "JJJJJJ JJJJJ-", DecisionRule.SIMPLE, {}, Outcome.ADOPTED,
     "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 11, Nein 0, Enthaltung 0; "
     "keine Antwort 1)"),
    ("an abstention is no unanimity", BEFORE, "JJJJJJ JJJJJE", DecisionRule.SIMPLE, {},
     Outcome.ADOPTED,
     "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 11, Nein 0, Enthaltung 1)"),
    ("after the deadline the answers given decide", AFTER, "JJJNN- ------",
     DecisionRule.SIMPLE, {}, Outcome.ADOPTED,
     "im Umlaufverfahren mehrheitlich angenommen (Ja 3, Nein 2, Enthaltung 0; "
     "keine Antwort 7)"),
    ("answers after the deadline do not count", AFTER, "JJJNN- nnnn--",
     DecisionRule.SIMPLE, {}, Outcome.ADOPTED,
     "im Umlaufverfahren mehrheitlich angenommen (Ja 3, Nein 2, Enthaltung 0; "
     "keine Antwort 7)"),
    ("an objection stops the procedure", BEFORE, "WJJJJJ JJJJJJ", DecisionRule.SIMPLE, {},
     Outcome.REJECTED,
     "nicht zustande gekommen: Widerspruch gegen das Umlaufverfahren (Anke Becker)"),
    ("two objections are both named", AFTER, "WJJJJJ JJJJJW", DecisionRule.SIMPLE, {},
     Outcome.REJECTED, "nicht zustande gekommen: Widerspruch gegen das Umlaufverfahren "
                       "(Anke Becker, Martin Koch)"),
    ("an objection after the deadline does not stop it", AFTER, "wJJJJJ JJJJJJ",
     DecisionRule.SIMPLE, {}, Outcome.ADOPTED,
     "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 11, Nein 0, Enthaltung 0; "
     "keine Antwort 1)"),
    ("without written consent an objection is no answer to the question", BEFORE,
     "WJJJJJ JJJJJJ", DecisionRule.SIMPLE, {"written_consent": False}, Outcome.ADOPTED,
     "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 11, Nein 0, Enthaltung 0)"),
    ("yes and no only: abstentions do not count", AFTER, "JJJJJJ NNNNEE",
     DecisionRule.SIMPLE, {"majority_base": MajorityBase.YES_NO}, Outcome.ADOPTED,
     "im Umlaufverfahren mehrheitlich angenommen (Ja 6, Nein 4, Enthaltung 2)"),
    ("valid votes: abstentions count", AFTER, "JJJJJJ NNNNEE", DecisionRule.SIMPLE,
     {"majority_base": MajorityBase.VALID}, Outcome.REJECTED,
     "im Umlaufverfahren abgelehnt: keine Mehrheit der abgegebenen Stimmen; erforderlich "
     "7 Ja-Stimmen von 12 abgegebenen Stimmen (Ja 6, Nein 4, Enthaltung 2)"),
    ("members asked: silence counts against", AFTER, "JJJJJJ N-----", DecisionRule.SIMPLE,
     {"majority_base": MajorityBase.PRESENT}, Outcome.REJECTED,
     "im Umlaufverfahren abgelehnt: keine Mehrheit der befragten Stimmberechtigten; "
     "erforderlich 7 Ja-Stimmen von 12 befragten Stimmberechtigten "
     "(Ja 6, Nein 1, Enthaltung 0; keine Antwort 5)"),
    ("members asked: settled early once a majority of them said yes", BEFORE,
     "JJJJJJ J-----", DecisionRule.SIMPLE, {"majority_base": MajorityBase.PRESENT},
     Outcome.ADOPTED, "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 7, Nein 0, "
                      "Enthaltung 0; keine Antwort 5)"),
    ("statutory members", AFTER, "JJJJJJ J-----", DecisionRule.SIMPLE,
     {"majority_base": MajorityBase.STATUTORY}, Outcome.ADOPTED,
     "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 7, Nein 0, Enthaltung 0; "
     "keine Antwort 5)"),
    ("two thirds of the yes and no votes", AFTER, "JJJJJJ JJNNNN", DecisionRule.TWO_THIRDS,
     {}, Outcome.ADOPTED,
     "im Umlaufverfahren mit Zweidrittelmehrheit angenommen (Ja 8, Nein 4, Enthaltung 0)"),
    ("two thirds: running while the missing answers could tip it", BEFORE, "JJJJJJ JNNN--",
     DecisionRule.TWO_THIRDS, {}, None,
     "Umlaufverfahren läuft bis 15.12.2026: 10 von 12 Antworten"),
    ("double majority: each side", AFTER, "JJJJJN NNNNJJ", DecisionRule.DOUBLE, {},
     Outcome.REJECTED, "im Umlaufverfahren abgelehnt: keine Mehrheit bei Freie Träger "
                       "(Verwaltung 5 : 1, Freie Träger 2 : 4)"),
]


@pytest.mark.parametrize(("what", "today", "line", "rule", "body_rules", "outcome", "text"),
                         WRITTEN_RULES, ids=[row[0] for row in WRITTEN_RULES])
def test_written_rules(steering, what, today, line, rule, body_rules, outcome, text):
    clock.pin(today)
    decision = asked(steering, rule, **body_rules)
    stored = steering.store.decisions.record_ballots(decision.id, ballots(steering, line))
    assert (stored.outcome, stored.result_text) == (outcome, text), what


def test_every_voting_member_is_asked(steering):
    decision = asked(steering)
    assert decision.deadline == DEADLINE
    assert sorted(b.membership_id for b in decision.ballots) == sorted(
        m.id for m in steering.voting)  # not the advisory member
    assert {(b.choice, b.answered_on) for b in decision.ballots} == {(Choice.NONE, None)}
    assert decision.outcome is None
    assert decision.result_text == "Umlaufverfahren läuft bis 15.12.2026: 0 von 12 Antworten"


def test_the_result_is_found_once_the_deadline_has_passed(steering):
    store = steering.store
    decision = asked(steering)
    running = store.decisions.record_ballots(decision.id,
                                             ballots(steering, "JJJJJN N-----"))
    assert running.outcome is None
    clock.pin(AFTER)
    assert store.decisions.get(decision.id).outcome is None  # stored until found again
    found = store.decisions.refresh_result(decision.id)
    assert (found.outcome, found.result_text) == (
        Outcome.ADOPTED, "im Umlaufverfahren mehrheitlich angenommen (Ja 5, Nein 2, "
                         "Enthaltung 0; keine Antwort 5)")


def test_a_later_deadline_lets_a_late_answer_count(steering):
    store = steering.store
    clock.pin(AFTER)
    decision = asked(steering)
    late = store.decisions.record_ballots(decision.id, ballots(steering, "JJJNN- nnnn--"))
    assert late.outcome is Outcome.ADOPTED
    assert sum(v.no for v in late.votes) == 2  # the counts are those that count
    moved = store.decisions.update(decision.id, deadline=LATE)
    assert sum(v.no for v in moved.votes) == 6
    assert (moved.outcome, moved.result_text) == (
        Outcome.REJECTED, "im Umlaufverfahren abgelehnt (Ja 3, Nein 6, Enthaltung 0; "
                          "keine Antwort 3)")


def test_a_conflicted_member_is_named_and_does_not_vote(steering):
    store = steering.store
    decision = asked(steering)
    stored = store.decisions.record_ballots(decision.id, ballots(steering, "BJJJJJ JJJJJJ"))
    assert stored.conflicted_membership_ids == [steering.admin[0].id]
    assert sum(v.yes for v in stored.votes) == 11
    assert stored.outcome is Outcome.ADOPTED


def test_the_deadline_is_not_before_the_proposal(steering):
    store = steering.store
    with pytest.raises(RuleViolation, match="Frist"):
        store.decisions.add_written("Zu früh", steering.body.id, PROPOSED,
                                    deadline=date(2026, 11, 19))
    assert store.decisions.list() == []
    decision = asked(steering)
    with pytest.raises(RuleViolation, match="Frist") as refused:
        store.decisions.update(decision.id, deadline=date(2026, 11, 19))
    assert refused.value.field == "deadline"
    assert store.decisions.get(decision.id).deadline == DEADLINE


def test_older_written_decisions_keep_their_counts(steering):
    """Counts per side without ballots (as older files hold them) are as answered."""
    store = steering.store
    v, t = steering.sides["V"].id, steering.sides["T"].id
    decision = store.decisions.add_written("Alt", steering.body.id, PROPOSED,
                                           votes=[SideVote(v, 6), SideVote(t, 5, 0, 1)])
    assert decision.ballots == []
    assert (decision.outcome, decision.result_text) == (
        Outcome.ADOPTED, "im Umlaufverfahren ohne Gegenstimmen angenommen "
                         "(Ja 11, Nein 0, Enthaltung 1)")
    with pytest.raises(RuleViolation) as refused:
        store.decisions.record_votes(decision.id, [SideVote(t, 7)])
    assert "anwesend" not in str(refused.value)


def test_no_answer_by_the_deadline_means_no_decision(steering, monkeypatch):
    store = steering.store
    decision = store.decisions.add_written("Ohne Echo", steering.body.id, date(2026, 5, 4),
                                           deadline=date(2026, 5, 18))
    monkeypatch.setattr(clock, "today", lambda: date(2026, 5, 19))
    stored = store.decisions.refresh_result(decision.id)
    assert stored.outcome is Outcome.REJECTED
    assert stored.result_text == ("nicht zustande gekommen: bis zum Ablauf der Frist keine "
                                  "Antwort (0 von 12)")
