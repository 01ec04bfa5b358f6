"""Meetings with their attendance, agenda and corrections."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.agenda import (
    CLOSING,
    OPEN_TASKS,
    STANDARD_ITEMS,
    insert_position,
    start_times,
)
from ..domain.enums import AgendaKind, AttendanceStatus, MeetingState
from ..domain.errors import RuleViolation
from ..domain.meetings import check_times, check_transition, meeting_title
from ..domain.model import (
    AgendaItem,
    Attendance,
    Body,
    Correction,
    Meeting,
    Membership,
    Side,
)
from ..domain.quorum import QuorumResult, quorum
from .core import Repository, new_id
from .schema import LOCK_MESSAGE


@dataclass
class MeetingContext:
    """Everything the rules need about one meeting, read in one go."""

    meeting: Meeting
    body: Body
    sides: list[Side]
    members: list[Membership]  # members of the body on the meeting's date
    attendance: list[Attendance]
    items: list[AgendaItem]

    @property
    def positions(self) -> dict[str, int]:
        return {i.id: i.position for i in self.items}

    def quorum(self, item_id: str | None = None) -> QuorumResult:
        position = self.positions[item_id] if item_id else None
        return quorum(self.body, self.sides, self.members, self.attendance,
                      self.meeting.date, position, self.positions)


@dataclass(frozen=True)
class CarryOver:
    """What "Offene Punkte übernehmen" brought in."""

    items: int
    tasks: int
    recommendations: int


class Meetings(Repository[Meeting]):
    table = "meetings"
    model = Meeting
    order_by = "date, number"
    noun = "Sitzung"

    def add(self, body_id: str, day: date, *, start_time: str = "", end_time: str = "",
            place: str = "", chair_person_id: str | None = None,
            minute_taker_person_id: str | None = None, number: int | None = None) -> Meeting:
        """A planned meeting; its running number follows the body's last one."""
        check_times(start_time, end_time)
        with self.store.edit():
            self.store.bodies.get(body_id)
            if number is None:
                number = self.highest("number", "body_id = ?", [body_id]) + 1
            elif self.count("body_id = ? AND number = ?", [body_id, number]):
                raise RuleViolation(f"Die {number}. Sitzung gibt es schon.")
            return self._insert_record(Meeting(
                new_id(), body_id, number, day, start_time, end_time, place,
                chair_person_id, minute_taker_person_id))

    def list(self, body_id: str | None = None, *, limit: int | None = None,
             offset: int = 0, newest_first: bool = False) -> list[Meeting]:
        order = "date DESC, number DESC" if newest_first else None
        if body_id:
            return self._find("body_id = ?", [body_id], limit=limit, offset=offset,
                              order=order)
        return self._find(limit=limit, offset=offset, order=order)

    def title(self, meeting: Meeting) -> str:
        return meeting_title(meeting, self.store.bodies.get(meeting.body_id))

    def _check_update(self, current: Meeting, changes: dict[str, Any]) -> None:
        if {"state", "approved_in_meeting_id", "approved_on"} & set(changes):
            raise RuleViolation("Den Zustand einer Sitzung ändert nur ein Schritt im Ablauf.")
        check_times(changes.get("start_time", current.start_time),
                    changes.get("end_time", current.end_time))
        new_day = changes.get("date", current.date)
        if new_day.year != current.date.year and self.store.decisions.count(
                "meeting_id = ?", [current.id]):
            raise RuleViolation(
                "Die Sitzung hat schon nummerierte Beschlüsse dieses Jahres; "
                "sie kann nicht in ein anderes Jahr verlegt werden."
            )

    def update(self, record_id: str, **changes: Any) -> Meeting:
        with self.store.edit():
            meeting = super().update(record_id, **changes)
            if "date" in changes:
                self.store.decisions._update_where(
                    "meeting_id = ?", [record_id], {"decided_on": meeting.date})
        return meeting

    def set_state(self, meeting_id: str, target: MeetingState, *,
                  approving_meeting_id: str | None = None, reason: str = "") -> Meeting:
        """One step in the life of the meeting; approval names the approving meeting."""
        target = MeetingState(target)
        with self.store.edit():
            meeting = self.get(meeting_id)
            approving = self.get(approving_meeting_id) if approving_meeting_id else None
            check_transition(meeting, target, approving)
            changes: dict[str, Any] = {"state": target}
            if approving is not None:
                changes.update(approved_in_meeting_id=approving.id, approved_on=approving.date)
            if target is MeetingState.CANCELLED:
                changes["cancel_reason"] = reason
            self._update(meeting_id, changes)
        return self.get(meeting_id)

    def delete(self, record_id: str) -> None:
        """A meeting with decisions stays: they hold numbers of the register."""
        with self.store.edit():
            meeting = self.get(record_id)
            if meeting.state is MeetingState.APPROVED:
                raise RuleViolation(LOCK_MESSAGE)
            if self.store.decisions.count("meeting_id = ?", [record_id]):
                raise RuleViolation(
                    f"Die {meeting.number}. Sitzung hat Beschlüsse im Register und kann nicht "
                    f"gelöscht werden; sagen Sie sie stattdessen ab.")
            for table in ("attendance", "agenda_items"):
                self.store.tombstone_rows(table, "meeting_id = ?", [record_id])
            self._tombstone("id = ?", [record_id])

    def context(self, meeting_id: str) -> MeetingContext:
        meeting = self.get(meeting_id)
        return MeetingContext(
            meeting,
            self.store.bodies.get(meeting.body_id),
            self.store.sides.list(meeting.body_id),
            self.store.memberships.list(meeting.body_id, on=meeting.date),
            self.store.attendance.list(meeting_id),
            self.store.agenda.list(meeting_id),
        )

    def quorum(self, meeting_id: str, item_id: str | None = None) -> QuorumResult:
        return self.context(meeting_id).quorum(item_id)


