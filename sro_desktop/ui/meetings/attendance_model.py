"""The attendance list of a meeting as a table model: one row per member of the body
on the meeting's day, with status, deputy, arrival, departure and the TOP from which
the seat changes hands between member and deputy; a choice stores."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from ...domain.enums import AttendanceStatus
from ...domain.labels import organization_label, person_label, person_sort_key, split_name
from ...domain.meeting_record import MeetingContext
from ...domain.meetings import keeps_deputy, keeps_times, minutes_locked
from ...domain.model import AgendaItem, Attendance, Meeting, Membership, Organization, Person
from ..common.table_model import Index
from ..context import AppContext, EditRefused, label

MEMBER, ROLE, STATUS, DEPUTY, ARRIVES, LEAVES, HANDOVER = range(7)
CHOICE_COLUMNS = (STATUS, DEPUTY, ARRIVES, LEAVES, HANDOVER)
ITEM_COLUMNS = (ARRIVES, LEAVES, HANDOVER)
# PySide6's stubs type QT_TRANSLATE_NOOP as returning object; it returns the message.
HEADERS: tuple[str, ...] = (  # type: ignore[assignment]
    QT_TRANSLATE_NOOP("AttendanceModel", "Mitglied"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Seite, Rolle"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Status"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Vertreten durch"),
    QT_TRANSLATE_NOOP("AttendanceModel", "ab TOP"),
    QT_TRANSLATE_NOOP("AttendanceModel", "bis vor TOP"),
    QT_TRANSLATE_NOOP("AttendanceModel", "Wechsel ab TOP"),
)


def needs_deputy(status: AttendanceStatus, handover_at_item_id: str | None) -> bool:
    """A deputy stands in: "vertreten", or present and handing the seat over."""
    return keeps_deputy(status) or (keeps_times(status) and bool(handover_at_item_id))


def kept_for(attendance: Attendance | None) -> tuple[bool, bool]:
    """Whether an attendance keeps a deputy ("vertreten", or present with a handover to
    the deputy), and arrival, departure and handover (no attendance yet: neither)."""
    if attendance is None:
        return False, False
    return (needs_deputy(attendance.status, attendance.handover_at_item_id),
            keeps_times(attendance.status))


@dataclass(frozen=True)
class AttendanceRow:
    """A member's row: the seat, and the attendance recorded for it (None: not yet)."""

    member: Membership
    person: Person
    organization: Organization | None
    side_name: str
    attendance: Attendance | None
    keeps_deputy: bool
    keeps_times: bool

    @property
    def name(self) -> str:
        return person_label(self.person)

    @property
    def status(self) -> AttendanceStatus | None:
        return self.attendance.status if self.attendance else None


@dataclass(frozen=True)
class DeputyChoice:
    """Who represents a member: a person of the file, or a new one by name."""

    person_id: str | None = None
    new_name: str = ""


