"""Protokoll prüfen: what the minutes of a meeting still lack, as a list that leads to
each place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.minutes_check import Finding
from ...store import StoreError
from ..common.palette import ADOPTED, DONE, text_style
from ..common.widgets import plural
from ..context import AppContext


class MinutesCheckList(QWidget):
    """"Protokoll prüfen": the findings of the check for one meeting, as a list.

    Activating a finding goes to its record: the agenda item (TOP) it belongs to,
    else the task, else the meeting (``context.show_record``); ``finding_activated``
    carries the finding itself, for a tab that wants to show more (the attendance).
    Once checked, the list follows every edit until another meeting is chosen.
    """

    finding_activated = Signal(object)  # Finding

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting_id: str | None = None
        self.findings: list[Finding] = []
        self._checked = False

        self.check_button = QPushButton(self.tr("Protokoll pr&üfen"))
        self.check_button.setToolTip(self.tr(
            "Sucht, was vor dem Versand fehlt: Abstimmungen, Verantwortliche, "
            "Fälligkeiten, Anwesenheit, Ergebnisse der TOPs"))
        self.check_button.clicked.connect(self.run_check)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Befunde der Protokollprüfung"))
        self.list.setWordWrap(True)
        self.list.setToolTip(self.tr("Doppelklick oder Eingabetaste führt zur Stelle"))
        self.list.itemActivated.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(self.check_button)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        context.changed.connect(self._data_changed)
        context.file_opened.connect(lambda: self.set_meeting(None))
        self.set_meeting(None)

    def set_meeting(self, meeting_id: str | None) -> None:
        """Show the check of this meeting; it runs when the button is pressed."""
        self.meeting_id = meeting_id
        self._checked = False
        self.findings = []
        self.list.clear()
        self.check_button.setEnabled(meeting_id is not None)
        self.summary.setStyleSheet(text_style(DONE))
        self.summary.setText(self.tr("Noch nicht geprüft.") if meeting_id else "")

    def run_check(self) -> list[Finding]:
        """Check the minutes now and show what was found."""
        store = self.context.store
        if store is None or self.meeting_id is None:
            return []
        try:
            self.findings = store.meetings.check_minutes(self.meeting_id)
        except StoreError as exc:  # the meeting is gone (deleted, or undone)
            self.set_meeting(None)
            self.summary.setText(str(exc))
            return []
        self._checked = True
        self.list.clear()
        for n, finding in enumerate(self.findings):
            entry = QListWidgetItem(finding.text)
            entry.setData(Qt.ItemDataRole.UserRole, n)
            entry.setToolTip(finding.text)
            self.list.addItem(entry)
        count = len(self.findings)
        if count == 0:
            self.summary.setText(self.tr("Keine Befunde: das Protokoll ist vollständig."))
            self.summary.setStyleSheet(text_style(ADOPTED))
        else:
            self.summary.setText(plural(count, self.tr("%1 Befund"), self.tr("%1 Befunde")))
            self.summary.setStyleSheet("")
        return self.findings

    def _data_changed(self) -> None:
        if self.context.store is None:
            self.set_meeting(None)
        elif self._checked:
            self.run_check()

    def _activated(self, entry: QListWidgetItem) -> None:
        finding = self.findings[entry.data(Qt.ItemDataRole.UserRole)]
        self.finding_activated.emit(finding)
        if finding.item_id:
            self.context.show_record.emit("agenda_items", finding.item_id)
        elif finding.kind == "tasks":
            self.context.show_record.emit("tasks", finding.record_id)
        elif self.meeting_id:
            self.context.show_record.emit("meetings", self.meeting_id)
