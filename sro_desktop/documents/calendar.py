"""Calendar files (iCalendar, RFC 5545, with the methods of iTIP, RFC 5546).

* A meeting's invitation: ``METHOD:REQUEST`` with one VEVENT, ``METHOD:CANCEL`` once the
  meeting is cancelled. Its ``UID`` is made from the meeting's id, so that it is the same
  on every laptop and in every export; its ``SEQUENCE`` is the revision the file keeps
  (``meetings.calendar_sequence``, raised by the file on each change of date, time,
  place or cancellation; migration m016). A calendar keeps, per UID, the entry with the
  highest SEQUENCE: a later export replaces the earlier one there.
* The organizer (who the answers go to) is the first with an e-mail address of: the
  meeting's minute taker (the secretary, who sends the invitation), the meeting's chair,
  a member with the role "Protokoll", a member with the role "Vorsitz". Without any of
  them there is no invitation (a REQUEST without organizer is not one).
* Attendees: every member of the body on the meeting's day, once per address; members
  without a (valid) e-mail address are left out and named in the result.
* Times are local to Rostock: ``TZID=Europe/Berlin`` with a VTIMEZONE written here by
  rule (last Sunday of March and of October), not the list of dates a time-zone library
  would write; a meeting without a start time is an all-day event.
* Task due dates: a calendar to subscribe to (``METHOD:PUBLISH``) of all-day events, open
  tasks (open or in progress) with a due date only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress

from .. import __version__, clock
from ..domain.agenda import minutes_of_day
from ..domain.enums import MeetingState, Role
from ..domain.meeting_record import MeetingContext
from ..domain.meetings import meeting_title
from ..domain.model import Meeting, Membership, Person, Task, TaskOwner
from ..domain.words import say
from ..store import Store
from .dates import date_text
from .files import ExportError, write_atomically
from .minutes import Names, agenda_rows
from .text import clean_text

TZID = "Europe/Berlin"
PRODID = f"-//SRO Desktop//sro-desktop {__version__}//DE"
DEFAULT_LENGTH = timedelta(hours=2)  # a meeting with a start, no end and no TOP durations
_ADDRESS = re.compile(r"^[^@\s<>,;:\"]+@[^@\s<>,;:\"]+\.[^@\s<>,;:\"]+$")


def meeting_uid(meeting_id: str) -> str:
    return f"{meeting_id}@sro-desktop"


def task_uid(task_id: str) -> str:
    return f"task-{task_id}@sro-desktop"


@dataclass(frozen=True)
class MeetingCalendar:
    """The invitation's bytes, and the members left out for want of an e-mail address."""

    data: bytes
    without_address: tuple[str, ...] = field(default=())


def berlin_timezone() -> Timezone:
    """Europe/Berlin by its rules since 1996 (CET/CEST), not as a list of dates."""
    tz = Timezone()
    tz.add("tzid", TZID)
    for part, start, month, offsets, name in (
        (TimezoneDaylight(), datetime(1981, 3, 29, 2), 3, ("+0100", "+0200"), "CEST"),
        (TimezoneStandard(), datetime(1996, 10, 27, 3), 10, ("+0200", "+0100"), "CET"),
    ):
        part.add("dtstart", start)
        part.add("tzoffsetfrom", _offset(offsets[0]))
        part.add("tzoffsetto", _offset(offsets[1]))
        part.add("tzname", name)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        tz.add_component(part)
    return tz


def _offset(text: str) -> timedelta:
    sign = -1 if text.startswith("-") else 1
    return sign * timedelta(hours=int(text[1:3]), minutes=int(text[3:5]))


