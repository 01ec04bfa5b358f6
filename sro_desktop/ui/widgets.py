"""Small pieces several views use: labels, tables, combo boxes, dates, dialogs, error
lines, and the table of a record's tasks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import german_date
from ..domain.enums import Labeled
from ..domain.model import Task
from ..domain.tasks import is_overdue
from ..store import StoreError
from .base import (
    ADOPTED,
    DONE,
    OVERDUE,
    Column,
    RecordTableModel,
    list_loader,
    task_background,
    task_foreground,
    text_style,
)
from .context import AppContext, label

T = TypeVar("T")

DATE_FORMAT = "dd.MM.yyyy"


# -- labels ------------------------------------------------------------------------------------


def heading_label(text: str = "", *, selectable: bool = True) -> QLabel:
    """The bold, enlarged heading of a detail panel ("SG-2026-04 · Modellregion …")."""
    heading = QLabel(text)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    heading.setFont(font)
    heading.setWordWrap(True)
    if selectable:
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return heading


def section_label(text: str) -> QLabel:
    """A small bold heading inside a detail panel."""
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def value_label() -> QLabel:
    """A read-only value the user can select and copy, wrapping long text."""
    value = QLabel()
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return value


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A caption whose mnemonic (the letter after "&") puts the focus on ``buddy``."""
    caption = QLabel(text)
    caption.setBuddy(buddy)
    return caption


def quorum_style(quorate: bool) -> str:
    return text_style(ADOPTED if quorate else OVERDUE, bold=True)


class ErrorLabel(QLabel):
    """Says in red what is wrong with what was just typed; empty when all is well."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(text_style(OVERDUE))
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Fehlermeldung"))
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error(widget: QWidget | QHBoxLayout) -> tuple[QWidget, ErrorLabel]:
    """A field with its error line under it, as one widget for a form row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(widget, QHBoxLayout):
        column.addLayout(widget)
    else:
        column.addWidget(widget)
    error = ErrorLabel()
    column.addWidget(error)
    return box, error


# -- focus and fields --------------------------------------------------------------------------


def tab_order(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def set_text_quietly(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show stored text without firing edit signals, and never under the user's cursor."""
    if widget.hasFocus():
        return
    current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    if current != text:
        with QSignalBlocker(widget):
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)


def date_edit(day: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar, written as Germans write dates."""
    edit = QDateEdit(QDate(day), parent) if day is not None else QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def set_current_data(combo: QComboBox, data: Any) -> None:
    """Choose the entry with ``data`` (the first one if none has it), firing no signal.
    Coded values are stored as their plain string in the combo box: convert back with
    the enum."""
    with QSignalBlocker(combo):
        found = combo.findData(data)
        combo.setCurrentIndex(found if found >= 0 else 0)


def fill_combo(combo: QComboBox, entries: Iterable[tuple[str, Any]], current: Any = None) -> None:
    """Fill a combo box again with (text, data) entries, firing no signal, and choose
    the entry with ``current`` (to keep the choice: ``combo.currentData()``)."""
    with QSignalBlocker(combo):
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        set_current_data(combo, current)


class EnumCombo(QComboBox):
    """A choice among coded values, shown by their German labels.

    Qt turns enum item data into plain strings; ``value()`` gives the enum back.
    """

    def __init__(self, kind: type[Labeled], members: Iterable[Labeled] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        for member in members if members is not None else kind:
            self.addItem(label(member), member.value)

    def value(self) -> Any:
        data = self.currentData()
        return self.kind(data) if data is not None else None

    def set_value(self, member: Labeled | None) -> None:
        self.setCurrentIndex(max(self.findData(member.value if member else None), 0))


def run_modal(dialog: QDialog, result: Callable[[], T]) -> T | None:
    """Run a dialog: ``result()`` when it was accepted, None when cancelled; then let it go."""
    try:
        return result() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# -- tables ------------------------------------------------------------------------------------


def compact_rows(table: QTableView) -> None:
    """Rows as high as a line of text (the style's default is roomier than a list needs)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def record_table(model: QAbstractItemModel, name: str, description: str,
                 widths: Sequence[int], stretch: int) -> QTableView:
    """A register to read and choose from: one whole row at a time, compact rows,
    columns of these widths but ``stretch``, which takes the rest."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    compact_rows(table)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for col, width in enumerate(widths):
        header.resizeSection(col, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    return table


def select_row(table: QTableView, row: int) -> None:
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)


def owner_names(context: AppContext, task: Task) -> str:
    """The owners of a task by their full names: people, or organisations."""
    store = context.s
    names = []
    for owner in task.owners:
        try:
            if owner.person_id:
                names.append(store.people.get(owner.person_id).full_name)
            elif owner.organization_id:
                org = store.organizations.get(owner.organization_id)
                names.append(org.short or org.name)
        except StoreError:
            continue
    return " / ".join(names)


class TaskTable(QWidget):
    """The tasks of one record (a decision, a milestone): a heading with their number,
    the tasks with owners, due date and state (overdue in red, finished greyed), or a
    note when there are none. A double click opens the task in the Aufgaben view."""

    def __init__(self, context: AppContext, title: str, none_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.title = title
        self.heading = section_label(title)
        self.model = self._task_model()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Doppelklick öffnet die Aufgabe"))
        self.table.doubleClicked.connect(self._open_task)
        self.none_label = QLabel(none_text)
        self.none_label.setStyleSheet(text_style(DONE))
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 0, 0)  # it stands right of the record's details
        column.addWidget(self.heading)
        column.addWidget(self.none_label)
        column.addWidget(self.table, 1)
        column.addStretch()

    def _task_model(self) -> RecordTableModel:
        tr = self.tr
        model = RecordTableModel([
            Column(tr("Aufgabe"), lambda t: t.title),
            Column(tr("Verantwortlich"), lambda t: owner_names(self.context, t)),
            Column(tr("Fällig"), lambda t: german_date(t.due_date),
                   sort=lambda t: t.due_date or date.max),
            Column(tr("Status"), lambda t: label(t.state)),
        ], self)
        model.foreground = lambda t: task_foreground(t, date.today())
        model.background = lambda t: task_background(t, date.today())
        model.tooltip = lambda t: t.title + (
            "\n" + tr("überfällig seit %1").replace("%1", german_date(t.due_date))
            if is_overdue(t, date.today()) else "")
        return model

    def show_tasks(self, tasks: list[Task] | None) -> None:
        """Show these tasks; None: no record chosen."""
        if tasks is None:
            self.model.set_loader(None)
            return
        self.model.set_loader(list_loader(tasks))
        self.heading.setText(f"{self.title} ({len(tasks)})")
        self.none_label.setVisible(not tasks)
        self.table.setVisible(bool(tasks))

    def _open_task(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.show_record.emit("tasks", self.model.record(index.row()).id)
