"""The Aufgaben table: the store's order, editors in four columns, fitted column widths."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...domain.enums import TaskState
from ..common.delegates import ComboDelegate, DateDelegate, ShortWhenNarrowDelegate, TitleDelegate
from ..common.table_model import RecordTableModel
from ..context import label
from .model import BODY, DUE, MILESTONE, OWNERS, REPORT, SIDES, STATE, TITLE, TaskTableModel


class TaskTableView(QTableView):
    """The task list in the store's order (by due date; a sort over the loaded pages
    would mislead). F2 or a double click edits title, due date, state and report-back;
    ``title_typed`` hears every keystroke in the title's editor.

    The columns are as wide as the loaded rows need, but the title keeps a third of the
    width; once the user resizes a column, the user's widths win.
    """

    SHRINK = ((MILESTONE, 90), (REPORT, 110), (SIDES, 80), (OWNERS, 120))
    WIDEST = {OWNERS: 300, SIDES: 200, MILESTONE: 240, REPORT: 200}

    def __init__(self, model: TaskTableModel, title_typed: Callable[[str], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = model
        self._fitting = False
        self.setObjectName("tasksTable")
        self.setAccessibleName(self.tr("Aufgabenliste"))
        self.setAccessibleDescription(self.tr(
            "Nach Fälligkeit geordnet. F2 oder Doppelklick ändert Titel, Fälligkeit, Status "
            "und Wiedervorlage."))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setSortingEnabled(False)  # the store's order; a partial sort would mislead
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self._natural_widths: dict[int, int] = {}
        self._text_widths: dict[str, int] = {}  # each text measured once (in _widths_font)
        self._widths_font = ""
        self._columns_fitted_to = 0
        self._user_resized_columns = False
        header.sectionResized.connect(self._column_resized)
        self.viewport().installEventFilter(self)
        self.measure_columns()
        self.setItemDelegateForColumn(TITLE, TitleDelegate(
            self.tr("Titel der Aufgabe"), self.tr("Titel (darf nicht leer sein)"),
            title_typed, self))
        self.setItemDelegateForColumn(STATE, ComboDelegate(
            lambda index: [(label(s), s.value) for s in TaskState], self.tr("Status"), self))
        self.setItemDelegateForColumn(DUE, DateDelegate(
            self.tr("Fällig am"), self.tr("ohne Frist"), self))
        self.setItemDelegateForColumn(REPORT, ComboDelegate(
            lambda index: model.report_choices(index.row()),
            self.tr("Wiedervorlage in Sitzung"), self))
        self.setItemDelegateForColumn(SIDES, ShortWhenNarrowDelegate(
            lambda index: " / ".join(model.names.side_shorts(model.record(index.row()))),
            self))
        self.setItemDelegateForColumn(OWNERS, ShortWhenNarrowDelegate(
            lambda index: model.owners_text(model.record(index.row()), short=True), self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def measure_columns(self) -> None:
        """Natural widths from the header and the first page of rows."""
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        rows = self.tasks.records[:RecordTableModel.PAGE]
        samples: dict[int, list[str]] = {
            DUE: ["00.00.0000"], STATE: [label(s) for s in TaskState],
            BODY: [], OWNERS: [], SIDES: [], REPORT: [], MILESTONE: []}
        if self._widths_font != self.font().key():
            self._text_widths, self._widths_font = {}, self.font().key()
        widths = self._text_widths
        for column, texts in samples.items():
            display = self.tasks.columns[column].display
            texts += {str(display(task) or "") for task in rows}
            for text in texts:
                if text not in widths:
                    widths[text] = metrics.horizontalAdvance(text)
            width = max([header_metrics.horizontalAdvance(self.tasks.columns[column].header)
                         + 16] + [widths[t] + 14 for t in texts])
            self._natural_widths[column] = min(width, self.WIDEST.get(column, width))
        self._natural_widths[STATE] += 16  # the combo's arrow when editing
        self._columns_fitted_to = 0
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != TITLE:
            self._user_resized_columns = True  # the user's widths win from now on

    def _fit_columns(self) -> None:
        available = self.viewport().width()
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
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False
