"""Attendance allowances (Sitzungsgeld): who is paid for a meeting, and how much.

A body's rates are per side (a side without a rate is not entitled), in whole
cents, each valid from/to a day; the office's own staff (people of an organisation
of the kind "Amt/Verwaltung") are not paid unless the rate says so. For a meeting that
was held, every member of an entitled side present according to the attendance list
is paid; for a member represented, the deputy who came (never the absent member).
Guests and the minute-taker's seat are never paid; a cancelled meeting, or one only
planned or invited, pays nobody. One allowance per person and meeting.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from .enums import AttendanceStatus, MeetingState, Role
from .errors import RuleViolation
from .model import Attendance, Meeting, Membership
from .money import check_amount
from .words import say

HELD = frozenset({MeetingState.HELD, MeetingState.DRAFT, MeetingState.SENT,
                  MeetingState.APPROVED})
ENTITLED_ROLES = frozenset({Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.ADVISORY})


@dataclass
class AllowanceRate:
    """The allowance of one side of a body, valid from/to a day (None: open)."""

    id: str
    body_id: str
    side_id: str
    amount_cents: int
    travel_cents: int = 0
    valid_from: date | None = None
    valid_to: date | None = None
    office_staff: bool = False  # the office's own staff are paid too

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Allowance:
    """What one person is paid for one meeting."""

    meeting_id: str
    day: date
    person_id: str
    membership_id: str  # the seat: the member's own, or the one the deputy took
    side_id: str
    amount_cents: int
    travel_cents: int

    @property
    def total_cents(self) -> int:
        return self.amount_cents + self.travel_cents


def check_rate(rate: AllowanceRate, others: Iterable[AllowanceRate]) -> None:
    """A rate must be a whole number of cents ≥ 0, its days in order, and not overlap
    another rate of the same side (one rate a day)."""
    for value in (rate.amount_cents, rate.travel_cents):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise RuleViolation(say("domain.allowances", "Sitzungsgeld und Fahrtkosten sind "
                                                         "Beträge ab 0,00 €."))
        check_amount(value)
    if rate.valid_from and rate.valid_to and rate.valid_to < rate.valid_from:
        raise RuleViolation(say("domain.allowances", "„gültig bis“ liegt vor „gültig ab“."))
    for other in others:
        if other.id != rate.id and other.side_id == rate.side_id and _overlap(rate, other):
            raise RuleViolation(say("domain.allowances", "Für diese Seite gilt in diesem "
                                                         "Zeitraum schon ein Sitzungsgeld; "
                                                         "bitte den Zeitraum des anderen Satzes "
                                                         "zuerst begrenzen."))


def _overlap(a: AllowanceRate, b: AllowanceRate) -> bool:
    low, high = date.min, date.max
    return (a.valid_from or low) <= (b.valid_to or high) and (
        b.valid_from or low) <= (a.valid_to or high)


def rate_on(rates: Iterable[AllowanceRate], side_id: str, day: date) -> AllowanceRate | None:
    """The side's rate valid on ``day`` (the latest begun, should two overlap)."""
    valid = [r for r in rates if r.side_id == side_id and r.valid_on(day)]
    return max(valid, key=lambda r: r.valid_from or date.min) if valid else None


def meeting_allowances(meeting: Meeting, attendance: Sequence[Attendance],
                       memberships: Mapping[str, Membership],
                       rates: Sequence[AllowanceRate],
                       office_staff: Collection[str] = ()) -> list[Allowance]:
    """Who is paid for ``meeting`` and how much, in the order of the attendance list.
    ``office_staff``: the ids of the people who work for the office."""
    if meeting.state not in HELD:
        return []
    paid: dict[str, Allowance] = {}
    for line in attendance:
        seat = memberships.get(line.membership_id or "")
        if seat is None or seat.role not in ENTITLED_ROLES:
            continue  # a guest, or a seat not paid
        if line.status is AttendanceStatus.PRESENT:
            person = seat.person_id
        elif line.status is AttendanceStatus.REPRESENTED and line.deputy_person_id:
            person = line.deputy_person_id
        else:
            continue
        rate = rate_on(rates, seat.side_id, meeting.date)
        if rate is None or person in paid or (
                person in office_staff and not rate.office_staff):
            continue
        paid[person] = Allowance(meeting.id, meeting.date, person, seat.id, seat.side_id,
                                 rate.amount_cents, rate.travel_cents)
    return list(paid.values())


@dataclass
class Statement:
    """One person's allowances of a year: the meetings with their days, and the sums."""

    person_id: str
    side_id: str
    organization_id: str | None
    items: list[Allowance] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def amount_cents(self) -> int:
        return sum(a.amount_cents for a in self.items)

    @property
    def travel_cents(self) -> int:
        return sum(a.travel_cents for a in self.items)

    @property
    def total_cents(self) -> int:
        return self.amount_cents + self.travel_cents


def statements(allowances: Iterable[Allowance], memberships: Mapping[str, Membership]
               ) -> list[Statement]:
    """The allowances per person (first appearance's order), by day within each; side
    and organisation those of the person's own seat when they hold one, else of the
    seat they last took as a deputy."""
    by_person: dict[str, Statement] = {}
    own = {m.person_id: m for m in memberships.values()}
    for allowance in sorted(allowances, key=lambda a: a.day):
        seat = own.get(allowance.person_id) or memberships[allowance.membership_id]
        statement = by_person.setdefault(allowance.person_id, Statement(
            allowance.person_id, seat.side_id, seat.organization_id))
        statement.items.append(allowance)
    return list(by_person.values())

