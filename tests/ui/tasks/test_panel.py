"""The task panel of the Aufgaben view: every field stores itself, owners and milestone
are chosen there, a task is removed and comes back; a row chosen with the mouse."""

from __future__ import annotations

import pytest
from pinned import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)

from sro_desktop.domain.enums import TaskState
from sro_desktop.store import StoreError
from sro_desktop.ui.tasks import panel as panel_module
from sro_desktop.ui.tasks.model import TITLE
from sro_desktop.ui.tasks.view import TasksView


@pytest.fixture
def view(main_window) -> TasksView:
    main_window.show_view(main_window.views.index(main_window.tasks))
    return main_window.tasks


def named(parent, kind, name):
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert found, name
    return found[0]


def click_task(qtbot, view: TasksView, task_id: str) -> None:
    row = view.model.row_of(task_id)
    assert row is not None
    index = view.model.index(row, TITLE)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def an_open_task(store, view):
    return next(t for t in store.tasks.list(active=True)
                if t.state is TaskState.OPEN and not t.tandem
                and view.model.row_of(t.id) is not None)


def test_a_row_chosen_with_the_mouse_shows_in_the_panel(view, store_of, qtbot):
    tasks = [view.model.record(r) for r in range(min(view.model.rowCount(), 3))]
    click_task(qtbot, view, tasks[2].id)
    assert view.panel.task.id == tasks[2].id
    assert named(view.panel, QLineEdit, "Titel der Aufgabe").text() == tasks[2].title
    assert named(view.panel, QPushButton, "Aufgabe entfernen").isEnabled()


def test_each_field_stores_itself_as_one_undo_step(view, store_of, main_window, qtbot, reopen):
    task = an_open_task(store_of, view)
    click_task(qtbot, view, task.id)
    panel = view.panel
    stack = main_window.context.undo_stack

    title = named(panel, QLineEdit, "Titel der Aufgabe")
    title.setText("Konzept neu fassen")
    title.editingFinished.emit()
    assert store_of.tasks.get(task.id).title == "Konzept neu fassen"
    assert stack.undoText() == "Titel der Aufgabe ändern"

    description = named(panel, QPlainTextEdit, "Beschreibung")
    description.setFocus()
    description.setPlainText("Mit beiden Seiten")
    panel.store_typed()
    assert store_of.tasks.get(task.id).description == "Mit beiden Seiten"

    named(panel, QCheckBox, "Mit Frist").setChecked(True)
    due = named(panel, QDateEdit, "Fällig am")
    due.setDate(TODAY.replace(year=TODAY.year + 1))
    due.editingFinished.emit()
    assert store_of.tasks.get(task.id).due_date == TODAY.replace(year=TODAY.year + 1)

    milestone = store_of.milestones.list()[0]
    choose(named(panel, QComboBox, "Meilenstein"), milestone.id)
    assert store_of.tasks.get(task.id).milestone_id == milestone.id
    assert stack.undoText() == "Meilenstein der Aufgabe ändern"

    report = named(panel, QComboBox, "Wiedervorlage")
    if report.count() > 1:
        meeting_id = report.itemData(1)
        choose(report, meeting_id)
        assert store_of.tasks.get(task.id).report_meeting_id == meeting_id
        main_window.undo_action.trigger()
    assert store_of.tasks.get(task.id).report_meeting_id == task.report_meeting_id

    choose(named(panel, QComboBox, "Status der Aufgabe"), TaskState.IN_PROGRESS.value)
    assert store_of.tasks.get(task.id).state is TaskState.IN_PROGRESS

    main_window.undo_action.trigger()  # the state only
    assert store_of.tasks.get(task.id).state is TaskState.OPEN
    assert store_of.tasks.get(task.id).milestone_id == milestone.id
    stored = reopen().tasks.get(task.id)
    assert (stored.title, stored.description, stored.milestone_id) == (
        "Konzept neu fassen", "Mit beiden Seiten", milestone.id)


def test_a_tandem_without_both_sides_is_refused_and_said(view, store_of, qtbot):
    task = an_open_task(store_of, view)
    click_task(qtbot, view, task.id)
    tandem = named(view.panel, QCheckBox, "Tandem")
    tandem.click()
    assert store_of.tasks.get(task.id).tandem is False
    assert not tandem.isChecked()
    assert "Tandem braucht" in view.panel.error.text()


def test_owners_are_added_and_taken_away(view, store_of, main_window, qtbot):
    task = an_open_task(store_of, view)
    before = store_of.tasks.get(task.id).owners
    click_task(qtbot, view, task.id)
    panel = view.panel
    candidate = named(panel, QComboBox, "Verantwortliche wählen")
    org_entry = next(i for i in range(candidate.count())
                     if str(candidate.itemData(i)).startswith("organization:"))
    candidate.setCurrentIndex(org_entry)
    org_id = str(candidate.itemData(org_entry)).removeprefix("organization:")
    qtbot.mouseClick(named(panel, QPushButton, "Verantwortliche hinzufügen"),
                     Qt.MouseButton.LeftButton)
    owners = store_of.tasks.get(task.id).owners
    assert len(owners) == len(before) + 1
    assert owners[-1].organization_id == org_id
    assert main_window.context.undo_stack.undoText() == "Verantwortliche der Aufgabe ändern"

    listed = named(panel, QListWidget, "Verantwortliche")
    assert listed.count() == len(before) + 1
    listed.setCurrentRow(listed.count() - 1)
    qtbot.mouseClick(named(panel, QPushButton, "Verantwortliche entfernen"),
                     Qt.MouseButton.LeftButton)
    assert store_of.tasks.get(task.id).owners == before
    main_window.undo_action.trigger()
    assert len(store_of.tasks.get(task.id).owners) == len(before) + 1


def test_a_task_is_removed_after_asking_and_comes_back(view, store_of, main_window, qtbot,
                                                       monkeypatch):
    asked = []
    monkeypatch.setattr(panel_module, "confirm_removal",
                        lambda parent, title, text: asked.append(text) or True)
    task = an_open_task(store_of, view)
    click_task(qtbot, view, task.id)
    qtbot.mouseClick(named(view.panel, QPushButton, "Aufgabe entfernen"),
                     Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert task.title in asked[0]
    with pytest.raises(StoreError):
        store_of.tasks.get(task.id)
    assert view.model.row_of(task.id) is None
    main_window.undo_action.trigger()
    assert store_of.tasks.get(task.id).title == task.title
    assert view.model.row_of(task.id) is not None


def test_removing_is_not_done_when_cancelled(view, store_of, qtbot, monkeypatch):
    monkeypatch.setattr(panel_module, "confirm_removal", lambda *args: False)
    task = an_open_task(store_of, view)
    click_task(qtbot, view, task.id)
    qtbot.mouseClick(view.panel.remove_button, Qt.MouseButton.LeftButton)
    assert store_of.tasks.get(task.id).title == task.title


def test_the_due_date_shows_and_is_removed_with_its_check_box(view, store_of, qtbot):
    task = next(t for t in store_of.tasks.list(active=True)
                if t.due_date and view.model.row_of(t.id) is not None)
    click_task(qtbot, view, task.id)
    due = named(view.panel, QDateEdit, "Fällig am")
    assert due.isEnabled()
    assert due.date().toPython() == task.due_date
    check = named(view.panel, QCheckBox, "Mit Frist")
    assert check.isChecked()
    check.click()
    assert store_of.tasks.get(task.id).due_date is None
    assert not due.isEnabled()
