"""Anwesenheit: every member of the body on the meeting's date, guests, the quorum."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import AttendanceStatus
from ..domain.meetings import minutes_locked
from ..domain.model import Attendance, Membership
from ..store.meetings import MeetingContext
from .common.widgets import EnumCombo, ErrorLabel
from .context import AppContext, EditRefused, label
from .history import HistoryDialog

COLUMNS = (
    QT_TRANSLATE_NOOP("AttendanceTab", "Mitglied"),
    QT_TRANSLATE_NOOP("AttendanceTab", "Seite, Rolle"),
    QT_TRANSLATE_NOOP("AttendanceTab", "Status"),
    QT_TRANSLATE_NOOP("AttendanceTab", "Vertreten durch"),
    QT_TRANSLATE_NOOP("AttendanceTab", "ab TOP"),
    QT_TRANSLATE_NOOP("AttendanceTab", "bis vor TOP"),
)
STATUS, DEPUTY, ARRIVES, LEAVES = 2, 3, 4, 5


class AttendanceTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting_id: str | None = None
        self.members: list[Membership] = []
        self.rows: list[Attendance | None] = []  # the attendance recorded per member row

        self.error_label = ErrorLabel()

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Anwesenheitsliste"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((STATUS, 120), (DEPUTY, 140), (ARRIVES, 120), (LEAVES, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._member_menu)

        self.guests = QListWidget()
        self.guests.setAccessibleName(self.tr("Gäste"))
        self.guests.setMaximumHeight(70)
        self.guests.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.guests.customContextMenuRequested.connect(self._guest_menu)
        self.guest_name = QLineEdit()
        self.guest_name.setPlaceholderText(self.tr("Name des Gastes"))
        self.guest_name.setAccessibleName(self.tr("Name des Gastes"))
        self.guest_org = QLineEdit()
        self.guest_org.setPlaceholderText(self.tr("Organisation"))
        self.guest_org.setAccessibleName(self.tr("Organisation des Gastes"))
        self.add_guest_button = QPushButton(self.tr("&Gast hinzufügen"))
        self.add_guest_button.clicked.connect(self.add_guest)
        self.guest_name.returnPressed.connect(self.add_guest)

        guest_row = QHBoxLayout()
        guest_label = QLabel(self.tr("G&äste:"))
        guest_label.setBuddy(self.guest_name)
        guest_row.addWidget(guest_label)
        guest_row.addWidget(self.guest_name, 2)
        guest_row.addWidget(self.guest_org, 2)
        guest_row.addWidget(self.add_guest_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(guest_row)
        layout.addWidget(self.guests)

    # reading ---------------------------------------------------------------------
    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.error_label.show_error("")
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        if store is None or self.meeting_id is None:
            self.table.setRowCount(0)
            return
        ctx = store.meetings.context(self.meeting_id)
        people = {p.id: p for p in store.people.list()}
        orgs = {o.id: o for o in store.organizations.list()}
        sides = {s.id: s for s in ctx.sides}
        by_member = {a.membership_id: a for a in ctx.attendance if a.membership_id}
        self.members = sorted(ctx.members, key=lambda m: (sides[m.side_id].position,
                                                          people[m.person_id].last_name))
        editable = not minutes_locked(ctx.meeting)
        self.rows = [by_member.get(m.id) for m in self.members]
        self.table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            person = people[member.person_id]
            org = orgs.get(member.organization_id or "")
            name = QTableWidgetItem(person.full_name + (f", {org.short or org.name}"
                                                        if org else ""))
            name.setData(Qt.ItemDataRole.UserRole, person.full_name)
            name.setToolTip(org.name if org else "")
            self.table.setItem(row, 0, name)
            role = QTableWidgetItem(f"{sides[member.side_id].name}, {label(member.role)}")
            role.setToolTip("" if member.voting else self.tr("ohne Stimmrecht"))
            self.table.setItem(row, 1, role)
            attendance = by_member.get(member.id)
            self._status_combo(row, attendance, editable)
            self._deputy_cell(row, member, attendance, people, editable)
            self._item_combos(row, attendance, ctx, editable)
        self.guests.clear()
        for guest in (a for a in ctx.attendance if not a.membership_id):
            text = guest.guest_name + (f" ({guest.guest_organization})"
                                       if guest.guest_organization else "")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, guest.id)
            self.guests.addItem(entry)
        self.add_guest_button.setEnabled(editable)

    def _status_combo(self, row: int, attendance: Attendance | None, editable: bool) -> None:
        combo = EnumCombo(AttendanceStatus, [])
        combo.setAccessibleName(self.tr("Status von %1").replace(
            "%1", self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)))
        combo.addItem(self.tr("– nicht erfasst –"), None)
        for status in AttendanceStatus:
            combo.addItem(label(status), status.value)
        combo.set_value(attendance.status if attendance else None)
        combo.setEnabled(editable)
        combo.activated.connect(lambda _i, r=row: self._changed(r))
        self.table.setCellWidget(row, STATUS, combo)

    def _deputy_cell(self, row, member, attendance, people, editable) -> None:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Vertreten durch"))
        combo.addItem("", None)
        for person in sorted(people.values(), key=lambda p: (p.last_name, p.first_name)):
            if person.id != member.person_id:
                combo.addItem(person.full_name, person.id)
        represented = attendance is not None and attendance.status is AttendanceStatus.REPRESENTED
        # Shown only when someone stands in; "vertreten" takes the member's deputy by default.
        current = attendance.deputy_person_id if represented and attendance else None
        combo.setCurrentIndex(max(combo.findData(current), 0))
        if member.deputy_person_id in people:
            combo.setToolTip(self.tr("Stellvertretung: %1").replace(
                "%1", people[member.deputy_person_id].full_name))
        combo.setEnabled(editable and represented)
        combo.activated.connect(lambda _i, r=row: self._changed(r))
        self.table.setCellWidget(row, DEPUTY, combo)

    def _item_combos(self, row: int, attendance: Attendance | None, ctx: MeetingContext,
                     editable: bool) -> None:
        present = attendance is not None and attendance.status in (
            AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)
        for column, current, empty in (
            (ARRIVES, attendance.arrives_at_item_id if attendance else None,
             self.tr("von Beginn")),
            (LEAVES, attendance.leaves_at_item_id if attendance else None, self.tr("bis Ende")),
        ):
            combo = QComboBox()
            combo.setAccessibleName(self.tr(COLUMNS[column]))
            combo.addItem(empty, None)
            for item in ctx.items:
                combo.addItem(f"TOP {item.position} {item.title}"[:48], item.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.setEnabled(editable and present)
            combo.activated.connect(lambda _i, r=row: self._changed(r))
            self.table.setCellWidget(row, column, combo)

    # Verlauf -----------------------------------------------------------------------
    def _member_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        row = index.row() if index.isValid() else self.table.currentRow()
        if row < 0:
            return
        self.table.selectRow(row)
        self._history_menu(self.table.viewport().mapToGlobal(position),
                           lambda: self.show_history(row), self.rows[row] is not None)

    def _guest_menu(self, position: QPoint) -> None:
        entry = self.guests.itemAt(position) or self.guests.currentItem()
        if entry is not None:
            self._history_menu(self.guests.viewport().mapToGlobal(position),
                               lambda: self.show_guest_history(entry), True)

    def _history_menu(self, at: QPoint, show: Callable[[], object], enabled: bool) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("&Verlauf …"), show).setEnabled(enabled)
        menu.exec(at)

    def show_history(self, row: int) -> HistoryDialog | None:
        """Verlauf of a member's attendance (None while none is recorded)."""
        attendance = self.rows[row] if 0 <= row < len(self.rows) else None
        if attendance is None:
            return None
        name = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return HistoryDialog.show_for(self, self.context, "attendance", attendance.id,
                                      self.tr("Anwesenheit von %1").replace("%1", name))

    def show_guest_history(self, entry: QListWidgetItem) -> HistoryDialog:
        return HistoryDialog.show_for(self, self.context, "attendance",
                                      entry.data(Qt.ItemDataRole.UserRole),
                                      self.tr("Anwesenheit von %1").replace("%1", entry.text()))

    # editing -----------------------------------------------------------------------
    def set_status(self, member_name: str, status: AttendanceStatus, *,
                   arrives_at: int | None = None, leaves_at: int | None = None) -> None:
        """Choose status and arrival/departure item positions as a user would (for tests)."""
        row = next(r for r in range(self.table.rowCount())
                   if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == member_name)
        combo = self.table.cellWidget(row, STATUS)
        combo.set_value(status)
        self._changed(row)
        row = next(r for r in range(self.table.rowCount())
                   if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == member_name)
        for column, position in ((ARRIVES, arrives_at), (LEAVES, leaves_at)):
            if position is not None:
                combo = self.table.cellWidget(row, column)
                combo.setCurrentIndex(next(i for i in range(combo.count())
                                           if combo.itemText(i).startswith(f"TOP {position} ")))
                self._changed(row)

    def _changed(self, row: int) -> None:
        if self.meeting_id is None:
            return
        member = self.members[row]
        status = self.table.cellWidget(row, STATUS).value()
        if status is None:
            return
        try:
            self.context.edit(
                self.tr("Anwesenheit ändern"), self.context.s.attendance.set, self.meeting_id,
                member.id, status,
                deputy_person_id=self.table.cellWidget(row, DEPUTY).currentData(),
                arrives_at_item_id=self.table.cellWidget(row, ARRIVES).currentData(),
                leaves_at_item_id=self.table.cellWidget(row, LEAVES).currentData())
            self.error_label.show_error("")
        except EditRefused as exc:
            self.error_label.show_error(str(exc))
            self.refresh()

    def add_guest(self) -> None:
        if self.meeting_id is None:
            return
        try:
            self.context.edit(self.tr("Gast hinzufügen"), self.context.s.attendance.add_guest,
                              self.meeting_id, self.guest_name.text(), self.guest_org.text())
        except EditRefused as exc:
            self.error_label.show_error(str(exc))
            return
        self.error_label.show_error("")
        self.guest_name.clear()
        self.guest_org.clear()
        self.guest_name.setFocus(Qt.FocusReason.OtherFocusReason)
