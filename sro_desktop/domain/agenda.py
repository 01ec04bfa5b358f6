"""The agenda's timetable."""

from __future__ import annotations

from collections.abc import Iterable

from .model import AgendaItem


def start_times(meeting_start: str, items: Iterable[AgendaItem]) -> dict[str, str]:
    """Item id -> "HH:MM", each item starting when the one before ends."""
    if not meeting_start:
        return {}
    hours, minutes = map(int, meeting_start.split(":"))
    clock = hours * 60 + minutes
    times = {}
    for item in sorted(items, key=lambda i: i.position):
        times[item.id] = f"{clock // 60 % 24:02d}:{clock % 60:02d}"
        clock += item.duration_minutes
    return times
