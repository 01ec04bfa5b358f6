"""Gremien & Mitglieder: real widgets on a copy of the demo; the store says what was kept."""

from __future__ import annotations

from datetime import timedelta

import pytest
from acting import click_row, find, tab, type_text
from pinned import TODAY
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)
from waiting import wait_for

from sro_desktop.domain.enums import BodyKind, DecisionRule, Role
from sro_desktop.ui import main_window as main_window_module
from sro_desktop.ui.bodies.dialogs import (
    BodyDialog,
    EndMembershipDialog,
    MemberDialog,
    MemberValues,
    PersonValues,
)
from sro_desktop.ui.bodies.rules import SidesModel
from sro_desktop.ui.common.palette import DONE, OVERDUE
from sro_desktop.ui.common.table_model import RECORD_ROLE

YESTERDAY = TODAY - timedelta(days=1)
BALANCED_TEXT = "paritätisch 6 : 6"
UNBALANCED = OVERDUE.name()  # the parity line's colour, as its style sheet names it
ONE_PROVIDER_SHORT = ("nicht paritätisch (Verwaltung 6, Freie Träger 5): "
                      "Freie Träger 1 Sitz weniger")


@pytest.fixture
def view(main_window):
    """The view, shown, with the demo's steering group selected."""
    main_window.show_view(main_window.views.index(main_window.bodies))
    wait_for(lambda: not main_window.bodies.details_pending())  # tabs after the paint
    view = main_window.bodies
    assert view.isVisible()
    assert view.body is not None
    assert view.body.short == "SG"
    return view


@pytest.fixture
def sg(store_of):
    return store_of.bodies.resolve("SG")


def side_id(store, body, name):
    return next(s.id for s in store.sides.list(body.id) if s.name == name)


def member_names(view):
    return [view.members.proxy.index(row, 0).data()
            for row in range(view.members.proxy.rowCount())]


