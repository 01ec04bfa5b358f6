"""The table of a year's budget lines: area, title, funding and the eight amounts are
edited in place; the sums per line are computed (domain/budget.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.budget import QUARTERS, BudgetLine, actual_field, plan_field
from ...domain.enums import BudgetArea, FundingSource
from ...domain.money import amount_text, euro
from ...domain.words import say
from ..common.delegates import ComboDelegate
from ..common.table_model import Column, Index, RecordTableModel

AREA, TITLE, FUNDING = 0, 1, 2
PLAN_COLUMNS = {3 + n: q for n, q in enumerate(QUARTERS)}  # column: quarter
ACTUAL_COLUMNS = {7 + n: q for n, q in enumerate(QUARTERS)}
PLAN_TOTAL, ACTUAL_TOTAL, REST = 11, 12, 13
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def amount_field(column: int) -> str | None:
    """The line's amount field shown in ``column`` (plan_q1_cents …), None for others."""
    if column in PLAN_COLUMNS:
        return plan_field(PLAN_COLUMNS[column])
    if column in ACTUAL_COLUMNS:
        return actual_field(ACTUAL_COLUMNS[column])
    return None


def typed_amount(cents: int) -> str:
    """An amount as it is typed: "1.234,56" (without the € sign)."""
    return amount_text(cents)


def _shown(field: str) -> Callable[[BudgetLine], str]:
    return lambda line: euro(getattr(line, field))


class LinesModel(RecordTableModel):
    """The lines of one year. ``commit(line, column, value)`` stores a change and returns
    the stored line, or None when nothing was stored (refused, or no change)."""

    ROLES = RecordTableModel.ROLES | {Qt.ItemDataRole.EditRole}

    def __init__(self, parent: QWidget | None = None):
        super().__init__([], parent)
        self.columns = self._columns()
        self.commit: Callable[[BudgetLine, int, Any], BudgetLine | None] = \
            lambda line, column, value: None
        self.editable: Callable[[], bool] = lambda: True

    def _columns(self) -> list[Column]:
        columns = [
            Column(self.tr("Bereich"), lambda x: x.area.label, field="area"),
            Column(self.tr("Bezeichnung"), lambda x: x.title),
            Column(self.tr("Finanzierung"), lambda x: x.funding.label, field="funding"),
        ]
        for quarter in QUARTERS:
            columns.append(Column(self.tr("Soll Q%1").replace("%1", str(quarter)),
                                  _shown(plan_field(quarter)), align=RIGHT,
                                  field=plan_field(quarter)))
        for quarter in QUARTERS:
            columns.append(Column(self.tr("Ist Q%1").replace("%1", str(quarter)),
                                  _shown(actual_field(quarter)), align=RIGHT,
                                  field=actual_field(quarter)))
        columns += [
            Column(self.tr("Soll gesamt"), lambda x: euro(x.plan_total), align=RIGHT),
            Column(self.tr("Ist gesamt"), lambda x: euro(x.actual_total), align=RIGHT),
            Column(self.tr("Rest"), lambda x: euro(x.remaining), align=RIGHT),
        ]
        return columns

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() < PLAN_TOTAL and self.editable():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and 0 <= index.row() < len(self.records):
            line: BudgetLine = self.records[index.row()]
            column = index.column()
            field = amount_field(column)
            if field is not None:
                return typed_amount(getattr(line, field))
            if column == AREA:
                return line.area.value
            if column == FUNDING:
                return line.funding.value
            if column == TITLE:
                return line.title
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (AREA, TITLE, FUNDING):
            return super().data(index, Qt.ItemDataRole.DisplayRole)  # the full text
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() >= PLAN_TOTAL or index.row() >= len(self.records)):
            return False
        row = index.row()
        stored = self.commit(self.records[row], index.column(), value)
        if stored is None:
            return False
        if row < len(self.records) and self.records[row].id == stored.id:
            self.records[row] = stored
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True


class TextDelegate(QStyledItemDelegate):
    """A line editor with an accessible name (the column's), for titles and amounts."""

    def __init__(self, accessible_name: Callable[[Index], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.accessible_name(index))
        editor.setFrame(False)
        if amount_field(index.column()) is not None:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        if editor.text() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


def install_delegates(table: Any, model: LinesModel) -> None:
    """Combos for area and funding, line editors named as their column elsewhere."""
    table.setItemDelegateForColumn(AREA, ComboDelegate(
        lambda index: [(a.label, a.value) for a in BudgetArea], say("LinesModel", "Bereich"),
        table))
    table.setItemDelegateForColumn(FUNDING, ComboDelegate(
        lambda index: [(f.label, f.value) for f in FundingSource],
        say("LinesModel", "Finanzierung"), table))
    text = TextDelegate(lambda index: str(model.headerData(
        index.column(), Qt.Orientation.Horizontal)), table)
    for column in (TITLE, *PLAN_COLUMNS, *ACTUAL_COLUMNS):
        table.setItemDelegateForColumn(column, text)
