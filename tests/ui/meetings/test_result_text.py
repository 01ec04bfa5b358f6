"""A TOP's Ergebnis with the text module's suggestion, and text modules inserted into a
TOP's notes with Strg+Leertaste or the context menu; the file says what was stored."""

from __future__ import annotations

import pytest
from acting import click, find, leave_field, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QPushButton

from sro_desktop.domain.agenda import OPENING
from sro_desktop.domain.enums import MeetingState

OPENING_SUGGESTION = ("Stefan Ohmsen eröffnet die Sitzung um 09:00 Uhr und stellt die "
                      "ordnungsgemäße Einladung und die Beschlussfähigkeit fest (11 von 12 "
                      "Stimmberechtigten anwesend: Verwaltung 5, Freie Träger 6).")


@pytest.fixture
def agenda(main_window, store_of):
    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    main_window.show_view(main_window.views.index(main_window.meetings))
    agenda = main_window.meetings.open_meeting(draft.id).agenda
    main_window.meetings.panel.tabs.setCurrentWidget(agenda)
    return agenda


@pytest.fixture
def panel(agenda):
    agenda.select_item(OPENING)
    return agenda.item_panel


def test_the_result_shows_the_suggestion_and_stores_what_is_typed(panel, store_of,
                                                                  main_window):
    field = find(panel, QPlainTextEdit, "Ergebnis des TOP")
    assert field.toPlainText() == ""
    assert field.placeholderText() == OPENING_SUGGESTION
    steps = main_window.context.undo_stack
    start = steps.index()
    type_text(field, "Die Sitzung beginnt um 09:10 Uhr.")
    assert store_of.agenda.get(panel.item.id).result_text == "Die Sitzung beginnt um 09:10 Uhr."
    assert steps.index() == start + 1
    steps.undo()
    assert store_of.agenda.get(panel.item.id).result_text == ""
    assert field.toPlainText() == ""


def test_the_suggestion_is_taken_into_the_field_to_change_it(panel, store_of):
    click(find(panel, QPushButton, "Vorschlag übernehmen"))
    field = find(panel, QPlainTextEdit, "Ergebnis des TOP")
    assert field.toPlainText() == OPENING_SUGGESTION
    field.insertPlainText(" Frau Weber kommt später.")
    leave_field(field)
    assert store_of.agenda.get(panel.item.id).result_text == (
        OPENING_SUGGESTION + " Frau Weber kommt später.")


def menu_entry(menu: QMenu, title: str):
    return next(a for a in menu.actions() if a.text().replace("&&", "&") == title)


def test_ctrl_space_in_the_notes_inserts_a_module_filled(panel, store_of):
    sg = store_of.bodies.resolve("SG")
    store_of.text_modules.add_own(sg.id, "Dank", "{Vorsitz} dankt für die Gastfreundschaft.")
    notes = find(panel, QPlainTextEdit, "Notizen")
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    notes.insertPlainText(" ")
    QTest.keyClick(notes, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    menu = panel.modules.menu
    assert menu is not None
    assert menu.isVisible()
    assert [a.text() for a in menu.actions()][-1] == "Dank"
    menu_entry(menu, "Dank").trigger()
    menu.close()
    notes.clearFocus()  # the notes take Tab as text: left by a click elsewhere
    QApplication.processEvents()
    assert store_of.agenda.get(panel.item.id).notes.endswith(
        " Stefan Ohmsen dankt für die Gastfreundschaft.")


def test_the_context_menu_offers_the_modules(panel, store_of):
    notes = find(panel, QPlainTextEdit, "Notizen")
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.Start)
    notes.customContextMenuRequested.emit(QPoint(5, 5))
    menu = panel.modules.menu
    submenu = next(a.menu() for a in menu.actions()
                   if a.text().startswith("Textbaustein einfügen"))
    menu_entry(submenu, "Genehmigung der Tagesordnung").trigger()
    menu.close()
    QApplication.processEvents()
    notes.clearFocus()  # the notes take Tab as text: left by a click elsewhere
    QApplication.processEvents()
    assert store_of.agenda.get(panel.item.id).notes.startswith(
        "Die Tagesordnung wird ohne Änderungen genehmigt.")


def test_at_approved_minutes_the_result_stays_and_no_module_is_offered(main_window, store_of):
    approved = next(m for m in store_of.meetings.list() if m.state is MeetingState.APPROVED)
    main_window.show_view(main_window.views.index(main_window.meetings))
    agenda = main_window.meetings.open_meeting(approved.id).agenda
    main_window.meetings.panel.tabs.setCurrentWidget(agenda)
    agenda.select_item(OPENING)
    panel = agenda.item_panel
    assert find(panel, QPlainTextEdit, "Ergebnis des TOP").isReadOnly()
    assert not find(panel, QPushButton, "Vorschlag übernehmen").isEnabled()
    notes = find(panel, QPlainTextEdit, "Notizen")
    notes.setFocus()
    QTest.keyClick(notes, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert panel.modules.menu is None
