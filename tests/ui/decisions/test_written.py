"""Umlaufbeschluss from the register, the details storing themselves, removing a decision,
and a row chosen with the mouse."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pinned import TODAY
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)
from waiting import wait_for

from sro_desktop.domain.enums import Choice, DecisionRule, Outcome
from sro_desktop.domain.model import SideVote
from sro_desktop.store import Store, StoreError
from sro_desktop.ui.decisions import view as decisions_view
from sro_desktop.ui.decisions.view import DecisionsView


def open_view(window) -> DecisionsView:
    window.show_view(window.views.index(window.decisions))
    wait_for(lambda: not window.decisions.details_pending())  # details after the paint
    return window.decisions


def named(parent, kind, name):
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert found, name
    return found[0]


def in_dialog(fill):
    """Run ``fill(dialog)`` on the modal dialog once it is open; cancel it on a failure."""
    failures = []

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            fill(dialog)
        except Exception as exc:  # noqa: BLE001 - handed to the test
            failures.append(exc)
            dialog.reject()

    QTimer.singleShot(0, run)
    return failures


@pytest.fixture
def confirmed(monkeypatch):
    asked = []

    def confirm(parent, title, text):
        asked.append(text)
        return True

    monkeypatch.setattr(decisions_view, "confirm_removal", confirm)
    return asked


def test_written_decision_asks_every_voting_member(main_window, store_of, reopen, qtbot):
    view = open_view(main_window)
    sg = store_of.bodies.resolve("SG")

    def fill(dialog):
        dialog.body_combo.setCurrentIndex(dialog.body_combo.findData(sg.id))
        named(dialog, QLineEdit, "Titel").setText("Hospitation in Graz")
        named(dialog, QPlainTextEdit, "Wortlaut").setPlainText("Die SG reist nach Graz.")
        rule = named(dialog, QComboBox, "Regel")
        rule.setCurrentIndex(rule.findData(DecisionRule.SIMPLE.value))
        named(dialog, QDateEdit, "Frist").setDate(TODAY + timedelta(days=20))
        assert not [c for c in dialog.findChildren(QComboBox)
                    if c.accessibleName().startswith("Antwort von ")]  # answered later
        assert "die 12 stimmberechtigten Mitglieder" in named(
            dialog, QLabel, "Befragte Mitglieder").text()
        dialog.ok_button.click()

    failures = in_dialog(fill)
    qtbot.mouseClick(named(view, QPushButton, "Umlaufbeschluss"), Qt.MouseButton.LeftButton)
    assert failures == []
    decision = view.current_decision()
    assert decision is not None
    assert decision.title == "Hospitation in Graz"
    assert view.model.index(view.table.currentIndex().row(), 5).data() == "Umlaufverfahren"
    assert main_window.context.undo_stack.undoText() == "Umlaufbeschluss fassen"

    stored = reopen().decisions.get(decision.id)
    assert stored.written_procedure
    assert stored.meeting_id is None
    assert (stored.decided_on, stored.deadline) == (TODAY, TODAY + timedelta(days=20))
    assert stored.wording == "Die SG reist nach Graz."
    assert len(stored.ballots) == 12
    assert {b.choice for b in stored.ballots} == {Choice.NONE}
    assert stored.outcome is None
    assert stored.result_text == "Umlaufverfahren läuft bis 15.12.2026: 0 von 12 Antworten"
    assert stored.number.startswith(f"SG-{TODAY.year}/")


def test_a_written_decision_without_title_stays_in_the_dialog(main_window, store_of, qtbot):
    view = open_view(main_window)
    before = store_of.decisions.count()
    seen = []

    def fill(dialog):
        dialog.ok_button.click()
        seen.append((dialog.isVisible(), dialog.general_error.text()))
        dialog.reject()

    failures = in_dialog(fill)
    qtbot.mouseClick(view.written_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert seen == [(True, "Der Beschluss braucht einen Titel.")]
    assert store_of.decisions.count() == before


def written_decision(main_window, store_of, title="Fortbildung im Umlauf"):
    sg = store_of.bodies.resolve("SG")
    decision = main_window.context.edit("Umlauf", store_of.decisions.add_written, title,
                                        sg.id, TODAY)
    view = open_view(main_window)
    assert view.show_record("decisions", decision.id)
    return view, decision


def test_fields_of_the_details_store_themselves_when_left(main_window, store_of, reopen):
    view, decision = written_decision(main_window, store_of)
    details = view.details
    title = named(details, QLineEdit, "Titel des Beschlusses")
    title.setText("Fortbildung aller Ebenen")
    title.editingFinished.emit()
    assert store_of.decisions.get(decision.id).title == "Fortbildung aller Ebenen"
    assert main_window.context.undo_stack.undoText() == "Titel des Beschlusses ändern"

    wording = named(details, QPlainTextEdit, "Wortlaut")
    wording.setFocus()
    wording.setPlainText("Alle Ebenen bilden sich gemeinsam fort.")
    details.store_typed()  # the view is left
    rule = named(details, QComboBox, "Abstimmungsregel")
    index = rule.findData(DecisionRule.CONSENSUS.value)
    rule.setCurrentIndex(index)
    rule.activated.emit(index)
    day = named(details, type(details.date_edit), "Datum des Beschlusses")
    assert day.isEnabled()
    day.setDate(TODAY.replace(day=2))
    day.editingFinished.emit()

    main_window.undo_action.trigger()  # the date only
    assert store_of.decisions.get(decision.id).decided_on == TODAY
    main_window.redo_action.trigger()
    stored = reopen().decisions.get(decision.id)
    assert (stored.title, stored.wording, stored.rule, stored.decided_on) == (
        "Fortbildung aller Ebenen", "Alle Ebenen bilden sich gemeinsam fort.",
        DecisionRule.CONSENSUS, TODAY.replace(day=2))


def test_an_empty_title_is_refused_and_stays_typed(main_window, store_of):
    view, decision = written_decision(main_window, store_of)
    title = view.details.title_edit
    title.setText("  ")
    title.editingFinished.emit()
    assert store_of.decisions.get(decision.id).title == "Fortbildung im Umlauf"
    assert view.details.error.text() == "Nicht gespeichert: Der Beschluss braucht einen Titel."
    assert title.text() == "  "


def test_a_meeting_decision_keeps_its_meetings_date(main_window, store_of):
    view = open_view(main_window)
    decision = next(d for d in store_of.decisions.list() if d.meeting_id)
    view.show_record("decisions", decision.id)
    assert not view.details.date_edit.isEnabled()


def test_the_last_decision_is_removed_and_comes_back(main_window, store_of, confirmed, qtbot):
    view, decision = written_decision(main_window, store_of)
    button = named(view, QPushButton, "Beschluss entfernen")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(confirmed) == 1
    assert decision.number in confirmed[0]
    with pytest.raises(StoreError):
        store_of.decisions.get(decision.id)
    assert view.model.row_of(decision.id) is None
    main_window.undo_action.trigger()
    assert store_of.decisions.get(decision.id).title == "Fortbildung im Umlauf"
    assert view.model.row_of(decision.id) is not None


def test_removing_one_in_the_middle_of_the_register_is_refused(main_window, store_of,
                                                                confirmed, qtbot):
    view, first = written_decision(main_window, store_of, "Erster")
    written_decision(main_window, store_of, "Zweiter")
    view.show_record("decisions", first.id)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert store_of.decisions.get(first.id).title == "Erster"
    assert "Lücke" in view.message.text()
    assert view.message.isVisible()


def test_a_row_chosen_with_the_mouse_enables_its_actions(main_window, store_of, qtbot):
    view = open_view(main_window)
    view.table.selectionModel().clearSelection()
    view.details.show_decision(None)
    view._update_buttons()
    assert not view.remove_button.isEnabled()
    index = view.model.index(2, 3)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.remove_button.isEnabled()
    assert view.details.decision.id == view.model.record(2).id


def test_older_counts_per_side_are_still_changed_in_the_register(main_window, store_of):
    """A written decision of an older file: its answers counted per side, no ballots."""
    sg = store_of.bodies.resolve("SG")
    side, other = [s for s in store_of.sides.list(sg.id) if s.voting][:2]
    decision = main_window.context.edit(
        "Umlauf", store_of.decisions.add_written, "Alter Umlauf", sg.id, TODAY,
        votes=[SideVote(side.id, 1), SideVote(other.id, 0, 1)])
    assert decision.ballots == []
    view = open_view(main_window)
    assert view.show_record("decisions", decision.id)
    assert not view.details.ballots.isVisible()
    assert not view.details.deadline.isVisible()
    yes = named(view.details, QSpinBox, f"{side.name}: Ja")
    yes.setValue(2)
    yes.editingFinished.emit()
    stored = store_of.decisions.get(decision.id)
    assert [(v.side_id, v.yes) for v in stored.votes if v.yes] == [(side.id, 2)]
    assert stored.outcome is Outcome.ADOPTED
    assert view.details.result_label.text() == stored.result_text
    assert main_window.context.undo_stack.undoText() == "Antworten im Umlaufverfahren ändern"

    yes.setValue(99)  # more than the side has voting members
    yes.editingFinished.emit()
    assert store_of.decisions.get(decision.id).votes == stored.votes
    assert view.details.error.text() == (
        f"Nicht gespeichert: {side.name}: 99 Stimmen abgegeben, aber die Seite hat nur "
        "6 stimmberechtigte Mitglieder.")
    assert yes.value() == 99
    main_window.undo_action.trigger()
    assert sum(v.yes for v in store_of.decisions.get(decision.id).votes) == 1


def test_a_decision_with_tasks_is_not_removed_and_says_why(main_window, store_of, confirmed,
                                                           qtbot):
    view, decision = written_decision(main_window, store_of)
    main_window.context.edit("Aufgabe", store_of.tasks.add, decision.body_id, "Umsetzen",
                             origin_decision_id=decision.id)
    view.show_record("decisions", decision.id)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert store_of.decisions.get(decision.id).title == decision.title
    assert "Umsetzen" in view.message.text()


def test_a_read_only_file_offers_no_edits(main_window, demo_file):
    main_window.close_file()
    main_window.context.open_store(Store.open(demo_file, read_only=True))
    view = open_view(main_window)
    assert view.details.decision is not None
    assert not view.written_button.isEnabled()
    assert not view.remove_button.isEnabled()
    assert view.details.title_edit.isReadOnly()
    assert not view.details.rule_combo.isEnabled()
    milestones = main_window.milestones
    main_window.show_view(main_window.views.index(milestones))
    assert not milestones.new_button.isEnabled()
    assert not milestones.remove_button.isEnabled()
    tasks = main_window.tasks
    main_window.show_view(main_window.views.index(tasks))
    tasks.table.selectRow(0)
    assert tasks.panel.task is not None
    assert not tasks.panel.content.isEnabled()
