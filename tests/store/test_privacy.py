"""Personal data (DSGVO): the Auskunft holds everything about one person and nothing about
anyone else; anonymising a former member keeps decisions, attendance and minutes
readable, leaves the approved minutes' lock and checksum intact, and leaves the old name
nowhere in the file."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest
from docx import Document
from pinned import TODAY

from sro_desktop.documents.files import ExportError
from sro_desktop.documents.minutes import export_minutes
from sro_desktop.documents.personal_data import export_personal_data
from sro_desktop.domain.enums import (
    AttendanceStatus,
    LearningKind,
    MeetingState,
    ParitySide,
    Role,
    TaskState,
)
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import SideVote, TaskOwner
from sro_desktop.store import NotFound, Store
from sro_desktop.store.check import check
from sro_desktop.store.privacy import (
    ANONYMOUS,
    anonymise,
    anonymise_refusal,
    find_person,
    mentions,
    personal_data,
)

S = MeetingState
YEAR_AGO = TODAY - timedelta(days=365)


def text_of(path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows
              for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture
def held(steering):
    """A meeting a year ago: everyone present, one decision with a conflicted member, a
    task; the minutes approved at the next meeting. Jens Schulz (admin[1]) chaired it."""
    store = steering.store
    schulz = steering.person[steering.admin[1].id]
    meeting, items = steering.meeting(YEAR_AGO, "Sozialraumbudget", "Bericht",
                                      chair_person_id=schulz.id)
    steering.attend_all(meeting.id)
    store.agenda.update(items[1].id, presenter="Jens Schulz",
                        notes="Herr Schulz berichtet vom Fachtag.")
    decision = store.decisions.add("Budget beschließen", agenda_item_id=items[0].id)
    conflicted = steering.providers[1].id  # Thomas Weber
    sides = steering.sides
    store.decisions.record_votes(decision.id, [SideVote(sides["V"].id, yes=6),
                                               SideVote(sides["T"].id, yes=5)],
                                 conflicted=[conflicted])
    store.tasks.add(steering.body.id, "Budgetplan schreiben", due_date=YEAR_AGO,
                    owners=[TaskOwner(person_id=schulz.id)], origin_agenda_item_id=items[0].id)
    steering.walk(meeting.id, S.INVITED, S.HELD, S.DRAFT)
    store.circulations.send(meeting.id, YEAR_AGO + timedelta(days=7), "alle Mitglieder")
    store.objections.add(meeting.id, YEAR_AGO + timedelta(days=9), "TOP 2 fehlt ein Satz.",
                         person_id=schulz.id)
    approving, _ = steering.meeting(YEAR_AGO + timedelta(days=30))
    steering.approve(meeting.id, approving.id)
    return meeting, decision


def test_the_auskunft_holds_everything_about_one_person(steering, held, tmp_path):
    store = steering.store
    seat = steering.admin[1]
    schulz = steering.person[seat.id]
    weber_seat = steering.providers[1]
    meeting, decision = held
    # Jens Schulz also stands in for a provider member, and edits under his own name
    store.memberships.update(steering.providers[2].id, deputy_person_id=schulz.id)
    later, _ = steering.meeting(TODAY - timedelta(days=20))
    store.attendance.set(later.id, steering.providers[2].id, AttendanceStatus.REPRESENTED)
    store.user = "Jens Schulz"
    gone = store.tasks.add(steering.body.id, "Alte Aufgabe",
                           owners=[TaskOwner(person_id=schulz.id)])
    store.tasks.delete(gone.id)
    store.user = "Testschreiberin"

    path = export_personal_data(store, schulz.id, tmp_path / "auskunft.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["Person"]["Nachname"] == "Schulz"
    assert data["Person"]["E-Mail"] == "jens.schulz@example.org"
    assert data["Person"]["Organisation"] == "Jugendamt Rostock"
    [membership] = data["Mitgliedschaften"]
    assert (membership["Kürzel"], membership["Seite"], membership["Rolle"],
            membership["Stellvertretung"], membership["heute gültig"]) == (
        "SG", "Verwaltung", "Mitglied", "Brandt", True)
    assert [s["Mitglied"] for s in data["Stellvertretung für"]] == ["Ines Meyer"]
    attendance = {(a["Sitzung"][:3], a["als"], a["Status"]) for a in data["Anwesenheit"]}
    assert attendance == {(f"{meeting.number}. ", "Mitglied", "anwesend"),
                          (f"{later.number}. ", "Stellvertretung", "vertreten")}
    assert [r["Funktion"] for r in data["Sitzungsleitung und Protokoll"]] == ["Vorsitz"]
    tasks = {t["Aufgabe"]: t["gelöscht"] is not None for t in data["Aufgaben"]}
    assert tasks == {"Budgetplan schreiben": False, "Alte Aufgabe": True}
    assert [e["Text"] for e in data["Einwendungen"]] == ["TOP 2 fehlt ein Satz."]
    assert data["Befangenheit"] == []  # Thomas Weber was conflicted, not he
    changed = {c["Art"] for c in data["Von dieser Person geändert"]}
    assert changed == {"Aufgabe", "Verantwortung"}
    history = {(h["Art"], h["von"]) for h in data["Verlauf"]}
    assert ("Anwesenheit", "Testschreiberin") in history  # his attendance, recorded
    assert ("Aufgabe", "Jens Schulz") in history  # what he changed
    found = {(m["Art"], m["Feld"]) for m in data["Erwähnungen in Texten"]}
    assert found == {("Tagesordnungspunkt", "Berichterstattung"),
                     ("Tagesordnungspunkt", "Notizen")}
    # nobody else's data
    text = path.read_text(encoding="utf-8")
    for other in ("Thomas", "Becker", "kerstin.fischer@example.org"):
        assert other not in text
    weber = personal_data(store, steering.person[weber_seat.id].id)
    assert [c["Beschluss"] for c in weber["Befangenheit"]] == [decision.number]


def test_the_auskunft_is_written_as_json_only(steering, tmp_path):
    person = steering.person[steering.admin[0].id]
    with pytest.raises(ExportError, match=r"\.json"):
        export_personal_data(steering.store, person.id, tmp_path / "auskunft.docx")
    assert not [p for p in tmp_path.iterdir() if "auskunft" in p.name]


def test_two_people_of_the_same_name_are_told_apart_by_id(store):
    first = store.people.add("Müller", "Anna", email="anna.mueller@example.org")
    second = store.people.add("Müller", "Anna", email="a.mueller@example.net")
    with pytest.raises(NotFound, match=f"nicht eindeutig.*{first.id}.*{second.id}"):
        find_person(store, "Müller, Anna")
    with pytest.raises(NotFound, match="nicht eindeutig"):
        find_person(store, "Anna Müller")
    assert find_person(store, second.id) == second
    data = personal_data(store, first.id)
    assert data["Person"]["E-Mail"] == "anna.mueller@example.org"
    assert "a.mueller@example.net" not in json.dumps(data)
    with pytest.raises(NotFound, match="gibt es nicht"):
        find_person(store, "Niemand, Keiner")


def test_a_person_is_found_by_id_or_name(store):
    person = store.people.add("Maaß", "Gerd", title="Dr.")
    for ref in (person.id, "Maaß, Gerd", "maaß, gerd", "Gerd Maaß", "Dr. Gerd Maaß", "Maaß"):
        assert find_person(store, ref) == person


# --- anonymisation ----------------------------------------------------------------------------

def end_seat(steering, index: int = 1):
    """The admin member ``index`` left yesterday; returns the person."""
    seat = steering.admin[index]
    steering.store.memberships.end(seat.id, TODAY - timedelta(days=1))
    return steering.person[seat.id]


def test_a_former_member_is_anonymised_and_the_minutes_stay_readable(steering, held, tmp_path):
    store = steering.store
    meeting, _decision = held
    decision = store.decisions.get(_decision.id)
    schulz = end_seat(steering)
    before = export_minutes(store, meeting.id, tmp_path / "vorher.docx")
    assert "Jens Schulz" in text_of(before)
    attendance = store.attendance.list(meeting.id)

    result = anonymise(store, schulz.id)

    person = store.people.get(schulz.id)
    assert (person.last_name, person.first_name, person.title, person.email,
            person.phone) == (f"{ANONYMOUS} 1", "", "", "", "")
    assert person.organization_id == schulz.organization_id
    assert result.former_name == "Jens Schulz"
    assert result.person == person
    # the record is as it was: attendance, decision, memberships, tasks
    assert store.attendance.list(meeting.id) == attendance
    assert store.decisions.get(decision.id) == decision
    assert store.memberships.get(steering.admin[1].id).person_id == schulz.id
    assert store.meetings.get(meeting.id).state is S.APPROVED
    assert check(store) == []  # locks and the minutes' checksum: untouched
    after = text_of(export_minutes(store, meeting.id, tmp_path / "nachher.docx"))
    assert f"{ANONYMOUS} 1" in after
    assert "Budget beschließen" in after
    # names typed as free text stay (approved minutes are locked); the result says so
    assert "Jens Schulz" in after  # the presenter, as typed
    assert {m.field for m in result.mentions} == {"presenter", "notes"}
    assert "bleiben unverändert" in result.notice


def test_numbers_are_stable_and_never_given_twice(steering):
    store = steering.store
    first = end_seat(steering, 1)
    second = end_seat(steering, 2)
    assert anonymise(store, first.id).person.last_name == f"{ANONYMOUS} 1"
    assert anonymise(store, second.id).person.last_name == f"{ANONYMOUS} 2"
    assert store.people.get(first.id).last_name == f"{ANONYMOUS} 1"
    # a deleted anonymised person keeps their number taken
    loner = store.people.add("Einzeln", "Eva")
    store.db.execute("UPDATE people SET deleted_at = '2026-01-01', last_name = ? "
                     "WHERE id = ?", [f"{ANONYMOUS} 7", loner.id])
    third = end_seat(steering, 3)
    assert anonymise(store, third.id).person.last_name == f"{ANONYMOUS} 8"


@pytest.mark.parametrize("case", ["member", "future member", "deputy", "done already"])
def test_anyone_but_a_former_member_is_refused(steering, case):
    store = steering.store
    seat = steering.admin[1]
    person = steering.person[seat.id]
    if case == "future member":
        store.memberships.update(seat.id, valid_from=TODAY + timedelta(days=30))
        expected = "ist noch Mitglied \\(SG ab"
    elif case == "deputy":
        end_seat(steering)
        store.memberships.update(steering.admin[2].id, deputy_person_id=person.id)
        expected = "ist noch Stellvertretung für Petra Hoffmann \\(SG\\)"
    elif case == "done already":
        end_seat(steering)
        anonymise(store, person.id)
        person = store.people.get(person.id)
        expected = "ist bereits anonymisiert"
    else:
        expected = "ist noch Mitglied \\(SG\\)"
    before = store.people.get(person.id)
    assert anonymise_refusal(store, person.id) is not None
    with pytest.raises(RuleViolation, match=expected):
        anonymise(store, person.id)
    assert store.people.get(person.id) == before


def test_a_member_until_today_is_still_a_member(steering):
    seat = steering.admin[1]
    steering.store.memberships.end(seat.id, TODAY)
    assert "noch Mitglied (SG bis" in anonymise_refusal(steering.store,
                                                        steering.person[seat.id].id)


def test_the_old_name_is_gone_from_the_file(tmp_path):
    """secure_delete and a checkpoint: the name, e-mail and phone are not left in free
    space of the database or in its write-ahead log."""
    path = tmp_path / "datei.sro"
    old = ("Quastenflosser", "Xaverine", "xaverine.q@example.org", "+49 381 5550199")
    with Store.open(path, create=True) as store:
        # as SQLite on Windows has it (Debian's is built with secure_delete on)
        store.db.execute("PRAGMA secure_delete = OFF")
        body = store.bodies.add("Steuerungsgruppe", "SG")
        side = store.sides.list(body.id)[0]
        for n in range(10):  # neighbours on the same page of the file
            store.people.add(f"Nachbar {n}", "Nina", email=f"nina{n}@example.org")
        person = store.people.add(old[0], old[1], email=old[2], phone=old[3])
        for n in range(10):
            store.people.add(f"Nachbarin {n}", "Nora", email=f"nora{n}@example.org")
        store.memberships.add(body.id, person.id, side.id, Role.MEMBER,
                              valid_from=YEAR_AGO, valid_to=TODAY - timedelta(days=2))
        store.people.update(person.id, title="Dr.")  # an older version of the row, too
        raw = b"".join(p.read_bytes() for p in tmp_path.glob("datei.sro*")
                       if p.suffix != ".lock")
        assert old[0].encode() in raw
        anonymise(store, person.id)
        raw = b"".join(p.read_bytes() for p in tmp_path.glob("datei.sro*")
                       if p.suffix != ".lock")
        for value in old:
            assert value.encode() not in raw, value
    raw = path.read_bytes()
    for value in old:
        assert value.encode() not in raw, value
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM people WHERE last_name = ?",
                            [f"{ANONYMOUS} 1"]).fetchone() == (1,)


def test_mentions_find_the_name_however_it_is_cased(store):
    person = store.people.add("Maaß", "Gerd")
    body = store.bodies.add("Steuerungsgruppe", "SG")
    meeting = store.meetings.add(body.id, YEAR_AGO)
    store.agenda.add(meeting.id, "Bericht", notes="… wie GERD MAASS sagte …")
    store.agenda.add(meeting.id, "Anderes", notes="Herr Maaß fehlt; Frau Lange berichtet.")
    store.agenda.add(meeting.id, "Drittes", presenter="Maaß")  # the last name alone: no
    store.agenda.add(meeting.id, "Viertes", presenter="Gerd Maaßen")  # another name: no
    found = mentions(store, person)
    assert [m.excerpt for m in found] == ["… wie GERD MAASS sagte …",
                                         "Herr Maaß fehlt; Frau Lange berichtet."]


def test_done_tasks_and_decisions_of_a_former_member_keep_their_owner(steering, held):
    store = steering.store
    schulz = end_seat(steering)
    task = store.tasks.list(person_id=schulz.id)[0]
    store.tasks.set_state(task.id, TaskState.DONE)
    anonymise(store, schulz.id)
    assert store.tasks.get(task.id).owners == task.owners


def test_the_auskunft_names_posts_held_and_trainings_taken_part_in(store):
    office = store.organizations.add("Amt für Jugend", "AJ", "office")
    person = store.people.add("Wendt", "Marco", organization_id=office.id)
    other = store.people.add("Kowalski", "Piotr")
    post = store.posts.add("Koordination Sozialraum (Verwaltung)", ParitySide.OFFICE,
                           YEAR_AGO, person_id=person.id, organization_id=office.id,
                           share_permille=750)
    store.posts.add("Koordination (Träger)", ParitySide.PROVIDERS, YEAR_AGO,
                    person_id=other.id)
    event = store.learning_events.add(LearningKind.VISIT, "Hospitation in Rosenheim",
                                      YEAR_AGO, place="Rosenheim")
    store.learning_participants.add(event.id, person.id, ParitySide.PROVIDERS)
    store.learning_participants.add(event.id, other.id)
    data = personal_data(store, person.id, TODAY)
    assert [(x["id"], x["Seite"], x["Anteil"], x["Arbeitgeber"]) for x in data["Stellen"]] == [
        (post.id, "Verwaltung", "0,75 Stelle", "Amt für Jugend")]
    (taken,) = data["Fortbildungen und Hospitationen"]
    assert (taken["Art"], taken["Titel"], taken["Seite"]) == (
        "Hospitation", "Hospitation in Rosenheim", "Freie Träger")
    assert "Kowalski" not in json.dumps(data, ensure_ascii=False)  # nothing of the other
