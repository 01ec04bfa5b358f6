"""The notice period (Einladungsfrist): how long before a meeting the invitation goes out."""

from __future__ import annotations

from datetime import date

from .calendar import german_date
from .words import say


def notice_short_by(meeting_date: date, sent_on: date, notice_days: int) -> int:
    """Days by which an invitation sent on ``sent_on`` misses the body's notice period;
    0 when it is in time. Sent exactly ``notice_days`` days before the meeting is in time."""
    return max(0, notice_days - (meeting_date - sent_on).days)


def _days(n: int, *, dative: bool = False) -> str:
    if n == 1:
        return "1 Tag"
    return f"{n} Tagen" if dative else f"{n} Tage"


def notice_warning(meeting_date: date, sent_on: date, notice_days: int) -> str:
    """For the secretary: why an invitation sent on ``sent_on`` is too late, or ""."""
    short = notice_short_by(meeting_date, sent_on, notice_days)
    if not short:
        return ""
    meeting = german_date(meeting_date)
    if meeting_date < sent_on:
        return say(
            "domain.notice",
            "Die Sitzung am {meeting} liegt vor dem Versand am "
            "{german_date}; die Einladungsfrist von {days} ist nicht "
            "einzuhalten.",
        ).format(
            meeting=meeting, german_date=german_date(sent_on), days=_days(notice_days, dative=True)
        )
    left = (meeting_date - sent_on).days
    until = (say("domain.notice", "die Sitzung ist am selben Tag") if left == 0
             else say("domain.notice", "bis zur Sitzung bleiben {days}").format(days=_days(left)))
    return say(
        "domain.notice",
        "Die Einladungsfrist von {days} ist nicht eingehalten: Versand "
        "am {german_date}, Sitzung am {meeting} – {until} ({days2} zu "
        "kurz).",
    ).format(
        days=_days(notice_days, dative=True),
        german_date=german_date(sent_on),
        meeting=meeting,
        until=until,
        days2=_days(short),
    )


def short_notice_note(notice_days: int) -> str:
    """For the invited members, in the invitation itself."""
    return (say("domain.notice", "Diese Einladung erfolgt mit verkürzter Frist; die reguläre "
                                 "Einladungsfrist beträgt {days}.").format(days=_days(notice_days)))
