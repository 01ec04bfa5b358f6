"""Small pieces several views use: labels, texts, tables, combo boxes, dates, dialogs
and error lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import german_date, parse_german_date
from ...domain.enums import Labeled
from ...domain.model import Meeting
from ...domain.words import say
from ...store.mapping import unreadable
from ..context import label
from .palette import OVERDUE, text_style
from .table_model import RECORD_ROLE, unreadable_text, unreadable_tooltip

T = TypeVar("T")

DATE_FORMAT = "dd.MM.yyyy"


def count_text(number: int) -> str:
    """1162 → "1.162", as the German locale writes it."""
    return QLocale().toString(number)


def plural(number: int, one: str, many: str) -> str:
    """A count with its noun: ``plural(n, self.tr("%1 Empfehlung"), self.tr("%1 Empfehlungen"))``
    gives "1 Empfehlung", "2 Empfehlungen", "1.162 Empfehlungen" (both texts translated by
    the caller, so that lupdate finds them)."""
    return (one if number == 1 else many).replace("%1", count_text(number))


def meeting_text(meeting: Meeting) -> str:
    """"8. Sitzung am 11.12.2026"."""
    return (say("Widgets", "%1. Sitzung am %2").replace("%1", str(meeting.number))
            .replace("%2", german_date(meeting.date)))


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


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of a layout that is filled again."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # at once: deleteLater would leave it on screen a moment
            widget.deleteLater()


def tab_order(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def tab_stops(root: QWidget) -> list[QWidget]:
    """root and the widgets in it that Tab stops at, in the order they were made (for
    :func:`tab_order`): not the line edit inside a spin box or combo box (its box takes
    the focus), nor a combo box's popup list (a window of its own)."""
    return [widget for widget in (root, *root.findChildren(QWidget))
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.window() is root.window()
            and not (isinstance(widget, QLineEdit)
                     and isinstance(widget.parent(), QAbstractSpinBox | QComboBox))]


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
                widget.setCursorPosition(0)  # a long title shows its beginning


class DateEdit(QDateEdit):
    """A date field with a calendar that takes a date as typed: "31.03.2027", "31.3.27",
    "31.3.2027", "1.4." (this year) — see :func:`domain.calendar.parse_german_date`.

    Qt's own date field edits the day, month and year as separate sections, and typing
    over them garbles a date typed in one go ("31.3.27" became 25.03.2026). Here typing a
    digit or a dot starts the date afresh; Enter or leaving the field takes it (a text that
    is no date is named in a tooltip and the date stays as it was), Escape drops it. The
    arrow keys, the wheel (with focus) and the calendar work as before.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._typed: str | None = None  # the text being typed, None while not typing
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)

    def typed_text(self) -> str | None:
        return self._typed

    @staticmethod
    def _typing_key(event: QKeyEvent) -> bool:
        """A digit, a dot or Backspace, no shortcut (Strg+1 still switches the view)."""
        commands = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier)
        if event.modifiers() & commands:
            return False
        text = event.text()
        return bool(text) and (text.isdigit() or text in ".,/") or event.key() in (
            Qt.Key.Key_Backspace, Qt.Key.Key_Delete)

    def event(self, event: QEvent) -> bool:
        """Typing keys straight to :meth:`keyPressEvent`: Qt's date field would otherwise
        pad the sections of the text being typed ("31.3." shown as "31.03.")."""
        if self.isReadOnly():
            return super().event(event)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and \
                self._typed is not None and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Tab after a date typed leaves the field (Qt's would go to its next section)
            self.take_typed()
            return QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
        if isinstance(event, QKeyEvent) and self._typing_key(event):
            if event.type() == QEvent.Type.KeyPress:
                self.keyPressEvent(event)
                return True
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if self.isReadOnly():
            super().keyPressEvent(event)
        elif self._typing_key(event):
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._type((self.text() if self._typed is None else self._typed)[:-1])
            else:
                self._type((self._typed or "") + (text if text.isdigit() else "."))
        elif key == Qt.Key.Key_Escape and self._typed is not None:
            self._typed = None
            self._show(self.text_of_date())
        else:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.take_typed()
            elif self._typed is not None:  # an arrow key: the sections again
                self._typed = None
                self._show(self.text_of_date())
            super().keyPressEvent(event)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """While a date is typed, its text is left as it is (Qt's check would pad it)."""
        if self._typed is not None and text == self._typed:
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.take_typed()
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed = None
        super().focusInEvent(event)

    def take_typed(self) -> None:
        """Store what was typed as the date (Enter, Tab, leaving the field)."""
        if self._typed is None:
            return
        typed, self._typed = self._typed, None
        if not typed.strip() and self.specialValueText():  # emptied: "no date"
            self.setDate(self.minimumDate())
            self._show(self.text())
            return
        day = parse_german_date(typed, clock.today())
        if day is None or not (self.minimumDate() <= qdate(day) <= self.maximumDate()):
            self._show(self.text_of_date())
            if typed:
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.tr(
                    "„%1“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 31.03.2027.")
                    .replace("%1", typed), self)
            return
        self.setDate(qdate(day))
        self._show(self.text_of_date())

    def text_of_date(self) -> str:
        """The date as shown when not typing (the special text for "no date")."""
        if self.specialValueText() and self.date() == self.minimumDate():
            return self.specialValueText()
        return self.date().toString(DATE_FORMAT)

    def _type(self, text: str) -> None:
        self._typed = text
        self._show(text)

    def _show(self, text: str) -> None:
        """The line's text, past Qt's validation of sections (which would undo it)."""
        line = self.lineEdit()
        with QSignalBlocker(line):
            line.setText(text)
            line.setCursorPosition(len(text))
        line.update()


