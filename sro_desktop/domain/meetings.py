"""The life of a meeting, from planning to approved minutes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .calendar import german_date, minutes_of_day
from .enums import AttendanceStatus, MeetingState, Role
from .errors import RuleViolation
from .model import AgendaItem, Attendance, Body, Meeting, Membership
from .names import meeting_heading
from .quorum import PRESENT_STATUSES
from .words import say

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
# States in which the meeting is still to come (a cancelled one is neither).
NOT_YET_HELD = frozenset({S.PLANNED, S.INVITED})
# States in which the meeting can still take an item on its agenda.
OPEN_FOR_AGENDA = frozenset({S.PLANNED, S.INVITED, S.HELD})

# Where the user records the one change approved minutes accept.
CORRECTION_HINT = "im Tab „Protokoll“ mit „Berichtigung erfassen …“"


def meeting_title(meeting: Meeting, body: Body) -> str:
    """"3. Sitzung der Steuerungsgruppe"."""
    return meeting_heading(meeting.number, body.of_body)


def sole_holder(members: Iterable[Membership], role: Role, on: date) -> str | None:
    """The person who alone holds ``role`` in the body on the day: a new meeting's default
    chair (Vorsitz) or minute-taker (Protokoll); None when no one or several do."""
    holders = {m.person_id for m in members if m.role is role and m.valid_on(on)}
    return next(iter(holders)) if len(holders) == 1 else None


def default_chair(members: Iterable[Membership], on: date) -> str | None:
    """Sitzungsleitung of a new meeting: the body's one current chair (Vorsitz)."""
    return sole_holder(members, Role.CHAIR, on)


def default_minute_taker(members: Iterable[Membership], on: date) -> str | None:
    """Protokoll of a new meeting: the body's one current minute-taker."""
    return sole_holder(members, Role.MINUTES, on)


def held_ahead_of_time(meeting: Meeting, target: MeetingState, today: date) -> bool:
    """Marking a meeting "durchgeführt" before its day: the window asks first."""
    return target is S.HELD and meeting.date > today


def check_transition(
    meeting: Meeting, target: MeetingState, approving: Meeting | None = None
) -> None:
    """Refuse a step the life of a meeting does not allow, saying why."""
    allowed = NEXT_STATES[meeting.state]
    if target not in allowed:
        if meeting.state is S.APPROVED:
            raise RuleViolation(
                say("domain.meetings", "Das Protokoll ist genehmigt; die Sitzung kann nicht "
                                       "mehr geändert werden. Änderungen sind nur als "
                                       "Berichtigung möglich ({CORRECTION_HINT}).").format(
                    CORRECTION_HINT=CORRECTION_HINT)
            )
        options = ", ".join(f"„{s.label}“" for s in allowed)
        raise RuleViolation(
            say("domain.meetings", "Eine Sitzung im Zustand „{label}“ kann nicht auf „{label2}“ "
                                   "gesetzt werden; möglich ist: {options}.").format(
                label=meeting.state.label, label2=target.label, options=options)
        )
    if target is S.APPROVED:
        check_approving_meeting(meeting, approving)


def check_approving_meeting(meeting: Meeting, approving: Meeting | None) -> None:
    """Minutes are approved at a later meeting of the same body."""
    if approving is None:
        raise RuleViolation(say("domain.meetings", "Bitte die Sitzung angeben, in der das "
                                                   "Protokoll genehmigt wurde."))
    if approving.id == meeting.id or approving.body_id != meeting.body_id:
        raise RuleViolation(
            say("domain.meetings", "Das Protokoll muss in einer späteren Sitzung desselben "
                                   "Gremiums genehmigt werden.")
        )
    if approving.date <= meeting.date:
        raise RuleViolation(
            say("domain.meetings", "Die genehmigende Sitzung muss nach der protokollierten "
                                   "Sitzung stattfinden.")
        )
    if approving.state not in TOOK_PLACE:
        raise RuleViolation(
            say("domain.meetings", "Die genehmigende Sitzung ist im Zustand „{label}“ und hat "
                                   "noch nicht stattgefunden.").format(label=approving.state.label)
        )


def check_times(start: str, end: str) -> None:
    if start and end and minutes_of_day(end) <= minutes_of_day(start):
        raise RuleViolation(say("domain.meetings", "Das Ende der Sitzung muss nach dem Beginn "
                                                   "liegen."))


def minutes_locked(meeting: Meeting) -> bool:
    """Approved minutes change only through a Berichtigung."""
    return meeting.state is S.APPROVED


