"""Bodies, their sides and the parity rule of an equal-membership body."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from .enums import BodyKind, Labeled, Role
from .errors import RuleViolation
from .model import Body, Membership, Side
from .words import QT_TRANSLATE_NOOP, say


@dataclass(frozen=True)
class SideTemplate:
    """A side a new body starts with; ``name`` and ``short`` are the German sources
    (marked for the catalogue), ``label``/``short_label`` the words of the language in
    use, which a new body stores as its side's name and short."""

    name: str
    short: str
    parity: bool
    voting: bool

    @property
    def label(self) -> str:
        return say("domain.bodies", self.name)

    @property
    def short_label(self) -> str:
        return say("domain.bodies", self.short)


STEERING_SIDES = (
    SideTemplate(QT_TRANSLATE_NOOP("domain.bodies", "Verwaltung"),
                 QT_TRANSLATE_NOOP("domain.bodies", "V"), parity=True, voting=True),
    SideTemplate(QT_TRANSLATE_NOOP("domain.bodies", "Freie Träger"),
                 QT_TRANSLATE_NOOP("domain.bodies", "T"), parity=True, voting=True),
    SideTemplate(QT_TRANSLATE_NOOP("domain.bodies", "Wissenschaft"),
                 QT_TRANSLATE_NOOP("domain.bodies", "W"), parity=False, voting=False),
    SideTemplate(QT_TRANSLATE_NOOP("domain.bodies", "Projektberatung"),
                 QT_TRANSLATE_NOOP("domain.bodies", "P"), parity=False, voting=False),
)

PLAIN_SIDES = (SideTemplate(QT_TRANSLATE_NOOP("domain.bodies", "Mitglieder"),
                            QT_TRANSLATE_NOOP("domain.bodies", "M"), parity=False, voting=True),)

VOTING_ROLES = frozenset({Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER})

ARTICLES = ("die", "der", "das")


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


def voting_allowed(role: Role, side: Side) -> bool:
    """Whether a seat with this role on this side can carry a vote (and gets one by default)."""
    return side.voting and role in VOTING_ROLES


def is_voting_seat(membership: Membership, side: Side) -> bool:
    """One place that says who holds a vote: a voting role on a voting side."""
    return membership.voting and voting_allowed(membership.role, side)


def check_membership(membership: Membership, side: Side) -> None:
    """The rules every seat obeys, when added and when changed."""
    if side.body_id != membership.body_id:
        raise RuleViolation(say("domain.bodies", "Die Seite {name} gehört nicht zu diesem "
                                                 "Gremium.").format(name=side.name),
                                 "side_id")
    if membership.voting and not voting_allowed(membership.role, side):
        raise RuleViolation(
            say(
                "domain.bodies", "Als {label} auf der Seite {name} gibt es kein Stimmrecht."
            ).format(label=membership.role.label, name=side.name),
            "voting",
        )
    if (membership.valid_from and membership.valid_to
            and membership.valid_to < membership.valid_from):
        raise RuleViolation(say("domain.bodies", "Die Mitgliedschaft kann nicht enden, bevor "
                                                 "sie beginnt."),
                                 "valid_to")
    if membership.deputy_person_id and membership.deputy_person_id == membership.person_id:
        raise RuleViolation(
            say("domain.bodies", "Niemand kann sich selbst vertreten."), "deputy_person_id")


def overlaps(a: Membership, b: Membership) -> bool:
    """Whether two seats share a day (an open start or end reaches to the end of time)."""
    return ((a.valid_from is None or b.valid_to is None or a.valid_from <= b.valid_to)
            and (b.valid_from is None or a.valid_to is None or b.valid_from <= a.valid_to))


def check_single_seat(membership: Membership, seats: Iterable[Membership]) -> None:
    """A person holds at most one seat in a body at a time (else parity counts them twice)."""
    for other in seats:
        if (other.id != membership.id and other.body_id == membership.body_id
                and other.person_id == membership.person_id and overlaps(membership, other)):
            raise RuleViolation(
                say("domain.bodies", "Diese Person ist in diesem Gremium im selben Zeitraum "
                                     "schon Mitglied. Bitte die bestehende Mitgliedschaft "
                                     "bearbeiten oder zuerst beenden."), "person_id")


