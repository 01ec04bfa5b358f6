"""Tagesordnung: the agenda table (drag and drop, start times) beside the selected item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.agenda import insert_position, start_times
from ...domain.enums import AgendaKind
from ...domain.meetings import minutes_locked
from ...domain.model import AgendaItem, Meeting
from ..common.palette import DONE, shown
from ..common.widgets import EnumCombo, ErrorLabel
from ..context import AppContext, EditRefused, label
from .item_panel import ItemPanel

MIME = "application/x-sro-agenda-item"
NUMBER, TITLE, KIND, PRESENTER, DURATION, START, PUBLIC = range(7)


class AgendaModel(QAbstractTableModel):
    """The items of one meeting; edits and moves go to the store as undoable edits."""

    # PySide6's stubs type QT_TRANSLATE_NOOP as returning object; it returns the message.
    HEADERS: tuple[str, ...] = (  # type: ignore[assignment]
        QT_TRANSLATE_NOOP("AgendaModel", "TOP"),
        QT_TRANSLATE_NOOP("AgendaModel", "Titel"),
        QT_TRANSLATE_NOOP("AgendaModel", "Art"),
        QT_TRANSLATE_NOOP("AgendaModel", "Vortrag"),
        QT_TRANSLATE_NOOP("AgendaModel", "Dauer"),
        QT_TRANSLATE_NOOP("AgendaModel", "Beginn"),
        QT_TRANSLATE_NOOP("AgendaModel", "öff."),
    )
    refused: Callable[[str], None] | None = None  # set by the tab: shows a refusal
    in_edit = False  # a cell's edit is being stored (the view reloads after it)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.items: list[AgendaItem] = []
        self.starts: dict[str, str] = {}
        self.locked = False

    def load(self, meeting: Meeting | None) -> None:
        self.beginResetModel()
        if meeting is None:
            self.items, self.starts, self.locked = [], {}, False
        else:
            self.items = self.context.s.agenda.list(meeting.id)
            self.starts = start_times(meeting.start_time, self.items)
            self.locked = minutes_locked(meeting)
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == PUBLIC:
            return self.tr("öffentlich")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            title = item.title
            if item.deferred and role == Qt.ItemDataRole.DisplayRole:
                title = self.tr("%1 (vertagt)").replace("%1", title)
            values = {
                NUMBER: item.position, TITLE: title,
                KIND: label(item.kind) if role == Qt.ItemDataRole.DisplayRole else item.kind,
                PRESENTER: item.presenter,
                DURATION: (f"{item.duration_minutes}'" if role == Qt.ItemDataRole.DisplayRole
                           else item.duration_minutes),
                START: self.starts.get(item.id, ""),
            }
            value = values.get(column)
            if role == Qt.ItemDataRole.DisplayRole and value is not None:
                return str(value)
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column == PUBLIC:
            return Qt.CheckState.Checked if item.public else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return self.tr("%1 (vertagt)").replace("%1", item.title) if item.deferred \
                else item.title
        if role == Qt.ItemDataRole.ToolTipRole and item.deferred:
            return self.tr("vertagt")
        if role == Qt.ItemDataRole.ForegroundRole and item.deferred:
            return shown(DONE)  # muted grey that still reads (4.5:1, also on dark)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, DURATION, START):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():  # dropping below the last row
            return Qt.ItemFlag.NoItemFlags if self.locked else Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.locked:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (TITLE, KIND, PRESENTER, DURATION):
            base |= Qt.ItemFlag.ItemIsEditable
        if index.column() == PUBLIC:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item = self.items[index.row()]
        field = {TITLE: "title", KIND: "kind", PRESENTER: "presenter",
                 DURATION: "duration_minutes", PUBLIC: "public"}.get(index.column())
        if field is None:
            return False
        if field == "public":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if field == "duration_minutes":
            try:
                value = int(str(value).strip().rstrip("'") or 0)
            except ValueError:
                self._refuse(self.tr("Die Dauer bitte in Minuten angeben."))
                return False
        self.in_edit = True  # the table reloads once the cell's editor has closed
        try:
            self.context.edit(self.tr("TOP ändern"), self.context.s.agenda.update, item.id,
                              **{field: value})
        except EditRefused as exc:
            self._refuse(str(exc))
            return False
        finally:
            self.in_edit = False
        return True

    def _refuse(self, message: str) -> None:
        if self.refused is not None:
            self.refused(message)

    # drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(self.items[rows[0]].id.encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Move the dragged item to where it was dropped; the numbers follow.

        Returns False so the view removes nothing: the store moved the item and
        the model reloads from it.
        """
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME) or self.locked:
            return False
        item_id = bytes(data.data(MIME).data()).decode()
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        moving = next((i for i in self.items if i.id == item_id), None)
        if moving is None:
            return False
        position = row + 1 if row < moving.position - 1 else row  # the item leaves its place
        try:
            self.context.edit(self.tr("TOP verschieben"), self.context.s.agenda.move,
                              item_id, max(position, 1))
        except EditRefused as exc:
            self._refuse(str(exc))
        return False