def approval_note(meeting: Meeting, approving: Meeting | None,
                  item: AgendaItem | None = None) -> str:
    """ "genehmigt in der 6. Sitzung am 11.04.2018", with " zu TOP 3" when the
    approving meeting's agenda item is known."""
    if not minutes_locked(meeting) or approving is None:
        return ""
    note = say("domain.meetings", "genehmigt in der {number}. Sitzung am {german_date}").format(
               number=approving.number, german_date=german_date(approving.date))
    return f"{note} zu TOP {item.position}" if item is not None else note


def approved_minutes_sentence(approved: Meeting) -> str:
    """What the approving meeting's minutes say about minutes it approved:
    "Das Protokoll der 6. Sitzung vom 16.09.2026 wurde genehmigt."."""
    return (say("domain.meetings", "Das Protokoll der {number}. Sitzung vom {german_date} wurde "
                                   "genehmigt.").format(
                number=approved.number, german_date=german_date(approved.date)))


def check_approving_item(approving: Meeting, item: AgendaItem) -> None:
    """The TOP at which minutes are approved belongs to the approving meeting."""
    if item.meeting_id != approving.id:
        raise RuleViolation(
            say(
                "domain.meetings",
                "TOP {position} „{title}“ gehört nicht zur genehmigenden "
                "Sitzung ({number}. Sitzung am {german_date}).",
            ).format(
                position=item.position,
                title=item.title,
                number=approving.number,
                german_date=german_date(approving.date),
            )
        )


# -- circulation and objections -------------------------------------------------------------

# The minutes can be sent while they are a draft, and sent again once sent.
SENDABLE = frozenset({S.DRAFT, S.SENT})
# Objections are raised against the draft or the circulated minutes.
OBJECTABLE = frozenset({S.DRAFT, S.SENT})


def check_circulation(meeting: Meeting, sent_on: date, recipients: str) -> None:
    """"Protokoll versenden": only a draft (or minutes already sent, once more),
    after the meeting, to someone."""
    check_sendable(meeting)
    check_circulation_fields(meeting, sent_on, recipients)


def check_sendable(meeting: Meeting) -> None:
    """The minutes are a draft, or were sent and go out once more."""
    if meeting.state not in SENDABLE:
        if meeting.state is S.APPROVED:
            raise RuleViolation(say("domain.meetings", "Das Protokoll ist schon genehmigt; es "
                                                       "wird nicht mehr als Entwurf versandt."))
        raise RuleViolation(
            say("domain.meetings", "Versandt wird ein Protokoll-Entwurf; die Sitzung ist im "
                                   "Zustand „{label}“. Zuerst „Protokoll-Entwurf erstellt“ "
                                   "wählen.").format(label=meeting.state.label))


def check_invitable(meeting: Meeting) -> None:
    """An invitation goes out to a meeting still to come."""
    if meeting.state not in NOT_YET_HELD:
        raise RuleViolation(say("domain.meetings", "Eingeladen wird zu einer Sitzung, die noch "
                                                   "bevorsteht; die Sitzung ist im Zustand "
                                                   "„{label}“.").format(label=meeting.state.label))


def check_circulation_fields(meeting: Meeting, sent_on: date, recipients: str) -> None:
    if not recipients.strip():
        raise RuleViolation(
            say("domain.meetings", "Bitte angeben, an wen das Protokoll ging."), "recipients")
    if sent_on < meeting.date:
        raise RuleViolation(
            say("domain.meetings", "Das Protokoll kann nicht vor der Sitzung ({german_date}) "
                                   "versandt worden sein.").format(
                german_date=german_date(meeting.date)), "sent_on")


def check_objection(meeting: Meeting, received_on: date, text: str,
                    person_id: str | None, raised_by: str) -> None:
    """An Einwendung: against a draft or sent minutes, by someone, with its text."""
    check_objectable(meeting)
    if not text.strip():
        raise RuleViolation(
            say("domain.meetings", "Bitte den Inhalt der Einwendung angeben."), "text")
    if not person_id and not raised_by.strip():
        raise RuleViolation(
            say("domain.meetings", "Bitte angeben, von wem die Einwendung kommt."), "raised_by")
    if received_on < meeting.date:
        raise RuleViolation(
            say("domain.meetings", "Eine Einwendung kann nicht vor der Sitzung ({german_date}) "
                                   "eingegangen sein.").format(
                german_date=german_date(meeting.date)), "received_on")


