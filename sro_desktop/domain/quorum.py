"""Beschlussfähigkeit: who is present at an agenda item, and is the body quorate."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from .bodies import voting_seats
from .enums import AttendanceStatus
from .model import Attendance, Body, Membership, Side

PRESENT_STATUSES = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED})


def is_present_at(
    attendance: Attendance, position: int | None, positions: Mapping[str, int]
) -> bool:
    """Present (or represented) at the agenda item with this position.

    ``position=None`` asks about the opening of the meeting. A late arrival
    counts from the item they arrive at; an early leaver no longer counts
    from the item at which they leave.
    """
    if attendance.status not in PRESENT_STATUSES:
        return False
    arrives = positions.get(attendance.arrives_at_item_id or "")
    leaves = positions.get(attendance.leaves_at_item_id or "")
    if position is None:
        return arrives is None
    if arrives is not None and position < arrives:
        return False
    return leaves is None or position < leaves


def present_voting_members(
    seats: Iterable[Membership],
    attendance: Iterable[Attendance],
    position: int | None,
    positions: Mapping[str, int],
) -> list[Membership]:
    """Voting members present at that item; a deputy counts for their principal."""
    by_membership = {a.membership_id: a for a in attendance if a.membership_id}
    return [
        m
        for m in seats
        if m.id in by_membership and is_present_at(by_membership[m.id], position, positions)
    ]


@dataclass(frozen=True)
class QuorumResult:
    quorate: bool
    present: int
    seats: int
    by_side: dict[str, tuple[int, int]]  # voting side name -> (present, seats)
    sentence: str


def quorum(
    body: Body,
    sides: Iterable[Side],
    memberships: Iterable[Membership],
    attendance: Iterable[Attendance],
    on: date,
    position: int | None = None,
    positions: Mapping[str, int] | None = None,
) -> QuorumResult:
    """Quorum by the body's rule at the agenda item with ``position`` (None: opening).

    Default rule: more than half of the voting seats present, and each parity
    side present with at least one member.
    """
    positions = positions or {}
    sides = sorted(sides, key=lambda s: s.position)
    seats = voting_seats(sides, memberships, on)
    present = present_voting_members(seats, attendance, position, positions)
    voting_sides = [s for s in sides
                    if s.voting and (s.parity or any(m.side_id == s.id for m in seats))]
    by_side = {
        s.name: (
            sum(1 for m in present if m.side_id == s.id),
            sum(1 for m in seats if m.side_id == s.id),
        )
        for s in voting_sides
    }
    share = Fraction(body.quorum_share)
    needed = share * len(seats)
    enough = len(present) > needed if body.quorum_more_than else len(present) >= needed
    missing_sides = [
        s.name
        for s in voting_sides
        if body.quorum_each_parity_side and s.parity and by_side[s.name][0] == 0
    ]
    quorate = bool(seats) and enough and not missing_sides
    counts = f"{len(present)} von {len(seats)} Stimmberechtigten anwesend"
    if len(by_side) > 1:
        counts += " (" + ", ".join(f"{n} {p}" for n, (p, _) in by_side.items()) + ")"
    subject = body.nominative[0].upper() + body.nominative[1:]
    if quorate:
        sentence = f"{subject} ist beschlussfähig: {counts}."
    else:
        reasons = []
        if not seats:
            reasons.append("das Gremium hat keine stimmberechtigten Mitglieder")
        elif not enough:
            rule = "mehr als" if body.quorum_more_than else "mindestens"
            reasons.append(f"erforderlich sind {rule} {_share_text(share)} der Stimmberechtigten")
        if missing_sides:
            reasons.append(" und ".join(missing_sides) + " nicht vertreten")
        sentence = f"{subject} ist nicht beschlussfähig: {counts}; {'; '.join(reasons)}."
    return QuorumResult(quorate, len(present), len(seats), by_side, sentence)


def _share_text(share: Fraction) -> str:
    words = {Fraction(1, 2): "die Hälfte", Fraction(2, 3): "zwei Drittel",
             Fraction(1, 3): "ein Drittel", Fraction(3, 4): "drei Viertel"}
    return words.get(share, f"{share.numerator}/{share.denominator}")
