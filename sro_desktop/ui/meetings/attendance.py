"""Anwesenheit: every member of the body on the meeting's date, guests, the quorum."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    QPoint,
    QRegularExpression,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import AttendanceStatus
from ...domain.labels import person_choice_label, person_sort_key
from ...domain.meeting_record import MeetingContext
from ...domain.model import Organization, Person
from ..common.table_model import Index
from ..common.widgets import ErrorLabel, buddy_label, run_modal
from ..context import AppContext, EditRefused
from ..history import HistoryDialog
from .attendance_model import (
    ARRIVES,
    CHOICE_COLUMNS,
    DEPUTY,
    HANDOVER,
    LEAVES,
    MEMBER,
    ROLE,
    STATUS,
    AttendanceModel,
    DeputyChoice,
)

# A meeting's context and the people of the file by id, as read once for the panel.
MeetingRead = tuple[MeetingContext, dict[str, Person]]


class ChoiceDelegate(QStyledItemDelegate):
    """The choice columns as combo boxes that stay open (persistent editors); choosing
    an entry stores it at once. A cell the model does not let edit shows its combo box
    disabled."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # A choice is stored when chosen; leaving the combo box stores nothing more (the
        # table may have been read again meanwhile, with new combo boxes).
        if event.type() == QEvent.Type.FocusOut:
            return False
        # Tab goes on along the focus chain (the next choice, then past the table), not
        # back to the table, which would hand it to this choice again: a keyboard trap
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        return super().eventFilter(editor, event)

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """A combo box over the column's shared list; what depends on the row is set in
        :meth:`setEditorData` (a combo box stays while the rows change in place)."""
        combo = QComboBox(parent)
        entries: QAbstractItemModel = self.model.choice_model(index.column())
        if self.model.left_out(index) is not None:  # all entries but one, filtered in Qt
            proxy = QSortFilterProxyModel(combo)
            proxy.setSourceModel(entries)
            proxy.setFilterRole(Qt.ItemDataRole.UserRole)
            entries = proxy
        combo.setModel(entries)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        name, tooltip = self.model.accessible_name(index), self.model.tooltip(index) or ""
        if editor.accessibleName() != name:
            editor.setAccessibleName(name)
        if editor.toolTip() != tooltip:
            editor.setToolTip(tooltip)
        with QSignalBlocker(editor):
            proxy = editor.model()
            left_out = self.model.left_out(index)
            if isinstance(proxy, QSortFilterProxyModel) and left_out is not None:
                pattern = f"^(?!{QRegularExpression.escape(left_out)}$)"
                if proxy.filterRegularExpression().pattern() != pattern:
                    proxy.setFilterRegularExpression(QRegularExpression(pattern))
            # The model is asked directly, not through QVariant: PySide6 (6.12 on Python
            # 3.11) loses a reference to None with each None it converts.
            editor.setCurrentIndex(max(editor.findData(self.model.value(index)), 0))
        editor.setEnabled(bool(self.model.flags(index) & Qt.ItemFlag.ItemIsEditable))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DeputyDialog(QDialog):
    """Who represents a member who has no deputy named in the seat: a person of the file,
    or someone new, typed by name ("Vorname Nachname" or "Nachname, Vorname")."""

    def __init__(self, parent: QWidget | None, member_name: str, people: list[Person],
                 organizations: dict[str, Organization]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vertretung"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Vertreten durch"))
        self.person.addItem(self.tr("– neue Person –"), None)
        for person in sorted(people, key=person_sort_key):
            self.person.addItem(person_choice_label(
                person, organizations.get(person.organization_id or "")), person.id)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Name der neuen Person"))
        self.new_name.setPlaceholderText(self.tr("Vorname Nachname"))
        self.person.currentIndexChanged.connect(self._update)
        self.new_name.textChanged.connect(self._update)
        question = QLabel(self.tr("Für %1 ist keine Stellvertretung eingetragen. "
                                  "Wer vertritt in dieser Sitzung?").replace("%1", member_name))
        question.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(question)
        form.addRow(buddy_label(self.tr("&Vertreten durch:"), self.person), self.person)
        form.addRow(buddy_label(self.tr("oder &neue Person:"), self.new_name), self.new_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)
        self._update()

    def _update(self) -> None:
        new = self.person.currentData() is None
        self.new_name.setEnabled(new)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not new or bool(self.new_name.text().strip()))

    def choice(self) -> DeputyChoice:
        person_id = self.person.currentData()
        return DeputyChoice(person_id, "" if person_id else self.new_name.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, member_name: str, people: list[Person],
            organizations: dict[str, Organization]) -> DeputyChoice | None:
        dialog = cls(parent, member_name, people, organizations)
        return run_modal(dialog, dialog.choice)


