"""Money: amounts are whole cents (int, never float) and are written and read in the
program's language in one place each, for the Sitzungsgeld and the budget alike:
German "1.234,56 €", English "€1,234.56"."""

from __future__ import annotations

import re

from .errors import RuleViolation
from .words import language, say

# The largest amount the program takes: far above any youth-welfare budget line, and far
# below what SQLite's INTEGER (and Excel's 15 digits) can hold.
MAX_CENTS = 99_999_999_999  # 999.999.999,99 €
_DIGITS = re.compile(r"[0-9]+")  # ASCII digits only: "²" or "٣" are no amount
# language -> (thousands separator, decimal mark)
_MARKS = {"de": (".", ","), "en": (",", ".")}


def euro(cents: int) -> str:
    """An amount in the program's language: "1.234,56 €" / "€1,234.56" (the one place
    money is written)."""
    sign = "-" if cents < 0 else ""
    if language() == "en":
        return f"{sign}€{amount_text(abs(int(cents)))}"
    return f"{sign}{amount_text(abs(int(cents)))} €"


def amount_text(cents: int) -> str:
    """An amount as it is typed, without the € sign: "1.234,56" / "1,234.56"."""
    group, decimal = _marks()
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(int(cents)), 100)
    return f"{sign}{whole:,}".replace(",", group) + f"{decimal}{rest:02d}"


def parse_euro(text: str) -> int:
    """An amount typed in the program's language in cents: German "25", "25,5",
    "1.234,56 €"; English "25", "25.5", "€1,234.56". Refused when it is no amount ≥ 0
    with at most two decimals, or more than :data:`MAX_CENTS`.

    In English a point is the decimal mark and a comma only groups thousands. German
    forms typed in English ("1.234,56", "25,50", "1.234") are refused with a hint
    rather than guessed: no text reads as an amount in both languages with different
    values ("1.234" would be 1234 € in German but has three decimals in English), so
    nothing is silently misread."""
    plain = text.replace("€", "").replace(" ", "").replace("\u00a0", "").strip()
    if plain.startswith("-") and _DIGITS.fullmatch(plain[1:].replace(".", "").replace(",", "")):
        raise RuleViolation(say("domain.money", "„{value}“: Beträge sind nicht negativ.").format(
                                value=text.strip()[:20]))
    cents = _read(plain, *_marks())
    if cents is None:
        if language() == "en" and _read(plain, *_MARKS["de"]) is not None:
            raise RuleViolation(say("domain.money", "„{value}“ ist wie im Deutschen geschrieben "
                                                    "(Komma vor den Cent); bitte so schreiben: "
                                                    "1,234.56").format(value=text.strip()[:20]))
        raise RuleViolation(say("domain.money", "„{value}“ ist kein Betrag; bitte so schreiben: "
                                                "25,00").format(value=text.strip()[:20]))
    check_amount(cents)
    return cents


def check_amount(cents: object) -> None:
    """Whole cents from 0 to :data:`MAX_CENTS` (no float, no bool)."""
    if isinstance(cents, bool) or not isinstance(cents, int) or cents < 0:
        raise RuleViolation(say("domain.money", "Beträge sind ganze Cent ab 0,00 €."))
    if cents > MAX_CENTS:
        raise RuleViolation(say("domain.money", "Beträge gehen bis {euro}.").format(
                                euro=euro(MAX_CENTS)))


def _marks() -> tuple[str, str]:
    return _MARKS.get(language(), _MARKS["de"])


def _read(plain: str, group: str, decimal: str) -> int | None:
    """The cents of ``plain`` written with these marks; None when it is not well formed."""
    whole, _, rest = plain.replace(group, "").partition(decimal)
    well_formed = (_DIGITS.fullmatch(whole) and (rest == "" or (
        _DIGITS.fullmatch(rest) and len(rest) <= 2)) and group not in plain.partition(decimal)[2]
        and (group not in plain or _grouped(plain, group, decimal)))
    return int(whole) * 100 + int(rest.ljust(2, "0") or 0) if well_formed else None


def _grouped(plain: str, group: str, decimal: str) -> bool:
    """Thousands separators only between groups of three ("1.234,56" / "1,234.56")."""
    groups = plain.partition(decimal)[0].split(group)
    return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
