"""Approved minutes are locked by the file: through the repositories and through raw SQL."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date

import pytest

from sro_desktop.domain.enums import AgendaKind, AttendanceStatus, MeetingState, Procedure
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import SideVote
from sro_desktop.store.schema import LOCK_MARK, LOCK_MESSAGE

S = MeetingState
TO_SENT = (S.INVITED, S.HELD, S.DRAFT, S.SENT)
STAMP = "2026-05-01T10:00:00+00:00"


@pytest.fixture
def approved(steering):
    """The 1st meeting (10 March 2026), approved at the 2nd (14 April), with all its parts."""
    store = steering.store
    meeting, (opening, model_region, misc) = steering.meeting(
        date(2026, 3, 10), ("Begrüßung", AgendaKind.INFORMATION), "Modellregion festlegen",
        ("Verschiedenes", AgendaKind.DISCUSSION))
    steering.attend_all(meeting.id)
    store.attendance.set(meeting.id, steering.providers[5].id, AttendanceStatus.REPRESENTED)
    guest = store.attendance.add_guest(meeting.id, "Dr. Gast", "Landesjugendamt")
    steering.walk(meeting.id, S.INVITED, S.HELD)
    decision = store.decisions.add("Modellregion Lütten Klein", agenda_item_id=model_region.id)
    decision = store.decisions.record_votes(decision.id, [
        SideVote(steering.sides["V"].id, yes=6), SideVote(steering.sides["T"].id, yes=4, no=1)],
        conflicted=[steering.providers[1].id])
    steering.walk(meeting.id, S.DRAFT, S.SENT)
    later, _ = steering.meeting(date(2026, 4, 14), "Genehmigung des Protokolls")
    steering.walk(later.id, S.INVITED, S.HELD)
    result = store.meetings.set_state(meeting.id, S.APPROVED, approving_meeting_id=later.id)
    assert result.state is S.APPROVED
    assert result.approved_in_meeting_id == later.id
    assert result.approved_on == date(2026, 4, 14)
    return {"meeting": meeting, "later": later, "items": (opening, model_region, misc),
            "decision": decision, "guest": guest, "steering": steering}


def snapshot(store, meeting_id: str) -> list:
    """Every row of the meeting's minutes, tombstones included, to prove nothing changed."""
    rows = []
    for table, where in (
        ("meetings", "id = ?"),
        ("agenda_items", "meeting_id = ?"),
        ("attendance", "meeting_id = ?"),
        ("decisions", "meeting_id = ?"),
        ("votes", "decision_id IN (SELECT id FROM decisions WHERE meeting_id = ?)"),
        ("conflicts", "decision_id IN (SELECT id FROM decisions WHERE meeting_id = ?)"),
    ):
        rows.append(sorted(
            tuple(r) for r in store.db.execute(f"SELECT * FROM {table} WHERE {where}",
                                               [meeting_id])))
    return rows


def test_the_approved_meeting_has_all_its_parts(approved):
    store = approved["steering"].store
    meeting_id = approved["meeting"].id
    assert len(store.agenda.list(meeting_id)) == 3
    assert len(store.attendance.list(meeting_id)) == 14
    (decision,) = store.decisions.for_meeting(meeting_id)
    assert decision.number == "SG-2026/001"
    assert len(decision.votes) == 2
    assert decision.conflicted_membership_ids == [approved["steering"].providers[1].id]


# -- through the repositories: a RuleViolation in German, nothing changed ------------------