class KindDelegate(QStyledItemDelegate):
    """A choice of Information / Beratung / Beschluss for the "Art" column."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        return EnumCombo(AgendaKind, parent=parent)

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, EnumCombo)
        editor.set_value(AgendaKind(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, EnumCombo)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class AgendaTab(QWidget):
    """The agenda of a meeting beside the item selected in it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None
        self._stale = False  # hidden while the meeting or its items changed: read when shown
        self._select_first = False
        self.model = AgendaModel(context, self)
        self.model.refused = self._show_refusal

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tagesordnung"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        # The title takes the room; a long title is elided on one line, not wrapped into
        # fragments; the presenter gets a fixed width the user can widen.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRESENTER, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(PRESENTER, 90)
        header.setMinimumSectionSize(24)
        self.table.selectionModel().currentRowChanged.connect(self._item_selected)

        self.add_button = QPushButton(self.tr("+ TO&P"))
        self.add_button.setToolTip(self.tr("Neuen Tagesordnungspunkt anlegen (Strg+N)"))
        self.add_button.clicked.connect(self.add_item)
        self.standard_button = QPushButton(self.tr("&Standard-TOPs einfügen"))
        self.standard_button.clicked.connect(self.add_standard)
        self.carry_button = QPushButton(self.tr("O&ffene Punkte übernehmen"))
        self.carry_button.clicked.connect(self.carry_over)
        self.up_button = QPushButton(self.tr("▲"))
        self.up_button.setToolTip(self.tr("TOP nach oben (Alt+↑)"))
        self.up_button.setAccessibleName(self.tr("TOP nach oben"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("▼"))
        self.down_button.setToolTip(self.tr("TOP nach unten (Alt+↓)"))
        self.down_button.setAccessibleName(self.tr("TOP nach unten"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = QPushButton(self.tr("TOP l&öschen"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.deferred_box = QCheckBox(self.tr("vertagt"))
        self.deferred_box.setAccessibleName(self.tr("TOP vertagt"))
        self.deferred_box.setToolTip(self.tr(
            "Der TOP wird vertagt; „Offene Punkte übernehmen“ bringt ihn in eine spätere "
            "Sitzung."))
        self.deferred_box.clicked.connect(self.set_deferred)
        self.error_label = ErrorLabel()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.deferred_box)
        more_buttons = QHBoxLayout()
        for button in (self.standard_button, self.carry_button):
            more_buttons.addWidget(button)
        more_buttons.addStretch()

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.error_label)
        column.addLayout(buttons)
        column.addLayout(more_buttons)

        self.item_panel = ItemPanel(context)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.item_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.shortcuts: dict[str, QShortcut] = {}
        for keys, slot in (("Ctrl+N", self.add_item), ("Alt+Up", lambda: self.move_selected(-1)),
                           ("Alt+Down", lambda: self.move_selected(1)),
                           ("Ctrl+Return", self.next_item)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[keys] = shortcut

    # reading -------------------------------------------------------------------------------
    def set_meeting(self, meeting: Meeting | None) -> None:
        changed = self.meeting is None or meeting is None or meeting.id != self.meeting.id
        self.meeting = meeting
        if not self.isVisible():
            self._stale = True  # another meeting: read when the tab is shown
        self.refresh(select_first=changed)

    def refresh(self, select_first: bool = False) -> None:
        """Read the meeting's items again. A hidden tab that has not read the meeting
        under work yet reads it when shown (or asked: :meth:`fill_if_stale`); once read,
        it keeps up with every change, shown or not."""
        if self._stale and not self.isVisible():
            self._select_first = self._select_first or select_first
            return
        self._fill(select_first)

    def fill_if_stale(self) -> None:
        """Read what the tab missed while hidden."""
        if self._stale:
            self._fill(self._select_first)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fill_if_stale()

    def _fill(self, select_first: bool) -> None:
        if self.context.store is None:
            return
        if self.model.in_edit:  # a cell is being committed: reload after it
            QTimer.singleShot(0, lambda: self.refresh(select_first))
            return
        self._stale = self._select_first = False
        if self.meeting is not None:
            self.meeting = self.context.s.meetings.get(self.meeting.id)
        current = self.selected_item()
        self.model.load(self.meeting)
        locked = self.model.locked or self.meeting is None
        for button in (self.add_button, self.standard_button, self.carry_button,
                       self.up_button, self.down_button, self.delete_button):
            button.setEnabled(not locked)
        ids = [i.id for i in self.model.items]
        if current is not None and current.id in ids and not select_first:
            self.select_row(ids.index(current.id))
        elif ids:
            self.select_row(0)
        else:
            self.item_panel.set_item(None)
        self._show_deferred()

    def _show_deferred(self) -> None:
        """The check box "vertagt" shows the selected item's state."""
        item = self.selected_item()
        self.deferred_box.setChecked(item is not None and item.deferred)
        self.deferred_box.setEnabled(item is not None and not self.model.locked)

    def selected_item(self) -> AgendaItem | None:
        row = self.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        item = self.model.items[row]
        if self.item_panel.item is not None and self.item_panel.item.id == item.id:
            self.item_panel.refresh()  # keeps what is being typed in a decision
        else:
            self.item_panel.set_item(item)

    def select_item(self, item_id_or_title: str) -> AgendaItem:
        """Select an item by id or title (as a user clicks it)."""
        row = next(r for r, i in enumerate(self.model.items)
                   if item_id_or_title in (i.id, i.title))
        self.select_row(row)
        return self.model.items[row]

    def _item_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and 0 <= current.row() < len(self.model.items):
            item = self.model.items[current.row()]
            if self.item_panel.item is None or self.item_panel.item.id != item.id:
                self.item_panel.set_item(item)
        self._show_deferred()

    def next_item(self) -> None:
        row = self.table.currentIndex().row()
        if row + 1 < len(self.model.items):
            self.select_row(row + 1)

    # editing ---------------------------------------------------------------------------------
    def _show_refusal(self, message: str) -> None:
        self.error_label.show_error(message)

    def _edit(self, text: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            result = self.context.edit(text, fn, *args, **kwargs)
        except EditRefused as exc:
            self.error_label.show_error(str(exc))
            return None
        self.error_label.show_error("")
        return result

    def add_item(self) -> None:
        if self.meeting is None or self.model.locked:
            return
        item = self._edit(self.tr("TOP anlegen"), self.context.s.agenda.add, self.meeting.id,
                          self.tr("Neuer Tagesordnungspunkt"), AgendaKind.DISCUSSION,
                          duration_minutes=15, position=insert_position(self.model.items))
        if item is not None:
            row = self.select_item(item.id).position - 1
            self.table.edit(self.model.index(row, TITLE))

    def add_standard(self) -> None:
        if self.meeting is not None:
            count = self._edit(self.tr("Standard-TOPs einfügen"),
                               self.context.s.agenda.add_standard, self.meeting.id)
            if count == 0:
                self.error_label.show_error(self.tr("Alle Standard-TOPs sind schon da."))

    def carry_over(self) -> None:
        if self.meeting is None:
            return
        result = self._edit(self.tr("Offene Punkte übernehmen"),
                            self.context.s.agenda.carry_over, self.meeting.id)
        if result is not None:
            QMessageBox.information(self, self.tr("Offene Punkte übernommen"), self.tr(
                "Übernommen: %1 vertagte TOPs, %2 Aufgaben zur Wiedervorlage, "
                "%3 Empfehlungen des Beirats.").replace("%1", str(result.items))
                .replace("%2", str(result.tasks)).replace("%3", str(result.recommendations)))

    def set_deferred(self, deferred: bool) -> None:
        """Mark the selected item as deferred (vertagt) or not: one undo step."""
        item = self.selected_item()
        if item is None or item.deferred == deferred:
            return
        self._edit(self.tr("TOP vertagen") if deferred else self.tr("TOP nicht mehr vertagt"),
                   self.context.s.agenda.update, item.id, deferred=deferred)
        self._show_deferred()

    def move_selected(self, step: int) -> None:
        item = self.selected_item()
        if item is None or self.model.locked:
            return
        position = item.position + step
        if 1 <= position <= len(self.model.items):
            self._edit(self.tr("TOP verschieben"), self.context.s.agenda.move, item.id, position)
            self.select_item(item.id)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._edit(self.tr("TOP löschen"), self.context.s.agenda.delete, item.id)
