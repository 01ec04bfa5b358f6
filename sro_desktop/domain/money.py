"""Money: amounts are whole cents (int, never float) and are written and read in German
format (1.234,56 €) in one place each, for the Sitzungsgeld and the budget alike."""

from __future__ import annotations

from .errors import RuleViolation


def euro(cents: int) -> str:
    """An amount in German format: 1.234,56 € (the one place money is written)."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(int(cents)), 100)
    return f"{sign}{whole:,}".replace(",", ".") + f",{rest:02d} €"


def parse_euro(text: str) -> int:
    """An amount typed in German format ("25", "25,5", "1.234,56 €") in cents; refused
    when it is no amount ≥ 0 with at most two decimals."""
    plain = text.replace("€", "").replace(" ", "").replace("\u00a0", "").strip()
    whole, _, rest = plain.replace(".", "").partition(",")
    if plain == "" or not whole.isdigit() or not (rest == "" or (
            rest.isdigit() and len(rest) <= 2)) or "." in plain and not _grouped(plain):
        raise RuleViolation(f"„{text.strip()[:20]}“ ist kein Betrag; bitte so schreiben: "
                            f"25,00")
    return int(whole) * 100 + int(rest.ljust(2, "0") or 0)


def _grouped(plain: str) -> bool:
    """Points only as thousands separators ("1.234,56")."""
    groups = plain.partition(",")[0].split(".")
    return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
