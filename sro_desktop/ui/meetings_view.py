"""Sitzungen: the list of meetings and the meeting under work."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import german_date
from ..domain.enums import MeetingState
from ..domain.meetings import NEXT_STATES, approval_note, minutes_locked
from ..domain.model import Meeting
from .agenda_tab import AgendaTab
from .attendance_tab import AttendanceTab
from .common.palette import ADOPTED, OVERDUE, quorum_style, text_style
from .common.table_model import Column, RecordTableModel
from .common.view import View
from .common.widgets import ErrorLabel, set_text_quietly
from .context import AppContext, EditRefused, label
from .integrity import find_altered
from .minutes_tab import MinutesTab

S = MeetingState


def step_text(widget: QWidget, source: MeetingState, target: MeetingState) -> str:
    """What the button for a step says."""
    forward = {
        S.INVITED: widget.tr("Einladung versandt"),
        S.HELD: widget.tr("Sitzung durchgeführt"),
        S.DRAFT: widget.tr("Protokoll-Entwurf erstellt"),
        S.SENT: widget.tr("Protokoll versandt"),
        S.APPROVED: widget.tr("Protokoll genehmigt …"),
        S.CANCELLED: widget.tr("Sitzung absagen …"),
    }
    back = {
        (S.INVITED, S.PLANNED): widget.tr("zurück: geplant"),
        (S.DRAFT, S.HELD): widget.tr("zurück: durchgeführt"),
        (S.SENT, S.DRAFT): widget.tr("zurück: Entwurf"),
        (S.CANCELLED, S.PLANNED): widget.tr("wieder planen"),
    }
    return back.get((source, target)) or forward[target]


def ask_cancel_reason(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(parent, parent.tr("Sitzung absagen"),
                                    parent.tr("Grund der Absage:"))
    return text if ok else None


class NewMeetingDialog(QDialog):
    """Body, date, times and place of a new meeting."""

    def __init__(self, parent: QWidget, bodies: list[tuple[str, str]], body_id: str | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Sitzung"))
        self.body = QComboBox()
        for name, body in bodies:
            self.body.addItem(name, body)
        self.body.setCurrentIndex(max(self.body.findData(body_id), 0))
        self.day = QDateEdit(QDate.currentDate().addDays(14))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.start = QLineEdit("09:00")
        self.end = QLineEdit("12:00")
        self.place = QLineEdit()
        form = QFormLayout(self)
        for text, widget in ((self.tr("&Gremium"), self.body), (self.tr("&Datum"), self.day),
                             (self.tr("&Beginn"), self.start), (self.tr("&Ende"), self.end),
                             (self.tr("&Ort"), self.place)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {"body_id": self.body.currentData(), "day": self.day.date().toPython(),
                "start_time": self.start.text().strip(), "end_time": self.end.text().strip(),
                "place": self.place.text().strip()}

    @classmethod
    def ask(cls, parent: QWidget, bodies: list[tuple[str, str]],
            body_id: str | None) -> dict[str, Any] | None:
        dialog = cls(parent, bodies, body_id)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MeetingPanel(QWidget):
    """Header, state steps, quorum line and the tabs of one meeting."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.start = QLineEdit()
        self.end = QLineEdit()
        for edit in (self.start, self.end):
            edit.setMaximumWidth(70)
            edit.setPlaceholderText("HH:MM")
        self.place = QLineEdit()
        self.chair = QComboBox()
        self.minutes = QComboBox()
        self.header_error = ErrorLabel()

        header = QGridLayout()
        fields = (
            (self.tr("&Datum"), self.day, "date", 0, 0), (self.tr("&Beginn"), self.start,
                                                         "start_time", 0, 2),
            (self.tr("&Ende"), self.end, "end_time", 0, 4),
            (self.tr("&Vorsitz"), self.chair, "chair_person_id", 0, 6),
            (self.tr("&Protokoll"), self.minutes, "minute_taker_person_id", 0, 8),
            (self.tr("O&rt"), self.place, "place", 1, 0),
        )
        for text, widget, field, row, column in fields:
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            header.addWidget(caption, row, column)
            header.addWidget(widget, row, column + 1, 1, 9 if widget is self.place else 1)
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(lambda f=field, w=widget: self._save(f, w.text()))
            elif isinstance(widget, QComboBox):
                widget.activated.connect(
                    lambda _i, f=field, w=widget: self._save(f, w.currentData()))
        header.setColumnStretch(7, 1)
        header.setColumnStretch(9, 1)
        self.day.editingFinished.connect(lambda: self._save("date", self.day.date().toPython()))

        self.state_label = QLabel()
        self.lock_label = QLabel()
        self.lock_label.setStyleSheet(text_style(ADOPTED))
        self.step_row = QHBoxLayout()
        self.step_buttons: dict[MeetingState, QPushButton] = {}
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label)
        state_row.addWidget(self.lock_label)
        state_row.addStretch()
        state_row.addLayout(self.step_row)
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setAccessibleName(self.tr("Beschlussfähigkeit"))

        self.tabs = QTabWidget()
        self.attendance = AttendanceTab(context)
        self.agenda = AgendaTab(context)
        self.minutes_tab = MinutesTab(context)
        self.tabs.addTab(self.attendance, self.tr("&Anwesenheit"))
        self.tabs.addTab(self.agenda, self.tr("&Tagesordnung"))
        self.tabs.addTab(self.minutes_tab, self.tr("Pr&otokoll"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(header)
        layout.addWidget(self.header_error)
        layout.addLayout(state_row)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.tabs, 1)

    def set_meeting(self, meeting_id: str | None) -> None:
        store = self.context.s
        self.meeting = store.meetings.get(meeting_id) if meeting_id else None
        self.header_error.show_error("")
        self.refresh()
        self.attendance.set_meeting(meeting_id)
        self.agenda.set_meeting(self.meeting)
        self.minutes_tab.set_meeting(meeting_id)

    def refresh(self) -> None:
        store = self.context.store
        self.setEnabled(store is not None and self.meeting is not None)
        if store is None or self.meeting is None:
            self.heading.setText(self.tr("Keine Sitzung gewählt"))
            return
        meeting = self.meeting = store.meetings.get(self.meeting.id)
        times = "–".join(t for t in (meeting.start_time, meeting.end_time) if t)
        self.heading.setText(" · ".join(p for p in (store.meetings.title(meeting),
                                                     german_date(meeting.date), times) if p))
        self.day.blockSignals(True)
        self.day.setDate(QDate(meeting.date))
        self.day.blockSignals(False)
        set_text_quietly(self.start, meeting.start_time)
        set_text_quietly(self.end, meeting.end_time)
        set_text_quietly(self.place, meeting.place)
        ctx = store.meetings.context(meeting.id)
        people = {p.id: p for p in store.people.list()}
        for box, current in ((self.chair, meeting.chair_person_id),
                             (self.minutes, meeting.minute_taker_person_id)):
            box.blockSignals(True)
            box.clear()
            box.addItem("", None)
            for member in ctx.members:
                box.addItem(people[member.person_id].full_name, member.person_id)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.blockSignals(False)
        locked = minutes_locked(meeting)
        for widget in (self.day, self.start, self.end, self.place, self.chair, self.minutes):
            widget.setEnabled(not locked)
        self.state_label.setText(self.tr("Zustand: <b>%1</b>").replace("%1", label(meeting.state)))
        approving = (store.meetings.get(meeting.approved_in_meeting_id)
                     if meeting.approved_in_meeting_id else None)
        note = approval_note(meeting, approving)
        text = self.tr("– gesperrt, %1").replace("%1", note) if note else ""
        altered = find_altered(store, [meeting.id])  # the checksum of approved minutes
        if altered:
            text = " ".join(p for p in (text, f"– {altered[0].problem}") if p)
        self.lock_label.setText(text)
        self.lock_label.setStyleSheet(text_style(OVERDUE, bold=True) if altered
                                      else text_style(ADOPTED))
        self._state_buttons(meeting)
        if meeting.state is S.CANCELLED:
            self.quorum_label.setText(self.tr("Abgesagt: %1").replace("%1", meeting.cancel_reason))
            self.quorum_label.setStyleSheet("")
        else:
            result = ctx.quorum()
            self.quorum_label.setText(result.sentence)
            self.quorum_label.setStyleSheet(quorum_style(result.quorate))

    def _state_buttons(self, meeting: Meeting) -> None:
        for button in self.step_buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.step_buttons = {}
        for target in NEXT_STATES[meeting.state]:
            button = QPushButton(step_text(self, meeting.state, target))
            button.clicked.connect(lambda _c=False, t=target: self.step(t))
            self.step_row.addWidget(button)
            self.step_buttons[target] = button

    def _save(self, field: str, value: Any) -> None:
        if self.meeting is None or getattr(self.meeting, field) == value:
            return
        try:
            self.context.edit(self.tr("Sitzung ändern"), self.context.s.meetings.update,
                              self.meeting.id, **{field: value})
            self.header_error.show_error("")
        except EditRefused as exc:
            self.header_error.show_error(str(exc))

    def step(self, target: MeetingState) -> bool:
        """Take one step in the life of the meeting, asking what the step needs."""
        if self.meeting is None:
            return False
        store = self.context.s
        extra: dict[str, Any] = {}
        if target in (S.SENT, S.APPROVED):
            # Sending records to whom and when; approving asks which later meeting and TOP.
            # Both live with the minutes, where their refusals are shown too.
            self.tabs.setCurrentWidget(self.minutes_tab)
            circulation = self.minutes_tab.circulation
            return circulation.send() if target is S.SENT else circulation.approve()
        if target is S.CANCELLED:
            reason = ask_cancel_reason(self)
            if reason is None:
                return False
            extra["reason"] = reason
        try:
            self.context.edit(self.tr("Zustand: %1").replace("%1", label(target)),
                              store.meetings.set_state, self.meeting.id, target, **extra)
        except EditRefused as exc:
            self.header_error.show_error(str(exc))
            return False
        self.header_error.show_error("")
        return True


class MeetingsView(View):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.bodies: dict[str, Any] = {}
        self.body_filter = QComboBox()
        self.body_filter.setAccessibleName(self.tr("Gremium"))
        self.body_filter.activated.connect(lambda _i: self.reload_list())
        self.new_button = QPushButton(self.tr("&Neue Sitzung …"))
        self.new_button.clicked.connect(self.new_meeting)

        self.model = RecordTableModel([
            Column(self.tr("Datum"), lambda m: german_date(m.date), lambda m: m.date),
            Column(self.tr("Sitzung"), lambda m: f"{self._body_short(m.body_id)} {m.number}"),
            Column(self.tr("Zustand"), lambda m: label(m.state)),
        ], self)
        self.model.foreground = lambda m: (Qt.GlobalColor.gray if m.state is S.CANCELLED
                                           else None)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sitzungen"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._meeting_selected)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        filter_label = QLabel(self.tr("&Gremium"))
        filter_label.setBuddy(self.body_filter)
        column.addWidget(filter_label)
        column.addWidget(self.body_filter)
        column.addWidget(self.table, 1)
        column.addWidget(self.new_button)

        self.panel = MeetingPanel(context)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1100])
        splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        context.file_opened.connect(self._file_opened)

    def title(self) -> str:
        return self.tr("Sitzungen")

    def _body_short(self, body_id: str) -> str:
        body = self.bodies.get(body_id)
        return body.short if body else ""

    # reading ------------------------------------------------------------------------------------
    def _file_opened(self) -> None:
        self.panel.meeting = None
        if self.context.store is None:
            self.model.set_loader(None)
            return
        self._fill_bodies()
        self.reload_list()
        self.select_meeting(self._default_meeting())

    def _fill_bodies(self) -> None:
        self.bodies = {b.id: b for b in self.context.s.bodies.list()}
        current = self.body_filter.currentData()
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("Alle Gremien"), None)
        for body in self.bodies.values():
            self.body_filter.addItem(f"{body.name} ({body.short})", body.id)
        self.body_filter.setCurrentIndex(max(self.body_filter.findData(current), 0))

    def reload_list(self) -> None:
        meetings = self.context.s.meetings
        body_id = self.body_filter.currentData()
        self.model.set_loader(lambda limit, offset: meetings.list(
            body_id, limit=limit, offset=offset, newest_first=True))
        if self.panel.meeting is not None:
            self._select_row_of(self.panel.meeting.id)

    def _default_meeting(self) -> str | None:
        """The next meeting to prepare (today's or the first ahead), else the latest."""
        upcoming = [m for m in self.model.records if m.date >= date.today()]
        if upcoming:
            return upcoming[-1].id
        return self.model.records[0].id if self.model.records else None

    def refresh(self) -> None:
        self._fill_bodies()
        current = self.panel.meeting.id if self.panel.meeting else None
        self.model.reload()
        if current is not None:
            self._select_row_of(current)
        self.panel.refresh()
        self.panel.attendance.refresh()
        self.panel.agenda.refresh()
        self.panel.minutes_tab.refresh()

    def _select_row_of(self, meeting_id: str) -> bool:
        while True:
            for row, meeting in enumerate(self.model.records):
                if meeting.id == meeting_id:
                    self.table.selectionModel().blockSignals(True)
                    self.table.selectionModel().setCurrentIndex(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
                    self.table.selectionModel().blockSignals(False)
                    return True
            if not self.model.canFetchMore():
                return False
            self.model.fetchMore()

    def select_meeting(self, meeting_id: str | None) -> None:
        if meeting_id is not None and not self._select_row_of(meeting_id):
            self.body_filter.setCurrentIndex(0)
            self.reload_list()
            self._select_row_of(meeting_id)
        if self.panel.meeting is None or self.panel.meeting.id != meeting_id:
            self.panel.set_meeting(meeting_id)

    def _meeting_selected(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.panel.set_meeting(self.model.record(current.row()).id)

    def open_meeting(self, meeting_id: str) -> MeetingPanel:
        self.select_meeting(meeting_id)
        return self.panel

    def show_record(self, kind: str, record_id: str) -> bool:
        store = self.context.s
        if kind == "meetings":
            self.select_meeting(record_id)
            return True
        if kind != "agenda_items":  # decisions open in the register, which links here
            return False
        item = store.agenda.get(record_id)
        self.select_meeting(item.meeting_id)
        self.panel.tabs.setCurrentWidget(self.panel.agenda)
        self.panel.agenda.select_item(item.id)
        return True

    # editing ------------------------------------------------------------------------------------
    def new_meeting(self) -> None:
        if self.context.store is None:
            return
        bodies = [(b.name, b.id) for b in self.bodies.values()]
        if not bodies:
            self.panel.header_error.show_error(self.tr(
                "Zuerst ein Gremium unter „Gremien & Mitglieder“ anlegen."))
            return
        values = NewMeetingDialog.ask(self, bodies, self.body_filter.currentData())
        if values is None:
            return
        body_id, day = values.pop("body_id"), values.pop("day")
        meeting = self.context.try_edit(self, self.tr("Sitzung anlegen"),
                                        self.context.s.meetings.add, body_id, day, **values)
        if meeting is not None:
            self.select_meeting(meeting.id)
