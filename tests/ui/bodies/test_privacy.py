"""Datenschutz in Gremien & Mitglieder: the Auskunft of the selected member's person as a
JSON file, and anonymising a former member (the demo's Gerd Maaß) after confirming."""

from __future__ import annotations

import json

import pytest
from waiting import wait_for

from sro_desktop.ui.bodies import privacy

FORMER = "Gerd Maaß"
CURRENT = "Anke Hoffmann"


@pytest.fixture
def view(main_window):
    main_window.show_view(main_window.views.index(main_window.bodies))
    wait_for(lambda: not main_window.bodies.details_pending())  # tabs after the paint
    view = main_window.bodies
    assert view.body.short == "SG"
    return view


@pytest.fixture
def no_messages(monkeypatch):
    """Messages the view shows, instead of a modal box."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(privacy, "inform",
                        lambda parent, title, text: shown.append((title, text)))
    return shown


def answer(monkeypatch, yes: bool) -> list[str]:
    """Answer the confirmation; returns the names it was asked about."""
    asked: list[str] = []

    def confirm(parent, name):
        asked.append(name)
        return yes

    monkeypatch.setattr(privacy, "confirm_anonymise", confirm)
    return asked


def select_former(view):
    view.members.show_former_check.setChecked(True)
    return view.members.select_member(FORMER)


def member_names(view):
    return [view.members.proxy.index(row, 0).data()
            for row in range(view.members.proxy.rowCount())]


def test_the_auskunft_of_the_selected_member(view, tmp_path, monkeypatch):
    target = tmp_path / "auskunft.json"
    asked = []
    monkeypatch.setattr(privacy, "ask_personal_data_path",
                        lambda parent, name: asked.append(name) or target)
    view.members.select_member(CURRENT)
    assert view.members.privacy.isEnabled()
    assert view.members.privacy.export_data_action.isEnabled()
    view.members.privacy.export_data_action.trigger()
    assert asked == [CURRENT]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["Person"]["Vorname"], data["Person"]["Nachname"]) == ("Anke", "Hoffmann")
    assert {m["Kürzel"] for m in data["Mitgliedschaften"]} == {"SG", "PG1"}
    assert data["Anwesenheit"]


def test_an_auskunft_that_cannot_be_written_says_why(view, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(privacy, "ask_personal_data_path",
                        lambda parent, name: tmp_path / "fehlt" / "auskunft.json")
    monkeypatch.setattr("sro_desktop.ui.exports.QMessageBox.warning",
                        lambda parent, title, text: warnings.append((title, text)))
    view.members.select_member(CURRENT)
    assert view.members.privacy.export_person_data() is None
    assert warnings == [("Export nicht möglich",
                         f"Den Ordner {tmp_path / 'fehlt'} gibt es nicht.")]


def test_cancelling_the_file_choice_writes_nothing(view, tmp_path, monkeypatch):
    monkeypatch.setattr(privacy, "ask_personal_data_path", lambda parent, name: None)
    view.members.select_member(CURRENT)
    assert view.members.privacy.export_person_data() is None
    assert list(tmp_path.glob("*.json")) == []


def test_anonymising_is_offered_for_former_members_only(view):
    view.members.select_member(CURRENT)
    assert not view.members.privacy.anonymise_action.isEnabled()
    assert "ist noch Mitglied" in view.members.privacy.anonymise_action.toolTip()
    select_former(view)
    assert view.members.privacy.anonymise_action.isEnabled()
    assert "Ehemaliges Mitglied" in view.members.privacy.anonymise_action.toolTip()


def test_a_former_member_is_anonymised_after_confirming(view, main_window, store_of,
                                                        monkeypatch, no_messages):
    membership = select_former(view)
    asked = answer(monkeypatch, yes=True)
    view.members.privacy.anonymise_action.trigger()
    assert asked == [FORMER]
    assert no_messages == []  # nothing names him in free text
    person = store_of.people.get(membership.person_id)
    assert (person.last_name, person.first_name) == ("Ehemaliges Mitglied 1", "")
    assert "Ehemaliges Mitglied 1 (ausgeschieden)" in member_names(view)
    assert view.members.selected_membership().id == membership.id
    assert not view.members.privacy.anonymise_action.isEnabled()
    assert view.members.privacy.anonymise_action.toolTip().endswith("ist bereits anonymisiert.")
    # one edit: undo brings the name back while the file is open, redo takes it again
    undo = main_window.context.undo_stack
    assert undo.undoText() == "Anonymisieren"
    undo.undo()
    assert store_of.people.get(membership.person_id).full_name == FORMER
    undo.redo()
    assert store_of.people.get(membership.person_id).last_name == "Ehemaliges Mitglied 1"


def test_the_anonymised_name_is_what_the_file_keeps(view, monkeypatch, reopen, no_messages):
    membership = select_former(view)
    answer(monkeypatch, yes=True)
    view.members.privacy.anonymise_person()
    with reopen() as store:
        person = store.people.get(membership.person_id)
        assert person.full_name == "Ehemaliges Mitglied 1"
        assert store.memberships.get(membership.id).person_id == person.id
    assert "Maaß".encode() not in store.path.read_bytes()


def test_saying_no_changes_nothing(view, store_of, main_window, monkeypatch, no_messages):
    membership = select_former(view)
    steps = main_window.context.undo_stack.count()
    asked = answer(monkeypatch, yes=False)
    assert view.members.privacy.anonymise_person() is None
    assert asked == [FORMER]
    assert store_of.people.get(membership.person_id).full_name == FORMER
    assert main_window.context.undo_stack.count() == steps


def test_a_current_member_is_refused_with_the_reason(view, store_of, monkeypatch,
                                                     no_messages):
    membership = view.members.select_member(CURRENT)
    asked = answer(monkeypatch, yes=True)
    assert view.members.privacy.anonymise_person() is None
    assert asked == []
    [(title, text)] = no_messages
    assert title == "Nicht anonymisiert"
    assert text.startswith(f"{CURRENT} ist noch Mitglied (SG, PG1).")
    assert store_of.people.get(membership.person_id).full_name == CURRENT


def test_nothing_selected_offers_nothing(view):
    from PySide6.QtCore import QModelIndex

    view.members.table.clearSelection()
    view.members.table.setCurrentIndex(QModelIndex())
    view.members.update_buttons()
    assert not view.members.privacy.isEnabled()
    assert not view.members.privacy.export_data_action.isEnabled()
    assert not view.members.privacy.anonymise_action.isEnabled()
    assert view.members.privacy.export_person_data() is None
    assert view.members.privacy.anonymise_person() is None


def test_the_name_left_in_free_text_is_pointed_out(view, store_of, monkeypatch, no_messages):
    meeting = next(m for m in store_of.meetings.list() if m.state.value == "draft")
    item = store_of.agenda.list(meeting.id)[0]
    store_of.agenda.update(item.id, presenter=FORMER)
    select_former(view)
    answer(monkeypatch, yes=True)
    assert view.members.privacy.anonymise_person() is not None
    [(title, text)] = no_messages
    assert title == "Anonymisiert"
    assert text.startswith("Der bisherige Name steht noch in einem Text: "
                           "Tagesordnungspunkt (Berichterstattung).")
    assert store_of.agenda.get(item.id).presenter == FORMER
