"""The agenda's timetable."""

from __future__ import annotations

from collections.abc import Iterable

from .calendar import minutes_of_day
from .model import AgendaItem


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
