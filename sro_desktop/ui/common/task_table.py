"""The table of a record's tasks (a decision's, a milestone's)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import german_date
from ...domain.labels import owners_label
from ...domain.model import Task
from ...domain.tasks import is_overdue
from ..context import AppContext, label
from .palette import DONE, task_background, task_foreground, text_style
from .table_model import Column, RecordTableModel, list_loader
from .widgets import compact_rows, section_label


class TaskTable(QWidget):
    """The tasks of one record (a decision, a milestone): a heading with their number,
    the tasks with owners, due date and state (overdue in red, finished greyed), or a
    note when there are none. A double click opens the task in the Aufgaben view."""

    def __init__(self, context: AppContext, title: str, none_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.title = title
        self._owners: dict[str, str] = {}  # task id → owner names, read in show_tasks
        self.heading = section_label(title)
        self.model = self._task_model()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Doppelklick öffnet die Aufgabe"))
        self.table.doubleClicked.connect(self._open_task)
        self.none_label = QLabel(none_text)
        self.none_label.setStyleSheet(text_style(DONE))
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 0, 0)  # it stands right of the record's details
        column.addWidget(self.heading)
        column.addWidget(self.none_label)
        column.addWidget(self.table, 1)
        column.addStretch()

    def _task_model(self) -> RecordTableModel:
        model = RecordTableModel([
            Column(self.tr("Aufgabe"), lambda t: t.title),
            Column(self.tr("Verantwortlich"), lambda t: self._owners.get(t.id, "")),
            Column(self.tr("Fällig"), lambda t: german_date(t.due_date), field="due_date"),
            Column(self.tr("Status"), lambda t: label(t.state), field="state"),
        ], self)
        model.foreground = lambda t: task_foreground(t, clock.today())
        model.background = lambda t: task_background(t, clock.today())
        model.tooltip = lambda t: t.title + (
            "\n" + self.tr("überfällig seit %1").replace("%1", german_date(t.due_date))
            if is_overdue(t, clock.today()) else "")
        return model

    def show_tasks(self, tasks: list[Task] | None) -> None:
        """Show these tasks; None: no record chosen."""
        if tasks is None:
            self.model.set_loader(None)
            return
        store = self.context.s
        people = {p.id: p for p in store.people.list()}
        organizations = {o.id: o for o in store.organizations.list()}
        self._owners = {t.id: owners_label(t.owners, people, organizations, separator=" / ",
                                           short_organization=True) for t in tasks}
        self.model.set_loader(list_loader(tasks))
        self.heading.setText(f"{self.title} ({len(tasks)})")
        self.none_label.setVisible(not tasks)
        self.table.setVisible(bool(tasks))

    def _open_task(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.show_record.emit("tasks", self.model.record(index.row()).id)
