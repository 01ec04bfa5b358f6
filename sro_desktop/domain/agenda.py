"""The agenda's timetable."""

from __future__ import annotations

from collections.abc import Iterable

from .calendar import minutes_of_day
from .enums import AgendaKind
from .model import AgendaItem

OPENING = "Eröffnung und Feststellung der Beschlussfähigkeit"
MINUTES_APPROVAL = "Genehmigung des Protokolls der letzten Sitzung"
OPEN_TASKS = "Bericht zu offenen Aufgaben"
RECOMMENDATIONS = "Empfehlungen des Beirats"
CLOSING = "Verschiedenes"

# The items every meeting of a body has, in order: (title, kind, minutes).
STANDARD_ITEMS = (
    (OPENING, AgendaKind.INFORMATION, 5),
    ("Genehmigung der Tagesordnung", AgendaKind.DECISION, 5),
    (MINUTES_APPROVAL, AgendaKind.DECISION, 10),
    (OPEN_TASKS, AgendaKind.INFORMATION, 15),
    (RECOMMENDATIONS, AgendaKind.DISCUSSION, 15),
    (CLOSING, AgendaKind.INFORMATION, 10),
)


def insert_position(items: list[AgendaItem]) -> int:
    """Where a new topic goes: before "Verschiedenes" if the agenda ends with it."""
    ordered = sorted(items, key=lambda i: i.position)
    if ordered and ordered[-1].title == CLOSING:
        return ordered[-1].position
    return len(ordered) + 1


def before_closing(items: list[AgendaItem]) -> int:
    """Where a recommendation put on the agenda goes: before "Verschiedenes" wherever it
    stands, else at the end."""
    closing = [i.position for i in items if i.title == CLOSING]
    return min(closing) if closing else len(items) + 1


def start_times(meeting_start: str, items: Iterable[AgendaItem]) -> dict[str, str]:
    """Item id -> "HH:MM", each item starting when the one before ends."""
    if not meeting_start:
        return {}
    clock = minutes_of_day(meeting_start)
    times = {}
    for item in sorted(items, key=lambda i: i.position):
        times[item.id] = f"{clock // 60 % 24:02d}:{clock % 60:02d}"
        clock += item.duration_minutes
    return times
