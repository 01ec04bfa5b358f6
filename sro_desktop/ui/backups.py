"""Backups in the window: the automatic backup of the open file, and
Datei › Sicherung wiederherstellen … (store/backup.py does the work).

How many backups of a file are kept is the setting ``backups/keep`` (default 10).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import german_date
from ..domain.words import say
from ..store import StoreError
from ..store.backup import (
    DAILY,
    DEFAULT_KEEP,
    Backup,
    auto_backup,
    check_backup,
    list_backups,
    restore,
)
from .context import AppContext

KEEP_KEY = "backups/keep"
CHECK_EVERY_MS = 60 * 60 * 1000  # is the newest backup a day old? asked every hour
QUIET_MS = 5000  # a backup made is said in the status bar for this long


def keep_setting() -> int:
    """How many backups of a file are kept (setting ``backups/keep``; at least one)."""
    value = QSettings().value(KEEP_KEY, DEFAULT_KEEP)
    try:
        return max(1, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_KEEP


def when(backup: Backup) -> str:
    """ "10.03.2026, 14:05:33" """
    return f"{german_date(backup.taken_at.date())}, {backup.taken_at:%H:%M:%S}"


def size_text(size: int) -> str:
    """ "1,4 MB", "640 KB": the German decimal comma."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


class AutoBackup(QObject):
    """Backs the open file up when it is opened, and again whenever the newest backup is
    a day old while it stays open. The backup is written in the background (its own
    connection) after the window shows the file; a failure is shown in the window's
    status bar, and the file stays open and usable."""

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.clock: Callable[[], datetime] = datetime.now
        self.last: Backup | None = None  # the last backup this object made
        self._skip: Path | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.daily)
        context.file_opened.connect(self.opened)

    def skip_next_opening(self, path: Path | None) -> None:
        """The next opening of ``path`` needs no backup (it was just restored from one);
        None: forget that."""
        self._skip = path

    def opened(self) -> None:
        store = self.context.store
        if store is None:
            self.timer.stop()
            return
        self.timer.start()
        if self._skip is not None and self._skip == store.path:
            self._skip = None
            return
        self.run(timedelta(0))

    def daily(self) -> None:
        self.run(DAILY)

    def run(self, min_age: timedelta) -> None:
        """Start a backup unless the newest is younger than ``min_age`` (or the file is
        open read-only: the writer backs it up)."""
        store = self.context.store
        if store is None or getattr(store, "read_only", False):
            return
        path, keep, now = store.path, keep_setting(), self.clock()
        self.context.background.run(
            "automatic backup",
            lambda: auto_backup(path, keep=keep, min_age=min_age, now=now), self._done)

    def _done(self, made: Backup | None, error: BaseException | None) -> None:
        if isinstance(error, StoreError):
            self._show(self.tr("Keine automatische Sicherung: %1").replace("%1", str(error)))
        elif error is not None:
            raise error
        elif made is not None:
            self.last = made
            self._show(self.tr("Automatische Sicherung angelegt (%1).").replace(
                "%1", when(made)), quiet=True)

    def _show(self, message: str, *, quiet: bool = False) -> None:
        """In the status bar; a ``quiet`` message for a few seconds, and only in place
        of the file's name there, never of another message."""
        window = self.parent()
        if not isinstance(window, QMainWindow):
            return
        bar = window.statusBar()
        if not quiet:
            bar.showMessage(message)
        elif self.context.store is not None and \
                bar.currentMessage() in ("", str(self.context.store.path)):
            bar.showMessage(message, QUIET_MS)


class RestoreDialog(QDialog):
    """The backups of the open file, newest first; choose one to restore."""

    def __init__(self, parent: QWidget | None, path: Path, backups: list[Backup]):
        super().__init__(parent)
        self.path = path
        self.backups = backups
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(backups), 3)
        self.table.setAccessibleName(self.tr("Sicherungen"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Zeitpunkt"), self.tr("Anlass"), self.tr("Größe")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, backup in enumerate(backups):
            size = QTableWidgetItem(size_text(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((QTableWidgetItem(when(backup)),
                                           QTableWidgetItem(backup.label), size)):
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Wiederherstellen …"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if backups:
            self.intro.setText(self.tr(
                "Sicherungen von %1, die neueste zuerst. Der jetzige Stand wird vor dem "
                "Wiederherstellen gesichert und bleibt so erhalten.").replace("%1", path.name))
            self.table.selectRow(0)
        else:
            self.intro.setText(self.tr("Von %1 gibt es noch keine Sicherung. Sie wird beim "
                                       "Öffnen der Datei angelegt.").replace("%1", path.name))
            self.table.hide()
            self.restore_button.setEnabled(False)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def confirmed(self, backup: Backup) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Sicherung wiederherstellen"),
            self.tr("%1 durch die Sicherung vom %2 ersetzen?\n\nÄnderungen seit dieser "
                    "Sicherung sind danach nur noch in der Sicherung des jetzigen Stands, "
                    "die vorher angelegt wird.").replace("%1", self.path.name)
            .replace("%2", when(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, backups: list[Backup]) -> Backup | None:
        """The backup to restore, chosen and confirmed; None: cancelled."""
        dialog = cls(parent, path, backups)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        backup = dialog.chosen()
        return backup if backup is not None and dialog.confirmed(backup) else None


def restore_from_backup(window: QWidget, context: AppContext,
                        open_file: Callable[[Path], bool], auto: AutoBackup) -> str | None:
    """Datei › Sicherung wiederherstellen …: choose, confirm, back up the current state,
    restore, open the file again with ``open_file``. Returns the message for the status
    bar when a backup was restored, else None."""
    store = context.store
    if store is None:
        return None
    path = store.path
    context.background.wait()  # a backup still being written is listed, and then done
    try:
        backups = list_backups(path)
    except StoreError as exc:
        QMessageBox.warning(window, say("Backups", "Sicherungen nicht lesbar"), str(exc))
        return None
    chosen = RestoreDialog.ask(window, path, backups)
    if chosen is None:
        return None
    try:
        check_backup(chosen.path)  # refused before the open file is closed
    except StoreError as exc:
        QMessageBox.warning(window, say("Backups", "Nicht wiederhergestellt"), str(exc))
        return None
    context.close_store()  # stores what is being typed, closes the file, frees its lock
    try:
        previous = restore(path, chosen.path, keep=keep_setting())
    except StoreError as exc:
        open_file(path)
        QMessageBox.warning(window, say("Backups", "Nicht wiederhergestellt"), str(exc))
        return None
    auto.skip_next_opening(path)  # the restored state is a backup already
    if not open_file(path):
        auto.skip_next_opening(None)
        return None
    message = say("Backups", "Sicherung vom %1 wiederhergestellt.").replace("%1", when(chosen))
    if previous is not None:
        message += " " + say("Backups", "Der vorherige Stand ist gesichert (%1).").replace(
            "%1", when(previous))
    return message
