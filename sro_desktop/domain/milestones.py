"""Milestones of the SRO process and the progress of their tasks."""

from __future__ import annotations

from collections.abc import Iterable

from .calendar import quarter_label
from .enums import TaskState
from .model import Milestone, Task


def target_label(milestone: Milestone) -> str:
    return quarter_label(milestone.target_year, milestone.target_quarter)


def progress(tasks: Iterable[Task]) -> tuple[int, int]:
    """(finished, counted) tasks; dropped tasks count as neither."""
    counted = [t for t in tasks if t.state is not TaskState.DROPPED]
    return sum(t.state is TaskState.DONE for t in counted), len(counted)
