"""The work that follows from meetings: tasks, recommendations and milestones."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import clock
from ..domain.agenda import before_closing
from ..domain.enums import AgendaKind, RecommendationState, TaskState
from ..domain.errors import RuleViolation
from ..domain.milestones import check_milestone, progress_of_states
from ..domain.model import AgendaItem, Meeting, Milestone, Recommendation, Task, TaskOwner
from ..domain.numbering import next_seq, recommendation_number
from ..domain.recommendations import AWAITING, check_recommendation, state_on_agenda
from ..domain.tasks import ACTIVE_STATES, check_task, with_state
from ..domain.words import QT_TRANSLATE_NOOP, say
from .mapping import stored_date, to_row
from .repository import Repository, new_id

_IDS_PER_QUERY = 10_000  # SQLite takes at most 32,766 parameters in a statement


@dataclass(frozen=True)
class Workload:
    """(label, open, overdue) rows, largest first."""

    by_side: list[tuple[str, int, int]]
    by_organization: list[tuple[str, int, int]]


class Tasks(Repository[Task]):
    table = "tasks"
    model = Task
    order_by = "due_date, rowid"  # rowid: a stable order across pages
    # The same order for the few tasks of one decision, TOP or milestone: "+" keeps
    # SQLite from walking the due-date index through every task to find them (it looks
    # them up by their own index and sorts the handful).
    few_order = "+due_date, rowid"
    noun = QT_TRANSLATE_NOOP("store.repository", "Aufgabe")

    def _find(self, where: str = "1", params: Sequence[Any] = (), **kw: Any) -> builtins.list[Task]:
        """Tasks with their owners: two queries (a long list pages through here)."""
        tasks = super()._find(where, params, **kw)
        by_id = {t.id: t for t in tasks}
        ids = builtins.list(by_id)
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start:start + _IDS_PER_QUERY]
            for task_id, *owner in self.db.execute(
                f"SELECT task_id, person_id, organization_id, side_id FROM task_owners "
                f"WHERE deleted_at IS NULL AND task_id IN ({','.join('?' * len(chunk))}) "
                f"ORDER BY rowid", chunk
            ).fetchall():
                by_id[task_id].owners.append(TaskOwner(*owner))
        return tasks

    def list(self, body_id: str | None = None, *, state: TaskState | None = None,
             overdue_on: date | None = None, person_id: str | None = None,
             organization_id: str | None = None, side_id: str | None = None,
             milestone_id: str | None = None, active: bool = False,
             side_name: str | None = None, owner_organization_id: str | None = None,
             limit: int | None = None, offset: int = 0,
             after: Task | None = None) -> list[Task]:
        """Tasks by due date, filtered; ``overdue_on`` keeps those overdue on that day,
        ``active`` those open or in progress, ``side_name`` those with an owner on a
        side of that name (in any body: "Verwaltung"), ``owner_organization_id`` those
        owned by the organisation or one of its people (as :meth:`workload` counts).

        ``after``: only the tasks that come after this one in the list's order (the
        last task of the page before): a page costs the same at the end of the list as
        at its start, where an ``offset`` would step over every task before it."""
        where, params = self._filters(
            body_id, state=state, overdue_on=overdue_on, person_id=person_id,
            organization_id=organization_id, side_id=side_id, milestone_id=milestone_id,
            active=active, side_name=side_name, owner_organization_id=owner_organization_id)
        if after is not None:
            # The order is (due_date, rowid), no due date first; the row value walks
            # the due-date index from the cursor on.
            rowid = "(SELECT rowid FROM tasks WHERE id = ?)"
            if after.due_date is None:
                where += f" AND (due_date IS NOT NULL OR rowid > {rowid})"
                params.append(after.id)
            else:
                where += f" AND (due_date, rowid) > (?, {rowid})"
                params.extend([after.due_date.isoformat(), after.id])
        return self._find(where, params, limit=limit, offset=offset,
                          order=self.few_order if milestone_id else None)

    @staticmethod
    def _filters(body_id: str | None = None, *, state: TaskState | None = None,
                 overdue_on: date | None = None, person_id: str | None = None,
                 organization_id: str | None = None, side_id: str | None = None,
                 milestone_id: str | None = None, active: bool = False,
                 side_name: str | None = None,
                 owner_organization_id: str | None = None) -> tuple[str, builtins.list[Any]]:
        """The WHERE clause (and its parameters) of :meth:`list`'s filters."""
        where: builtins.list[str] = ["1"]
        params: builtins.list[Any] = []
        active_states = sorted(s.value for s in ACTIVE_STATES)
        active_marks = ",".join("?" for _ in active_states)

        def add(clause: str, *values: Any) -> None:
            where.append(clause)
            params.extend(values)

        if body_id:
            add('body_id = ?', body_id)
        if state:
            add('state = ?', state.value)
        if active:
            add(f"state IN ({active_marks})", *active_states)
        if overdue_on:
            add(f"state IN ({active_marks}) AND due_date < ?",
                *active_states, overdue_on.isoformat())
        for column, value in (("person_id", person_id), ("organization_id", organization_id),
                              ("side_id", side_id)):
            if value:
                add(f"id IN (SELECT task_id FROM task_owners WHERE {column} = ? "
                    f"AND deleted_at IS NULL)", value)
        if side_name:
            # EXISTS lets a page walk the due-date index and stop early.
            add("EXISTS (SELECT 1 FROM task_owners o JOIN sides s ON s.id = o.side_id "
                "WHERE o.task_id = tasks.id AND s.name = ? AND o.deleted_at IS NULL "
                "AND s.deleted_at IS NULL)", side_name)
        if owner_organization_id:
            add("id IN (SELECT task_id FROM task_owners WHERE deleted_at IS NULL AND "
                "(organization_id = ? OR person_id IN "
                "(SELECT id FROM people WHERE organization_id = ?)))",
                owner_organization_id, owner_organization_id)
        if milestone_id:
            add('milestone_id = ?', milestone_id)
        return " AND ".join(where), params

    def count_matching(self, body_id: str | None = None, **filters: Any) -> int:
        """How many tasks :meth:`list` gives with these filters (without paging)."""
        return self.count(*self._filters(body_id, **filters))

    def count_overdue(self, today: date, body_id: str | None = None) -> int:
        """Open or begun tasks due before ``today``: the number in the navigation."""
        return self.count_matching(body_id, overdue_on=today)

    def rank(self, task_id: str, body_id: str | None = None, **filters: Any) -> int | None:
        """How many tasks :meth:`list` gives before this one by due date (ties aside),
        or None when the filters leave it out: where to look for it in the list."""
        where, params = self._filters(body_id, **filters)
        found = self._rows(f"({where}) AND id = ?", [*params, task_id])
        if not found:
            return None
        due = found[0]["due_date"]
        if due is None:  # no due date sorts first
            return 0
        return self.count(f"({where}) AND (due_date IS NULL OR due_date < ?)", [*params, due])

    def meeting_days(self) -> dict[str, tuple[int, date]]:
        """Number and day of every meeting by its id: what a task list names report-back
        meetings by, in one small query (the meetings whole are read only for a choice)."""
        return {meeting_id: (number, stored_date(day)) for meeting_id, number, day
                in self.db.execute("SELECT id, number, date FROM meetings "
                                   "WHERE deleted_at IS NULL").fetchall()}

    def for_decision(self, decision_id: str) -> builtins.list[Task]:
        return self._find(
            'origin_decision_id = ?', [decision_id], order=self.few_order)

    def for_agenda_item(self, item_id: str) -> builtins.list[Task]:
        return self._find(
            'origin_agenda_item_id = ?', [item_id], order=self.few_order)

    def recorded_at(self, meeting_id: str) -> builtins.list[Task]:
        """The tasks recorded at the meeting (at the meeting or one of its TOPs)."""
        return self._find(
            "origin_meeting_id = ? OR origin_agenda_item_id IN (SELECT id FROM agenda_items "
            "WHERE meeting_id = ? AND deleted_at IS NULL)", [meeting_id, meeting_id],
            order="rowid")

    def set_report_meeting(self, task_id: str, meeting_id: str | None) -> None:
        """The meeting the task is reported on (Wiedervorlage), inside the caller's edit."""
        with self.store.edit():
            self._update(task_id, {"report_meeting_id": meeting_id})

    def due_for_report(self, meeting: Meeting) -> builtins.list[Task]:
        """Active tasks of the body to report on at this meeting (Wiedervorlage):
        those set for it, and those due by its date that no later meeting has taken."""
        active = sorted(s.value for s in ACTIVE_STATES)
        marks = ",".join("?" for _ in active)
        return self._find(
            f"body_id = ? AND state IN ({marks}) AND (report_meeting_id = ? OR "
            f"(due_date <= ? AND (report_meeting_id IS NULL OR report_meeting_id IN "
            f"(SELECT id FROM meetings WHERE date < ?))))",
            [meeting.body_id, *active, meeting.id, meeting.date.isoformat(),
             meeting.date.isoformat()])

    def workload(self, today: date, body_id: str | None = None) -> Workload:
        """Open tasks (and of them overdue) per side and per organisation of their owners.

        A task with two owners counts once for each: a tandem is work on both sides.
        """
        active = sorted(s.value for s in ACTIVE_STATES)
        marks = ",".join("?" for _ in active)
        where = f"t.deleted_at IS NULL AND o.deleted_at IS NULL AND t.state IN ({marks})"
        params: builtins.list[Any] = [*active]
        if body_id:
            where += " AND t.body_id = ?"
            params.append(body_id)

        def grouped(label_sql: str, join: str) -> builtins.list[tuple[str, int, int]]:
            rows = self.db.query(
                f"SELECT {label_sql} AS label, count(DISTINCT t.id) AS open, "
                f"count(DISTINCT CASE WHEN t.due_date < ? THEN t.id END) AS overdue "
                f"FROM tasks t JOIN task_owners o ON o.task_id = t.id {join} "
                f"WHERE {where} GROUP BY label ORDER BY open DESC, label",
                [today.isoformat(), *params])
            return [(r["label"], r["open"], r["overdue"]) for r in rows]

        by_side = grouped("coalesce(s.name, 'ohne Seite')",
                          "LEFT JOIN sides s ON s.id = o.side_id")
        by_org = grouped(
            "coalesce(nullif(org.short, ''), org.name, nullif(porg.short, ''), porg.name, "
            "'ohne Organisation')",
            "LEFT JOIN organizations org ON org.id = o.organization_id "
            "LEFT JOIN people p ON p.id = o.person_id "
            "LEFT JOIN organizations porg ON porg.id = p.organization_id",
        )
        return Workload(by_side, by_org)

    def _owner_side(self, body_id: str, owner: TaskOwner) -> str | None:
        """An owner's side in the body: their seat (a person's, or one of the organisation's).

        A side given by the caller counts only for an owner without a seat in the body.
        """
        column, value = (("person_id", owner.person_id) if owner.person_id
                         else ("organization_id", owner.organization_id))
        rows = list(self.db.query(
            f"SELECT side_id FROM memberships WHERE body_id = ? AND {column} = ? "
            f"AND deleted_at IS NULL ORDER BY valid_from DESC LIMIT 1", [body_id, value]))
        if rows:
            return str(rows[0]["side_id"])
        if owner.side_id and self.store.sides.get(owner.side_id).body_id != body_id:
            raise RuleViolation(say("store.work", "Diese Seite gehört nicht zu dem Gremium der "
                                                  "Aufgabe."))
        return owner.side_id

    def add(self, body_id: str, title: str, *, owners: Sequence[TaskOwner] = (),
            description: str = "", due_date: date | None = None, tandem: bool = False,
            origin_meeting_id: str | None = None, origin_agenda_item_id: str | None = None,
            origin_decision_id: str | None = None,
            origin_recommendation_id: str | None = None,
            report_meeting_id: str | None = None,
            milestone_id: str | None = None) -> Task:
        """A task with its owners; a tandem needs one owner from each parity side."""
        if origin_agenda_item_id and not origin_meeting_id:
            origin_meeting_id = self.store.agenda.get(origin_agenda_item_id).meeting_id
        task = Task(new_id(), body_id, title.strip(), description, origin_meeting_id,
                    origin_agenda_item_id, origin_decision_id, origin_recommendation_id,
                    tandem, due_date, TaskState.OPEN, None, None, report_meeting_id,
                    milestone_id)
        with self.store.edit():
            task.owners = [TaskOwner(o.person_id, o.organization_id, self._owner_side(body_id, o))
                           for o in owners]
            check_task(task, self.store.sides.list(body_id))
            self._insert_record(task)
            self._write_owners(task)
        return self.get(task.id)

    def _write_owners(self, task: Task) -> None:
        self.store.tombstone_rows("task_owners", 'task_id = ?', [task.id])
        for owner in task.owners:
            self.store.insert_row("task_owners", {"task_id": task.id, **to_row(owner)})

    def set_owners(self, task_id: str, owners: Sequence[TaskOwner],
                   tandem: bool | None = None) -> Task:
        with self.store.edit():
            task = self.get(task_id)
            task.owners = [TaskOwner(o.person_id, o.organization_id,
                                     self._owner_side(task.body_id, o)) for o in owners]
            if tandem is not None:
                task.tandem = tandem
            check_task(task, self.store.sides.list(task.body_id))
            self._update(task_id, {"tandem": task.tandem})
            self._write_owners(task)
        return self.get(task_id)

    def _check_update(self, current: Task, changes: dict[str, Any]) -> None:
        if {"state", "started_on", "done_on"} & set(changes):
            raise RuleViolation(say("store.work", "Den Stand einer Aufgabe ändert „Status "
                                                  "setzen“."))
        merged = Task(**{**current.__dict__, **changes})
        check_task(merged, self.store.sides.list(current.body_id))

    def set_state(self, task_id: str, state: TaskState, today: date | None = None) -> Task:
        """New state with its dates: begun when first in progress, finished when done."""
        state = TaskState(state)
        with self.store.edit():
            task = with_state(self.get(task_id), state, today or clock.today())
            self._update(task_id, {"state": task.state, "started_on": task.started_on,
                                   "done_on": task.done_on})
        return self.get(task_id)

    def unlink_milestone(self, milestone_id: str) -> int:
        """The tasks linked to the milestone lose the link (the milestone goes); how many."""
        with self.store.edit():
            return self._update_where('milestone_id = ?', [milestone_id],
                                      {"milestone_id": None})

    def delete(self, record_id: str) -> None:
        with self.store.edit():
            self.get(record_id)
            self.store.tombstone_rows("task_owners", 'task_id = ?', [record_id])
            self._tombstone("id = ?", [record_id])


