"""Money: amounts are whole cents (int, never float) and are written and read in German
format (1.234,56 €) in one place each, for the Sitzungsgeld and the budget alike."""

from __future__ import annotations

import re

from .errors import RuleViolation
from .words import say

# The largest amount the program takes: far above any youth-welfare budget line, and far
# below what SQLite's INTEGER (and Excel's 15 digits) can hold.
MAX_CENTS = 99_999_999_999  # 999.999.999,99 €
_DIGITS = re.compile(r"[0-9]+")  # ASCII digits only: "²" or "٣" are no amount


def euro(cents: int) -> str:
    """An amount in German format: 1.234,56 € (the one place money is written)."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(int(cents)), 100)
    return f"{sign}{whole:,}".replace(",", ".") + f",{rest:02d} €"


def parse_euro(text: str) -> int:
    """An amount typed in German format ("25", "25,5", "1.234,56 €") in cents; refused
    when it is no amount ≥ 0 with at most two decimals, or more than :data:`MAX_CENTS`."""
    plain = text.replace("€", "").replace(" ", "").replace("\u00a0", "").strip()
    if plain.startswith("-") and _DIGITS.fullmatch(plain[1:].replace(".", "").replace(",", "")):
        raise RuleViolation(say("domain.money", "„{value}“: Beträge sind nicht negativ.").format(
                                value=text.strip()[:20]))
    whole, _, rest = plain.replace(".", "").partition(",")
    well_formed = (_DIGITS.fullmatch(whole) and (rest == "" or (
        _DIGITS.fullmatch(rest) and len(rest) <= 2)) and "." not in plain.partition(",")[2]
        and ("." not in plain or _grouped(plain)))
    if not well_formed:
        raise RuleViolation(say("domain.money", "„{value}“ ist kein Betrag; bitte so schreiben: "
                                                "25,00").format(value=text.strip()[:20]))
    cents = int(whole) * 100 + int(rest.ljust(2, "0") or 0)
    check_amount(cents)
    return cents


def check_amount(cents: object) -> None:
    """Whole cents from 0 to :data:`MAX_CENTS` (no float, no bool)."""
    if isinstance(cents, bool) or not isinstance(cents, int) or cents < 0:
        raise RuleViolation(say("domain.money", "Beträge sind ganze Cent ab 0,00 €."))
    if cents > MAX_CENTS:
        raise RuleViolation(say("domain.money", "Beträge gehen bis {euro}.").format(
                                euro=euro(MAX_CENTS)))


def _grouped(plain: str) -> bool:
    """Points only as thousands separators ("1.234,56")."""
    groups = plain.partition(",")[0].split(".")
    return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