class AttendanceList(Repository[Attendance]):
    table = "attendance"
    model = Attendance
    noun = "Anwesenheit"

    def list(self, meeting_id: str) -> list[Attendance]:
        return self._find("meeting_id = ?", [meeting_id])

    def set(self, meeting_id: str, membership_id: str, status: AttendanceStatus, *,
            deputy_person_id: str | None = None, arrives_at_item_id: str | None = None,
            leaves_at_item_id: str | None = None, note: str = "") -> Attendance:
        """Record how a member attends; "vertreten" takes the member's deputy by default."""
        status = AttendanceStatus(status)
        meeting = self.store.meetings.get(meeting_id)
        member = self.store.memberships.get(membership_id)
        if member.body_id != meeting.body_id or not member.valid_on(meeting.date):
            raise RuleViolation("Diese Person gehörte am Sitzungstag nicht zum Gremium.")
        if status is AttendanceStatus.REPRESENTED:
            deputy_person_id = deputy_person_id or member.deputy_person_id
            if not deputy_person_id:
                name = self.store.people.get(member.person_id).full_name
                raise RuleViolation(f"Für {name} ist keine Stellvertretung eingetragen.")
        else:
            deputy_person_id = None
        if status not in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED):
            arrives_at_item_id = leaves_at_item_id = None
        self._check_items(meeting_id, arrives_at_item_id, leaves_at_item_id)
        values = {"status": status, "deputy_person_id": deputy_person_id,
                  "arrives_at_item_id": arrives_at_item_id,
                  "leaves_at_item_id": leaves_at_item_id, "note": note}
        with self.store.edit():
            existing = self._find("meeting_id = ? AND membership_id = ?",
                                  [meeting_id, membership_id])
            if existing:
                self._update(existing[0].id, values)
                return self.get(existing[0].id)
            new = self._insert({"meeting_id": meeting_id, "membership_id": membership_id,
                                **values})
        return self.get(new)

    def add_guest(self, meeting_id: str, name: str, organization: str = "",
                  note: str = "") -> Attendance:
        if not name.strip():
            raise RuleViolation("Bitte den Namen des Gastes angeben.")
        with self.store.edit():
            self.store.meetings.get(meeting_id)
            new = self._insert({"meeting_id": meeting_id, "status": AttendanceStatus.PRESENT,
                                "guest_name": name.strip(), "guest_organization": organization,
                                "note": note})
        return self.get(new)

    def _check_items(self, meeting_id: str, arrives: str | None, leaves: str | None) -> None:
        positions = {i.id: i.position for i in self.store.agenda.list(meeting_id)}
        for item in (arrives, leaves):
            if item and item not in positions:
                raise RuleViolation("Dieser TOP gehört nicht zu dieser Sitzung.")
        if arrives and leaves and positions[leaves] <= positions[arrives]:
            raise RuleViolation("Wer geht, muss vorher gekommen sein: Abgang nach dem Eintreffen.")


