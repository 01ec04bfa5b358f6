"""Meetings with their attendance, agenda and corrections."""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.agenda import (
    CLOSING,
    MINUTES_APPROVAL,
    OPEN_TASKS,
    STANDARD_ITEMS,
    insert_position,
    is_titled,
    standard_title,
)
from ..domain.enums import AgendaKind, AttendanceStatus, MeetingState
from ..domain.errors import RuleViolation
from ..domain.meeting_record import MeetingContext, MinutesRecord
from ..domain.meetings import (
    OPEN_FOR_AGENDA,
    TOOK_PLACE,
    check_approving_item,
    check_circulation,
    check_circulation_fields,
    check_date_change,
    check_objection,
    check_times,
    check_transition,
    default_chair,
    default_minute_taker,
    meeting_title,
    minutes_recipients,
    settle_attendance,
)
from ..domain.minutes_check import Finding, MinutesFacts, check_minutes
from ..domain.model import (
    AgendaItem,
    Attendance,
    Circulation,
    Correction,
    Meeting,
    Objection,
)
from ..domain.quorum import QuorumResult
from ..domain.text_modules import item_result_text, suggestion
from ..domain.words import QT_TRANSLATE_NOOP, say
from .errors import NotFound
from .mapping import from_row, now_utc
from .minutes_hash import content_hash
from .repository import Repository, new_id
from .schema import LOCK_MESSAGE


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
    noun = QT_TRANSLATE_NOOP("store.repository", "Sitzung")

    def add(self, body_id: str, day: date, *, start_time: str = "", end_time: str = "",
            place: str = "", chair_person_id: str | None = None,
            minute_taker_person_id: str | None = None, number: int | None = None) -> Meeting:
        """A planned meeting; its running number follows the body's last one."""
        check_times(start_time, end_time)
        with self.store.edit():
            self.store.bodies.get(body_id)
            if number is None:
                number = self.highest("number", 'body_id = ?', [body_id]) + 1
            elif self.count("body_id = ? AND number = ?", [body_id, number]):
                raise RuleViolation(
                    say("store.meetings", "Die {number}. Sitzung gibt es schon.").format(
                                        number=number))
            return self._insert_record(Meeting(
                new_id(), body_id, number, day, start_time, end_time, place,
                chair_person_id, minute_taker_person_id))

    def default_people(self, body_id: str, day: date) -> dict[str, str | None]:
        """Chair and minute-taker for a new meeting of the body on ``day``: the one
        member holding that role then (Vorsitz, Protokoll), else none."""
        members = self.store.memberships.list(body_id, on=day)
        return {"chair_person_id": default_chair(members, day),
                "minute_taker_person_id": default_minute_taker(members, day)}

    def list(self, body_id: str | None = None, *, limit: int | None = None,
             offset: int = 0, newest_first: bool = False) -> list[Meeting]:
        order = 'date DESC, number DESC' if newest_first else None
        if body_id:
            return self._find(
                'body_id = ?', [body_id], limit=limit, offset=offset,
                              order=order)
        return self._find(limit=limit, offset=offset, order=order)

    def title(self, meeting: Meeting) -> str:
        return meeting_title(meeting, self.store.bodies.get(meeting.body_id))

    def _check_update(self, current: Meeting, changes: dict[str, Any]) -> None:
        if {"state", "approved_in_meeting_id", "approved_on",
                "approved_at_item_id"} & set(changes):
            raise RuleViolation(say("store.meetings", "Den Zustand einer Sitzung ändert nur ein "
                                                      "Schritt im Ablauf."))
        check_times(changes.get("start_time", current.start_time),
                    changes.get("end_time", current.end_time))
        new_day = changes.get("date", current.date)
        if new_day.year != current.date.year:
            check_date_change(current.date, new_day,
                              bool(self.store.decisions.count('meeting_id = ?', [current.id])))

    def update(self, record_id: str, **changes: Any) -> Meeting:
        with self.store.edit():
            meeting = super().update(record_id, **changes)
            if "date" in changes:
                self.store.decisions.follow_meeting_date(record_id, meeting.date)
        return meeting

    def calendar_sequence(self, meeting_id: str) -> int:
        """The revision of the meeting's calendar invitation (iCalendar SEQUENCE), which
        the file raises itself on each change of date, time, place or cancellation
        (migration m016)."""
        row = self.db.execute("SELECT calendar_sequence FROM meetings WHERE id = ?",
                              [meeting_id]).fetchone()
        if row is None:
            raise NotFound(
                say("store.meetings", "Sitzung {meeting_id} gibt es nicht (mehr).").format(
                               meeting_id=meeting_id))
        return int(row[0])

    def set_state(self, meeting_id: str, target: MeetingState, *,
                  approving_meeting_id: str | None = None,
                  approving_item_id: str | None = None, reason: str = "") -> Meeting:
        """One step in the life of the meeting.

        Approval names the approving meeting, and may name its agenda item (TOP);
        the item alone names its meeting as well. Without an item the approving
        meeting's "Genehmigung des Protokolls der letzten Sitzung" is taken, if it
        has exactly one such item.
        """
        target = MeetingState(target)
        with self.store.edit():
            meeting = self.get(meeting_id)
            item = None
            if target is MeetingState.APPROVED and approving_item_id:
                item = self.store.agenda.get(approving_item_id)
                approving_meeting_id = approving_meeting_id or item.meeting_id
            approving = self.get(approving_meeting_id) if approving_meeting_id else None
            check_transition(meeting, target, approving)
            changes: dict[str, Any] = {"state": target}
            if approving is not None:
                changes.update(approved_in_meeting_id=approving.id, approved_on=approving.date)
            if target is MeetingState.APPROVED and approving is not None:
                if item is not None:
                    check_approving_item(approving, item)
                else:
                    item = self.approval_item(approving.id)
                changes["approved_at_item_id"] = item.id if item else None
            if target is MeetingState.INVITED:  # the agenda as invited, to compare with
                self.store.agenda.remember_as_invited(meeting_id)
            if target is MeetingState.CANCELLED:
                changes["cancel_reason"] = reason
            if target is MeetingState.APPROVED:
                self._freeze_results(meeting_id)
                # The checksum of the content as approved, in the same UPDATE: the file
                # refuses any later change of an approved meeting.
                changes["updated_at"] = stamp = now_utc()
                changes["content_hash"] = content_hash(self.db, meeting_id, stamp,
                                                       meeting_changes=changes)
            self._update(meeting_id, changes)
        return self.get(meeting_id)

    def _freeze_results(self, meeting_id: str) -> None:
        """On approval each standard TOP keeps the text its module suggests now, so that a
        text module changed later does not change approved minutes (caller's edit)."""
        record = self.minutes_record(meeting_id)
        for item in record.context.items:
            if not item.result_text.strip():
                text = suggestion(record, item, record.text_modules)
                if text:
                    self.store.agenda.update(item.id, result_text=text)

    def delete(self, record_id: str) -> None:
        """A meeting with decisions stays: they hold numbers of the register."""
        with self.store.edit():
            meeting = self.get(record_id)
            if meeting.state is MeetingState.APPROVED:
                raise RuleViolation(LOCK_MESSAGE)
            if self.store.decisions.count('meeting_id = ?', [record_id]):
                raise RuleViolation(
                    say("store.meetings", "Die {number}. Sitzung hat Beschlüsse im Register und "
                                          "kann nicht gelöscht werden; sagen Sie sie "
                                          "stattdessen ab.").format(number=meeting.number))
            self.store.attendance.delete_for_meeting(record_id)
            self.store.agenda.delete_for_meeting(record_id)
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

    def minutes_record(self, meeting_id: str) -> MinutesRecord:
        """Everything the minutes of the meeting show, read at once."""
        store = self.store
        ctx = self.context(meeting_id)
        meeting = ctx.meeting
        recommendations = {}
        for item in ctx.items:
            if item.recommendation_id and item.recommendation_id not in recommendations:
                recommendations[item.recommendation_id] = store.recommendations.get(
                    item.recommendation_id)
        approved = self.approved_in(meeting_id)
        return MinutesRecord(
            ctx,
            store.decisions.for_meeting(meeting_id),
            store.tasks.recorded_at(meeting_id),
            recommendations,
            approved,
            self.get(meeting.approved_in_meeting_id) if meeting.approved_in_meeting_id
            else None,
            store.agenda.get(meeting.approved_at_item_id) if meeting.approved_at_item_id
            else None,
            store.corrections.list(meeting_id),
            store.tasks.list(meeting.body_id, active=True),
            {p.id: p for p in store.people.list()},
            {o.id: o for o in store.organizations.list()},
            attachments=store.attachments.for_meeting(meeting_id),
            circulations=store.circulations.list(meeting_id),
            objections={m.id: store.objections.list(m.id) for m in approved},
            text_modules=store.text_modules.by_key(meeting.body_id),
            withdrawn=store.agenda.withdrawn(meeting_id),
        )

    # finding a meeting ---------------------------------------------------------------------
    def resolve(self, ref: str) -> Meeting:
        """A meeting by its id, or by body short name and number: "SG 7", "SG-7", "sg7";
        a number alone ("7") when only one body has a meeting with that number."""
        ref = ref.strip()
        if not ref:
            raise NotFound(say("store.meetings", "Bitte eine Sitzung angeben: ihre Id oder "
                                                 "Gremium und Nummer (z. B. „SG 7“)."))
        found = self._find("id = ?", [ref])
        if found:
            return found[0]
        digits = re.search(r"(\d+)\.?$", ref)
        if digits is None:
            raise NotFound(say("store.meetings", "Eine Sitzung „{ref}“ gibt es nicht; bitte die "
                                                 "Id oder Gremium und Nummer angeben (z. B. „SG "
                                                 "7“).").format(ref=ref))
        bodies = {b.short.casefold(): b for b in self.store.bodies.list()}
        candidates: dict[str, Meeting] = {}
        run = digits.group(1)
        for cut in range(len(run)):  # "PG13": PG1 + 3, or PG + 13
            number = int(run[cut:])
            prefix = (ref[:digits.start()] + run[:cut]).rstrip(" -/_").casefold()
            if prefix:
                body = bodies.get(prefix)
                where, params = "body_id = ? AND number = ?", [body.id if body else "", number]
            else:
                where, params = 'number = ?', [number]
            for meeting in self._find(where, params):
                candidates[meeting.id] = meeting
        if len(candidates) == 1:
            return next(iter(candidates.values()))
        if not candidates:
            raise NotFound(say("store.meetings", "Eine Sitzung „{ref}“ gibt es nicht.").format(
                               ref=ref))
        shorts = {b.id: b.short for b in bodies.values()}
        which = ", ".join(f"{shorts.get(m.body_id, '?')} {m.number}"
                          for m in candidates.values())
        raise NotFound(say("store.meetings", "„{ref}“ ist nicht eindeutig: {which}. Bitte das "
                                             "Gremium angeben.").format(ref=ref, which=which))

    # approval ---------------------------------------------------------------------------
    def approval_item(self, meeting_id: str) -> AgendaItem | None:
        """The meeting's TOP "Genehmigung des Protokolls der letzten Sitzung", when it has
        exactly one."""
        found = [i for i in self.store.agenda.list(meeting_id)
                 if is_titled(i.title, MINUTES_APPROVAL)]
        return found[0] if len(found) == 1 else None

    def approving_candidates(self, meeting_id: str) -> builtins.list[Meeting]:
        """Later meetings of the same body that took place: where the minutes can be
        approved, nearest first."""
        meeting = self.get(meeting_id)
        states = sorted(s.value for s in TOOK_PLACE)
        marks = ",".join("?" for _ in states)
        return self._find(f"body_id = ? AND date > ? AND id <> ? AND state IN ({marks})",
                          [meeting.body_id, meeting.date.isoformat(), meeting.id, *states])

    def open_for_agenda(self, body_id: str, today: date) -> builtins.list[Meeting]:
        """The body's meetings from ``today`` on that can still take an agenda item."""
        states = sorted(s.value for s in OPEN_FOR_AGENDA)
        marks = ",".join("?" for _ in states)
        return self._find(f"body_id = ? AND date >= ? AND state IN ({marks})",
                          [body_id, today.isoformat(), *states])

    def approved_in(self, meeting_id: str, item_id: str | None = None) -> builtins.list[Meeting]:
        """The meetings whose minutes this meeting approved (at that TOP, if given):
        "Das Protokoll der 6. Sitzung … wurde genehmigt." in its own minutes."""
        if item_id:
            return self._find("approved_in_meeting_id = ? AND approved_at_item_id = ?",
                              [meeting_id, item_id])
        return self._find('approved_in_meeting_id = ?', [meeting_id])

    # Protokoll prüfen ----------------------------------------------------------------------
    def minutes_facts(self, meeting_id: str) -> MinutesFacts:
        """What :func:`check_minutes` reads about one meeting: its minutes' record (read
        once), its objections, and which TOPs have a result text."""
        record = self.minutes_record(meeting_id)
        ctx = record.context
        objections = self.store.objections.list(meeting_id)
        person_ids = {m.person_id for m in ctx.members} | {
            o.person_id for o in objections if o.person_id}
        names = {i: p.full_name for i, p in record.people.items() if i in person_ids}
        results = {i.id for i in ctx.items
                   if item_result_text(record, i, record.text_modules).strip()}
        return MinutesFacts(ctx.meeting, ctx.body, ctx.sides, ctx.members, ctx.attendance,
                            ctx.items, record.decisions, record.tasks, names, objections,
                            results)

    def check_minutes(self, meeting_id: str) -> builtins.list[Finding]:
        """Protokoll prüfen: the findings for the meeting's minutes (empty: none)."""
        return check_minutes(self.minutes_facts(meeting_id))


