"""Read models of one meeting: what the rules and the minutes need, read in one go by
the store (``store.meetings.context``, ``store.meetings.minutes_record``) and then only
computed on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from .model import (
    AgendaItem,
    Attachment,
    Attendance,
    Body,
    Circulation,
    Correction,
    Decision,
    Meeting,
    Membership,
    Objection,
    Organization,
    Person,
    Recommendation,
    Side,
    Task,
    TextModule,
)
from .quorum import QuorumResult, quorum


@dataclass
class MeetingContext:
    """Everything the rules need about one meeting."""

    meeting: Meeting
    body: Body
    sides: list[Side]
    members: list[Membership]  # members of the body on the meeting's date
    attendance: list[Attendance]
    items: list[AgendaItem]

    @property
    def positions(self) -> dict[str, int]:
        return {i.id: i.position for i in self.items}

    def quorum(self, item_id: str | None = None, conflicted: Collection[str] = ()
               ) -> QuorumResult:
        """At the opening, or at a TOP with the members conflicted there left out."""
        position = self.positions[item_id] if item_id else None
        return quorum(self.body, self.sides, self.members, self.attendance,
                      self.meeting.date, position, self.positions, conflicted)

    def decision_quorum(self, decision: Decision) -> QuorumResult:
        """The quorum for a decision: at its TOP, its conflicted members not counted."""
        return self.quorum(decision.agenda_item_id, decision.conflicted_membership_ids)


@dataclass
class MinutesRecord:
    """Everything the minutes of one meeting show."""

    context: MeetingContext
    decisions: list[Decision]  # taken at the meeting, in register order
    tasks: list[Task]  # recorded at the meeting, in the order recorded
    recommendations: dict[str, Recommendation]  # those its TOPs deal with, by id
    approved: list[Meeting]  # the earlier meetings whose minutes it approved
    approving: Meeting | None  # the meeting that approved these minutes
    approving_item: AgendaItem | None  # and its TOP
    corrections: list[Correction]
    open_tasks: list[Task]  # the body's open and begun tasks
    people: dict[str, Person] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    attachments: dict[str, list[Attachment]] = field(default_factory=dict)  # by TOP id
    circulations: list[Circulation] = field(default_factory=list)  # by date sent
    # the objections against the minutes it approved, by the approved meeting's id
    objections: dict[str, list[Objection]] = field(default_factory=dict)
    text_modules: dict[str, TextModule] = field(default_factory=dict)  # the body's, by key
    withdrawn: list[AgendaItem] = field(default_factory=list)  # invited TOPs removed since

    def attachments_at(self, item_id: str) -> list[Attachment]:
        """The papers of a TOP (Unterlagen), in their order."""
        return self.attachments.get(item_id, [])

    def decisions_at(self, item_id: str) -> list[Decision]:
        return self._by_item(self.decisions, "agenda_item_id").get(item_id, [])

    def tasks_at(self, item_id: str) -> list[Task]:
        """The tasks recorded at a TOP, by due date (none first), as the task list is."""
        found = self._by_item(self.tasks, "origin_agenda_item_id").get(item_id, [])
        return sorted(found, key=lambda t: (t.due_date is not None, t.due_date or date.min))

    def approved_at(self, item_id: str) -> list[Meeting]:
        return [m for m in self.approved if m.approved_at_item_id == item_id]

    @staticmethod
    def _by_item(records: list, column: str) -> dict[str, list]:
        grouped: dict[str, list] = defaultdict(list)
        for r in records:
            grouped[getattr(r, column) or ""].append(r)
        return grouped
