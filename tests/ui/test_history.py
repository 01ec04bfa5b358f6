"""Verlauf per record in the window, and approved minutes changed behind the lock
reported on opening — on a copy of the demo."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QMenu

from sro_desktop.domain.calendar import german_date
from sro_desktop.domain.enums import AttendanceStatus, MeetingState, TaskState
from sro_desktop.ui import integrity
from sro_desktop.ui.history import HistoryDialog
from sro_desktop.ui.integrity import ALTERED_LABEL
from sro_desktop.ui.meetings import attendance as attendance_tab
from sro_desktop.ui.tasks import view as tasks_view
from sro_desktop.ui.tasks.model import TITLE

TOPIC = "Übertragung auf weitere Stadtteile"


class ChoosingMenu(QMenu):
    """A context menu that, instead of waiting for the user, records its entries and
    chooses the first."""

    offered: list[str] = []

    def exec(self, *_args):
        ChoosingMenu.offered = [a.text() for a in self.actions()]
        self.actions()[0].trigger()


def opened_dialog(owner) -> HistoryDialog:
    dialogs = [d for d in owner.findChildren(HistoryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_decision_history_lists_the_votes_edited_in_the_editor(main_window, store_of, qtbot):
    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    agenda = main_window.meetings.open_meeting(draft.id).agenda
    item = agenda.select_item(TOPIC)
    editor = agenda.item_panel.decision_editor
    [decision] = store_of.decisions.for_agenda_item(item.id)
    side = next(s for s in editor.sides if s.name == "Freie Träger")
    old = next(v for v in decision.votes if v.side_id == side.id)
    assert (old.yes, old.no, old.abstain) != (4, 1, 1)

    editor.set_votes("Freie Träger", 4, 1, 1)  # stored as it is typed, one undo step
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    dialog = opened_dialog(editor)
    assert dialog.windowTitle() == f"Verlauf – Beschluss {decision.number}"
    assert not dialog.isModal()
    assert dialog.list.accessibleName()
    texts = dialog.texts()  # newest first
    counts = [("Ja", old.yes, 4), ("Nein", old.no, 1), ("Enthaltung", old.abstain, 1)]
    forward = "; ".join(f"{what}: {a} → {b}" for what, a, b in counts if a != b)
    backward = "; ".join(f"{what}: {b} → {a}" for what, a, b in counts if a != b)
    vote_edit = next(t for t in texts if "die Abstimmung Freie Träger:" in t)
    assert vote_edit.startswith("Testschreiberin änderte am ")
    assert vote_edit.endswith(f"die Abstimmung Freie Träger: {forward}")
    assert any(t.startswith("Testschreiberin änderte am ") and "Ergebnistext:" in t
               for t in texts[:2])
    assert texts[-1].startswith("Demo legte am ")  # how the demo recorded it
    assert f"den Beschluss {decision.number} an" in texts[-1]

    # undo is one more change, by the one who undid it; the open dialog follows
    before = dialog.list.count()
    main_window.undo_action.trigger()
    assert dialog.list.count() > before
    undone = next(t for t in dialog.texts() if "die Abstimmung Freie Träger:" in t)
    assert undone.startswith("Testschreiberin änderte am ")
    assert undone.endswith(f"die Abstimmung Freie Träger: {backward}")
    dialog.close()


def test_history_of_a_locked_decision_is_readable(main_window, store_of):
    approved = next(m for m in store_of.meetings.list() if m.state is MeetingState.APPROVED)
    agenda = main_window.meetings.open_meeting(approved.id).agenda
    [decision] = [d for d in store_of.decisions.for_meeting(approved.id)][:1]
    agenda.select_item(decision.agenda_item_id)
    editor = next(e for e in agenda.item_panel.decision_editors
                  if e.decision.id == decision.id)
    assert not editor.title_edit.isEnabled()
    assert editor.history_button.isEnabled()
    dialog = editor.show_history()
    assert dialog.texts()[-1].startswith("Demo legte am ")


def test_task_history_from_the_context_menu(main_window, store_of, monkeypatch):
    main_window.show_view(main_window.views.index(main_window.tasks))
    view = main_window.tasks
    task = next(t for t in store_of.tasks.list(active=True) if t.state is TaskState.OPEN)
    row = view.model.row_of(task.id)
    assert row is not None
    assert view.table.contextMenuPolicy() is Qt.ContextMenuPolicy.CustomContextMenu
    monkeypatch.setattr(tasks_view, "QMenu", ChoosingMenu)
    rect = view.table.visualRect(view.model.index(row, TITLE))
    view.table.customContextMenuRequested.emit(rect.center())
    assert ChoosingMenu.offered == ["&Verlauf …"]
    dialog = opened_dialog(view)
    assert dialog.windowTitle() == f"Verlauf – Aufgabe „{task.title}“"
    assert dialog.texts()[-1].startswith("Demo legte am ")
    # an edit while the dialog is open shows up in it
    main_window.context.edit("Status", store_of.tasks.set_state, task.id, TaskState.DONE)
    texts = dialog.texts()
    assert texts[0].startswith("Testschreiberin änderte am ")
    assert "Status: offen → erledigt" in texts[0]
    assert texts[-1].startswith("Demo legte am ")
    assert f"die Aufgabe an: Titel: „{task.title[:30]}" in texts[-1]
    assert any("die Zuständigkeit von" in t for t in texts)  # its owners, too


def test_recommendation_history_button(main_window, store_of):
    main_window.show_view(main_window.views.index(main_window.recommendations))
    view = main_window.recommendations
    rec = next(r for r in store_of.recommendations.list() if r.state.value == "adopted")
    assert view.show_record("recommendations", rec.id)
    view.editor.history_button.click()
    dialog = opened_dialog(view.editor)
    assert dialog.windowTitle() == f"Verlauf – Empfehlung {rec.number}"
    assert any("Status: eingegangen → angenommen" in t for t in dialog.texts())


def test_attendance_history_from_the_attendance_list(main_window, store_of, monkeypatch):
    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    panel = main_window.meetings.open_meeting(draft.id)
    tab = panel.attendance
    panel.tabs.setCurrentWidget(tab)
    tab.set_status("Birgit Lange", AttendanceStatus.EXCUSED)
    rows = tab.table.model()
    row = next(r for r in range(rows.rowCount())
               if rows.index(r, 0).data(Qt.ItemDataRole.UserRole) == "Birgit Lange")

    monkeypatch.setattr(attendance_tab, "QMenu", ChoosingMenu)
    rect = tab.table.visualRect(tab.table.model().index(row, 0))
    tab.table.customContextMenuRequested.emit(rect.center())
    dialog = opened_dialog(tab)
    assert dialog.windowTitle() == "Verlauf – Anwesenheit von Birgit Lange"
    first, *_rest, created = dialog.texts()
    assert first.startswith("Testschreiberin änderte am ")
    assert first.endswith("die Anwesenheit von Birgit Lange: Status: anwesend → entschuldigt")
    assert created.startswith("Demo legte am ")
    dialog.close()

    guest = tab.show_guest_history(tab.guests.item(0))
    assert "Gast: „Dr. Frauke Albrecht“" in guest.texts()[-1]


def test_no_history_yet_is_said(main_window, store_of, tmp_path):
    dialog = HistoryDialog.show_for(main_window, main_window.context, "tasks", "kein-task")
    assert dialog.texts() == []
    assert dialog.note.text() == "Noch keine Änderungen aufgezeichnet."
    main_window.close_file()  # the dialog goes with the file
    assert not dialog.isVisible()


def test_the_menu_is_not_offered_outside_a_row(main_window, monkeypatch):
    main_window.show_view(main_window.views.index(main_window.tasks))
    view = main_window.tasks
    view.table.setCurrentIndex(QModelIndex())
    ChoosingMenu.offered = []
    monkeypatch.setattr(tasks_view, "QMenu", ChoosingMenu)
    view.table.customContextMenuRequested.emit(view.table.viewport().rect().bottomRight())
    assert ChoosingMenu.offered == []
    assert view.show_history() is None


# minutes changed behind the lock ------------------------------------------------------------


def note(window) -> QLabel:
    return window.statusBar().findChild(QLabel, ALTERED_LABEL)


def test_intact_minutes_raise_no_alarm(main_window, store_of):
    assert not note(main_window).isVisible()
    approved = next(m for m in store_of.meetings.list() if m.state is MeetingState.APPROVED)
    panel = main_window.meetings.open_meeting(approved.id)
    assert "genehmigt in der" in panel.lock_label.text()
    assert "Prüfsumme" not in panel.lock_label.text()


def alter_approved_minutes(path) -> str:
    """Changes the notes of an approved meeting's first TOP as another program could
    (its lock trigger dropped and put back); the meeting's id."""
    conn = sqlite3.connect(path)
    meeting_id = conn.execute(
        "SELECT id FROM meetings WHERE state = 'approved' ORDER BY date").fetchone()[0]
    (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = "
                              "'agenda_items_lock_update'").fetchone()
    conn.execute("DROP TRIGGER agenda_items_lock_update")
    conn.execute("UPDATE agenda_items SET notes = 'nachträglich' WHERE meeting_id = ? "
                 "AND position = 1", [meeting_id])
    conn.execute(trigger)
    conn.commit()
    conn.close()
    return meeting_id