class AttendanceList(Repository[Attendance]):
    table = "attendance"
    model = Attendance
    noun = QT_TRANSLATE_NOOP("store.repository", "Anwesenheit")

    def list(self, meeting_id: str) -> list[Attendance]:
        return self._find('meeting_id = ?', [meeting_id])

    def set(self, meeting_id: str, membership_id: str, status: AttendanceStatus, *,
            deputy_person_id: str | None = None, arrives_at_item_id: str | None = None,
            leaves_at_item_id: str | None = None, note: str = "",
            handover_at_item_id: str | None = None) -> Attendance:
        """Record how a member attends; "vertreten" takes the member's deputy by default.
        ``handover_at_item_id``: from that TOP the member takes the seat over from the
        deputy ("vertreten"), or hands it over to the deputy ("anwesend")."""
        status = AttendanceStatus(status)
        meeting = self.store.meetings.get(meeting_id)
        member = self.store.memberships.get(membership_id)
        deputy_person_id, arrives_at_item_id, leaves_at_item_id, handover = settle_attendance(
            meeting, member, status,
            member_name=self.store.people.get(member.person_id).full_name,
            deputy_person_id=deputy_person_id, arrives_at_item_id=arrives_at_item_id,
            leaves_at_item_id=leaves_at_item_id, handover_at_item_id=handover_at_item_id,
            positions={i.id: i.position for i in self.store.agenda.list(meeting_id)})
        values = {"status": status, "deputy_person_id": deputy_person_id,
                  "arrives_at_item_id": arrives_at_item_id,
                  "leaves_at_item_id": leaves_at_item_id, "note": note,
                  "handover_at_item_id": handover}
        with self.store.edit():
            existing = self._find("meeting_id = ? AND membership_id = ?",
                                  [meeting_id, membership_id])
            if existing:
                self._update(existing[0].id, values)
                record_id = existing[0].id
            else:
                record_id = self._insert({"meeting_id": meeting_id,
                                          "membership_id": membership_id, **values})
            self.store.decisions.follow_attendance(meeting_id)
        return self.get(record_id)

    def mark_all_present(self, meeting_id: str) -> int:
        """Alle anwesend: every member of the body on the meeting's day whose attendance is
        not yet recorded is present; what is recorded (entschuldigt, vertreten, …) stays.
        Gives how many were marked."""
        with self.store.edit():
            meeting = self.store.meetings.get(meeting_id)
            recorded = {a.membership_id for a in self.list(meeting_id) if a.membership_id}
            marked = 0
            for member in self.store.memberships.list(meeting.body_id, on=meeting.date):
                if member.id not in recorded:
                    self.set(meeting_id, member.id, AttendanceStatus.PRESENT)
                    marked += 1
        return marked

    def forget_item(self, item_id: str) -> None:
        """A TOP goes: arrivals and departures at it are no longer known (caller's edit)."""
        with self.store.edit():
            for column in ("arrives_at_item_id", "leaves_at_item_id", "handover_at_item_id"):
                self._update_where(f"{column} = ?", [item_id], {column: None})

    def delete_for_meeting(self, meeting_id: str) -> None:
        """Tombstones for the attendance of a meeting that goes (caller's edit)."""
        with self.store.edit():
            self.store.attachments.delete_for_items(
                'meeting_id = ?', [meeting_id])
            self._tombstone('meeting_id = ?', [meeting_id])

    def add_guest(self, meeting_id: str, name: str, organization: str = "",
                  note: str = "") -> Attendance:
        if not name.strip():
            raise RuleViolation(say("store.meetings", "Bitte den Namen des Gastes angeben."))
        with self.store.edit():
            self.store.meetings.get(meeting_id)
            new = self._insert({"meeting_id": meeting_id, "status": AttendanceStatus.PRESENT,
                                "guest_name": name.strip(), "guest_organization": organization,
                                "note": note})
        return self.get(new)


