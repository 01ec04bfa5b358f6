"""The program's "today": read in one place, so that a test can pin it.

Rules in ``domain/`` take the day as an argument; the window, the store's
defaults and the CLI ask here.
"""

from __future__ import annotations

from datetime import date

_pinned: date | None = None


def today() -> date:
    return _pinned or date.today()


def pin(day: date | None) -> None:
    """Make :func:`today` answer ``day`` (``None``: the calendar again). For tests."""
    global _pinned
    _pinned = day
