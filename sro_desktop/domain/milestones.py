"""Milestones of the SRO process and the progress of their tasks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from .calendar import quarter_label
from .enums import TaskState
from .errors import RuleViolation
from .model import Milestone, Task
from .words import say

# The calendar's years: a quarter's end must be a date.
EARLIEST_YEAR, LATEST_YEAR = 1, 9999
# The first year of the timeline: the city's statement starts the SRO process in 2017.
PROCESS_START_YEAR = 2017


def check_milestone(title: str, target_year: int, target_quarter: int) -> None:
    if not title.strip():
        raise RuleViolation(
            say("domain.milestones", "Der Meilenstein braucht einen Titel."), "title")
    if target_quarter not in (1, 2, 3, 4):
        raise RuleViolation(
            say("domain.milestones", "Das Quartal ist 1, 2, 3 oder 4."), "target_quarter")
    if not EARLIEST_YEAR <= target_year <= LATEST_YEAR:
        raise RuleViolation(
            say(
                "domain.milestones",
                "Das Jahr {target_year} gibt es im Kalender nicht ({EARLIEST_YEAR}–{LATEST_YEAR}).",
            ).format(target_year=target_year, EARLIEST_YEAR=EARLIEST_YEAR, LATEST_YEAR=LATEST_YEAR),
            "target_year",
        )


def target_label(milestone: Milestone) -> str:
    return quarter_label(milestone.target_year, milestone.target_quarter)


def progress(tasks: Iterable[Task]) -> tuple[int, int]:
    """(finished, counted) tasks; dropped tasks count as neither."""
    return progress_of_states(Counter(t.state for t in tasks))


def progress_of_states(states: Mapping[TaskState, int]) -> tuple[int, int]:
    """:func:`progress` from the number of tasks in each state."""
    counted = sum(n for state, n in states.items() if state is not TaskState.DROPPED)
    return states.get(TaskState.DONE, 0), counted
