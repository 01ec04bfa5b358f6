"""Work left for after a widget's first paint: what a view shows beside its list, and
the program's file at the start (ui/app.py). Qt only, so that the window's start can
use it before anything else is loaded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls ``then`` once, in the turn of the event loop after ``widget`` has painted:
    what a view shows beside its list (a count, a chart, the selected record's details)
    is read when the list is on screen. A hidden widget, or one not painted within
    ``FALLBACK_MS``, gets the call from a timer."""

    FALLBACK_MS = 200

    def __init__(self, widget: QWidget, then: Callable[[], object],
                 fallback_ms: int = FALLBACK_MS):
        super().__init__(widget)
        self.widget = widget
        self.then: Callable[[], object] | None = then
        if widget.isVisible():
            widget.installEventFilter(self)
            QTimer.singleShot(fallback_ms, self, self._go)
        else:
            QTimer.singleShot(0, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._go)  # after this paint
        return False

    def _go(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            self.widget.removeEventFilter(self)
            self.deleteLater()
            then()


def after_paint(widget: QWidget, then: Callable[[], object],
                fallback_ms: int = AfterPaint.FALLBACK_MS) -> None:
    """``then()`` once ``widget`` (a table's viewport, a window) has painted; see
    AfterPaint."""
    AfterPaint(widget, then, fallback_ms)
