"""The Aufgaben view: every task with filters, edited in place, and the open workload.

The table keeps the store's order (by due date) and loads a page at a time, each after
the last task loaded (keyset paging), so the large demo opens with one page and fetches
more as the secretary scrolls. The number of tasks and the workload chart follow a
moment after the page (a zero timer: the page paints first); the chart is read again
only when the body filter or the data changed. Names of owners, bodies, meetings and
milestones come from :class:`Names`, read once per refresh, never one query per row.
Every edit is one ``context.edit`` (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMenu, QSplitter, QVBoxLayout, QWidget

from ... import clock
from ...domain.enums import TaskState
from ...domain.model import Task
from ...store import StoreError
from ...store.work import Workload
from ..common.after_paint import after_paint
from ..common.names import Names
from ..common.view import View
from ..common.widgets import ErrorLabel, tab_order
from ..context import AppContext, EditRefused, label
from ..history import HistoryDialog
from .filters import TaskFilterBar
from .model import DUE, REPORT, STATE, TITLE, TaskTableModel
from .panel import TaskPanel
from .table import TaskTableView
from .workload import WorkloadChart


class TasksView(View):
    """The filter bar above, the task list, and below it the chart of the open workload."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._in_edit = False
        self._refresh_pending = False
        self._loaded = False  # a pager for the current filters is set
        self._summary_pending = False  # count and chart are to be read (zero timer)
        self._workload_of: tuple[Any, ...] | None = None  # what the chart shows

        self.model = TaskTableModel(self)
        self.model.commit = self._commit
        self.model.editable = lambda: not context.read_only

        self.filter_bar = TaskFilterBar(lambda: self.model.names)
        self.filter_bar.changed.connect(self._filters_changed)
        self.filter_bar.reset_button.clicked.connect(self.reset_filters)
        self.message = ErrorLabel()
        self.message.setObjectName("tasksMessage")
        self.message.setAccessibleName(self.tr("Hinweis"))
        self.table = TaskTableView(self.model, self._title_typed)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.chart = WorkloadChart()
        self.chart_title = QLabel()
        self.chart_title.setBuddy(self.chart)
        chart_pane = QWidget()
        chart_column = QVBoxLayout(chart_pane)
        chart_column.setContentsMargins(0, 4, 0, 0)
        chart_column.addWidget(self.chart_title)
        chart_column.addWidget(self.chart, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)

        # the chosen task with every field, right of the list
        self.panel = TaskPanel(context)
        self.panel.setMinimumWidth(280)
        self.sides = QSplitter(Qt.Orientation.Horizontal)
        self.sides.addWidget(self.splitter)
        self.sides.addWidget(self.panel)
        self.sides.setStretchFactor(0, 4)
        self.sides.setStretchFactor(1, 1)
        self.sides.setSizes([1000, 280])
        self.sides.setChildrenCollapsible(False)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_args: self._show_current())
        # a mouse click may select a row without making it current: follow the selection
        selection.selectionChanged.connect(lambda *_args: self._show_current())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.sides, 1)

        tab_order(*self.filter_bar.tab_chain, self.table, self.chart, *self.panel.fields)
        context.file_opened.connect(self._on_file_opened)

    def title(self) -> str:
        return self.tr("Aufgaben")

    @property
    def names(self) -> Names:
        """What the rows show besides the tasks, read once per refresh."""
        return self.model.names

    @property
    def today(self) -> date:
        """The day the rows are coloured for, taken at each refresh."""
        return self.model.today

    # reading -----------------------------------------------------------------------------
    def _on_file_opened(self) -> None:
        self.model.names = Names()
        self.model.set_pager(None)
        self._loaded = False
        self._workload_of = None
        self.chart.set_workload(Workload([], []))  # nothing of the file before meanwhile
        self.filter_bar.count_label.clear()
        self.reset_filters(apply=False)
        self.message.hide()
        self.panel.show_task(None, self.names, self.today)

    def refresh(self) -> None:
        store = self.context.store
        if store is None:
            return
        if self._in_edit:  # our own edit: refresh once the editor has closed
            if not self._refresh_pending:
                self._refresh_pending = True
                QTimer.singleShot(0, self._deferred_refresh)
            return
        self.model.today = clock.today()
        self.model.names = Names.read(store)
        self._workload_of = None  # the data may have changed: read the chart again
        self.filter_bar.fill()
        if not self._loaded:
            self._apply_filters()
            return
        current, column = self.current_task(), max(self.table.currentIndex().column(), 0)
        scroll = self.table.verticalScrollBar().value()
        self.model.reload()
        self._show_summary()
        if current is not None:
            row = self.model.row_of(current.id)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, column))
        self.table.verticalScrollBar().setValue(scroll)
        self._show_current()

    def _deferred_refresh(self) -> None:
        self._refresh_pending = False
        if self.context.store is not None:
            self.refresh()

    def _ensure_fresh(self) -> None:
        """Read the store now if the view has not since the last change (it was hidden)."""
        if self._stale or not self._loaded:
            self.refresh()
            self._stale = False

    def filters(self) -> dict[str, Any]:
        """The store's filter arguments for what the filter bar shows."""
        return self.filter_bar.chosen(self.today)

    def _pager(self) -> Callable[[int, Task | None], list[Task]]:
        store, chosen = self.context.s, self.filters()
        return lambda limit, last: store.tasks.list(**chosen, limit=limit, after=last)

    def _apply_filters(self) -> None:
        if self.context.store is None:
            return
        if not self.names.bodies:
            self.model.names = Names.read(self.context.s)
            self.filter_bar.fill()
        self.model.set_pager(self._pager())
        self._loaded = True
        self.table.measure_columns()
        self._show_summary()
        self._show_current()

    def _filters_changed(self) -> None:
        if self.context.store is None:
            return
        self.message.hide()
        self._apply_filters()

    def _show_summary(self) -> None:
        """The number of tasks and the chart, once the page has painted; a list held in
        one page is counted at once."""
        if not self.model.canFetchMore():
            self.filter_bar.show_count(self.model.rowCount())
        if not self._summary_pending:
            self._summary_pending = True
            after_paint(self.table.viewport(), self._read_summary)

    def _read_summary(self) -> None:
        """Count what the filters let through, and read the chart if the body filter or
        the data changed since it was read."""
        self._summary_pending = False
        store = self.context.store
        if store is None or not self._loaded:
            return
        if self.model.canFetchMore():
            self.filter_bar.show_count(store.tasks.count_matching(**self.filters()))
        else:
            self.filter_bar.show_count(self.model.rowCount())
        body_id = self.filter_bar.body_filter.currentData()
        if self._workload_of != (body_id, self.today):
            self._workload_of = (body_id, self.today)
            self.chart.set_workload(store.tasks.workload(self.today, body_id))
            body = self.names.bodies.get(body_id or "")
            self.chart_title.setText(self.tr("&Verteilung der offenen Aufgaben · %1").replace(
                "%1", body.name if body else self.tr("alle Gremien")))

    def summary_pending(self) -> bool:
        """The count and chart for the shown filters are still to be read."""
        return self._summary_pending

    def reset_filters(self, *_args: Any, apply: bool = True) -> None:
        self.filter_bar.reset()
        if apply:
            self.message.hide()
            self._apply_filters()

    # the current task ----------------------------------------------------------------------
    def current_task(self) -> Task | None:
        """The task chosen in the list: the selected row, else the current one."""
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.record(index.row())

    def _show_current(self) -> None:
        """The panel shows the chosen task (unless it shows it already, being edited)."""
        task = self.current_task() if self.context.store is not None else None
        if task != self.panel.task or self.panel.names is not self.names:
            self.panel.show_task(task, self.names, self.today)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.setCurrentIndex(index)
        if self.current_task() is None:
            return
        menu = QMenu(self.table)
        menu.addAction(self.tr("&Verlauf …"), self.show_history)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def show_history(self) -> HistoryDialog | None:
        """Verlauf of the current task: who changed it (and its owners) when."""
        task = self.current_task()
        if task is None:
            return None
        return HistoryDialog.show_for(self, self.context, "tasks", task.id,
                                      self.tr("Aufgabe „%1“").replace("%1", task.title))

    # editing ------------------------------------------------------------------------------
    def _title_typed(self, text: str) -> None:
        if text.strip():
            self.message.hide()
        else:
            self.show_message(self.tr("Die Aufgabe braucht einen Titel; ohne Titel wird "
                                      "nichts gespeichert."))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _commit(self, task: Task, column: int, value: Any) -> Task | None:
        """Store one edit from the table as one undo step; None if nothing was stored."""
        tasks = self.context.s.tasks
        call: tuple[str, Callable[..., Task], tuple[Any, ...], dict[str, Any]] | None = None
        if column == TITLE:
            title = str(value or "").strip()
            if title != task.title:
                call = (self.tr("Titel der Aufgabe ändern"), tasks.update, (task.id,),
                        {"title": title})
        elif column == STATE:
            state = TaskState(value)
            if state is not task.state:
                call = (self.tr("Status „%1“ setzen").replace("%1", label(state)),
                        tasks.set_state, (task.id, state, self.today), {})
        elif column == DUE:
            due = value if isinstance(value, date) else None
            if due != task.due_date:
                call = (self.tr("Fälligkeit der Aufgabe ändern"), tasks.update, (task.id,),
                        {"due_date": due})
        elif column == REPORT:
            meeting_id = value or None
            if meeting_id != task.report_meeting_id:
                call = (self.tr("Wiedervorlage der Aufgabe ändern"), tasks.update, (task.id,),
                        {"report_meeting_id": meeting_id})
        if call is None:
            return None
        text, fn, args, kwargs = call
        self._in_edit = True
        try:
            stored = self.context.edit(text, fn, *args, **kwargs)
        except EditRefused as refused:
            self.show_message(self.tr("Nicht gespeichert: %1").replace("%1", str(refused)))
            return None
        finally:
            self._in_edit = False
        self.message.hide()
        return stored

    # the navigation ----------------------------------------------------------------------
    def attention_count(self) -> int:
        store = self.context.store
        return store.tasks.count_overdue(clock.today()) if store is not None else 0

    def show_record(self, kind: str, record_id: str) -> bool:
        store = self.context.store
        if kind != "tasks" or store is None:
            return False
        try:
            task = store.tasks.get(record_id)
        except StoreError:
            return False
        self._ensure_fresh()
        if store.tasks.rank(task.id, **self.filters()) is None:
            self.filter_bar.show_task(task)
            self._apply_filters()
        row = self.model.fetch_row(task.id)
        if row is None:
            return False
        index = self.model.index(row, TITLE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True
