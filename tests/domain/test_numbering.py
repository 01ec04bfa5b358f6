"""The decision register: SG-2026/007, gap-free, only the last number may go."""

from __future__ import annotations

import pytest

from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.numbering import (
    check_deletable,
    next_seq,
    recommendation_number,
    register_number,
)


@pytest.mark.parametrize(
    ("short", "year", "seq", "number"),
    [
        pytest.param("SG", 2026, 7, "SG-2026/007", id="padded-to-three"),
        pytest.param("SG", 2026, 1, "SG-2026/001", id="first"),
        pytest.param("JHA", 2021, 42, "JHA-2021/042", id="two-digits"),
        pytest.param("UA", 2019, 999, "UA-2019/999", id="three-digits"),
        pytest.param("SG", 2026, 1000, "SG-2026/1000", id="beyond-three-digits"),
    ],
)
def test_register_number(short, year, seq, number):
    assert register_number(short, year, seq) == number


@pytest.mark.parametrize(
    ("short", "year", "seq", "number"),
    [
        pytest.param("PG1", 2018, 3, "E-PG1-2018/003", id="advisory-board"),
        pytest.param("BR", 2020, 12, "E-BR-2020/012", id="two-digits"),
    ],
)
def test_recommendation_number(short, year, seq, number):
    assert recommendation_number(short, year, seq) == number


@pytest.mark.parametrize(
    ("used", "expected"),
    [
        pytest.param([], 1, id="first-of-the-year"),
        pytest.param([1], 2, id="after-one"),
        pytest.param([1, 2, 3], 4, id="consecutive"),
        pytest.param([3, 1, 2], 4, id="unordered"),
        pytest.param([1, 2, 5], 6, id="past-the-highest-not-into-a-gap"),
        pytest.param(iter([4, 2]), 5, id="iterator"),
    ],
)
def test_next_seq(used, expected):
    assert next_seq(used) == expected


@pytest.mark.parametrize(
    ("seq", "highest"),
    [pytest.param(7, 7, id="the-last"), pytest.param(1, 1, id="the-only")],
)
def test_the_last_decision_of_a_year_may_be_deleted(seq, highest):
    check_deletable(register_number("SG", 2026, seq), seq, highest)


@pytest.mark.parametrize(
    ("seq", "highest"),
    [
        pytest.param(6, 7, id="one-before-the-last"),
        pytest.param(1, 7, id="the-first-of-many"),
        pytest.param(8, 7, id="not-the-highest-given"),
    ],
)
def test_deleting_any_other_decision_would_leave_a_gap(seq, highest):
    number = register_number("SG", 2026, seq)
    with pytest.raises(RuleViolation) as caught:
        check_deletable(number, seq, highest)
    assert str(caught.value) == (
        f"Beschluss {number} kann nicht gelöscht werden, sonst entstünde eine Lücke "
        "im Beschlussregister. Setzen Sie ihn stattdessen auf „zurückgezogen“."
    )
