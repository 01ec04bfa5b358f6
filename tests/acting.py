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
from PySide6.QtGui import QAction
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


def find(root: QWidget, kind: type[W], name: str, *, visible: bool = True,
         deadline_ms: int = 60_000) -> W:
    """The one control of ``kind`` under ``root`` called ``name``; waits (with a
    deadline) for it to be shown, as a user waits for the screen."""
    waited = 0
    while True:
        shown = [w for w in root.findChildren(kind)
                 if not visible or w.isVisibleTo(root.window())]
        # the accessible name first; a label's or button's text where none is that
        found = ([w for w in shown if w.accessibleName() == name]
                 or [w for w in shown if name in names_of(w)])
        if len(found) == 1 or waited >= deadline_ms:
            break
        QTest.qWait(10)
        waited += 10
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
        self.next: Answer | None = None  # the dialog answered after this one

    def check(self) -> str:
        """The title of the dialog answered (of each, when several followed)."""
        if self.error is not None:
            raise self.error
        assert self.title is not None, "no dialog opened"
        return self.title if self.next is None else f"{self.title}; {self.next.check()}"


def when_dialog(act: Callable[[QWidget], None], *then: Callable[[QWidget], None],
                deadline_ms: int = 60_000) -> Answer:
    """Answer the next modal dialog with ``act`` once it is shown, and the dialogs that
    follow it with ``then``, one after the other. A failure inside an answer closes
    its dialog (no test hangs on it) and is raised by ``check()``."""
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
        if then:  # the next dialog is answered once this one is gone
            answer.next = when_dialog(*then, deadline_ms=deadline_ms)
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001 - handed to the test by check()
            answer.error = exc
            if isinstance(dialog, QDialog):
                dialog.done(QDialog.DialogCode.Rejected)
            else:
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
        buttons = [b for b in box.findChildren(QAbstractButton) if b.isVisible()]
        chosen = [b for b in buttons if plain(b.text()) == button_text]
        text = box.text() if hasattr(box, "text") else box.windowTitle()
        assert chosen, f"{text!r}: no {button_text!r} among {[plain(b.text()) for b in buttons]}"
        click(chosen[0])

    return act


def spin_to(spin: QWidget, value: int) -> None:
    """Type a number into a spin box and leave it."""
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, str(value))
    leave_field(spin)


def menu_action(window: QWidget, menu: str, entry: str) -> QAction:
    """The entry of the window's menu (as the user reads it: no "&")."""
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    for top in window.menuBar().actions():
        if plain(top.text()) == menu and top.menu() is not None:
            for action in top.menu().actions():
                if plain(action.text()) == entry:
                    assert action.isEnabled(), entry
                    return action
    raise AssertionError(f"no {menu} › {entry}")


def show(window: QWidget, title: str) -> QWidget:
    """Click the view called ``title`` in the navigation; returns the view."""
    from PySide6.QtWidgets import QListWidget

    navigation = find(window, QListWidget, "Navigation")
    for row in range(navigation.count()):
        if navigation.item(row).text().startswith(title):
            rect = navigation.visualItemRect(navigation.item(row))
            QTest.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return window.stack.currentWidget()  # type: ignore[attr-defined]
    raise AssertionError(f"no view {title!r}")