class Agenda(Repository[AgendaItem]):
    table = "agenda_items"
    model = AgendaItem
    order_by = "position"
    noun = QT_TRANSLATE_NOOP("store.repository", "Tagesordnungspunkt")

    def list(self, meeting_id: str) -> list[AgendaItem]:
        return self._find('meeting_id = ?', [meeting_id])

    def titled(self, meeting_id: str, title: str) -> builtins.list[AgendaItem]:
        return self._find("meeting_id = ? AND title = ?", [meeting_id, title])

    def for_recommendation(self, rec_id: str) -> builtins.list[AgendaItem]:
        """The items that deal with a recommendation, in the order of their meetings."""
        return self._find(
            'recommendation_id = ?', [rec_id],
            order="(SELECT date FROM meetings m WHERE m.id = meeting_id), position")

    def remember_as_invited(self, meeting_id: str) -> None:
        """Each TOP keeps the number it has in the invitation (caller's edit)."""
        for item in self.list(meeting_id):
            if item.invited_position != item.position:
                self._update(item.id, {"invited_position": item.position})

    def withdrawn(self, meeting_id: str) -> builtins.list[AgendaItem]:
        """The TOPs of the invitation that were removed since, in their invited order."""
        rows = self.db.query(f"SELECT * FROM {self.table} WHERE meeting_id = ? AND "
                             "deleted_at IS NOT NULL AND invited_position IS NOT NULL "
                             "ORDER BY invited_position", [meeting_id])
        return [from_row(AgendaItem, r) for r in rows]

    def delete_for_meeting(self, meeting_id: str) -> None:
        """Tombstones for the agenda of a meeting that goes (caller's edit)."""
        with self.store.edit():
            self.store.attachments.delete_for_items(
                'meeting_id = ?', [meeting_id])
            self._tombstone('meeting_id = ?', [meeting_id])

    def add(self, meeting_id: str, title: str, kind: AgendaKind = AgendaKind.INFORMATION, *,
            presenter: str = "", duration_minutes: int = 0, public: bool = True,
            papers: str = "", notes: str = "", recommendation_id: str | None = None,
            position: int | None = None) -> AgendaItem:
        """A new item at the end of the agenda (or at ``position``, the rest moving down)."""
        self._check_fields(title, duration_minutes)
        with self.store.edit():
            self.store.meetings.get(meeting_id)
            last = self.count('meeting_id = ?', [meeting_id])
            item = AgendaItem(new_id(), meeting_id, last + 1, title.strip(), kind, presenter,
                              duration_minutes, public, papers, notes, False, recommendation_id)
            self._insert_record(item)
            if position is not None:
                self._reorder(meeting_id, item.id, position)
        return self.get(item.id)

    @staticmethod
    def _check_fields(title: str, duration: int) -> None:
        if not title.strip():
            raise RuleViolation(say("store.meetings", "Der Tagesordnungspunkt braucht einen "
                                                      "Titel."))
        if duration < 0:
            raise RuleViolation(say("store.meetings", "Die Dauer kann nicht negativ sein."))

    def _check_update(self, current: AgendaItem, changes: dict[str, Any]) -> None:
        if "position" in changes or "meeting_id" in changes:
            raise RuleViolation(say("store.meetings", "Tagesordnungspunkte werden mit "
                                                      "„Verschieben“ umgeordnet."))
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
            if self.store.decisions.count('agenda_item_id = ?', [record_id]):
                raise RuleViolation(
                    say("store.meetings", "TOP {position} hat Beschlüsse; bitte zuerst diese "
                                          "entfernen.").format(position=item.position))
            approved = self.store.meetings.approved_in(item.meeting_id, record_id)
            if approved:
                raise RuleViolation(
                    say("store.meetings", "Unter TOP {position} wurde das Protokoll der "
                                          "{number}. Sitzung genehmigt; der TOP bleibt.").format(
                        position=item.position, number=approved[0].number))
            self.store.attendance.forget_item(record_id)
            self.store.attachments.delete_for_items("id = ?", [record_id])
            self._tombstone("id = ?", [record_id])
            self._renumber(item.meeting_id, [i.id for i in self.list(item.meeting_id)])

    def add_standard(self, meeting_id: str) -> int:
        """Add the standard items the agenda lacks: the opening ones at the top in their
        order, "Verschiedenes" at the end."""
        def rank(item: AgendaItem) -> int:
            return next((n for n, (title, _k, _m) in enumerate(STANDARD_ITEMS)
                         if is_titled(item.title, title)), len(STANDARD_ITEMS))

        added = 0
        with self.store.edit():
            for n, (title, kind, minutes) in enumerate(STANDARD_ITEMS):
                items = self.list(meeting_id)
                if any(is_titled(i.title, title) for i in items):
                    continue
                if title == CLOSING:
                    position = len(items) + 1
                else:
                    position = 1 + max((i.position for i in items if rank(i) < n), default=0)
                self.add(meeting_id, standard_title(title), kind, duration_minutes=minutes,
                         position=position)
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
                store.tasks.set_report_meeting(task.id, meeting_id)
            listed = any(is_titled(i.title, OPEN_TASKS) for i in self.list(meeting_id))
            if (tasks or store.tasks.due_for_report(meeting)) and not listed:
                self.add(meeting_id, standard_title(OPEN_TASKS), AgendaKind.INFORMATION,
                         duration_minutes=15,
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


class Corrections(Repository[Correction]):
    table = "corrections"
    model = Correction
    order_by = "corrected_on, created_at"
    noun = QT_TRANSLATE_NOOP("store.repository", "Berichtigung")

    def add(self, meeting_id: str, corrected_on: date, reason: str, text: str) -> Correction:
        """A Berichtigung: the only change approved minutes accept."""
        if not reason.strip() or not text.strip():
            raise RuleViolation(say("store.meetings", "Eine Berichtigung braucht einen Grund "
                                                      "und einen Text."))
        with self.store.edit():
            meeting = self.store.meetings.get(meeting_id)
            if meeting.state is not MeetingState.APPROVED:
                raise RuleViolation(
                    say("store.meetings", "Berichtigungen gibt es nur für genehmigte "
                                          "Protokolle; ein Entwurf wird direkt geändert."))
            return self._insert_record(Correction(new_id(), meeting_id, corrected_on,
                                                  reason.strip(), text.strip()))

    def list(self, meeting_id: str) -> list[Correction]:
        return self._find('meeting_id = ?', [meeting_id])


class Circulations(Repository[Circulation]):
    """Protokollversand: when the minutes went out, and to whom."""

    table = "minutes_circulations"
    model = Circulation
    order_by = "sent_on, created_at"
    noun = QT_TRANSLATE_NOOP("store.repository", "Protokollversand")

    def list(self, meeting_id: str) -> builtins.list[Circulation]:
        return self._find('meeting_id = ?', [meeting_id])

    def send(self, meeting_id: str, sent_on: date, recipients: str,
             note: str = "") -> Circulation:
        """"Protokoll versenden": record the circulation, and a draft is "versandt" now
        (one edit). Minutes already sent may be sent again; that is recorded too."""
        with self.store.edit():
            meeting = self.store.meetings.get(meeting_id)
            check_circulation(meeting, sent_on, recipients)
            circulation = self._insert_record(Circulation(
                new_id(), meeting_id, sent_on, recipients.strip(), note.strip()))
            if meeting.state is MeetingState.DRAFT:
                self.store.meetings.set_state(meeting_id, MeetingState.SENT)
        return circulation

    def default_recipients(self, meeting_id: str) -> str:
        """The members present (or represented) and excused, by name, comma separated."""
        ctx = self.store.meetings.context(meeting_id)
        names = {p.id: p.full_name for p in self.store.people.list()}
        return ", ".join(names[m.person_id]
                         for m in minutes_recipients(ctx.members, ctx.attendance)
                         if m.person_id in names)

    def _check_update(self, current: Circulation, changes: dict[str, Any]) -> None:
        if "meeting_id" in changes:
            raise RuleViolation(say("store.meetings", "Ein Versand bleibt bei seiner Sitzung."))
        meeting = self.store.meetings.get(current.meeting_id)
        check_circulation_fields(meeting, changes.get("sent_on", current.sent_on),
                                 changes.get("recipients", current.recipients))


class Objections(Repository[Objection]):
    """Einwendungen of members against draft or circulated minutes."""

    table = "objections"
    model = Objection
    order_by = "received_on, created_at"
    noun = QT_TRANSLATE_NOOP("store.repository", "Einwendung")

    def list(self, meeting_id: str) -> builtins.list[Objection]:
        return self._find('meeting_id = ?', [meeting_id])

    def add(self, meeting_id: str, received_on: date, text: str, *,
            person_id: str | None = None, raised_by: str = "",
            resolution: str = "") -> Objection:
        """An objection by a person of the file (``person_id``) or someone named
        (``raised_by``); not against approved minutes."""
        with self.store.edit():
            meeting = self.store.meetings.get(meeting_id)
            if person_id:
                self.store.people.get(person_id)
            check_objection(meeting, received_on, text, person_id, raised_by)
            return self._insert_record(Objection(
                new_id(), meeting_id, received_on, text.strip(), person_id or None,
                raised_by.strip(), resolution.strip()))

    def update(self, record_id: str, **changes: Any) -> Objection:
        """Change an objection (its resolution, once dealt with); texts are trimmed."""
        for key in ("text", "raised_by", "resolution"):
            if isinstance(changes.get(key), str):
                changes[key] = changes[key].strip()
        if "person_id" in changes:
            changes["person_id"] = changes["person_id"] or None
        return super().update(record_id, **changes)

    def _check_update(self, current: Objection, changes: dict[str, Any]) -> None:
        if "meeting_id" in changes:
            raise RuleViolation(say("store.meetings", "Eine Einwendung bleibt bei ihrer Sitzung."))
        merged = Objection(**{**current.__dict__, **changes})
        if merged.person_id:
            self.store.people.get(merged.person_id)
        check_objection(self.store.meetings.get(current.meeting_id), merged.received_on,
                        merged.text, merged.person_id, merged.raised_by)

    def delete(self, record_id: str) -> None:
        with self.store.edit():
            objection = self.get(record_id)
            meeting = self.store.meetings.get(objection.meeting_id)
            if meeting.state is MeetingState.APPROVED:
                raise RuleViolation(say("store.meetings", "Das Protokoll ist genehmigt; seine "
                                                          "Einwendungen bleiben, wie sie sind."))
            self._tombstone("id = ?", [record_id])
