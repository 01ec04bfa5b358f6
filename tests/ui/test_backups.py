"""Backups in the window: the automatic backup on opening and once a day, and
Datei › Sicherung wiederherstellen … (only the dialog's ask() is answered by the tests,
except where the dialog itself is driven)."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta

import docx
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sro_desktop.store import Store
from sro_desktop.store.backup import (
    AUTOMATIC,
    BEFORE_RESTORE,
    DAILY,
    Backup,
    backup_file,
    list_backups,
)
from sro_desktop.ui import backups as backups_module
from sro_desktop.ui.backups import RestoreDialog, size_text, when
from sro_desktop.ui.main_window import MainWindow


def org_names(store: Store) -> set[str]:
    return {o.name for o in store.organizations.list()}


def add_org(window: MainWindow, name: str) -> None:
    context = window.context
    context.edit("Organisation anlegen", context.s.organizations.add, name)


# -- automatic backups ----------------------------------------------------------------------


def test_opening_a_file_backs_it_up(main_window, demo_file):
    (made,) = list_backups(demo_file)
    assert made.reason == AUTOMATIC
    assert main_window.auto_backup.last == made
    with Store.open(made.path, read_only=True) as copy:
        assert len(copy.meetings.list()) == len(main_window.context.s.meetings.list())


def reopen(window: MainWindow, qtbot, path) -> None:
    """Close and open the file again, and wait for the backup opening starts."""
    window.close_file()
    assert window.open_file(path)
    qtbot.waitUntil(window.context.background.idle)


def test_opening_again_unchanged_adds_none_changed_adds_one(main_window, demo_file, qtbot):
    reopen(main_window, qtbot, demo_file)
    assert len(list_backups(demo_file)) == 1
    add_org(main_window, "Neu im Fenster e.V.")
    reopen(main_window, qtbot, demo_file)
    newest, oldest = list_backups(demo_file)
    with Store.open(newest.path, read_only=True) as copy:
        assert "Neu im Fenster e.V." in org_names(copy)
    with Store.open(oldest.path, read_only=True) as copy:
        assert "Neu im Fenster e.V." not in org_names(copy)


def test_once_a_day_while_the_file_stays_open(main_window, demo_file, qtbot):
    auto = main_window.auto_backup
    idle = main_window.context.background.idle
    assert auto.timer.isActive()
    assert auto.timer.interval() == 60 * 60 * 1000
    add_org(main_window, "Am Morgen e.V.")
    auto.timer.timeout.emit()  # an hour later: the newest backup is fresh
    qtbot.waitUntil(idle)
    assert len(list_backups(demo_file)) == 1
    auto.clock = lambda: datetime.now() + DAILY + timedelta(minutes=1)
    auto.timer.timeout.emit()  # a day later
    qtbot.waitUntil(idle)
    assert auto.last == list_backups(demo_file)[0]
    assert "Automatische Sicherung angelegt" in main_window.statusBar().currentMessage()
    newest = list_backups(demo_file)[0]
    assert len(list_backups(demo_file)) == 2
    assert newest.reason == AUTOMATIC
    with Store.open(newest.path, read_only=True) as copy:
        assert "Am Morgen e.V." in org_names(copy)
    main_window.close_file()
    assert not auto.timer.isActive()


def test_the_number_kept_is_a_setting(app, open_window, demo_file, qtbot):
    QSettings().setValue("backups/keep", 2)
    window = open_window(demo_file)
    for n in range(4):
        add_org(window, f"Stand {n} e.V.")
        reopen(window, qtbot, demo_file)
    assert len(list_backups(demo_file)) == 2
    QSettings().setValue("backups/keep", "nicht eine Zahl")
    assert backups_module.keep_setting() == 10
    QSettings().setValue("backups/keep", 0)
    assert backups_module.keep_setting() == 1


def test_a_failing_backup_is_shown_and_the_file_stays_usable(app, open_window, demo_file,
                                                            tmp_path, monkeypatch):
    blocker = tmp_path / "keine-daten"
    blocker.write_text("eine Datei, wo der Ordner hin soll")
    monkeypatch.setenv("SRO_DATA_DIR", str(blocker))
    window = open_window(demo_file)
    assert window.statusBar().currentMessage().startswith("Keine automatische Sicherung")
    add_org(window, "Trotzdem gespeichert e.V.")
    assert "Trotzdem gespeichert e.V." in org_names(window.context.s)


# -- restore ---------------------------------------------------------------------------------


def test_the_menu_entry_needs_an_open_file(main_window):
    assert main_window.restore_action.text() == "Sicherung &wiederherstellen …"
    assert main_window.restore_action.isEnabled()
    main_window.close_file()
    assert not main_window.restore_action.isEnabled()


def test_restore_replaces_the_file_and_keeps_the_current_state(main_window, demo_file,
                                                              monkeypatch):
    (opening,) = list_backups(demo_file)
    add_org(main_window, "Nach dem Öffnen e.V.")
    before_store = main_window.context.s
    offered = []

    def ask(parent, path, backups):
        offered.append((parent, path, backups))
        return backups[0]

    monkeypatch.setattr(RestoreDialog, "ask", ask)
    main_window.restore_action.trigger()

    assert offered == [(main_window, demo_file, [opening])]
    store = main_window.context.s
    assert store is not before_store
    assert store.path == demo_file
    assert "Nach dem Öffnen e.V." not in org_names(store)
    assert main_window.context.undo_stack.count() == 0
    newest, oldest = list_backups(demo_file)
    assert oldest == opening
    assert newest.reason == BEFORE_RESTORE  # and no automatic backup of the restored state
    with Store.open(newest.path, read_only=True) as copy:
        assert "Nach dem Öffnen e.V." in org_names(copy)
    message = main_window.statusBar().currentMessage()
    assert f"Sicherung vom {when(opening)} wiederhergestellt." in message
    assert f"Der vorherige Stand ist gesichert ({when(newest)})." in message
    add_org(main_window, "Nach dem Wiederherstellen e.V.")  # the reopened file works
    assert "Nach dem Wiederherstellen e.V." in org_names(main_window.context.s)


def test_cancelled_restore_changes_nothing(main_window, demo_file, monkeypatch):
    add_org(main_window, "Bleibt e.V.")
    store = main_window.context.s
    monkeypatch.setattr(RestoreDialog, "ask", lambda parent, path, backups: None)
    main_window.restore_action.trigger()
    assert main_window.context.s is store
    assert "Bleibt e.V." in org_names(store)
    assert len(list_backups(demo_file)) == 1


def test_a_refused_backup_leaves_the_file_open_and_unchanged(main_window, demo_file, tmp_path,
                                                            monkeypatch):
    add_org(main_window, "Bleibt e.V.")
    fake = tmp_path / "2026-03-10_09-00-00_automatisch.sro"
    document = docx.Document()
    document.add_paragraph("Niederschrift")
    document.save(str(fake))
    monkeypatch.setattr(RestoreDialog, "ask", lambda parent, path, backups: Backup(
        fake, datetime(2026, 3, 10, 9), AUTOMATIC, fake.stat().st_size))
    shown = []
    monkeypatch.setattr(backups_module.QMessageBox, "warning",
                        lambda parent, title, text: shown.append((title, text)))
    store = main_window.context.s
    main_window.restore_action.trigger()
    assert shown[0][0] == "Nicht wiederhergestellt"
    assert "keine SQLite-Datenbank" in shown[0][1]
    assert main_window.context.s is store  # refused before the file was closed
    assert "Bleibt e.V." in org_names(main_window.context.s)
    assert len(list_backups(demo_file)) == 1


def test_a_restore_that_fails_reopens_the_file(main_window, demo_file, monkeypatch):
    """The backup is fine, but the file cannot be replaced: another program (no lock
    file, a plain SQLite connection) has it open."""
    (opening,) = list_backups(demo_file)
    add_org(main_window, "Bleibt e.V.")
    monkeypatch.setattr(RestoreDialog, "ask", lambda parent, path, backups: backups[0])
    shown = []
    monkeypatch.setattr(backups_module.QMessageBox, "warning",
                        lambda parent, title, text: shown.append((title, text)))
    other = sqlite3.connect(demo_file)
    try:
        other.execute("SELECT count(*) FROM organizations").fetchone()
        main_window.restore_action.trigger()
    finally:
        other.close()
    assert shown[0][0] == "Nicht wiederhergestellt"
    assert "noch geöffnet" in shown[0][1]
    assert main_window.context.s.path == demo_file  # open again
    assert "Bleibt e.V." in org_names(main_window.context.s)
    assert opening in list_backups(demo_file)


# -- the dialog -------------------------------------------------------------------------------


def test_the_dialog_lists_time_reason_and_size(main_window, demo_file):
    backup_file(demo_file, conn=main_window.context.s.db.conn,
                now=datetime(2026, 3, 10, 14, 5, 33))
    backups = list_backups(demo_file)
    dialog = RestoreDialog(main_window, demo_file, backups)
    assert dialog.table.rowCount() == 2
    texts = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(2)]
    assert texts[1][:2] == ["10.03.2026, 14:05:33", "von Hand"]
    assert texts[0][1] == "automatisch"
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}", texts[0][0])
    assert all(re.fullmatch(r"\d+(,\d)? (KB|MB)", row[2]) for row in texts)
    assert texts[0][2] == size_text(backups[0].size)
    assert dialog.chosen() == backups[0]
    dialog.table.selectRow(1)
    assert dialog.chosen() == backups[1]
    assert demo_file.name in dialog.intro.text()
    assert "vor dem Wiederherstellen gesichert" in dialog.intro.text()
    dialog.close()


def test_the_dialog_without_backups_cannot_restore(main_window, tmp_path):
    dialog = RestoreDialog(main_window, tmp_path / "neu.sro", [])
    assert not dialog.restore_button.isEnabled()
    assert dialog.table.isHidden()
    assert "noch keine Sicherung" in dialog.intro.text()
    dialog.close()


def test_ask_chooses_and_confirms(main_window, demo_file, qtbot):
    backup_file(demo_file, conn=main_window.context.s.db.conn, now=datetime(2026, 3, 10, 9))
    backups = list_backups(demo_file)
    seen = []

    def confirm():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def choose_second():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        dialog.table.selectRow(1)
        QTimer.singleShot(0, confirm)
        dialog.restore_button.click()

    QTimer.singleShot(0, choose_second)
    assert RestoreDialog.ask(main_window, demo_file, backups) == backups[1]
    assert seen[0].startswith(f"{demo_file.name} durch die Sicherung vom 10.03.2026, 09:00:00 "
                              f"ersetzen?")


def test_sizes_read_in_german():
    assert size_text(500) == "1 KB"
    assert size_text(640 * 1024) == "640 KB"
    assert size_text(int(1.45 * 1024 * 1024)) == "1,4 MB"
