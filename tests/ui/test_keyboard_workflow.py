"""The meeting workflow with the keyboard alone (issue 18.5, WCAG 2.1.1): a new meeting,
the attendance, an agenda item, a decision with its votes, by keys only (Tab, arrows,
Enter, Space, Alt+letter, shortcuts; no mouse, no slot called), then found in the store."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from sro_desktop.domain.enums import AttendanceStatus

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focus() -> QWidget:
    QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focus(), k, modifier)


def type_(text: str) -> None:
    QTest.keyClicks(focus(), text)


def tab_to(name: str, limit: int = 60) -> QWidget:
    """Tab on until the control of this accessible name (or text) has the focus."""
    for _ in range(limit):
        key(Qt.Key.Key_Tab)
        widget = focus()
        if name in (widget.accessibleName(), getattr(widget, "text", str)()):
            return widget
    raise AssertionError(f"Tab does not reach {name!r}")


def when_dialog(act) -> None:
    """``act(dialog)`` once a modal dialog is open (its exec() holds the test meanwhile)."""
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, check)
        else:
            act(dialog)
    QTimer.singleShot(0, check)


def test_a_meeting_with_the_keyboard_alone(main_window, store_of, qtbot):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    panel = main_window.meetings.panel
    before = panel.meeting
    sg = store_of.bodies.resolve("SG")

    # Alt+N: "Neue Sitzung …"; in the dialog the body by its first letters, Alt+letter
    # to the fields (their labels' accelerators), Enter for OK
    def fill(dialog) -> None:
        type_("St")  # the body: Steuerungsgruppe …
        key(Qt.Key.Key_O, ALT)
        type_("Rathaus, Raum 3")
        key(Qt.Key.Key_D, ALT)
        type_("10.08.2026")
        key(Qt.Key.Key_Return)

    when_dialog(fill)
    key(Qt.Key.Key_N, ALT)  # a button's accelerator clicks it a moment later
    qtbot.waitUntil(lambda: panel.meeting is not None and panel.meeting is not before)
    meeting = panel.meeting
    assert (meeting.body_id, meeting.date, meeting.place) == (
        sg.id, date(2026, 8, 10), "Rathaus, Raum 3")
    main_window.activateWindow()  # the window manager's part (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # Attendance (Alt+W): into the list by Tab, the first member's status by arrows,
    # F2 to its choice and a letter ("e": entschuldigt); then "Alle anwesend" by Space
    key(Qt.Key.Key_W, ALT)
    table = tab_to("Anwesenheitsliste")
    assert table.currentIndex().row() == 0  # a current cell from the focus: a frame shows
    first = table.model().index(0, 0).data(Qt.ItemDataRole.UserRole)
    key(Qt.Key.Key_Right, times=2)
    key(Qt.Key.Key_F2)
    assert focus().accessibleName() == f"Status von {first}"
    type_("e")
    tab_to("Alle anwesend")
    key(Qt.Key.Key_Space)
    statuses = [a.status for a in store_of.attendance.list(meeting.id)]
    assert statuses.count(AttendanceStatus.EXCUSED) == 1
    assert statuses.count(AttendanceStatus.PRESENT) == len(statuses) - 1 > 5

    # Agenda (Alt+T): Strg+N, the title, Enter
    key(Qt.Key.Key_T, ALT)
    assert focus().accessibleName() == "Tagesordnung"
    key(Qt.Key.Key_N, CTRL)
    type_("Modellregion festlegen")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [i.title for i in store_of.agenda.list(meeting.id)] == [
        "Modellregion festlegen"])
    items = store_of.agenda.list(meeting.id)

    # The decision: "+ Beschluss" by Alt+C (its own letter on the page: it clicks the
    # button), then the wording and the votes of two sides, Tab between fields
    key(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: focus().accessibleName() == "Titel des Beschlusses")
    tab_to("Wortlaut des Beschlusses")
    type_("Evershagen wird Modellregion.")  # QTest types ASCII only
    tab_to("Verwaltung Ja")
    type_("3")
    tab_to("Freie Träger Ja")
    type_("2")
    key(Qt.Key.Key_Tab)
    type_("1")
    key(Qt.Key.Key_Tab)  # leaving the field stores the counts
    [decision] = store_of.decisions.for_meeting(meeting.id)
    assert decision.agenda_item_id == items[0].id
    assert decision.wording == "Evershagen wird Modellregion."
    assert sorted((v.yes, v.no, v.abstain) for v in decision.votes if v.cast) == [
        (2, 1, 0), (3, 0, 0)]
