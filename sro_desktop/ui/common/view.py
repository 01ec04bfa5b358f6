"""The base class of the main window's pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractProxyModel
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ..context import AppContext
from .table_model import RecordTableModel


class View(QWidget):
    """A page of the main window. Refreshes when the data changed and it is shown;
    when another file (or none) is opened, every page empties its lists of records at
    once, shown or not, and reads the new file when it is shown next."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._read_while_opening = False  # the file just opened is read already
        # while the view is being shown: a view may leave its details for after the
        # list's paint (ui/common/after_paint.py)
        self._arriving = False
        context.file_opened.connect(self._file_replaced)
        context.changed.connect(self._on_changed)

    def _file_replaced(self) -> None:
        """Forget the file before now; the "changed" that follows (after every view's own
        handlers of ``file_opened``) reads the new one into the view shown, unless it was
        read when shown meanwhile (the window shows its page)."""
        self.forget_file()
        self._stale = True
        self._read_while_opening = False

    def forget_file(self) -> None:
        """Drop what the file before showed before the new one is read: every list of
        records (:class:`RecordTableModel`, also behind a proxy) is emptied. A view keeping
        more (a chosen record, a filter on a body) extends this."""
        for table in self.findChildren(QAbstractItemView):
            model = table.model()
            while isinstance(model, QAbstractProxyModel):
                model = model.sourceModel()
            if isinstance(model, RecordTableModel):
                model.set_loader(None)

    def title(self) -> str:
        raise NotImplementedError

    def _on_changed(self) -> None:
        if self.context.store is None:
            return
        if not self.isVisible():
            self._stale = True
        elif not (self.context.opening and self._read_while_opening):
            self._read()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._arriving = True
        try:
            self.refresh_if_stale()
        finally:
            self._arriving = False

    def refresh_if_stale(self) -> None:
        """Read the store now if it changed while the view was hidden."""
        if self._stale and self.context.store is not None:
            self._read()

    def _read(self) -> None:
        self.refresh()
        self._stale = False
        self._read_while_opening = self.context.opening

    def refresh(self) -> None:
        """Read what the view shows from the store again."""

    def show_record(self, kind: str, record_id: str) -> bool:
        """Select the record if this view shows records of that kind; True if it did."""
        return False

    def attention_count(self) -> int:
        """A number for the navigation (overdue tasks, unanswered recommendations)."""
        return 0
