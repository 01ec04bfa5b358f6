"""Calendar files (issue 16, point 4), read back by the strict ``ical`` parser (not the
``icalendar`` library that writes them): the invitation to a meeting, its time zone by
rule, members without an address, the task due dates to subscribe to."""

from __future__ import annotations

import datetime as dt
import shutil
from zoneinfo import ZoneInfo

import pytest
from ical.calendar_stream import IcsCalendarStream
from pinned import TODAY

from sro_desktop.documents.calendar import (
    meeting_ics,
    meeting_invitation,
    tasks_ics,
    write_meeting_ics,
)
from sro_desktop.documents.files import ExportError
from sro_desktop.domain.model import TaskOwner
from sro_desktop.store import Store

NOON = dt.datetime.combine(TODAY, dt.time(12), dt.UTC)  # clock.now_utc() on the pinned day


def parsed(data: bytes):
    """The calendar as the strict parser reads it, after the rules of the content lines
    (CRLF, at most 75 octets a line) are checked on the bytes themselves."""
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and len(line) <= 75 for line in lines)
    return IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))


def unfolded(data: bytes) -> str:
    return data.decode("utf-8").replace("\r\n ", "").replace("\r\n", "\n")


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    """The demo, read only by this module's tests."""
    path = tmp_path_factory.mktemp("calendar") / "demo.sro"
    shutil.copy(demo_file, path)
    with Store.open(path, read_only=True) as store:
        yield store


def members_with_address(store: Store, meeting_id: str) -> set[str]:
    """The addresses of the body's members on the meeting's day, read with SQL."""
    return {r[0] for r in store.db.execute(
        "SELECT DISTINCT lower(p.email) FROM meetings m JOIN memberships s "
        "ON s.body_id = m.body_id AND s.deleted_at IS NULL "
        "AND (s.valid_from IS NULL OR s.valid_from <= m.date) "
        "AND (s.valid_to IS NULL OR s.valid_to >= m.date) "
        "JOIN people p ON p.id = s.person_id WHERE m.id = ? AND p.email <> ''",
        [meeting_id])}


def test_the_invitation_to_a_meeting(demo):
    meeting = demo.meetings.resolve("SG 8")  # invited, 09:00–12:00
    data = meeting_ics(demo, meeting.id)
    cal = parsed(data)
    assert cal.method == "REQUEST"
    [event] = cal.events
    assert event.uid == f"{meeting.id}@sro-desktop"
    assert event.sequence == 0
    assert event.dtstamp == NOON
    assert event.summary == "8. Sitzung der Steuerungsgruppe Sozialraumorientierung"
    assert event.location == meeting.place
    assert event.status.value == "CONFIRMED"
    text = unfolded(data)
    assert f"DTSTART;TZID=Europe/Berlin:{meeting.date:%Y%m%d}T090000" in text
    assert f"DTEND;TZID=Europe/Berlin:{meeting.date:%Y%m%d}T120000" in text
    # the organizer: the minute taker, who sends the invitation
    taker = demo.people.get(meeting.minute_taker_person_id)
    assert event.organizer.uri == f"mailto:{taker.email}"
    assert event.organizer.common_name == taker.full_name
    addresses = {a.uri.removeprefix("mailto:").lower() for a in event.attendees}
    assert len(event.attendees) == len(addresses)
    assert addresses == members_with_address(demo, meeting.id)
    assert all(a.role == "REQ-PARTICIPANT" and a.status == "NEEDS-ACTION" and a.rsvp
               and a.common_name for a in event.attendees)
    for item in demo.agenda.list(meeting.id):
        assert f"TOP {item.position} {item.title}" in event.description


def test_the_time_zone_is_written_by_rule(demo):
    data = meeting_ics(demo, demo.meetings.resolve("SG 8").id)
    text = unfolded(data)
    assert "RDATE" not in text
    [zone] = parsed(data).timezones
    assert zone.tz_id == "Europe/Berlin"
    [summer], [winter] = zone.daylight, zone.standard
    for part, month in ((summer, 3), (winter, 10)):
        assert part.rrule.freq.value == "YEARLY"
        assert part.rrule.by_month == [month]
        assert [(d.weekday.value, d.occurrence) for d in part.rrule.by_weekday] == [("SU", -1)]
        assert not part.rdate
    # the rules give Berlin's offsets, day by day, as the tz database has them
    berlin = ZoneInfo("Europe/Berlin")
    day = dt.datetime(2026, 1, 1, 12)
    while day.year < 2029:
        offset = zone.get_observance(day).observance.tz_offset_to.offset
        assert offset == day.replace(tzinfo=berlin).utcoffset(), day
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(("day", "hours"), [
    (dt.date(2027, 7, 9), 2),  # July: summer time (CEST)
    (dt.date(2027, 1, 14), 1),  # January: CET
])
def test_summer_and_winter_meetings(demo_store, day, hours):
    body = demo_store.bodies.resolve("SG")
    meeting = demo_store.meetings.add(body.id, day, start_time="17:30", end_time="19:00",
                                      place="Rathaus")
    data = meeting_ics(demo_store, meeting.id)
    cal = parsed(data)
    [event], [zone] = cal.events, cal.timezones
    assert f"DTSTART;TZID=Europe/Berlin:{day:%Y%m%d}T173000" in unfolded(data)
    start = event.dtstart.replace(tzinfo=None)
    assert start == dt.datetime.combine(day, dt.time(17, 30))
    offset = dt.timedelta(hours=hours)
    assert zone.get_observance(start).observance.tz_offset_to.offset == offset
    assert event.dtstart.utcoffset() == offset
    assert event.dtend - event.dtstart == dt.timedelta(minutes=90)