def refusals(approved):
    steering = approved["steering"]
    store = steering.store
    meeting, later = approved["meeting"], approved["later"]
    opening, model_region, misc = approved["items"]
    decision = approved["decision"]
    v, t = steering.sides["V"].id, steering.sides["T"].id
    return {
        "agenda.add": lambda: store.agenda.add(meeting.id, "Nachtrag"),
        "agenda.update": lambda: store.agenda.update(opening.id, notes="nachträglich"),
        "agenda.move": lambda: store.agenda.move(misc.id, 1),
        "agenda.delete": lambda: store.agenda.delete(misc.id),
        "attendance.set": lambda: store.attendance.set(
            meeting.id, steering.admin[2].id, AttendanceStatus.EXCUSED),
        "attendance.set late": lambda: store.attendance.set(
            meeting.id, steering.admin[3].id, AttendanceStatus.PRESENT,
            arrives_at_item_id=misc.id),
        "attendance.add_guest": lambda: store.attendance.add_guest(meeting.id, "Herr Spät"),
        "attendance.delete": lambda: store.attendance.delete(approved["guest"].id),
        "decisions.add": lambda: store.decisions.add("Nachgeschoben",
                                                     agenda_item_id=misc.id),
        "decisions.update": lambda: store.decisions.update(decision.id, wording="geändert"),
        "decisions.record_votes": lambda: store.decisions.record_votes(
            decision.id, [SideVote(v, yes=6), SideVote(t, yes=6)], conflicted=[]),
        "decisions.set_procedure": lambda: store.decisions.set_procedure(
            decision.id, Procedure.DEFERRED),
        "decisions.delete": lambda: store.decisions.delete(decision.id),
        "meetings.update": lambda: store.meetings.update(meeting.id, place="Anderswo"),
        "meetings.delete": lambda: store.meetings.delete(meeting.id),
        "recommendations.put_on_agenda": lambda: store.recommendations.put_on_agenda(
            store.recommendations.add(
                store.bodies.add("Planungsgruppe SRO", "PG1").id, steering.body.id,
                "Fortbildung", date(2026, 2, 1)).id, meeting.id),
        "set_state back to sent": lambda: store.meetings.set_state(meeting.id, S.SENT),
        "set_state approved again": lambda: store.meetings.set_state(
            meeting.id, S.APPROVED, approving_meeting_id=later.id),
    }


REPO_REFUSALS = [
    "agenda.add", "agenda.update", "agenda.move", "agenda.delete", "attendance.set",
    "attendance.set late", "attendance.add_guest", "attendance.delete", "decisions.add",
    "decisions.update", "decisions.record_votes", "decisions.set_procedure",
    "decisions.delete", "meetings.update", "meetings.delete", "recommendations.put_on_agenda",
]


@pytest.mark.parametrize("action", REPO_REFUSALS)
def test_repositories_refuse_changes_to_approved_minutes(approved, action):
    store = approved["steering"].store
    meeting_id = approved["meeting"].id
    before = snapshot(store, meeting_id)
    with pytest.raises(RuleViolation) as caught:
        refusals(approved)[action]()
    assert str(caught.value) == LOCK_MESSAGE
    assert LOCK_MARK not in str(caught.value)
    assert snapshot(store, meeting_id) == before
    assert not store.db.conn.in_transaction


@pytest.mark.parametrize("action", ["set_state back to sent", "set_state approved again"])
def test_no_state_step_leaves_approved(approved, action):
    store = approved["steering"].store
    with pytest.raises(RuleViolation, match="Protokoll ist genehmigt.*Berichtigung"):
        refusals(approved)[action]()
    assert store.meetings.get(approved["meeting"].id).state is S.APPROVED


def test_put_on_agenda_of_approved_meeting_leaves_recommendation_unchanged(approved):
    steering = approved["steering"]
    store = steering.store
    board = store.bodies.add("Planungsgruppe SRO", "PG1")
    rec = store.recommendations.add(board.id, steering.body.id, "Fortbildung",
                                    date(2026, 2, 1))
    with pytest.raises(RuleViolation):
        store.recommendations.put_on_agenda(rec.id, approved["meeting"].id)
    assert store.recommendations.get(rec.id).state.value == "received"


# -- through raw SQL: the triggers answer with sqlite3.IntegrityError -----------------------


