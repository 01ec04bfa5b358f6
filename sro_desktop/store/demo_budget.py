"""The demo's budget of the model region and its two posts, in the statement's shape: the
budgeted model region from 2018 (trial until Q3 2020), the city-wide transfer from 2021,
this year's lines with the quarters that have passed booked, and next year's plan as
the steering group adopted it ("Sozialraumbudget 2027" in the demo). Lines of the model
region serve its milestones, later ones the city-wide transfer."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..domain.budget import QUARTERS, actual_field, plan_field
from ..domain.enums import BudgetArea, FundingSource, ParitySide

if TYPE_CHECKING:
    from .demo import _Demo

# area, title, source, plan of a year in cents, milestone (key of demo.MILESTONES)
LINES = [
    (BudgetArea.EDUCATIONAL_AID, "Flexible Hilfen im Sozialraum", FundingSource.CITY,
     48_250_000, "modell"),
    (BudgetArea.YOUTH_WORK, "Offene Jugendarbeit und Jugendsozialarbeit im Sozialraum",
     FundingSource.CITY, 21_360_000, "modell"),
    (BudgetArea.FAMILY_EDUCATION, "Eltern- und Familienbildung im Stadtteil",
     FundingSource.STATE, 6_480_000, "familie"),
    (BudgetArea.POSTS, "Tandem-Koordination (zwei Stellen)", FundingSource.STATE,
     13_790_400, "stellen"),
    (BudgetArea.TRAINING, "Gemeinsame Fortbildung und Hospitationen", FundingSource.PROVIDERS,
     1_850_000, "fortbildung"),
]
# The share of each quarter's plan actually spent, per line and quarter, in per mille: a
# fixed pattern, so sums come out to odd cents and every year differs a little.
SPENT = (962, 1013, 987, 1041, 934, 1002, 978, 1019)


def _years(today: date) -> range:
    """From the model region's first year (2018) to next year."""
    return range(2018, today.year + 2)


def _quarter_ended(year: int, quarter: int, today: date) -> bool:
    return (year, quarter) < (today.year, (today.month - 1) // 3 + 1)


def build_budget(d: _Demo) -> None:
    s = d.store
    adopted = [x for x in s.decisions.list(d.sg.id) if x.title.startswith("Sozialraumbudget")] \
        if d.sg else []
    posts_line: dict[int, str] = {}
    for n_year, year in enumerate(_years(d.today)):
        growth = 1000 + 25 * (year - 2018)  # per mille of the 2018 plan
        for n_line, (area, title, source, plan, milestone) in enumerate(LINES):
            amounts: dict[str, int] = {}
            quarter_plan = plan * growth // 1000 // 4
            for q in QUARTERS:
                amounts[plan_field(q)] = quarter_plan
                if _quarter_ended(year, q, d.today):
                    spent = SPENT[(n_year + n_line + q) % len(SPENT)]
                    amounts[actual_field(q)] = quarter_plan * spent // 1000 + 17 * q
            decision = adopted[0].id if adopted and year == d.today.year + 1 else None
            line = s.budget_lines.add(
                year, area, title, funding=source, decision_id=decision,
                milestone_id=d.milestone.get(milestone if year <= 2020 else "transfer"),
                note="Modellregion Lütten Klein / Evershagen" if year <= 2020 else "",
                **amounts)
            if area is BudgetArea.POSTS:
                posts_line[year] = line.id
    _posts(d, posts_line.get(d.today.year))  # this year's line pays them


def _posts(d: _Demo, line_id: str | None) -> None:
    """The tandem's two posts: the office's held since 2018, the provider's changing
    hands in mid-2020 (a new holder is a new record)."""
    s = d.store
    start = date(2018, 1, 1)
    s.posts.add("Koordination Sozialraumorientierung (Verwaltung)", ParitySide.OFFICE, start,
                person_id=d.person["wendt"], organization_id=d.org["amt"],
                budget_line_id=line_id)
    s.posts.add("Koordination Sozialraumorientierung (Träger)", ParitySide.PROVIDERS, start,
                date_to=date(2020, 6, 30), person_id=d.person["kowalski"],
                organization_id=d.org["kompass"], share_permille=750, budget_line_id=line_id)
    s.posts.add("Koordination Sozialraumorientierung (Träger)", ParitySide.PROVIDERS,
                date(2020, 7, 1), person_id=d.person["petersen"],
                organization_id=d.org["leuchtturm"], budget_line_id=line_id,
                note="Nachbesetzung nach Wechsel des Trägers")
