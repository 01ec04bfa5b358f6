"""The life of a meeting: state steps, approval of the minutes, times, title."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from domain_factories import DAY, meeting, steering_body

from sro_desktop.domain.enums import BodyKind, MeetingState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.meetings import (
    NEXT_STATES,
    check_approving_meeting,
    check_times,
    check_transition,
    meeting_title,
)
from sro_desktop.domain.model import Body

S = MeetingState

# The life of a meeting as the secretaries know it, written out independently of
# NEXT_STATES: forward steps, plus the ways back that correct a mistake.
EXPECTED_STEPS = {
    (S.PLANNED, S.INVITED), (S.PLANNED, S.CANCELLED),
    (S.INVITED, S.HELD), (S.INVITED, S.CANCELLED), (S.INVITED, S.PLANNED),
    (S.HELD, S.DRAFT),
    (S.DRAFT, S.SENT), (S.DRAFT, S.HELD),
    (S.SENT, S.APPROVED), (S.SENT, S.DRAFT),
    (S.CANCELLED, S.PLANNED),
}

APPROVED_MESSAGE = (
    "Das Protokoll ist genehmigt; die Sitzung kann nicht mehr geändert werden. "
    "Änderungen sind nur als Berichtigung möglich "
    "(im Tab „Protokoll“ mit „Berichtigung erfassen …“)."
)


def next_meeting(state: MeetingState = S.HELD, days: int = 28, **kw) -> object:
    return meeting("m2", DAY + timedelta(days=days), state, number=4, **kw)


def test_next_states_match_the_documented_life_of_a_meeting():
    steps = {(a, b) for a, targets in NEXT_STATES.items() for b in targets}
    assert steps == EXPECTED_STEPS
    assert set(NEXT_STATES) == set(MeetingState)


ALL_PAIRS = list(itertools.product(MeetingState, MeetingState))
ALLOWED = [pytest.param(a, b, id=f"{a.value}->{b.value}") for a, b in ALL_PAIRS
           if (a, b) in EXPECTED_STEPS]
REFUSED = [pytest.param(a, b, id=f"{a.value}->{b.value}") for a, b in ALL_PAIRS
           if (a, b) not in EXPECTED_STEPS]


@pytest.mark.parametrize(("source", "target"), ALLOWED)
def test_allowed_step(source, target):
    m = meeting(state=source)
    check_transition(m, target, approving=next_meeting())


@pytest.mark.parametrize(("source", "target"), REFUSED)
def test_refused_step_names_the_states(source, target):
    m = meeting(state=source)
    with pytest.raises(RuleViolation) as caught:
        check_transition(m, target, approving=next_meeting())
    message = str(caught.value)
    if source is S.APPROVED:
        assert message == APPROVED_MESSAGE
    else:
        options = ", ".join(f"„{s.label}“" for s in NEXT_STATES[source])
        assert message == (
            f"Eine Sitzung im Zustand „{source.label}“ kann nicht auf „{target.label}“ "
            f"gesetzt werden; möglich ist: {options}."
        )
        assert f"„{source.label}“" in message
        assert f"„{target.label}“" in message


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        pytest.param(S.PLANNED, S.HELD,
                     "Eine Sitzung im Zustand „geplant“ kann nicht auf „durchgeführt“ gesetzt "
                     "werden; möglich ist: „eingeladen“, „abgesagt“.", id="planned-to-held"),
        pytest.param(S.HELD, S.CANCELLED,
                     "Eine Sitzung im Zustand „durchgeführt“ kann nicht auf „abgesagt“ gesetzt "
                     "werden; möglich ist: „Protokoll-Entwurf“.", id="held-cannot-be-cancelled"),
        pytest.param(S.DRAFT, S.APPROVED,
                     "Eine Sitzung im Zustand „Protokoll-Entwurf“ kann nicht auf „Protokoll "
                     "genehmigt“ gesetzt werden; möglich ist: „Protokoll versandt“, "
                     "„durchgeführt“.", id="draft-must-be-sent-first"),
        pytest.param(S.CANCELLED, S.CANCELLED,
                     "Eine Sitzung im Zustand „abgesagt“ kann nicht auf „abgesagt“ gesetzt "
                     "werden; möglich ist: „geplant“.", id="same-state"),
    ],
)
def test_refusal_wording(source, target, message):
    with pytest.raises(RuleViolation) as caught:
        check_transition(meeting(state=source), target)
    assert str(caught.value) == message


# --- approval of the minutes ------------------------------------------------------------

APPROVING_OK = [
    pytest.param(S.HELD, 28, id="next-meeting-held"),
    pytest.param(S.DRAFT, 28, id="next-meeting-draft"),
    pytest.param(S.SENT, 28, id="next-meeting-sent"),
    pytest.param(S.APPROVED, 28, id="next-meeting-approved"),
    pytest.param(S.HELD, 1, id="the-day-after"),
]


@pytest.mark.parametrize(("state", "days"), APPROVING_OK)
def test_minutes_approved_at_a_later_meeting_that_took_place(state, days):
    sent = meeting(state=S.SENT)
    check_approving_meeting(sent, next_meeting(state, days))
    check_transition(sent, S.APPROVED, next_meeting(state, days))


SAME_BODY = "Das Protokoll muss in einer späteren Sitzung desselben Gremiums genehmigt werden."
LATER = "Die genehmigende Sitzung muss nach der protokollierten Sitzung stattfinden."

APPROVING_REFUSED = [
    pytest.param(None, "Bitte die Sitzung angeben, in der das Protokoll genehmigt wurde.",
                 id="no-approving-meeting"),
    pytest.param(meeting("m1", DAY + timedelta(days=28), S.HELD), SAME_BODY,
                 id="the-meeting-itself"),
    pytest.param(meeting("m2", DAY + timedelta(days=28), S.HELD, body_id="pg1"), SAME_BODY,
                 id="other-body"),
    pytest.param(meeting("m2", DAY, S.HELD), LATER, id="same-day"),
    pytest.param(meeting("m2", DAY - timedelta(days=28), S.APPROVED), LATER,
                 id="earlier-meeting"),
    pytest.param(next_meeting(S.PLANNED),
                 "Die genehmigende Sitzung ist im Zustand „geplant“ und hat noch nicht "
                 "stattgefunden.", id="approving-only-planned"),
    pytest.param(next_meeting(S.INVITED),
                 "Die genehmigende Sitzung ist im Zustand „eingeladen“ und hat noch nicht "
                 "stattgefunden.", id="approving-only-invited"),
    pytest.param(next_meeting(S.CANCELLED),
                 "Die genehmigende Sitzung ist im Zustand „abgesagt“ und hat noch nicht "
                 "stattgefunden.", id="approving-cancelled"),
]


@pytest.mark.parametrize(("approving", "message"), APPROVING_REFUSED)
def test_approval_refused(approving, message):
    sent = meeting(state=S.SENT)
    with pytest.raises(RuleViolation) as caught:
        check_transition(sent, S.APPROVED, approving)
    assert str(caught.value) == message
    with pytest.raises(RuleViolation):
        check_approving_meeting(sent, approving)


@pytest.mark.parametrize(
    ("source", "target"),
    [pytest.param(S.SENT, S.DRAFT, id="sent-back-to-draft"),
     pytest.param(S.PLANNED, S.INVITED, id="invite")],
)
def test_other_steps_need_no_approving_meeting(source, target):
    check_transition(meeting(state=source), target, approving=None)


# --- times and title --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [
        pytest.param("", "", id="no-times"),
        pytest.param("09:00", "", id="start-only"),
        pytest.param("", "12:00", id="end-only"),
        pytest.param("09:00", "12:00", id="morning"),
        pytest.param("16:00", "16:01", id="one-minute"),
        pytest.param("9:30", "10:00", id="unpadded-hour-before-ten"),
        pytest.param("09:30", "10:00", id="padded-hour-before-ten"),
    ],
)
def test_times_accepted(start, end):
    check_times(start, end)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        pytest.param("12:00", "09:00", id="end-before-start"),
        pytest.param("16:00", "16:00", id="end-equals-start"),
        pytest.param("10:00", "9:30", id="unpadded-end-before-start"),
    ],
)
def test_end_must_follow_start(start, end):
    with pytest.raises(RuleViolation) as caught:
        check_times(start, end)
    assert str(caught.value) == "Das Ende der Sitzung muss nach dem Beginn liegen."


@pytest.mark.parametrize("bad", ["9 Uhr", "morgens", "12:00:00"])
def test_unreadable_time_is_refused_in_german(bad):
    with pytest.raises(RuleViolation) as caught:
        check_times(bad, "23:00")
    assert str(caught.value) == f"Die Uhrzeit „{bad}“ bitte als HH:MM angeben."


@pytest.mark.parametrize(
    ("body", "number", "title"),
    [
        pytest.param(steering_body(), 3, "3. Sitzung der Steuerungsgruppe", id="steering-group"),
        pytest.param(Body("br", "Beirat", "BR", BodyKind.ADVISORY, "der", "des Beirats"), 1,
                     "1. Sitzung des Beirats", id="advisory-board"),
        pytest.param(Body("jha", "Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE, "der",
                          "des Jugendhilfeausschusses"), 27,
                     "27. Sitzung des Jugendhilfeausschusses", id="committee"),
    ],
)
def test_meeting_title(body, number, title):
    assert meeting_title(meeting(number=number, body_id=body.id), body) == title
