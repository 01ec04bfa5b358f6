"""The Textbausteine tab of Gremien & Mitglieder: the body's text modules (the result texts
of the standard TOPs and the secretary's own), each text stored when left; a placeholder
that does not exist is named beside the text and nothing typed is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Body, TextModule
from ...domain.text_modules import STANDARD, default_text, is_own, placeholder_descriptions
from ..common.palette import DONE, text_style
from ..common.widgets import ErrorLabel, buddy_label, confirm_removal, set_text_quietly
from ..context import AppContext, EditRefused

KEY_ROLE = Qt.ItemDataRole.UserRole


class TextModulesTab(QWidget):
    """The body's modules on the left; the chosen one's name, text and placeholders on the
    right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.body: Body | None = None
        self.modules: dict[str, TextModule] = {}
        self.key: str | None = None  # the module shown
        self.drafts: dict[str, tuple[str, str]] = {}  # key -> (typed text, why refused)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Textbausteine"))
        self.list.currentItemChanged.connect(self._chosen)
        self.add_button = QPushButton(self.tr("Eigenen Baustein an&legen"))
        self.add_button.clicked.connect(self.add_own)
        self.remove_button = QPushButton(self.tr("Baustein ent&fernen"))
        self.remove_button.clicked.connect(self.remove_own)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(buddy_label(self.tr("Textbauste&ine des Gremiums"), self.list))
        left_column.addWidget(self.list, 1)
        left_column.addWidget(self.add_button)
        left_column.addWidget(self.remove_button)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Name des Bausteins"))
        self.title_edit.editingFinished.connect(self.store_title)
        self.title_error = ErrorLabel()
        self.used_at = QLabel()
        self.used_at.setWordWrap(True)
        self.used_at.setStyleSheet(text_style(DONE))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Text des Bausteins"))
        self.text.setMinimumHeight(90)
        self.text.setTabChangesFocus(True)
        self.text.installEventFilter(self)  # stored when left
        self.text_error = ErrorLabel()
        self.reset_button = QPushButton(self.tr("Standardtext &wiederherstellen"))
        self.reset_button.clicked.connect(self.reset)
        self.placeholders = QListWidget()
        self.placeholders.setAccessibleName(self.tr("Platzhalter"))
        self.placeholders.setToolTip(self.tr("Doppelklick fügt den Platzhalter in den Text ein"))
        self.placeholders.itemActivated.connect(self._insert_placeholder)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(6, 0, 0, 0)
        right_column.addWidget(buddy_label(self.tr("&Name"), self.title_edit))
        right_column.addWidget(self.title_edit)
        right_column.addWidget(self.title_error)
        right_column.addWidget(self.used_at)
        right_column.addWidget(buddy_label(self.tr("&Text"), self.text))
        right_column.addWidget(self.text, 2)
        right_column.addWidget(self.text_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch()
        right_column.addLayout(buttons)
        right_column.addWidget(buddy_label(self.tr("Platzhalte&r (Doppelklick fügt ein)"),
                                           self.placeholders))
        right_column.addWidget(self.placeholders, 3)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        context.flush.connect(self.store_text)  # the view or the file is left

    # showing -------------------------------------------------------------------------------
    def clear(self) -> None:
        """No body (a file without one): nothing shown."""
        self.body, self.key = None, None
        self.modules.clear()
        self.drafts.clear()
        self.list.clear()
        self.placeholders.clear()
        self._show_module()

    def show_body(self, body: Body) -> None:
        if not self.placeholders.count():
            for name, description in placeholder_descriptions():
                entry = QListWidgetItem(f"{{{name}}} – {description}")
                entry.setData(KEY_ROLE, name)
                self.placeholders.addItem(entry)
        if self.body is not None and self.body.id != body.id:
            self.store_text()
            self.drafts.clear()
            self.key = None
        self.body = body
        modules = self.context.s.text_modules.list(body.id)
        self.modules = {m.key: m for m in modules}
        if self.key not in self.modules:
            self.key = modules[0].key if modules else None
        self.list.blockSignals(True)
        try:
            if [self.list.item(row).data(KEY_ROLE) for row in range(self.list.count())] != [
                    m.key for m in modules]:  # else the entries stay (perhaps in their signal)
                self.list.clear()
                for module in modules:
                    entry = QListWidgetItem()
                    entry.setData(KEY_ROLE, module.key)
                    self.list.addItem(entry)
            for row, module in enumerate(modules):
                self.list.item(row).setText(self._list_text(module))
                if module.key == self.key:
                    self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(False)
        self._show_module()

    def _list_text(self, module: TextModule) -> str:
        if is_own(module.key):
            return module.title
        changed = module.text != default_text(module.key)
        return module.title + (self.tr(" (geändert)") if changed else "")

    def _chosen(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        key = current.data(KEY_ROLE)
        self.store_text()  # the module left; the list may be read again meanwhile
        self.key = key
        self.list.blockSignals(True)
        self.list.setCurrentRow(list(self.modules).index(key) if key in self.modules else -1)
        self.list.blockSignals(False)
        self._show_module()

    def _show_module(self) -> None:
        module = self.modules.get(self.key or "")
        for widget in (self.title_edit, self.text, self.reset_button, self.remove_button):
            widget.setEnabled(module is not None)
        if module is None:
            return
        own = is_own(module.key)
        set_text_quietly(self.title_edit, module.title)
        self.title_edit.setReadOnly(not own)
        self.title_error.show_error("")
        self.used_at.setText(
            self.tr("Eigener Baustein: in den Notizen eines TOP mit Strg+Leertaste einfügen.")
            if own else self.tr("Ergebnis des TOP „%1“; bei der Sitzung überschreibbar.")
            .replace("%1", STANDARD[module.key].item_title))
        text, refusal = self.drafts.get(module.key, (module.text, ""))
        if not self.text.hasFocus():
            set_text_quietly(self.text, text)
        self.text_error.show_error(refusal)
        self.reset_button.setVisible(not own)
        self.reset_button.setEnabled(not own and (module.text != default_text(module.key)
                                                  or bool(refusal)))
        self.remove_button.setEnabled(own)

    # editing -------------------------------------------------------------------------------
    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is getattr(self, "text", None) and event.type() == event.Type.FocusOut:
            self.store_text()
        return super().eventFilter(watched, event)

    def store_text(self) -> None:
        """Store the text shown, if changed; a refusal is named beside it and the typed text
        stays (also when another module is chosen and this one again)."""
        module = self.modules.get(self.key or "")
        if self.body is None or module is None or self.context.store is None:
            return
        text = self.text.toPlainText()
        if text == module.text:
            self.drafts.pop(module.key, None)
            self.text_error.show_error("")
            return
        try:
            self.context.edit(self.tr("Textbaustein „%1“ ändern").replace("%1", module.title),
                              self.context.s.text_modules.set_text, self.body.id, module.key,
                              text)
        except EditRefused as exc:
            self.drafts[module.key] = (text, str(exc))
            self.text_error.show_error(str(exc))
            self.reset_button.setEnabled(not is_own(module.key))  # the default back
            return
        self.drafts.pop(module.key, None)
        self.text_error.show_error("")

    def store_title(self) -> None:
        module = self.modules.get(self.key or "")
        if (self.body is None or module is None or not is_own(module.key)
                or self.title_edit.text().strip() == module.title):
            return
        try:
            self.context.edit(self.tr("Textbaustein umbenennen"),
                              self.context.s.text_modules.rename, self.body.id, module.key,
                              self.title_edit.text())
        except EditRefused as exc:
            self.title_error.show_error(str(exc))
            return
        self.title_error.show_error("")

    def _insert_placeholder(self, entry: QListWidgetItem) -> None:
        if self.text.isEnabled():
            self.text.insertPlainText("{" + entry.data(KEY_ROLE) + "}")
            self.text.setFocus()

    def add_own(self) -> None:
        if self.body is None:
            return
        self.store_text()
        taken = {m.title.casefold() for m in self.modules.values()}
        number = 1
        while self.tr("Eigener Baustein %1").replace("%1", str(number)).casefold() in taken:
            number += 1
        title = self.tr("Eigener Baustein %1").replace("%1", str(number))
        try:
            module = self.context.edit(self.tr("Textbaustein anlegen"),
                                       self.context.s.text_modules.add_own, self.body.id, title)
        except EditRefused as exc:
            self.text_error.show_error(str(exc))
            return
        self.key = module.key
        self.show_body(self.body)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def remove_own(self) -> None:
        module = self.modules.get(self.key or "")
        if self.body is None or module is None or not is_own(module.key):
            return
        if not confirm_removal(self, self.tr("Textbaustein entfernen"),
                               self.tr("Den Textbaustein „%1“ entfernen?")
                               .replace("%1", module.title)):
            return
        self.drafts.pop(module.key, None)
        try:
            self.context.edit(self.tr("Textbaustein entfernen"),
                              self.context.s.text_modules.delete_own, self.body.id, module.key)
        except EditRefused as exc:
            self.text_error.show_error(str(exc))
            return
        self.key = None
        self.show_body(self.body)

    def reset(self) -> None:
        module = self.modules.get(self.key or "")
        if self.body is None or module is None or is_own(module.key):
            return
        self.drafts.pop(module.key, None)
        try:
            self.context.edit(self.tr("Standardtext wiederherstellen"),
                              self.context.s.text_modules.reset, self.body.id, module.key)
        except EditRefused as exc:
            self.text_error.show_error(str(exc))
            return
        set_text_quietly(self.text, default_text(module.key))
        self.show_body(self.body)