class Agenda(Repository[AgendaItem]):
    table = "agenda_items"
    model = AgendaItem
    order_by = "position"
    noun = "Tagesordnungspunkt"

    def list(self, meeting_id: str) -> list[AgendaItem]:
        return self._find("meeting_id = ?", [meeting_id])

    def add(self, meeting_id: str, title: str, kind: AgendaKind = AgendaKind.INFORMATION, *,
            presenter: str = "", duration_minutes: int = 0, public: bool = True,
            papers: str = "", notes: str = "", recommendation_id: str | None = None,
            position: int | None = None) -> AgendaItem:
        """A new item at the end of the agenda (or at ``position``, the rest moving down)."""
        self._check_fields(title, duration_minutes)
        with self.store.edit():
            self.store.meetings.get(meeting_id)
            last = self.count("meeting_id = ?", [meeting_id])
            item = AgendaItem(new_id(), meeting_id, last + 1, title.strip(), kind, presenter,
                              duration_minutes, public, papers, notes, False, recommendation_id)
            self._insert_record(item)
            if position is not None:
                self._reorder(meeting_id, item.id, position)
        return self.get(item.id)

    @staticmethod
    def _check_fields(title: str, duration: int) -> None:
        if not title.strip():
            raise RuleViolation("Der Tagesordnungspunkt braucht einen Titel.")
        if duration < 0:
            raise RuleViolation("Die Dauer kann nicht negativ sein.")

    def _check_update(self, current: AgendaItem, changes: dict[str, Any]) -> None:
        if "position" in changes or "meeting_id" in changes:
            raise RuleViolation("Tagesordnungspunkte werden mit „Verschieben“ umgeordnet.")
        self._check_fields(changes.get("title", current.title),
                           changes.get("duration_minutes", current.duration_minutes))

    def move(self, item_id: str, position: int) -> builtins.list[AgendaItem]:
        """Put an item at ``position`` (1-based); the numbers of the others follow."""
        with self.store.edit():
            item = self.get(item_id)
            self._reorder(item.meeting_id, item_id, position)
        return self.list(item.meeting_id)

    def _reorder(self, meeting_id: str, item_id: str, position: int) -> None:
        ids = [i.id for i in self.list(meeting_id) if i.id != item_id]
        position = max(1, min(position, len(ids) + 1))
        ids.insert(position - 1, item_id)
        self._renumber(meeting_id, ids)

    def _renumber(self, meeting_id: str, ids: builtins.list[str]) -> None:
        current = {i.id: i.position for i in self.list(meeting_id)}
        for number, item_id in enumerate(ids, start=1):
            if current[item_id] != number:
                self._update(item_id, {"position": number})

    def delete(self, record_id: str) -> None:
        with self.store.edit():
            item = self.get(record_id)
            if self.store.decisions.count("agenda_item_id = ?", [record_id]):
                raise RuleViolation(
                    f"TOP {item.position} hat Beschlüsse; bitte zuerst diese entfernen.")
            for column in ("arrives_at_item_id", "leaves_at_item_id"):
                self.store.update_rows("attendance", f"{column} = ?", [record_id],
                                       {column: None})
            self._tombstone("id = ?", [record_id])
            self._renumber(item.meeting_id, [i.id for i in self.list(item.meeting_id)])

    def add_standard(self, meeting_id: str) -> int:
        """Add the standard items the agenda lacks: the opening ones at the top in their
        order, "Verschiedenes" at the end."""
        rank = {title: n for n, (title, _kind, _minutes) in enumerate(STANDARD_ITEMS)}
        added = 0
        with self.store.edit():
            for n, (title, kind, minutes) in enumerate(STANDARD_ITEMS):
                items = self.list(meeting_id)
                if any(i.title == title for i in items):
                    continue
                if title == CLOSING:
                    position = len(items) + 1
                else:
                    position = 1 + max((i.position for i in items
                                        if rank.get(i.title, len(rank)) < n), default=0)
                self.add(meeting_id, title, kind, duration_minutes=minutes, position=position)
                added += 1
        return added

    def carry_over(self, meeting_id: str) -> CarryOver:
        """Bring in what earlier meetings left open (Offene Punkte übernehmen).

        Deferred items of earlier meetings, tasks due for report-back by the
        meeting's date, and recommendations still awaiting the body's answer.
        """
        store = self.store
        with store.edit():
            meeting = store.meetings.get(meeting_id)
            items = 0
            for row in self.db.query(
                "SELECT a.id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
                "WHERE a.deleted_at IS NULL AND m.deleted_at IS NULL AND a.deferred = 1 "
                "AND m.body_id = ? AND m.date < ? AND NOT EXISTS (SELECT 1 FROM agenda_items c "
                "WHERE c.carried_from_item_id = a.id AND c.deleted_at IS NULL) "
                "ORDER BY m.date, a.position", [meeting.body_id, meeting.date.isoformat()]
            ):
                old = self.get(row["id"])
                new = self.add(meeting_id, old.title, old.kind, presenter=old.presenter,
                               duration_minutes=old.duration_minutes, public=old.public,
                               papers=old.papers, recommendation_id=old.recommendation_id,
                               position=insert_position(self.list(meeting_id)))
                self._update(new.id, {"carried_from_item_id": old.id})
                items += 1
            tasks = [t for t in store.tasks.due_for_report(meeting)
                     if t.report_meeting_id != meeting_id]
            for task in tasks:
                store.tasks._update(task.id, {"report_meeting_id": meeting_id})
            titles = {i.title for i in self.list(meeting_id)}
            if (tasks or store.tasks.due_for_report(meeting)) and OPEN_TASKS not in titles:
                self.add(meeting_id, OPEN_TASKS, AgendaKind.INFORMATION, duration_minutes=15,
                         position=insert_position(self.list(meeting_id)))
            recommendations = 0
            on_agenda = {i.recommendation_id for i in self.list(meeting_id)}
            for rec in store.recommendations.list(meeting.body_id, awaiting_only=True):
                if rec.id not in on_agenda and rec.adopted_on <= meeting.date:
                    store.recommendations.put_on_agenda(
                        rec.id, meeting_id, duration_minutes=15,
                        position=insert_position(self.list(meeting_id)))
                    recommendations += 1
        return CarryOver(items, len(tasks), recommendations)

    def start_times(self, meeting: Meeting) -> dict[str, str]:
        """Planned start of each item from the meeting's start and the durations."""
        return start_times(meeting.start_time, self.list(meeting.id))


class Corrections(Repository[Correction]):
    table = "corrections"
    model = Correction
    order_by = "corrected_on, created_at"
    noun = "Berichtigung"

    def add(self, meeting_id: str, corrected_on: date, reason: str, text: str) -> Correction:
        """A Berichtigung: the only change approved minutes accept."""
        if not reason.strip() or not text.strip():
            raise RuleViolation("Eine Berichtigung braucht einen Grund und einen Text.")
        with self.store.edit():
            meeting = self.store.meetings.get(meeting_id)
            if meeting.state is not MeetingState.APPROVED:
                raise RuleViolation(
                    "Berichtigungen gibt es nur für genehmigte Protokolle; "
                    "ein Entwurf wird direkt geändert.")
            return self._insert_record(Correction(new_id(), meeting_id, corrected_on,
                                                  reason.strip(), text.strip()))

    def list(self, meeting_id: str) -> list[Correction]:
        return self._find("meeting_id = ?", [meeting_id])
