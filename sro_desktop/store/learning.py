"""The programme beyond meetings: learning events (Fortbildungen, Hospitationen, …) and
their participants; domain/learning.py has the parity rules."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date
from typing import Any

from ..domain.enums import LearningKind, MilestoneLevel, OrganizationKind, ParitySide
from ..domain.errors import RuleViolation
from ..domain.learning import (
    LearningEvent,
    LearningParticipant,
    Parity,
    check_event,
    parity,
    parity_of_year,
)
from ..domain.words import QT_TRANSLATE_NOOP, say
from .bodies import normal_kind
from .errors import NotFound
from .repository import Repository, new_id


class LearningEvents(Repository[LearningEvent]):
    table = "learning_events"
    model = LearningEvent
    order_by = "date_from, rowid"
    noun = QT_TRANSLATE_NOOP("store.repository", "Veranstaltung")

    def list(self, year: int | None = None) -> builtins.list[LearningEvent]:
        if year is None:
            return self._find()
        return self._find('substr(date_from, 1, 4) = ?', [f"{year:04d}"])

    def resolve(self, text: str) -> LearningEvent:
        """An event by its id or its title (exact, else the one title that begins so)."""
        text = text.strip()
        found = self._find("id = ? OR title = ?", [text, text])
        if not found:
            found = [e for e in self.list() if e.title.casefold().startswith(text.casefold())]
        if len(found) != 1:
            raise NotFound(say("store.learning", "Eine Veranstaltung „{text}“ gibt es nicht "
                                                 "(eindeutig).").format(text=text[:80]))
        return found[0]

    def add(self, kind: LearningKind, title: str, date_from: date, *,
            date_to: date | None = None, place: str = "",
            level: MilestoneLevel = MilestoneLevel.OPERATIONAL,
            milestone_id: str | None = None, note: str = "") -> LearningEvent:
        event = LearningEvent(new_id(), kind, title.strip(), date_from, date_to, place.strip(),
                              level, milestone_id, note)
        check_event(event)
        with self.store.edit():
            if milestone_id is not None:
                self.store.milestones.get(milestone_id)
            return self._insert_record(event)

    def _check_update(self, current: LearningEvent, changes: dict[str, Any]) -> None:
        check_event(replace(current, **changes))
        if changes.get("milestone_id"):
            self.store.milestones.get(changes["milestone_id"])

    def delete(self, record_id: str) -> None:
        """The event and its participations (one edit)."""
        with self.store.edit():
            for p in self.store.learning_participants.list(record_id):
                self.store.learning_participants.delete(p.id)
            super().delete(record_id)

    def parity(self, event_id: str) -> Parity:
        return parity(self.store.learning_participants.list(event_id))

    def parity_of_year(self, year: int) -> Parity:
        return parity_of_year(self.list(year), self.store.learning_participants.list(), year)


class LearningParticipants(Repository[LearningParticipant]):
    table = "learning_participants"
    model = LearningParticipant
    noun = QT_TRANSLATE_NOOP("store.repository", "Teilnahme")

    def list(self, event_id: str | None = None) -> builtins.list[LearningParticipant]:
        if event_id is None:
            return self._find()
        return self._find('event_id = ?', [event_id])

    def add(self, event_id: str, person_id: str, side: ParitySide | None = None, *,
            organization_id: str | None = None) -> LearningParticipant:
        """A person takes part; without a side given, the side follows from the
        person's organisation (an office organisation: Verwaltung; else Freie Träger)."""
        with self.store.edit():
            self.store.learning_events.get(event_id)
            person = self.store.people.get(person_id)
            if any(p.person_id == person_id for p in self.list(event_id)):
                raise RuleViolation(say("store.learning", "Diese Person nimmt schon teil."))
            organization_id = organization_id or person.organization_id
            if side is None:
                side = self.side_of(organization_id)
            return self._insert_record(LearningParticipant(
                new_id(), event_id, person_id, side, organization_id))

    def side_of(self, organization_id: str | None) -> ParitySide:
        """The parity side an organisation's people take by default."""
        if organization_id:
            org = self.store.organizations.get(organization_id)
            if normal_kind(org.kind) == OrganizationKind.OFFICE.value:
                return ParitySide.OFFICE
        return ParitySide.PROVIDERS

    def _check_update(self, current: LearningParticipant, changes: dict[str, Any]) -> None:
        for fixed in ("event_id", "person_id"):
            if fixed in changes and changes[fixed] != getattr(current, fixed):
                raise RuleViolation(say("store.learning", "Eine Teilnahme bleibt bei ihrer "
                                                          "Person und Veranstaltung."))
