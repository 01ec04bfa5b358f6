"""The agenda's timetable."""

from __future__ import annotations

from collections.abc import Iterable

from .calendar import minutes_of_day
from .enums import AgendaKind
from .model import AgendaItem
from .words import QT_TRANSLATE_NOOP, say

# The standard items' German titles (marked for the catalogue): a new item gets its title
# in the language in use (standard_title), and an item counts as the standard one under
# either title (is_titled), so a file kept in German and in English works in both.
OPENING = QT_TRANSLATE_NOOP("domain.agenda", "Eröffnung und Feststellung der Beschlussfähigkeit")
AGENDA_APPROVAL = QT_TRANSLATE_NOOP("domain.agenda", "Genehmigung der Tagesordnung")
MINUTES_APPROVAL = QT_TRANSLATE_NOOP("domain.agenda",
                                     "Genehmigung des Protokolls der letzten Sitzung")
OPEN_TASKS = QT_TRANSLATE_NOOP("domain.agenda", "Bericht zu offenen Aufgaben")
RECOMMENDATIONS = QT_TRANSLATE_NOOP("domain.agenda", "Empfehlungen des Beirats")
CLOSING = QT_TRANSLATE_NOOP("domain.agenda", "Verschiedenes")

# The items every meeting of a body has, in order: (German title, kind, minutes).
STANDARD_ITEMS = (
    (OPENING, AgendaKind.INFORMATION, 5),
    (AGENDA_APPROVAL, AgendaKind.DECISION, 5),
    (MINUTES_APPROVAL, AgendaKind.DECISION, 10),
    (OPEN_TASKS, AgendaKind.INFORMATION, 15),
    (RECOMMENDATIONS, AgendaKind.DISCUSSION, 15),
    (CLOSING, AgendaKind.INFORMATION, 10),
)


def standard_title(german: str) -> str:
    """A standard item's title in the language in use."""
    return say("domain.agenda", german)


def is_titled(title: str, german: str) -> bool:
    """Whether ``title`` names the standard item ``german`` (in German or in the language
    in use; case and outer spaces ignored)."""
    title = title.strip().casefold()
    return title in (german.casefold(), standard_title(german).casefold())


def insert_position(items: list[AgendaItem]) -> int:
    """Where a new topic goes: before "Verschiedenes" if the agenda ends with it."""
    ordered = sorted(items, key=lambda i: i.position)
    if ordered and is_titled(ordered[-1].title, CLOSING):
        return ordered[-1].position
    return len(ordered) + 1


def before_closing(items: list[AgendaItem]) -> int:
    """Where a recommendation put on the agenda goes: before "Verschiedenes" wherever it
    stands, else at the end."""
    closing = [i.position for i in items if is_titled(i.title, CLOSING)]
    return min(closing) if closing else len(items) + 1


def start_times(meeting_start: str, items: Iterable[AgendaItem]) -> dict[str, str]:
    """Item id -> "HH:MM", each item starting when the one before ends."""
    if not meeting_start:
        return {}
    clock = minutes_of_day(meeting_start)
    times = {}
    for item in sorted(items, key=lambda i: i.position):
        times[item.id] = f"{clock // 60 % 24:02d}:{clock % 60:02d}"
        clock += item.duration_minutes
    return times


def agenda_changes(items: Iterable[AgendaItem], withdrawn: Iterable[AgendaItem]) -> list[str]:
    """How the agenda changed since the invitation, in German: TOPs added, withdrawn and
    moved. Empty when it did not, or when the invitation's agenda is not known (the
    meeting was invited before the program kept it).

    A TOP counts as moved when it left the order of the invitation; those that only
    follow from another's move or from an insertion keep their place (the longest run of
    TOPs still in their invited order stays)."""
    items = sorted(items, key=lambda i: i.position)
    withdrawn = list(withdrawn)
    invited = [i for i in items if i.invited_position is not None]
    if not invited and not withdrawn:
        return []
    changes = [say("domain.agenda", "TOP {position} „{title}“ neu aufgenommen").format(
                   position=i.position, title=i.title)
               for i in items if i.invited_position is None]
    changes += [
        say("domain.agenda", "„{title}“ (TOP {invited_position} der Einladung) abgesetzt").format(
                    title=i.title, invited_position=i.invited_position)
                for i in withdrawn]
    kept = _longest_increasing([i.invited_position or 0 for i in invited])
    changes += [say("domain.agenda", "„{title}“ von TOP {invited_position} auf TOP {position} "
                                     "verlegt").format(
                    title=i.title, invited_position=i.invited_position, position=i.position)
                for n, i in enumerate(invited) if n not in kept]
    return changes


def _longest_increasing(values: list[int]) -> set[int]:
    """The indexes of one longest strictly increasing run (not necessarily adjacent)."""
    best: list[list[int]] = []
    for n, value in enumerate(values):
        longest: list[int] = []
        for run in best:
            if values[run[-1]] < value and len(run) > len(longest):
                longest = run
        best.append([*longest, n])
    kept: list[int] = []
    for run in best:
        if len(run) >= len(kept):  # of equal runs the last: the TOP that jumped ahead moved
            kept = run
    return set(kept)
