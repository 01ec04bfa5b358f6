"""The paged table model every list uses, its columns and roles, and the sort proxy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ...store.cut import cut
from ...store.mapping import unreadable
from .palette import OVERDUE, shown

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

Index: TypeAlias = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE, RECORD_ROLE,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole})
# loader(limit, offset): the records from the offset on
Loader: TypeAlias = Callable[[int, int], list[Any]]
# pager(limit, last): the records after ``last``, the last one loaded (None: from the start)
Pager: TypeAlias = Callable[[int, Any], list[Any]]


def list_loader(records: list[Any]) -> Loader:
    """A loader over a list already read (small lists: a decision's tasks, the bodies)."""
    return lambda limit, offset: records[offset:offset + limit]


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    field: str = ""  # the record's field shown: its stored value, marked, if unreadable


def unreadable_text(raw: Any) -> str:
    """A cell's text for a stored value the program cannot read (``check`` names it)."""
    return QCoreApplication.translate("Records", "ungültig: %1").replace("%1", cut(raw, 20))


def unreadable_tooltip(bad: dict[str, Any]) -> str:
    return QCoreApplication.translate(
        "Records", "Die Datei enthält hier einen Wert, den das Programm nicht lesen kann "
        "(von einem anderen Programm geschrieben): %1. Einzelheiten: "
        "sro-desktop check --db DATEI").replace(
        "%1", ", ".join(f"„{cut(raw, 30)}“" for raw in bad.values()))


class RecordTableModel(QAbstractTableModel):
    """Records as rows, loaded a page at a time (canFetchMore/fetchMore).

    ``loader(limit, offset)`` returns a page of records; views filter by giving a new
    loader. A long list gives a ``pager(limit, last)`` instead: the page after the last
    record loaded (keyset paging), so the thousandth page costs what the first does.
    ``foreground``/``background`` colour whole rows.
    """

    PAGE = 200
    ROLES = _ROLES  # the roles data() answers (EditRole: in subclasses)

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self._pager: Pager | None = None
        self._exhausted = True
        self.foreground: Callable[[Any], QColor | None] = lambda record: None
        self.background: Callable[[Any], QColor | None] = lambda record: None
        self.tooltip: Callable[[Any], str | None] = lambda record: None

    def set_loader(self, loader: Loader | None) -> None:
        """Page with an offset (the short lists)."""
        self.set_pager(None if loader is None else
                       lambda limit, last: loader(limit, 0 if last is None else len(self.records)))

    def set_pager(self, pager: Pager | None) -> None:
        """Page after the last record loaded (the long lists)."""
        self.beginResetModel()
        self._pager = pager
        self.records = []
        self._exhausted = pager is None
        if pager is not None:
            self.records = self._load_page()
        self.endResetModel()

    def reload(self) -> None:
        """Load again as many rows as are shown now (after an edit)."""
        shown = max(len(self.records), self.PAGE)
        self.beginResetModel()
        self.records = []
        if self._pager is not None:
            page = self._pager(shown + 1, None)
            self._exhausted = len(page) <= shown
            self.records = page[:shown]
        self.endResetModel()

    def update_in_place(self, records: list[Any]) -> bool:
        """Take ``records`` as the rows' new values when they are the same records in the
        same order (an edit changed values only): no reset, so an editor open in the view
        (Tab moved on to the next cell) stays open. False when the rows differ."""
        if [r.id for r in records] != [r.id for r in self.records] or not self._exhausted:
            return False
        self.records = list(records)
        if records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(records) - 1, len(self.columns) - 1))
        return True

    def _load_page(self) -> list[Any]:
        assert self._pager is not None
        page = self._pager(self.PAGE, self.records[-1] if self.records else None)
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
        if role not in self.ROLES or not 0 <= index.row() < len(self.records):
            return None  # a painted cell asks for many more roles than these
        record = self.records[index.row()]
        column = self.columns[index.column()]
        bad = unreadable(record)
        if bad:
            if role == Qt.ItemDataRole.DisplayRole and column.field in bad:
                return unreadable_text(bad[column.field])
            if role == Qt.ItemDataRole.ForegroundRole:
                return shown(OVERDUE)
            if role == Qt.ItemDataRole.ToolTipRole:
                return unreadable_tooltip(bad)
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(record)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return (column.sort or column.display)(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            colour = (self.foreground if role == Qt.ItemDataRole.ForegroundRole
                      else self.background)(record)
            return None if colour is None else shown(colour)  # light ones on a dark ground
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].header
        return None


def sorted_proxy(model: QAbstractTableModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
