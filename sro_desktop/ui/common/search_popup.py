"""The results of the global search, shown under the search field in the menu bar.

The list lies over the window (a child widget, not a window of its own), so it never
takes the keyboard: typing goes on in the search field while results show. Down moves
into the results, Up from the first result back to the field, Enter opens a result,
Escape or a click elsewhere closes the list; a letter typed in the list goes on in the
field. The list always fits on the screen and inside the window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ...store.search import SearchHit

MIN_WIDTH = 480
MAX_WIDTH = 820
MAX_ROWS = 16
MARGIN = 4


class SearchPopup(QListWidget):
    """Hits of the search; ``chosen`` names the hit opened (Enter, double click)."""

    chosen = Signal(object)  # SearchHit

    def __init__(self, field: QLineEdit, window: QWidget):
        super().__init__(window)
        self.field = field
        self.setAccessibleName(self.tr("Suchergebnisse"))
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self.hide()
        self.itemActivated.connect(self._activated)
        field.installEventFilter(self)

    # showing -----------------------------------------------------------------------
    def show_hits(self, hits: Sequence[SearchHit], nothing: str) -> None:
        """List ``hits`` (or the text ``nothing``) under the field, the field keeping focus."""
        self.clear()
        if not hits:
            empty = QListWidgetItem(nothing)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
        for hit in hits:
            item = QListWidgetItem(f"{hit.kind_label}: {hit.title}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            item.setToolTip(hit.snippet)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, hit.snippet)
            self.addItem(item)
        self.place()
        if not self.isVisible():
            self.show()
            self._app.installEventFilter(self)
        self.raise_()
        if hits:
            self.setCurrentRow(0)

    def place(self) -> None:
        """Under the field, its right edge at the field's, inside the window and the screen."""
        window = self.parentWidget()
        assert window is not None
        area = window.rect()
        screen = window.screen()
        if screen is not None:
            available = screen.availableGeometry()
            area = area.intersected(QRect(window.mapFromGlobal(available.topLeft()),
                                          available.size()))
        area = area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        below = self.field.mapTo(window, QPoint(self.field.width(), self.field.height()))
        metrics = self.fontMetrics()
        texts = [self.item(row).text() for row in range(self.count())]
        wanted = max((metrics.horizontalAdvance(t) for t in texts), default=0) \
            + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width() + 16
        width = min(max(wanted, MIN_WIDTH), MAX_WIDTH, area.width())
        x = min(below.x(), area.right() + 1) - width
        x = max(area.left(), min(x, area.right() + 1 - width))
        y = max(area.top(), below.y())
        row_height = max(self.sizeHintForRow(0), metrics.height() + 4)
        wanted_height = row_height * min(max(self.count(), 1), MAX_ROWS) + 2 * self.frameWidth()
        height = max(min(wanted_height, area.bottom() + 1 - y), min(row_height * 2, area.height()))
        if y + height > area.bottom() + 1:
            y = max(area.top(), area.bottom() + 1 - height)
        self.setGeometry(x, y, width, height)

    def close_list(self, *, to_field: bool = True) -> None:
        had_focus = self.hasFocus()  # hiding hands it to the next widget in the chain
        if self.isVisible():
            self._app.removeEventFilter(self)
            self.hide()
        if to_field and had_focus:
            self.field.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self._app.removeEventFilter(self)
        super().hideEvent(event)

    # choosing ----------------------------------------------------------------------
    def _activated(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(hit, SearchHit):
            self.close_list(to_field=False)
            self.chosen.emit(hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_list()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentItem() is not None:
                self._activated(self.currentItem())
        elif key == Qt.Key.Key_Up and self.currentRow() <= 0:
            self.field.setFocus()
        elif event.text().isprintable() and event.text() or key == Qt.Key.Key_Backspace:
            # typing goes on in the field
            self.field.setFocus()
            QApplication.sendEvent(self.field, QKeyEvent(
                event.type(), key, event.modifiers(), event.text()))
        else:
            super().keyPressEvent(event)

    def into_list(self) -> None:
        """Down from the field: the keyboard moves to the first (or the next) result."""
        if self.isVisible() and self.item(0) is not None and \
                self.item(0).flags() & Qt.ItemFlag.ItemIsEnabled:
            self.setFocus()
            if self.currentRow() < 0:
                self.setCurrentRow(0)

    # the field's keys and clicks elsewhere --------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.field and kind in (QEvent.Type.Move, QEvent.Type.Resize) \
                and self.isVisible():
            self.place()  # the window was resized: the field moved
        elif watched is self.field and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.isVisible():
                self.into_list()
                return True
            if event.key() == Qt.Key.Key_Escape and self.isVisible():
                self.close_list()
                return True
        elif kind == QEvent.Type.MouseButtonPress and self.isVisible() \
                and isinstance(watched, QWidget) and not self._inside(watched):
            self.close_list(to_field=False)  # a click elsewhere, in this window or another
        return False

    def _inside(self, widget: QWidget) -> bool:
        return widget is self.field or widget is self or self.isAncestorOf(widget) \
            or self.field.isAncestorOf(widget)
