"""Small pieces several views use."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Labeled
from .context import label

QUORATE = "color: #1e7145; font-weight: bold;"
NOT_QUORATE = "color: #b03a2e; font-weight: bold;"
ERROR = "color: #b03a2e;"


def quorum_style(quorate: bool) -> str:
    return QUORATE if quorate else NOT_QUORATE


class ErrorLabel(QLabel):
    """Says in red what is wrong with what was just typed; empty when all is well."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(ERROR)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Fehlermeldung"))
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error(widget: QWidget | QHBoxLayout) -> tuple[QWidget, ErrorLabel]:
    """A field with its error line under it, as one widget for a form row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(widget, QHBoxLayout):
        column.addLayout(widget)
    else:
        column.addWidget(widget)
    error = ErrorLabel()
    column.addWidget(error)
    return box, error


def set_text_quietly(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show stored text without firing edit signals, and never under the user's cursor."""
    if widget.hasFocus():
        return
    current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    if current != text:
        with QSignalBlocker(widget):
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)


class EnumCombo(QComboBox):
    """A choice among coded values, shown by their German labels.

    Qt turns enum item data into plain strings; ``value()`` gives the enum back.
    """

    def __init__(self, kind: type[Labeled], members: Iterable[Labeled] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        for member in members if members is not None else kind:
            self.addItem(label(member), member.value)

    def value(self) -> Any:
        data = self.currentData()
        return self.kind(data) if data is not None else None

    def set_value(self, member: Labeled | None) -> None:
        self.setCurrentIndex(max(self.findData(member.value if member else None), 0))
