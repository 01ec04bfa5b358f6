"""The task list (Beschlusskontrolle) of a body: open tasks by side and owner, overdue marked.

A task with several owners appears under each of them, so a tandem shows on
both sides; the totals count each task once.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from .. import clock
from ..domain.labels import person_sort_key
from ..domain.model import Meeting, Task, TaskOwner
from ..domain.tasks import is_overdue
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store import Store
from ..store.core import NotFound
from .csv_files import write_csv
from .dates import date_text
from .files import WORD_PDF_OR_CSV, output_suffix
from .minutes import Names
from .render import render_docx, shipped_template
from .text import clean_text

TEMPLATE = "task_list.docx"
# translated where written: say("documents.task_list", …)
NO_SIDE = QT_TRANSLATE_NOOP("documents.task_list", "ohne Seite")
NO_OWNER = QT_TRANSLATE_NOOP("documents.task_list", "ohne Verantwortliche")

CSV_HEADER = (QT_TRANSLATE_NOOP("documents.task_list", "Seite"),
              QT_TRANSLATE_NOOP("documents.task_list", "Verantwortlich"),
              QT_TRANSLATE_NOOP("documents.task_list", "Organisation"),
              QT_TRANSLATE_NOOP("documents.task_list", "Aufgabe"),
              QT_TRANSLATE_NOOP("documents.task_list", "Beschreibung"),
              QT_TRANSLATE_NOOP("documents.task_list", "Herkunft"),
              QT_TRANSLATE_NOOP("documents.task_list", "Beschluss"),
              QT_TRANSLATE_NOOP("documents.task_list", "Fällig"),
              QT_TRANSLATE_NOOP("documents.task_list", "Überfällig"),
              QT_TRANSLATE_NOOP("documents.task_list", "Stand"),
              QT_TRANSLATE_NOOP("documents.task_list", "Tandem"),
              QT_TRANSLATE_NOOP("documents.task_list", "Gemeinsam mit"),
              QT_TRANSLATE_NOOP("documents.task_list", "Wiedervorlage"))


class Origins:
    """Where tasks come from and are reported back: meetings, agenda items and decisions
    by id, read as needed and kept; a record deleted since reads as ""."""

    def __init__(self, store: Store, body_id: str | None = None):
        self.store = store
        self.meetings: dict[str, Meeting] = (
            {m.id: m for m in store.meetings.list(body_id)} if body_id else {})
        self._positions: dict[str, int | None] = {}
        self._decisions: dict[str, str] = {}

    def meeting(self, meeting_id: str | None) -> Meeting | None:
        if not meeting_id:
            return None
        if meeting_id not in self.meetings:
            try:
                self.meetings[meeting_id] = self.store.meetings.get(meeting_id)
            except NotFound:
                return None
        return self.meetings[meeting_id]

    def meeting_label(self, meeting_id: str | None) -> str:
        """ "3. Sitzung am 12.03.2026"."""
        meeting = self.meeting(meeting_id)
        return say("documents.task_list", "{number}. Sitzung am {date}").format(
            number=meeting.number, date=date_text(meeting.date)) if meeting else ""

    def position(self, item_id: str | None) -> int | None:
        if not item_id:
            return None
        if item_id not in self._positions:
            try:
                self._positions[item_id] = self.store.agenda.get(item_id).position
            except NotFound:
                self._positions[item_id] = None
        return self._positions[item_id]

    def decision_number(self, decision_id: str | None) -> str:
        if not decision_id:
            return ""
        if decision_id not in self._decisions:
            try:
                self._decisions[decision_id] = self.store.decisions.get(decision_id).number
            except NotFound:
                self._decisions[decision_id] = ""
        return self._decisions[decision_id]

    def origin(self, task: Task) -> str:
        """ "3. Sitzung am 12.03.2026, TOP 4"."""
        label = self.meeting_label(task.origin_meeting_id)
        position = self.position(task.origin_agenda_item_id)
        if label and position is not None:
            label += say("documents.task_list", ", TOP {number}").format(number=position)
        return label


def task_line(task: Task, names: Names, origins: Origins, today: date) -> dict[str, Any]:
    """One task as the documents show it (without its grouping)."""
    overdue = is_overdue(task, today)
    days = (today - task.due_date).days if overdue and task.due_date else 0
    return {"title": clean_text(task.title), "description": clean_text(task.description),
            "owners": names.owners(task), "tandem": task.tandem,
            "due": date_text(task.due_date), "due_date": task.due_date,
            "overdue": overdue,
            "overdue_days": days,
            "overdue_text": ((say("documents.task_list", "seit 1 Tag überfällig") if days == 1
                              else say("documents.task_list", "seit {days} Tagen überfällig")
                              .format(days=days)) if overdue else ""),
            "state": task.state.label, "origin": origins.origin(task),
            "decision": origins.decision_number(task.origin_decision_id),
            "report": origins.meeting_label(task.report_meeting_id)}


def owner_entry(owner: TaskOwner, names: Names) -> tuple[str, str, str]:
    """(name, organisation, sort key) of one owner."""
    person = names.people.get(owner.person_id or "")
    if person is not None:
        return (names.person(person.id), names.organization(person.organization_id),
                person_sort_key(person))
    name = names.organization(owner.organization_id)
    return name, "", name.casefold()


def task_list_context(store: Store, body_id: str, today: date) -> dict[str, Any]:
    """The body's open and begun tasks by side and owner, for the template and the CSV."""
    body = store.bodies.get(body_id)
    names = Names.read(store)
    origins = Origins(store, body_id)
    sides = store.sides.list(body_id)
    side_names = {s.id: clean_text(s.name) for s in sides}
    side_rank = {s.id: s.position for s in sides}
    tasks = store.tasks.list(body_id, active=True)
    tasks.sort(key=lambda t: (t.due_date is None, t.due_date or today))

    no_owner, no_side = say("documents.task_list", NO_OWNER), say("documents.task_list", NO_SIDE)
    groups: dict[tuple[int, str], dict[str, Any]] = {}
    for task in tasks:
        row = task_line(task, names, origins, today)
        owners = task.owners or [TaskOwner()]
        labels = [owner_entry(o, names) if (o.person_id or o.organization_id)
                  else (no_owner, "", "\uffff") for o in owners]
        for number, (owner, (name, organization, key)) in enumerate(
                zip(owners, labels, strict=True)):
            side_id = owner.side_id or ""
            side_name = side_names.get(side_id, no_side)
            group = groups.setdefault((side_rank.get(side_id, len(side_rank)), side_name),
                                      {"name": side_name, "owners": {}, "tasks": set()})
            group["tasks"].add(task.id)
            # by who it is, not by name: two people may have the same name
            who = owner.person_id or owner.organization_id or ""
            person = group["owners"].setdefault(
                (key, name, who), {"name": name, "organization": organization, "tasks": []})
            others = [n for i, (n, _o, _k) in enumerate(labels)
                      if i != number and n != no_owner]
            line = {**row, "partners": ", ".join(others), "side": side_name,
                    "owner": name, "organization": organization}
            person["tasks"].append(line)

    grouped = []
    for (_rank, _name), group in sorted(groups.items()):
        owners_list = [group["owners"][k] for k in sorted(group["owners"])]
        ids = group["tasks"]
        grouped.append({"name": group["name"], "owners": owners_list, "count": len(ids),
                        "overdue": sum(1 for t in tasks if t.id in ids and is_overdue(t, today))})
    overdue = sum(1 for t in tasks if is_overdue(t, today))
    return {
        "body": {"name": clean_text(body.name), "short": clean_text(body.short),
                 "of_body": clean_text(body.of_body)},
        "today": date_text(today),
        "count": len(tasks),
        "overdue": overdue,
        "summary": _summary(len(tasks), overdue),
        "sides": grouped,
        "lines": [line for side in grouped for owner in side["owners"]
                  for line in owner["tasks"]],
    }


