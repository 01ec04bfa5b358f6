"""Dates as typed in a German office (domain/calendar.py parse_german_date)."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.calendar import parse_german_date

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("typed", "expected"), [
    ("31.03.2027", date(2027, 3, 31)),
    ("31.3.2027", date(2027, 3, 31)),
    ("31.3.27", date(2027, 3, 31)),
    ("31.03.27", date(2027, 3, 31)),
    ("1.4.", date(2026, 4, 1)),  # no year: this year
    ("1.4", date(2026, 4, 1)),
    ("01.04.", date(2026, 4, 1)),
    (" 1.4.2027 ", date(2027, 4, 1)),
    ("1. 4. 2027", date(2027, 4, 1)),
    ("29.2.28", date(2028, 2, 29)),
    ("1.1.00", date(2000, 1, 1)),  # two-digit years: 00–69 are 2000–2069 …
    ("1.1.69", date(2069, 1, 1)),
    ("1.1.70", date(1970, 1, 1)),  # … 70–99 are 1970–1999
    ("31.12.99", date(1999, 12, 31)),
    ("8.2.2017", date(2017, 2, 8)),
])
def test_a_date_typed_in_a_common_german_form(typed, expected):
    assert parse_german_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", [
    "", " ", ".", "31", "31.", "..", "31.2.2027", "29.2.27", "32.1.2027", "1.13.2027",
    "0.1.2027", "1.0.2027", "1.4.202", "1.4.20277", "1.4.27.", "2027-03-31", "31/03/2027x",
    "eins.zwei", "31.3.2027 10:00", "1.1.0000",
])
def test_no_date(typed):
    assert parse_german_date(typed, TODAY) is None
