"""Datei › Konflikte entscheiden: the records changed on both laptops, field by field
side by side, each decided as the user says (keep mine, take theirs, or per field).

A decision is no undo step: like the import it settles, it is part of the exchange,
and the undo stack is cleared after it (undo must not reach across an exchange).
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import german_date
from ...domain.errors import RuleViolation
from ...domain.words import say
from ...store.errors import StoreError
from ...store.exchange_conflicts import EDIT, MINE, THEIRS, Conflict, decide, open_conflicts
from ...store.typed_columns import value_words
from ..context import AppContext
from ..crash import note
from .dialogs import when

MINE_COLUMN, THEIRS_COLUMN = 1, 2
SHOWN_MAX = 300  # characters of a long text shown in a cell; all of it in the tooltip
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def shown(table: str, column: str, value: Any) -> str:
    """A value as the dialog shows it: "(leer)", "gelöscht", German dates, a code by its
    German label, ja/nein."""
    if column == "deleted_at":
        return say("Exchange", "gelöscht") if value else say("Exchange", "nicht gelöscht")
    if value is None or value == "":
        return say("Exchange", "(leer)")
    text = str(value)
    if _DAY.match(text):
        from datetime import date

        try:
            return german_date(date.fromisoformat(text))
        except ValueError:
            return text
    if _STAMP.match(text):
        return when(text)
    text = value_words(table, column, value)
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX].rstrip() + " …"


class ConflictDialog(QDialog):
    def __init__(self, parent: QWidget, context: AppContext):
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.context = context
        self.conflicts: list[Conflict] = []
        self.setWindowTitle(self.tr("Konflikte entscheiden"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Offene Konflikte"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold;")
        self.head = QLabel()
        self.head.setWordWrap(True)
        self.head.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Unterschiede"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(110)
        for column in (MINE_COLUMN, THEIRS_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._choice_changed)
        hint = QLabel(self.tr("Je Feld den Wert ankreuzen, der gelten soll, dann „Auswahl "
                              "übernehmen“ – oder alles von einer Seite."))
        hint.setWordWrap(True)
        self.mine_button = QPushButton(self.tr("&Meine behalten"))
        self.theirs_button = QPushButton(self.tr("&Ihre übernehmen"))
        self.chosen_button = QPushButton(self.tr("&Auswahl übernehmen"))
        self.mine_button.clicked.connect(lambda: self._decide(MINE))
        self.theirs_button.clicked.connect(lambda: self._decide(THEIRS))
        self.chosen_button.clicked.connect(lambda: self._decide(EDIT))
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.chosen_button)
        buttons.addStretch()
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.title)
        side.addWidget(self.head)
        side.addWidget(self.table, 1)
        side.addWidget(hint)
        side.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        self.empty = QLabel(self.tr("Keine offenen Konflikte: alles ist entschieden."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addWidget(close)
        self.resize(1000, 560)
        context.file_opened.connect(self.reject)  # another file: its conflicts are not these
        self.reload()

    @classmethod
    def show_for(cls, window: QMainWindow, context: AppContext) -> ConflictDialog:
        """The dialog, opened (window-modal), or the one open already, brought up to date."""
        shown = [d for d in window.findChildren(ConflictDialog) if d.isVisible()]
        if shown:
            dialog = shown[0]
            dialog.reload()
        else:
            dialog = cls(window, context)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    def reload(self, keep: str | None = None) -> None:
        store = self.context.store
        self.conflicts = open_conflicts(store) if store is not None else []
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(self.tr("%1\nvon „%2“ – %3").replace("%1", conflict.title[:80])
                                   .replace("%2", conflict.their_name[:60])
                                   .replace("%3", conflict.reason_label))
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [c.id for c in self.conflicts]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        self.empty.setVisible(not ids)
        self._show(self.list.currentRow())

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        conflict = self.current()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        writable = not self.context.read_only
        for button in (self.mine_button, self.theirs_button, self.chosen_button):
            button.setEnabled(conflict is not None and writable)
        if conflict is None:
            self.title.setText("")
            self.head.setText("")
            self.table.setHorizontalHeaderLabels([self.tr("Feld"), self.tr("Auf diesem Laptop"),
                                                  self.tr("Von dem anderen")])
            self.table.blockSignals(False)
            return
        self.title.setText(conflict.title[:120])
        self.head.setText(self.tr("Von „%1“, eingetroffen am %2: %3.")
                          .replace("%1", conflict.their_name[:60])
                          .replace("%2", when(conflict.arrived_at))
                          .replace("%3", conflict.reason_label))
        self.table.setHorizontalHeaderLabels([
            self.tr("Feld"), self.tr("Auf diesem Laptop"),
            self.tr("Von „%1“").replace("%1", conflict.their_name[:40])])
        self.table.setRowCount(len(conflict.fields))
        for row, difference in enumerate(conflict.fields):
            label = QTableWidgetItem(difference.label)
            label.setData(Qt.ItemDataRole.UserRole, difference.column)
            self.table.setItem(row, 0, label)
            for column, value in ((MINE_COLUMN, difference.mine),
                                  (THEIRS_COLUMN, difference.theirs)):
                item = QTableWidgetItem(shown(conflict.table, difference.column, value))
                item.setToolTip(str(value)[:2000] if value not in (None, "") else "")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if column == MINE_COLUMN
                                   else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)

    def _choice_changed(self, item: QTableWidgetItem) -> None:
        """One side per field: checking one side unchecks the other (and unchecking
        one checks the other)."""
        if item.column() not in (MINE_COLUMN, THEIRS_COLUMN):
            return
        other = self.table.item(item.row(), THEIRS_COLUMN + MINE_COLUMN - item.column())
        if other is None:
            return
        self.table.blockSignals(True)
        other.setCheckState(Qt.CheckState.Unchecked if item.checkState() ==
                            Qt.CheckState.Checked else Qt.CheckState.Checked)
        self.table.blockSignals(False)

    def choose(self, column: str, theirs: bool) -> None:
        """Check one side of a field (as a click in its cell does)."""
        conflict = self.current()
        columns = [d.column for d in conflict.fields] if conflict else []
        item = self.table.item(columns.index(column), THEIRS_COLUMN if theirs else MINE_COLUMN)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked)

    def chosen_values(self) -> dict[str, Any]:
        """The fields whose value from the other laptop is checked, with that value."""
        conflict = self.current()
        if conflict is None:
            return {}
        return {d.column: d.theirs for row, d in enumerate(conflict.fields)
                if (item := self.table.item(row, THEIRS_COLUMN)) is not None
                and item.checkState() == Qt.CheckState.Checked}

    def _decide(self, choice: str) -> None:
        conflict = self.current()
        store = self.context.store
        if conflict is None or store is None:
            return
        values = self.chosen_values() if choice == EDIT else None
        try:
            decide(store, conflict.id, choice, values)
        except (RuleViolation, StoreError, sqlite3.Error) as exc:
            QMessageBox.warning(self, self.tr("Nicht entschieden"), str(exc))
            self.reload(keep=conflict.id)
            return
        note(f"Konflikt entschieden: {choice}")
        self.context.undo_stack.clear()  # a decision is part of the exchange
        self.context.changed.emit()
        row = self.list.currentRow()
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
