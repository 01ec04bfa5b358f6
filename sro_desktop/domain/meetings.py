"""The life of a meeting, from planning to approved minutes."""

from __future__ import annotations

from .calendar import german_date, minutes_of_day
from .enums import MeetingState
from .errors import RuleViolation
from .model import Body, Meeting

S = MeetingState

NEXT_STATES: dict[MeetingState, tuple[MeetingState, ...]] = {
    S.PLANNED: (S.INVITED, S.CANCELLED),
    S.INVITED: (S.HELD, S.CANCELLED, S.PLANNED),
    S.HELD: (S.DRAFT,),
    S.DRAFT: (S.SENT, S.HELD),
    S.SENT: (S.APPROVED, S.DRAFT),
    S.APPROVED: (),
    S.CANCELLED: (S.PLANNED,),
}

# States in which the meeting has taken place and may approve earlier minutes.
TOOK_PLACE = frozenset({S.HELD, S.DRAFT, S.SENT, S.APPROVED})


def meeting_title(meeting: Meeting, body: Body) -> str:
    """"3. Sitzung der Steuerungsgruppe"."""
    return f"{meeting.number}. Sitzung {body.of_body}"


def check_transition(
    meeting: Meeting, target: MeetingState, approving: Meeting | None = None
) -> None:
    """Refuse a step the life of a meeting does not allow, saying why."""
    allowed = NEXT_STATES[meeting.state]
    if target not in allowed:
        if meeting.state is S.APPROVED:
            raise RuleViolation(
                "Das Protokoll ist genehmigt; die Sitzung kann nicht mehr geändert werden. "
                "Änderungen sind nur als Berichtigung möglich."
            )
        options = ", ".join(f"„{s.label}“" for s in allowed)
        raise RuleViolation(
            f"Eine Sitzung im Zustand „{meeting.state.label}“ kann nicht auf "
            f"„{target.label}“ gesetzt werden; möglich ist: {options}."
        )
    if target is S.APPROVED:
        check_approving_meeting(meeting, approving)


def check_approving_meeting(meeting: Meeting, approving: Meeting | None) -> None:
    """Minutes are approved at a later meeting of the same body."""
    if approving is None:
        raise RuleViolation("Bitte die Sitzung angeben, in der das Protokoll genehmigt wurde.")
    if approving.id == meeting.id or approving.body_id != meeting.body_id:
        raise RuleViolation(
            "Das Protokoll muss in einer späteren Sitzung desselben Gremiums genehmigt werden."
        )
    if approving.date <= meeting.date:
        raise RuleViolation(
            "Die genehmigende Sitzung muss nach der protokollierten Sitzung stattfinden."
        )
    if approving.state not in TOOK_PLACE:
        raise RuleViolation(
            f"Die genehmigende Sitzung ist im Zustand „{approving.state.label}“ "
            f"und hat noch nicht stattgefunden."
        )


def check_times(start: str, end: str) -> None:
    if start and end and minutes_of_day(end) <= minutes_of_day(start):
        raise RuleViolation("Das Ende der Sitzung muss nach dem Beginn liegen.")


def minutes_locked(meeting: Meeting) -> bool:
    """Approved minutes change only through a Berichtigung."""
    return meeting.state is S.APPROVED


def approval_note(meeting: Meeting, approving: Meeting | None) -> str:
    """ "genehmigt in der 6. Sitzung am 11.04.2018"."""
    if not minutes_locked(meeting) or approving is None:
        return ""
    return f"genehmigt in der {approving.number}. Sitzung am {german_date(approving.date)}"
