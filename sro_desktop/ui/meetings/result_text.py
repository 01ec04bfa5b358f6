"""A TOP's result (Ergebnis) with the text module's filled suggestion, and the body's text
modules offered in a TOP's notes (Strg+Leertaste, or the context menu)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import AgendaItem
from ...domain.text_modules import fill, module_key, suggestion, values
from ..common.widgets import ErrorLabel, set_text_quietly
from ..context import AppContext, EditRefused

INSERT_KEY = "Ctrl+Space"


def filled_suggestion(context: AppContext, item: AgendaItem) -> str:
    """The filled module of the TOP's standard module ("" for another TOP)."""
    if module_key(item) is None:
        return ""
    store = context.s
    record = store.meetings.minutes_record(item.meeting_id)
    return suggestion(record, item, store.text_modules.by_key(record.context.meeting.body_id))


class ResultBox(QGroupBox):
    """The TOP's result as the minutes show it: what is typed here, else the suggestion
    shown greyed in the empty field; stored when left."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Ergebnis"), parent)
        self.context = context
        self.item: AgendaItem | None = None
        self.suggested = ""
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Ergebnis des TOP"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(80)
        self.text.installEventFilter(self)  # stored when left
        self.take_button = QPushButton(self.tr("Vorschlag übernehmen"))
        self.take_button.setToolTip(self.tr("Den Vorschlag aus dem Textbaustein in das Feld "
                                            "übernehmen, um ihn zu ändern"))
        self.take_button.clicked.connect(self.take_suggestion)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.take_button)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addLayout(row)
        column.addWidget(self.error)

    def load(self, item: AgendaItem, locked: bool) -> None:
        if self.item is None or self.item.id != item.id:
            self.error.show_error("")
        self.item = item
        self.suggested = filled_suggestion(self.context, item)
        self.text.setPlaceholderText(
            self.suggested or self.tr("Ergebnis des TOP, wie es ins Protokoll kommt"))
        self.text.setToolTip(self.tr("Leer: ins Protokoll kommt der Vorschlag (grau)")
                             if self.suggested else "")
        set_text_quietly(self.text, item.result_text)
        self.text.setReadOnly(locked)
        self.take_button.setVisible(bool(self.suggested))
        self.take_button.setEnabled(not locked)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is getattr(self, "text", None) and event.type() == event.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    def take_suggestion(self) -> None:
        self.text.setPlainText(self.suggested)
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def save(self) -> None:
        item = self.item
        if item is None or self.context.store is None or self.text.isReadOnly():
            return
        text = self.text.toPlainText()
        if text == item.result_text:
            return
        try:
            self.item = self.context.edit(
                self.tr("Ergebnis zu TOP %1").replace("%1", str(item.position)),
                self.context.s.agenda.update, item.id, result_text=text)
        except EditRefused as exc:
            self.error.show_error(str(exc))
            return
        self.error.show_error("")


class ModuleInserter:
    """Offers the body's text modules in a text field (a TOP's notes): Strg+Leertaste opens
    a menu at the cursor, the context menu has "Textbaustein einfügen"; the chosen one is
    inserted filled at the cursor."""

    def __init__(self, context: AppContext, field: QPlainTextEdit,
                 item: Callable[[], AgendaItem | None]):
        self.context = context
        self.field = field
        self.item = item
        self.menu: QMenu | None = None  # the last menu offered
        shortcut = QShortcut(QKeySequence(INSERT_KEY), field)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.offer)
        field.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        field.customContextMenuRequested.connect(self._context_menu)

    def _texts(self) -> list[tuple[str, str]]:
        """(title, filled text) of each of the body's modules."""
        item = self.item()
        if item is None or self.context.store is None:
            return []
        store = self.context.s
        record = store.meetings.minutes_record(item.meeting_id)
        filled = values(record, item)
        return [(m.title, fill(m.text, filled))
                for m in store.text_modules.list(record.context.meeting.body_id)]

    def _fill_menu(self, menu: QMenu) -> None:
        for title, text in self._texts():
            action = QAction(title.replace("&", "&&"), menu)
            action.setToolTip(text)
            action.triggered.connect(lambda _=False, t=text: self.insert(t))
            menu.addAction(action)
        menu.setToolTipsVisible(True)

    def offer(self) -> QMenu | None:
        """The modules in a menu at the cursor (shown, not waited for)."""
        if self.field.isReadOnly():
            return None
        menu = QMenu(self.field)
        menu.setAccessibleName(QCoreApplication.translate("ModuleInserter",
                                                          "Textbaustein einfügen"))
        self._fill_menu(menu)
        self.menu = menu
        menu.popup(self.field.mapToGlobal(self.field.cursorRect().bottomLeft()))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.field.createStandardContextMenu(pos)
        modules = menu.addMenu(QCoreApplication.translate(
            "ModuleInserter", "Textbaustein einfügen\tStrg+Leertaste"))
        modules.setEnabled(not self.field.isReadOnly())
        self._fill_menu(modules)
        self.menu = menu
        menu.popup(self.field.mapToGlobal(pos))

    def insert(self, text: str) -> None:
        self.field.setFocus()
        self.field.insertPlainText(text)