def date_edit(day: date | None = None, parent: QWidget | None = None) -> DateEdit:
    """A date field with a calendar, written as Germans write dates and taking them as
    they type them (:class:`DateEdit`)."""
    edit = DateEdit(parent)
    if day is not None:
        edit.setDate(qdate(day))
    return edit


def show_day(edit: QDateEdit, record: object, field: str, day: date) -> bool:
    """Show the record's day in a date field, no signal sent; a stored value the program
    cannot read (another tool wrote it) shows marked ("ungültig: …", the tooltip says
    why), not its stand-in. True if it is marked."""
    raw = unreadable(record).get(field)
    with QSignalBlocker(edit):
        if raw is None:
            edit.setSpecialValueText("")
            edit.clearMinimumDate()
            edit.setDate(qdate(day))
        else:  # Qt shows the special text while the date is the minimum
            edit.setMinimumDate(qdate(day))
            edit.setSpecialValueText(unreadable_text(raw))
            edit.setDate(qdate(day))
    edit.setToolTip(unreadable_tooltip({field: raw}) if raw is not None else "")
    return raw is not None


def qdate(day: date) -> QDate:
    """A day for Qt (PySide6 converts ``date`` itself, but its stubs do not say so)."""
    return QDate(day.year, day.month, day.day)


def date_value(edit: QDateEdit) -> date:
    """The day a date field shows (PySide6's stubs type ``QDate.toPython()`` as object)."""
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


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


def warn_unstored(parent: QWidget, what: str) -> None:
    """Name typed input the rules refused when the user left it (it was not stored).
    Called through the module, so tests can answer it."""
    QMessageBox.warning(parent, say("Widgets", "Nicht gespeichert"), say("Widgets",
        "Diese Eingaben verletzen eine Regel und wurden nicht gespeichert:") + "\n\n" + what)


def run_modal(dialog: QDialog, result: Callable[[], T]) -> T | None:
    """Run a dialog: ``result()`` when it was accepted, None when cancelled; then let it go."""
    try:
        return result() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# -- tables ------------------------------------------------------------------------------------


def confirm_removal(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a record is removed (Strg+Z brings it back); No is the default.
    Rooms call it through their own module, so tests can answer it there."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def chosen_record(table: QAbstractItemView) -> Any:
    """The record of the table's current row if that row is selected, else None."""
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isRowSelected(index.row(),
                                                                         QModelIndex()):
        return None
    return index.data(RECORD_ROLE)


def choose_record(table: QTableView, matches: Callable[[Any], bool]) -> bool:
    """Make the first row whose record ``matches`` current and selected."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if matches(index.data(RECORD_ROLE)):
            table.setCurrentIndex(index)
            table.selectRow(row)
            return True
    return False


def on_row_chosen(table: QAbstractItemView, slot: Callable[[], object]) -> None:
    """Call ``slot`` whenever the chosen row changes, by keys or by the mouse. A click
    moves the current row before it selects it, so ``currentRowChanged`` alone comes
    too early for actions that need a selected row."""
    selection = table.selectionModel()
    selection.currentRowChanged.connect(lambda *_args: slot())
    selection.selectionChanged.connect(lambda *_args: slot())


def compact_rows(table: QTableView) -> None:
    """Rows as high as a line of text (the style's default is roomier than a list needs)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def choice_table(headers: Sequence[str], name: str) -> QTableWidget:
    """A small read-only list of records to choose one from (whole rows, no row
    numbers), the last column taking the rest of the width; filled by the caller."""
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


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
