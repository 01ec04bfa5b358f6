"""The decision register (numbers per body and year) and votes per side, through the store."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from sro_desktop.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    DecisionRule,
    MeetingState,
    Outcome,
    Procedure,
)
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import SideVote
from sro_desktop.store import Store

S = MeetingState
P = AttendanceStatus


def numbers(decisions) -> list[str]:
    return [d.number for d in decisions]


# -- numbering -----------------------------------------------------------------------------


def test_numbers_run_per_body_and_year_without_gaps(steering):
    store = steering.store
    march, (a, b) = steering.meeting(date(2026, 3, 10), "Modellregion", "Fortbildung")
    june, (c,) = steering.meeting(date(2026, 6, 16), "Hospitation")
    january, (d,) = steering.meeting(date(2027, 1, 19), "Transfer")
    board = store.bodies.add("Planungsgruppe SRO", "PG1", BodyKind.ADVISORY,
                             advises_body_id=steering.body.id)

    first = store.decisions.add("Modellregion Lütten Klein", agenda_item_id=a.id)
    second = store.decisions.add("Gemeinsame Fortbildung", agenda_item_id=b.id)
    third = store.decisions.add("Hospitation in Graz", agenda_item_id=c.id)
    next_year = store.decisions.add("Stadtweiter Transfer", agenda_item_id=d.id)
    other_body = store.decisions.add("Empfehlung an die SG", body_id=board.id,
                                     decided_on=date(2026, 4, 2))
    same_item = store.decisions.add("Zweiter Beschluss zum TOP", agenda_item_id=a.id)

    assert [first.number, second.number, third.number, same_item.number] == [
        "SG-2026/001", "SG-2026/002", "SG-2026/003", "SG-2026/004"]
    assert [first.seq, second.seq, third.seq, same_item.seq] == [1, 2, 3, 4]
    assert (next_year.number, next_year.year, next_year.seq) == ("SG-2027/001", 2027, 1)
    assert other_body.number == "PG1-2026/001"
    assert first.decided_on == date(2026, 3, 10)
    assert (first.meeting_id, first.agenda_item_id, first.written_procedure) == (
        march.id, a.id, False)
    assert third.meeting_id == june.id
    assert next_year.meeting_id == january.id
    # what is read back is what was stored
    assert numbers(store.decisions.list(steering.body.id)) == [
        "SG-2026/001", "SG-2026/002", "SG-2026/004", "SG-2026/003", "SG-2027/001"]
    assert store.decisions.by_number("SG-2026/003").id == third.id
    assert numbers(store.decisions.for_agenda_item(a.id)) == ["SG-2026/001", "SG-2026/004"]
    assert numbers(store.decisions.list(steering.body.id, date_from=date(2026, 6, 1),
                                        date_to=date(2026, 12, 31))) == ["SG-2026/003"]


def test_the_file_refuses_a_second_live_row_with_the_same_number(steering):
    store = steering.store
    _, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion")
    first = store.decisions.add("Modellregion", agenda_item_id=item.id)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        store.db.execute(
            "INSERT INTO decisions (id, body_id, year, seq, number, decided_on, title, "
            "written_procedure, created_at, updated_at) VALUES ('dup', ?, 2026, 1, "
            "'SG-2026/001', '2026-03-11', 'Doppelt', 1, '2026-03-11T10:00:00.000+00:00', "
            "'2026-03-11T10:00:00.000+00:00')", [first.body_id])


def test_deleting_the_last_decision_frees_its_number(steering):
    store = steering.store
    meeting, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion")
    steering.attend_all(meeting.id)
    store.decisions.add("Eins", agenda_item_id=item.id)
    store.decisions.add("Zwei", agenda_item_id=item.id)
    wrong = store.decisions.add("Versehentlich", agenda_item_id=item.id)
    store.decisions.record_votes(wrong.id, [SideVote(steering.sides["V"].id, yes=1)])
    store.decisions.delete(wrong.id)

    assert store.decisions.by_number("SG-2026/003") is None
    again = store.decisions.add("Drei", agenda_item_id=item.id)
    assert again.number == "SG-2026/003"
    assert numbers(store.decisions.list()) == ["SG-2026/001", "SG-2026/002", "SG-2026/003"]
    assert store.decisions.by_number("SG-2026/003").title == "Drei"
    # the deleted one is a tombstone, with its votes
    assert store.db.execute("SELECT count(*) FROM decisions WHERE deleted_at IS NOT NULL"
                            ).fetchone() == (1,)
    assert store.db.execute("SELECT count(*) FROM votes WHERE decision_id = ? AND "
                            "deleted_at IS NULL", [wrong.id]).fetchone() == (0,)


def test_deleting_a_decision_in_the_middle_is_refused(steering):
    store = steering.store
    _, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion")
    made = [store.decisions.add(t, agenda_item_id=item.id) for t in ("Eins", "Zwei", "Drei")]
    with pytest.raises(RuleViolation, match=r"SG-2026/002 kann nicht gelöscht.*Lücke"):
        store.decisions.delete(made[1].id)
    with pytest.raises(RuleViolation, match="SG-2026/001"):
        store.decisions.delete(made[0].id)
    assert numbers(store.decisions.list()) == ["SG-2026/001", "SG-2026/002", "SG-2026/003"]
    # going backwards from the end is allowed, one at a time
    store.decisions.delete(made[2].id)
    store.decisions.delete(made[1].id)
    assert numbers(store.decisions.list()) == ["SG-2026/001"]


def test_written_procedure_decisions_are_numbered_in_the_same_register(steering):
    store = steering.store
    _, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion")
    at_meeting = store.decisions.add("Modellregion", agenda_item_id=item.id)
    by_mail = store.decisions.add("Umlauf: Stellenbesetzung", body_id=steering.body.id,
                                  decided_on=date(2026, 4, 20), wording="Die SG stimmt zu.")
    next_year = store.decisions.add("Umlauf: Termine 2027", body_id=steering.body.id,
                                    decided_on=date(2027, 1, 5))
    assert at_meeting.number == "SG-2026/001"
    stored = store.decisions.get(by_mail.id)
    assert (stored.number, stored.decided_on, stored.written_procedure) == (
        "SG-2026/002", date(2026, 4, 20), True)
    assert (stored.meeting_id, stored.agenda_item_id) == (None, None)
    assert stored.wording == "Die SG stimmt zu."
    assert next_year.number == "SG-2027/001"
    # its date can move within its year, but not out of it
    moved = store.decisions.update(by_mail.id, decided_on=date(2026, 4, 22))
    assert moved.decided_on == date(2026, 4, 22)
    with pytest.raises(RuleViolation, match="bleibt im Register 2026"):
        store.decisions.update(by_mail.id, decided_on=date(2027, 1, 2))
    with pytest.raises(RuleViolation, match="Datum seiner Sitzung"):
        store.decisions.update(at_meeting.id, decided_on=date(2026, 3, 11))
    with pytest.raises(RuleViolation, match="nicht von Hand"):
        store.decisions.update(by_mail.id, number="SG-2026/099")


def test_a_decision_needs_an_item_or_body_and_date(steering):
    store = steering.store
    with pytest.raises(RuleViolation, match="Umlaufverfahren"):
        store.decisions.add("Ohne Sitzung", body_id=steering.body.id)
    with pytest.raises(RuleViolation, match="Titel"):
        store.decisions.add("  ", body_id=steering.body.id, decided_on=date(2026, 1, 1))
    assert store.decisions.list() == []


def test_moving_a_meeting_with_decisions_to_another_year_is_refused(steering):
    store = steering.store
    meeting, (item,) = steering.meeting(date(2026, 12, 8), "Jahresplanung")
    decision = store.decisions.add("Sitzungstermine 2027", agenda_item_id=item.id)
    with pytest.raises(RuleViolation, match="nicht in ein anderes Jahr"):
        store.meetings.update(meeting.id, date=date(2027, 1, 12))
    assert store.meetings.get(meeting.id).date == date(2026, 12, 8)
    assert store.decisions.get(decision.id).number == "SG-2026/001"
    # within the year the decisions follow the meeting's date
    store.meetings.update(meeting.id, date=date(2026, 12, 15))
    assert store.decisions.get(decision.id).decided_on == date(2026, 12, 15)
    # without (live) decisions the meeting may move to another year
    store.decisions.delete(decision.id)
    moved = store.meetings.update(meeting.id, date=date(2027, 1, 12))
    assert moved.date == date(2027, 1, 12)
    assert store.decisions.add("Neu", agenda_item_id=item.id).number == "SG-2027/001"


def test_deleting_a_meeting_with_decisions_is_refused(steering):
    """Like an agenda item with decisions, a meeting with numbered decisions cannot go.

    Otherwise its decisions stay live in the register, pointing at a deleted
    meeting: reading their eligible voters fails with NotFound, and the
    meeting's running number is given to the next meeting.
    """
    store = steering.store
    meeting, (item,) = steering.meeting(date(2026, 3, 10), "Modellregion")
    steering.attend_all(meeting.id)
    decision = store.decisions.add("Modellregion", agenda_item_id=item.id)
    with pytest.raises(RuleViolation, match="Beschlüsse"):
        store.meetings.delete(meeting.id)
    assert store.meetings.get(meeting.id).number == 1
    assert store.decisions.eligible(store.decisions.get(decision.id)) == {
        steering.sides["V"].id: 6, steering.sides["T"].id: 6}


# -- votes ---------------------------------------------------------------------------------


@pytest.fixture
def held(steering):
    """A held meeting with three decision items; everybody present unless a test says else."""
    meeting, items = steering.meeting(date(2026, 3, 10), "Bericht", "Modellregion",
                                      "Fortbildung")
    steering.attend_all(meeting.id)
    steering.walk(meeting.id, S.INVITED, S.HELD)
    return meeting, items


def sides(steering):
    return steering.sides["V"].id, steering.sides["T"].id


def test_more_votes_than_present_members_of_a_side_are_refused(steering, held):
    store = steering.store
    meeting, (item, _, _) = held
    v, t = sides(steering)
    store.attendance.set(meeting.id, steering.admin[4].id, P.EXCUSED)
    store.attendance.set(meeting.id, steering.admin[5].id, P.ABSENT)
    decision = store.decisions.add("Bericht annehmen", agenda_item_id=item.id)
    assert store.decisions.eligible(decision) == {v: 4, t: 6}
    with pytest.raises(RuleViolation) as caught:
        store.decisions.record_votes(decision.id, [SideVote(v, yes=5), SideVote(t, yes=6)])
    assert str(caught.value) == ("Verwaltung: 5 Stimmen abgegeben, aber nur 4 "
                                 "stimmberechtigte Mitglieder anwesend.")
    stored = store.decisions.get(decision.id)
    assert (stored.votes, stored.outcome, stored.result_text) == ([], None, "")
    ok = store.decisions.record_votes(decision.id, [SideVote(v, yes=3, abstain=1),
                                                    SideVote(t, yes=6)])
    assert ok.outcome is Outcome.ADOPTED
    assert ok.result_text == "ohne Gegenstimmen angenommen (Ja 9, Nein 0, Enthaltung 1)"


def test_votes_of_one_side_split_over_two_entries_are_refused_as_a_rule(steering, held):
    """Two entries for Verwaltung (4 + 4 = 8 of 6 present) are refused with the rule's words.

    Each entry alone passes check_votes; only the file's UNIQUE index stops
    the second insert, and the user gets SQLite's English constraint text.
    """
    store = steering.store
    v, _ = sides(steering)
    decision = store.decisions.add("Bericht", agenda_item_id=held[1][0].id)
    with pytest.raises(RuleViolation, match="Verwaltung"):
        store.decisions.record_votes(decision.id, [SideVote(v, yes=4), SideVote(v, yes=4)])
    assert store.decisions.get(decision.id).votes == []


def test_sides_without_vote_give_an_opinion_only_while_present(steering, held):
    store = steering.store
    decision = store.decisions.add("Bericht", agenda_item_id=held[1][0].id)
    present = store.decisions.eligible(decision, advisory=True).get(steering.sides["W"].id, 0)
    with pytest.raises(RuleViolation, match="Wissenschaft: .* beratende"):
        store.decisions.record_votes(decision.id,
                                     [SideVote(steering.sides["W"].id, yes=present + 1)])


def test_conflicted_members_reduce_the_eligible_count(steering, held):
    store = steering.store
    _, (_, item, _) = held
    v, t = sides(steering)
    conflicted = [steering.providers[1].id, steering.providers[2].id]
    decision = store.decisions.add("Zuschlag an einen Träger", agenda_item_id=item.id)
    assert store.decisions.eligible(decision, conflicted) == {v: 6, t: 4}
    with pytest.raises(RuleViolation, match="Freie Träger: 5 Stimmen abgegeben, aber nur 4"):
        store.decisions.record_votes(decision.id, [SideVote(v, yes=6), SideVote(t, yes=5)],
                                     conflicted=conflicted)
    assert store.decisions.get(decision.id).conflicted_membership_ids == []
    stored = store.decisions.record_votes(
        decision.id, [SideVote(v, yes=6), SideVote(t, yes=3, no=1)], conflicted=conflicted)
    assert sorted(stored.conflicted_membership_ids) == sorted(conflicted)
    # without naming them again the stored conflicts still count
    with pytest.raises(RuleViolation, match="nur 4"):
        store.decisions.record_votes(decision.id, [SideVote(v, yes=6), SideVote(t, yes=5)])
    cleared = store.decisions.record_votes(decision.id, [SideVote(v, yes=6),
                                                         SideVote(t, yes=6)], conflicted=[])
    assert cleared.conflicted_membership_ids == []
    assert cleared.result_text == "einstimmig angenommen"


def test_only_members_of_the_body_can_be_conflicted(steering, held):
    store = steering.store
    other = store.bodies.add("Planungsgruppe SRO", "PG1", BodyKind.ADVISORY)
    outsider = store.memberships.add(other.id, steering.person[steering.admin[0].id].id,
                                     store.sides.list(other.id)[0].id)
    decision = store.decisions.add("Bericht", agenda_item_id=held[1][0].id)
    with pytest.raises(RuleViolation, match="befangen"):
        store.decisions.record_votes(decision.id, [], conflicted=[outsider.id])


def test_late_arrivals_and_early_leavers_vote_only_while_present(steering, held):
    store = steering.store
    meeting, (first, second, third) = held
    v, t = sides(steering)
    store.attendance.set(meeting.id, steering.admin[1].id, P.PRESENT,
                         arrives_at_item_id=second.id)
    store.attendance.set(meeting.id, steering.providers[3].id, P.PRESENT,
                         leaves_at_item_id=third.id)
    at_first = store.decisions.add("Bericht", agenda_item_id=first.id)
    at_second = store.decisions.add("Modellregion", agenda_item_id=second.id)
    at_third = store.decisions.add("Fortbildung", agenda_item_id=third.id)

    assert store.decisions.eligible(at_first) == {v: 5, t: 6}
    assert store.decisions.eligible(at_second) == {v: 6, t: 6}
    assert store.decisions.eligible(at_third) == {v: 6, t: 5}
    with pytest.raises(RuleViolation, match="Verwaltung: 6 Stimmen abgegeben, aber nur 5"):
        store.decisions.record_votes(at_first.id, [SideVote(v, yes=6)])
    assert store.decisions.record_votes(at_second.id, [SideVote(v, yes=6), SideVote(t, yes=6)]
                                        ).outcome is Outcome.ADOPTED
    with pytest.raises(RuleViolation, match="Freie Träger: 6 Stimmen abgegeben, aber nur 5"):
        store.decisions.record_votes(at_third.id, [SideVote(t, yes=6)])
    assert store.decisions.record_votes(at_first.id, [SideVote(v, yes=5), SideVote(t, no=6)]
                                        ).outcome is Outcome.REJECTED


def test_double_majority_failing_on_freie_traeger_is_rejected_and_deputies_count(
        steering, held, tmp_path):
    store = steering.store
    meeting, (_, item, _) = held
    v, t = sides(steering)
    for member in steering.providers[4:]:
        store.attendance.set(meeting.id, member.id, P.REPRESENTED)
    for row in store.attendance.list(meeting.id):
        if row.membership_id in {m.id for m in steering.providers[4:]}:
            assert row.deputy_person_id == steering.deputy[row.membership_id].id
    decision = store.decisions.add("Modellregion festlegen", agenda_item_id=item.id,
                                   rule=DecisionRule.DOUBLE)
    assert decision.rule is DecisionRule.DOUBLE
    assert store.decisions.eligible(decision) == {v: 6, t: 6}

    stored = store.decisions.record_votes(
        decision.id, [SideVote(v, yes=6), SideVote(t, yes=2, no=3, abstain=1)])
    assert stored.outcome is Outcome.REJECTED
    assert stored.result_text == (
        "abgelehnt: keine Mehrheit bei Freie Träger "
        "(Verwaltung 6 : 0, Freie Träger 2 : 3, Enthaltung 1)")
    assert stored.procedure is Procedure.VOTE
    assert sorted((x.side_id, x.yes, x.no, x.abstain) for x in stored.votes) == sorted(
        [(v, 6, 0, 0), (t, 2, 3, 1)])

    # it is in the file, not only in memory
    with Store.open(store.path, read_only=True) as reopened:
        again = reopened.decisions.get(decision.id)
        assert again.outcome is Outcome.REJECTED
        assert again.result_text.startswith("abgelehnt: keine Mehrheit bei Freie Träger")
        assert len(again.votes) == 2

    # the same counts under a simple majority are adopted
    simple = store.decisions.update(decision.id, rule=DecisionRule.SIMPLE)
    assert simple.outcome is Outcome.ADOPTED
    assert simple.result_text == "mehrheitlich angenommen (Ja 8, Nein 3, Enthaltung 1)"


def test_the_body_rule_is_the_default_rule_of_its_decisions(store):
    body = store.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE,
                            decision_rule=DecisionRule.TWO_THIRDS)
    decision = store.decisions.add("Transfer", body_id=body.id, decided_on=date(2026, 9, 1))
    assert decision.number == "JHA-2026/001"
    assert store.decisions.get(decision.id).rule is DecisionRule.TWO_THIRDS


def test_represented_needs_a_deputy(steering, held):
    store = steering.store
    meeting, _ = held
    with pytest.raises(RuleViolation, match="Prof. Dr. Heike Lange ist keine Stellvertretung"):
        store.attendance.set(meeting.id, steering.advisor.id, P.REPRESENTED)
    row = next(a for a in store.attendance.list(meeting.id)
               if a.membership_id == steering.advisor.id)
    assert row.status is P.PRESENT


def test_re_recording_votes_replaces_them(steering, held):
    store = steering.store
    decision = store.decisions.add("Bericht", agenda_item_id=held[1][0].id)
    v, t = sides(steering)
    store.decisions.record_votes(decision.id, [SideVote(v, yes=6), SideVote(t, no=6)])
    final = store.decisions.record_votes(decision.id, [SideVote(v, yes=6), SideVote(t, yes=4,
                                                                                     no=2)])
    assert sorted((x.yes, x.no) for x in final.votes) == [(4, 2), (6, 0)]
    assert final.result_text == "mehrheitlich angenommen (Ja 10, Nein 2, Enthaltung 0)"
    # one row per side, changed in place (its history says "Ja: 0 → 4")
    assert store.db.execute("SELECT count(*), count(deleted_at) FROM votes "
                            "WHERE decision_id = ?", [decision.id]).fetchone() == (2, 0)
    # a side left out leaves a tombstone
    only = store.decisions.record_votes(decision.id, [SideVote(v, yes=6)])
    assert [(x.side_id, x.yes) for x in only.votes] == [(v, 6)]
    assert store.db.execute("SELECT count(*), count(deleted_at) FROM votes "
                            "WHERE decision_id = ?", [decision.id]).fetchone() == (2, 1)


def test_deferring_and_returning_to_the_vote(steering, held):
    store = steering.store
    decision = store.decisions.add("Bericht", agenda_item_id=held[1][0].id)
    v, t = sides(steering)
    store.decisions.record_votes(decision.id, [SideVote(v, yes=6), SideVote(t, yes=6)])
    deferred = store.decisions.set_procedure(decision.id, Procedure.DEFERRED)
    assert (deferred.outcome, deferred.result_text) == (Outcome.DEFERRED, "vertagt")
    back = store.decisions.set_procedure(decision.id, Procedure.VOTE)
    assert (back.outcome, back.result_text) == (Outcome.ADOPTED, "einstimmig angenommen")


def test_written_procedure_counts_every_voting_seat(steering):
    store = steering.store
    v, t = sides(steering)
    decision = store.decisions.add("Umlauf", body_id=steering.body.id,
                                   decided_on=date(2026, 5, 4))
    assert store.decisions.eligible(decision) == {v: 6, t: 6}
    stored = store.decisions.record_votes(decision.id, [SideVote(v, yes=6),
                                                        SideVote(t, yes=5, abstain=1)])
    assert stored.outcome is Outcome.ADOPTED
    with pytest.raises(RuleViolation, match="nur 6"):
        store.decisions.record_votes(decision.id, [SideVote(t, yes=7)])


def test_meeting_item_kinds_do_not_matter_for_numbering(steering):
    store = steering.store
    _, (info,) = steering.meeting(date(2026, 3, 10), ("Bericht", AgendaKind.INFORMATION))
    assert store.decisions.add("Kenntnisnahme", agenda_item_id=info.id).number == "SG-2026/001"
