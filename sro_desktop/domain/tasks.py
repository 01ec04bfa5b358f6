"""Tasks: tandems across the parity sides, states with their dates, overdue."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from .enums import MeetingState, TaskState
from .errors import RuleViolation
from .model import Meeting, Side, Task
from .words import say

ACTIVE_STATES = frozenset({TaskState.OPEN, TaskState.IN_PROGRESS})


DUE_SOON_DAYS = 7


def is_overdue(task: Task, today: date) -> bool:
    return task.state in ACTIVE_STATES and task.due_date is not None and task.due_date < today


def is_due_soon(task: Task, today: date) -> bool:
    """Due within the coming week (today included), not yet overdue."""
    return (not is_overdue(task, today)
            and is_overdue(task, today + timedelta(days=DUE_SOON_DAYS + 1)))


def check_task(task: Task, sides: Sequence[Side]) -> None:
    if not task.title.strip():
        raise RuleViolation(say("domain.tasks", "Die Aufgabe braucht einen Titel."))
    for owner in task.owners:
        if not (owner.person_id or owner.organization_id):
            raise RuleViolation(say("domain.tasks", "Jede Verantwortliche ist eine Person oder "
                                                    "eine Organisation."))
    if task.tandem:
        covered = {o.side_id for o in task.owners}
        missing = [s.name for s in sides if s.parity and s.id not in covered]
        if missing:
            raise RuleViolation(
                say("domain.tasks", "Ein Tandem braucht je eine Verantwortliche von jeder "
                                    "Seite; es fehlt: {sides}.").format(sides=", ".join(missing))
            )
    if task.done_on and task.started_on and task.done_on < task.started_on:
        raise RuleViolation(say("domain.tasks", "Die Aufgabe kann nicht vor ihrem Beginn "
                                                "erledigt sein."))


def with_state(task: Task, state: TaskState, today: date) -> Task:
    """The task in its new state, with the dates that go with it."""
    started = task.started_on
    if state is TaskState.IN_PROGRESS and started is None:
        started = today
    done = today if state in (TaskState.DONE, TaskState.DROPPED) else None
    if done and task.state is state and task.done_on:
        done = task.done_on
    return replace(task, state=state, started_on=started, done_on=done)


def report_meetings(task: Task, meetings: Iterable[Meeting], today: date) -> list[Meeting]:
    """The meetings that can take the task's report-back (Wiedervorlage): its body's
    meetings from today on that are not cancelled, and the one set now; by date."""
    return sorted((m for m in meetings
                   if m.body_id == task.body_id and m.state is not MeetingState.CANCELLED
                   and (m.date >= today or m.id == task.report_meeting_id)),
                  key=lambda m: (m.date, m.number))
