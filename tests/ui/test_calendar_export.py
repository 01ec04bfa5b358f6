"""Export › calendar files in the window: the meeting under work is moved in its date
field, exported, the move undone (Bearbeiten › Rückgängig) and exported again — the
calendar sees each as a newer revision of one entry; the task due dates for an owner.
Only the save dialog (``ask_export_path``) and the choice's ``ask`` are answered by the
test; the files are read back with the strict ``ical`` parser."""

from __future__ import annotations

from datetime import date

from acting import find, menu_action, plain
from ical.calendar_stream import IcsCalendarStream
from PySide6.QtWidgets import QApplication

from sro_desktop.domain.model import TaskOwner
from sro_desktop.ui import calendar_export
from sro_desktop.ui.common.widgets import DateEdit, date_value


def read(path):
    [event] = IcsCalendarStream.calendar_from_ics(path.read_text(encoding="utf-8")).events
    return event


def test_a_moved_meeting_and_its_undo_are_newer_revisions(main_window, store_of, tmp_path,
                                                          monkeypatch, qtbot):
    meeting = store_of.meetings.resolve("SG 9")
    panel = main_window.meetings.open_meeting(meeting.id)
    targets = [tmp_path / f"{n}.ics" for n in range(3)]
    answers = iter(targets)
    monkeypatch.setattr(calendar_export, "ask_export_path", lambda *_a, **_k: next(answers))
    export = menu_action(main_window, "Export", "Einladung als Kalendereintrag (.ics) …")
    export.trigger()
    first = read(targets[0])

    field = find(panel, DateEdit, "Datum")
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "10.02.2027")
    find(panel, type(panel.start), "Beginn").setFocus()  # leave the field: it stores itself
    qtbot.waitUntil(lambda: store_of.meetings.get(meeting.id).date == date(2027, 2, 10))
    export.trigger()
    moved = read(targets[1])
    assert moved.uid == first.uid
    assert moved.sequence == first.sequence + 1
    assert moved.dtstart.date() == date(2027, 2, 10)

    assert plain(main_window.undo_action.text()).startswith("Rückgängig")
    main_window.undo_action.trigger()
    QApplication.processEvents()
    assert store_of.meetings.get(meeting.id).date == meeting.date
    assert date_value(field) == meeting.date
    export.trigger()
    undone = read(targets[2])
    assert undone.uid == first.uid
    assert undone.dtstart.date() == meeting.date
    assert undone.sequence == moved.sequence + 1  # never lower: one more change


def test_the_due_dates_of_an_owner(main_window, store_of, tmp_path, monkeypatch):
    person = next(p for p in store_of.people.list() if p.last_name == "Schulz")
    target = tmp_path / "aufgaben"  # typed without a suffix
    monkeypatch.setattr(calendar_export, "ask_export_path", lambda *_a, **_k: target)
    offered = []

    def ask(_parent, choices, current):
        offered.extend(label for label, _value in choices)
        return ("owner", TaskOwner(person_id=person.id))

    monkeypatch.setattr(calendar_export.TasksCalendarChoice, "ask", staticmethod(ask))
    menu_action(main_window, "Export", "Termine der Aufgaben (.ics) …").trigger()
    assert "Verantwortlich: Nadine Schulz" in offered
    assert any(label.startswith("Gremium: ") for label in offered)
    cal = IcsCalendarStream.calendar_from_ics(
        target.with_suffix(".ics").read_text(encoding="utf-8"))
    assert cal.method == "PUBLISH"
    assert cal.events
    assert all("Nadine Schulz" in e.description for e in cal.events)
