"""Dates as a German office writes them."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .errors import RuleViolation
from .words import QT_TRANSLATE_NOOP, language, say

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def roman_quarter(quarter: int) -> str:
    """``roman_quarter(3)`` → "III"."""
    if quarter not in _ROMAN:
        raise ValueError(say("domain.calendar", "Quartal {quarter} gibt es nicht (1–4)").format(
                             quarter=quarter))
    return _ROMAN[quarter]


def quarter_label(year: int, quarter: int) -> str:
    """``quarter_label(2018, 3)`` → "III. Quartal 2018" (English "Q3 2018")."""
    roman_quarter(quarter)  # refuses a quarter that does not exist
    return {1: say("domain.calendar", "I. Quartal {year}"),
            2: say("domain.calendar", "II. Quartal {year}"),
            3: say("domain.calendar", "III. Quartal {year}"),
            4: say("domain.calendar", "IV. Quartal {year}")}[quarter].format(year=year)


def short_quarter_label(year: int, quarter: int) -> str:
    """``short_quarter_label(2018, 3)`` → "III/2018" (a timeline's column; English
    "Q3/2018")."""
    roman_quarter(quarter)
    return {1: say("domain.calendar", "I/{year}"),
            2: say("domain.calendar", "II/{year}"),
            3: say("domain.calendar", "III/{year}"),
            4: say("domain.calendar", "IV/{year}")}[quarter].format(year=year)


def quarter_end(year: int, quarter: int) -> date:
    """Last day of a quarter: the deadline of a milestone due in it."""
    if quarter not in _ROMAN:
        raise ValueError(say("domain.calendar", "Quartal {quarter} gibt es nicht (1–4)").format(
                             quarter=quarter))
    if quarter == 4:
        return date(year, 12, 31)
    return date(year, quarter * 3 + 1, 1) - timedelta(days=1)


def german_date(day: date | None) -> str:
    """ "01.03.2026"; the year always with four digits ("01.01.0001"), which strftime's
    %Y does not promise on every platform."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}" if day else ""


def local_date(day: date | None) -> str:
    """The short date in the program's language: "01.03.2026" in German, "01/03/2026" in
    English (as documents/dates.py writes it)."""
    text = german_date(day)
    return text.replace(".", "/") if text and language() == "en" else text


_WEEKDAYS = (QT_TRANSLATE_NOOP("domain.calendar", "Montag"),
             QT_TRANSLATE_NOOP("domain.calendar", "Dienstag"),
             QT_TRANSLATE_NOOP("domain.calendar", "Mittwoch"),
             QT_TRANSLATE_NOOP("domain.calendar", "Donnerstag"),
             QT_TRANSLATE_NOOP("domain.calendar", "Freitag"),
             QT_TRANSLATE_NOOP("domain.calendar", "Samstag"),
             QT_TRANSLATE_NOOP("domain.calendar", "Sonntag"))


def german_weekday(day: date) -> str:
    """``german_weekday(date(2017, 2, 21))`` → "Dienstag" (whatever the system locale), in
    the program's language."""
    return say("domain.calendar", _WEEKDAYS[day.weekday()])


def minutes_of_day(time: str) -> int:
    """Minutes since midnight of "HH:MM" (also "H:MM"), so "9:30" is before "10:00"."""
    try:
        hours, minutes = (int(part) for part in time.strip().split(":"))
    except ValueError:
        raise RuleViolation(say("domain.calendar", "Die Uhrzeit „{time}“ bitte als HH:MM "
                                                   "angeben.").format(time=time)) from None
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise RuleViolation(say("domain.calendar", "Die Uhrzeit „{time}“ gibt es nicht.").format(
                                time=time))
    return hours * 60 + minutes


def normal_time(time: str) -> str:
    """ "9:5" → "09:05"; empty stays empty (no time set)."""
    if not time.strip():
        return ""
    minutes = minutes_of_day(time)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


_TYPED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?")


def parse_german_date(text: str, today: date) -> date | None:
    """A date as typed in a German office: "31.03.2027", "31.3.2027", "31.3.27", "1.4."
    (the year of ``today``) or "1.4" likewise; None when the text is no date or no day
    of the calendar ("31.2.2027").

    A two-digit year is 2000–2069 for 00–69 and 1970–1999 for 70–99 ("1.4.70" is
    01.04.1970): the records of a youth-welfare body reach back decades, not a century.
    """
    cleaned = text.strip().replace(" ", "")
    found = _TYPED_DATE.fullmatch(cleaned) or _TYPED_DATE.fullmatch(cleaned + ".")
    if found is None:
        return None
    day, month, year_text = found.group(1), found.group(2), found.group(3)
    if year_text is None:
        year = today.year
    elif len(year_text) == 2:
        short = int(year_text)
        year = 2000 + short if short < 70 else 1900 + short
    else:
        year = int(year_text)
    try:
        return date(year, int(month), int(day))
    except ValueError:
        return None
