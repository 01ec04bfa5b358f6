"""The program's "today": read in one place, so that a test can pin it.

Rules in ``domain/`` take the day as an argument; the window, the store's
defaults and the CLI ask here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

_pinned: date | None = None


def today() -> date:
    return _pinned or date.today()


def now_utc() -> datetime:
    """The moment, in UTC (a calendar entry's DTSTAMP). While the day is pinned, noon
    UTC of that day, so that what a test writes does not depend on the hour."""
    if _pinned is not None:
        return datetime.combine(_pinned, time(12), UTC)
    return datetime.now(UTC)


def pin(day: date | None) -> None:
    """Make :func:`today` answer ``day`` (``None``: the calendar again). For tests."""
    global _pinned
    _pinned = day
