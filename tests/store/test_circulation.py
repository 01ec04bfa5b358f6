"""Circulation, objections and approval at an agenda item; Protokoll prüfen on stored data;
finding a meeting by "SG 7"."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta

import pytest

from sro_desktop.domain.enums import AgendaKind, AttendanceStatus, MeetingState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.meetings import approval_note, approved_minutes_sentence
from sro_desktop.domain.model import TaskOwner
from sro_desktop.store import NotFound, Store
from sro_desktop.store.check import check
from sro_desktop.store.schema import LOCK_MARK, USER_TABLES
from sro_desktop.store.undo import UndoLog

S = MeetingState
A = AttendanceStatus
MARCH, APRIL, MAY = date(2026, 3, 10), date(2026, 4, 14), date(2026, 5, 19)
STAMP = "2026-06-01T10:00:00+00:00"


def snapshot(store) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in store.db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid")]
            for t in USER_TABLES}


@pytest.fixture
def held(steering):
    """The March meeting, held with everyone present, its minutes a draft; the April
    meeting held, with the standard TOP for approving the minutes as TOP 2."""
    meeting, items = steering.meeting(MARCH, ("Begrüßung", AgendaKind.INFORMATION),
                                      "Modellregion festlegen")
    steering.attend_all(meeting.id)
    steering.walk(meeting.id, S.INVITED, S.HELD, S.DRAFT)
    later, later_items = steering.meeting(
        APRIL, ("Begrüßung", AgendaKind.INFORMATION),
        "Genehmigung des Protokolls der letzten Sitzung", "Fortbildung")
    steering.walk(later.id, S.INVITED, S.HELD)
    return {"steering": steering, "store": steering.store, "meeting": meeting, "items": items,
            "later": later, "later_items": later_items}


# -- Protokoll versenden ----------------------------------------------------------------------


def test_sending_records_the_circulation_and_the_draft_is_sent(held):
    store, meeting = held["store"], held["meeting"]
    sent = store.circulations.send(meeting.id, date(2026, 3, 17), " Alle Mitglieder ",
                                   note="per E-Mail")
    assert store.meetings.get(meeting.id).state is S.SENT
    assert store.circulations.list(meeting.id) == [sent]
    assert (sent.sent_on, sent.recipients, sent.note) == (
        date(2026, 3, 17), "Alle Mitglieder", "per E-Mail")


def test_sending_again_records_another_circulation(held):
    store, meeting = held["store"], held["meeting"]
    store.circulations.send(meeting.id, date(2026, 3, 17), "Alle Mitglieder")
    store.circulations.send(meeting.id, date(2026, 3, 20), "Frau Kühn (nachgereicht)")
    assert store.meetings.get(meeting.id).state is S.SENT
    assert [c.recipients for c in store.circulations.list(meeting.id)] == [
        "Alle Mitglieder", "Frau Kühn (nachgereicht)"]


def test_sending_is_one_step_to_undo(held):
    store, meeting = held["store"], held["meeting"]
    log = UndoLog(store.db)
    before = snapshot(store)
    mark = log.mark()
    with store.edit():
        store.circulations.send(meeting.id, date(2026, 3, 17), "Alle Mitglieder")
    step = log.since(mark)
    assert step is not None
    log.apply(step)
    assert snapshot(store) == before
    assert store.meetings.get(meeting.id).state is S.DRAFT


@pytest.mark.parametrize(("states", "words"), [
    ((), "Zustand „geplant“"),
    ((S.INVITED, S.HELD), "Zustand „durchgeführt“"),
])
def test_only_drafts_are_sent(steering, states, words):
    meeting, _ = steering.meeting(MARCH, "Modellregion")
    steering.walk(meeting.id, *states)
    before = snapshot(steering.store)
    with pytest.raises(RuleViolation, match=words):
        steering.store.circulations.send(meeting.id, APRIL, "Alle")
    assert snapshot(steering.store) == before


@pytest.mark.parametrize(("day", "recipients", "words"), [
    (date(2026, 3, 9), "Alle", "vor der Sitzung"),
    (APRIL, " ", "an wen"),
])
def test_a_circulation_needs_a_date_and_recipients(held, day, recipients, words):
    store = held["store"]
    before = snapshot(store)
    with pytest.raises(RuleViolation, match=words):
        store.circulations.send(held["meeting"].id, day, recipients)
    assert snapshot(store) == before


def test_default_recipients_are_present_and_excused_members(held):
    store, steering, meeting = held["store"], held["steering"], held["meeting"]
    store.attendance.set(meeting.id, steering.admin[1].id, A.EXCUSED)
    store.attendance.set(meeting.id, steering.admin[2].id, A.ABSENT)
    names = store.circulations.default_recipients(meeting.id).split(", ")
    assert names[:2] == ["Anke Becker", "Jens Schulz"]
    assert "Petra Hoffmann" not in names
    assert "Prof. Dr. Heike Lange" in names
    assert len(names) == 12


# -- Einwendungen -----------------------------------------------------------------------------


def test_objections_by_person_or_by_name(held):
    store, steering, meeting = held["store"], held["steering"], held["meeting"]
    person = steering.person[steering.providers[0].id]
    first = store.objections.add(meeting.id, date(2026, 3, 18), " TOP 2: Satz fehlt. ",
                                 person_id=person.id)
    store.circulations.send(meeting.id, date(2026, 3, 19), "Alle")
    second = store.objections.add(meeting.id, date(2026, 3, 25), "Tippfehler",
                                  raised_by="Frau Kühn (Gast)")
    assert store.objections.list(meeting.id) == [first, second]
    assert (first.text, first.person_id, first.raised_by) == ("TOP 2: Satz fehlt.", person.id, "")
    assert (second.person_id, second.raised_by) == (None, "Frau Kühn (Gast)")
    done = store.objections.update(second.id, resolution=" Berichtigt. ")
    assert done.resolution == "Berichtigt."


def test_an_objection_needs_an_author(held):
    store = held["store"]
    with pytest.raises(RuleViolation, match="von wem"):
        store.objections.add(held["meeting"].id, APRIL, "Satz fehlt.")
    objection = store.objections.add(held["meeting"].id, APRIL, "Satz fehlt.", raised_by="X")
    with pytest.raises(RuleViolation, match="von wem"):
        store.objections.update(objection.id, raised_by="", person_id="")


def test_no_objection_before_the_minutes_exist(steering):
    meeting, _ = steering.meeting(MARCH, "Modellregion")
    steering.walk(meeting.id, S.INVITED, S.HELD)
    with pytest.raises(RuleViolation, match="Zustand „durchgeführt“"):
        steering.store.objections.add(meeting.id, APRIL, "Satz fehlt.", raised_by="X")


# -- approval at the later meeting's TOP ---------------------------------------------------


def send_and_approve(held, **approval):
    store, meeting = held["store"], held["meeting"]
    store.circulations.send(meeting.id, date(2026, 3, 17), "Alle Mitglieder")
    store.objections.add(meeting.id, date(2026, 3, 20), "Satz fehlt.", raised_by="Frau Kühn",
                         resolution="In der Sitzung ergänzt.")
    return store.meetings.set_state(meeting.id, S.APPROVED, **approval)


def test_approval_names_the_approving_meetings_item(held):
    store, later = held["store"], held["later"]
    top = held["later_items"][2]  # "Fortbildung", TOP 3: any item of the meeting will do
    approved = send_and_approve(held, approving_meeting_id=later.id, approving_item_id=top.id)
    assert (approved.approved_in_meeting_id, approved.approved_at_item_id,
            approved.approved_on) == (later.id, top.id, APRIL)
    assert approval_note(approved, later, store.agenda.get(top.id)) == (
        "genehmigt in der 2. Sitzung am 14.04.2026 zu TOP 3")


def test_the_item_alone_names_the_approving_meeting(held):
    top = held["later_items"][1]
    approved = send_and_approve(held, approving_item_id=top.id)
    assert (approved.approved_in_meeting_id, approved.approved_at_item_id) == (
        held["later"].id, top.id)


def test_without_an_item_the_standard_approval_item_is_taken(held):
    approved = send_and_approve(held, approving_meeting_id=held["later"].id)
    assert approved.approved_at_item_id == held["later_items"][1].id


def test_without_a_standard_item_none_is_named(steering):
    meeting, _ = steering.meeting(MARCH, "Modellregion")
    steering.walk(meeting.id, S.INVITED, S.HELD, S.DRAFT, S.SENT)
    later, _ = steering.meeting(APRIL, "Fortbildung")
    approved = steering.approve(meeting.id, later.id)
    assert approved.approved_in_meeting_id == later.id
    assert approved.approved_at_item_id is None


def test_an_item_of_another_meeting_is_refused(held):
    store = held["store"]
    other, other_items = held["steering"].meeting(MAY, "Genehmigung")
    held["steering"].walk(other.id, S.INVITED, S.HELD)
    store.circulations.send(held["meeting"].id, date(2026, 3, 17), "Alle")
    before = snapshot(store)
    with pytest.raises(RuleViolation, match="gehört nicht zur genehmigenden Sitzung"):
        store.meetings.set_state(held["meeting"].id, S.APPROVED,
                                 approving_meeting_id=held["later"].id,
                                 approving_item_id=other_items[0].id)
    assert snapshot(store) == before


def test_the_item_is_set_only_through_the_approval(held):
    with pytest.raises(RuleViolation, match="Schritt im Ablauf"):
        held["store"].meetings.update(held["meeting"].id,
                                      approved_at_item_id=held["later_items"][1].id)


def test_the_approving_meeting_lists_the_minutes_it_approved(held):
    store, later = held["store"], held["later"]
    send_and_approve(held, approving_meeting_id=later.id)
    (approved,) = store.meetings.approved_in(later.id)
    assert approved.id == held["meeting"].id
    assert store.meetings.approved_in(later.id, held["later_items"][1].id) == [approved]
    assert store.meetings.approved_in(later.id, held["later_items"][2].id) == []
    assert approved_minutes_sentence(approved) == (
        "Das Protokoll der 1. Sitzung vom 10.03.2026 wurde genehmigt.")


def test_approving_candidates_are_later_meetings_that_took_place(held):
    steering, store = held["steering"], held["store"]
    steering.meeting(MAY, "Geplant")  # not yet held
    assert [m.id for m in store.meetings.approving_candidates(held["meeting"].id)] == [
        held["later"].id]


# -- the lock ----------------------------------------------------------------------------------


@pytest.fixture
def approved(held):
    send_and_approve(held, approving_meeting_id=held["later"].id)
    store = held["store"]
    meeting_id = held["meeting"].id
    return {**held, "circulation": store.circulations.list(meeting_id)[0],
            "objection": store.objections.list(meeting_id)[0]}


def test_approved_minutes_refuse_new_circulations_and_objections(approved):
    store, meeting = approved["store"], approved["meeting"]
    before = snapshot(store)
    with pytest.raises(RuleViolation, match="schon genehmigt"):
        store.circulations.send(meeting.id, MAY, "Alle")
    with pytest.raises(RuleViolation, match="genehmigt"):
        store.objections.add(meeting.id, MAY, "Zu spät.", raised_by="X")
    assert snapshot(store) == before


def test_approved_minutes_refuse_changes_through_the_store(approved):
    store = approved["store"]
    before = snapshot(store)
    for change in (
        lambda: store.objections.update(approved["objection"].id, resolution="anders"),
        lambda: store.objections.delete(approved["objection"].id),
        lambda: store.circulations.update(approved["circulation"].id, note="anders"),
        lambda: store.circulations.delete(approved["circulation"].id),
    ):
        with pytest.raises(RuleViolation, match="genehmigt"):
            change()
    assert snapshot(store) == before


@pytest.mark.parametrize("sql", [
    "UPDATE minutes_circulations SET note = 'x' WHERE meeting_id = ?",
    "DELETE FROM minutes_circulations WHERE meeting_id = ?",
    "UPDATE objections SET resolution = 'x' WHERE meeting_id = ?",
    "DELETE FROM objections WHERE meeting_id = ?",
    "INSERT INTO objections (id, meeting_id, raised_by, received_on, text, created_at, "
    "updated_at) VALUES ('o', ?, 'X', '2026-05-01', 'Text', '" + STAMP + "', '" + STAMP + "')",
    "INSERT INTO minutes_circulations (id, meeting_id, sent_on, recipients, created_at, "
    "updated_at) VALUES ('c', ?, '2026-05-01', 'Alle', '" + STAMP + "', '" + STAMP + "')",
])
def test_the_file_itself_locks_them(approved, sql):
    store = approved["store"]
    before = snapshot(store)
    with pytest.raises(sqlite3.IntegrityError, match=LOCK_MARK):
        store.db.execute(sql, [approved["meeting"].id])
    assert snapshot(store) == before


def test_check_is_clean_and_finds_changes_behind_the_lock(approved):
    store = approved["store"]
    assert check(store) == []
    store.db.execute("DROP TRIGGER objections_lock_update")
    store.db.execute("UPDATE objections SET resolution = 'nachträglich', updated_at = "
                     "'2999-01-01T00:00:00.000+00:00'")
    findings = check(store)
    assert any("objections_lock_update" in f for f in findings)
    assert any(approved["objection"].id in f and "nach der Genehmigung" in f
               for f in findings)


# -- Protokoll prüfen on the stored meeting --------------------------------------------------


def test_check_minutes_reads_the_meeting(held):
    store, steering, meeting = held["store"], held["steering"], held["meeting"]
    opening, topic = held["items"]
    store.meetings.update(meeting.id, chair_person_id=steering.person[steering.admin[0].id].id,
                          minute_taker_person_id=steering.person[steering.admin[1].id].id)
    store.agenda.update(opening.id, notes="Begrüßung durch den Vorsitz.")
    assert store.meetings.check_minutes(meeting.id)[0].text == (
        "TOP 2 hat kein Ergebnis: keine Notizen, keinen Beschluss, keine Aufgabe.")
    store.db.execute("DELETE FROM attendance WHERE membership_id = ?", [steering.admin[5].id])
    decision = store.decisions.add("Modellregion", agenda_item_id=topic.id)
    store.tasks.add(steering.body.id, "Konzept überarbeiten", origin_agenda_item_id=topic.id)
    store.tasks.add(steering.body.id, "Protokoll verteilen", origin_meeting_id=meeting.id,
                    owners=[TaskOwner(person_id=steering.person[steering.admin[1].id].id)],
                    due_date=APRIL)
    store.objections.add(meeting.id, date(2026, 3, 20), "Satz fehlt.", raised_by="Frau Kühn")
    found = store.meetings.check_minutes(meeting.id)
    assert [f.text for f in found] == [
        "Für Olaf Neumann ist keine Anwesenheit erfasst.",
        f"TOP 2: Beschluss {decision.number} hat keine Abstimmung und kein Ergebnis.",
        "TOP 2: Aufgabe „Konzept überarbeiten“ hat keine Verantwortlichen.",
        "TOP 2: Aufgabe „Konzept überarbeiten“ hat kein Fälligkeitsdatum.",
        "Die Einwendung von Frau Kühn vom 20.03.2026 ist noch nicht erledigt.",
    ]
    assert (found[1].kind, found[1].record_id, found[1].item_id, found[1].item_number) == (
        "decisions", decision.id, topic.id, 2)
    assert found[0].kind == "memberships"
    assert found[0].record_id == steering.admin[5].id


# -- finding a meeting --------------------------------------------------------------------------


@pytest.fixture
def two_bodies(steering):
    store = steering.store
    board = store.bodies.add("Planungsgruppe", "PG1")
    sg = [steering.meeting(date(2026, 1, n * 2))[0] for n in range(1, 14)]  # SG 1 … 13
    pg = [store.meetings.add(board.id, date(2026, 2, n)) for n in (1, 2, 3)]  # PG1 1 … 3
    return store, sg, pg


@pytest.mark.parametrize(("ref", "which"), [
    ("SG 7", ("sg", 7)), ("SG-7", ("sg", 7)), ("sg7", ("sg", 7)), (" SG 13 ", ("sg", 13)),
    ("SG 7.", ("sg", 7)), ("PG1 2", ("pg", 2)), ("PG1-3", ("pg", 3)), ("PG12", ("pg", 2)),
    ("pg1 1", ("pg", 1)), ("12", ("sg", 12)), ("13", ("sg", 13)),
])
def test_resolve_by_short_name_and_number(two_bodies, ref, which):
    store, sg, pg = two_bodies
    expected = {"sg": sg, "pg": pg}[which[0]][which[1] - 1]
    assert store.meetings.resolve(ref).id == expected.id


def test_resolve_by_id(two_bodies):
    store, sg, _ = two_bodies
    assert store.meetings.resolve(sg[3].id) == sg[3]


@pytest.mark.parametrize(("ref", "words"), [
    ("2", "nicht eindeutig: SG 2, PG1 2"),
    ("SG 14", "„SG 14“ gibt es nicht"),
    ("XY 2", "„XY 2“ gibt es nicht"),
    ("Sitzung", "„Sitzung“ gibt es nicht"),
    ("  ", "Bitte eine Sitzung angeben"),
])
def test_resolve_refuses_unknown_and_ambiguous(two_bodies, ref, words):
    store, _, _ = two_bodies
    with pytest.raises(NotFound, match=words):
        store.meetings.resolve(ref)


def test_the_approving_item_stays(held):
    store = held["store"]
    top = held["later_items"][1]
    send_and_approve(held, approving_meeting_id=held["later"].id)
    with pytest.raises(RuleViolation, match="Protokoll der 1. Sitzung genehmigt"):
        store.agenda.delete(top.id)
    store.agenda.delete(held["later_items"][2].id)  # any other TOP may go


# -- the demo -----------------------------------------------------------------------------------


def test_the_demo_circulates_objects_and_approves_at_the_item(tmp_path, demo_path):
    path = tmp_path / "demo.sro"
    shutil.copyfile(demo_path, path)  # the demo, written once per run for the pinned day
    with Store.open(path) as store:
        sg = store.bodies.resolve("SG")
        meetings = store.meetings.list(sg.id)
        for meeting in meetings:
            circulations = store.circulations.list(meeting.id)
            if meeting.state in (S.SENT, S.APPROVED):
                (circulation,) = circulations
                assert circulation.sent_on == meeting.date + timedelta(days=7)
                assert circulation.recipients.startswith("Stefan Ohmsen, ")
            else:
                assert circulations == []
            if meeting.state is S.APPROVED:
                item = store.agenda.get(meeting.approved_at_item_id)
                assert item.meeting_id == meeting.approved_in_meeting_id
                assert item.title == "Genehmigung des Protokolls der letzten Sitzung"
        (sent,) = [m for m in meetings if m.state is S.SENT]
        (objection,) = store.objections.list(sent.id)
        assert store.people.get(objection.person_id).full_name == "Anke Hoffmann"
        assert objection.resolution == ""
        assert [f.kind for f in store.meetings.check_minutes(sent.id)] == ["objections"]
        assert check(store) == []