class AttendanceTab(QWidget):
    """The attendance list of the meeting, its guests, and the Verlauf of each."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting_id: str | None = None
        self._given: MeetingRead | None = None  # what refresh_from hands to refresh

        self.error_label = ErrorLabel()
        self.model = AttendanceModel(context, self)
        self.model.refused.connect(self._refused)
        self.model.ask_deputy = self._ask_deputy
        self.model.stored.connect(lambda: self.error_label.show_error(""))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.model, self.table))
        self.table.setAccessibleName(self.tr("Anwesenheitsliste"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEMBER, QHeaderView.ResizeMode.Stretch)
        # seven columns at 1366×768: the member's name keeps the room left over; side
        # and role are cut short where long (their tooltip has them in full)
        for column, width in ((ROLE, 170), (STATUS, 105), (DEPUTY, 125), (ARRIVES, 95),
                              (LEAVES, 95), (HANDOVER, 105)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._member_menu)

        self.all_present_button = QPushButton(self.tr("Alle anwesend"))
        self.all_present_button.setAccessibleName(self.tr("Alle anwesend"))
        self.all_present_button.setToolTip(self.tr(
            "Alle Mitglieder ohne eingetragenen Status als anwesend eintragen; "
            "„entschuldigt“, „vertreten“ usw. bleiben"))
        self.all_present_button.clicked.connect(self.mark_all_present)

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

        status_row = QHBoxLayout()
        status_row.addWidget(self.error_label, 1)
        status_row.addStretch()
        status_row.addWidget(self.all_present_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addLayout(guest_row)
        layout.addWidget(self.guests)

    # reading ---------------------------------------------------------------------
    def set_meeting(self, meeting_id: str | None, read: MeetingRead | None = None) -> None:
        """Show this meeting; ``read``: as :meth:`refresh_from`."""
        if meeting_id != self.meeting_id:
            self.table.scrollToTop()  # the list starts at the top, as after a reset
        self.meeting_id = meeting_id
        self.error_label.show_error("")
        self.refresh_from(read)

    def refresh_from(self, read: MeetingRead | None) -> None:
        """Refresh with the meeting and the people of the file as the panel has just read
        them (not read again here)."""
        self._given = read
        try:
            self.refresh()
        finally:
            self._given = None

    def refresh(self) -> None:
        store = self.context.store
        if store is None or self.meeting_id is None:
            self.model.load(None, {}, {})
            return
        read = self._given
        if read is not None and read[0].meeting.id == self.meeting_id:
            ctx, people = read
        else:
            ctx = store.meetings.context(self.meeting_id)
            people = {p.id: p for p in store.people.list()}
        organizations = {o.id: o for o in store.organizations.list()}
        self.model.load(ctx, people, organizations)
        self.table.selectionModel().clear()  # as after a reset: the rows may change in place
        for row in range(self.model.rowCount()):  # new rows only: the others keep theirs
            for column in CHOICE_COLUMNS:
                self.table.openPersistentEditor(self.model.index(row, column))
        self.guests.clear()
        for guest in (a for a in ctx.attendance if not a.membership_id):
            text = guest.guest_name + (f" ({guest.guest_organization})"
                                       if guest.guest_organization else "")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, guest.id)
            self.guests.addItem(entry)
        self.add_guest_button.setEnabled(self.model.editable)
        self.all_present_button.setEnabled(self.model.editable and any(
            row.attendance is None for row in self.model.rows))

    def _ask_deputy(self, member_name: str) -> DeputyChoice | None:
        store = self.context.s
        return DeputyDialog.ask(self, member_name, store.people.list(),
                                {o.id: o for o in store.organizations.list()})

    def _refused(self, message: str) -> None:
        self.error_label.show_error(message)
        self.refresh()  # the choices show what is stored again

    # Verlauf -----------------------------------------------------------------------
    def _member_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        row = index.row() if index.isValid() else self.table.currentIndex().row()
        if row < 0:
            return
        self.table.selectRow(row)
        self._history_menu(self.table.viewport().mapToGlobal(position),
                           lambda: self.show_history(row),
                           self.model.rows[row].attendance is not None)

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
        rows = self.model.rows
        attendance = rows[row].attendance if 0 <= row < len(rows) else None
        if attendance is None:
            return None
        return HistoryDialog.show_for(self, self.context, "attendance", attendance.id,
                                      self.tr("Anwesenheit von %1").replace("%1",
                                                                           rows[row].name))

    def show_guest_history(self, entry: QListWidgetItem) -> HistoryDialog:
        return HistoryDialog.show_for(self, self.context, "attendance",
                                      entry.data(Qt.ItemDataRole.UserRole),
                                      self.tr("Anwesenheit von %1").replace("%1", entry.text()))

    # editing -----------------------------------------------------------------------
    def choice(self, row: int, column: int) -> QComboBox:
        """The combo box in a choice cell."""
        editor = self.table.indexWidget(self.model.index(row, column))
        assert isinstance(editor, QComboBox)
        return editor

    def set_status(self, member_name: str, status: AttendanceStatus, *,
                   arrives_at: int | None = None, leaves_at: int | None = None,
                   handover_at: int | None = None) -> None:
        """Choose status and arrival/departure/handover item positions as a user would
        (for tests)."""
        combo = self.choice(self.model.row_of(member_name), STATUS)
        combo.setCurrentIndex(combo.findData(status.value))
        combo.activated.emit(combo.currentIndex())
        for column, position in ((ARRIVES, arrives_at), (LEAVES, leaves_at),
                                 (HANDOVER, handover_at)):
            if position is not None:
                combo = self.choice(self.model.row_of(member_name), column)
                combo.setCurrentIndex(next(i for i in range(combo.count())
                                           if combo.itemText(i).startswith(f"TOP {position} ")))
                combo.activated.emit(combo.currentIndex())

    def mark_all_present(self) -> None:
        """Alle anwesend: the members not yet recorded are present (one undo step)."""
        if self.meeting_id is None:
            return
        try:
            self.context.edit(self.tr("Alle anwesend"), self.context.s.attendance.mark_all_present,
                              self.meeting_id)
        except EditRefused as exc:
            self.error_label.show_error(str(exc))
            return
        self.error_label.show_error("")

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
