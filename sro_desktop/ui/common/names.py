"""The names a list shows beside its records, read once per refresh: never one
query per painted cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.calendar import german_date
from ...domain.labels import NameForm, organization_label, owner_label, person_label
from ...domain.model import Body, Meeting, Milestone, Organization, Person, Side, Task, TaskOwner
from ...store import Store


@dataclass
class Names:
    """Everything a task row shows besides the task, read once per refresh."""

    bodies: dict[str, Body] = field(default_factory=dict)
    sides: dict[str, Side] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    milestones: dict[str, Milestone] = field(default_factory=dict)
    # number and day of each meeting: a row names its report-back meeting by these; the
    # meetings whole (to choose one) are read at their first use
    meeting_days: dict[str, tuple[int, date]] = field(default_factory=dict)
    read_meetings: Callable[[], list[Meeting]] | None = field(default=None, repr=False)
    _meetings: dict[str, Meeting] | None = field(default=None, repr=False)

    @property
    def meetings(self) -> dict[str, Meeting]:
        if self._meetings is None:
            self._meetings = {m.id: m for m in self.read_meetings()} if self.read_meetings else {}
        return self._meetings

    @classmethod
    def read(cls, store: Store) -> Names:
        bodies = {b.id: b for b in store.bodies.list()}
        return cls(
            bodies=bodies,
            sides={s.id: s for body_id in bodies for s in store.sides.list(body_id)},
            people={p.id: p for p in store.people.list()},
            organizations={o.id: o for o in store.organizations.list()},
            milestones={m.id: m for m in store.milestones.list()},
            meeting_days=store.tasks.meeting_days(),
            read_meetings=store.meetings.list,
        )

    def organization(self, organization_id: str | None) -> str:
        """The organisation's short name where there is one ("KJH Warnowufer")."""
        return organization_label(self.organizations.get(organization_id or ""), short=True)

    def owner(self, person_id: str | None, organization_id: str | None,
              short: bool = False) -> str:
        """"P. Wendt" (short: "Wendt") for a person, "KJH Warnowufer" for an organisation;
        the cell is narrow, the tooltip has full names and organisations."""
        return owner_label(TaskOwner(person_id=person_id, organization_id=organization_id),
                           self.people, self.organizations,
                           form=NameForm.LAST if short else NameForm.INITIAL,
                           short_organization=True)

    def owner_long(self, person_id: str | None, organization_id: str | None) -> str:
        """"Dr. Petra Wendt, Kinder- und Jugendhilfe Warnowufer e. V." (the organisation
        given, else the person's own); an organisation alone by its full name."""
        person = self.people.get(person_id or "")
        org = self.organizations.get(organization_id or (person.organization_id
                                                         if person else "") or "")
        if person is None:
            return organization_label(org)
        return person_label(person) + (f", {organization_label(org)}" if org else "")

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
        found = self.meeting_days.get(meeting_id or "")
        if found is None:
            return ""
        return (QCoreApplication.translate("Names", "%1. Sitzung · %2")
                .replace("%1", str(found[0])).replace("%2", german_date(found[1])))
