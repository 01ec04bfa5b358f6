"""Setting up a body from nothing: organisations, people, a deputy made on the spot, a
member list imported and exported — real widgets found by their accessible names; the
file says what was kept."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableView, QWidget
from waiting import wait_for

from sro_desktop.domain.enums import OrganizationKind
from sro_desktop.store.member_import import RowStatus
from sro_desktop.ui import exports
from sro_desktop.ui.bodies import member_import, members, organizations, people
from sro_desktop.ui.bodies.dialogs import MemberDialog
from sro_desktop.ui.bodies.member_import import ImportDialog
from sro_desktop.ui.bodies.organizations import MergeDialog, OrganizationDialog
from sro_desktop.ui.bodies.people import PersonDialog

LEFT = Qt.MouseButton.LeftButton


def named(parent, name, kind=QWidget):
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, (name, found)
    return found[0]


def type_text(edit: QLineEdit, text: str) -> None:
    """Umlauts cannot be typed with QTest: set the text and leave the field."""
    edit.setFocus()
    edit.setText(text)
    edit.editingFinished.emit()


@pytest.fixture
def view(main_window):
    main_window.show_view(main_window.views.index(main_window.bodies))
    wait_for(lambda: not main_window.bodies.details_pending())  # tabs after the paint
    return main_window.bodies


@pytest.fixture
def drive(monkeypatch, qtbot):
    """Let a dialog's ``ask`` run the real dialog: ``fill`` works its widgets, then OK."""

    def drive_(cls, fill):
        def ask(parent, *args):
            dialog = cls(parent, *args)
            qtbot.addWidget(dialog)
            dialog.show()
            fill(dialog)
            qtbot.mouseClick(dialog.ok_button, LEFT)
            assert not dialog.isVisible(), [e.text() for e in dialog.errors.values()]
            return dialog.result_values

        monkeypatch.setattr(cls, "ask", staticmethod(ask))

    return drive_


def select_row(table: QTableView, column: int, text: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, column).data() == text)
    table.setCurrentIndex(model.index(row, 0))
    table.selectRow(row)


# --- organisations -------------------------------------------------------------------------------

def test_an_organisation_is_created_merged_with_undo_and_removed(
        view, main_window, store_of, reopen, drive, choose, qtbot, monkeypatch):
    view.tabs.setCurrentWidget(view.organizations)
    tab = view.organizations

    def fill_new(dialog):
        type_text(named(dialog, "Name", QLineEdit), "Jugendhilfe Nord e. V.")
        type_text(named(dialog, "Kurzname", QLineEdit), "JH Nord")
        choose(named(dialog, "Art", QComboBox), OrganizationKind.PROVIDER.value)
        type_text(named(dialog, "Anschrift", QLineEdit), "Nordstraße 1, 18055 Rostock")

    drive(OrganizationDialog, fill_new)
    qtbot.mouseClick(named(tab, "Neue Organisation", QPushButton), LEFT)
    nord = next(o for o in store_of.organizations.list() if o.short == "JH Nord")
    assert (nord.name, nord.kind, nord.address) == (
        "Jugendhilfe Nord e. V.", "provider", "Nordstraße 1, 18055 Rostock")
    assert tab.selected().id == nord.id
    assert tab.proxy.index(tab.table.currentIndex().row(), 2).data() == "freier Träger"

    # a person of the duplicate moves to the organisation kept
    person = store_of.people.add("Nordmann", "Nina", organization_id=nord.id)
    kompass = next(o for o in store_of.organizations.list() if o.short == "Kompass")
    select_row(tab.table, 1, "JH Nord")

    def fill_merge(dialog):
        assert named(dialog, "Doppelt", QComboBox).currentData() == nord.id
        choose(named(dialog, "Behalten", QComboBox), kompass.id)

    drive(MergeDialog, fill_merge)
    qtbot.mouseClick(named(tab, "Organisationen zusammenführen", QPushButton), LEFT)
    assert store_of.people.get(person.id).organization_id == kompass.id
    assert nord.id not in {o.id for o in store_of.organizations.list()}
    main_window.undo_action.trigger()  # one step brings both back
    assert store_of.people.get(person.id).organization_id == nord.id
    assert store_of.organizations.get(nord.id).short == "JH Nord"

    # still named by a person: refused, merging offered
    offered = []
    monkeypatch.setattr(organizations, "merge_instead",
                        lambda parent, message: offered.append(message) or False)
    select_row(tab.table, 1, "JH Nord")
    qtbot.mouseClick(named(tab, "Organisation entfernen", QPushButton), LEFT)
    assert offered == ["„Jugendhilfe Nord e. V.“ ist noch eingetragen bei: 1 Person. Bitte "
                       "die Organisation mit einer anderen zusammenführen oder die Einträge "
                       "zuerst ändern."]
    assert store_of.organizations.get(nord.id)

    spare = store_of.organizations.add("Übrig e. V.", "Übrig")
    main_window.context.changed.emit()
    select_row(tab.table, 1, "Übrig")
    qtbot.mouseClick(named(tab, "Organisation entfernen", QPushButton), LEFT)
    assert spare.id not in {o.id for o in store_of.organizations.list()}
    assert len(offered) == 1
    main_window.undo_action.trigger()
    assert store_of.organizations.get(spare.id).name == "Übrig e. V."
    main_window.redo_action.trigger()
    reopened = reopen()
    try:
        assert reopened.organizations.get(nord.id).kind == "provider"
        assert spare.id not in {o.id for o in reopened.organizations.list()}
    finally:
        reopened.close()


