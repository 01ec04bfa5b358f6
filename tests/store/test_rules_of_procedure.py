"""The rules of procedure through the store: roll call, casting vote, advisory opinion,
conflicts in the quorum, seat handover, one vote per person, presets, refusals."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.enums import (
    AttendanceStatus,
    BodyKind,
    Choice,
    DecisionRule,
    MajorityBase,
    MeetingState,
    Outcome,
    QuorumBase,
    VotingMethod,
)
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import Ballot, SideVote
from sro_desktop.domain.quorum import not_quorate_note
from sro_desktop.store.undo import UndoLog

P = AttendanceStatus
S = MeetingState


@pytest.fixture
def held(steering):
    meeting, items = steering.meeting(date(2026, 3, 10), "Bericht", "Modellregion",
                                      "Fortbildung", "Zuschlag")
    steering.attend_all(meeting.id)
    steering.walk(meeting.id, S.INVITED, S.HELD)
    return meeting, items


def test_a_roll_call_records_each_member_and_derives_counts_and_conflicts(steering, held):
    store = steering.store
    _, (_, item, _, _) = held
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    decision = store.decisions.set_voting_method(decision.id, VotingMethod.ROLL_CALL)
    log = UndoLog(store.db)
    mark = log.mark()
    assert {b.membership_id for b in decision.ballots} == {m.id for m in steering.voting}
    assert all(b.choice is Choice.NONE for b in decision.ballots)
    choices = {m.id: Choice.YES for m in steering.admin}
    choices |= {steering.providers[0].id: Choice.NO, steering.providers[1].id: Choice.ABSTAIN,
                steering.providers[2].id: Choice.CONFLICTED}
    stored = store.decisions.record_ballots(
        decision.id, [Ballot(m, c) for m, c in choices.items()])
    v, t = steering.sides["V"].id, steering.sides["T"].id
    assert {x.side_id: (x.yes, x.no, x.abstain) for x in stored.votes} == {
        v: (6, 0, 0), t: (0, 1, 1)}
    assert stored.conflicted_membership_ids == [steering.providers[2].id]
    assert len(stored.ballots) == 12  # those not given keep theirs (no vote yet)
    assert stored.result_text == ("in namentlicher Abstimmung mehrheitlich angenommen "
                                  "(Ja 6, Nein 1, Enthaltung 1)")
    # one undo step takes the whole roll call back, and redo brings it again
    step = log.since(mark)
    assert step is not None
    redo = log.apply(step)
    undone = store.decisions.get(decision.id)
    assert all(b.choice is Choice.NONE for b in undone.ballots)
    assert (undone.votes, undone.outcome) == ([], None)
    log.apply(redo)
    assert store.decisions.get(decision.id).result_text == stored.result_text
    # back to an open vote: the ballots go, the counts stay as they were
    opened = store.decisions.set_voting_method(decision.id, VotingMethod.OPEN)
    assert opened.ballots == []
    assert opened.outcome is Outcome.ADOPTED


def test_a_roll_call_refuses_an_objection_and_a_member_of_another_side(steering, held):
    store = steering.store
    _, (_, item, _, _) = held
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    store.decisions.set_voting_method(decision.id, VotingMethod.ROLL_CALL)
    with pytest.raises(RuleViolation, match="nur im Umlaufverfahren"):
        store.decisions.record_ballots(decision.id,
                                       [Ballot(steering.admin[0].id, Choice.OBJECTS)])
    with pytest.raises(RuleViolation, match="stimmberechtigtes Mitglied"):
        store.decisions.record_ballots(decision.id, [Ballot(steering.advisor.id, Choice.YES)])


@pytest.mark.parametrize(("casting", "chair", "outcome", "text"), [
    (False, None, Outcome.REJECTED, "abgelehnt: Stimmengleichheit; der Vorsitz hat keine "
                                    "Stichentscheidung (Ja 5, Nein 5, Enthaltung 0)"),
    (True, None, None, "Stimmengleichheit: es fehlt, wie der Vorsitz gestimmt hat; seine "
                       "Stimme entscheidet (Ja 5, Nein 5, Enthaltung 0)"),
    (True, Choice.YES, Outcome.ADOPTED, "angenommen durch Stichentscheid des Vorsitzes "
                                        "(Ja 5, Nein 5, Enthaltung 0)"),
    (True, Choice.NO, Outcome.REJECTED, "abgelehnt durch Stichentscheid des Vorsitzes "
                                        "(Ja 5, Nein 5, Enthaltung 0)"),
])
def test_a_tie_and_the_chairs_casting_vote(steering, held, casting, chair, outcome, text):
    store = steering.store
    store.bodies.update(steering.body.id, casting_vote=casting)
    _, (_, item, _, _) = held
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    v, t = steering.sides["V"].id, steering.sides["T"].id
    stored = store.decisions.record_votes(decision.id, [SideVote(v, 5, 1), SideVote(t, 0, 4)],
                                          chair_vote=chair)
    assert (stored.outcome, stored.result_text) == (outcome, text)


def test_in_a_roll_call_the_chairs_own_ballot_decides_the_tie(steering, held):
    store = steering.store
    meeting, (_, item, _, _) = held
    store.bodies.update(steering.body.id, casting_vote=True)
    store.meetings.update(meeting.id, chair_person_id=steering.person[steering.admin[0].id].id)
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    store.decisions.set_voting_method(decision.id, VotingMethod.ROLL_CALL)
    yes = [Ballot(m.id, Choice.YES) for m in steering.admin]
    no = [Ballot(m.id, Choice.NO) for m in steering.providers]
    stored = store.decisions.record_ballots(decision.id, yes + no)
    assert stored.outcome is Outcome.ADOPTED
    assert stored.result_text.startswith("in namentlicher Abstimmung angenommen durch "
                                         "Stichentscheid des Vorsitzes")


def test_the_advisory_opinion_is_kept_beside_the_result(steering, held):
    store = steering.store
    _, (_, item, _, _) = held
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    v, t, w = (steering.sides[k].id for k in "VTW")
    stored = store.decisions.record_votes(
        decision.id, [SideVote(v, 6), SideVote(t, 6), SideVote(w, 0, 1)])
    assert stored.result_text == "einstimmig angenommen"  # the opinion does not count
    with pytest.raises(RuleViolation, match="Wissenschaft: 2 Stimmen abgegeben, aber nur 1 "
                                            "beratendes Mitglied anwesend"):
        store.decisions.record_votes(decision.id, [SideVote(w, 2)])


def test_a_conflict_that_breaks_the_quorum_is_recorded_with_a_warning(steering, held):
    store = steering.store
    meeting, (_, _, _, item) = held
    for m in steering.admin[:3] + steering.providers[:2]:
        store.attendance.set(meeting.id, m.id, P.EXCUSED)
    decision = store.decisions.add("Zuschlag an einen Träger", agenda_item_id=item.id)
    conflicted = [steering.providers[2].id]
    v, t = steering.sides["V"].id, steering.sides["T"].id
    stored = store.decisions.record_votes(decision.id, [SideVote(v, 3), SideVote(t, 3)],
                                          conflicted)
    assert stored.outcome is Outcome.ADOPTED  # recorded as taken
    ctx = store.meetings.context(meeting.id)
    assert ctx.quorum(item.id).quorate  # 7 of 12 without the conflict
    result = ctx.decision_quorum(stored)
    assert not result.quorate
    assert not_quorate_note(result, item.position) == (
        "nicht beschlussfähig bei TOP 4: 1 Mitglied befangen")
    findings = [f.text for f in store.meetings.check_minutes(meeting.id)]
    assert any(f"Beschluss {stored.number} wurde gefasst, obwohl die Steuerungsgruppe nicht "
               "beschlussfähig war" in f and "1 Mitglied befangen" in f for f in findings)


def test_a_deputy_hands_over_to_the_member_who_arrives(steering, held):
    store = steering.store
    meeting, (first, second, third, fourth) = held
    late = steering.providers[5]
    store.attendance.set(meeting.id, late.id, P.REPRESENTED, handover_at_item_id=third.id)
    seat = next(a for a in store.attendance.list(meeting.id) if a.membership_id == late.id)
    assert (seat.deputy_person_id, seat.handover_at_item_id) == (
        steering.deputy[late.id].id, third.id)
    ctx = store.meetings.context(meeting.id)
    from sro_desktop.domain.bodies import voting_seats
    from sro_desktop.domain.quorum import holdings

    seats = voting_seats(ctx.sides, ctx.members, meeting.date)

    def holder(item) -> str:
        held_by = holdings(seats, ctx.attendance, item.position, ctx.positions)
        return next(h.person_id for h in held_by if h.membership.id == late.id)

    assert holder(second) == steering.deputy[late.id].id
    assert holder(third) == holder(fourth) == steering.person[late.id].id
    with pytest.raises(RuleViolation, match="zwischen Eintreffen und Abgang"):
        store.attendance.set(meeting.id, late.id, P.REPRESENTED, arrives_at_item_id=third.id,
                             handover_at_item_id=second.id)


def test_a_member_who_also_deputises_holds_one_vote(steering, held):
    store = steering.store
    meeting, (_, item, _, _) = held
    own, other = steering.providers[0], steering.providers[1]
    store.attendance.set(meeting.id, other.id, P.REPRESENTED,
                         deputy_person_id=steering.person[own.id].id)
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    t = steering.sides["T"].id
    assert store.decisions.eligible(decision)[t] == 5
    findings = [f.text for f in store.meetings.check_minutes(meeting.id)]
    assert any("nach der Geschäftsordnung zählt nur eine Stimme" in f for f in findings)
    store.bodies.update(steering.body.id, deputy_multiple_votes=True)
    assert store.decisions.eligible(decision)[t] == 6
    assert not any("zählt nur eine Stimme" in f.text
                   for f in store.meetings.check_minutes(meeting.id))


def test_the_quorum_counts_the_statutory_seats(steering, held):
    store = steering.store
    meeting, _ = held
    store.sides.update(steering.sides["T"].id, statutory_seats=7)
    assert store.meetings.quorum(meeting.id).sentence == (
        "Die Steuerungsgruppe ist beschlussfähig: 12 von 13 Stimmberechtigten anwesend "
        "(Verwaltung 6, Freie Träger 6); 1 Sitz ist unbesetzt.")
    store.bodies.update(steering.body.id, quorum_base=QuorumBase.FILLED)
    assert store.meetings.quorum(meeting.id).seats == 12
    with pytest.raises(RuleViolation, match="Sollzahl"):
        store.sides.update(steering.sides["T"].id, statutory_seats=-1)


def test_double_majority_is_refused_where_it_cannot_apply(store):
    board = store.bodies.add("Planungsgruppe", "PG", BodyKind.ADVISORY)
    with pytest.raises(RuleViolation, match="keine zwei paritätisch besetzten Seiten"):
        store.bodies.update(board.id, decision_rule=DecisionRule.DOUBLE)
    assert store.bodies.get(board.id).decision_rule is DecisionRule.SIMPLE
    decision = store.decisions.add("Empfehlung", body_id=board.id, decided_on=date(2026, 4, 2))
    with pytest.raises(RuleViolation, match="doppelte Mehrheit"):
        store.decisions.update(decision.id, rule=DecisionRule.DOUBLE)
    with pytest.raises(RuleViolation, match="doppelte Mehrheit"):
        store.decisions.add("Zweite", body_id=board.id, decided_on=date(2026, 4, 2),
                            rule=DecisionRule.DOUBLE)


def test_a_parity_side_cannot_stop_being_one_while_the_rule_needs_it(steering):
    store = steering.store
    store.bodies.update(steering.body.id, decision_rule=DecisionRule.DOUBLE)
    with pytest.raises(RuleViolation, match="zuerst die Beschlussregel"):
        store.sides.update(steering.sides["T"].id, parity=False)


def test_presets_give_sides_statutory_seats_and_rules(store):
    committee = store.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE,
                                 from_preset=True)
    sides = store.sides.list(committee.id)
    assert [(s.name, s.voting, s.parity, s.statutory_seats) for s in sides] == [
        ("Mitglieder der Vertretungskörperschaft", True, False, 9),
        ("Vorgeschlagen von den freien Trägern", True, False, 6),
        ("Beratende Mitglieder", False, False, None)]
    assert not committee.quorum_each_parity_side
    board = store.bodies.add("Planungsgruppe", "PG", BodyKind.ADVISORY, from_preset=True)
    assert board.majority_base is MajorityBase.PRESENT
    steering = store.bodies.add("Steuerungsgruppe", "SG", BodyKind.STEERING, from_preset=True)
    assert steering.decision_rule is DecisionRule.DOUBLE
    # applied to an existing body: the rules change, in one undo step; the sides stay
    log = UndoLog(store.db)
    mark = log.mark()
    store.bodies.apply_preset(board.id, BodyKind.SUBCOMMITTEE)
    assert store.bodies.get(board.id).majority_base is MajorityBase.YES_NO
    step = log.since(mark)
    assert step is not None
    log.apply(step)
    assert store.bodies.get(board.id).majority_base is MajorityBase.PRESENT
    with pytest.raises(RuleViolation, match="doppelte Mehrheit"):
        store.bodies.apply_preset(board.id, BodyKind.STEERING)


def test_a_majority_of_those_present_follows_the_attendance(steering, held):
    store = steering.store
    meeting, (_, item, _, _) = held
    store.bodies.update(steering.body.id, majority_base=MajorityBase.PRESENT)
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    v, t = steering.sides["V"].id, steering.sides["T"].id
    stored = store.decisions.record_votes(decision.id, [SideVote(v, 6), SideVote(t, 0, 5)])
    assert stored.result_text == (
        "abgelehnt: keine Mehrheit der anwesenden Stimmberechtigten; erforderlich 7 "
        "Ja-Stimmen von 12 anwesenden Stimmberechtigten (Ja 6, Nein 5, Enthaltung 0)")
    store.attendance.set(meeting.id, steering.providers[5].id, P.EXCUSED)
    assert store.decisions.get(decision.id).result_text == (
        "mehrheitlich angenommen (Ja 6, Nein 5, Enthaltung 0)")


def test_lint_finds_votes_beyond_those_present_after_the_attendance_changed(steering, held):
    store = steering.store
    meeting, (_, item, _, _) = held
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id,
                                   wording="Wir beschließen.")
    v, t = steering.sides["V"].id, steering.sides["T"].id
    store.decisions.record_votes(decision.id, [SideVote(v, 6), SideVote(t, 6)])
    assert not any("Stimmen, aber nur" in f.text
                   for f in store.meetings.check_minutes(meeting.id))
    store.attendance.set(meeting.id, steering.admin[5].id, P.EXCUSED)
    texts = [f.text for f in store.meetings.check_minutes(meeting.id)]
    assert (f"TOP 2: Beschluss {decision.number} hat bei Verwaltung 6 Stimmen, aber nur 5 "
            "stimmberechtigte Mitglieder waren anwesend und nicht befangen. Bitte "
            "Anwesenheit oder Abstimmung prüfen.") in texts


def test_a_roll_call_keeps_the_advisory_opinion(steering, held):
    store = steering.store
    _, (_, item, _, _) = held
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    w = steering.sides["W"].id
    store.decisions.record_votes(decision.id, [SideVote(w, 1)])
    store.decisions.set_voting_method(decision.id, VotingMethod.ROLL_CALL)
    stored = store.decisions.record_ballots(decision.id,
                                            [Ballot(steering.admin[0].id, Choice.YES)])
    assert [(v.side_id, v.yes) for v in stored.votes if v.side_id == w] == [(w, 1)]


def test_only_who_holds_a_vote_at_the_top_can_be_conflicted(steering, held):
    store = steering.store
    meeting, (_, item, _, _) = held
    store.attendance.set(meeting.id, steering.admin[5].id, P.EXCUSED)
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    with pytest.raises(RuleViolation, match="Befangen sein kann nur, wer bei diesem TOP"):
        store.decisions.record_votes(decision.id, [], [steering.admin[5].id])
    store.decisions.record_votes(decision.id, [], [steering.admin[4].id])


def test_a_secret_tie_has_no_casting_vote(steering, held):
    store = steering.store
    store.bodies.update(steering.body.id, casting_vote=True)
    _, (_, item, _, _) = held
    decision = store.decisions.add("Wahl", agenda_item_id=item.id)
    store.decisions.set_voting_method(decision.id, VotingMethod.SECRET)
    v, t = steering.sides["V"].id, steering.sides["T"].id
    stored = store.decisions.record_votes(decision.id, [SideVote(v, 5, 1), SideVote(t, 0, 4)])
    assert (stored.outcome, stored.result_text) == (
        Outcome.REJECTED, "in geheimer Abstimmung abgelehnt: Stimmengleichheit; geheim "
                          "abgestimmt, daher kein Stichentscheid (Ja 5, Nein 5, Enthaltung 0)")


def test_written_answers_are_dated_between_the_proposal_and_today(steering):
    store = steering.store
    decision = store.decisions.add_written("Fachtag", steering.body.id, date(2026, 11, 20),
                                           deadline=date(2026, 12, 4))
    member = steering.admin[0].id
    with pytest.raises(RuleViolation, match="nach dem heutigen Tag"):
        store.decisions.record_ballots(decision.id,
                                       [Ballot(member, Choice.YES, date(2026, 11, 26))])
    with pytest.raises(RuleViolation, match="vor dem Vorschlag vom 20.11.2026"):
        store.decisions.record_ballots(decision.id,
                                       [Ballot(member, Choice.YES, date(2026, 11, 19))])


def test_two_bodies_cannot_have_the_same_name(steering):
    store = steering.store
    with pytest.raises(RuleViolation, match="Ein Gremium „Steuerungsgruppe“ gibt es schon"):
        store.bodies.add("steuerungsgruppe", "SG2")
    other = store.bodies.add("Beirat", "PG")
    with pytest.raises(RuleViolation, match="gibt es schon"):
        store.bodies.update(other.id, name="Steuerungsgruppe")
