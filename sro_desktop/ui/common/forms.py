"""Dialogs whose OK stores what was typed, and a date that may be left open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QWidget,
)

from ... import clock
from ..context import EditRefused
from .widgets import ErrorLabel, buddy_label, date_edit, date_value, qdate, run_modal, with_error

TITLE_BAR_BUTTONS = 160  # the icon and the buttons of a window's title bar, about


class OptionalDate(QWidget):
    """A date that may be left open: a check box switches the date field on."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = date_edit(clock.today())
        self.edit.setMinimumWidth(120)
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(text.replace("&", ""))
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch()
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return date_value(self.edit)

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(qdate(day))


class FormDialog(QDialog):
    """A dialog whose OK hands its values to ``submit``.

    When the store refuses, the reason appears beside the field it names and the
    dialog stays open with everything typed; nothing was stored.
    """

    def __init__(self, parent: QWidget | None, submit: Callable[[Any], Any] | None):
        super().__init__(parent)
        self.submit = submit
        self.stored: Any = None
        self.result_values: Any = None
        self.errors: dict[str, ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.general_error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def field_row(self, form: QFormLayout, text: str, widget: QWidget, *names: str,
                  buddy: QWidget | None = None) -> ErrorLabel:
        """Add ``text`` (with a mnemonic) and ``widget`` to the form, with an error line."""
        box, error = with_error(widget)
        form.addRow(buddy_label(text, buddy or widget), box)
        (buddy or widget).setAccessibleName(text.replace("&", "").rstrip(":"))
        for name in names:
            self.errors[name] = error
            self.fields[name] = buddy or widget
        return error

    def values(self) -> Any:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        """Wide enough for its title (the title bar cuts a long one off), within the screen."""
        room = self.fontMetrics().horizontalAdvance(self.windowTitle()) + TITLE_BAR_BUTTONS
        screen = self.screen()
        if screen is not None:
            room = min(room, screen.availableGeometry().width())
        if self.width() < room:
            self.resize(room, self.height())
        super().showEvent(event)

    def clear_errors(self) -> None:
        for error in [*self.errors.values(), self.general_error]:
            error.show_error("")

    def show_refusal(self, field: str | None, message: str) -> None:
        error = self.errors.get(field or "", self.general_error)
        error.show_error(message)
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()
        self.adjustSize()  # room for the message

    def accept(self) -> None:
        self.clear_errors()
        values = self.values()
        if self.submit is not None:
            try:
                self.stored = self.submit(values)
            except EditRefused as exc:
                self.show_refusal(exc.field, str(exc))
                return
        self.result_values = values
        super().accept()

    @classmethod
    def _run(cls, dialog: FormDialog) -> Any:
        return run_modal(dialog, lambda: dialog.result_values)