def check_side(side: Side) -> None:
    if not side.name.strip():
        raise RuleViolation(say("domain.bodies", "Eine Seite braucht einen Namen."), "name")
    if side.parity and not side.voting:
        raise RuleViolation(
            say("domain.bodies", "Die Seite {name} ist paritätisch besetzt und braucht deshalb "
                                 "Stimmrecht.").format(name=side.name),
            "voting")


def normal_share(text: str) -> str:
    """The quorum share as a reduced fraction ("1/2"), from "1/2", "2 / 4" or "0,5".

    Refused unless it lies above 0 and at most 1.
    """
    cleaned = str(text).replace(" ", "").replace(",", ".")
    try:
        share = Fraction(cleaned)
    except (ValueError, ZeroDivisionError):
        share = None
    if share is None or not 0 < share <= 1:
        raise RuleViolation(
            say(
                "domain.bodies",
                "„{text}“ ist kein Anteil für die Beschlussfähigkeit: bitte "
                "einen Bruch zwischen 0 und 1 angeben, z. B. 1/2 oder 2/3.",
            ).format(text=text),
            "quorum_share",
        )
    return f"{share.numerator}/{share.denominator}"


def check_body(body: Body) -> None:
    """Name, short name, article and the rules of a body, when added and when changed."""
    if not body.name.strip():
        raise RuleViolation(say("domain.bodies", "Ein Gremium braucht einen Namen."), "name")
    if not body.short.strip():
        raise RuleViolation(say("domain.bodies", "Ein Gremium braucht ein Kürzel."), "short")
    if body.article not in ARTICLES:
        raise RuleViolation(
            say("domain.bodies", "Der Artikel muss „die“, „der“ oder „das“ sein, nicht "
                                 "„{article}“.").format(article=body.article),
            "article")
    if body.advises_body_id is not None and body.advises_body_id == body.id:
        raise RuleViolation(say("domain.bodies", "Ein Gremium kann nicht sich selbst beraten."),
                                 "advises_body_id")
    if normal_share(body.quorum_share) == "1/1" and body.quorum_more_than:
        raise RuleViolation(
            say("domain.bodies", "„Mehr als alle“ Stimmberechtigten können nie anwesend sein: "
                                 "bei 1/1 bitte „mindestens“ wählen."), "quorum_share")
    if isinstance(body.notice_days, bool) or not isinstance(body.notice_days, int) \
            or body.notice_days < 0:
        raise RuleViolation(say("domain.bodies", "Die Ladungsfrist ist eine Zahl von Tagen, 0 "
                                                 "oder mehr."),
                                 "notice_days")


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
        return ParityResult(True, seats, say("domain.bodies", "keine paritätische Besetzung "
                                                              "vorgesehen"))
    statutory = {s.name: s.statutory_seats for s in parity_sides
                 if s.statutory_seats is not None}
    if len(set(statutory.values())) > 1:
        listing = ", ".join(f"{name} {n}" for name, n in statutory.items())
        return ParityResult(False, seats, say("domain.bodies", "Sollzahlen nicht paritätisch "
                                                               "({listing})").format(
                                              listing=listing))
    counts = list(seats.values())
    if len(set(counts)) == 1:
        return ParityResult(True, seats,
            say("domain.bodies", "paritätisch {counts}").format(
                counts=" : ".join(map(str, counts))))
    top = max(counts)
    short = [(say("domain.bodies", "{name} 1 Sitz weniger") if top - n == 1
              else say("domain.bodies", "{name} {fewer} Sitze weniger")).format(
                 name=name, fewer=top - n)
             for name, n in seats.items() if n < top]
    listing = ", ".join(f"{name} {n}" for name, n in seats.items())
    return ParityResult(
        False, seats, say("domain.bodies", "nicht paritätisch ({listing}): {list}").format(
                          listing=listing, list=', '.join(short))
    )


class Tenure(Labeled):
    """Where a membership stands on a day (computed, not stored)."""

    CURRENT = "current", "Mitglied"
    ENDED = "ended", "ausgeschieden"
    FUTURE = "future", "künftig"


def tenure(membership: Membership, today: date) -> Tenure:
    """Whether the seat is held today, has ended, or begins later."""
    if membership.valid_to is not None and membership.valid_to < today:
        return Tenure.ENDED
    if membership.valid_from is not None and membership.valid_from > today:
        return Tenure.FUTURE
    return Tenure.CURRENT