# --- people ---------------------------------------------------------------------------------------

def test_a_person_without_a_seat_is_created_and_one_with_a_seat_is_not_removed(
        view, store_of, drive, choose, qtbot, monkeypatch):
    view.tabs.setCurrentWidget(view.people)
    tab = view.people
    amt = next(o for o in store_of.organizations.list() if o.short == "AJSA")

    def fill(dialog):
        type_text(named(dialog, "Titel", QLineEdit), "Dr.")
        type_text(named(dialog, "Vorname", QLineEdit), "Gesa")
        type_text(named(dialog, "Nachname", QLineEdit), "Gast")
        type_text(named(dialog, "E-Mail", QLineEdit), "gesa.gast@example.org")
        type_text(named(dialog, "Telefon", QLineEdit), "0381 12345")
        choose(named(dialog, "Organisation", QComboBox), amt.id)

    drive(PersonDialog, fill)
    qtbot.mouseClick(named(tab, "Neue Person", QPushButton), LEFT)
    gast = next(p for p in store_of.people.list() if p.last_name == "Gast")
    assert (gast.title, gast.first_name, gast.email, gast.phone, gast.organization_id) == (
        "Dr.", "Gesa", "gesa.gast@example.org", "0381 12345", amt.id)
    assert tab.selected().id == gast.id

    drive(PersonDialog, lambda dialog: type_text(named(dialog, "Telefon", QLineEdit), "0381 999"))
    qtbot.mouseClick(named(tab, "Person bearbeiten", QPushButton), LEFT)
    assert store_of.people.get(gast.id).phone == "0381 999"

    said = []
    monkeypatch.setattr(people, "refuse", lambda parent, title, message: said.append(message))
    select_row(tab.table, 0, "Ohmsen, Stefan")
    qtbot.mouseClick(named(tab, "Person entfernen", QPushButton), LEFT)
    assert "Stefan Ohmsen ist noch eingetragen bei: 1 Mitgliedschaft" in said[0]
    select_row(tab.table, 0, "Gast, Gesa (Dr.)")
    qtbot.mouseClick(named(tab, "Person entfernen", QPushButton), LEFT)
    assert gast.id not in {p.id for p in store_of.people.list()}
    assert len(said) == 1


def test_a_deputy_is_made_on_the_spot_in_the_member_dialog(
        view, store_of, drive, choose, qtbot):
    view.tabs.setCurrentWidget(view.members)
    sg = store_of.bodies.resolve("SG")

    def fill_person(dialog):
        type_text(named(dialog, "Vorname", QLineEdit), "Vera")
        type_text(named(dialog, "Nachname", QLineEdit), "Vertreter")

    def fill_member(dialog):
        type_text(named(dialog, "Vorname", QLineEdit), "Neo")
        type_text(named(dialog, "Nachname", QLineEdit), "Neumitglied")
        type_text(named(dialog, "Telefon", QLineEdit), "0381 4711")
        choose(named(dialog, "Seite", QComboBox),
               next(s.id for s in store_of.sides.list(sg.id) if s.name == "Wissenschaft"))
        qtbot.mouseClick(named(dialog, "Neue Person als Stellvertretung", QPushButton), LEFT)
        assert named(dialog, "Stellvertretung", QComboBox).currentText() == "Vertreter, Vera"

    drive(PersonDialog, fill_person)
    drive(MemberDialog, fill_member)
    qtbot.mouseClick(view.members.add_button, LEFT)
    by_name = {p.last_name: p for p in store_of.people.list()}
    seat = store_of.memberships.of_person(by_name["Neumitglied"].id)[0]
    assert seat.body_id == sg.id
    assert seat.deputy_person_id == by_name["Vertreter"].id
    assert by_name["Neumitglied"].phone == "0381 4711"


# --- import and export ---------------------------------------------------------------------------

