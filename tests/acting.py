"""Acting as the secretary does: find controls by their accessible names (or the text of
their label or button), click them, type into them, answer the dialogs that open.

Nothing here writes through the store; a test reads the file to check. QTest types
ASCII only: other text is put in as an input method would (``insert``), then the field
is left the way a user leaves it (focus moves on).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def names_of(widget: QWidget) -> set[str]:
    """What a screen reader would call the widget: its accessible name, its text, the
    text of the label whose buddy it is."""
    names = {widget.accessibleName()}
    if isinstance(widget, QAbstractButton):
        names.add(plain(widget.text()))
    parent = widget.parentWidget()
    if parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget:
                names.add(plain(label.text()))
    return {n for n in names if n}


def find(root: QWidget, kind: type[W], name: str, *, visible: bool = True) -> W:
    """The one control of ``kind`` under ``root`` called ``name``."""
    found = [w for w in root.findChildren(kind)
             if name in names_of(w) and (not visible or w.isVisibleTo(root.window()))]
    assert len(found) == 1, f"{kind.__name__} {name!r}: {len(found)} found"
    return found[0]


def click(widget: QAbstractButton) -> None:
    assert widget.isEnabled(), f"{plain(widget.text())!r} is disabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(root: QWidget, name: str) -> None:
    """Click the button called ``name``."""
    click(find(root, QAbstractButton, name))


def type_text(widget: QLineEdit | QPlainTextEdit, text: str, *, leave: bool = True) -> None:
    """Replace the field's text as typed by a user, then leave the field."""
    widget.setFocus()
    widget.selectAll()
    if text.isascii():
        QTest.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)
    if leave:
        leave_field(widget)


def leave_field(widget: QWidget) -> None:
    """Tab away from the field, as a user does when done."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    if widget.hasFocus():  # a plain text edit takes Tab as text: focus elsewhere
        widget.clearFocus()
    QApplication.processEvents()


def choose(combo: QComboBox, text: str) -> None:
    """Choose the entry that starts with ``text``, as a click in the popup does."""
    index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(text)), -1)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    QApplication.processEvents()


def tab(root: QWidget, title: str) -> QWidget:
    """Open the tab called ``title`` of the tab widget under ``root`` that has one."""
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if plain(tabs.tabText(i)).startswith(title):
                tabs.setCurrentIndex(i)
                return tabs.widget(i)
    raise AssertionError(f"no tab {title!r}")


def click_row(table: QAbstractItemView, text: str, column: int = 0) -> int:
    """Click the first row whose cell in ``column`` starts with ``text``."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if str(index.data() or "").startswith(text):
            table.scrollTo(index)
            rect = table.visualRect(index)
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return row
    raise AssertionError(f"no row {text!r} in {table.accessibleName()!r}")


class Answer:
    """A dialog expected to open; ``check()`` after the action that opens it says it
    was answered, and raises what went wrong while answering it."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.error: BaseException | None = None

    def check(self) -> str:
        if self.error is not None:
            raise self.error
        assert self.title is not None, "no dialog opened"
        return self.title


def when_dialog(act: Callable[[QWidget], None], *, deadline_ms: int = 60_000) -> Answer:
    """Answer the next modal dialog with ``act`` once it is shown. A failure inside
    ``act`` closes the dialog (no test hangs on it) and is raised by ``check()``."""
    answer = Answer()
    waited = [0]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            waited[0] += 20
            if waited[0] < deadline_ms:
                QTimer.singleShot(20, attempt)
            return
        answer.title = dialog.windowTitle()
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001 - handed to the test by check()
            answer.error = exc
            dialog.close()
        if dialog.isVisible() and answer.error is None and isinstance(dialog, QDialog):
            answer.error = AssertionError(f"{answer.title!r} still open after answering")
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return answer


def table_text(root: QWidget) -> str:
    """All the text the tables under ``root`` show (to check a preview)."""
    from PySide6.QtWidgets import QTableView

    cells = []
    for table in root.findChildren(QTableView):
        model = table.model()
        for row in range(model.rowCount()):
            cells += [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
    return "\n".join(cells)


def accept(dialog: QWidget) -> None:
    """Click the dialog's OK (whatever its text: the button with the accept role)."""
    from PySide6.QtWidgets import QDialogButtonBox

    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                          QDialogButtonBox.ButtonRole.YesRole):
                click(button)
                return
    raise AssertionError(f"no OK in {dialog.windowTitle()!r}")


def answer_question(button_text: str) -> Callable[[QWidget], None]:
    """Answer a message box by clicking its button with this text ("&Yes" style too)."""

    def act(box: QWidget) -> None:
        click(next(b for b in box.findChildren(QAbstractButton)
                   if plain(b.text()) == button_text and b.isVisible()))

    return act


def spin_to(spin: QWidget, value: int) -> None:
    """Type a number into a spin box and leave it."""
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, str(value))
    leave_field(spin)