def check_objectable(meeting: Meeting) -> None:
    """Objections are raised against the draft or the circulated minutes."""
    if meeting.state not in OBJECTABLE:
        if meeting.state is S.APPROVED:
            raise RuleViolation(say("domain.meetings", "Das Protokoll ist genehmigt; "
                                                       "Einwendungen sind nur gegen den Entwurf "
                                                       "oder das versandte Protokoll möglich. "
                                                       "Änderungen gehen nur noch als "
                                                       "Berichtigung ({CORRECTION_HINT}).").format(
                                    CORRECTION_HINT=CORRECTION_HINT))
        raise RuleViolation(
            say(
                "domain.meetings",
                "Einwendungen gibt es gegen den Protokoll-Entwurf oder das "
                "versandte Protokoll; die Sitzung ist im Zustand „{label}“.",
            ).format(label=meeting.state.label)
        )


def minutes_recipients(members: Iterable[Membership],
                       attendance: Iterable[Attendance]) -> list[Membership]:
    """Who gets the minutes by default: the members present (or represented) and
    those excused, in the order of their seats."""
    status = {a.membership_id: a.status for a in attendance if a.membership_id}
    wanted = {AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED, AttendanceStatus.EXCUSED}
    return [m for m in members if status.get(m.id) in wanted]


def check_date_change(old: date, new: date, has_decisions: bool) -> None:
    """A meeting with numbered decisions stays in their register's year."""
    if new.year != old.year and has_decisions:
        raise RuleViolation(
            say("domain.meetings", "Die Sitzung hat schon nummerierte Beschlüsse dieses Jahres; "
                                   "sie kann nicht in ein anderes Jahr verlegt werden.")
        )


def keeps_deputy(status: AttendanceStatus) -> bool:
    """Only a member who is "vertreten" has a deputy standing in."""
    return status is AttendanceStatus.REPRESENTED


def keeps_times(status: AttendanceStatus) -> bool:
    """Arrival and departure belong to those there in person or by their deputy."""
    return status in PRESENT_STATUSES


def settle_attendance(
    meeting: Meeting, member: Membership, status: AttendanceStatus, *,
    member_name: str, deputy_person_id: str | None, arrives_at_item_id: str | None,
    leaves_at_item_id: str | None, positions: dict[str, int],
    handover_at_item_id: str | None = None,
) -> tuple[str | None, str | None, str | None, str | None]:
    """The attendance of a member as it is stored: (deputy, arrives at, leaves at,
    handover at).

    The member must hold the seat on the meeting's day; "vertreten" needs a deputy
    (the member's named deputy by default) and only "vertreten" keeps one — or a
    member present who hands the seat over to the deputy at a TOP; a member not there
    (excused, absent) has no arrival, departure or handover; these are TOPs of the
    meeting, the departure after the arrival, the handover between them.
    """
    if member.body_id != meeting.body_id or not member.valid_on(meeting.date):
        raise RuleViolation(say("domain.meetings", "Diese Person gehörte am Sitzungstag nicht "
                                                   "zum Gremium."))
    if not keeps_times(status):
        handover_at_item_id = None
    if keeps_deputy(status) or handover_at_item_id:
        deputy_person_id = deputy_person_id or member.deputy_person_id
        if not deputy_person_id:
            raise RuleViolation(say("domain.meetings", "Für {member_name} ist keine "
                                                       "Stellvertretung eingetragen.").format(
                                    member_name=member_name))
    else:
        deputy_person_id = None
    if not keeps_times(status):
        arrives_at_item_id = leaves_at_item_id = None
    for item in (arrives_at_item_id, leaves_at_item_id):
        if item and item not in positions:
            raise RuleViolation(say("domain.meetings", "Dieser TOP gehört nicht zu dieser "
                                                       "Sitzung."))
    if (arrives_at_item_id and leaves_at_item_id
            and positions[leaves_at_item_id] <= positions[arrives_at_item_id]):
        raise RuleViolation(say("domain.meetings", "Wer geht, muss vorher gekommen sein: Abgang "
                                                   "nach dem Eintreffen."))
    if handover_at_item_id:
        if handover_at_item_id not in positions:
            raise RuleViolation(say("domain.meetings", "Dieser TOP gehört nicht zu dieser "
                                                       "Sitzung."))
        at = positions[handover_at_item_id]
        if (arrives_at_item_id and at <= positions[arrives_at_item_id]) or (
                leaves_at_item_id and at >= positions[leaves_at_item_id]):
            raise RuleViolation(say("domain.meetings", "Der Wechsel zwischen Mitglied und "
                                                       "Stellvertretung liegt zwischen "
                                                       "Eintreffen und Abgang."))
        if at == min(positions.values()):
            raise RuleViolation(say("domain.meetings", "Ein Wechsel beim ersten TOP ist keiner: "
                                                       "bitte „anwesend“ oder „vertreten“ "
                                                       "wählen."))
    return deputy_person_id, arrives_at_item_id, leaves_at_item_id, handover_at_item_id
