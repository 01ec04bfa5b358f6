"""Protokoll: the minutes as they will print, and the exports of a meeting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import MeetingState
from ...domain.words import say
from ..context import AppContext, EditRefused
from ..exports import ask_export_path, open_after_export, run_export, set_open_after_export
from ..exports import template_for as chosen_template
from .circulation import CirculationPanel
from .corrections import CorrectionsPanel
from .mail_drafts import send_invitation
from .minutes_check import MinutesCheckList


def confirm_mark_invited(parent: QWidget) -> bool:
    """After the invitation was exported: mark the planned meeting as invited? A module
    function, so tests can answer it."""
    answer = QMessageBox.question(
        parent, say("MinutesTab", "Einladung exportiert"),
        say("MinutesTab", "Die Sitzung ist noch „geplant“. Jetzt als „eingeladen“ markieren?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class MinutesTab(QWidget):
    """The preview of the minutes with its options, the check and the circulation."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting_id: str | None = None
        self.public = QCheckBox(self.tr("&Öffentliche Fassung"))
        self.public.setToolTip(self.tr("Ohne nichtöffentliche Tagesordnungspunkte"))
        self.results_only = QCheckBox(self.tr("Ergebnisprotokoll (ohne Verlauf)"))
        for box in (self.public, self.results_only):
            box.toggled.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Protokoll exportieren …"))
        self.export_button.clicked.connect(self.export_minutes)
        self.invitation_button = QPushButton(self.tr("Einladun&g exportieren …"))
        self.invitation_button.clicked.connect(self.export_invitation)
        self.open_after = QCheckBox(self.tr("na&ch dem Export öffnen"))
        self.open_after.setChecked(open_after_export())
        self.open_after.toggled.connect(set_open_after_export)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Vorschau des Protokolls"))
        self.preview.setOpenLinks(False)

        options = QHBoxLayout()
        for box in (self.public, self.results_only):
            options.addWidget(box)
        options.addStretch()
        for widget in (self.open_after, self.invitation_button, self.export_button):
            options.addWidget(widget)
        self.check = MinutesCheckList(context)
        self.circulation = CirculationPanel(context)
        self.corrections = CorrectionsPanel(context)
        # the check, the circulation and the Berichtigungen, beside the preview; on a
        # small screen they scroll rather than make the window taller than the screen
        parts = QWidget()
        self.parts = QVBoxLayout(parts)
        self.parts.setContentsMargins(0, 0, 0, 0)
        self.parts.addWidget(self.check, 1)
        self.parts.addWidget(self.circulation, 1)
        self.parts.addWidget(self.corrections)
        scroll = QScrollArea()
        scroll.setWidget(parts)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = QHBoxLayout()
        row.addWidget(self.preview, 3)
        row.addWidget(scroll, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addLayout(row, 1)

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.check.set_meeting(meeting_id)
        self.circulation.set_meeting(meeting_id)
        self.corrections.set_meeting(meeting_id)
        self.refresh()

    def context_now(self) -> dict[str, Any]:
        from ...documents.minutes import minutes_context  # when the tab is first shown

        assert self.meeting_id is not None
        return minutes_context(self.context.s, self.meeting_id, public=self.public.isChecked(),
                               results_only=self.results_only.isChecked())

    def refresh(self) -> None:
        if self.context.store is None or self.meeting_id is None or not self.isVisible():
            return
        from ...documents.preview import minutes_html

        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(minutes_html(self.context_now()))
        self.preview.verticalScrollBar().setValue(scroll)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _name(self, what: str) -> str:
        store = self.context.s
        assert self.meeting_id is not None
        meeting = store.meetings.get(self.meeting_id)
        body = store.bodies.get(meeting.body_id)
        return f"{what} {body.short} {meeting.number} {meeting.date.isoformat()}.docx"

    def export_minutes(self) -> None:
        if self.meeting_id is None:
            return
        what = self.tr("Niederschrift") + (self.tr(" öffentlich") if self.public.isChecked()
                                           else "")
        path = ask_export_path(self, self.tr("Protokoll exportieren"), self._name(what))
        if path is None:
            return
        from ...documents.minutes import export_minutes

        meeting_id, store = self.meeting_id, self.context.s
        run_export(self, lambda: export_minutes(
            store, meeting_id, path, template=chosen_template("minutes"),
            public=self.public.isChecked(), results_only=self.results_only.isChecked()), path)

    def export_invitation(self) -> None:
        if self.meeting_id is None:
            return
        path = ask_export_path(self, self.tr("Einladung exportieren"),
                               self._name(self.tr("Einladung")))
        if path is None:
            return
        from ...documents.invitation import export_invitation

        meeting_id, store = self.meeting_id, self.context.s
        result = run_export(self, lambda: export_invitation(
            store, meeting_id, path, template=chosen_template("invitation")), path)
        if result is None:
            return
        if result.warning:
            QMessageBox.information(self, self.tr("Ladungsfrist"), result.warning)
        self._offer_invited()

    def send_invitation(self) -> None:
        """"Einladung versenden …" (its button is in the meeting's header, beside the
        steps of its state): the draft with the invitation (mail_drafts.py); then, as
        after the export, the offer to mark the meeting invited."""
        if self.meeting_id is not None and send_invitation(self, self.context,
                                                           self.meeting_id):
            self._offer_invited()

    def _offer_invited(self) -> None:
        """A planned meeting whose invitation went out may be marked invited (one step)."""
        store = self.context.s
        assert self.meeting_id is not None
        if (store.meetings.get(self.meeting_id).state is not MeetingState.PLANNED
                or not confirm_mark_invited(self)):
            return
        try:
            self.context.edit(self.tr("Zustand: eingeladen"), store.meetings.set_state,
                              self.meeting_id, MeetingState.INVITED)
        except EditRefused as exc:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), str(exc))
