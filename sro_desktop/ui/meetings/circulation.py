"""Versand, Einwendungen, Genehmigung: the life of the minutes after the meeting, in the
Protokoll tab. It reads the store again after every edit, and edits through
``AppContext.edit`` (one undo step each)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import clock
from ...domain.calendar import german_date
from ...domain.enums import MeetingState
from ...domain.errors import RuleViolation
from ...domain.labels import person_label, person_sort_key
from ...domain.meetings import (
    approval_note,
    approved_minutes_sentence,
    check_objectable,
    check_sendable,
    minutes_locked,
)
from ...domain.model import Meeting, Objection, Person
from ...store import StoreError
from ..common.palette import ADOPTED, DONE, text_style
from ..common.table_model import Column, RecordTableModel, list_loader
from ..common.widgets import ErrorLabel, record_table, section_label, value_label
from ..context import AppContext, EditRefused, label
from .circulation_dialogs import (
    ApprovalChoice,
    ApprovalDialog,
    CirculationDialog,
    ObjectionDialog,
    ObjectionValues,
)
from .mail_drafts import make_draft, recipients_of, tell_opened


class CirculationPanel(QWidget):
    """The life of the minutes after the meeting: "Protokoll versenden" (draft → sent),
    the circulations so far, the objections, and where the minutes were approved —
    or which minutes this meeting approved."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None
        self.people: dict[str, Person] = {}
        self.names: dict[str, str] = {}

        self.state_label = QLabel()
        self.send_button = QPushButton(self.tr("Protokoll ver&senden …"))
        self.send_button.setToolTip(self.tr(
            "Öffnet einen E-Mail-Entwurf mit dem Protokoll an die Mitglieder und hält den "
            "Versand fest; der Entwurf ist dann versandt"))
        self.send_button.clicked.connect(self.send)
        self.send_error = ErrorLabel()
        self.circulation_model = RecordTableModel([
            Column(self.tr("Versandt am"), lambda c: german_date(c.sent_on)),
            Column(self.tr("Empfänger"), lambda c: c.recipients),
            Column(self.tr("Anmerkung"), lambda c: c.note),
        ], self)
        self.circulation_model.tooltip = lambda c: c.recipients
        self.circulations = record_table(
            self.circulation_model, self.tr("Versand des Protokolls"),
            self.tr("Wann das Protokoll an wen versandt wurde"), (90, 260, 160), 1)

        self.objection_button = QPushButton(self.tr("Einwendung er&fassen …"))
        self.objection_button.clicked.connect(self.add_objection)
        self.edit_objection_button = QPushButton(self.tr("Bearbeiten …"))
        self.edit_objection_button.setAccessibleName(self.tr("Einwendung bearbeiten …"))
        self.edit_objection_button.setToolTip(self.tr("Auch: eintragen, wie sie erledigt wurde"))
        self.edit_objection_button.clicked.connect(self.edit_objection)
        self.objection_error = ErrorLabel()
        self.objection_model = RecordTableModel([
            Column(self.tr("Eingang"), lambda o: german_date(o.received_on)),
            Column(self.tr("Von"), self._author),
            Column(self.tr("Einwendung"), lambda o: o.text),
            Column(self.tr("Erledigung"), lambda o: o.resolution or self.tr("offen")),
        ], self)
        self.objection_model.tooltip = lambda o: o.text
        self.objections = record_table(
            self.objection_model, self.tr("Einwendungen"),
            self.tr("Einwendungen gegen das Protokoll und wie sie erledigt wurden"),
            (90, 140, 220, 160), 2)
        self.objections.doubleClicked.connect(lambda _index: self.edit_objection())
        self.objections.selectionModel().selectionChanged.connect(self._update_buttons)

        self.approval_label = value_label()
        self.approval_label.setAlignment(Qt.AlignmentFlag.AlignLeft
                                         | Qt.AlignmentFlag.AlignVCenter)
        self.approval_label.setAccessibleName(self.tr("Genehmigung"))
        self.approved_here_label = value_label()
        self.approved_here_label.setAccessibleName(self.tr("In dieser Sitzung genehmigt"))
        self.approve_button = QPushButton(self.tr("Protokoll &genehmigen …"))
        self.approve_button.setToolTip(self.tr(
            "In welcher späteren Sitzung und zu welchem TOP das Protokoll genehmigt wurde"))
        self.approve_button.clicked.connect(self.approve)
        self.approve_error = ErrorLabel()

        send_row = QHBoxLayout()
        send_row.addWidget(section_label(self.tr("Versand")))
        send_row.addWidget(self.state_label, 1)
        send_row.addWidget(self.send_button)
        objection_row = QHBoxLayout()  # narrow beside the preview: the buttons go below
        objection_row.addWidget(self.edit_objection_button)
        objection_row.addStretch(1)
        objection_row.addWidget(self.objection_button)
        self.state_label.setWordWrap(True)
        approval_row = QHBoxLayout()
        approval_row.addWidget(section_label(self.tr("Genehmigung")))
        approval_row.addWidget(self.approval_label, 1)
        approval_row.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(send_row)
        layout.addWidget(self.send_error)
        layout.addWidget(self.circulations, 1)
        layout.addWidget(section_label(self.tr("Einwendungen")))
        layout.addWidget(self.objection_error)
        layout.addWidget(self.objections, 1)
        layout.addLayout(objection_row)
        layout.addLayout(approval_row)
        layout.addWidget(self.approve_error)
        layout.addWidget(self.approved_here_label)
        context.changed.connect(self.refresh)
        context.file_opened.connect(lambda: self.set_meeting(None))
        self.set_meeting(None)

    # reading -----------------------------------------------------------------------------------
    def set_meeting(self, meeting_id: str | None) -> None:
        store = self.context.store
        self.meeting = None
        if store is not None and meeting_id is not None:
            try:
                self.meeting = store.meetings.get(meeting_id)
            except StoreError:
                self.meeting = None
        for error in (self.send_error, self.objection_error, self.approve_error):
            error.show_error("")
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        if store is not None and self.meeting is not None:
            try:
                self.meeting = store.meetings.get(self.meeting.id)
            except StoreError:
                self.meeting = None
        meeting = self.meeting
        self.setEnabled(store is not None and meeting is not None)
        if store is None or meeting is None:
            self.circulation_model.set_loader(None)
            self.objection_model.set_loader(None)
            for text_label in (self.state_label, self.approval_label, self.approved_here_label):
                text_label.setText("")
            self.approve_button.hide()
            return
        self.people = {p.id: p for p in store.people.list()}
        self.names = {pid: person_label(p) for pid, p in self.people.items()}
        self.state_label.setText(self.tr("Zustand: %1").replace("%1", label(meeting.state)))
        self.circulation_model.set_loader(list_loader(store.circulations.list(meeting.id)))
        selected = self._selected_objection()
        self.objection_model.set_loader(list_loader(store.objections.list(meeting.id)))
        if selected is not None:
            row = self.objection_model.row_of(selected.id)
            if row is not None:
                self.objections.selectRow(row)
        self._show_approval(meeting)
        self._update_buttons()

    def _show_approval(self, meeting: Meeting) -> None:
        store = self.context.s
        note = ""
        if meeting.approved_in_meeting_id:
            try:
                approving = store.meetings.get(meeting.approved_in_meeting_id)
                item = (store.agenda.get(meeting.approved_at_item_id)
                        if meeting.approved_at_item_id else None)
            except StoreError:
                approving, item = None, None
            note = approval_note(meeting, approving, item)
        if note:
            self.approval_label.setText(self.tr("gesperrt, %1").replace("%1", note))
            self.approval_label.setStyleSheet(text_style(ADOPTED))
        else:
            self.approval_label.setText(self.tr("noch nicht genehmigt"))
            self.approval_label.setStyleSheet(text_style(DONE))
        lines = []
        for approved in store.meetings.approved_in(meeting.id):
            sentence = approved_minutes_sentence(approved)
            try:
                item = (store.agenda.get(approved.approved_at_item_id)
                        if approved.approved_at_item_id else None)
            except StoreError:
                item = None
            lines.append(self.tr("TOP %1: %2").replace("%1", str(item.position))
                         .replace("%2", sentence) if item else sentence)
        self.approved_here_label.setText(
            self.tr("In dieser Sitzung: %1").replace("%1", " ".join(lines)) if lines else "")
        self.approved_here_label.setVisible(bool(lines))
        self.approve_button.setVisible(meeting.state is MeetingState.SENT)

    def _author(self, objection: Objection) -> str:
        if objection.person_id:
            return self.names.get(objection.person_id, objection.raised_by)
        return objection.raised_by

    def _selected_objection(self) -> Objection | None:
        rows = self.objections.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.objection_model.rowCount():
            return None
        return self.objection_model.record(rows[0].row())

    def _update_buttons(self) -> None:
        locked = self.meeting is None or minutes_locked(self.meeting)
        for button in (self.send_button, self.objection_button):
            button.setEnabled(not locked)
        self.edit_objection_button.setEnabled(
            not locked and self._selected_objection() is not None)

    # editing ----------------------------------------------------------------------------------
    def send(self) -> bool:
        """"Protokoll versenden …": as an e-mail draft with the minutes attached to the
        members (then sent today), or only recorded as entered; the circulation is
        recorded (draft → sent)."""
        if self.meeting is None:
            return False
        store = self.context.s
        meeting = self.meeting
        try:
            check_sendable(meeting)
        except RuleViolation as exc:
            self.send_error.show_error(str(exc))
            return False
        recipients_for = recipients_of(self.context, meeting.id)
        values = CirculationDialog.ask(self, store.circulations.default_recipients(meeting.id),
                                       max(clock.today(), meeting.date), recipients_for)
        if values is None:
            return False
        if values.email:  # the draft first: when it cannot be made, nothing is recorded
            opened = make_draft(self.context, meeting.id, "minutes",
                                recipients_for(values.deputies))
            if isinstance(opened, str):
                self.send_error.show_error(opened)
                return False
            tell_opened(self, opened)
            if opened.cancelled:
                self.send_error.show_error(self.tr(
                    "Der Entwurf wurde im E-Mail-Programm verworfen; kein Versand festgehalten."))
                return False
        try:
            self.context.edit(self.tr("Protokoll versenden"), store.circulations.send,
                              meeting.id, values.sent_on, values.recipients, values.note)
        except EditRefused as exc:
            self.send_error.show_error(str(exc))
            return False
        self.send_error.show_error("")
        return True

    def _people(self) -> list[tuple[str, str]]:
        """The members of the body on the meeting's day, to choose an objection's author."""
        assert self.meeting is not None
        store = self.context.s
        members = store.memberships.list(self.meeting.body_id, on=self.meeting.date)
        people = sorted({m.person_id: self.people[m.person_id] for m in members
                         if m.person_id in self.people}.values(), key=person_sort_key)
        return [(self.names[p.id], p.id) for p in people]

    def add_objection(self) -> bool:
        """"Einwendung erfassen …"."""
        if self.meeting is None:
            return False
        meeting = self.meeting
        try:
            check_objectable(meeting)
        except RuleViolation as exc:
            self.objection_error.show_error(str(exc))
            return False
        values = ObjectionDialog.ask(self, self._people(), ObjectionValues(
            max(clock.today(), meeting.date), ""))
        if values is None:
            return False
        try:
            self.context.edit(self.tr("Einwendung erfassen"), self.context.s.objections.add,
                              meeting.id, values.received_on, values.text,
                              person_id=values.person_id, raised_by=values.raised_by,
                              resolution=values.resolution)
        except EditRefused as exc:
            self.objection_error.show_error(str(exc))
            return False
        self.objection_error.show_error("")
        return True

    def edit_objection(self) -> bool:
        """"Einwendung bearbeiten …": change it, or record how it was dealt with."""
        objection = self._selected_objection()
        if self.meeting is None or objection is None:
            return False
        current = ObjectionValues(objection.received_on, objection.text, objection.person_id,
                                  objection.raised_by, objection.resolution)
        values = ObjectionDialog.ask(self, self._people(), current)
        if values is None or values == current:
            return False
        try:
            # partial: the field "text" would collide with edit()'s own parameter
            self.context.edit(self.tr("Einwendung ändern"), partial(
                self.context.s.objections.update, objection.id,
                received_on=values.received_on, text=values.text, person_id=values.person_id,
                raised_by=values.raised_by, resolution=values.resolution))
        except EditRefused as exc:
            self.objection_error.show_error(str(exc))
            return False
        self.objection_error.show_error("")
        return True

    def approval_choices(self) -> list[ApprovalChoice]:
        """Later meetings that took place, nearest first, with their agenda items."""
        assert self.meeting is not None
        store = self.context.s
        choices = []
        for candidate in store.meetings.approving_candidates(self.meeting.id):
            items = tuple((self.tr("TOP %1: %2").replace("%1", str(i.position))
                           .replace("%2", i.title), i.id)
                          for i in store.agenda.list(candidate.id))
            standard = store.meetings.approval_item(candidate.id)
            choices.append(ApprovalChoice(
                candidate.id, self.tr("%1. Sitzung am %2").replace("%1", str(candidate.number))
                .replace("%2", german_date(candidate.date)), items,
                standard.id if standard else None))
        return choices

    def approve(self) -> bool:
        """"Protokoll genehmigen …": at which later meeting and TOP."""
        if self.meeting is None:
            return False
        choices = self.approval_choices()
        if not choices:
            self.approve_error.show_error(self.tr(
                "Es gibt noch keine spätere Sitzung, die stattgefunden hat; dort wird das "
                "Protokoll genehmigt."))
            return False
        values = ApprovalDialog.ask(self, choices)
        if values is None:
            return False
        try:
            self.context.edit(self.tr("Protokoll genehmigen"), self.context.s.meetings.set_state,
                              self.meeting.id, MeetingState.APPROVED,
                              approving_meeting_id=values.meeting_id,
                              approving_item_id=values.item_id)
        except EditRefused as exc:
            self.approve_error.show_error(str(exc))
            return False
        self.approve_error.show_error("")
        return True
