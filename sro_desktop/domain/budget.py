"""The budget of the model region (Sozialraumbudget) and the programme's posts.

A budget line belongs to one year and focus area and is paid from one source; it holds
the plan (Soll) and the actual spending (Ist) of each quarter in whole cents, so that
every sum is exact. A post (Stelle) is held by one person on one parity side for a
time, with its share of a full post in thousandths (1000 = a full post). Pure rules: no
store, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date

from .enums import BudgetArea, FundingSource, ParitySide
from .errors import RuleViolation
from .money import check_amount
from .words import say

QUARTERS = (1, 2, 3, 4)
FULL_POST = 1000  # thousandths of a full post
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass
class BudgetLine:
    """One line of a year's budget: plan and actual of each quarter, in cents."""

    id: str
    year: int
    area: BudgetArea
    title: str
    funding: FundingSource = FundingSource.CITY
    plan_q1_cents: int = 0
    plan_q2_cents: int = 0
    plan_q3_cents: int = 0
    plan_q4_cents: int = 0
    actual_q1_cents: int = 0
    actual_q2_cents: int = 0
    actual_q3_cents: int = 0
    actual_q4_cents: int = 0
    decision_id: str | None = None  # the decision that approved it
    milestone_id: str | None = None
    note: str = ""

    def plan(self, quarter: int) -> int:
        return int(getattr(self, plan_field(quarter)))

    def actual(self, quarter: int) -> int:
        return int(getattr(self, actual_field(quarter)))

    @property
    def plan_total(self) -> int:
        return sum(self.plan(q) for q in QUARTERS)

    @property
    def actual_total(self) -> int:
        return sum(self.actual(q) for q in QUARTERS)

    @property
    def remaining(self) -> int:
        """What is left of the plan (negative: overspent)."""
        return self.plan_total - self.actual_total


def plan_field(quarter: int) -> str:
    return f"plan_q{quarter}_cents"


def actual_field(quarter: int) -> str:
    return f"actual_q{quarter}_cents"


AMOUNT_FIELDS = tuple(f.name for f in fields(BudgetLine) if f.name.endswith("_cents"))


@dataclass(frozen=True)
class Totals:
    """Plan, actual and what remains, in cents."""

    plan: int = 0
    actual: int = 0

    @property
    def remaining(self) -> int:
        return self.plan - self.actual


def totals(lines: Iterable[BudgetLine]) -> Totals:
    chosen = list(lines)
    return Totals(sum(x.plan_total for x in chosen), sum(x.actual_total for x in chosen))


def totals_by(lines: Iterable[BudgetLine], key: str) -> list[tuple[object, Totals]]:
    """Totals per value of ``key`` ("year", "area", "funding"), in the order first met."""
    grouped: dict[object, list[BudgetLine]] = {}
    for line in lines:
        grouped.setdefault(getattr(line, key), []).append(line)
    return [(value, totals(found)) for value, found in grouped.items()]


def check_line(line: BudgetLine) -> None:
    if not line.title.strip():
        raise RuleViolation(say("domain.budget", "Eine Haushaltszeile braucht eine Bezeichnung."))
    if isinstance(line.year, bool) or not isinstance(line.year, int) or not (
            FIRST_YEAR <= line.year <= LAST_YEAR):
        raise RuleViolation(say("domain.budget", "Das Haushaltsjahr muss zwischen {FIRST_YEAR} "
                                                 "und {LAST_YEAR} liegen.").format(
                                FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR))
    for name in AMOUNT_FIELDS:
        value = getattr(line, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise RuleViolation(say("domain.budget", "Soll und Ist sind Beträge ab 0,00 €."))
        check_amount(value)


@dataclass
class Post:
    """A post of the programme (e.g. the tandem's two coordinators) held by one person
    for a time; a new holder is a new record, so the report can say who held it when."""

    id: str
    title: str
    side: ParitySide
    date_from: date
    date_to: date | None = None
    person_id: str | None = None  # None: vacant
    organization_id: str | None = None  # the employer
    share_permille: int = FULL_POST
    budget_line_id: str | None = None  # the line that funds it
    note: str = ""

    def held_on(self, day: date) -> bool:
        return self.date_from <= day and (self.date_to is None or day <= self.date_to)


def share_text(permille: int) -> str:
    """A share of a full post in German: "1,0 Stelle", "0,5 Stelle", "0,875 Stelle"."""
    whole, rest = divmod(int(permille), FULL_POST)
    digits = f"{rest:03d}".rstrip("0") or "0"
    return say("domain.budget", "{whole},{digits} Stelle").format(whole=whole, digits=digits)


def in_order(posts: Iterable[Post]) -> list[Post]:
    """Office first, then by title, each post's holders one after another."""
    order = {ParitySide.OFFICE: 0, ParitySide.PROVIDERS: 1}
    return sorted(posts, key=lambda p: (order[p.side], p.title.casefold(), p.date_from))


def held_between(posts: Iterable[Post], first: date, last: date) -> list[Post]:
    """The posts held at some time from ``first`` to ``last``, office first."""
    return in_order(p for p in posts
                    if p.date_from <= last and (p.date_to is None or p.date_to >= first))


def posts_on(posts: Iterable[Post], day: date) -> list[Post]:
    """The posts held on ``day``, office first, then by title."""
    return in_order(p for p in posts if p.held_on(day))


def check_post(post: Post) -> None:
    if not post.title.strip():
        raise RuleViolation(say("domain.budget", "Eine Stelle braucht eine Bezeichnung."))
    if post.date_to is not None and post.date_to < post.date_from:
        raise RuleViolation(say("domain.budget", "„besetzt bis“ liegt vor „besetzt ab“."))
    share = post.share_permille
    if isinstance(share, bool) or not isinstance(share, int) or not 0 < share <= FULL_POST:
        raise RuleViolation(say("domain.budget", "Der Stellenanteil liegt zwischen 0,001 und "
                                                 "1,0 Stelle."))


def parse_share(text: str) -> int:
    """A share typed as "0,5", "0.75", "1" or "50 %" in thousandths of a full post."""
    plain = text.replace("Stelle", "").replace(" ", "").strip()
    percent = plain.endswith("%")
    plain = plain.rstrip("%").replace(",", ".")
    whole, _, rest = plain.partition(".")
    if not whole.isdigit() and not (whole == "" and rest.isdigit()) or (
            rest and not rest.isdigit()):
        raise RuleViolation(say("domain.budget", "„{value}“ ist kein Stellenanteil; bitte so "
                                                 "schreiben: 0,5").format(value=text.strip()[:20]))
    scale = 10 if percent else FULL_POST
    digits = len(rest)
    value = int(whole or 0) * scale + (int(rest) * scale // 10 ** digits if rest else 0)
    if rest and int(rest) * scale % 10 ** digits:
        raise RuleViolation(say("domain.budget", "Ein Stellenanteil hat höchstens drei "
                                                 "Nachkommastellen."))
    if not 0 < value <= FULL_POST:
        raise RuleViolation(say("domain.budget", "Der Stellenanteil liegt zwischen 0,001 und "
                                                 "1,0 Stelle."))
    return value
