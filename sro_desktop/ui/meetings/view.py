"""Sitzungen: the list of meetings beside the meeting under work."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import german_date
from ...domain.enums import MeetingState
from ...domain.model import Body
from ..common.after_paint import after_paint
from ..common.table_model import Column, RecordTableModel
from ..common.view import View
from ..common.widgets import confirm_removal, date_edit, date_value
from ..context import AppContext, EditRefused, label
from .panel import MeetingPanel

S = MeetingState

GRAY = QColor(Qt.GlobalColor.gray)


class NewMeetingDialog(QDialog):
    """Body, date, times and place of a new meeting."""

    def __init__(self, parent: QWidget, bodies: list[tuple[str, str]], body_id: str | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Sitzung"))
        self.body = QComboBox()
        for name, body in bodies:
            self.body.addItem(name, body)
        self.body.setCurrentIndex(max(self.body.findData(body_id), 0))
        self.day = date_edit(clock.today() + timedelta(days=14))
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
        return {"body_id": self.body.currentData(), "day": date_value(self.day),
                "start_time": self.start.text().strip(), "end_time": self.end.text().strip(),
                "place": self.place.text().strip()}

    @classmethod
    def ask(cls, parent: QWidget, bodies: list[tuple[str, str]],
            body_id: str | None) -> dict[str, Any] | None:
        dialog = cls(parent, bodies, body_id)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None



class MeetingsView(View):
    """The meetings of one body or all, newest first, beside the meeting under work."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.bodies: dict[str, Body] = {}
        self.body_filter = QComboBox()
        self.body_filter.setAccessibleName(self.tr("Gremium"))
        self.body_filter.activated.connect(lambda _i: self.reload_list())
        self.new_button = QPushButton(self.tr("&Neue Sitzung …"))
        self.new_button.clicked.connect(self.new_meeting)
        self.remove_button = QPushButton(self.tr("Sitzung entfernen …"))
        self.remove_button.setAccessibleName(self.tr("Sitzung entfernen"))
        self.remove_button.setToolTip(self.tr(
            "Eine Sitzung ohne Beschlüsse entfernen, etwa eine doppelt angelegte "
            "(Strg+Z holt sie zurück); eine Sitzung, die nicht stattfindet, wird abgesagt."))
        self.remove_button.clicked.connect(self.remove_meeting)

        self.model = RecordTableModel([
            Column(self.tr("Datum"), lambda m: german_date(m.date), field="date"),
            Column(self.tr("Sitzung"), lambda m: f"{self._body_short(m.body_id)} {m.number}"),
            Column(self.tr("Zustand"), lambda m: label(m.state), field="state"),
        ], self)
        self.model.foreground = lambda m: GRAY if m.state is S.CANCELLED else None
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sitzungen"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # measured on the rows in sight, not on every row loaded (hundreds, in pages)
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._meeting_selected)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        filter_label = QLabel(self.tr("Gre&mium"))
        filter_label.setBuddy(self.body_filter)
        column.addWidget(filter_label)
        column.addWidget(self.body_filter)
        column.addWidget(self.table, 1)
        column.addWidget(self.new_button)
        column.addWidget(self.remove_button)

        self.panel = MeetingPanel(context)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1100])
        splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._new_file = False
        self._default_pending: str | None = None  # chosen on opening, shown after the paint
        context.file_opened.connect(self._file_opened)

    def title(self) -> str:
        return self.tr("Sitzungen")

    def _body_short(self, body_id: str) -> str:
        body = self.bodies.get(body_id)
        return body.short if body else ""

    # reading ------------------------------------------------------------------------------------
    def _file_opened(self) -> None:
        """The file is read when the view is first shown (or a meeting is asked for),
        once: the "changed" after opening comes to :meth:`refresh`."""
        self.panel.set_meeting(None)  # nothing of the file before meanwhile
        self._default_pending = None
        self._new_file = self.context.store is not None
        if self.context.store is None:
            self.model.set_loader(None)

    def _read_new_file(self) -> bool:
        """Fill the list and choose the meeting to work on, if the file is new here."""
        if not self._new_file:
            return False
        self._new_file = False
        self._fill_bodies()
        self.reload_list()
        default = self._default_meeting()
        if default is not None and self._select_row_of(default):
            # the meeting's panel once the list has painted (unless one was asked for)
            self._default_pending = default
            self.panel.heading.setText(" ")  # not "Keine Sitzung gewählt" beside the chosen row
            after_paint(self.table.viewport(), self._show_default)
        return True

    def details_pending(self) -> bool:
        """The meeting chosen on opening is still to be shown (after the list's paint)."""
        return self._default_pending is not None

    def _show_default(self) -> None:
        default, self._default_pending = self._default_pending, None
        if default is not None and self.panel.meeting is None:
            self.panel.set_meeting(default)

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
        upcoming = [m for m in self.model.records if m.date >= clock.today()]
        if upcoming:
            return upcoming[-1].id
        return self.model.records[0].id if self.model.records else None

    def refresh(self) -> None:
        if self._read_new_file():
            return
        self._fill_bodies()
        current = self.panel.meeting.id if self.panel.meeting else None
        if current is not None and not self.context.s.meetings.count("id = ?", [current]):
            self.panel.set_meeting(None)  # removed, or its creation undone
            current = None
        self.model.reload()
        if current is not None:
            self._select_row_of(current)
        self.panel.refresh_with_tabs()

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
        self._read_new_file()
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

    def export_document(self, kind: str) -> None:
        """Export a document of the meeting under work from its Protokoll tab: the minutes
        (``kind`` "minutes") or the invitation ("invitation"); asks for the file. With no
        meeting chosen, says so instead."""
        if self.context.store is None:
            return
        panel = self.panel
        if panel.meeting is None:
            QMessageBox.information(self.window(), self.tr("Keine Sitzung gewählt"),
                                    self.tr("Bitte zuerst eine Sitzung wählen."))
            return
        panel.tabs.setCurrentWidget(panel.minutes_tab)
        if kind == "minutes":
            panel.minutes_tab.export_minutes()
        else:
            panel.minutes_tab.export_invitation()

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
        values.update(self.context.s.meetings.default_people(body_id, day))
        meeting = self.context.try_edit(self, self.tr("Sitzung anlegen"),
                                        self.context.s.meetings.add, body_id, day, **values)
        if meeting is not None:
            self.select_meeting(meeting.id)

    def remove_meeting(self) -> bool:
        """Sitzung entfernen …: asks, then leaves a tombstone (with its agenda, attendance
        and papers; Strg+Z brings all back). A meeting with decisions stays (the store
        says why)."""
        meeting = self.panel.meeting
        if meeting is None:
            return False
        title = self.context.s.meetings.title(meeting)
        if not confirm_removal(self, self.tr("Sitzung entfernen"), self.tr(
                "„%1“ mit Tagesordnung, Anwesenheit und Unterlagen entfernen?\n\n"
                "Strg+Z holt sie zurück.").replace("%1", title)):
            return False
        try:
            self.context.edit(self.tr("Sitzung entfernen"), self.context.s.meetings.delete,
                              meeting.id)
        except EditRefused as exc:
            QMessageBox.warning(self, self.tr("Nicht entfernt"), str(exc))
            return False
        return True