def _calendar(method: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    return cal


def _address(person: Person | None) -> str:
    email = (person.email if person else "").strip()
    return email if _ADDRESS.match(email) else ""


# What RFC 5545 allows in no value (CTL), and the C1 controls strict readers refuse; line
# breaks are escaped by then ("\\n"), the content lines end in CRLF.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _bytes(cal: Calendar) -> bytes:
    """The calendar as a file: user text cleaned of control characters in one place."""
    return _CONTROLS.sub("", cal.to_ical().decode("utf-8")).encode("utf-8")


def _one_line(text: str) -> str:
    """For what iCalendar does not escape (a parameter such as CN, an X- property): user
    text on one line."""
    return " ".join(clean_text(text).split())


def _party(person: Person, email: str, **params: str) -> vCalAddress:
    who = vCalAddress(f"mailto:{email}")
    who.params["cn"] = _one_line(person.full_name) or email
    for key, value in params.items():
        who.params[key.replace("_", "-")] = value
    return who


def meeting_invitation(store: Store, meeting_id: str) -> MeetingCalendar:
    """The invitation to a meeting (or its cancellation) as an iCalendar file."""
    ctx = store.meetings.context(meeting_id)
    meeting, body = ctx.meeting, ctx.body
    people = Names.read(store).people
    cancelled = meeting.state is MeetingState.CANCELLED
    title = clean_text(meeting_title(meeting, body))
    organizer = next((p for p in _organizer_candidates(meeting, ctx.members, people)
                      if _address(p)), None)
    if organizer is None:
        raise ExportError(say("documents.calendar", "Für die Einladung zur {title} fehlt eine "
                              "E-Mail-Adresse des Absenders: bitte beim Protokoll oder beim "
                              "Vorsitz der Sitzung eine eintragen.").format(title=title))
    event = Event()
    event.add("uid", meeting_uid(meeting.id))
    event.add("sequence", store.meetings.calendar_sequence(meeting.id))
    event.add("dtstamp", clock.now_utc())
    timed = _add_times(event, meeting.date, meeting.start_time, meeting.end_time,
                       sum(i.duration_minutes for i in ctx.items))
    event.add("summary", title)
    if meeting.place.strip():
        event.add("location", clean_text(meeting.place))
    event.add("description", _description(ctx, title, cancelled, meeting.cancel_reason))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("organizer", _party(organizer, _address(organizer)))
    seen, missing = set(), []
    for membership in sorted(ctx.members, key=lambda m: _name_key(people.get(m.person_id))):
        person = people.get(membership.person_id)
        email = _address(person)
        if person is None:
            continue
        if not email:
            missing.append(clean_text(person.full_name))
        elif email.casefold() not in seen:
            seen.add(email.casefold())
            event.add("attendee", _party(person, email, cutype="INDIVIDUAL",
                                         role="REQ-PARTICIPANT", partstat="NEEDS-ACTION",
                                         rsvp="TRUE"))
    cal = _calendar("CANCEL" if cancelled else "REQUEST")
    if timed:
        cal.add_component(berlin_timezone())
    cal.add_component(event)
    return MeetingCalendar(_bytes(cal), tuple(dict.fromkeys(missing)))


def meeting_ics(store: Store, meeting_id: str) -> bytes:
    """The invitation's bytes (for a file, or an e-mail's ``text/calendar`` part)."""
    return meeting_invitation(store, meeting_id).data


def write_meeting_ics(store: Store, meeting_id: str, target: str | Path) -> Path:
    _check_suffix(target)
    return write_ics(meeting_ics(store, meeting_id), target)


def write_ics(data: bytes, target: str | Path) -> Path:
    """Write calendar bytes whole or not at all; only to a ``.ics`` file."""
    _check_suffix(target)

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_atomically(target, write)


def _check_suffix(target: str | Path) -> None:
    target = Path(target)
    if target.suffix.lower() != ".ics":
        raise ExportError(say("documents.calendar", "Ein Kalender wird als .ics-Datei "
                              "gespeichert, nicht als „{suffix}“.").format(
                                  suffix=target.suffix or target.name[:40]))


def _organizer_candidates(meeting: Meeting, members: Iterable[Membership],
                          people: Mapping[str, Person]) -> Iterator[Person]:
    members = list(members)
    ids = [meeting.minute_taker_person_id, meeting.chair_person_id,
           *(m.person_id for m in members if m.role is Role.MINUTES),
           *(m.person_id for m in members if m.role is Role.CHAIR)]
    return (people[i] for i in ids if i and i in people)


def _name_key(person: Person | None) -> tuple[str, str]:
    return (person.last_name.casefold(), person.first_name.casefold()) if person else ("", "")


def _add_times(event: Event, day: date, start: str, end: str, agenda_minutes: int) -> bool:
    """DTSTART/DTEND in Berlin time, or the day as an all-day event; True when timed.
    Without an end the meeting lasts as long as its TOPs, else two hours."""
    if not start:
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        return False
    begin = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes_of_day(start))
    if end:
        finish = datetime.combine(day, datetime.min.time()) + timedelta(
            minutes=minutes_of_day(end))
    else:
        finish = begin + (timedelta(minutes=agenda_minutes) if agenda_minutes
                          else DEFAULT_LENGTH)
    if finish <= begin:
        finish = begin + DEFAULT_LENGTH
    event.add("dtstart", begin, parameters={"TZID": TZID})
    event.add("dtend", finish, parameters={"TZID": TZID})
    return True


