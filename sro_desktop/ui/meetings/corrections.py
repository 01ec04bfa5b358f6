"""Berichtigungen: the only change approved minutes accept, recorded in the Protokoll tab
("Berichtigung erfassen …") and listed there, in the preview and in the Word minutes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import german_date
from ...domain.meetings import minutes_locked
from ...domain.model import Meeting
from ...store import StoreError
from ..common.forms import FormDialog
from ..common.table_model import Column, RecordTableModel, list_loader
from ..common.widgets import date_edit, date_value, record_table, section_label
from ..context import AppContext


@dataclass(frozen=True)
class CorrectionValues:
    corrected_on: date
    reason: str
    text: str


class CorrectionDialog(FormDialog):
    """Berichtigung erfassen: the day, the reason and the corrected text; OK stores."""

    def __init__(self, parent: QWidget | None,
                 submit: Callable[[CorrectionValues], Any] | None = None):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Berichtigung erfassen"))
        self.day = date_edit(clock.today())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("z. B. Name falsch geschrieben"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Was richtig lautet, z. B. „Statt … muss es … "
                                             "heißen.“"))
        form = QFormLayout()
        self.field_row(form, self.tr("&Datum:"), self.day, "corrected_on")
        self.field_row(form, self.tr("&Grund:"), self.reason, "reason")
        self.field_row(form, self.tr("&Text:"), self.text, "text")
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def values(self) -> CorrectionValues:
        return CorrectionValues(date_value(self.day), self.reason.text().strip(),
                                self.text.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None,
            submit: Callable[[CorrectionValues], Any] | None = None) -> CorrectionValues | None:
        """The values once ``submit`` stored them; None when cancelled."""
        return cls._run(cls(parent, submit))


class CorrectionsPanel(QWidget):
    """The Berichtigungen of approved minutes, and the button that records one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None
        self.add_button = QPushButton(self.tr("Berichtigung erfassen …"))
        self.add_button.setAccessibleName(self.tr("Berichtigung erfassen"))
        self.add_button.setToolTip(self.tr(
            "Genehmigte Protokolle ändern sich nur durch eine Berichtigung"))
        self.add_button.clicked.connect(self.add_correction)
        self.model = RecordTableModel([
            Column(self.tr("Datum"), lambda c: german_date(c.corrected_on)),
            Column(self.tr("Grund"), lambda c: c.reason),
            Column(self.tr("Berichtigung"), lambda c: c.text),
        ], self)
        self.model.tooltip = lambda c: c.text
        self.table = record_table(self.model, self.tr("Berichtigungen"),
                                  self.tr("Die Berichtigungen des genehmigten Protokolls"),
                                  (90, 160, 200), 2)
        self.table.setMaximumHeight(110)
        heading = QHBoxLayout()
        heading.addWidget(section_label(self.tr("Berichtigungen")), 1)
        heading.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)
        context.changed.connect(self.refresh)
        context.file_opened.connect(lambda: self.set_meeting(None))

    def set_meeting(self, meeting_id: str | None) -> None:
        store = self.context.store
        self.meeting = None
        if store is not None and meeting_id is not None:
            try:
                self.meeting = store.meetings.get(meeting_id)
            except StoreError:
                self.meeting = None
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        if store is None or self.meeting is None:
            self.meeting = None
            self.model.set_loader(None)
            self.add_button.setEnabled(False)
            return
        try:
            self.meeting = store.meetings.get(self.meeting.id)
        except StoreError:  # the meeting went (undo of its creation)
            self.meeting = None
            self.refresh()
            return
        self.model.set_loader(list_loader(store.corrections.list(self.meeting.id)))
        self.add_button.setEnabled(minutes_locked(self.meeting))

    def _store(self, values: CorrectionValues) -> Any:
        assert self.meeting is not None
        return self.context.edit(self.tr("Berichtigung erfassen"),
                                 self.context.s.corrections.add, self.meeting.id,
                                 values.corrected_on, values.reason, values.text)

    def add_correction(self) -> CorrectionValues | None:
        """Berichtigung erfassen …: the dialog; OK stores it (one undo step)."""
        if self.meeting is None or not minutes_locked(self.meeting):
            return None
        return CorrectionDialog.ask(self, self._store)