def test_a_meeting_without_times_is_a_day_long(demo_store):
    meeting = demo_store.meetings.resolve("SG 9")
    demo_store.meetings.update(meeting.id, start_time="", end_time="")
    data = meeting_ics(demo_store, meeting.id)
    [event] = parsed(data).events
    assert event.dtstart == meeting.date
    assert event.dtend == meeting.date + dt.timedelta(days=1)
    assert not parsed(data).timezones
    assert f"DTSTART;VALUE=DATE:{meeting.date:%Y%m%d}" in unfolded(data)


def test_members_without_an_address_are_left_out_and_named(demo_store, tmp_path):
    meeting = demo_store.meetings.resolve("SG 9")
    member = next(m for m in demo_store.memberships.list(meeting.body_id, meeting.date)
                  if m.person_id != meeting.minute_taker_person_id)
    person = demo_store.people.get(member.person_id)
    demo_store.people.update(person.id, email="")
    result = meeting_invitation(demo_store, meeting.id)
    assert result.without_address == (person.full_name,)
    path = write_meeting_ics(demo_store, meeting.id, tmp_path / "einladung.ics")
    [event] = parsed(path.read_bytes()).events
    addresses = {a.uri.removeprefix("mailto:").lower() for a in event.attendees}
    assert addresses == members_with_address(demo_store, meeting.id)
    assert person.full_name not in {a.common_name for a in event.attendees}


def test_without_any_sender_address_there_is_no_invitation(demo_store, tmp_path):
    meeting = demo_store.meetings.resolve("SG 9")
    demo_store.db.execute("UPDATE people SET email = ''")
    with pytest.raises(ExportError, match="E-Mail-Adresse des Absenders"):
        write_meeting_ics(demo_store, meeting.id, tmp_path / "einladung.ics")
    assert not (tmp_path / "einladung.ics").exists()
    with pytest.raises(ExportError, match=r"\.ics"):
        write_meeting_ics(demo_store, meeting.id, tmp_path / "einladung.docx")


def test_the_due_dates_of_a_body(demo):
    body = demo.bodies.resolve("SG")
    first, again = tasks_ics(demo, body.id), tasks_ics(demo, body.id)
    cal = parsed(first)
    assert cal.method == "PUBLISH"
    assert ("x-wr-calname", "Aufgaben – " + body.name) in {
        (p.name, p.value) for p in cal.extras}
    due = {r[0]: dt.date.fromisoformat(r[1]) for r in demo.db.execute(
        "SELECT id, due_date FROM tasks WHERE body_id = ? AND deleted_at IS NULL "
        "AND state IN ('open', 'in_progress') AND due_date IS NOT NULL", [body.id])}
    assert due
    events = {e.uid: e for e in cal.events}
    assert set(events) == {f"task-{task_id}@sro-desktop" for task_id in due}
    for task_id, day in due.items():
        event = events[f"task-{task_id}@sro-desktop"]
        assert (event.dtstart, event.dtend) == (day, day + dt.timedelta(days=1))
        assert event.status.value == "CONFIRMED"
        task = demo.tasks.get(task_id)
        assert event.summary == f"Fällig: {task.title}"
        if task.origin_decision_id:
            number = demo.decisions.get(task.origin_decision_id).number
            assert f"Beschluss: {number}" in event.description
    assert [e.uid for e in parsed(again).events] == [e.uid for e in cal.events]


def test_the_due_dates_of_one_owner(demo):
    person_id = demo.db.execute(
        "SELECT o.person_id FROM task_owners o JOIN tasks t ON t.id = o.task_id "
        "WHERE o.person_id IS NOT NULL AND t.state = 'open' AND t.due_date IS NOT NULL "
        "GROUP BY o.person_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    person = demo.people.get(person_id)
    cal = parsed(tasks_ics(demo, owner=TaskOwner(person_id=person_id)))
    mine = {r[0] for r in demo.db.execute(
        "SELECT t.id FROM tasks t JOIN task_owners o ON o.task_id = t.id "
        "WHERE o.person_id = ? AND o.deleted_at IS NULL AND t.deleted_at IS NULL "
        "AND t.state IN ('open', 'in_progress') AND t.due_date IS NOT NULL", [person_id])}
    assert {e.uid for e in cal.events} == {f"task-{i}@sro-desktop" for i in mine}
    assert all(person.full_name in e.description for e in cal.events)


def test_line_breaks_and_control_characters_in_user_text(demo_file, tmp_path):
    """A name with a line break (a CN parameter cannot hold one) and a place with DEL and
    NEL in it: the file stays valid, the text readable."""
    path = tmp_path / "demo.sro"
    shutil.copy(demo_file, path)
    with Store.open(path) as store:
        meeting = store.meetings.resolve("SG 8")
        member = store.memberships.list(meeting.body_id, on=meeting.date)[0]
        store.people.update(member.person_id, first_name="Anna\nMaria", last_name="Lenz\x7f")
        store.meetings.update(meeting.id, place="Rathaus\x85 Raum 1\nErdgeschoss")
        (event,) = parsed(meeting_ics(store, meeting.id)).events
    assert event.location == "Rathaus Raum 1\nErdgeschoss"
    assert any(a.common_name == "Anna Maria Lenz" for a in event.attendees)
