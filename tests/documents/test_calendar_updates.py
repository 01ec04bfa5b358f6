"""A meeting's invitation as its calendar sees it change (issue 16, point 4): a calendar
keeps, per UID, the revision with the highest SEQUENCE, so a change of date, time or
place, a cancellation and an undo each raise it, anything else leaves it, and a change
taken in from another laptop arrives with its own number, not raised again. Read back
with the strict ``ical`` parser."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from exchange_copies import build_small_file, open_copies, send
from ical.calendar_stream import IcsCalendarStream

from sro_desktop.documents.calendar import meeting_ics
from sro_desktop.domain.enums import MeetingState
from sro_desktop.store import Store, exchange
from sro_desktop.store.check import check
from sro_desktop.store.undo import UndoLog


def event_of(store: Store, meeting_id: str):
    cal = IcsCalendarStream.calendar_from_ics(meeting_ics(store, meeting_id).decode())
    [event] = cal.events
    return cal.method, event


def test_a_change_of_date_raises_the_sequence_and_nothing_else_does(demo_store):
    store = demo_store
    meeting = store.meetings.resolve("SG 9")  # planned
    log = UndoLog(store.db)
    _, before = event_of(store, meeting.id)
    mark = log.mark()
    with store.edit():
        store.meetings.update(meeting.id, date=date(2027, 2, 10))
    step = log.since(mark)
    method, moved = event_of(store, meeting.id)
    assert method == "REQUEST"
    assert moved.uid == before.uid == f"{meeting.id}@sro-desktop"
    assert moved.sequence == before.sequence + 1
    assert moved.dtstart.date() == date(2027, 2, 10)
    # the title of a TOP, the chair: the calendar entry's time and place stay
    item = store.agenda.list(meeting.id)[-2]
    store.agenda.update(item.id, title="Jahresplanung 2027")
    store.meetings.update(meeting.id, place=store.meetings.get(meeting.id).place)  # the same
    _, retitled = event_of(store, meeting.id)
    assert retitled.sequence == moved.sequence
    assert "Jahresplanung 2027" in retitled.description
    # the place, the start: one more each
    store.meetings.update(meeting.id, place="Ortsamt Mitte", start_time="10:00")
    _, placed = event_of(store, meeting.id)
    assert placed.sequence == moved.sequence + 1
    assert placed.location == "Ortsamt Mitte"
    # undoing the change of date is one more change, and so is redoing it
    assert step is not None
    redo = log.apply(step)
    _, undone = event_of(store, meeting.id)
    assert undone.dtstart.date() == meeting.date
    assert undone.sequence == placed.sequence + 1
    log.apply(redo)
    _, redone = event_of(store, meeting.id)
    assert (redone.dtstart.date(), redone.sequence) == (date(2027, 2, 10), undone.sequence + 1)
    assert check(store) == []


def test_a_cancelled_meeting_is_cancelled_in_the_calendar(demo_store):
    store = demo_store
    meeting = store.meetings.resolve("SG 8")  # invited
    _, invited = event_of(store, meeting.id)
    store.meetings.set_state(meeting.id, MeetingState.CANCELLED, reason="Zu wenige Zusagen")
    method, cancelled = event_of(store, meeting.id)
    assert method == "CANCEL"
    assert cancelled.uid == invited.uid
    assert cancelled.status.value == "CANCELLED"
    assert cancelled.sequence == invited.sequence + 1
    assert "Zu wenige Zusagen" in cancelled.description
    assert {a.uri for a in cancelled.attendees} == {a.uri for a in invited.attendees}


def test_the_sequence_is_never_lowered_by_a_write_of_the_whole_row(demo_store):
    """Any program may write a meeting's old row back (a tool, a hand-made undo): the file
    keeps the highest number, and counts the change of date in it."""
    store = demo_store
    meeting = store.meetings.resolve("SG 9")
    store.meetings.update(meeting.id, date=date(2027, 2, 10))
    store.db.execute("UPDATE meetings SET date = ?, calendar_sequence = 0 WHERE id = ?",
                     [meeting.date.isoformat(), meeting.id])
    assert store.meetings.calendar_sequence(meeting.id) == 2
    store.db.execute("UPDATE meetings SET calendar_sequence = 0 WHERE id = ?", [meeting.id])
    assert store.meetings.calendar_sequence(meeting.id) == 2


@pytest.fixture
def two_laptops(tmp_path: Path):
    template = build_small_file(tmp_path / "klein.sro")
    with Store.open(template) as store:
        for n, person in enumerate(store.people.list()):
            store.people.update(person.id, email=f"person{n}@example.org")
    stores = open_copies(template, tmp_path / "copies", 2)
    yield stores
    for store in stores:
        store.close()


def test_a_change_from_another_laptop_keeps_its_sequence(two_laptops, tmp_path):
    a, b = two_laptops
    folder = tmp_path / "packages"
    folder.mkdir()
    meeting = a.meetings.list()[0]
    exchange.take_in(b, send(a, b, folder))
    a.meetings.update(meeting.id, date=date(2026, 3, 9))
    assert a.meetings.calendar_sequence(meeting.id) == 1
    exchange.take_in(b, send(a, b, folder))
    _, on_b = event_of(b, meeting.id)
    _, on_a = event_of(a, meeting.id)
    assert (on_b.uid, on_b.sequence, on_b.dtstart) == (on_a.uid, 1, on_a.dtstart)
    # and back: B moves it again, A takes B's number
    b.meetings.update(meeting.id, place="Ortsamt Mitte")
    exchange.take_in(a, send(b, a, folder))
    assert [s.meetings.calendar_sequence(meeting.id) for s in (a, b)] == [2, 2]
    assert a.meetings.get(meeting.id).place == "Ortsamt Mitte"
    assert check(a) == []
    assert check(b) == []
