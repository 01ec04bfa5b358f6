"""Acting as the secretary does: find controls by their accessible names (or the text of
their label or button), click them, type into them, answer the dialogs that open.

Nothing here writes through the store; a test reads the file to check. QTest types
ASCII only: other text is put in as an input method would (``insert``), then the field
is left the way a user leaves it (focus moves on).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
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


def when_dialog(act: Callable[[QWidget], None], *, deadline_ms: int = 60_000) -> list[str]:
    """Answer the next modal dialog with ``act`` once it is shown; returns a list that
    holds its window title once answered (the test asserts it was)."""
    answered: list[str] = []
    waited = [0]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            waited[0] += 20
            if waited[0] < deadline_ms:
                QTimer.singleShot(20, attempt)
            return
        answered.append(dialog.windowTitle())
        act(dialog)

    QTimer.singleShot(0, attempt)
    return answered