def raw_statements(approved):
    steering = approved["steering"]
    meeting = approved["meeting"]
    opening, model_region, misc = approved["items"]
    decision = approved["decision"]
    member = steering.admin[1].id
    new = str(uuid.uuid4())
    return {
        "agenda insert": ("INSERT INTO agenda_items (id, meeting_id, position, title, "
                          "created_at, updated_at) VALUES (?, ?, 4, 'Nachtrag', ?, ?)",
                          [new, meeting.id, STAMP, STAMP]),
        "agenda update": ("UPDATE agenda_items SET notes = 'heimlich' WHERE id = ?",
                          [opening.id]),
        "agenda tombstone": ("UPDATE agenda_items SET deleted_at = ? WHERE id = ?",
                             [STAMP, misc.id]),
        "agenda delete": ("DELETE FROM agenda_items WHERE id = ?", [misc.id]),
        "agenda moved away": ("UPDATE agenda_items SET meeting_id = ? WHERE id = ?",
                              [approved["later"].id, misc.id]),
        "attendance insert": ("INSERT INTO attendance (id, meeting_id, status, guest_name, "
                              "created_at, updated_at) VALUES (?, ?, 'present', 'Gast', ?, ?)",
                              [new, meeting.id, STAMP, STAMP]),
        "attendance update": ("UPDATE attendance SET status = 'absent' WHERE meeting_id = ? "
                              "AND membership_id = ?", [meeting.id, member]),
        "attendance delete": ("DELETE FROM attendance WHERE meeting_id = ?", [meeting.id]),
        "decision insert": ("INSERT INTO decisions (id, body_id, year, seq, number, decided_on, "
                            "title, meeting_id, agenda_item_id, created_at, updated_at) "
                            "VALUES (?, ?, 2026, 2, 'SG-2026/002', '2026-03-10', 'Heimlich', "
                            "?, ?, ?, ?)",
                            [new, steering.body.id, meeting.id, misc.id, STAMP, STAMP]),
        "decision update": ("UPDATE decisions SET outcome = 'rejected' WHERE id = ?",
                            [decision.id]),
        "decision delete": ("DELETE FROM decisions WHERE id = ?", [decision.id]),
        "vote insert": ("INSERT INTO votes (id, decision_id, side_id, yes, created_at, "
                        "updated_at) VALUES (?, ?, ?, 1, ?, ?)",
                        [new, decision.id, steering.sides["W"].id, STAMP, STAMP]),
        "vote update": ("UPDATE votes SET yes = 0, no = 6 WHERE decision_id = ?",
                        [decision.id]),
        "vote delete": ("DELETE FROM votes WHERE decision_id = ?", [decision.id]),
        "conflict insert": ("INSERT INTO conflicts (id, decision_id, membership_id, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                            [new, decision.id, member, STAMP, STAMP]),
        "conflict delete": ("DELETE FROM conflicts WHERE decision_id = ?", [decision.id]),
        "meeting update": ("UPDATE meetings SET place = 'Anderswo' WHERE id = ?",
                           [meeting.id]),
        "meeting unapprove": ("UPDATE meetings SET state = 'draft' WHERE id = ?", [meeting.id]),
        "meeting delete": ("DELETE FROM meetings WHERE id = ?", [meeting.id]),
    }


RAW = ["agenda insert", "agenda update", "agenda tombstone", "agenda delete",
       "agenda moved away", "attendance insert", "attendance update", "attendance delete",
       "decision insert", "decision update", "decision delete", "vote insert", "vote update",
       "vote delete", "conflict insert", "conflict delete", "meeting update",
       "meeting unapprove", "meeting delete"]


@pytest.mark.parametrize("statement", RAW)
def test_raw_sql_on_approved_minutes_is_refused_by_the_file(approved, statement):
    store = approved["steering"].store
    meeting_id = approved["meeting"].id
    before = snapshot(store, meeting_id)
    sql, params = raw_statements(approved)[statement]
    with pytest.raises(sqlite3.IntegrityError) as caught:
        store.db.execute(sql, params)
    assert str(caught.value) == f"{LOCK_MARK}: {LOCK_MESSAGE}"
    assert snapshot(store, meeting_id) == before


def test_raw_sql_from_another_connection_is_refused_too(approved):
    """The lock is in the file: a second program without our code meets it as well."""
    store = approved["steering"].store
    other = sqlite3.connect(store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match=LOCK_MARK):
            other.execute("UPDATE votes SET no = 6 WHERE decision_id = ?",
                          [approved["decision"].id])
        other.rollback()
    finally:
        other.close()


def test_raw_decision_hung_on_a_locked_item_without_meeting_id_is_refused(approved):
    """A decision put under an agenda item of approved minutes belongs to those minutes.

    The decisions trigger looks only at meeting_id; a row with meeting_id NULL
    (written_procedure = 1, allowed by the CHECK) but agenda_item_id of the
    approved meeting slips past it and then shows up in
    ``decisions.for_agenda_item`` of the locked item.
    """
    steering = approved["steering"]
    store = steering.store
    misc = approved["items"][2]
    with pytest.raises(sqlite3.IntegrityError, match=LOCK_MARK):
        store.db.execute(
            "INSERT INTO decisions (id, body_id, year, seq, number, decided_on, title, "
            "meeting_id, agenda_item_id, written_procedure, created_at, updated_at) "
            "VALUES (?, ?, 2026, 2, 'SG-2026/002', '2026-03-10', 'Untergeschoben', NULL, ?, 1, "
            "?, ?)", [str(uuid.uuid4()), steering.body.id, misc.id, STAMP, STAMP])
    assert store.decisions.for_agenda_item(misc.id) == []


# -- what still works -----------------------------------------------------------------------


def test_corrections_are_the_way_to_change_approved_minutes(approved):
    store = approved["steering"].store
    meeting_id = approved["meeting"].id
    first = store.corrections.add(meeting_id, date(2026, 5, 5), "Schreibfehler",
                                  "In TOP 2 muss es „Lütten Klein“ heißen.")
    second = store.corrections.add(meeting_id, date(2026, 6, 2), "  Stimmen  ",
                                   "  Freie Träger: Ja 4, Nein 1.  ")
    assert [(c.reason, c.text) for c in store.corrections.list(meeting_id)] == [
        ("Schreibfehler", "In TOP 2 muss es „Lütten Klein“ heißen."),
        ("Stimmen", "Freie Träger: Ja 4, Nein 1."),
    ]
    assert store.corrections.get(first.id).corrected_on == date(2026, 5, 5)
    assert store.corrections.get(second.id).meeting_id == meeting_id
    assert raw_updated_by(store, first.id) == "Testschreiberin"


def raw_updated_by(store, correction_id: str) -> str:
    return store.db.execute("SELECT updated_by FROM corrections WHERE id = ?",
                            [correction_id]).fetchone()[0]


def test_corrections_need_reason_and_text(approved):
    store = approved["steering"].store
    with pytest.raises(RuleViolation, match="Grund und einen Text"):
        store.corrections.add(approved["meeting"].id, date(2026, 5, 5), " ", "Text")
    with pytest.raises(RuleViolation, match="Grund und einen Text"):
        store.corrections.add(approved["meeting"].id, date(2026, 5, 5), "Grund", "")


@pytest.mark.parametrize("states", [(), (S.INVITED,), (S.INVITED, S.HELD), TO_SENT[:3],
                                    TO_SENT])
def test_corrections_are_refused_before_approval(steering, states):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10), "Modellregion")
    steering.walk(meeting.id, *states)
    with pytest.raises(RuleViolation, match="nur für genehmigte Protokolle"):
        store.corrections.add(meeting.id, date(2026, 5, 5), "Schreibfehler", "Text")
    assert store.corrections.list(meeting.id) == []