class AttendanceModel(QAbstractTableModel):
    """The members' attendance; a choice in a status, deputy or TOP column is stored as
    one undoable edit, and the store's refusal is passed on (``refused``)."""

    refused = Signal(str)  # the store's reason, in German
    stored = Signal()  # an attendance was stored

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None
        self.rows: list[AttendanceRow] = []
        self.items: list[AgendaItem] = []
        self.people: dict[str, Person] = {}
        self._people_choices: list[tuple[str, str]] = []
        self._item_choices: list[tuple[str, str]] = []
        # The lists each choice column offers, shared by the combo boxes of all rows
        # (filled again when their entries change, not once per cell): column -> model.
        self._choice_models: dict[int, QStandardItemModel] = {}
        self._choice_lists: dict[int, list[tuple[str, Any]]] = {}
        self.editable = False
        # Asked who represents a member who has no deputy named in the seat: a person's
        # id, or a name to record as a new person of the file; None: not represented.
        self.ask_deputy: Callable[[str], DeputyChoice | None] | None = None

    # reading -----------------------------------------------------------------------------------
    def load(self, ctx: MeetingContext | None, people: dict[str, Person],
             organizations: dict[str, Organization]) -> None:
        """Show the members of this meeting (None: no meeting), in the order of their
        sides, then by last name. The rows change in place (rows added or removed at the
        end): the combo boxes open in them stay and show the new rows' values."""
        if ctx is None:
            meeting, items, rows, editable = None, [], [], False
            people = {}
        else:
            meeting, items = ctx.meeting, list(ctx.items)
            editable = not minutes_locked(ctx.meeting)
            sides = {s.id: s for s in ctx.sides}
            by_member = {a.membership_id: a for a in ctx.attendance if a.membership_id}
            members = sorted(ctx.members, key=lambda m: (
                sides[m.side_id].position, person_sort_key(people[m.person_id])))
            rows = [AttendanceRow(m, people[m.person_id],
                                  organizations.get(m.organization_id or ""),
                                  sides[m.side_id].name, by_member.get(m.id),
                                  *kept_for(by_member.get(m.id)))
                    for m in members]
        kept = min(len(rows), len(self.rows))
        if len(self.rows) > kept:  # fewer members: the last rows go (their combo boxes too)
            self.beginRemoveRows(QModelIndex(), kept, len(self.rows) - 1)
            self.rows = self.rows[:kept]
            self.endRemoveRows()
        self.meeting, self.items, self.people, self.rows = meeting, items, people, rows[:kept]
        self.editable = editable
        # The lists to choose from, made once per load (not once per cell):
        self._people_choices = [(person_label(p), p.id)
                                for p in sorted(self.people.values(), key=person_sort_key)]
        self._item_choices = [(self.tr("TOP %1 %2").replace("%1", str(i.position))
                               .replace("%2", i.title)[:48], i.id) for i in self.items]
        for column in CHOICE_COLUMNS:
            self._fill_choices(column)
        if len(rows) > kept:  # more members: rows added at the end
            self.beginInsertRows(QModelIndex(), kept, len(rows) - 1)
            self.rows = rows
            self.endInsertRows()
        if kept:
            self.dataChanged.emit(self.index(0, 0), self.index(kept - 1, len(HEADERS) - 1))

    def _fill_choices(self, column: int) -> None:
        """Bring the shared list of a choice column up to date (when it changed)."""
        entries = self._column_choices(column)
        before = self._choice_lists.get(column, [])
        if before == entries:
            return
        model = self.choice_model(column)
        # Entry by entry, only where they differ: every combo box of the column hears of
        # each change (clearing and filling again would reset them all, twice).
        if len(entries) != len(before):
            model.setRowCount(len(entries))
        for row, (text, value) in enumerate(entries):
            if row < len(before) and before[row] == (text, value):
                continue
            item = QStandardItem(text)
            item.setData(value, Qt.ItemDataRole.UserRole)
            model.setItem(row, item)
        self._choice_lists[column] = entries

    def choice_model(self, column: int) -> QStandardItemModel:
        """The entries a choice column offers, as a model shared by the combo boxes of
        all rows: the deputy column offers every person (:meth:`left_out` says whom a row
        leaves out)."""
        model = self._choice_models.get(column)
        if model is None:
            model = self._choice_models[column] = QStandardItemModel(self)
        return model

    def left_out(self, index: Index) -> str | None:
        """The entry a row's combo box does not offer: a member is not their own deputy."""
        return self.rows[index.row()].member.person_id if index.column() == DEPUTY else None

    def _row(self, member: Membership, person: Person, organization: Organization | None,
             side_name: str, attendance: Attendance | None) -> AttendanceRow:
        assert self.meeting is not None
        deputy, times = kept_for(attendance)
        return AttendanceRow(member, person, organization, side_name, attendance, deputy, times)

    def row_of(self, member_name: str) -> int:
        """The row of the member with this (full) name."""
        return next(r for r, row in enumerate(self.rows) if row.name == member_name)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return self.tr(HEADERS[section])
        return None

    def current(self, row: AttendanceRow, column: int) -> Any:
        """The value a choice column shows: the status code, the deputy's or the TOP's id
        (None: not recorded, nobody, from the start, to the end, no handover)."""
        attendance = row.attendance
        if column == STATUS:
            return row.status.value if row.status else None
        if attendance is None:
            return None
        if column == DEPUTY:
            deputy = attendance.deputy_person_id if row.keeps_deputy else None
            return deputy if deputy in self.people and deputy != row.person.id else None
        item_id = {ARRIVES: attendance.arrives_at_item_id,
                   LEAVES: attendance.leaves_at_item_id,
                   HANDOVER: attendance.handover_at_item_id}.get(column)
        return item_id if any(i.id == item_id for i in self.items) else None

    def choices(self, index: Index) -> list[tuple[str, Any]]:
        """What a choice cell offers, as (text, value)."""
        left_out = self.left_out(index)
        return [c for c in self._column_choices(index.column())
                if c[1] is None or c[1] != left_out]

    def _column_choices(self, column: int) -> list[tuple[str, Any]]:
        """What a choice column offers to any row, as (text, value)."""
        if column == STATUS:
            return [(self.tr("– nicht erfasst –"), None),
                    *((label(s), s.value) for s in AttendanceStatus)]
        if column == DEPUTY:
            return [("", None), *self._people_choices]
        if column in ITEM_COLUMNS:
            empty = {ARRIVES: self.tr("von Beginn"), LEAVES: self.tr("bis Ende")}.get(column, "")
            return [(empty, None), *self._item_choices]
        return []

    def value(self, index: Index) -> Any:
        """The value a choice cell shows (its EditRole)."""
        return self.current(self.rows[index.row()], index.column())

    def tooltip(self, index: Index) -> str | None:
        """The tooltip of a cell (its ToolTipRole)."""
        return self._tooltip(self.rows[index.row()], index.column())

    def accessible_name(self, index: Index) -> str:
        """What a screen reader calls the choice in this cell."""
        if index.column() == STATUS:
            return self.tr("Status von %1").replace("%1", self.rows[index.row()].name)
        return self.tr(HEADERS[index.column()])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, index)
        if role == Qt.ItemDataRole.EditRole and column in CHOICE_COLUMNS:
            return self.current(row, column)
        if role == Qt.ItemDataRole.UserRole and column == MEMBER:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: AttendanceRow, column: int, index: Index) -> str:
        if column == MEMBER:
            org = organization_label(row.organization, short=True)
            return row.name + (f", {org}" if org else "")
        if column == ROLE:
            return f"{row.side_name}, {label(row.member.role)}"
        value = self.current(row, column)  # never the left out one: choices of the column
        return next((text for text, choice in self._column_choices(column) if choice == value),
                    "")

    def _tooltip(self, row: AttendanceRow, column: int) -> str | None:
        if column == MEMBER:
            return organization_label(row.organization)
        if column == ROLE:
            text = f"{row.side_name}, {label(row.member.role)}"
            return text if row.member.voting else text + self.tr(" (ohne Stimmrecht)")
        if column == DEPUTY and row.member.deputy_person_id in self.people:
            return self.tr("Stellvertretung: %1").replace(
                "%1", person_label(self.people[row.member.deputy_person_id]))
        if column == HANDOVER:
            if row.status is AttendanceStatus.REPRESENTED:
                return self.tr("Ab diesem TOP übernimmt %1 den Sitz selbst von der "
                               "Stellvertretung").replace("%1", row.name)
            return self.tr("Ab diesem TOP übernimmt die Stellvertretung den Sitz von %1"
                           ).replace("%1", row.name)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        choosable = {STATUS: True, DEPUTY: row.keeps_deputy, ARRIVES: row.keeps_times,
                     LEAVES: row.keeps_times, HANDOVER: row.keeps_times
                     }.get(index.column(), False)
        return base | Qt.ItemFlag.ItemIsEditable if self.editable and choosable else base

    # editing -----------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store the row with this choice; the domain settles what goes with the status."""
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or self.meeting is None
                or index.column() not in CHOICE_COLUMNS):
            return False
        row = self.rows[index.row()]
        values = {column: self.current(row, column) for column in CHOICE_COLUMNS}
        values[index.column()] = value
        if values[STATUS] is None:
            self.dataChanged.emit(index, index)  # the choice shows what is stored again
            return False
        new_deputy = ""
        if (needs_deputy(AttendanceStatus(values[STATUS]), values[HANDOVER])
                and not values[DEPUTY] and not row.member.deputy_person_id
                and self.ask_deputy is not None):
            choice = self.ask_deputy(row.name)
            if choice is None:
                self.dataChanged.emit(index, index)
                return False
            values[DEPUTY], new_deputy = choice.person_id, choice.new_name
        store = self.context.s
        meeting_id = self.meeting.id
        note = row.attendance.note if row.attendance else ""

        def record() -> Attendance:
            deputy = values[DEPUTY]
            if new_deputy:  # a person of the file from now on, in the same step
                title, first, last = split_name(new_deputy)
                deputy = store.people.add(last, first, title=title).id
            return store.attendance.set(
                meeting_id, row.member.id, AttendanceStatus(values[STATUS]),
                deputy_person_id=deputy, arrives_at_item_id=values[ARRIVES],
                leaves_at_item_id=values[LEAVES], note=note,
                handover_at_item_id=values[HANDOVER])

        try:
            attendance = self.context.edit(self.tr("Anwesenheit ändern"), record)
        except EditRefused as exc:
            self.refused.emit(str(exc))
            return False
        self._stored(row.member.id, attendance)
        self.stored.emit()
        return True

    def _stored(self, membership_id: str, attendance: Attendance) -> None:
        """Show what was stored, also before (or without) a reload."""
        for number, row in enumerate(self.rows):
            if row.member.id == membership_id:
                self.rows[number] = self._row(row.member, row.person, row.organization,
                                              row.side_name, attendance)
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, len(HEADERS) - 1))
                return
