"""The meeting under work: header fields, the steps of its life, the quorum, its tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import german_date
from ...domain.enums import MeetingState
from ...domain.labels import person_label
from ...domain.meetings import NEXT_STATES, approval_note, held_ahead_of_time, minutes_locked
from ...domain.model import Meeting
from ...domain.words import say
from ...store.mapping import unreadable
from ..common.pages import sized_by_current_page
from ..common.palette import ADOPTED, OVERDUE, quorum_style, text_style
from ..common.table_model import unreadable_text, unreadable_tooltip
from ..common.widgets import ErrorLabel, date_edit, date_value, set_text_quietly, show_day
from ..context import AppContext, EditRefused, label
from ..integrity import find_altered
from .agenda import AgendaTab
from .attendance import AttendanceTab, MeetingRead
from .item_panel import ItemPanel
from .minutes_tab import MinutesTab
from .projector import ProjectorSwitch

S = MeetingState


def step_text(widget: QWidget, source: MeetingState, target: MeetingState) -> str:
    """What the button for a step says."""
    forward = {
        S.INVITED: say("MeetingPanel", "Einladung versandt"),
        S.HELD: say("MeetingPanel", "Sitzung durchgeführt"),
        S.DRAFT: say("MeetingPanel", "Protokoll-Entwurf erstellt"),
        S.SENT: say("MeetingPanel", "Protokoll versandt"),
        S.APPROVED: say("MeetingPanel", "Protokoll genehmigt …"),
        S.CANCELLED: say("MeetingPanel", "Sitzung absagen …"),
    }
    back = {
        (S.INVITED, S.PLANNED): say("MeetingPanel", "zurück: geplant"),
        (S.DRAFT, S.HELD): say("MeetingPanel", "zurück: durchgeführt"),
        (S.SENT, S.DRAFT): say("MeetingPanel", "zurück: Entwurf"),
        (S.CANCELLED, S.PLANNED): say("MeetingPanel", "wieder planen"),
    }
    return back.get((source, target)) or forward[target]


def ask_cancel_reason(parent: QWidget) -> str | None:
    """The reason a meeting is cancelled; None when the user cancels the question."""
    text, ok = QInputDialog.getText(parent, say("MeetingPanel", "Sitzung absagen"),
                                    say("MeetingPanel", "Grund der Absage:"))
    return text if ok else None


def confirm_held_ahead(parent: QWidget, day: str) -> bool:
    """Marking a meeting held before its day (``day`` as 14.03.2018): asks; True to go on.
    A module function, so tests can answer it."""
    answer = QMessageBox.question(
        parent, say("MeetingPanel", "Sitzung in der Zukunft"),
        say("MeetingPanel", "Die Sitzung liegt in der Zukunft (%1). Trotzdem als durchgeführt "
                  "markieren?").replace("%1", day),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class MeetingPanel(QWidget):
    """Header, state steps, quorum line and the tabs of one meeting."""

    meeting_shown = Signal()  # another meeting (or none) is under work

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None
        self.read: MeetingRead | None = None  # as read by refresh, shared with the tabs

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.day = date_edit()
        self.start = QLineEdit()
        self.end = QLineEdit()
        for edit in (self.start, self.end):
            edit.setMaximumWidth(70)
            edit.setPlaceholderText(self.tr("HH:MM"))
        self.place = QLineEdit()
        self.chair = QComboBox()
        self.minutes = QComboBox()
        self.header_error = ErrorLabel()

        header = QGridLayout()
        fields = (
            (self.tr("Dat&um"), self.day, "date", 0, 0), (self.tr("Beg&inn"), self.start,
                                                         "start_time", 0, 2),
            (self.tr("&Ende"), self.end, "end_time", 0, 4),
            (self.tr("&Vorsitz"), self.chair, "chair_person_id", 0, 6),
            (self.tr("Proto&koll"), self.minutes, "minute_taker_person_id", 0, 8),
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
        self.day.editingFinished.connect(lambda: self._save("date", date_value(self.day)))
        self.typed_fields = ((self.start, "start_time"), (self.end, "end_time"),
                             (self.place, "place"))
        context.flush.connect(self.store_typed)  # the view or the file is left

        self.state_label = QLabel()
        self.lock_label = QLabel()
        self.lock_label.setStyleSheet(text_style(ADOPTED))
        self.step_row = QHBoxLayout()
        self.step_buttons: dict[MeetingState, QPushButton] = {}
        # for a meeting still ahead: the invitation as an e-mail draft (mail_drafts.py)
        self.invite_button = QPushButton(self.tr("Ein&ladung versenden …"))
        self.invite_button.setToolTip(self.tr(
            "Öffnet einen E-Mail-Entwurf mit der Einladung an die Mitglieder"))
        self.invite_button.clicked.connect(self.send_invitation)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_label)
        state_row.addWidget(self.lock_label)
        state_row.addStretch()
        state_row.addWidget(self.invite_button)
        state_row.addLayout(self.step_row)
        self.projector = ProjectorSwitch(context, self)  # the room's screen (F5)
        projector_button = QToolButton()
        projector_button.setDefaultAction(self.projector.action)
        projector_button.setAccessibleName(self.projector.action.text())
        state_row.addSpacing(16)  # not one of the steps
        state_row.addWidget(projector_button)
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setAccessibleName(self.tr("Beschlussfähigkeit"))

        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.attendance = AttendanceTab(context)
        self._agenda = AgendaTab(context)
        self.minutes_tab = MinutesTab(context)
        self.tabs.addTab(self.attendance, self.tr("An&wesenheit"))
        self.tabs.addTab(self._agenda, self.tr("&Tagesordnung"))
        self.tabs.addTab(self.minutes_tab, self.tr("Pr&otokoll"))
        sized_by_current_page(self.tabs)  # a narrow window: not as wide as the widest tab

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(header)
        layout.addWidget(self.header_error)
        layout.addLayout(state_row)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.tabs, 1)

    def set_meeting(self, meeting_id: str | None) -> None:
        """Show the meeting; None: none (also with no file open)."""
        self.meeting = self.context.s.meetings.get(meeting_id) if meeting_id else None
        self.header_error.show_error("")
        self.refresh()
        self.attendance.set_meeting(meeting_id, self.read)
        self._agenda.set_meeting(self.meeting)  # read when its tab is shown
        self.minutes_tab.set_meeting(meeting_id)
        self.meeting_shown.emit()

    @property
    def agenda(self) -> AgendaTab:
        """The Tagesordnung tab, up to date with the meeting under work: a hidden tab
        reads the meeting when shown, or when asked for here."""
        self._agenda.fill_if_stale()
        return self._agenda

    @property
    def item_panel(self) -> ItemPanel:
        """The TOP selected in the agenda (as last read: :attr:`agenda` reads it)."""
        return self._agenda.item_panel

    def refresh_with_tabs(self) -> None:
        """Read the meeting and its tabs again (a hidden tab when it is shown)."""
        self.refresh()
        self.attendance.refresh_from(self.read)
        self._agenda.refresh()
        self.minutes_tab.refresh()

    def refresh(self) -> None:
        store = self.context.store
        self.setEnabled(store is not None and self.meeting is not None)
        self.read = None
        if store is None or self.meeting is None:
            self.heading.setText(self.tr("Keine Sitzung gewählt"))
            return
        meeting = self.meeting = store.meetings.get(self.meeting.id)
        times = "–".join(t for t in (meeting.start_time, meeting.end_time) if t)
        bad = unreadable(meeting)  # a date another tool wrote: shown marked, not 1900
        day = unreadable_text(bad["date"]) if "date" in bad else german_date(meeting.date)
        self.heading.setText(" · ".join(p for p in (store.meetings.title(meeting), day, times)
                                        if p))
        self.heading.setToolTip(unreadable_tooltip(bad) if bad else "")
        show_day(self.day, meeting, "date", meeting.date)
        set_text_quietly(self.start, meeting.start_time)
        set_text_quietly(self.end, meeting.end_time)
        set_text_quietly(self.place, meeting.place)
        ctx = store.meetings.context(meeting.id)
        people = {p.id: p for p in store.people.list()}
        self.read = (ctx, people)
        for box, current in ((self.chair, meeting.chair_person_id),
                             (self.minutes, meeting.minute_taker_person_id)):
            box.blockSignals(True)
            box.clear()
            box.addItem("", None)
            for member in ctx.members:
                box.addItem(person_label(people[member.person_id]), member.person_id)
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
            text = " ".join(p for p in (text, f"– {altered[0].words}") if p)
        self.lock_label.setText(text)
        self.lock_label.setToolTip(self.tr(
            "Änderungen nur noch als Berichtigung: im Tab „Protokoll“ mit „Berichtigung "
            "erfassen …“.") if note else "")
        self.lock_label.setStyleSheet(text_style(OVERDUE, bold=True) if altered
                                      else text_style(ADOPTED))
        self._state_buttons(meeting)
        self.invite_button.setVisible(meeting.state in (S.PLANNED, S.INVITED))
        if meeting.state is S.CANCELLED:
            self.quorum_label.setText(self.tr("Abgesagt: %1").replace("%1", meeting.cancel_reason))
            self.quorum_label.setStyleSheet("")
        else:
            result = ctx.quorum()
            self.quorum_label.setText(result.sentence)
            self.quorum_label.setStyleSheet(quorum_style(result.quorate))

    def _state_buttons(self, meeting: Meeting) -> None:
        for button in self.step_buttons.values():
            button.hide()  # never shown on its own as a window when let go before painted
            button.setParent(None)
            button.deleteLater()
        self.step_buttons = {}
        for target in NEXT_STATES[meeting.state]:
            button = QPushButton(step_text(self, meeting.state, target))
            button.clicked.connect(lambda _c=False, t=target: self.step(t))
            self.step_row.addWidget(button)
            self.step_buttons[target] = button

    def send_invitation(self) -> None:
        """"Einladung versenden …": from the Protokoll tab, where the invitation is
        exported too."""
        self.minutes_tab.send_invitation()

    def store_typed(self) -> None:
        """Store what is typed in the header and not yet stored (the cursor is still in
        the field when the view or the file is left)."""
        for widget, field in self.typed_fields:
            self._save(field, widget.text())

    def _save(self, field: str, value: Any) -> None:
        if (self.meeting is None or self.context.store is None
                or getattr(self.meeting, field) == value):
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
        if (held_ahead_of_time(self.meeting, target, clock.today())
                and not confirm_held_ahead(self, german_date(self.meeting.date))):
            return False
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