class Recommendations(Repository[Recommendation]):
    table = "recommendations"
    model = Recommendation
    order_by = "adopted_on, seq"
    noun = QT_TRANSLATE_NOOP("store.repository", "Empfehlung")

    def add(self, advisory_body_id: str, addressed_body_id: str, title: str,
            adopted_on: date, *, text: str = "", advisory_meeting_id: str | None = None,
            response_due: date | None = None) -> Recommendation:
        """A recommendation the advisory board adopted; it is numbered per board and year."""
        with self.store.edit():
            board = self.store.bodies.get(advisory_body_id)
            self.store.bodies.get(addressed_body_id)
            seq = next_seq([self.highest("seq", "advisory_body_id = ? AND year = ?",
                                         [board.id, adopted_on.year])])
            rec = Recommendation(new_id(), board.id, addressed_body_id,
                                 recommendation_number(board.short, adopted_on.year, seq),
                                 title.strip(), adopted_on, text, advisory_meeting_id,
                                 response_due=response_due)
            check_recommendation(rec)
            self._insert({**to_row(rec), "year": adopted_on.year, "seq": seq})
        return rec

    def answered_by(self, decision_id: str) -> builtins.list[Recommendation]:
        """The recommendations whose answer names this decision."""
        return self._find('response_decision_id = ?', [decision_id])

    def delete(self, record_id: str) -> None:
        """Only the board's last recommendation of its year goes (the numbers stay
        gap-free), and only one no agenda and no task refers to."""
        with self.store.edit():
            rec = self.get(record_id)
            row = next(self.db.query(
                "SELECT advisory_body_id, year, seq FROM recommendations WHERE id = ?",
                [record_id]))
            if row["seq"] != self.highest("seq", "advisory_body_id = ? AND year = ?",
                                          [row["advisory_body_id"], row["year"]]):
                raise RuleViolation(
                    say("store.work", "Empfehlung {number} kann nicht entfernt werden, sonst "
                                      "entstünde eine Lücke in der Nummerierung der "
                                      "Empfehlungen.").format(number=rec.number))
            if self.store.agenda.for_recommendation(record_id):
                raise RuleViolation(
                    say("store.work", "Empfehlung {number} steht auf einer Tagesordnung; bitte "
                                      "zuerst den TOP entfernen.").format(number=rec.number))
            if self.store.tasks.count(
                'origin_recommendation_id = ?', [record_id]):
                raise RuleViolation(
                    say("store.work", "Aus Empfehlung {number} folgen Aufgaben; bitte zuerst "
                                      "diese entfernen.").format(number=rec.number))
            self._tombstone("id = ?", [record_id])

    def list(self, addressed_body_id: str | None = None, *,
             awaiting_only: bool = False, limit: int | None = None,
             offset: int = 0, newest_first: bool = False) -> list[Recommendation]:
        where, params = self._list_where(addressed_body_id, awaiting_only)
        order = 'adopted_on DESC, seq DESC' if newest_first else None
        return self._find(where, params, limit=limit, offset=offset, order=order)

    @staticmethod
    def _list_where(addressed_body_id: str | None,
                    awaiting_only: bool) -> tuple[str, builtins.list[Any]]:
        where, params = ["1"], []
        if addressed_body_id:
            where.append('addressed_body_id = ?')
            params.append(addressed_body_id)
        if awaiting_only:
            states = sorted(s.value for s in AWAITING)
            where.append(f"state IN ({','.join('?' for _ in states)})")
            params.extend(states)
        return " AND ".join(where), params

    def count_list(self, addressed_body_id: str | None = None, *,
                   awaiting_only: bool = False) -> int:
        """How many recommendations :meth:`list` gives with these filters."""
        return self.count(*self._list_where(addressed_body_id, awaiting_only))

    def count_awaiting(self, addressed_body_id: str | None = None) -> int:
        """How many recommendations still wait for an answer (for the navigation)."""
        return self.count_list(addressed_body_id, awaiting_only=True)

    def agenda_items(self, rec_id: str) -> builtins.list[AgendaItem]:
        """The agenda items that deal with the recommendation, in the order of their meetings."""
        return self.store.agenda.for_recommendation(rec_id)

    def agenda_meetings(self, rec_id: str, today: date) -> builtins.list[Meeting]:
        """Meetings of the addressed body from today on that can still take it on the agenda."""
        rec = self.get(rec_id)
        return self.store.meetings.open_for_agenda(rec.addressed_body_id, today)

    def put_on_agenda(self, rec_id: str, meeting_id: str, **item: Any):
        """An agenda item that deals with the recommendation; it is now "auf Tagesordnung".
        Without a ``position`` it goes before "Verschiedenes" (else at the end)."""
        with self.store.edit():
            rec = self.get(rec_id)
            if item.get("position") is None:
                item["position"] = before_closing(self.store.agenda.list(meeting_id))
            agenda_item = self.store.agenda.add(
                meeting_id, item.pop("title",
                    say("store.work", "Empfehlung {number}: {title}").format(
                                                  number=rec.number, title=rec.title)),
                item.pop("kind", AgendaKind.DECISION), recommendation_id=rec.id, **item)
            if state_on_agenda(rec) is not rec.state:
                self._update(rec_id, {"state": state_on_agenda(rec)})
        return agenda_item

    def answer(self, rec_id: str, state: RecommendationState, response_text: str, *,
               response_decision_id: str | None = None,
               responded_on: date | None = None) -> Recommendation:
        """The addressed body's answer: adopted, partly adopted, rejected or deferred."""
        state = RecommendationState(state)
        with self.store.edit():
            rec = self.get(rec_id)
            rec.state, rec.response_text = state, response_text
            rec.response_decision_id = response_decision_id
            rec.responded_on = responded_on or clock.today()
            check_recommendation(rec)
            self._update(rec_id, {"state": state, "response_text": response_text,
                                  "response_decision_id": response_decision_id,
                                  "responded_on": rec.responded_on})
        return self.get(rec_id)


