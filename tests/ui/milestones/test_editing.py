"""Milestones created, changed and removed in the window, with undo; a task linked."""

from __future__ import annotations

import pytest
from pinned import TODAY
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QSpinBox
from waiting import wait_for

from sro_desktop.domain.enums import MilestoneLevel, MilestoneState, QualityDimension
from sro_desktop.store import StoreError
from sro_desktop.ui.milestones import view as milestones_view
from sro_desktop.ui.milestones.view import MilestonesView


def open_view(window) -> MilestonesView:
    window.show_view(window.views.index(window.milestones))
    wait_for(lambda: not window.milestones.details_pending())  # details after the paint
    return window.milestones


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


def pick(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_a_new_milestone_from_the_dialog(main_window, store_of, reopen, qtbot):
    view = open_view(main_window)
    before = len(store_of.milestones.list())
    sg = store_of.bodies.resolve("SG")

    def fill(dialog):
        named(dialog, QLineEdit, "Titel").setText("Evaluation abgeschlossen")
        named(dialog, QSpinBox, "Zieljahr").setValue(TODAY.year + 2)
        pick(named(dialog, QComboBox, "Quartal"), 3)
        pick(named(dialog, QComboBox, "Status"), MilestoneState.PLANNED.value)
        pick(named(dialog, QComboBox, "Ebene"), MilestoneLevel.OPERATIONAL.value)
        pick(named(dialog, QComboBox, "Qualitätsdimension"), QualityDimension.RESULT.value)
        named(dialog, QComboBox, "Handlungsfeld").setCurrentText("Jugendarbeit")
        pick(named(dialog, QComboBox, "Gremium"), sg.id)
        dialog.ok_button.click()

    failures = in_dialog(fill)
    qtbot.mouseClick(named(view, QPushButton, "Neuer Meilenstein"), Qt.MouseButton.LeftButton)
    assert failures == []
    assert view.current_milestone().title == "Evaluation abgeschlossen"
    assert len(view.timeline.items) == before + 1
    assert main_window.context.undo_stack.undoText() == "Meilenstein anlegen"
    stored = next(m for m in reopen().milestones.list() if m.title == "Evaluation abgeschlossen")
    assert (stored.target_year, stored.target_quarter, stored.level, stored.quality_dimension,
            stored.focus_area, stored.body_id) == (
        TODAY.year + 2, 3, MilestoneLevel.OPERATIONAL, QualityDimension.RESULT,
        "Jugendarbeit", sg.id)


def test_a_milestone_without_title_stays_in_the_dialog(main_window, store_of, qtbot):
    view = open_view(main_window)
    before = len(store_of.milestones.list())
    seen = []

    def fill(dialog):
        dialog.ok_button.click()
        seen.append((dialog.isVisible(), dialog.errors["title"].text()))
        dialog.reject()

    failures = in_dialog(fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert seen == [(True, "Der Meilenstein braucht einen Titel.")]
    assert len(store_of.milestones.list()) == before


def test_the_selected_milestone_is_changed_and_undone(main_window, store_of, qtbot):
    view = open_view(main_window)
    milestone = view.current_milestone()
    assert milestone is not None

    def fill(dialog):
        assert named(dialog, QLineEdit, "Titel").text() == milestone.title
        named(dialog, QLineEdit, "Titel").setText("Neuer Titel")
        named(dialog, QSpinBox, "Zieljahr").setValue(milestone.target_year + 1)
        dialog.ok_button.click()

    failures = in_dialog(fill)
    qtbot.mouseClick(named(view, QPushButton, "Meilenstein bearbeiten"),
                     Qt.MouseButton.LeftButton)
    assert failures == []
    stored = store_of.milestones.get(milestone.id)
    assert (stored.title, stored.target_year) == ("Neuer Titel", milestone.target_year + 1)
    assert view.heading.text() == "Neuer Titel"
    main_window.undo_action.trigger()
    stored = store_of.milestones.get(milestone.id)
    assert (stored.title, stored.target_year) == (milestone.title, milestone.target_year)


def test_removing_a_milestone_unlinks_its_tasks_and_undo_links_them(main_window, store_of,
                                                                     qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(milestones_view, "confirm_removal",
                        lambda parent, title, text: asked.append(text) or True)
    view = open_view(main_window)
    milestone = next(m for m in store_of.milestones.list()
                     if store_of.tasks.list(milestone_id=m.id)
                     and store_of.budget_lines.count("milestone_id = ?", [m.id]))
    linked = [t.id for t in store_of.tasks.list(milestone_id=milestone.id)]
    lines = store_of.budget_lines.count("milestone_id = ?", [milestone.id])
    view.show_record("milestones", milestone.id)
    qtbot.mouseClick(named(view, QPushButton, "Meilenstein entfernen"),
                     Qt.MouseButton.LeftButton)
    # the question names what stays without the link: its tasks and budget lines
    assert f"Verknüpft sind {len(linked)} Aufgabe" in asked[0]
    assert f"{lines} Haushaltszeilen; sie bleiben und verlieren die Verknüpfung" in asked[0]
    with pytest.raises(StoreError):
        store_of.milestones.get(milestone.id)
    assert all(store_of.tasks.get(t).milestone_id is None for t in linked)
    assert milestone.id not in [i.milestone.id for i in view.timeline.items]
    main_window.undo_action.trigger()
    assert store_of.milestones.get(milestone.id).title == milestone.title
    assert all(store_of.tasks.get(t).milestone_id == milestone.id for t in linked)


def test_a_task_is_linked_from_the_milestone(main_window, store_of, qtbot):
    view = open_view(main_window)
    milestone = view.current_milestone()
    chosen = []

    def fill(dialog):
        combo = named(dialog, QComboBox, "Aufgabe")
        assert combo.count() > 0
        chosen.append(combo.currentData())
        dialog.ok_button.click()

    failures = in_dialog(fill)
    qtbot.mouseClick(named(view, QPushButton, "Aufgabe verknüpfen"), Qt.MouseButton.LeftButton)
    assert failures == []
    assert store_of.tasks.get(chosen[0]).milestone_id == milestone.id
    assert chosen[0] in [view.tasks_model.record(r).id
                         for r in range(view.tasks_model.rowCount())]
    assert main_window.context.undo_stack.undoText() == "Aufgabe mit Meilenstein verknüpfen"
