"""Milestones of the SRO process and the progress of their tasks."""

from __future__ import annotations

from collections.abc import Iterable

from .calendar import quarter_label
from .enums import TaskState
from .errors import RuleViolation
from .model import Milestone, Task

FIRST_YEAR, LAST_YEAR = 1, 9999  # the calendar's years: a quarter's end must be a date


def check_milestone(title: str, target_year: int, target_quarter: int) -> None:
    if not title.strip():
        raise RuleViolation("Der Meilenstein braucht einen Titel.", "title")
    if target_quarter not in (1, 2, 3, 4):
        raise RuleViolation("Das Quartal ist 1, 2, 3 oder 4.", "target_quarter")
    if not FIRST_YEAR <= target_year <= LAST_YEAR:
        raise RuleViolation(f"Das Jahr {target_year} gibt es im Kalender nicht "
                            f"({FIRST_YEAR}–{LAST_YEAR}).", "target_year")


def target_label(milestone: Milestone) -> str:
    return quarter_label(milestone.target_year, milestone.target_quarter)


def progress(tasks: Iterable[Task]) -> tuple[int, int]:
    """(finished, counted) tasks; dropped tasks count as neither."""
    counted = [t for t in tasks if t.state is not TaskState.DROPPED]
    return sum(t.state is TaskState.DONE for t in counted), len(counted)
