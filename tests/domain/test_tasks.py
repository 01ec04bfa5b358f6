"""Tasks: overdue, tandems across the parity sides, states and their dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domain_factories import (
    BERATUNG,
    STEERING_SIDES,
    TRAEGER,
    VERWALTUNG,
    WISSENSCHAFT,
    owner,
    task,
)

from sro_desktop.domain.enums import TaskState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.tasks import check_task, is_due_soon, is_overdue, with_state

T = TaskState
TODAY = date(2026, 4, 15)
YESTERDAY = TODAY - timedelta(days=1)
TOMORROW = TODAY + timedelta(days=1)
EARLIER = date(2026, 2, 2)
LATER = date(2026, 3, 3)


@pytest.mark.parametrize(
    ("state", "due", "overdue"),
    [
        pytest.param(T.OPEN, YESTERDAY, True, id="open-due-yesterday"),
        pytest.param(T.IN_PROGRESS, YESTERDAY, True, id="in-progress-due-yesterday"),
        pytest.param(T.OPEN, date(2025, 1, 1), True, id="open-due-last-year"),
        pytest.param(T.OPEN, TODAY, False, id="due-today-not-yet-overdue"),
        pytest.param(T.IN_PROGRESS, TOMORROW, False, id="due-tomorrow"),
        pytest.param(T.OPEN, None, False, id="no-due-date"),
        pytest.param(T.DONE, YESTERDAY, False, id="done"),
        pytest.param(T.DROPPED, YESTERDAY, False, id="dropped"),
    ],
)
def test_is_overdue(state, due, overdue):
    assert is_overdue(task(state=state, due=due), TODAY) is overdue


# --- check_task -------------------------------------------------------------------------

TASK_OK = [
    pytest.param(task(), id="no-owner-yet"),
    pytest.param(task(owners=[owner(VERWALTUNG)]), id="one-person"),
    pytest.param(task(owners=[owner(None, person=None, org="org-awo")]), id="organisation"),
    pytest.param(task(tandem=True, owners=[owner(VERWALTUNG), owner(TRAEGER, person="p2")]),
                 id="tandem-both-sides"),
    pytest.param(task(tandem=True, owners=[owner(TRAEGER, person=None, org="org-awo"),
                                           owner(VERWALTUNG), owner(WISSENSCHAFT)]),
                 id="tandem-with-organisation-and-science"),
    pytest.param(task(state=T.DONE, started_on=EARLIER, done_on=EARLIER), id="done-same-day"),
    pytest.param(task(state=T.DONE, started_on=EARLIER, done_on=LATER), id="done-after-start"),
    pytest.param(task(state=T.DONE, done_on=LATER), id="done-without-start"),
]


@pytest.mark.parametrize("t", TASK_OK)
def test_check_task_accepts(t):
    check_task(t, STEERING_SIDES)


TANDEM = "Ein Tandem braucht je eine Verantwortliche von jeder Seite; es fehlt: "

TASK_REFUSED = [
    pytest.param(task(""), "Die Aufgabe braucht einen Titel.", id="empty-title"),
    pytest.param(task("  \t "), "Die Aufgabe braucht einen Titel.", id="blank-title"),
    pytest.param(task(owners=[owner(VERWALTUNG, person=None, org=None)]),
                 "Jede Verantwortliche ist eine Person oder eine Organisation.",
                 id="owner-nobody"),
    pytest.param(task(tandem=True, owners=[owner(VERWALTUNG), owner(VERWALTUNG, person="p2")]),
                 TANDEM + "Freie Träger.", id="tandem-only-administration"),
    pytest.param(task(tandem=True, owners=[owner(TRAEGER)]),
                 TANDEM + "Verwaltung.", id="tandem-only-providers"),
    pytest.param(task(tandem=True), TANDEM + "Verwaltung, Freie Träger.", id="tandem-no-owners"),
    pytest.param(task(tandem=True, owners=[owner(VERWALTUNG), owner(BERATUNG)]),
                 TANDEM + "Freie Träger.", id="tandem-consultancy-is-no-side-of-parity"),
    pytest.param(task(tandem=True, owners=[owner(VERWALTUNG), owner(None, person="p2")]),
                 TANDEM + "Freie Träger.", id="tandem-owner-without-side"),
    pytest.param(task(state=T.DONE, started_on=LATER, done_on=EARLIER),
                 "Die Aufgabe kann nicht vor ihrem Beginn erledigt sein.",
                 id="done-before-start"),
]


@pytest.mark.parametrize(("t", "message"), TASK_REFUSED)
def test_check_task_refuses(t, message):
    with pytest.raises(RuleViolation) as caught:
        check_task(t, STEERING_SIDES)
    assert str(caught.value) == message


# --- with_state -------------------------------------------------------------------------

WITH_STATE = [
    # (from state, started_on, done_on) -> to state: (started_on, done_on)
    pytest.param(T.OPEN, None, None, T.IN_PROGRESS, TODAY, None, id="start-work"),
    pytest.param(T.IN_PROGRESS, EARLIER, None, T.IN_PROGRESS, EARLIER, None,
                 id="still-in-progress-keeps-start"),
    pytest.param(T.OPEN, EARLIER, None, T.IN_PROGRESS, EARLIER, None,
                 id="restart-keeps-first-start"),
    pytest.param(T.IN_PROGRESS, EARLIER, None, T.DONE, EARLIER, TODAY, id="finish"),
    pytest.param(T.OPEN, None, None, T.DONE, None, TODAY, id="done-without-work-phase"),
    pytest.param(T.OPEN, None, None, T.DROPPED, None, TODAY, id="drop"),
    pytest.param(T.DONE, EARLIER, LATER, T.DONE, EARLIER, LATER, id="done-again-keeps-date"),
    pytest.param(T.DROPPED, None, LATER, T.DROPPED, None, LATER,
                 id="dropped-again-keeps-date"),
    pytest.param(T.DONE, EARLIER, LATER, T.DROPPED, EARLIER, TODAY, id="done-then-dropped"),
    pytest.param(T.DONE, EARLIER, LATER, T.OPEN, EARLIER, None, id="reopen-clears-done"),
    pytest.param(T.DONE, EARLIER, LATER, T.IN_PROGRESS, EARLIER, None,
                 id="back-to-work-clears-done"),
    pytest.param(T.DONE, None, LATER, T.IN_PROGRESS, TODAY, None,
                 id="back-to-work-without-start"),
    pytest.param(T.IN_PROGRESS, EARLIER, None, T.OPEN, EARLIER, None, id="pause"),
]


@pytest.mark.parametrize(
    ("old", "started", "done", "new", "want_started", "want_done"), WITH_STATE
)
def test_with_state(old, started, done, new, want_started, want_done):
    before = task(state=old, started_on=started, done_on=done, due=LATER,
                  owners=[owner(VERWALTUNG)])
    after = with_state(before, new, TODAY)
    assert (after.state, after.started_on, after.done_on) == (new, want_started, want_done)
    # the rest of the task is unchanged, and the original is left alone
    assert (after.title, after.due_date, after.owners) == (before.title, LATER, before.owners)
    assert (before.state, before.started_on, before.done_on) == (old, started, done)


@pytest.mark.parametrize(
    ("due_in_days", "state", "soon"),
    [
        pytest.param(0, TaskState.OPEN, True, id="today"),
        pytest.param(7, TaskState.OPEN, True, id="in-a-week"),
        pytest.param(8, TaskState.OPEN, False, id="later"),
        pytest.param(-1, TaskState.OPEN, False, id="overdue-is-not-soon"),
        pytest.param(3, TaskState.DONE, False, id="done"),
        pytest.param(3, TaskState.IN_PROGRESS, True, id="in-progress"),
    ],
)
def test_is_due_soon(due_in_days, state, soon):
    today = date(2026, 11, 25)
    subject = task(due=today + timedelta(days=due_in_days), state=state)
    assert is_due_soon(subject, today) is soon
