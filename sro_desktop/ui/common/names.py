"""The names a list shows beside its records, read once per refresh: never one
query per painted cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ...domain.calendar import german_date
from ...domain.model import Body, Meeting, Milestone, Organization, Person, Side, Task
from ...store import Store


@dataclass
class Names:
    """Everything a task row shows besides the task, read once per refresh."""

    bodies: dict[str, Body] = field(default_factory=dict)
    sides: dict[str, Side] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    milestones: dict[str, Milestone] = field(default_factory=dict)

    @classmethod
    def read(cls, store: Store) -> Names:
        bodies = {b.id: b for b in store.bodies.list()}
        return cls(
            bodies=bodies,
            sides={s.id: s for body_id in bodies for s in store.sides.list(body_id)},
            people={p.id: p for p in store.people.list()},
            organizations={o.id: o for o in store.organizations.list()},
            meetings={m.id: m for m in store.meetings.list()},
            milestones={m.id: m for m in store.milestones.list()},
        )

    def organization(self, organization_id: str | None) -> str:
        org = self.organizations.get(organization_id or "")
        return (org.short or org.name) if org else ""

    def owner(self, person_id: str | None, organization_id: str | None,
              short: bool = False) -> str:
        """"P. Wendt" (short: "Wendt") for a person, "KJH Warnowufer" for an organisation;
        the cell is narrow, the tooltip has full names and organisations."""
        person = self.people.get(person_id or "")
        if person is None:
            return self.organization(organization_id)
        initial = f"{person.first_name[0]}. " if person.first_name and not short else ""
        return f"{initial}{person.last_name}"

    def owner_long(self, person_id: str | None, organization_id: str | None) -> str:
        person = self.people.get(person_id or "")
        org = self.organizations.get(organization_id or (person.organization_id
                                                         if person else "") or "")
        if person is None:
            return org.name if org else ""
        return person.full_name + (f", {org.name}" if org else "")

    def side_names(self, task: Task) -> list[str]:
        return self._sides(task, lambda side: side.name)

    def side_shorts(self, task: Task) -> list[str]:
        return self._sides(task, lambda side: side.short or side.name)

    def _sides(self, task: Task, text: Callable[[Side], str]) -> list[str]:
        found: list[str] = []
        for owner in task.owners:
            side = self.sides.get(owner.side_id or "")
            if side and text(side) not in found:
                found.append(text(side))
        return found

    def meeting(self, meeting_id: str | None) -> str:
        """"8. Sitzung · 11.12.2026"."""
        meeting = self.meetings.get(meeting_id or "")
        if meeting is None:
            return ""
        return (QCoreApplication.translate("TasksView", "%1. Sitzung · %2")
                .replace("%1", str(meeting.number)).replace("%2", german_date(meeting.date)))
