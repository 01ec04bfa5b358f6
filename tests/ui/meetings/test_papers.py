"""Unterlagen at a TOP, through the real widgets found by their accessible names: a file
attached with the button (the file dialog answered) or dropped on the box, opened as an
identical copy, saved elsewhere, renamed, removed and brought back with Strg+Z; at
approved minutes nothing changes. The file says what was stored."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QGroupBox, QPushButton, QTableWidget

from sro_desktop.domain.enums import MeetingState
from sro_desktop.ui.meetings import papers

TOPIC = "Übertragung auf weitere Stadtteile"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 64


@pytest.fixture
def agenda(main_window, store_of):
    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    agenda = main_window.meetings.open_meeting(draft.id).agenda
    main_window.meetings.panel.tabs.setCurrentWidget(agenda)
    return agenda


def named(parent, kind, name):
    [widget] = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    return widget


@pytest.fixture
def box(agenda):
    agenda.select_item(TOPIC)
    return named(agenda.item_panel, QGroupBox, "Unterlagen des TOP")


@pytest.fixture
def paper(tmp_path):
    path = tmp_path / "Konzept Stadtteile.pdf"
    path.write_bytes(PDF)
    return path


def attach_with_button(qtbot, box, monkeypatch, *paths):
    monkeypatch.setattr(papers, "ask_files", lambda parent: list(paths))
    qtbot.mouseClick(named(box, QPushButton, "Datei anhängen"), Qt.MouseButton.LeftButton)


def test_a_file_attached_with_the_button_is_stored_in_the_file(
        qtbot, box, agenda, paper, monkeypatch, reopen):
    attach_with_button(qtbot, box, monkeypatch, paper)
    table = named(box, QTableWidget, "Unterlagen des TOP")
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == [
        "Konzept Stadtteile.pdf", "PDF", "16 KB"]
    item_id = agenda.item_panel.item.id
    with reopen() as store:
        [stored] = store.attachments.list(item_id)
        assert (stored.name, stored.size, stored.sha256) == (
            "Konzept Stadtteile.pdf", len(PDF), hashlib.sha256(PDF).hexdigest())
        assert store.attachments.content(stored.id) == PDF


def test_a_refused_file_is_named_beside_the_list(qtbot, box, tmp_path, monkeypatch, store_of):
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    attach_with_button(qtbot, box, monkeypatch, empty)
    assert "„leer.txt“ ist leer" in box.error.text()
    assert box.error.isVisibleTo(box)
    assert store_of.db.execute("SELECT count(*) FROM attachments").fetchone() == (0,)


def test_a_dropped_file_is_attached(box, paper, store_of, agenda):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(paper))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    box.dropEvent(drop)
    assert [a.name for a in store_of.attachments.list(agenda.item_panel.item.id)] == [
        "Konzept Stadtteile.pdf"]


def test_open_gives_the_system_an_identical_copy_named_like_the_paper(
        qtbot, box, paper, monkeypatch):
    attach_with_button(qtbot, box, monkeypatch, paper)
    opened = []
    monkeypatch.setattr(papers, "open_with_system", lambda path: opened.append(path) or True)
    qtbot.mouseClick(named(box, QPushButton, "Unterlage öffnen"), Qt.MouseButton.LeftButton)
    [copy] = opened
    assert copy.name == "Konzept Stadtteile.pdf"
    assert copy.read_bytes() == PDF
    assert copy.parent.parent == papers.session_folder()
    qtbot.mouseClick(named(box, QPushButton, "Unterlage öffnen"), Qt.MouseButton.LeftButton)
    assert len(opened) == 2  # opened again while the first copy is still open
    assert opened[1] != copy


def test_save_as_writes_the_bytes_where_chosen(qtbot, box, paper, monkeypatch, tmp_path):
    attach_with_button(qtbot, box, monkeypatch, paper)
    target = tmp_path / "ablage" / "Kopie.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(papers, "ask_save_path", lambda parent, name: target)
    qtbot.mouseClick(named(box, QPushButton, "Unterlage speichern unter"),
                     Qt.MouseButton.LeftButton)
    assert target.read_bytes() == PDF


def test_rename_in_the_list_keeps_the_extension(qtbot, box, paper, monkeypatch, store_of,
                                                agenda):
    attach_with_button(qtbot, box, monkeypatch, paper)
    table = named(box, QTableWidget, "Unterlagen des TOP")
    table.item(0, 0).setText("Beschlussvorlage")
    [stored] = store_of.attachments.list(agenda.item_panel.item.id)
    assert stored.name == "Beschlussvorlage.pdf"
    assert table.item(0, 0).text() == "Beschlussvorlage.pdf"


def test_remove_and_undo(qtbot, main_window, box, paper, monkeypatch, store_of, agenda):
    attach_with_button(qtbot, box, monkeypatch, paper)
    item_id = agenda.item_panel.item.id
    [stored] = store_of.attachments.list(item_id)
    qtbot.mouseClick(named(box, QPushButton, "Unterlage entfernen"), Qt.MouseButton.LeftButton)
    assert store_of.attachments.list(item_id) == []
    table = named(box, QTableWidget, "Unterlagen des TOP")
    assert table.rowCount() == 0
    assert "entfernen" in main_window.undo_action.text()
    assert main_window.undo_action.shortcut().toString() == "Ctrl+Z"
    main_window.undo_action.trigger()
    assert store_of.attachments.list(item_id) == [stored]
    assert store_of.attachments.content(stored.id) == PDF
    assert table.rowCount() == 1


def test_papers_of_approved_minutes_can_be_read_not_changed(main_window, store_of):
    approved = next(m for m in store_of.meetings.list() if m.state is MeetingState.APPROVED)
    agenda = main_window.meetings.open_meeting(approved.id).agenda
    main_window.meetings.panel.tabs.setCurrentWidget(agenda)
    item = store_of.agenda.list(approved.id)[-1]
    store_of.db.execute("DROP TRIGGER attachments_lock_insert")  # a paper from before
    with store_of.edit():
        store_of.insert_row("attachments", {"agenda_item_id": item.id, "position": 1,
                                            "name": "Alt.pdf", "media_type": "application/pdf",
                                            "size": 3, "sha256": "x", "content": b"alt"})
    agenda.select_item(item.id)
    box = named(agenda.item_panel, QGroupBox, "Unterlagen des TOP")
    attach = named(box, QPushButton, "Datei anhängen")
    remove = named(box, QPushButton, "Unterlage entfernen")
    assert not attach.isEnabled()
    assert not remove.isEnabled()
    assert "genehmigt" in attach.toolTip()
    assert named(box, QPushButton, "Unterlage öffnen").isEnabled()
    assert named(box, QPushButton, "Unterlage speichern unter").isEnabled()
