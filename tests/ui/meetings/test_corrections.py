"""Berichtigung erfassen: from the Protokoll tab of approved minutes, through its dialog,
into the file, the tab's list, the preview and the Word minutes."""

from __future__ import annotations

from datetime import date

import pytest
from document_reading import text_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QPushButton, QTableView

from sro_desktop.domain.enums import MeetingState
from sro_desktop.ui.context import EditRefused
from sro_desktop.ui.meetings import minutes_tab
from sro_desktop.ui.meetings.corrections import CorrectionDialog

S = MeetingState


def named(parent, kind, name):
    [widget] = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    return widget


def open_minutes(main_window, store, state):
    meeting = next(m for m in store.meetings.list() if m.state is state
                   and store.bodies.get(m.body_id).short == "SG")
    panel = main_window.meetings.open_meeting(meeting.id)
    panel.tabs.setCurrentWidget(panel.minutes_tab)
    return meeting, panel.minutes_tab


def drive_dialog(monkeypatch, qtbot):
    """The dialog "Berichtigung erfassen …" opens, shown for the test to fill in."""
    dialogs = []

    def ask(parent, submit=None):
        dialog = CorrectionDialog(parent, submit)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return None

    monkeypatch.setattr(CorrectionDialog, "ask", staticmethod(ask))
    return dialogs


def test_only_approved_minutes_take_a_berichtigung(main_window, store_of):
    _meeting, tab = open_minutes(main_window, store_of, S.DRAFT)
    assert not named(tab, QPushButton, "Berichtigung erfassen").isEnabled()
    _meeting, tab = open_minutes(main_window, store_of, S.APPROVED)
    assert named(tab, QPushButton, "Berichtigung erfassen").isEnabled()


def test_a_berichtigung_is_recorded_and_shown_everywhere(main_window, store_of, qtbot,
                                                          monkeypatch, tmp_path, reopen):
    meeting, tab = open_minutes(main_window, store_of, S.APPROVED)
    dialogs = drive_dialog(monkeypatch, qtbot)
    qtbot.mouseClick(named(tab, QPushButton, "Berichtigung erfassen"),
                     Qt.MouseButton.LeftButton)
    (dialog,) = dialogs
    named(dialog, QDateEdit, "Datum").setDate(date(2026, 11, 20))
    # Without a reason the dialog stays open, and nothing is stored.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Grund und einen Text" in dialog.general_error.text()
    assert store_of.corrections.list(meeting.id) == []

    named(dialog, QLineEdit, "Grund").setText("Name falsch geschrieben")
    named(dialog, QPlainTextEdit, "Text").setPlainText("Statt „Maas“ muss es „Maaß“ heißen.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (correction,) = store_of.corrections.list(meeting.id)
    assert (correction.corrected_on, correction.reason, correction.text) == (
        date(2026, 11, 20), "Name falsch geschrieben", "Statt „Maas“ muss es „Maaß“ heißen.")

    table = named(tab, QTableView, "Berichtigungen")
    model = table.model()
    assert [model.index(0, c).data() for c in range(3)] == [
        "20.11.2026", "Name falsch geschrieben", "Statt „Maas“ muss es „Maaß“ heißen."]
    preview = tab.preview.toPlainText()
    assert "Berichtigungen" in preview
    assert "20.11.2026 – Name falsch geschrieben: Statt „Maas“ muss es „Maaß“ heißen." in preview

    target = tmp_path / "Niederschrift.docx"
    monkeypatch.setattr(minutes_tab, "ask_export_path", lambda parent, title, name: target)
    tab.export_button.click()
    text = text_of(target)
    assert "Berichtigungen" in text
    assert ("20.11.2026 | Name falsch geschrieben | Statt „Maas“ muss es „Maaß“ heißen."
            in text)

    context = main_window.context
    assert context.undo_stack.undoText() == "Berichtigung erfassen"
    context.undo_stack.undo()
    assert store_of.corrections.list(meeting.id) == []
    assert model.rowCount() == 0
    context.undo_stack.redo()
    with reopen() as store:
        assert [c.reason for c in store.corrections.list(meeting.id)] == [
            "Name falsch geschrieben"]


def test_the_lock_points_to_the_button(main_window, store_of):
    meeting, _tab = open_minutes(main_window, store_of, S.APPROVED)
    panel = main_window.meetings.panel
    assert "Berichtigung erfassen …" in panel.lock_label.toolTip()
    with pytest.raises(EditRefused, match="„Berichtigung erfassen …“"):
        main_window.context.edit("Zustand", store_of.meetings.set_state, meeting.id,
                                 S.DRAFT)