def toggle(qtbot, check) -> None:
    """Click a check box on its box (a stretched check box has empty space in its middle)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# --- models ------------------------------------------------------------------------------------

def test_every_model_passes_the_model_tester(view, qtmodeltester):
    view.members.show_former_check.setChecked(True)
    for model in (view.bodies_model, view.bodies_proxy, view.members.model,
                  view.members.proxy, view.rules.sides_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_the_empty_sides_model_passes_too(qtmodeltester):
    qtmodeltester.check(SidesModel(["a", "b", "c", "d"], lambda side, field, value: False))


def test_bodies_are_listed_with_the_steering_group_first(view):
    rows = [[view.bodies_proxy.index(row, column).data() for column in range(4)]
            for row in range(view.bodies_proxy.rowCount())]
    assert rows[0] == ["Steuerungsgruppe Sozialraumorientierung", "SG", "Steuerungsgruppe", ""]
    assert ["Planungsgruppe Sozialraumorientierung (PG 1)", "PG1", "Beirat", "SG"] in rows
    assert view.body_title.text() == "Steuerungsgruppe Sozialraumorientierung (SG)"


# --- members and the parity indicator ----------------------------------------------------------

def test_members_table_shows_seat_deputy_and_dates(view):
    row = next(view.members.proxy.index(r, 0).data(RECORD_ROLE)
               for r in range(view.members.proxy.rowCount())
               if view.members.proxy.index(r, 0).data() == "Stefan Ohmsen")
    values = [view.members.model.columns[c].display(row) for c in range(8)]
    assert values[:6] == ["Stefan Ohmsen", "AJSA", "Verwaltung", "Vorsitz", "ja", "Heike Krug"]
    assert values[6] == row.membership.valid_from.strftime("%d.%m.%Y")
    assert values[7] == ""
    assert "Nadine Schulz" in member_names(view)  # minute-taker, without vote
    schulz = view.members.select_member("Nadine Schulz")
    assert schulz.role is Role.MINUTES
    assert view.members.proxy.index(view.members.table.currentIndex().row(), 4).data() == "–"


def test_former_members_are_hidden_or_greyed(view):
    assert not any(name.startswith("Gerd Maaß") for name in member_names(view))
    view.members.show_former_check.setChecked(True)
    assert "Gerd Maaß (ausgeschieden)" in member_names(view)
    row = member_names(view).index("Gerd Maaß (ausgeschieden)")
    assert view.members.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) == DONE
    assert "ausgeschieden nach dem" in view.members.proxy.index(row, 0).data(
        Qt.ItemDataRole.ToolTipRole)
    view.members.select_member("Gerd Maaß")
    assert view.members.edit_button.isEnabled()
    assert not view.members.end_button.isEnabled()


def test_ending_a_membership_updates_parity_and_undo_restores_it(
        view, main_window, store_of, sg, qtbot, monkeypatch):
    assert view.parity_label.text() == BALANCED_TEXT
    assert "1e7145" in view.parity_label.styleSheet()
    engel = view.members.select_member("Sabine Engel")
    asked = []

    def answer(parent, name, last_day, submit):
        asked.append((name, last_day))
        submit(last_day)
        return last_day

    monkeypatch.setattr(EndMembershipDialog, "ask", staticmethod(answer))
    qtbot.mouseClick(view.members.end_button, Qt.MouseButton.LeftButton)

    assert asked == [("Sabine Engel", YESTERDAY)]
    assert view.parity_label.text() == ONE_PROVIDER_SHORT
    assert UNBALANCED in view.parity_label.styleSheet()
    assert store_of.memberships.get(engel.id).valid_to == YESTERDAY
    assert "Sabine Engel" not in member_names(view)
    assert "Gremien & Mitglieder  (1)" in main_window.navigation.item(
        main_window.views.index(view)).text()

    main_window.undo_action.trigger()
    assert view.parity_label.text() == BALANCED_TEXT
    assert store_of.memberships.get(engel.id).valid_to is None
    assert "Sabine Engel" in member_names(view)


def test_end_dialog_refuses_a_day_before_the_start_and_stays_open(view, store_of, qtbot):
    engel = view.members.select_member("Sabine Engel")
    dialog = EndMembershipDialog(view, "Sabine Engel", YESTERDAY,
                                 lambda day: view.members.end_membership(engel.id, day))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setDate(dialog.date_edit.date().addYears(-10))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["valid_to"].text() == (
        "Die Mitgliedschaft kann nicht enden, bevor sie beginnt.")
    assert store_of.memberships.get(engel.id).valid_to is None

    dialog.date_edit.setDate(dialog.date_edit.date().addYears(10))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert store_of.memberships.get(engel.id).valid_to == YESTERDAY
    assert view.parity_label.text() == ONE_PROVIDER_SHORT


def test_adding_a_member_through_the_dialog_stores_person_and_seat(
        view, main_window, store_of, sg, qtbot, monkeypatch):
    traeger = side_id(store_of, sg, "Freie Träger")
    org = next(o for o in store_of.organizations.list() if o.short == "Kompass")
    people_before = len(store_of.people.list())
    values = MemberValues(None, PersonValues("Dr.", "Lena", "Kraft", "lena.kraft@example.org",
                                             org.id),
                          org.id, traeger, Role.MEMBER, True, None, TODAY, None)

    def answer(parent, choices, current, submit, new_person=None):
        assert current is None
        assert [s.name for s in choices.sides][:2] == ["Verwaltung", "Freie Träger"]
        submit(values)
        return values

    monkeypatch.setattr(MemberDialog, "ask", staticmethod(answer))
    qtbot.mouseClick(view.members.add_button, Qt.MouseButton.LeftButton)

    kraft = next(p for p in store_of.people.list() if p.last_name == "Kraft")
    assert (kraft.title, kraft.first_name, kraft.email) == ("Dr.", "Lena",
                                                            "lena.kraft@example.org")
    seat = next(m for m in store_of.memberships.list(sg.id) if m.person_id == kraft.id)
    assert (seat.side_id, seat.role, seat.voting, seat.organization_id, seat.valid_from) == (
        traeger, Role.MEMBER, True, org.id, TODAY)
    assert "Dr. Lena Kraft" in member_names(view)
    assert view.members.selected_membership().id == seat.id
    assert view.parity_label.text() == (
        "nicht paritätisch (Verwaltung 6, Freie Träger 7): Verwaltung 1 Sitz weniger")

    main_window.undo_action.trigger()  # one step: the seat and the new person
    assert len(store_of.people.list()) == people_before
    assert view.parity_label.text() == BALANCED_TEXT


def test_a_guest_with_a_vote_is_refused_in_the_dialog(view, store_of, sg, qtbot):
    people_before = len(store_of.people.list())
    seats_before = len(store_of.memberships.list(sg.id))
    dialog = MemberDialog(view, view.members.member_choices(), None, view.members.save_member)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_edit, "Greta")
    qtbot.keyClicks(dialog.last_edit, "Gast")
    dialog.side_combo.setCurrentIndex(dialog.side_combo.findText("Freie Träger"))
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("Gast"))
    assert not dialog.voting_check.isChecked()  # the default follows role and side
    toggle(qtbot, dialog.voting_check)
    assert dialog.voting_check.isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors["voting"].isVisible()
    assert dialog.errors["voting"].text() == (
        "Als Gast auf der Seite Freie Träger gibt es kein Stimmrecht.")
    assert len(store_of.people.list()) == people_before
    assert len(store_of.memberships.list(sg.id)) == seats_before
    assert dialog.last_edit.text() == "Gast"  # what was typed stays

    toggle(qtbot, dialog.voting_check)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    guest = next(m for m in store_of.memberships.list(sg.id) if m.role is Role.GUEST)
    assert not guest.voting
    assert "Greta Gast" in member_names(view)
    assert view.parity_label.text() == BALANCED_TEXT


def test_a_second_seat_for_the_same_person_is_refused_beside_the_person(
        view, store_of, sg, qtbot):
    seats_before = len(store_of.memberships.list(sg.id))
    engel = next(p for p in store_of.people.list() if p.last_name == "Engel")
    dialog = MemberDialog(view, view.members.member_choices(), None, view.members.save_member)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(engel.id))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "im selben Zeitraum schon Mitglied" in dialog.errors["person_id"].text()
    assert len(store_of.memberships.list(sg.id)) == seats_before


def test_a_new_person_needs_a_last_name(view, store_of, sg, qtbot):
    seats_before = len(store_of.memberships.list(sg.id))
    dialog = MemberDialog(view, view.members.member_choices(), None, view.members.save_member)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_edit, "Namenlos")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["last_name"].text() == "Eine Person braucht einen Nachnamen."
    assert dialog.last_edit.hasFocus() or not dialog.isActiveWindow()
    assert len(store_of.memberships.list(sg.id)) == seats_before


@pytest.mark.parametrize(
    ("side", "role", "voting"),
    [("Verwaltung", "Mitglied", True), ("Verwaltung", "Protokoll", False),
     ("Freie Träger", "stellv. Vorsitz", True), ("Wissenschaft", "Mitglied", False),
     ("Freie Träger", "beratendes Mitglied", False)],
)
def test_the_vote_defaults_from_role_and_side(view, qtbot, side, role, voting):
    dialog = MemberDialog(view, view.members.member_choices())
    qtbot.addWidget(dialog)
    dialog.side_combo.setCurrentIndex(dialog.side_combo.findText(side))
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText(role))
    assert dialog.voting_check.isChecked() is voting


def test_choosing_a_person_fills_in_their_details(view, store_of, qtbot):
    dialog = MemberDialog(view, view.members.member_choices())
    qtbot.addWidget(dialog)
    winter = next(p for p in store_of.people.list() if p.last_name == "Winter")
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(winter.id))
    assert (dialog.title_edit.text(), dialog.first_edit.text(), dialog.last_edit.text()) == (
        "Prof. Dr.", "Miriam", "Winter")
    assert dialog.org_combo.currentData() == winter.organization_id
    assert "allen Gremien" in dialog.person_hint.text()
    dialog.person_combo.setCurrentIndex(0)
    assert dialog.last_edit.text() == ""


def test_editing_a_member_changes_the_seat_and_the_person(view, store_of, qtbot):
    richter = view.members.select_member("Thomas Richter")
    dialog = MemberDialog(view, view.members.member_choices(), view.members.values_of(richter),
                          lambda values: view.members.save_member(values, richter.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.deputy_combo.currentText().startswith("Nowak, Jan")
    assert dialog.voting_check.isChecked()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("stellv. Vorsitz"))
    dialog.deputy_combo.setCurrentIndex(0)
    qtbot.keyClicks(dialog.email_edit, "x")
    toggle(qtbot, dialog.to_date.check)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    seat = store_of.memberships.get(richter.id)
    assert (seat.role, seat.deputy_person_id, seat.voting, seat.valid_to) == (
        Role.VICE_CHAIR, None, True, TODAY)
    assert store_of.people.get(richter.person_id).email.endswith("@example.orgx")
    assert view.members.selected_membership().id == richter.id


# --- sides and rules ---------------------------------------------------------------------------

def test_quorum_rules_are_stored_at_once_and_a_bad_share_is_refused(
        view, main_window, store_of, sg, qtbot, choose):
    view.tabs.setCurrentIndex(1)
    assert view.rules.share_edit.text() == "1/2"
    type_into(qtbot, view.rules.share_edit, "2/3")
    assert store_of.bodies.get(sg.id).quorum_share == "2/3"
    view.rules.more_than_combo.setFocus()
    qtbot.keyClick(view.rules.more_than_combo, Qt.Key.Key_Down)
    assert view.rules.more_than_combo.currentText() == "mindestens"
    toggle(qtbot, view.rules.each_side_check)
    choose(view.rules.rule_combo, DecisionRule.DOUBLE)
    view.rules.notice_spin.setValue(14)
    body = store_of.bodies.get(sg.id)
    assert (body.quorum_share, body.quorum_more_than, body.quorum_each_parity_side,
            body.decision_rule, body.notice_days) == ("2/3", False, False,
                                                      DecisionRule.DOUBLE, 14)
    assert view.rules.notice_spin.text() == "14 Tage"

    type_into(qtbot, view.rules.share_edit, "2/1")
    error = view.rules.form_errors["quorum_share"]
    assert error.isVisible()
    assert "„2/1“ ist kein Anteil" in error.text()
    assert "zwischen 0 und 1" in error.text()
    assert store_of.bodies.get(sg.id).quorum_share == "2/3"
    assert view.rules.share_edit.text() == "2/1"  # the user's text stays to be corrected

    type_into(qtbot, view.rules.share_edit, "1/2")
    assert not error.isVisible()
    assert store_of.bodies.get(sg.id).quorum_share == "1/2"
    main_window.undo_action.trigger()
    assert view.rules.share_edit.text() == "2/3"


def test_renaming_a_body_and_a_taken_short_name(view, store_of, sg, qtbot):
    view.tabs.setCurrentIndex(1)
    type_into(qtbot, view.rules.name_edit, "Steuerungsgruppe SRO")
    assert store_of.bodies.get(sg.id).name == "Steuerungsgruppe SRO"
    assert view.body_title.text() == "Steuerungsgruppe SRO (SG)"
    assert view.bodies_proxy.index(0, 0).data() == "Steuerungsgruppe SRO"
    type_into(qtbot, view.rules.short_edit, "JHA")
    assert view.rules.form_errors["short"].text() == "Das Kürzel JHA ist schon vergeben."
    assert store_of.bodies.get(sg.id).short == "SG"


def test_the_signing_place_stores_itself_and_undo_takes_it_back(
        view, store_of, sg, main_window):
    rules = tab(view, "Seiten und Regeln")
    field = find(rules, QLineEdit, "Ort der Unterschrift")
    assert field.text() == "Rostock"  # the demo's
    type_text(field, "  Warnemünde ")
    assert store_of.bodies.get(sg.id).signing_place == "Warnemünde"
    main_window.undo_action.trigger()
    assert store_of.bodies.get(sg.id).signing_place == "Rostock"
    assert field.text() == "Rostock"


def test_sides_are_added_renamed_and_toggled(view, store_of, sg, qtbot):
    view.tabs.setCurrentIndex(1)
    qtbot.keyClicks(view.rules.new_side_name, "Eltern")
    qtbot.keyClicks(view.rules.new_side_short, "E")
    qtbot.mouseClick(view.rules.add_side_button, Qt.MouseButton.LeftButton)
    sides = store_of.sides.list(sg.id)
    assert [(s.name, s.short, s.parity, s.voting) for s in sides][-1] == (
        "Eltern", "E", False, True)
    assert view.rules.new_side_name.text() == ""
    model = view.rules.sides_model
    row = model.rowCount() - 1
    assert model.setData(model.index(row, SidesModel.NAME), "Elternvertretung")
    assert store_of.sides.list(sg.id)[-1].name == "Elternvertretung"
    assert model.setData(model.index(row, SidesModel.VOTING), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert not store_of.sides.list(sg.id)[-1].voting
    assert model.index(row, SidesModel.VOTING).data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    # a parity side keeps its vote: refused, with the reason under the table
    assert not model.setData(model.index(0, SidesModel.VOTING), Qt.CheckState.Unchecked,
                             Qt.ItemDataRole.CheckStateRole)
    assert view.rules.sides_error.isVisible()
    assert "paritätisch besetzt" in view.rules.sides_error.text()
    assert store_of.sides.list(sg.id)[0].voting

    qtbot.keyClicks(view.rules.new_side_name, "verwaltung")
    qtbot.keyClick(view.rules.new_side_name, Qt.Key.Key_Return)
    assert view.rules.sides_error.text() == "Eine Seite verwaltung gibt es in diesem Gremium schon."
    assert len(store_of.sides.list(sg.id)) == 5


def test_a_new_parity_side_changes_the_indicator(view, store_of, sg, qtbot):
    view.tabs.setCurrentIndex(1)
    qtbot.keyClicks(view.rules.new_side_name, "Eltern")
    qtbot.mouseClick(view.rules.add_side_button, Qt.MouseButton.LeftButton)
    model = view.rules.sides_model
    assert model.setData(model.index(model.rowCount() - 1, SidesModel.PARITY),
                         Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert view.parity_label.text() == ("nicht paritätisch (Verwaltung 6, Freie Träger 6, "
                                        "Eltern 0): Eltern 6 Sitze weniger")


# --- new file: empty state and the first body -----------------------------------------------------

def test_a_new_file_shows_the_empty_state_and_creates_a_body(
        main_window, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "neu.sro"
    monkeypatch.setattr(main_window_module, "ask_save_path", lambda parent, title: target)
    main_window.new_file()
    view = main_window.bodies
    assert main_window.stack.currentWidget() is view
    assert view.pages.currentWidget() is view.empty_page
    assert view.empty_create_button.isVisible()
    assert view.show_record("bodies", "nichts") is False

    dialogs = []

    def answer(parent, bodies, submit):
        dialog = BodyDialog(parent, bodies, submit)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return None  # the test drives the dialog below

    monkeypatch.setattr(BodyDialog, "ask", staticmethod(answer))
    qtbot.mouseClick(view.empty_create_button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs
    qtbot.keyClicks(dialog.name_edit, "Steuerungsgruppe Sozialraumorientierung")
    assert dialog.article_combo.currentText() == "die"
    assert not dialog.advises_combo.isEnabled()
    assert "Verwaltung (paritätisch)" in dialog.sides_hint.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["short"].text() == "Ein Gremium braucht einen Namen und ein Kürzel."
    assert main_window.context.s.bodies.list() == []

    qtbot.keyClicks(dialog.short_edit, "SG")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    store = main_window.context.s
    (body,) = store.bodies.list()
    assert (body.name, body.short, body.kind, body.article) == (
        "Steuerungsgruppe Sozialraumorientierung", "SG", BodyKind.STEERING, "die")
    assert [(s.name, s.parity, s.voting) for s in store.sides.list(body.id)] == [
        ("Verwaltung", True, True), ("Freie Träger", True, True),
        ("Wissenschaft", False, False), ("Projektberatung", False, False)]
    assert view.pages.currentWidget() is view.content
    assert view.body_title.text() == "Steuerungsgruppe Sozialraumorientierung (SG)"
    assert view.parity_label.text() == "noch keine Mitglieder"  # not "paritätisch 0 : 0"
    assert DONE.name() in view.parity_label.styleSheet()  # neutral, not green
    assert view.rules.sides_model.rowCount() == 4


def test_an_advisory_board_names_the_body_it_advises(view, store_of, sg, qtbot):
    dialog = BodyDialog(view, store_of.bodies.list(), view.save_body)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Beirat Jugendhilfe")
    assert dialog.article_combo.currentText() == "der"
    qtbot.keyClicks(dialog.short_edit, "SG")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Beirat"))
    assert dialog.advises_combo.isEnabled()
    dialog.advises_combo.setCurrentIndex(dialog.advises_combo.findData(sg.id))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["short"].text() == "Das Kürzel SG ist schon vergeben."
    assert dialog.isVisible()
    dialog.short_edit.setText("BJH")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    body = store_of.bodies.resolve("BJH")
    assert (body.kind, body.article, body.advises_body_id, body.genitive) == (
        BodyKind.ADVISORY, "der", sg.id, "des Beirats Jugendhilfe")
    assert view.body.id == body.id
    assert view.parity_label.text() == "keine paritätische Besetzung vorgesehen"


# --- records, keyboard, accessibility ------------------------------------------------------------

def test_show_record_selects_a_body_or_a_former_member(view, store_of):
    pg = store_of.bodies.resolve("PG1")
    assert view.show_record("bodies", pg.id)
    assert view.body.id == pg.id
    sg = store_of.bodies.resolve("SG")
    former = next(m for m in store_of.memberships.list(sg.id) if m.valid_to is not None)
    assert view.show_record("memberships", former.id)
    assert view.body.id == sg.id
    assert view.members.show_former_check.isChecked()
    assert view.members.selected_membership().id == former.id
    assert not view.show_record("tasks", former.id)


def test_choosing_another_body_shows_its_members_and_rules(view, qtbot, store_of):
    pg_row = next(r for r in range(view.bodies_proxy.rowCount())
                  if view.bodies_proxy.index(r, 1).data() == "PG1")
    view.bodies_table.setFocus()
    view.bodies_table.setCurrentIndex(view.bodies_proxy.index(pg_row, 0))
    assert view.body.short == "PG1"
    assert "Anke Hoffmann" in member_names(view)
    assert view.rules.sides_model.rowCount() == 1
    assert view.rules.advises_combo.currentText().startswith("Steuerungsgruppe")
    assert view.parity_label.text() == "keine paritätische Besetzung vorgesehen"


def test_controls_have_names_and_labels_have_buddies(view):
    view.tabs.setCurrentIndex(1)
    widgets = [w for kind in (QLineEdit, QComboBox, QSpinBox, QTableView)
               for w in view.findChildren(kind)]
    assert len(widgets) > 15
    for widget in widgets:
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner line edit of a spin or combo box
        assert widget.accessibleName(), widget
    for caption in view.findChildren(QLabel):
        if "&" in caption.text():
            assert caption.buddy() is not None, caption.text()


def test_dialog_labels_have_buddies(view, qtbot):
    for dialog in (MemberDialog(view, view.members.member_choices()), BodyDialog(view, []),
                   EndMembershipDialog(view, "X", TODAY)):
        qtbot.addWidget(dialog)
        for caption in dialog.findChildren(QLabel):
            if "&" in caption.text():
                assert caption.buddy() is not None, caption.text()


def test_nothing_selected_means_nothing_to_edit(view):
    view.members.table.clearSelection()
    view.members.table.setCurrentIndex(QModelIndex())
    view.members.update_buttons()
    assert not view.members.edit_button.isEnabled()
    assert not view.members.end_button.isEnabled()
    view.members.edit_member()  # does nothing, opens nothing
    view.members.end_member()


@pytest.mark.parametrize(("tab_title", "table_name", "button"), [
    ("Mitglieder", "Mitglieder", "Bearbeiten …"),
    ("Personen", "Personen", "Person bearbeiten"),
    ("Organisationen", "Organisationen", "Organisation bearbeiten"),
])
def test_a_row_clicked_with_the_mouse_enables_its_actions(view, tab_title, table_name, button):
    page = tab(view, tab_title)
    table = find(page, QTableView, table_name)
    action = find(page, QPushButton, button)
    assert not action.isEnabled()
    click_row(table, "", 1)  # the first row, as the mouse chooses it
    assert action.isEnabled()
