"""The programme beyond meetings (Fortbildungen, Hospitationen, Praktika, Fachtage) and
the parity of its participation: how many of the office (Verwaltung) and how many of the
providers (Freie Träger) took part, per event and per year, and per organisation.

A participant's side is stored with the participation, so a person who sits in no body
counts too. Pure rules: no store, no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .enums import LearningKind, MilestoneLevel, ParitySide
from .errors import RuleViolation
from .words import say


@dataclass
class LearningEvent:
    """One training, visit, internship or conference; ``place`` is the place or host."""

    id: str
    kind: LearningKind
    title: str
    date_from: date
    date_to: date | None = None
    place: str = ""
    level: MilestoneLevel = MilestoneLevel.OPERATIONAL
    milestone_id: str | None = None
    note: str = ""

    @property
    def year(self) -> int:
        return self.date_from.year


@dataclass
class LearningParticipant:
    """One person taking part in an event, on one of the two parity sides."""

    id: str
    event_id: str
    person_id: str
    side: ParitySide
    organization_id: str | None = None


@dataclass(frozen=True)
class Parity:
    """How many took part for the office and for the providers."""

    office: int = 0
    providers: int = 0

    @property
    def balanced(self) -> bool:
        return self.office == self.providers

    def sentence(self) -> str:
        """"ausgewogen 4 : 4", "Verwaltung 5 : Freie Träger 2", "keine Teilnehmenden"."""
        if not self.office and not self.providers:
            return say("domain.learning", "keine Teilnehmenden")
        if self.balanced:
            return say("domain.learning", "ausgewogen {office} : {providers}").format(
                       office=self.office, providers=self.providers)
        return (f"{ParitySide.OFFICE.label} {self.office} : "
                f"{ParitySide.PROVIDERS.label} {self.providers}")


def parity(participants: Iterable[LearningParticipant]) -> Parity:
    """The balance of the participants given (each person counted once)."""
    sides = {p.person_id: p.side for p in participants}
    counted = Counter(sides.values())
    return Parity(counted[ParitySide.OFFICE], counted[ParitySide.PROVIDERS])


def parity_per_event(participants: Iterable[LearningParticipant]) -> dict[str, Parity]:
    """The balance of each event, by its id (an event with nobody is not named)."""
    by_event: dict[str, list[LearningParticipant]] = {}
    for p in participants:
        by_event.setdefault(p.event_id, []).append(p)
    return {event_id: parity(found) for event_id, found in by_event.items()}


def parity_of_events(events: Iterable[LearningEvent],
                     participants: Iterable[LearningParticipant]) -> Parity:
    """The participations of the events given (a person at two events counts twice:
    each participation is a place the programme filled)."""
    chosen = {e.id for e in events}
    per_event = parity_per_event(p for p in participants if p.event_id in chosen)
    return Parity(sum(p.office for p in per_event.values()),
                  sum(p.providers for p in per_event.values()))


def parity_of_year(events: Iterable[LearningEvent],
                   participants: Iterable[LearningParticipant], year: int) -> Parity:
    """The participations of the events of ``year``."""
    return parity_of_events([e for e in events if e.year == year], participants)


def per_organization(participants: Iterable[LearningParticipant],
                     names: Mapping[str, str]) -> list[tuple[str, int]]:
    """Participations per organisation, most first, then by name; people of no
    organisation under "ohne Organisation"."""
    counted = Counter(names.get(p.organization_id or "", say("domain.learning", "ohne "
                                                                                "Organisation"))
                      for p in participants)
    return sorted(counted.items(), key=lambda item: (-item[1], item[0]))


def check_event(event: LearningEvent) -> None:
    if not event.title.strip():
        raise RuleViolation(say("domain.learning", "Eine Veranstaltung braucht einen Titel."))
    if event.date_to is not None and event.date_to < event.date_from:
        raise RuleViolation(say("domain.learning", "Das Ende liegt vor dem Beginn."))
