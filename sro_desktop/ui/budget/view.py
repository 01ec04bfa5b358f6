"""The "Haushalt & Stellen" page: the budget of the model region by year, and the
programme's posts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..common.view import View
from ..context import AppContext
from .lines import LinesPanel
from .posts import PostsPanel


class BudgetView(View):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.lines = LinesPanel(context)
        self.posts = PostsPanel(context)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.tabs.setAccessibleName(self.tr("Haushalt und Stellen"))
        self.tabs.addTab(self.lines, self.tr("Ha&ushalt"))
        self.tabs.addTab(self.posts, self.tr("Ste&llen"))
        self.tabs.currentChanged.connect(self._tab_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Haushalt & Stellen")

    def forget_file(self) -> None:
        super().forget_file()
        self.lines.new_years.clear()
        self.lines.shown_id = None
        self.posts.forget()

    def refresh(self) -> None:
        """The tab shown; the other is read when it is chosen."""
        if self.tabs.currentWidget() is self.posts:
            self.posts.refresh()
        else:
            self.lines.refresh()

    def _tab_chosen(self, _number: int) -> None:
        self.context.flush.emit()  # what is typed in the tab left is stored first
        if self.context.store is not None:
            self.refresh()

    def show_record(self, kind: str, record_id: str) -> bool:
        if kind == "posts":
            self.tabs.setCurrentWidget(self.posts)
            return self.posts.select(record_id)
        if kind != "budget_lines" or self.context.store is None:
            return False
        lines = self.context.s.budget_lines.list()
        found = next((x for x in lines if x.id == record_id), None)
        if found is None:
            return False
        self.tabs.setCurrentWidget(self.lines)
        self.lines.year = found.year
        self.lines.refresh()
        return self.lines.select_line(record_id)
