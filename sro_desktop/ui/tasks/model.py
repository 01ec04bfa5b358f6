"""The Aufgaben table's model: tasks in pages, their cells, tooltips and colours."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ... import clock
from ...domain.calendar import german_date
from ...domain.milestones import target_label
from ...domain.model import Task
from ...domain.tasks import is_due_soon, is_overdue, report_meetings
from ...store.mapping import unreadable
from ..common.names import Names
from ..common.palette import DUE_SOON, task_background, task_foreground
from ..common.table_model import Column, Index, RecordTableModel
from ..common.widgets import qdate
from ..context import label

# Columns of the table, in this order.
DUE, TITLE, OWNERS, SIDES, BODY, STATE, REPORT, MILESTONE = range(8)
EDITABLE = frozenset({DUE, TITLE, STATE, REPORT})


class TaskTableModel(RecordTableModel):
    """Tasks in pages; four columns edited in place through :attr:`commit`.

    Owners, sides, bodies, meetings and milestones are named from :attr:`names`, which
    the view reads once per refresh (never one query per row); :attr:`today` colours
    the overdue and the due-soon rows.

    ``commit(task, column, value)`` stores the change and returns the stored task,
    or None when nothing was stored (no change, or refused).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__([], parent)
        self.names = Names()
        self.today = clock.today()
        self.columns = self._columns()
        self.foreground = self._foreground
        self.background = lambda task: task_background(task, self.today)
        self.tooltip = self._row_tooltip
        self.edit_value: dict[int, Callable[[Task], Any]] = {
            DUE: lambda t: qdate(t.due_date) if t.due_date else QDate(),
            TITLE: lambda t: t.title,
            STATE: lambda t: t.state.value,
            REPORT: lambda t: t.report_meeting_id or "",
        }
        self.cell_tooltip: dict[int, Callable[[Task], str | None]] = {
            TITLE: lambda t: t.title + (f"\n\n{t.description}" if t.description else ""),
            OWNERS: self._owners_tooltip,
            SIDES: lambda t: " / ".join(self.names.side_names(t)) or None,
            BODY: lambda t: self.names.bodies[t.body_id].name
            if t.body_id in self.names.bodies else None,
            MILESTONE: self._milestone_tooltip,
        }
        self.commit: Callable[[Task, int, Any], Task | None] = lambda task, column, value: None
        self.editable: Callable[[], bool] = lambda: True

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Fällig"), lambda t: german_date(t.due_date), field="due_date"),
            Column(self.tr("Aufgabe"), lambda t: t.title),
            Column(self.tr("Verantwortliche"), lambda t: self.owners_text(t)),
            Column(self.tr("Seite(n)"), lambda t: " / ".join(self.names.side_names(t))),
            Column(self.tr("Gremium"), lambda t: self.names.bodies[t.body_id].short
                   if t.body_id in self.names.bodies else ""),
            Column(self.tr("Status"), lambda t: label(t.state), field="state"),
            Column(self.tr("Wiedervorlage"), lambda t: self.names.meeting(t.report_meeting_id)),
            Column(self.tr("Meilenstein"), lambda t: self.names.milestones[t.milestone_id].title
                   if t.milestone_id in self.names.milestones else ""),
        ]

    # Qt's model interface ------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and self.editable():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in self.ROLES and 0 <= index.row() < len(self.records):
            task = self.records[index.row()]
            if role == Qt.ItemDataRole.EditRole:
                getter = self.edit_value.get(index.column())
                if getter is not None:
                    return getter(task)
                role = Qt.ItemDataRole.DisplayRole
            elif role == Qt.ItemDataRole.ToolTipRole and not unreadable(task):
                tip = self.cell_tooltip.get(index.column())
                text = tip(task) if tip else None
                return text or self.tooltip(task)
        return super().data(index, role)

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() not in EDITABLE or index.row() >= len(self.records)):
            return False
        row = index.row()
        stored = self.commit(self.records[row], index.column(), value)
        if stored is None:
            return False
        if row < len(self.records) and self.records[row].id == stored.id:
            self.records[row] = stored
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    # what a row says -----------------------------------------------------------------------
    def owners_text(self, task: Task, short: bool = False) -> str:
        owners = " / ".join(self.names.owner(o.person_id, o.organization_id, short)
                            for o in task.owners)
        return self.tr("Tandem: %1").replace("%1", owners) if task.tandem else owners

    def _owners_tooltip(self, task: Task) -> str | None:
        lines = []
        for owner in task.owners:
            side = self.names.sides.get(owner.side_id or "")
            text = self.names.owner_long(owner.person_id, owner.organization_id)
            lines.append(text + (f" – {side.name}" if side else ""))
        if task.tandem:
            lines.insert(0, self.tr("Tandem aus beiden Seiten:"))
        return "\n".join(lines) or None

    def _milestone_tooltip(self, task: Task) -> str | None:
        milestone = self.names.milestones.get(task.milestone_id or "")
        return f"{milestone.title} ({target_label(milestone)})" if milestone else None

    def is_due_soon(self, task: Task) -> bool:
        return is_due_soon(task, self.today)

    def _foreground(self, task: Task) -> QColor | None:
        """Amber when due this week (never overdue nor done), else as every task list."""
        return DUE_SOON if self.is_due_soon(task) else task_foreground(task, self.today)

    def _row_tooltip(self, task: Task) -> str | None:
        if is_overdue(task, self.today):
            return self.tr("Überfällig seit %1").replace("%1", german_date(task.due_date))
        if self.is_due_soon(task):
            return self.tr("Fällig in dieser Woche")
        return None

    def report_choices(self, row: int) -> list[tuple[str, str]]:
        """No report-back, then the meetings that can take the task's report-back."""
        task = self.record(row)
        meetings = report_meetings(task, self.names.meetings.values(), self.today)
        return [(self.tr("(keine Wiedervorlage)"), ""),
                *((self.names.meeting(m.id), m.id) for m in meetings)]
