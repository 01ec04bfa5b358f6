"""Bodies, their sides and the parity rule of an equal-membership body."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .enums import BodyKind, Role
from .model import Membership, Side


@dataclass(frozen=True)
class SideTemplate:
    name: str
    short: str
    parity: bool
    voting: bool


STEERING_SIDES = (
    SideTemplate("Verwaltung", "V", parity=True, voting=True),
    SideTemplate("Freie Träger", "T", parity=True, voting=True),
    SideTemplate("Wissenschaft", "W", parity=False, voting=False),
    SideTemplate("Projektberatung", "P", parity=False, voting=False),
)

PLAIN_SIDES = (SideTemplate("Mitglieder", "M", parity=False, voting=True),)

VOTING_ROLES = frozenset({Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER})


def default_sides(kind: BodyKind) -> tuple[SideTemplate, ...]:
    """A steering group is equal-membership; other bodies start with one side."""
    return STEERING_SIDES if kind is BodyKind.STEERING else PLAIN_SIDES


def default_article(name: str) -> str:
    """Grammatical article of a body's name, guessed from its head noun (the first word)."""
    head = name.split()[0].lower() if name.split() else ""
    if head.endswith(("gruppe", "kommission", "konferenz", "versammlung", "runde")):
        return "die"
    if head.endswith(("gremium", "forum", "plenum", "team")):
        return "das"
    return "der"


def is_voting_seat(membership: Membership, side: Side) -> bool:
    """One place that says who holds a vote: a voting role on a voting side."""
    return membership.voting and side.voting and membership.role in VOTING_ROLES


def voting_seats(
    sides: Iterable[Side], memberships: Iterable[Membership], on: date
) -> list[Membership]:
    by_id = {s.id: s for s in sides}
    return [
        m
        for m in memberships
        if m.valid_on(on) and m.side_id in by_id and is_voting_seat(m, by_id[m.side_id])
    ]


@dataclass(frozen=True)
class ParityResult:
    balanced: bool
    seats: dict[str, int]  # parity side name -> voting seats
    message: str


def parity(sides: Iterable[Side], memberships: Iterable[Membership], on: date) -> ParityResult:
    """Equal numbers of voting seats on the parity sides, or a warning naming the gap."""
    sides = sorted(sides, key=lambda s: s.position)
    parity_sides = [s for s in sides if s.parity]
    seats = {s.name: 0 for s in parity_sides}
    names = {s.id: s.name for s in parity_sides}
    for m in voting_seats(sides, memberships, on):
        if m.side_id in names:
            seats[names[m.side_id]] += 1
    if len(parity_sides) < 2:
        return ParityResult(True, seats, "keine paritätische Besetzung vorgesehen")
    counts = list(seats.values())
    if len(set(counts)) == 1:
        return ParityResult(True, seats, "paritätisch " + " : ".join(map(str, counts)))
    top = max(counts)
    short = [f"{name} {top - n} Sitz{'e' if top - n > 1 else ''} weniger"
             for name, n in seats.items() if n < top]
    listing = ", ".join(f"{name} {n}" for name, n in seats.items())
    return ParityResult(
        False, seats, f"nicht paritätisch ({listing}): {', '.join(short)}"
    )
