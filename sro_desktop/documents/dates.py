"""Dates, weekdays and quarters in a document, in the program's language (Babel).

German keeps the office's forms ("07.12.2026", "Montag, 07.12.2026",
"III. Quartal 2018"); English writes "07/12/2026", "Monday, 7 December 2026" and
"Q3 2018" (British English). Babel knows the names, whatever the system locale.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from ..domain import words
from ..domain.calendar import roman_quarter

_LOCALES = {"de": "de_DE", "en": "en_GB"}
# language -> (short date, long date with the weekday)
_PATTERNS = {"de": ("dd.MM.yyyy", "EEEE, dd.MM.yyyy"),
             "en": ("dd/MM/yyyy", "EEEE, d MMMM yyyy")}  # as wide as the German: fits a column


def _language() -> str:
    return words.language() if words.language() in _LOCALES else "de"


def date_text(value: date | None) -> str:
    """The short date ("07.12.2026" / "07/12/2026"); empty for None."""
    if value is None:
        return ""
    language = _language()
    return format_date(value, _PATTERNS[language][0], locale=_LOCALES[language])


def long_date_text(value: date) -> str:
    """The date with its weekday ("Montag, 07.12.2026" / "Monday, 7 December 2026")."""
    language = _language()
    return format_date(value, _PATTERNS[language][1], locale=_LOCALES[language])


def weekday_name(value: date) -> str:
    """ "Montag" / "Monday"."""
    return format_date(value, "EEEE", locale=_LOCALES[_language()])


def quarter_name(number: int, year: int | None = None) -> str:
    """ "III. Quartal" / "Q3", with the year when given ("III. Quartal 2018" / "Q3 2018")."""
    language = _language()
    if language == "de":
        text = f"{roman_quarter(number)}. Quartal"
    else:
        roman_quarter(number)  # refuses 0 and 5 alike
        text = format_date(date(2000, number * 3, 1), "QQQ", locale=_LOCALES[language])
    return f"{text} {year}" if year is not None else text


def locale_tag() -> str:
    """The document's language as Word writes it ("de-DE" / "en-GB")."""
    return _LOCALES[_language()].replace("_", "-")
