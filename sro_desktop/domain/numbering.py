"""The decision register: per body and year, gap-free and stable (``SG-2026/007``)."""

from __future__ import annotations

from collections.abc import Iterable

from .errors import RuleViolation
from .words import say


def register_number(short: str, year: int, seq: int) -> str:
    return f"{short}-{year}/{seq:03d}"


def next_seq(used: Iterable[int]) -> int:
    """The next number in a body's year: one past the highest ever given."""
    return max(used, default=0) + 1


def check_deletable(number: str, seq: int, highest: int) -> None:
    """Only the last decision of a year may go; any other would leave a gap."""
    if seq != highest:
        raise RuleViolation(
            say("domain.numbering", "Beschluss {number} kann nicht gelöscht werden, sonst "
                                    "entstünde eine Lücke im Beschlussregister. Setzen Sie ihn "
                                    "stattdessen auf „zurückgezogen“.").format(number=number)
        )


def recommendation_number(short: str, year: int, seq: int) -> str:
    """Recommendations of an advisory body: ``E-PG1-2018/003``."""
    return "E-" + register_number(short, year, seq)
