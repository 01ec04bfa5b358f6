"""Every list the program shows uses an index on the large tables (no full scans)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from pinned import TODAY

from sro_desktop.domain.enums import TaskState
from sro_desktop.store import Store

LARGE_TABLES = ("tasks", "decisions", "agenda_items")


@pytest.fixture(scope="module")
def large(tmp_path_factory, large_demo_path):
    """A copy of the large demo (written once per run for the pinned day)."""
    path = tmp_path_factory.mktemp("large") / "large.sro"
    shutil.copyfile(large_demo_path, path)
    with Store.open(path) as store:
        yield store


def test_large_demo_has_the_promised_volume(large):
    counts = {t: large.db[t].count for t in
              ("meetings", "agenda_items", "decisions", "tasks", "recommendations")}
    assert counts["meetings"] >= 600
    assert counts["agenda_items"] >= 12_000
    assert counts["decisions"] >= 6_000
    assert counts["tasks"] >= 20_000
    assert counts["recommendations"] >= 2_000


def _list_calls(store: Store):
    """The list queries the window and the exports use, with realistic arguments."""
    body = store.bodies.resolve("SRT-NW")
    meeting = store.meetings.list(body.id)[-5]
    item = store.agenda.list(meeting.id)[0]
    task = store.tasks.list(body.id, limit=1)[0]
    owner = task.owners[0]
    person = owner.person_id
    milestone = store.milestones.list()[0]
    return {
        "meetings of a body": lambda: store.meetings.list(body.id),
        "meetings page": lambda: store.meetings.list(limit=100, offset=300),
        "agenda": lambda: store.agenda.list(meeting.id),
        "attendance": lambda: store.attendance.list(meeting.id),
        "meeting context": lambda: store.meetings.context(meeting.id),
        "register of a body": lambda: store.decisions.list(body.id),
        "register of a period": lambda: store.decisions.list(
            body.id, date_from=date(2020, 1, 1), date_to=date(2020, 12, 31)),
        "all decisions paged": lambda: store.decisions.list(limit=200, offset=1000),
        "decisions of an item": lambda: store.decisions.for_agenda_item(item.id),
        "decisions of a meeting": lambda: store.decisions.for_meeting(meeting.id),
        "tasks paged": lambda: store.tasks.list(limit=200, offset=5000),
        "tasks of a body": lambda: store.tasks.list(body.id, limit=200),
        "tasks by state": lambda: store.tasks.list(state=TaskState.IN_PROGRESS, limit=200),
        "overdue tasks": lambda: store.tasks.list(overdue_on=TODAY),
        "overdue tasks of a body": lambda: store.tasks.list(body.id, overdue_on=TODAY),
        "tasks of a person": lambda: store.tasks.list(person_id=person),
        "tasks of a side": lambda: store.tasks.list(body.id, side_id=owner.side_id, limit=200),
        "tasks of a milestone": lambda: store.tasks.list(milestone_id=milestone.id),
        "recommendations awaiting": lambda: store.recommendations.list(
            body.id, awaiting_only=True),
        "recommendations paged": lambda: store.recommendations.list(limit=200, offset=100),
    }


def test_list_queries_use_indexes(large):
    statements: list[tuple[str, str, object]] = []
    for name, call in _list_calls(large).items():
        seen: list[tuple[str, object]] = []
        large.db._tracer = lambda sql, params, seen=seen: seen.append((sql, params))
        try:
            call()
        finally:
            large.db._tracer = None
        assert seen, name
        statements += [(name, sql, params) for sql, params in seen]
    full_scans = []
    for name, sql, params in statements:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        plan = [r["detail"] for r in large.db.query(f"EXPLAIN QUERY PLAN {sql}", params)]
        for line in plan:
            for table in LARGE_TABLES:
                if line.startswith(f"SCAN {table}") and "INDEX" not in line:
                    full_scans.append(f"{name}: {line} in {sql}")
    assert not full_scans, "\n".join(full_scans)


@pytest.mark.parametrize("filters", [
    {}, {"active": True}, {"state": TaskState.DONE}, {"overdue_on": TODAY},
    {"side_name": "Verwaltung"}, {"body": "SRT-NW"}])
def test_a_task_page_deep_in_the_list_starts_at_its_cursor(large, filters):
    """The page after the 10,000th task searches the index from that task's due date on
    (keyset paging), instead of stepping over the tasks before it (an offset)."""
    filters = dict(filters)
    if "body" in filters:
        filters["body_id"] = large.bodies.resolve(filters.pop("body")).id
    cursor = large.tasks.list(limit=1, offset=10_000)[0]
    seen: list[tuple[str, object]] = []
    large.db._tracer = lambda sql, params: seen.append((sql, params))
    try:
        large.tasks.list(**filters, limit=200, after=cursor)
    finally:
        large.db._tracer = None
    sql, params = seen[0]
    plan = [r["detail"] for r in large.db.query(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert plan[0].startswith("SEARCH tasks USING INDEX"), plan
    assert "due_date>?" in plan[0], plan
