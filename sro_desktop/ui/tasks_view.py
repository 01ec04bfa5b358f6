"""The Aufgaben view: every task with filters, edited in place, and the open workload.

The table keeps the store's order (by due date) and loads a page at a time, so the
large demo opens with one page and fetches more as the secretary scrolls. Names of
owners, bodies, meetings and milestones come from :class:`Names`, read once per
refresh, never one query per row. Every edit is one ``context.edit`` (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import german_date
from ..domain.enums import MeetingState, TaskState
from ..domain.milestones import target_label
from ..domain.model import Person, Task
from ..domain.tasks import ACTIVE_STATES, is_due_soon, is_overdue
from ..store import StoreError
from ..store.work import Workload
from .common.delegates import ComboDelegate, DateDelegate, ShortWhenNarrowDelegate, TitleDelegate
from .common.names import Names
from .common.palette import DUE_SOON, OPEN, OVERDUE, task_background, task_foreground
from .common.table_model import Column, Index, RecordTableModel
from .common.view import View
from .common.widgets import ErrorLabel, buddy_label, count_text, fill_combo, tab_order
from .context import AppContext, EditRefused, label
from .history import HistoryDialog

# Columns of the table, in this order.
DUE, TITLE, OWNERS, SIDES, BODY, STATE, REPORT, MILESTONE = range(8)
EDITABLE = frozenset({DUE, TITLE, STATE, REPORT})

# The status filter's entries besides the single states.
ACTIVE_FILTER = "active"
ALL_FILTER = "all"


class TaskTableModel(RecordTableModel):
    """Tasks in pages; four columns edited in place through :attr:`commit`.

    ``commit(task, column, value)`` stores the change and returns the stored task,
    or None when nothing was stored (no change, or refused).
    """

    def __init__(self, columns: list[Column], parent: QWidget | None = None):
        super().__init__(columns, parent)
        self.edit_value: dict[int, Callable[[Task], Any]] = {}
        self.cell_tooltip: dict[int, Callable[[Task], str | None]] = {}
        self.commit: Callable[[Task, int, Any], Task | None] = lambda task, column, value: None
        self.editable: Callable[[], bool] = lambda: True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and self.editable():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self.records):
            task = self.records[index.row()]
            if role == Qt.ItemDataRole.EditRole:
                getter = self.edit_value.get(index.column())
                if getter is not None:
                    return getter(task)
                role = Qt.ItemDataRole.DisplayRole
            elif role == Qt.ItemDataRole.ToolTipRole:
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


# -- editors in the table ----------------------------------------------------------------


# -- the workload chart ---------------------------------------------------------------------


class WorkloadChart(QWidget):
    """Open tasks per side and per organisation as bars; the overdue part of each in red.

    Drawn by hand (no chart library); the numbers are written beside the bars and the
    accessible description says them in words.
    """

    MARGIN = 8
    GAP = 24

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.workload = Workload([], [])
        self.setAccessibleName(self.tr("Offene Aufgaben je Seite und Organisation"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.set_workload(self.workload)

    def set_workload(self, workload: Workload) -> None:
        self.workload = workload
        description = self.summary()
        self.setAccessibleDescription(description)
        self.setToolTip(description.replace(". ", ".\n"))
        self.updateGeometry()
        self.update()

    def groups(self) -> list[tuple[str, list[tuple[str, int, int]]]]:
        return [(self.tr("nach Seite"), self.workload.by_side),
                (self.tr("nach Organisation"), self.workload.by_organization)]

    def summary(self) -> str:
        """"Nach Seite: Verwaltung 5 offen, davon 2 überfällig; …"."""
        parts = []
        for title, rows in self.groups():
            items = "; ".join(
                self.tr("%1 %2 offen, davon %3 überfällig").replace("%1", name)
                .replace("%2", count_text(open_)).replace("%3", count_text(overdue))
                for name, open_, overdue in rows)
            parts.append(self.tr("Offene Aufgaben %1: %2").replace("%1", title)
                         .replace("%2", items or self.tr("keine")))
        return ". ".join(parts) + "."

    def number_text(self, open_: int, overdue: int) -> str:
        if not overdue:
            return count_text(open_)
        return (self.tr("%1 · %2 überfällig").replace("%1", count_text(open_))
                .replace("%2", count_text(overdue)))

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _heading_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        rows = max(len(self.workload.by_side), len(self.workload.by_organization), 1)
        height = 2 * self.MARGIN + 2 * self._heading_height() + rows * self._row_height()
        return QSize(720, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        m = self.MARGIN
        top = m + self._draw_legend(painter, text)
        groups = self.groups()
        width = (self.width() - 2 * m - self.GAP) / len(groups)
        for number, (title, rows) in enumerate(groups):
            left = m + number * (width + self.GAP)
            self._draw_group(painter, QRectF(left, top, width, self.height() - top - m),
                             title, rows, text)
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _draw_legend(self, painter: QPainter, text: QColor) -> int:
        metrics = self.fontMetrics()
        height = self._heading_height()
        x = float(self.MARGIN)
        box = metrics.height() * 0.7
        for colour, words in ((OPEN, self.tr("offen")), (OVERDUE, self.tr("davon überfällig"))):
            y = (height - box) / 2
            painter.fillRect(QRectF(x, y, box, box), colour)
            x += box + 5
            painter.setPen(text)
            painter.drawText(QRectF(x, 0, metrics.horizontalAdvance(words) + 2, height),
                             Qt.AlignmentFlag.AlignVCenter, words)
            x += metrics.horizontalAdvance(words) + 18
        return height

    def _draw_group(self, painter: QPainter, area: QRectF, title: str,
                    rows: list[tuple[str, int, int]], text: QColor) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        heading = self._heading_height()
        painter.drawText(QRectF(area.left(), area.top(), area.width(), heading),
                         Qt.AlignmentFlag.AlignVCenter, self.tr("Offene Aufgaben %1")
                         .replace("%1", title))
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        top = area.top() + heading
        row_height = self._row_height()
        if not rows:
            painter.drawText(QRectF(area.left(), top, area.width(), row_height),
                             Qt.AlignmentFlag.AlignVCenter, self.tr("keine offenen Aufgaben"))
            return
        label_width = min(max(metrics.horizontalAdvance(name) for name, _, _ in rows) + 10,
                          area.width() * 0.38)
        number_width = max(metrics.horizontalAdvance(self.number_text(o, d))
                           for _, o, d in rows) + 8
        bar_left = area.left() + label_width
        bar_width = max(area.width() - label_width - number_width, 10)
        largest = max(open_ for _, open_, _ in rows) or 1
        for number, (name, open_, overdue) in enumerate(rows):
            y = top + number * row_height
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y, label_width - 8, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                int(label_width - 8)))
            full = bar_width * open_ / largest
            late = bar_width * overdue / largest
            bar_top, bar_height = y + 3, row_height - 6
            painter.fillRect(QRectF(bar_left, bar_top, late, bar_height), OVERDUE)
            painter.fillRect(QRectF(bar_left + late, bar_top, full - late, bar_height), OPEN)
            painter.drawText(QRectF(bar_left + full + 6, y, number_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter, self.number_text(open_, overdue))


# -- the view -------------------------------------------------------------------------------


class TasksView(View):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.names = Names()
        self.today = date.today()
        self._in_edit = False
        self._refresh_pending = False
        self._fitting = False
        self._filling = False
        self._loaded = False  # a loader for the current filters is set

        self.model = TaskTableModel(self._columns(), self)
        self.model.foreground = self._foreground
        self.model.background = lambda task: task_background(task, self.today)
        self.model.tooltip = self._row_tooltip
        self.model.edit_value = {
            DUE: lambda t: QDate(t.due_date) if t.due_date else QDate(),
            TITLE: lambda t: t.title,
            STATE: lambda t: t.state.value,
            REPORT: lambda t: t.report_meeting_id or "",
        }
        self.model.cell_tooltip = {
            TITLE: lambda t: t.title + (f"\n\n{t.description}" if t.description else ""),
            OWNERS: self._owners_tooltip,
            SIDES: lambda t: " / ".join(self.names.side_names(t)) or None,
            BODY: lambda t: self.names.bodies[t.body_id].name
            if t.body_id in self.names.bodies else None,
            MILESTONE: self._milestone_tooltip,
        }
        self.model.commit = self._commit
        self.model.editable = lambda: not context.read_only

        self._build_filters()
        self.message = ErrorLabel()
        self.message.setObjectName("tasksMessage")
        self.message.setAccessibleName(self.tr("Hinweis"))
        self._build_table()

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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        tab_order(*self._tab_chain, self.table, self.chart)
        context.file_opened.connect(self._on_file_opened)

    def title(self) -> str:
        return self.tr("Aufgaben")

    # building ----------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Fällig"), lambda t: german_date(t.due_date)),
            Column(self.tr("Aufgabe"), lambda t: t.title),
            Column(self.tr("Verantwortliche"), lambda t: self._owners_text(t)),
            Column(self.tr("Seite(n)"), lambda t: " / ".join(self.names.side_names(t))),
            Column(self.tr("Gremium"), lambda t: self.names.bodies[t.body_id].short
                   if t.body_id in self.names.bodies else ""),
            Column(self.tr("Status"), lambda t: label(t.state)),
            Column(self.tr("Wiedervorlage"), lambda t: self.names.meeting(t.report_meeting_id)),
            Column(self.tr("Meilenstein"), lambda t: self.names.milestones[t.milestone_id].title
                   if t.milestone_id in self.names.milestones else ""),
        ]

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.view().setMinimumWidth(320)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _build_filters(self) -> None:
        self.filter_bar = QWidget()
        self.filter_bar.setAccessibleName(self.tr("Filter"))
        grid = QGridLayout(self.filter_bar)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(8)
        self.body_filter = self._combo(self.tr("Filter Gremium"))
        self.state_filter = self._combo(self.tr("Filter Status"))
        self.side_filter = self._combo(self.tr("Filter Seite"))
        self.organization_filter = self._combo(self.tr("Filter Organisation"))
        self.person_filter = self._combo(self.tr("Filter Person"))
        self.milestone_filter = self._combo(self.tr("Filter Meilenstein"))
        self.overdue_filter = QCheckBox(self.tr("nur &überfällige"))
        self.overdue_filter.setAccessibleName(self.tr("Nur überfällige Aufgaben"))
        self.overdue_filter.toggled.connect(self._filters_changed)
        self.reset_button = QPushButton(self.tr("Filter &zurücksetzen"))
        self.reset_button.setAccessibleName(self.tr("Filter zurücksetzen"))
        self.reset_button.clicked.connect(self.reset_filters)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl der Aufgaben"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.state_filter.blockSignals(True)
        self.state_filter.addItem(self.tr("unerledigt (offen, in Arbeit)"), ACTIVE_FILTER)
        self.state_filter.addItem(self.tr("alle"), ALL_FILTER)
        for state in TaskState:
            self.state_filter.addItem(label(state), state.value)
        self.state_filter.blockSignals(False)

        fields = [
            (self.tr("&Gremium"), self.body_filter), (self.tr("&Status"), self.state_filter),
            (self.tr("S&eite"), self.side_filter),
            (self.tr("&Organisation"), self.organization_filter),
            (self.tr("&Person"), self.person_filter),
            (self.tr("&Meilenstein"), self.milestone_filter),
        ]
        self.filter_labels: list[QLabel] = []
        for number, (text, combo) in enumerate(fields):
            row, column = divmod(number, 3)
            caption = buddy_label(text, combo)
            self.filter_labels.append(caption)
            grid.addWidget(caption, row, 2 * column)
            grid.addWidget(combo, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        extra = QHBoxLayout()
        extra.addWidget(self.overdue_filter)
        extra.addSpacing(12)
        extra.addWidget(self.reset_button)
        grid.addLayout(extra, 0, 6)
        grid.addWidget(self.count_label, 1, 6)
        self._tab_chain: list[QWidget] = [combo for _, combo in fields] + [
            self.overdue_filter, self.reset_button]

    def _build_table(self) -> None:
        table = QTableView()
        self.table = table
        table.setObjectName("tasksTable")
        table.setAccessibleName(self.tr("Aufgabenliste"))
        table.setAccessibleDescription(self.tr(
            "Nach Fälligkeit geordnet. F2 oder Doppelklick ändert Titel, Fälligkeit, Status "
            "und Wiedervorlage."))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setSortingEnabled(False)  # the store's order; a partial sort would mislead
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self._natural_widths: dict[int, int] = {}
        self._columns_fitted_to = 0
        self._user_resized_columns = False
        header.sectionResized.connect(self._column_resized)
        table.viewport().installEventFilter(self)
        self._measure_columns()
        table.setItemDelegateForColumn(TITLE, TitleDelegate(
            self.tr("Titel der Aufgabe"), self.tr("Titel (darf nicht leer sein)"),
            self._title_typed, table))
        table.setItemDelegateForColumn(STATE, ComboDelegate(
            lambda index: [(label(s), s.value) for s in TaskState], self.tr("Status"), table))
        table.setItemDelegateForColumn(DUE, DateDelegate(
            self.tr("Fällig am"), self.tr("ohne Frist"), table))
        table.setItemDelegateForColumn(REPORT, ComboDelegate(
            self._report_choices, self.tr("Wiedervorlage in Sitzung"), table))
        table.setItemDelegateForColumn(SIDES, ShortWhenNarrowDelegate(
            lambda index: " / ".join(self.names.side_shorts(self.model.record(index.row()))),
            table))
        table.setItemDelegateForColumn(OWNERS, ShortWhenNarrowDelegate(
            lambda index: self._owners_text(self.model.record(index.row()), short=True),
            table))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    # column widths: as wide as the loaded rows need, but the title keeps a third -------------
    SHRINK = ((MILESTONE, 90), (SIDES, 96), (OWNERS, 150), (REPORT, 140))
    WIDEST = {OWNERS: 300, SIDES: 200, MILESTONE: 240, REPORT: 200}

    def _measure_columns(self) -> None:
        """Natural widths from the header and the first page of rows."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        rows = self.model.records[:RecordTableModel.PAGE]
        samples = {DUE: ["00.00.0000"], STATE: [label(s) for s in TaskState],
                   BODY: [], OWNERS: [], SIDES: [], REPORT: [], MILESTONE: []}
        for column, texts in samples.items():
            display = self.model.columns[column].display
            texts += [str(display(task) or "") for task in rows]
            width = max([header_metrics.horizontalAdvance(self.model.columns[column].header)
                         + 16] + [metrics.horizontalAdvance(t) + 14 for t in texts])
            self._natural_widths[column] = min(width, self.WIDEST.get(column, width))
        self._natural_widths[STATE] += 16  # the combo's arrow when editing
        self._columns_fitted_to = 0
        self._fit_columns()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table.viewport() and event.type() == event.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != TITLE:
            self._user_resized_columns = True  # the user's widths win from now on

    def _fit_columns(self) -> None:
        available = self.table.viewport().width()
        if self._user_resized_columns or available == self._columns_fitted_to:
            return
        self._columns_fitted_to = available
        widths = dict(self._natural_widths)
        room = available - available * 3 // 10  # what the columns besides the title get
        excess = sum(widths.values()) - room
        for column, least in self.SHRINK:  # the least needed column gives first
            if excess <= 0:
                break
            give = min(excess, max(widths[column] - least, 0))
            widths[column] -= give
            excess -= give
        self._fitting = True
        try:
            for column, width in widths.items():
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    # reading -----------------------------------------------------------------------------
    def _on_file_opened(self) -> None:
        self.names = Names()
        self.model.set_loader(None)
        self._loaded = False
        self.reset_filters(apply=False)
        self.message.hide()

    def refresh(self) -> None:
        store = self.context.store
        if store is None:
            return
        if self._in_edit:  # our own edit: refresh once the editor has closed
            if not self._refresh_pending:
                self._refresh_pending = True
                QTimer.singleShot(0, self._deferred_refresh)
            return
        self.today = date.today()
        self.names = Names.read(store)
        self._fill_filters()
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
        chosen: dict[str, Any] = {}
        if body := self.body_filter.currentData():
            chosen["body_id"] = body
        state = self.state_filter.currentData()
        if state == ACTIVE_FILTER:
            chosen["active"] = True
        elif state and state != ALL_FILTER:
            chosen["state"] = TaskState(state)
        if side := self.side_filter.currentData():
            chosen["side_name"] = side
        if organization := self.organization_filter.currentData():
            chosen["owner_organization_id"] = organization
        if person := self.person_filter.currentData():
            chosen["person_id"] = person
        if milestone := self.milestone_filter.currentData():
            chosen["milestone_id"] = milestone
        if self.overdue_filter.isChecked():
            chosen["overdue_on"] = self.today
        return chosen

    def _loader(self) -> Callable[[int, int], list[Task]]:
        store, chosen = self.context.s, self.filters()
        return lambda limit, offset: store.tasks.list(**chosen, limit=limit, offset=offset)

    def _apply_filters(self) -> None:
        if self.context.store is None:
            return
        if not self.names.bodies:
            self.names = Names.read(self.context.s)
            self._fill_filters()
        self.model.set_loader(self._loader())
        self._loaded = True
        self._measure_columns()
        self._show_summary()

    def _filters_changed(self, *_args: Any) -> None:
        if self._filling or self.context.store is None:
            return
        if self.sender() is self.body_filter:
            self._fill_sides()
        self.message.hide()
        self._apply_filters()

    def _show_summary(self) -> None:
        store = self.context.s
        chosen = self.filters()
        total = store.tasks.count_matching(**chosen)
        self.count_label.setText(self.tr("%1 Aufgaben").replace("%1", count_text(total))
                                 if total != 1 else self.tr("1 Aufgabe"))
        body_id = self.body_filter.currentData()
        self.chart.set_workload(store.tasks.workload(self.today, body_id))
        body = self.names.bodies.get(body_id or "")
        self.chart_title.setText(self.tr("&Verteilung der offenen Aufgaben · %1").replace(
            "%1", body.name if body else self.tr("alle Gremien")))

    def _fill_filters(self) -> None:
        names = self.names
        self._filling = True
        try:
            self._refill(self.body_filter, self.tr("alle Gremien"),
                         [(b.name, b.id) for b in sorted(names.bodies.values(),
                                                         key=lambda b: b.name)])
            self._fill_sides()
            self._refill(self.organization_filter, self.tr("alle Organisationen"),
                         [(o.name if not o.short else f"{o.short} – {o.name}", o.id)
                          for o in names.organizations.values()])
            self._refill(self.person_filter, self.tr("alle Personen"),
                         [(self._person_entry(p), p.id) for p in names.people.values()])
            self._refill(self.milestone_filter, self.tr("alle Meilensteine"),
                         [(f"{m.title} ({target_label(m)})", m.id)
                          for m in names.milestones.values()])
        finally:
            self._filling = False

    def _fill_sides(self) -> None:
        body_id = self.body_filter.currentData()
        sides = sorted((s for s in self.names.sides.values()
                        if not body_id or s.body_id == body_id), key=lambda s: s.position)
        seen: list[str] = []
        for side in sides:
            if side.name not in seen:
                seen.append(side.name)
        filling, self._filling = self._filling, True
        try:
            self._refill(self.side_filter, self.tr("alle Seiten"), [(n, n) for n in seen])
        finally:
            self._filling = filling

    def _person_entry(self, person: Person) -> str:
        name = ", ".join(p for p in (person.last_name, person.first_name) if p)
        org = self.names.organization(person.organization_id)
        return name + (f" ({org})" if org else "")

    @staticmethod
    def _refill(combo: QComboBox, everything: str, entries: list[tuple[str, str]]) -> None:
        """Fill a filter combo again, keeping the chosen entry if it is still there."""
        fill_combo(combo, [(everything, None), *entries], combo.currentData())

    def reset_filters(self, *_args: Any, apply: bool = True) -> None:
        self._filling = True
        try:
            for combo in (self.body_filter, self.side_filter, self.organization_filter,
                          self.person_filter, self.milestone_filter, self.state_filter):
                combo.setCurrentIndex(0)
            self.overdue_filter.setChecked(False)
            self._fill_sides()
        finally:
            self._filling = False
        if apply:
            self.message.hide()
            self._apply_filters()

    # rows ---------------------------------------------------------------------------------
    def _owners_text(self, task: Task, short: bool = False) -> str:
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

    def current_task(self) -> Task | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.record(index.row())

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

    def _report_choices(self, index: Index) -> list[tuple[str, str]]:
        """No report-back, the body's meetings from today on, and the one set now."""
        task = self.model.record(index.row())
        choices = [(self.tr("(keine Wiedervorlage)"), "")]
        meetings = sorted((m for m in self.names.meetings.values()
                           if m.body_id == task.body_id and m.state is not MeetingState.CANCELLED
                           and (m.date >= self.today or m.id == task.report_meeting_id)),
                          key=lambda m: (m.date, m.number))
        choices += [(self.names.meeting(m.id), m.id) for m in meetings]
        return choices

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
        return store.tasks.count_overdue(date.today()) if store is not None else 0

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
            self._filter_to_show(task)
        row = self.model.fetch_row(task.id)
        if row is None:
            return False
        index = self.model.index(row, TITLE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _filter_to_show(self, task: Task) -> None:
        """Filters that keep the task and few others: its body, and its state."""
        self.reset_filters(apply=False)
        self._filling = True
        try:
            self.body_filter.setCurrentIndex(max(self.body_filter.findData(task.body_id), 0))
            self._fill_sides()
            if task.state not in ACTIVE_STATES:
                self.state_filter.setCurrentIndex(self.state_filter.findData(task.state.value))
        finally:
            self._filling = False
        self._apply_filters()
