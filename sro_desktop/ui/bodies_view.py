"""The Gremien & Mitglieder view."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .base import View
from .context import AppContext


class BodiesView(View):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.title()))

    def title(self) -> str:
        return self.tr("Gremien & Mitglieder")