def test_the_approving_meeting_and_other_records_stay_editable(approved):
    steering = approved["steering"]
    store = steering.store
    later = approved["later"]
    item = store.agenda.add(later.id, "Verschiedenes")
    store.agenda.update(item.id, notes="Hinweis auf die Berichtigung")
    steering.attend_all(later.id)
    decision = store.decisions.add("Fortbildung", agenda_item_id=item.id)
    assert decision.number == "SG-2026/002"
    store.people.update(steering.person[steering.admin[0].id].id, phone="0381 381-0")
    task = store.tasks.add(steering.body.id, "Bericht", origin_meeting_id=approved["meeting"].id)
    assert store.tasks.get(task.id).origin_meeting_id == approved["meeting"].id


def test_approval_needs_a_later_held_meeting_of_the_same_body(steering):
    store = steering.store
    meeting, _ = steering.meeting(date(2026, 3, 10))
    steering.walk(meeting.id, *TO_SENT)
    planned_later, _ = steering.meeting(date(2026, 4, 14))
    with pytest.raises(RuleViolation, match="noch nicht stattgefunden"):
        store.meetings.set_state(meeting.id, S.APPROVED, approving_meeting_id=planned_later.id)
    earlier, _ = steering.meeting(date(2026, 2, 10))
    steering.walk(earlier.id, S.INVITED, S.HELD)
    with pytest.raises(RuleViolation, match="nach der protokollierten Sitzung"):
        store.meetings.set_state(meeting.id, S.APPROVED, approving_meeting_id=earlier.id)
    with pytest.raises(RuleViolation, match="genehmigt wurde"):
        store.meetings.set_state(meeting.id, S.APPROVED)
    assert store.meetings.get(meeting.id).state is S.SENT
