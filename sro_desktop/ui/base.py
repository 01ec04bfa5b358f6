"""What the views share: the colours, the view base class, a paged table model and
the texts several views show alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ..domain.calendar import german_date
from ..domain.model import Meeting, Task
from ..domain.tasks import ACTIVE_STATES, is_overdue
from .context import AppContext

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# The muted colours of UX.md; the views take theirs from here.
OVERDUE = QColor("#b03a2e")  # red: overdue, refused, not quorate, not paritätisch, delayed
DUE_SOON = QColor("#b9770e")  # amber: due this week; the today line
DONE = QColor("#7f8c8d")  # grey: done, dropped, planned; hints
ADOPTED = QColor("#1e7145")  # green: adopted, quorate, paritätisch, reached
IN_PROGRESS = QColor("#2e6da4")  # blue: a milestone under way
OPEN = QColor("#5d7f9e")  # slate: open work, not (yet) overdue
OVERDUE_BACKGROUND = QColor("#f9e5e3")
DUE_SOON_BACKGROUND = QColor("#fdf2d0")


def text_style(colour: QColor, *, bold: bool = False) -> str:
    """The style sheet of a label written in one of these colours."""
    return f"color: {colour.name()};" + (" font-weight: bold;" if bold else "")


def task_foreground(task: Task, today: date) -> QColor | None:
    """A task row's text: red when overdue, grey once done or dropped."""
    if is_overdue(task, today):
        return OVERDUE
    return DONE if task.state not in ACTIVE_STATES else None


def task_background(task: Task, today: date) -> QColor | None:
    return OVERDUE_BACKGROUND if is_overdue(task, today) else None


def count_text(number: int) -> str:
    """1162 → "1.162", as the German locale writes it."""
    return QLocale().toString(number)


def meeting_text(tr: Callable[[str], str], meeting: Meeting) -> str:
    """"8. Sitzung am 11.12.2026"."""
    return (tr("%1. Sitzung am %2").replace("%1", str(meeting.number))
            .replace("%2", german_date(meeting.date)))


def list_loader(records: list[Any]) -> Callable[[int, int], list[Any]]:
    """A loader over a list already read (small lists: a decision's tasks, the bodies)."""
    return lambda limit, offset: records[offset:offset + limit]


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RecordTableModel(QAbstractTableModel):
    """Records as rows, loaded a page at a time (canFetchMore/fetchMore).

    ``loader(limit, offset)`` returns a page of records; views filter by
    giving a new loader. ``foreground``/``background`` colour whole rows.
    """

    PAGE = 200

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self._loader: Callable[[int, int], list[Any]] | None = None
        self._exhausted = True
        self.foreground: Callable[[Any], QColor | None] = lambda record: None
        self.background: Callable[[Any], QColor | None] = lambda record: None
        self.tooltip: Callable[[Any], str | None] = lambda record: None

    def set_loader(self, loader: Callable[[int, int], list[Any]] | None) -> None:
        self.beginResetModel()
        self._loader = loader
        self.records = []
        self._exhausted = loader is None
        if loader is not None:
            self.records = self._load_page()
        self.endResetModel()

    def reload(self) -> None:
        """Load again as many rows as are shown now (after an edit)."""
        shown = max(len(self.records), self.PAGE)
        self.beginResetModel()
        self.records = []
        if self._loader is not None:
            page = self._loader(shown + 1, 0)
            self._exhausted = len(page) <= shown
            self.records = page[:shown]
        self.endResetModel()

    def _load_page(self) -> list[Any]:
        assert self._loader is not None
        page = self._loader(self.PAGE, len(self.records))
        self._exhausted = len(page) < self.PAGE
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's API
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._load_page()
        if page:
            self.beginInsertRows(QModelIndex(), len(self.records),
                                 len(self.records) + len(page) - 1)
            self.records.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def record(self, row: int) -> Any:
        return self.records[row]

    def row_of(self, record_id: str) -> int | None:
        """The row of the loaded record with this id; None when it is not loaded."""
        return next((row for row, record in enumerate(self.records)
                     if record.id == record_id), None)

    def fetch_row(self, record_id: str) -> int | None:
        """The row of the record with this id, loading pages until it is there;
        None when the list does not hold it."""
        checked = 0
        while True:
            for row in range(checked, len(self.records)):
                if self.records[row].id == record_id:
                    return row
            checked = len(self.records)
            if not self.canFetchMore():
                return None
            self.fetchMore()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(record)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return (column.sort or column.display)(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(record)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].header
        return None


class View(QWidget):
    """A page of the main window. Refreshes when the data changed and it is shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def _on_changed(self) -> None:
        if self.context.store is None:
            return
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        """Read the store now if it changed while the view was hidden."""
        if self._stale and self.context.store is not None:
            self.refresh()
            self._stale = False

    def refresh(self) -> None:
        """Read what the view shows from the store again."""

    def show_record(self, kind: str, record_id: str) -> bool:
        """Select the record if this view shows records of that kind; True if it did."""
        return False

    def attention_count(self) -> int:
        """A number for the navigation (overdue tasks, unanswered recommendations)."""
        return 0
