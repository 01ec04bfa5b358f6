"""Small builders for domain objects: a steering group, its members, attendance, votes.

The domain is pure Python, so the tests build its dataclasses directly; no database.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sro_desktop.domain.enums import (
    AttendanceStatus,
    BodyKind,
    MeetingState,
    RecommendationState,
    Role,
    TaskState,
)
from sro_desktop.domain.model import (
    AgendaItem,
    Attendance,
    Body,
    Meeting,
    Membership,
    Recommendation,
    Side,
    SideVote,
    Task,
    TaskOwner,
)

DAY = date(2026, 3, 12)

SG = "sg"
PG = "pg1"


def steering_body(**rule: Any) -> Body:
    """Die Steuerungsgruppe with the default quorum rule unless ``rule`` says otherwise."""
    return Body(SG, "Steuerungsgruppe", "SG", BodyKind.STEERING, "die", **rule)


def advisory_body(**fields: Any) -> Body:
    return Body(PG, "Planungsgruppe Sozialraumorientierung", "PG1", BodyKind.ADVISORY, "die",
                **fields)


VERWALTUNG = Side("v", SG, "Verwaltung", "V", parity=True, voting=True, position=1)
TRAEGER = Side("t", SG, "Freie Träger", "T", parity=True, voting=True, position=2)
WISSENSCHAFT = Side("w", SG, "Wissenschaft", "W", parity=False, voting=False, position=3)
BERATUNG = Side("p", SG, "Projektberatung", "P", parity=False, voting=False, position=4)
STEERING_SIDES = (VERWALTUNG, TRAEGER, WISSENSCHAFT, BERATUNG)

MITGLIEDER = Side("m", PG, "Mitglieder", "M", parity=False, voting=True, position=1)


def member(
    side: Side,
    n: int,
    role: Role = Role.MEMBER,
    *,
    voting: bool = True,
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> Membership:
    """Membership ``"<side id><n>"``, e.g. ``v1`` for the first seat of Verwaltung."""
    return Membership(
        id=f"{side.id}{n}",
        body_id=side.body_id,
        person_id=f"person-{side.id}{n}",
        side_id=side.id,
        role=role,
        voting=voting,
        valid_from=valid_from,
        valid_to=valid_to,
    )


def members(side: Side, count: int, start: int = 1) -> list[Membership]:
    return [member(side, n) for n in range(start, start + count)]


def steering_members(v: int, t: int) -> list[Membership]:
    """``v`` voting seats for Verwaltung and ``t`` for Freie Träger (the first is the chair)."""
    seats = members(VERWALTUNG, v) + members(TRAEGER, t)
    if seats:
        seats[0].role = Role.CHAIR
    return seats


def attend(
    m: Membership,
    status: AttendanceStatus = AttendanceStatus.PRESENT,
    *,
    arrives: str | None = None,
    leaves: str | None = None,
    deputy: str | None = None,
) -> Attendance:
    return Attendance(
        id=f"a-{m.id}",
        meeting_id="m1",
        status=status,
        membership_id=m.id,
        deputy_person_id=deputy,
        arrives_at_item_id=arrives,
        leaves_at_item_id=leaves,
    )


def guest(name: str) -> Attendance:
    return Attendance(id=f"g-{name}", meeting_id="m1", status=AttendanceStatus.PRESENT,
                      guest_name=name, guest_organization="Stadtteilbüro")


def attend_first(seats: list[Membership], side: Side, count: int) -> list[Attendance]:
    """The first ``count`` members of ``side`` present."""
    return [attend(m) for m in [s for s in seats if s.side_id == side.id][:count]]


def items(*durations: int) -> list[AgendaItem]:
    """TOP 1 … TOP n with ids ``top1`` … and the given planned durations."""
    return [
        AgendaItem(id=f"top{n}", meeting_id="m1", position=n, title=f"TOP {n}",
                   duration_minutes=minutes)
        for n, minutes in enumerate(durations, start=1)
    ]


def positions(count: int) -> dict[str, int]:
    return {f"top{n}": n for n in range(1, count + 1)}


def vote(side: Side, yes: int = 0, no: int = 0, abstain: int = 0) -> SideVote:
    return SideVote(side.id, yes, no, abstain)


def meeting(
    id: str = "m1",
    day: date = DAY,
    state: MeetingState = MeetingState.PLANNED,
    body_id: str = SG,
    number: int = 3,
) -> Meeting:
    return Meeting(id=id, body_id=body_id, number=number, date=day, state=state)


def task(
    title: str = "Sozialraumanalyse Modellregion vorlegen",
    *,
    state: TaskState = TaskState.OPEN,
    due: date | None = None,
    tandem: bool = False,
    owners: list[TaskOwner] | None = None,
    started_on: date | None = None,
    done_on: date | None = None,
) -> Task:
    return Task(id="task1", body_id=SG, title=title, tandem=tandem, due_date=due, state=state,
                started_on=started_on, done_on=done_on, owners=owners or [])


def owner(side: Side | None, *, person: str | None = "p1", org: str | None = None) -> TaskOwner:
    return TaskOwner(person_id=person, organization_id=org, side_id=side.id if side else None)


def recommendation(
    state: RecommendationState = RecommendationState.RECEIVED,
    *,
    title: str = "Fortbildung aller Ebenen gemeinsam planen",
    response: str = "",
    due: date | None = None,
    addressed: str = SG,
) -> Recommendation:
    return Recommendation(id="rec1", advisory_body_id=PG, addressed_body_id=addressed,
                          number="E-PG1-2018/003", title=title, adopted_on=date(2018, 5, 3),
                          state=state, response_text=response, response_due=due)
