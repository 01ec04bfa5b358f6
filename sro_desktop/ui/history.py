"""Verlauf: who changed a record, when, and what — newest first.

Opened per record from the decision editor, the task list, the recommendation
editor and the attendance list. The dialog is not modal (the secretary may
keep working; it follows every edit) and :meth:`HistoryDialog.show_for`
returns it, so tests read it without a hanging ``exec()``. The sentences come
from the store (``store.history.describe``), the words from the domain.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.history import HistoryAction
from .context import AppContext


class HistoryDialog(QDialog):
    """The changes of one record (a decision with its votes and conflicts, a task with
    its owners, a recommendation, an attendance)."""

    def __init__(self, parent: QWidget | None, context: AppContext, table: str,
                 record_id: str, title: str = ""):
        super().__init__(parent)
        self.context = context
        self.table = table
        self.record_id = record_id
        self.setWindowTitle(self.tr("Verlauf") + (f" – {title}" if title else ""))
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setVisible(bool(title))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Änderungen, neueste zuerst"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(680, 420)
        context.changed.connect(self.reload)
        context.file_opened.connect(self.close)
        self.reload()

    @classmethod
    def show_for(cls, parent: QWidget | None, context: AppContext, table: str,
                 record_id: str, title: str = "") -> HistoryDialog:
        """Show the history of a record in a window of its own and return it.

        (Not ``show``: that is QWidget's, which this dialog uses to appear.)
        """
        dialog = cls(parent, context, table, record_id, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def reload(self) -> None:
        store = self.context.store
        if store is None:
            return
        entries = store.history.for_record(self.table, self.record_id)
        texts = store.history.describe(entries)
        self.list.clear()
        for entry, text in reversed(list(zip(entries, texts, strict=True))):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(text)
            self.list.addItem(item)
        started = any(e.action is HistoryAction.INSERT and e.table_name == self.table
                      and e.record_id == self.record_id for e in entries)
        if not entries:
            self.note.setText(self.tr("Noch keine Änderungen aufgezeichnet."))
        elif not started:
            self.note.setText(self.tr("Frühere Änderungen sind nicht bekannt: der Verlauf "
                                      "wird erst seit der Aktualisierung der Datei geführt."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def texts(self) -> list[str]:
        """The sentences shown, newest first."""
        return [self.list.item(row).text() for row in range(self.list.count())]
