"""In a Qt child: waiting until a widget is painted, and the bare table baseline.
(No dialogs in a child: benchmarks/dialogs.py.)"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

from .common import CaseError


class PaintSpy(QObject):
    """Sees the paint events of one widget (and its children), installed on the app.

    ``arm(widget)`` before the action, ``wait()`` after it: a paint during the action
    itself (a progress dialog spinning the loop) counts too."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.target: QWidget | None = None
        self.seen = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        target = self.target
        if (target is not None and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and (watched is target or target.isAncestorOf(watched))):
            self.seen = True
        return False

    def arm(self, target: QWidget) -> None:
        self.target = target
        self.seen = False

    def wait(self, ready: Callable[[], bool] = lambda: True, timeout: float = 120) -> None:
        """Process events until the armed widget was painted while ``ready()`` holds."""
        deadline = time.monotonic() + timeout
        while True:
            if not ready():
                self.seen = False
            elif self.seen:
                break
            if time.monotonic() > deadline:
                raise CaseError(f"no paint of {type(self.target).__name__} "
                                f"within {timeout:.0f} s")
            self.app.processEvents()
        self.target = None


class RowsModel(QAbstractTableModel):
    """The tiniest table model: rows as fetched, their values as text."""

    def __init__(self, rows: list[Sequence[Any]], columns: int):
        super().__init__()
        self.rows = rows
        self.columns = columns

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        return "" if value is None else str(value)


class BareTable:
    """The baseline view: a QTableView over a tiny table model of the rows a raw SELECT
    gives, in a window of its own."""

    def __init__(self, spy: PaintSpy):
        self.spy = spy
        self.window = QMainWindow()
        self.table = QTableView()
        self.window.setCentralWidget(self.table)
        self.window.resize(1200, 800)
        self.window.show()
        spy.arm(self.window)
        spy.wait()

    def show_rows(self, raw: sqlite3.Connection | str,
                  queries: Sequence[tuple[str, Sequence[Any]]]) -> float:
        """Seconds to run the queries, fill a model with their rows and paint it.

        ``raw`` a file's path: the file is opened before the clock starts and read on a
        connection of its own, as a view's first visit reads from a file just opened
        (SQLite's page cache empty), not from pages earlier runs left in memory."""
        own = isinstance(raw, str)
        if isinstance(raw, str):
            raw = sqlite3.connect(f"file:{raw}?mode=ro", uri=True)
        start = time.perf_counter()
        rows: list[Sequence[Any]] = []
        for sql, params in queries:
            rows.extend(raw.execute(sql, list(params)).fetchall())
        model = RowsModel(rows, min(max((len(r) for r in rows), default=1), 8))
        self.spy.arm(self.table)
        old = self.table.model()
        self.table.setModel(model)
        self.spy.wait()
        seconds = time.perf_counter() - start
        if own:
            raw.close()
        if old is not None:
            old.deleteLater()
        return seconds


SETTLE_S = 0.4  # longer than the views' 200 ms fallback for work after the paint


def settle() -> None:
    """Let the event loop run what was left for after the paint, outside any timing."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + SETTLE_S
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
