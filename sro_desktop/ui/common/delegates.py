"""Cell editors for tables edited in place: choices, dates, titles, and short texts
when a column is narrow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ... import clock
from .table_model import Index
from .widgets import DateEdit, date_edit, qdate

NO_DATE = QDate(2000, 1, 1)  # the date editor's "ohne Frist"


class ChoiceBox(QComboBox):
    """A combo box that says when a choice was made in its open list (``chosen``).

    A click in the list stores at once; arrow keys on the closed box only move, and
    Enter, Tab or leaving the cell store, as in any other cell editor.
    """

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._before = -1

    def showPopup(self) -> None:
        self._before = self.currentIndex()
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        if self._before != -1 and self.currentIndex() != self._before:
            self._before = -1
            self.chosen.emit()


class WideEditorDelegate(QStyledItemDelegate):
    """Gives the editor the width it needs, even when the column is narrower."""

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


class ComboDelegate(WideEditorDelegate):
    """A combo box of (label, value) choices for a cell; a choice in its list stores."""

    def __init__(self, choices: Callable[[Index], list[tuple[str, Any]]],
                 accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = choices
        self.accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = ChoiceBox(parent)
        combo.setAccessibleName(self.accessible_name)
        for text, value in self.choices(index):
            combo.addItem(text, value)
        combo.chosen.connect(lambda c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(WideEditorDelegate):
    """A date editor with a calendar; its lowest value means "no due date"."""

    def __init__(self, accessible_name: str, no_date_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.accessible_name = accessible_name
        self.no_date_text = no_date_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = date_edit(parent=parent)
        editor.setAccessibleName(self.accessible_name)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(self.no_date_text)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate) and value.isValid():
            editor.setDate(value)
        else:
            editor.setDate(NO_DATE)
            today = qdate(clock.today())
            editor.calendarWidget().setCurrentPage(today.year(), today.month())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        if isinstance(editor, DateEdit):
            editor.take_typed()  # Enter reaches the delegate before the editor
        chosen = editor.date()
        model.setData(index, None if chosen == NO_DATE else chosen.toPython(),
                      Qt.ItemDataRole.EditRole)


class ShortWhenNarrowDelegate(QStyledItemDelegate):
    """Shows a shorter text ("V / T") when the full one ("Verwaltung / Freie Träger")
    does not fit the column; the tooltip keeps the full text."""

    def __init__(self, short: Callable[[Index], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.short = short

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        room = option.rect.width() - 12
        if option.fontMetrics.horizontalAdvance(option.text) > room:
            option.text = self.short(index)


class TitleDelegate(QStyledItemDelegate):
    """A line editor for the title that says at once when it is empty."""

    def __init__(self, accessible_name: str, placeholder: str,
                 on_text: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.accessible_name = accessible_name
        self.placeholder = placeholder
        self.on_text = on_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.accessible_name)
        editor.setPlaceholderText(self.placeholder)
        editor.setFrame(False)
        editor.textEdited.connect(self.on_text)
        return editor
