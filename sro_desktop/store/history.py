"""The history (Verlauf) of decisions, votes, conflicts, tasks, their owners,
recommendations and attendance: read per record, described in German.

Triggers of the file write it (schema m007), whatever program changes a row:
who is the row's ``updated_by`` (the configured name, ``SRO_USER``, else the
operating-system user), when is the moment of the change. The table is
derived, not a user table: undo does not take entries back but adds the
reversal as one more entry, which is what happened.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ..domain.calendar import german_date
from ..domain.history import (
    CHILDREN,
    PARENTS,
    HistoryAction,
    HistoryEntry,
    describe,
    parse_stamp,
)
from ..domain.words import say

if TYPE_CHECKING:
    from .core import Store

CHUNK = 500

# Table -> SQL naming its rows by id (deleted ones too: old entries still name them).
_NAMES = {
    "people": "SELECT id, trim(title || ' ' || first_name) AS a, last_name AS b FROM people",
    "memberships": "SELECT m.id, trim(p.title || ' ' || p.first_name) AS a, p.last_name AS b "
                   "FROM memberships m JOIN people p ON p.id = m.person_id",
    "organizations": "SELECT id, name AS a, '' AS b FROM organizations",
    "sides": "SELECT id, name AS a, '' AS b FROM sides",
    "bodies": "SELECT id, short AS a, '' AS b FROM bodies",
    "meetings": "SELECT id, number AS a, date AS b FROM meetings",
    "agenda_items": "SELECT id, position AS a, title AS b FROM agenda_items",
    "decisions": "SELECT id, number AS a, '' AS b FROM decisions",
    "recommendations": "SELECT id, number AS a, '' AS b FROM recommendations",
    "tasks": "SELECT id, title AS a, '' AS b FROM tasks",
    "milestones": "SELECT id, title AS a, '' AS b FROM milestones",
}


def _name(table: str, a: str, b: str) -> str:
    if table == "meetings":
        try:
            return say("store.history", "{number}. Sitzung am {date}").format(
                       number=a, date=german_date(date.fromisoformat(b)))
        except ValueError:
            return say("store.history", "{number}. Sitzung").format(number=a)
    if table == "agenda_items":
        a = say("store.history", "TOP {position}").format(position=a)
    return " ".join(p for p in (a, b) if p)


def entry_from_row(row: Mapping[str, Any]) -> HistoryEntry:
    changes = {k: (v[0], v[1]) for k, v in json.loads(row["changes"] or "{}").items()}
    return HistoryEntry(row["id"], row["table_name"], row["record_id"],
                        parse_stamp(row["changed_at"]), row["changed_by"],
                        HistoryAction(row["action"]), changes, row["parent_id"])


class History:
    """``store.history``: the entries of a record, and their descriptions."""

    def __init__(self, store: Store):
        self.store = store

    @property
    def db(self) -> Database:
        return self.store.db

    def for_record(self, table: str, record_id: str) -> list[HistoryEntry]:
        """The record's changes, oldest first; a decision's include its votes and
        conflicts, a task's its owners (the tables of ``CHILDREN``)."""
        if table not in PARENTS:
            raise ValueError(say("store.history", "Für {table} wird kein Verlauf geführt.").format(
                                 table=table))
        sql = "SELECT * FROM history WHERE (table_name = ? AND record_id = ?)"
        params: list[Any] = [table, record_id]
        children = CHILDREN.get(table, ())
        if children:
            sql += (f" OR (parent_id = ? AND table_name IN "
                    f"({','.join('?' for _ in children)}))")
            params += [record_id, *children]
        return [entry_from_row(r) for r in self.db.query(sql + ' ORDER BY id', params)]

    def describe(self, entries: Sequence[HistoryEntry]) -> list[str]:
        """One German sentence per entry (see :func:`sro_desktop.domain.history.describe`),
        with names of people, sides, meetings … as the file has them now."""
        rows = self._rows(entries)
        ids = {str(v) for e in entries for c, pair in e.changes.items() if c.endswith("_id")
               for v in pair if v}
        ids |= {str(v) for row in rows.values() for c, v in row.items()
                if c.endswith("_id") and v}
        names = self.names(ids)
        return [describe(e, names, _subject(e.table_name, rows.get((e.table_name,
                                                                      e.record_id), {}), names))
                for e in entries]

    def _rows(self, entries: Iterable[HistoryEntry]) -> dict[tuple[str, str], dict[str, Any]]:
        """The records the entries are about, as they are now, or as the entries knew
        them when undo took a record away entirely."""
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for e in entries:
            known = rows.setdefault((e.table_name, e.record_id), {})
            for column, (old, new) in e.changes.items():
                known[column] = new if e.action is not HistoryAction.DELETE else old
        for table in {t for t, _ in rows}:
            wanted = [r for t, r in rows if t == table]
            for start in range(0, len(wanted), CHUNK):
                part = wanted[start:start + CHUNK]
                for r in self.db.query(f"SELECT * FROM {table} WHERE id IN "
                                       f"({','.join('?' for _ in part)})", part):
                    rows[(table, r["id"])].update(r)
        return rows

    def names(self, ids: Iterable[str]) -> dict[str, str]:
        """Id -> what people call the record, for ids of any table listed in ``_NAMES``."""
        wanted = sorted(set(ids))
        names: dict[str, str] = {}
        for table, sql in _NAMES.items():
            for start in range(0, len(wanted), CHUNK):
                part = [i for i in wanted[start:start + CHUNK] if i not in names]
                if not part:
                    continue
                where = "WHERE m." if table == "memberships" else "WHERE "
                for r in self.db.query(f"{sql} {where}id IN ({','.join('?' for _ in part)})",
                                       part):
                    names[r["id"]] = _name(table, str(r["a"] or ""), str(r["b"] or ""))
        return names


def _subject(table: str, row: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """What names a record in a sentence: a vote's side, a member, a decision's number."""
    if table == "decisions":
        return str(row.get("number") or "")
    if table == "votes":
        return names.get(str(row.get("side_id")), "")
    if table in ("conflicts", "ballots"):
        return names.get(str(row.get("membership_id")), "")
    if table == "task_owners":
        return names.get(str(row.get("person_id")), "") or names.get(
            str(row.get("organization_id")), "")
    if table == "attendance":
        if row.get("membership_id"):
            return names.get(str(row["membership_id"]), "")
        return str(row.get("guest_name") or "")
    return ""