LIST = ("Titel;Vorname;Nachname;Organisation;Seite;Rolle;Stimmrecht;Vertretung;E-Mail\r\n"
        ";Jonas;Jung;Kompass;Freie Träger;Mitglied;nein;Krug, Heike;jonas@example.org\r\n"
        "Dr.;Lea;Lenz;Neuer Verein e. V.;Wissenschaft;beratend;nein;Leo Lenz;\r\n"
        ";Stefan;Ohmsen;;Verwaltung;;;;\r\n"
        ";Max;Mond;;Mondseite;;;;\r\n")


@pytest.fixture
def member_list(tmp_path):
    path = tmp_path / "mitglieder.csv"
    path.write_bytes(LIST.encode("cp1252"))
    return path


def statuses(dialog):
    model = dialog.rows_table.model()
    return [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 6).data())
            for r in range(model.rowCount())]


def test_the_import_preview_writes_nothing_until_importieren(
        view, main_window, store_of, reopen, member_list, qtbot, choose, monkeypatch):
    view.tabs.setCurrentWidget(view.members)
    sg = store_of.bodies.resolve("SG")
    before = len(store_of.memberships.list(sg.id))
    monkeypatch.setattr(member_import, "ask_import_path", lambda parent: member_list)
    seen = []

    def run_modal(dialog, result):
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(statuses(dialog))
        assert named(dialog, "Spalte für Nachname", QComboBox).currentText() == "Nachname"
        deputy = named(dialog, "Spalte für Stellvertretung", QComboBox)
        assert deputy.currentText() == "Vertretung"
        choose(deputy, None)  # the column left out: no deputies
        seen.append(statuses(dialog))
        choose(deputy, 7)
        assert len(store_of.memberships.list(sg.id)) == before  # a preview writes nothing
        qtbot.mouseClick(named(dialog, "Importieren", QPushButton), LEFT)
        assert not dialog.isVisible()
        return result()

    monkeypatch.setattr(members, "run_modal", run_modal)
    qtbot.mouseClick(named(view.members, "Mitglieder importieren", QPushButton), LEFT)
    first, without_deputies = seen
    assert first == [
        ("2", "Jonas Jung", "neu (neue Person)"),
        ("3", "Dr. Lea Lenz", "neu (neue Person, neue Organisation, neue Person als "
                            "Stellvertretung)"),
        ("4", "Stefan Ohmsen", "schon vorhanden (schon Mitglied)"),
        ("5", "Max Mond", "Fehler: unbekannte Seite „Mondseite“ (Seiten: Verwaltung, Freie "
                        "Träger, Wissenschaft, Projektberatung)")]
    assert without_deputies[1][2] == "neu (neue Person, neue Organisation)"
    assert len(store_of.memberships.list(sg.id)) == before + 2
    main_window.undo_action.trigger()  # the whole import is one step
    assert len(store_of.memberships.list(sg.id)) == before
    main_window.redo_action.trigger()
    reopened = reopen()
    try:
        by_name = {p.last_name: p for p in reopened.people.list()}
        jung = reopened.memberships.of_person(by_name["Jung"].id)[0]
        assert jung.deputy_person_id == by_name["Krug"].id
        assert jung.voting is False
        lea = next(p for p in reopened.people.list() if p.first_name == "Lea")
        lenz_seat = reopened.memberships.of_person(lea.id)[0]
        assert reopened.people.get(lenz_seat.deputy_person_id).first_name == "Leo"
        assert reopened.organizations.get(lenz_seat.organization_id).name == \
            "Neuer Verein e. V."
    finally:
        reopened.close()


def test_importieren_again_finds_everyone_already_there(view, store_of, member_list, qtbot):
    sg = store_of.bodies.resolve("SG")
    dialog = ImportDialog(view, view.context, sg, member_list)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(named(dialog, "Importieren", QPushButton), LEFT)
    again = ImportDialog(view, view.context, sg, member_list)
    qtbot.addWidget(again)
    assert [state for _line, _name, state in statuses(again)][:3] == [
        "schon vorhanden (schon Mitglied)"] * 3
    assert not named(again, "Importieren", QPushButton).isEnabled()
    assert again.plan.of(RowStatus.NEW) == []


def test_the_member_list_is_exported_for_excel(view, store_of, tmp_path, qtbot, monkeypatch):
    view.tabs.setCurrentWidget(view.members)
    target = tmp_path / "verteiler.csv"
    monkeypatch.setattr(exports, "ask_export_path", lambda parent, title, name, filters: target)
    qtbot.mouseClick(named(view.members, "Mitgliederliste exportieren", QPushButton), LEFT)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][2] == "Nachname"
    assert ["", "Stefan", "Ohmsen"] == rows[1][:3]


def test_an_empty_steering_group_has_no_members_yet(view, store_of):
    north = store_of.bodies.add("Steuerungsgruppe Nord", "SGN")
    assert view.show_record("bodies", north.id)
    assert view.body.id == north.id
    assert view.parity_label.text() == "noch keine Mitglieder"
