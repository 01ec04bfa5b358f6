"""Beschlussfähigkeit: who holds a vote at an agenda item, and is the body quorate.

A seat's vote is held by its member or by the member's deputy; the seat may change
hands once during the meeting (``Attendance.handover_at_item_id``). Each person holds
at most one vote unless the body's rules allow more; a member conflicted (befangen)
on an item neither votes nor counts for its quorum.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction

from .bodies import voting_seats
from .enums import AttendanceStatus, QuorumBase
from .model import Attendance, Body, Membership, Side
from .words import and_list, language, say

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


def holder_at(attendance: Attendance, membership: Membership, position: int | None,
              positions: Mapping[str, int]) -> str | None:
    """The person who holds the seat's vote at that item, or None when nobody does.

    "vertreten": the deputy, and from the handover TOP on the member; "anwesend": the
    member, and from the handover TOP on the deputy.
    """
    if not is_present_at(attendance, position, positions):
        return None
    handover = positions.get(attendance.handover_at_item_id or "")
    handed_over = handover is not None and position is not None and position >= handover
    by_deputy = (attendance.status is AttendanceStatus.REPRESENTED) != handed_over
    if by_deputy:
        return attendance.deputy_person_id or membership.deputy_person_id
    return membership.person_id


@dataclass(frozen=True)
class Holding:
    """A seat whose vote someone holds at an item.

    ``counted`` is False when that person already holds another vote and the rules allow
    one vote per person only: the seat then does not count.
    """

    membership: Membership
    person_id: str
    by_deputy: bool
    counted: bool = True


def holdings(
    seats: Iterable[Membership],
    attendance: Iterable[Attendance],
    position: int | None,
    positions: Mapping[str, int],
    multiple_votes: bool = False,
) -> list[Holding]:
    """Who holds each seat's vote at the item; a person's own seat comes first, so that a
    member who also deputises for another keeps their own vote."""
    by_membership = {a.membership_id: a for a in attendance if a.membership_id}
    held = []
    for m in seats:
        record = by_membership.get(m.id)
        person = holder_at(record, m, position, positions) if record else None
        if person:
            held.append(Holding(m, person, person != m.person_id))
    seen: set[str] = set()
    counted: set[str] = set()
    for h in sorted(held, key=lambda h: h.by_deputy):  # own seats first
        if multiple_votes or h.person_id not in seen:
            counted.add(h.membership.id)
        seen.add(h.person_id)
    return [replace(h, counted=h.membership.id in counted) for h in held]


def present_voting_members(
    seats: Iterable[Membership],
    attendance: Iterable[Attendance],
    position: int | None,
    positions: Mapping[str, int],
    multiple_votes: bool = False,
) -> list[Membership]:
    """Voting seats whose vote is held at that item; a deputy counts for their member."""
    return [h.membership for h in holdings(seats, attendance, position, positions,
                                           multiple_votes) if h.counted]


def statutory_seats(sides: Iterable[Side], seats: Iterable[Membership]) -> dict[str, int]:
    """Side id -> the statutory number of voting seats (Sollzahl); a side without one
    counts its filled seats."""
    seats = list(seats)
    return {s.id: (s.statutory_seats if s.statutory_seats is not None
                   else sum(1 for m in seats if m.side_id == s.id))
            for s in sides if s.voting}


@dataclass(frozen=True)
class QuorumResult:
    quorate: bool
    present: int  # votes held and not conflicted
    seats: int  # the base: statutory or filled seats
    by_side: dict[str, tuple[int, int]]  # voting side name -> (present, base)
    sentence: str
    conflicted: int = 0  # present but conflicted, not counted
    vacant: int = 0  # statutory seats not filled
    reasons: tuple[str, ...] = ()  # why not quorate

    @property
    def quorate_but_for_conflicts(self) -> bool:
        return not self.quorate and self.reasons == (_conflict_reason(self.conflicted),)


def quorum(
    body: Body,
    sides: Iterable[Side],
    memberships: Iterable[Membership],
    attendance: Iterable[Attendance],
    on: date,
    position: int | None = None,
    positions: Mapping[str, int] | None = None,
    conflicted: Collection[str] = (),
) -> QuorumResult:
    """Quorum by the body's rules at the agenda item with ``position`` (None: opening);
    ``conflicted``: the members conflicted on the item (membership ids).

    The share (default: more than half) is taken of the statutory seats (or of the filled
    ones, if the rules say so); each parity side must be present where the rules say so.
    """
    positions = positions or {}
    sides = sorted(sides, key=lambda s: s.position)
    seats = voting_seats(sides, memberships, on)
    held = present_voting_members(seats, attendance, position, positions,
                                  body.deputy_multiple_votes)
    present = [m for m in held if m.id not in conflicted]
    statutory = statutory_seats(sides, seats)
    base_of = (statutory if body.quorum_base is QuorumBase.STATUTORY
               else {s.id: sum(1 for m in seats if m.side_id == s.id) for s in sides})
    voting_sides = [s for s in sides
                    if s.voting and (s.parity or base_of.get(s.id) or
                                     any(m.side_id == s.id for m in seats))]
    by_side = {s.name: (sum(1 for m in present if m.side_id == s.id), base_of.get(s.id, 0))
               for s in voting_sides}
    base = sum(base_of.get(s.id, 0) for s in voting_sides)
    vacant = sum(max(0, statutory.get(s.id, 0) - sum(1 for m in seats if m.side_id == s.id))
                 for s in voting_sides)
    share = Fraction(body.quorum_share)
    enough = _enough(len(present), share * base, body.quorum_more_than)
    missing_sides = [s.name for s in voting_sides
                     if body.quorum_each_parity_side and s.parity and by_side[s.name][0] == 0]
    quorate = base > 0 and enough and not missing_sides
    n_conflicted = len(held) - len(present)
    reasons: list[str] = []
    if not quorate:
        if base == 0:
            reasons.append(say("domain.quorum", "das Gremium hat keine stimmberechtigten "
                                                "Mitglieder"))
        elif not enough and n_conflicted and _enough(len(held), share * base,
                                                     body.quorum_more_than):
            reasons.append(_conflict_reason(n_conflicted))
        elif not enough:
            reasons.append(_required(share, body.quorum_more_than))
        if missing_sides:
            reasons.append(say("domain.quorum", "{sides} nicht vertreten").format(
                               sides=and_list(missing_sides)))
    sentence = _sentence(body, quorate, len(present), base, by_side, n_conflicted, vacant,
                         reasons)
    return QuorumResult(quorate, len(present), base, by_side, sentence, n_conflicted, vacant,
                        tuple(reasons))


def _enough(present: int, needed: Fraction, more_than: bool) -> bool:
    return present > needed if more_than else present >= needed


def _required(share: Fraction, more_than: bool) -> str:
    """"erforderlich sind mehr als die Hälfte der Stimmberechtigten" — whole sentences
    for the usual shares, the fraction in digits for any other."""
    if more_than:
        template = {
            Fraction(1, 2): say("domain.quorum", "erforderlich sind mehr als die Hälfte der "
                                                 "Stimmberechtigten"),
            Fraction(2, 3): say("domain.quorum", "erforderlich sind mehr als zwei Drittel der "
                                                 "Stimmberechtigten"),
            Fraction(1, 3): say("domain.quorum", "erforderlich sind mehr als ein Drittel der "
                                                 "Stimmberechtigten"),
            Fraction(3, 4): say("domain.quorum", "erforderlich sind mehr als drei Viertel der "
                                                 "Stimmberechtigten"),
        }.get(share) or say("domain.quorum", "erforderlich sind mehr als {share} der "
                                             "Stimmberechtigten")
    else:
        template = {
            Fraction(1, 2): say("domain.quorum", "erforderlich sind mindestens die Hälfte der "
                                                 "Stimmberechtigten"),
            Fraction(2, 3): say("domain.quorum", "erforderlich sind mindestens zwei Drittel der "
                                                 "Stimmberechtigten"),
            Fraction(1, 3): say("domain.quorum", "erforderlich sind mindestens ein Drittel der "
                                                 "Stimmberechtigten"),
            Fraction(3, 4): say("domain.quorum", "erforderlich sind mindestens drei Viertel der "
                                                 "Stimmberechtigten"),
        }.get(share) or say("domain.quorum", "erforderlich sind mindestens {share} der "
                                             "Stimmberechtigten")
    return template.format(share=f"{share.numerator}/{share.denominator}")


def _conflict_reason(conflicted: int) -> str:
    return (say("domain.quorum", "1 Mitglied befangen") if conflicted == 1
            else say("domain.quorum", "{conflicted} Mitglieder befangen").format(
                     conflicted=conflicted))


def _sentence(body: Body, quorate: bool, present: int, base: int,
              by_side: Mapping[str, tuple[int, int]], conflicted: int, vacant: int,
              reasons: list[str]) -> str:
    """"Die Steuerungsgruppe ist beschlussfähig: 11 von 12 Stimmberechtigten anwesend
    (Verwaltung 6, Freie Träger 5)." — the one place this sentence is built."""
    counts = (say("domain.quorum", "{present} von {base} Stimmberechtigten anwesend und nicht "
                                   "befangen") if conflicted
              else say("domain.quorum", "{present} von {base} Stimmberechtigten anwesend")).format(
                  present=present, base=base)
    if len(by_side) > 1:
        counts += " (" + ", ".join(f"{n} {p}" for n, (p, _) in by_side.items()) + ")"
    if vacant:
        counts += "; " + (say("domain.quorum", "1 Sitz ist unbesetzt") if vacant == 1
                          else say("domain.quorum", "{vacant} Sitze sind unbesetzt").format(
                                   vacant=vacant))
    # {subject}: in German the nominative with its article ("Die Steuerungsgruppe"), in
    # another language the body's name alone
    subject = body.nominative[0].upper() + body.nominative[1:] if language() == "de" \
        else body.name
    if quorate:
        return say("domain.quorum", "{subject} ist beschlussfähig: {counts}.").format(
                   subject=subject, counts=counts)
    return say("domain.quorum", "{subject} ist nicht beschlussfähig: {counts}; {list}.").format(
               subject=subject, counts=counts, list="; ".join(reasons))


def not_quorate_note(result: QuorumResult, item_position: int | None) -> str:
    """"nicht beschlussfähig bei TOP 5: 2 Mitglieder befangen" — for a decision taken
    while the body was not quorate; empty when it was."""
    if result.quorate:
        return ""
    counts = ("" if result.quorate_but_for_conflicts
              else say("domain.quorum", " ({present} von {seats} anwesend)").format(
                       present=result.present, seats=result.seats))
    template = (say("domain.quorum", "nicht beschlussfähig: {list}{counts}")
                if item_position is None
                else say("domain.quorum", "nicht beschlussfähig bei TOP {position}: "
                                          "{list}{counts}"))
    return template.format(position=item_position, list='; '.join(result.reasons), counts=counts)
