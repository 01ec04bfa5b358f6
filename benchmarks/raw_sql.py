"""Bare SQL for the baselines, written apart from the store: the tasks the task list's
filters let through, a page or all of them, with their owners."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

PAGE = 200
ACTIVE = ("open", "in_progress")

# a sortable column's header -> ORDER BY of the same rows
SORT_SQL = {"Fällig": "due_date, rowid", "Aufgabe": "title, rowid", "Status": "state, rowid",
            "Gremium": "(SELECT short FROM bodies b WHERE b.id = tasks.body_id), rowid"}


def task_where(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    """The WHERE clause of the filter bar's store arguments (``TasksView.filters()``)."""
    where = ["deleted_at IS NULL"]
    params: list[Any] = []
    for key, value in filters.items():
        if isinstance(value, date):
            value = value.isoformat()
        value = getattr(value, "value", value)  # an enum
        if key == "body_id":
            where.append("body_id = ?")
            params.append(value)
        elif key == "state":
            where.append("state = ?")
            params.append(value)
        elif key == "active":
            if value:
                where.append("state IN (?, ?)")
                params.extend(ACTIVE)
        elif key == "overdue_on":
            where.append("state IN (?, ?) AND due_date < ?")
            params.extend([*ACTIVE, value])
        elif key == "person_id":
            where.append("id IN (SELECT task_id FROM task_owners WHERE person_id = ? "
                         "AND deleted_at IS NULL)")
            params.append(value)
        elif key == "side_name":
            where.append("id IN (SELECT o.task_id FROM task_owners o JOIN sides s "
                         "ON s.id = o.side_id WHERE s.name = ? AND o.deleted_at IS NULL "
                         "AND s.deleted_at IS NULL)")
            params.append(value)
        elif key == "owner_organization_id":
            where.append("id IN (SELECT task_id FROM task_owners WHERE deleted_at IS NULL "
                         "AND (organization_id = ? OR person_id IN "
                         "(SELECT id FROM people WHERE organization_id = ?)))")
            params.extend([value, value])
        elif key == "milestone_id":
            where.append("milestone_id = ?")
            params.append(value)
        else:
            raise ValueError(f"the baseline knows no task filter {key!r}")
    return " AND ".join(where), params


def task_queries(filters: dict[str, Any], limit: int | None = PAGE,
                 order: str = "due_date, rowid") -> list[tuple[str, list[Any]]]:
    """The SELECT of the tasks (every column) and the one of their owners."""
    where, params = task_where(filters)
    sql = f"SELECT * FROM tasks WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    owners = ("SELECT task_id, person_id, organization_id, side_id FROM task_owners "
              f"WHERE deleted_at IS NULL AND task_id IN (SELECT id FROM ({sql}))")
    return [(sql, params), (owners, params)]


def raw_tasks(conn: sqlite3.Connection, filters: dict[str, Any], limit: int | None = PAGE,
              order: str = "due_date, rowid") -> list[tuple[Any, ...]]:
    """The tasks and their owners, as rows."""
    rows: list[tuple[Any, ...]] = []
    for sql, params in task_queries(filters, limit, order):
        rows.extend(conn.execute(sql, params).fetchall())
    return rows
