"""The base class of the main window's pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ..context import AppContext


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