def _description(ctx: MeetingContext, title: str, cancelled: bool, reason: str) -> str:
    lines = [title]
    if cancelled:
        lines.append(say("documents.calendar", "Die Sitzung ist abgesagt.")
                     + (say("documents.calendar", " Grund: {reason}").format(
                         reason=clean_text(reason)) if reason.strip() else ""))
    rows = agenda_rows(ctx, public=False)
    if rows:
        item = say("documents.calendar", "TOP {number} {title}")
        closed = say("documents.calendar", " (nichtöffentlich)")
        lines += ["", say("documents.calendar", "Tagesordnung:")]
        lines += [item.format(number=r["number"], title=r["title"])
                  + ("" if r["public"] else closed) for r in rows]
    return "\n".join(lines)


# --- task due dates ---------------------------------------------------------------------


def tasks_ics(store: Store, body_id: str | None = None,
              owner: TaskOwner | None = None) -> bytes:
    """The due dates of open tasks (open or in progress, with a due date) as a calendar
    to subscribe to: of one body, of one owner (a person, or an organisation with its
    people), or both. Each task is an all-day event on its due date."""
    from .task_list import Origins  # the task list's reading of decisions and meetings

    names = Names.read(store)
    person_id = organization_id = None
    label = []
    if body_id:
        label.append(clean_text(store.bodies.get(body_id).name))
    if owner and owner.person_id:
        person_id = owner.person_id
        label.append(names.person(person_id))
    elif owner and owner.organization_id:
        organization_id = owner.organization_id
        label.append(names.organization(organization_id))
    bodies = {b.id: b for b in store.bodies.list()}
    origins = Origins(store, body_id)
    cal = _calendar("PUBLISH")
    cal.add("x-wr-calname", _one_line(say("documents.calendar", "Aufgaben – {whose}").format(
        whose=" – ".join(label) or say("documents.calendar", "alle Gremien"))))
    cal.add("x-wr-caldesc", say("documents.calendar",
                                "Fälligkeiten offener Aufgaben aus SRO Desktop"))
    stamp = clock.now_utc()
    for task in store.tasks.list(body_id, active=True, person_id=person_id,
                                 owner_organization_id=organization_id):
        if task.due_date is None:
            continue
        body = bodies.get(task.body_id)
        cal.add_component(_task_event(task, stamp, names, origins.decision_number(
            task.origin_decision_id), body.short if body else ""))
    return _bytes(cal)


def _task_event(task: Task, stamp: datetime, names: Names, decision: str,
                body_short: str) -> Event:
    assert task.due_date is not None
    event = Event()
    event.add("uid", task_uid(task.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", task.due_date)
    event.add("dtend", task.due_date + timedelta(days=1))
    event.add("summary", say("documents.calendar", "Fällig: {title}").format(
        title=clean_text(task.title)))
    lines = [clean_text(task.title)]
    if task.description.strip():
        lines.append(clean_text(task.description))
    owners = names.owners(task)
    lines += [say("documents.calendar", "Verantwortlich: {owners}").format(
                  owners=owners or "–"),
              say("documents.calendar", "Fällig am {date}").format(
                  date=date_text(task.due_date)),
              say("documents.calendar", "Stand: {state}").format(state=task.state.label)]
    if decision:
        lines.append(say("documents.calendar", "Beschluss: {number}").format(number=decision))
    event.add("description", "\n".join(lines))
    event.add("status", "CONFIRMED")
    event.add("transp", "TRANSPARENT")  # a due date blocks no time
    if body_short:
        event.add("categories", [clean_text(body_short)])
    return event


def task_owner_choices(store: Store) -> list[tuple[str, TaskOwner]]:
    """The people and organisations owning an open task, as "Name" with their owner
    (people first, by name), for choosing whose due dates to export."""
    names = Names.read(store)
    owners = [o for t in store.tasks.list(active=True) for o in t.owners]
    rows = [(o.person_id, o.organization_id) for o in owners]
    people = sorted({r[0] for r in rows if r[0] and r[0] in names.people},
                    key=lambda i: _name_key(names.people[i]))
    orgs = sorted({r[1] for r in rows if r[1] and r[1] in names.orgs},
                  key=lambda i: names.organization(i).casefold())
    return ([(names.person(i), TaskOwner(person_id=i)) for i in people]
            + [(names.organization(i), TaskOwner(organization_id=i)) for i in orgs])