def test_minutes_changed_behind_the_lock_are_reported(open_window, demo_template, tmp_path):
    path = tmp_path / "verändert.sro"
    shutil.copy(demo_template, path)
    meeting_id = alter_approved_minutes(path)

    window = open_window(path)
    meeting = window.context.s.meetings.get(meeting_id)
    label = note(window)
    assert label.isVisible()
    assert label.text() == (f"Achtung: Das Protokoll SG {meeting.number} vom "
                            f"{german_date(meeting.date)} wurde nach der "
                            f"Genehmigung verändert (Prüfsumme stimmt nicht).")
    assert meeting_id in label.toolTip()
    panel = window.meetings.open_meeting(meeting_id)
    assert panel.lock_label.text().endswith(
        "– Das Protokoll wurde nach der Genehmigung verändert (Prüfsumme stimmt nicht).")
    assert "color: #" in panel.lock_label.styleSheet()
    other = [m for m in window.context.s.meetings.list()
             if m.state is MeetingState.APPROVED][1]
    window.meetings.open_meeting(other.id)
    assert "Prüfsumme" not in panel.lock_label.text()
    window.close_file()
    assert not label.isVisible()


def test_minutes_found_intact_are_not_read_again_until_the_file_changes(
        open_window, demo_template, tmp_path, monkeypatch, qtbot):
    path = tmp_path / "geprüft.sro"
    shutil.copy(demo_template, path)
    checked: list[Path] = []
    real = integrity.altered_in
    monkeypatch.setattr(integrity, "altered_in",
                        lambda p: (checked.append(p), real(p))[1])
    window = open_window(path)
    assert checked == [path]
    assert not note(window).isVisible()
    window.close_file()
    assert window.open_file(path)  # nothing written since: not read again
    qtbot.waitUntil(window.context.background.idle)
    assert checked == [path]
    assert not note(window).isVisible()
    window.close_file()

    meeting_id = alter_approved_minutes(path)
    assert window.open_file(path)
    qtbot.waitUntil(window.context.background.idle)
    assert len(checked) == 2
    assert note(window).isVisible()
    assert meeting_id in note(window).toolTip()
    window.close_file()
    assert window.open_file(path)  # still altered: checked, and said, every time
    qtbot.waitUntil(window.context.background.idle)
    assert len(checked) == 3
    assert note(window).isVisible()


def test_the_large_demo_has_intact_minutes(large_window):
    assert not note(large_window).isVisible()