def _summary(count: int, overdue: int) -> str:
    if not count:
        return say("documents.task_list", "Es gibt keine offenen Aufgaben.")
    tasks = (say("documents.task_list", "1 offene Aufgabe") if count == 1
             else say("documents.task_list", "{count} offene Aufgaben").format(count=count))
    return (say("documents.task_list", "{tasks}, davon {overdue} überfällig.").format(
        tasks=tasks, overdue=overdue) if overdue
        else say("documents.task_list", "{tasks}, keine überfällig.").format(tasks=tasks))


def csv_rows(context: dict[str, Any]) -> list[list[Any]]:
    return [[line["side"], line["owner"], line["organization"], line["title"],
             line["description"], line["origin"], line["decision"], line["due_date"],
             line["overdue"], line["state"], line["tandem"], line["partners"], line["report"]]
            for line in context["lines"]]


def export_task_list(store: Store, body_id: str, target: str | Path, *,
                     template: str | Path | None = None, today: date | None = None) -> Path:
    """Write the Beschlusskontrolle: a Word file for ``.docx``, a CSV file for ``.csv``
    (one row per task and owner; the template does not apply)."""
    kind = output_suffix(target, WORD_PDF_OR_CSV)
    context = task_list_context(store, body_id, today or clock.today())
    if kind == ".csv":
        return write_csv(target, [say("documents.task_list", h) for h in CSV_HEADER],
                         csv_rows(context))
    body = store.bodies.get(body_id)
    return render_docx(Path(template) if template else shipped_template(TEMPLATE),
                       context, target,
                       properties={"title": say("documents.task_list",
                                                "Beschlusskontrolle – {body}").format(
                                                    body=body.name),
                                   "author": body.name})