class Milestones(Repository[Milestone]):
    table = "milestones"
    model = Milestone
    order_by = "target_year, target_quarter, title"
    noun = QT_TRANSLATE_NOOP("store.repository", "Meilenstein")

    def add(self, title: str, target_year: int, target_quarter: int, **fields: Any) -> Milestone:
        check_milestone(title, target_year, target_quarter)
        with self.store.edit():
            return self._insert_record(
                Milestone(new_id(), title.strip(), target_year, target_quarter, **fields))

    def _check_update(self, current: Milestone, changes: dict[str, Any]) -> None:
        check_milestone(changes.get("title", current.title),
                        changes.get("target_year", current.target_year),
                        changes.get("target_quarter", current.target_quarter))

    def list(self) -> list[Milestone]:
        return self._find()

    def delete(self, record_id: str) -> None:
        """A tombstone; the tasks, events and budget lines linked to it stay and lose the
        link, in the same edit."""
        with self.store.edit():
            self.get(record_id)
            self.store.tasks.unlink_milestone(record_id)
            for table in ("learning_events", "budget_lines"):
                self.store.update_rows(table, 'milestone_id = ?', [record_id],
                                       {"milestone_id": None})
            self._tombstone("id = ?", [record_id])

    def progress(self, milestone_id: str) -> tuple[int, int]:
        return self.progress_all().get(milestone_id, (0, 0))

    def progress_all(self) -> dict[str, tuple[int, int]]:
        """Milestone id -> (finished, counted) tasks (domain/milestones.py: progress), from
        one count of the tasks by milestone and state."""
        states: dict[str, dict[TaskState, int]] = {}
        for r in self.db.query(
                "SELECT milestone_id, state, count(*) AS n FROM tasks WHERE deleted_at IS NULL "
                "AND milestone_id IS NOT NULL GROUP BY milestone_id, state"):
            states.setdefault(r["milestone_id"], {})[TaskState(r["state"])] = r["n"]
        return {m: progress_of_states(s) for m, s in states.items()}
