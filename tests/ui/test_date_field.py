"""A date field takes a date as typed in any common German form (ui/common/widgets.py
DateEdit), in a field of its own and in a view, where the date is stored."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from sro_desktop.ui.common.widgets import date_edit, date_value


@pytest.fixture
def field(app, qtbot):
    """A date field showing 25.11.2026 and a second field to leave it for."""
    page = QWidget()
    column = QVBoxLayout(page)
    edit = date_edit(date(2026, 11, 25))
    edit.setAccessibleName("Datum")
    other = QLineEdit()
    column.addWidget(edit)
    column.addWidget(other)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    yield edit, other
    page.close()


@pytest.mark.parametrize(("typed", "expected"), [
    ("31.03.2027", date(2027, 3, 31)),
    ("31.3.27", date(2027, 3, 31)),
    ("31.3.2027", date(2027, 3, 31)),
    ("1.4.", date(2026, 4, 1)),
    ("15.6.80", date(1980, 6, 15)),
])
@pytest.mark.parametrize("how", ["leave", "enter"])
def test_a_date_typed_is_taken_as_typed(field, qtbot, typed, expected, how):
    edit, other = field
    finished = []
    edit.editingFinished.connect(lambda: finished.append(date_value(edit)))
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    assert edit.text() == typed  # shown as typed while typing
    if how == "leave":
        other.setFocus()
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert date_value(edit) == expected
    assert edit.text() == expected.strftime("%d.%m.%Y")
    assert finished[-1] == expected


def test_no_date_keeps_the_date_and_says_why(field, qtbot, monkeypatch):
    from sro_desktop.ui.common import widgets

    shown = []
    monkeypatch.setattr(widgets.QToolTip, "showText", lambda _at, text, _w: shown.append(text))
    edit, other = field
    edit.setFocus()
    qtbot.keyClicks(edit, "31.2.27")
    other.setFocus()
    assert date_value(edit) == date(2026, 11, 25)
    assert edit.text() == "25.11.2026"
    assert "„31.2.27“ ist kein Datum" in shown[0]


def test_backspace_escape_and_the_arrow_keys(field, qtbot):
    edit, _other = field
    edit.setFocus()
    qtbot.keyClicks(edit, "3.5.27")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "28")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert date_value(edit) == date(2028, 5, 3)
    qtbot.keyClicks(edit, "9.9.")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # dropped
    assert edit.text() == "03.05.2028"
    assert date_value(edit) == date(2028, 5, 3)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # the day section steps, as before
    assert date_value(edit) == date(2028, 5, 4)


def test_the_meeting_date_typed_short_is_stored(main_window, qtbot, store_of, reopen):
    """A planned meeting (3. Sitzung … am 22.01.2027): "5.2.27" typed in its Datum field."""
    meeting = next(m for m in store_of.meetings.list() if m.date == date(2027, 1, 22))
    main_window.go_to("meetings", meeting.id)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    (day,) = [w for w in main_window.meetings.findChildren(type(date_edit()))
              if w.accessibleName() == "Datum" and w.isVisible()]
    day.setFocus()
    qtbot.keyClicks(day, "5.2.27")
    qtbot.keyClick(day, Qt.Key.Key_Tab)  # leaves the field (not just the day section)
    assert not day.hasFocus()
    with reopen() as again:
        assert again.meetings.get(meeting.id).date == date(2027, 2, 5)


def test_a_read_only_date_field_takes_nothing_typed(field, qtbot):
    edit, other = field
    edit.setReadOnly(True)
    edit.setFocus()
    qtbot.keyClicks(edit, "1.4.27")
    other.setFocus()
    assert date_value(edit) == date(2026, 11, 25)


def test_a_shortcut_with_a_digit_is_no_typing(field, qtbot):
    edit, _other = field
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert edit.typed_text() is None
    assert edit.text() == "25.11.2026"
