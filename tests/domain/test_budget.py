"""The budget of the model region and the posts (issue 17, items 1 and 2): sums exact to
the cent, what remains, the rules of a line and of a post, and shares of a full post."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.budget import (
    BudgetLine,
    Post,
    check_line,
    check_post,
    parse_share,
    posts_on,
    share_text,
    totals,
    totals_by,
)
from sro_desktop.domain.enums import BudgetArea, FundingSource, ParitySide
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.money import euro, parse_euro


def line(year: int = 2019, area: BudgetArea = BudgetArea.EDUCATIONAL_AID,
         funding: FundingSource = FundingSource.CITY, **cents: int) -> BudgetLine:
    return BudgetLine("x", year, area, "Flexible Hilfen", funding, **cents)


def test_sums_are_exact_to_the_cent_where_floats_are_not():
    # 0,10 € ten times in floating point is 0.9999999999999999 €; in cents it is 1,00 €
    lines = [line(plan_q1_cents=10, actual_q2_cents=3) for _ in range(10)]
    assert sum(0.10 for _ in range(10)) != 1.0
    assert totals(lines).plan == 100
    assert euro(totals(lines).plan) == "1,00 €"
    assert euro(totals(lines).remaining) == "0,70 €"


def test_plan_actual_and_remaining_of_a_line():
    x = line(plan_q1_cents=123_456, plan_q2_cents=1, plan_q3_cents=99, plan_q4_cents=100_000_000,
             actual_q1_cents=123_457, actual_q3_cents=50)
    assert [x.plan(q) for q in (1, 2, 3, 4)] == [123_456, 1, 99, 100_000_000]
    assert x.plan_total == 100_123_556
    assert x.actual_total == 123_507
    assert euro(x.plan_total) == "1.001.235,56 €"
    assert euro(x.remaining) == "1.000.000,49 €"
    overspent = line(plan_q1_cents=100, actual_q1_cents=250)
    assert euro(overspent.remaining) == "-1,50 €"


def test_totals_by_year_area_and_source():
    lines = [line(2018, plan_q1_cents=100, actual_q1_cents=90),
             line(2018, BudgetArea.POSTS, FundingSource.STATE, plan_q4_cents=50),
             line(2019, funding=FundingSource.STATE, plan_q2_cents=7, actual_q2_cents=7)]
    by_year = dict(totals_by(lines, "year"))
    assert (by_year[2018].plan, by_year[2018].actual, by_year[2018].remaining) == (150, 90, 60)
    assert by_year[2019].remaining == 0
    by_source = dict(totals_by(lines, "funding"))
    assert by_source[FundingSource.STATE].plan == 57
    assert [area for area, _ in totals_by(lines, "area")] == [BudgetArea.EDUCATIONAL_AID,
                                                              BudgetArea.POSTS]


@pytest.mark.parametrize(("changes", "words"), [
    ({"title": "  "}, "Bezeichnung"),
    ({"year": 1999}, "Haushaltsjahr"),
    ({"year": 2101}, "Haushaltsjahr"),
    ({"plan_q2_cents": -1}, "ab 0,00"),
    ({"actual_q4_cents": 1.5}, "ab 0,00"),
    ({"actual_q1_cents": True}, "ab 0,00"),
    ({"plan_q1_cents": 100_000_000_000}, "bis 999.999.999,99"),
])
def test_a_line_is_refused_with_a_reason(changes, words):
    bad = line()
    for name, value in changes.items():
        setattr(bad, name, value)
    with pytest.raises(RuleViolation, match=words):
        check_line(bad)


def test_a_good_line_passes():
    check_line(line(plan_q1_cents=0, actual_q4_cents=99_999_999_99))


def post(side: ParitySide, start: date, end: date | None = None, title: str = "Koordination",
         share: int = 1000) -> Post:
    return Post("p", title, side, start, end, share_permille=share)


def test_the_posts_held_on_a_day_office_first():
    posts = [post(ParitySide.PROVIDERS, date(2018, 1, 1), date(2020, 6, 30), "B"),
             post(ParitySide.PROVIDERS, date(2020, 7, 1), None, "B"),
             post(ParitySide.OFFICE, date(2018, 1, 1), None, "A"),
             post(ParitySide.OFFICE, date(2030, 1, 1), None, "later")]
    held = posts_on(posts, date(2020, 6, 30))
    assert [(p.title, p.side, p.date_from.year) for p in held] == [
        ("A", ParitySide.OFFICE, 2018), ("B", ParitySide.PROVIDERS, 2018)]
    assert [p.date_from for p in posts_on(posts, date(2020, 7, 1))][1] == date(2020, 7, 1)


@pytest.mark.parametrize(("bad", "words"), [
    (post(ParitySide.OFFICE, date(2020, 1, 2), date(2020, 1, 1)), "besetzt bis"),
    (post(ParitySide.OFFICE, date(2020, 1, 1), share=0), "Stellenanteil"),
    (post(ParitySide.OFFICE, date(2020, 1, 1), share=1001), "Stellenanteil"),
    (post(ParitySide.OFFICE, date(2020, 1, 1), title=""), "Bezeichnung"),
])
def test_a_post_is_refused_with_a_reason(bad, words):
    with pytest.raises(RuleViolation, match=words):
        check_post(bad)


@pytest.mark.parametrize(("permille", "text"), [
    (1000, "1,0 Stelle"), (500, "0,5 Stelle"), (750, "0,75 Stelle"), (875, "0,875 Stelle"),
    (1, "0,001 Stelle")])
def test_shares_in_german(permille, text):
    assert share_text(permille) == text


@pytest.mark.parametrize(("typed", "permille"), [
    ("1", 1000), ("0,5", 500), ("0.75", 750), (",875", 875), ("0,875 Stelle", 875),
    ("50 %", 500), ("87,5%", 875), ("100 %", 1000)])
def test_shares_typed(typed, permille):
    assert parse_share(typed) == permille


@pytest.mark.parametrize("typed", ["", "abc", "1,5", "0", "0,0001", "-0,5", "1,2,3", "50,05 %"])
def test_shares_refused(typed):
    with pytest.raises(RuleViolation):
        parse_share(typed)


@pytest.mark.parametrize(("typed", "cents"), [
    ("1.234,56", 123_456), ("1234,5", 123_450), ("5,", 500), ("0,05", 5),
    ("999.999.999,99 €", 99_999_999_999)])
def test_amounts_typed(typed, cents):
    assert parse_euro(typed) == cents


@pytest.mark.parametrize(("typed", "words"), [
    ("-5", "nicht negativ"), ("-1.234,56", "nicht negativ"), ("12,345", "kein Betrag"),
    ("abc", "kein Betrag"), ("²", "kein Betrag"), ("1.000.000.000,00", "bis 999.999.999,99"),
    ("999999999999999999999", "bis 999.999.999,99"), ("1,2.3", "kein Betrag")])
def test_amounts_refused_with_their_reason(typed, words):
    with pytest.raises(RuleViolation, match=words):
        parse_euro(typed)
