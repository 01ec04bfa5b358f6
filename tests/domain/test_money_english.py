"""Amounts per language: German "1.234,56 €" as ever, English "€1,234.56"; typed amounts
in the language's own format, and German forms typed in English refused, never guessed."""

from __future__ import annotations

import pytest

from sro_desktop import language
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.money import amount_text, euro, parse_euro


@pytest.mark.parametrize(("cents", "german", "english"), [
    (0, "0,00 €", "€0.00"), (5, "0,05 €", "€0.05"), (123_456, "1.234,56 €", "€1,234.56"),
    (99_999_999_999, "999.999.999,99 €", "€999,999,999.99"), (-150, "-1,50 €", "-€1.50")])
def test_an_amount_in_each_language(cents, german, english):
    assert euro(cents) == german
    language.use("en")
    try:
        assert euro(cents) == english
        assert amount_text(cents) == english.replace("€", "")
    finally:
        language.use("de")
    assert amount_text(cents) == german.removesuffix(" €")


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(("typed", "cents"), [
    ("1,234.56", 123_456), ("1234.5", 123_450), ("5.", 500), ("0.05", 5), ("25", 2500),
    ("€1,234", 123_400), ("€ 999,999,999.99", 99_999_999_999)])
def test_amounts_typed_in_english(typed, cents):
    assert parse_euro(typed) == cents
    assert parse_euro(amount_text(cents)) == cents


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("typed", ["1.234,56", "25,50", "1.234", "1.234.567,00 €"])
def test_german_forms_typed_in_english_are_refused_with_a_hint(typed):
    with pytest.raises(RuleViolation) as refused:
        parse_euro(typed)
    assert str(refused.value) == (f"“{typed}” is written the German way (comma before the "
                                  "cents); please write it like this: 1,234.56")


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(("typed", "message"), [
    ("abc", "“abc” is not an amount; please write it like this: 25.00"),
    ("1,2.3", "“1,2.3” is not an amount; please write it like this: 25.00"),
    ("12.345", "“12.345” is written the German way (comma before the cents); please write it "
               "like this: 1,234.56"),
    ("-5", "“-5”: amounts are not negative."),
    ("1,000,000,000.00", "Amounts go up to €999,999,999.99.")])
def test_amounts_refused_in_english(typed, message):
    with pytest.raises(RuleViolation) as refused:
        parse_euro(typed)
    assert str(refused.value) == message


def test_german_input_unchanged_after_english():
    language.use("en")
    language.use("de")
    assert parse_euro("1.234,56 €") == 123_456
    with pytest.raises(RuleViolation, match="kein Betrag; bitte so schreiben: 25,00"):
        parse_euro("1,234.56")
