"""The checksum of approved minutes: read their content, compute it, compare it.

:func:`content_hashes` reads what :func:`~sro_desktop.domain.minutes_hash.minutes_hash`
digests (see there for what belongs in and why) for many meetings at once, one
query per table for 25 meetings, so that opening a file with years of approved
minutes checks them all quickly and with little memory. Approval stores the digest in the
same UPDATE that sets the state (``Meetings.set_state``); migration m007
computed it for minutes approved before.

The approval's moment is the meeting's ``updated_at``: approval is the last
change of a meeting (the file refuses any later one), so the content "as
approved" is the content at that stamp. It matters for tasks only, the one
part the file does not lock: a task counts as recorded at the meeting when it
was created by then and not deleted by then.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from sqlite_utils import Database

from ..domain.minutes_hash import (
    ADDED,
    FIELDS,
    VERSION,
    MinutesContent,
    canonical_json,
    digest,
    picked,
)
from ..domain.names import meeting_label
from ..domain.words import QT_TRANSLATE_NOOP, say

# Meetings hashed together: a handful of queries each round, and only their rows in
# memory at once (ten years' all at once add 50 MB to the window's peak, 25 add 7 MB).
CHUNK = 25

# how approved minutes fail their checksum (German, the key a caller compares; ``words``
# of AlteredMinutes gives it in the language in use)
MISMATCH = QT_TRANSLATE_NOOP("store.minutes_hash", "Das Protokoll wurde nach der Genehmigung "
                             "verändert (Prüfsumme stimmt nicht).")
MISSING = QT_TRANSLATE_NOOP("store.minutes_hash",
                            "Das Protokoll ist genehmigt, hat aber keine Prüfsumme.")
NOT_APPROVED = QT_TRANSLATE_NOOP("store.minutes_hash", "Die Sitzung trägt die Prüfsumme einer "
                                 "Genehmigung, ist aber nicht mehr genehmigt.")


GONE = QT_TRANSLATE_NOOP("store.minutes_hash",
                         "Die Sitzung ist genehmigt, fehlt aber in der Datei (gelöscht).")
TOMBSTONED = QT_TRANSLATE_NOOP("store.minutes_hash",
                               "Die Sitzung ist genehmigt, aber als gelöscht markiert.")
STORED_CHANGED = QT_TRANSLATE_NOOP("store.minutes_hash", "Die gespeicherte Prüfsumme wurde "
                                   "verändert; sie weicht von der Liste der Genehmigungen ab.")


@dataclass(frozen=True)
class AlteredMinutes:
    """Approved minutes whose checksum does not hold; ``problem`` says how (German, one of
    the constants above; ``words`` in the language in use)."""

    meeting_id: str
    body_short: str
    number: int
    problem: str
    date: str = ""  # ISO, as the file holds it

    @property
    def title(self) -> str:
        """"7. Sitzung (SG)"."""
        return say("store.minutes_hash", "{number}. Sitzung").format(
            number=self.number) + (f" ({self.body_short})" if self.body_short else "")

    @property
    def words(self) -> str:
        """The problem in the language in use."""
        return say("store.minutes_hash", self.problem)

    @property
    def label(self) -> str:
        """"SG 7 vom 07.07.2026"."""
        return meeting_label(self.body_short, self.number, self.date)


def seal(content_hash: str) -> str:
    """The short form of an approval's checksum printed on the minutes and in the
    register: its first 16 hex digits in groups of four, "3F2A-9C1B-0D4E-7A55"."""
    head = content_hash[:16].upper()
    return "-".join(head[i:i + 4] for i in range(0, len(head), 4))


def seal_digits(text: str) -> str:
    """A seal as typed, compared without case, dashes or spaces."""
    return "".join(c for c in text.upper() if c not in "- \t")


def content_hash(db: Database, meeting_id: str, stamp: str,
                 meeting_changes: Mapping[str, Any] | None = None) -> str:
    """The checksum of one meeting's minutes as they are at ``stamp`` (the approval),
    with ``meeting_changes`` to the meeting's row that are about to be written in the
    same UPDATE (the approving meeting and date)."""
    changes = {meeting_id: meeting_changes} if meeting_changes else None
    return content_hashes(db, {meeting_id: stamp}, changes)[meeting_id]


def content_hashes(db: Database, stamps: Mapping[str, str],
                   meeting_changes: Mapping[str, Mapping[str, Any]] | None = None
                   ) -> dict[str, str]:
    """Meeting id -> checksum of its minutes as at its stamp (ISO UTC, as ``updated_at``);
    ``meeting_changes`` (by meeting id) as in :func:`content_hash`.

    The rows are rendered into the canonical form by SQLite (:func:`_row_json`), so that
    checking years of minutes does no Python work per row; the text is the one
    :func:`~sro_desktop.domain.minutes_hash.canonical` makes of :func:`contents`
    (tests/store/test_minutes_hash.py keeps the two equal)."""
    found: dict[str, str] = {}
    ids = list(stamps)
    for start in range(0, len(ids), CHUNK):
        found.update(_hashes(db, {m: stamps[m] for m in ids[start:start + CHUNK]},
                             meeting_changes or {}))
    return found


def _hashes(db: Database, stamps: Mapping[str, str],
            changes: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    meetings, parts = _gather(db, stamps, lambda table: f"{_row_json(db, table)} AS json")
    found = {}
    for m, meeting in meetings.items():
        content = {"v": canonical_json(VERSION),
                   "meeting": canonical_json(picked("meeting", {**meeting, **changes.get(m, {})}))}
        for part, rows in parts[m].items():
            rows.sort(key=lambda r: str(r["id"]))
            for r in rows:
                if r["json"] is None:
                    r["json"] = canonical_json(picked(part, _rows(
                        db, f"SELECT {_columns(part)} FROM {part} WHERE id = ?", [r["id"]])[0]))
            content[part] = "[" + ",".join(r["json"] for r in rows) + "]"
        for part in _PARTS:
            content.setdefault(part, "[]")
        text = "{" + ",".join(f'"{k}":{v}' for k, v in sorted(content.items())) + "}"
        found[m] = digest(text)
    return found


def contents(db: Database, stamps: Mapping[str, str]) -> dict[str, MinutesContent]:
    """Meeting id -> the content the checksum covers, for every meeting that exists."""
    meetings, parts = _gather(db, stamps, _columns)
    return {m: MinutesContent(meetings[m], **parts[m]) for m in meetings}


def _gather(db: Database, stamps: Mapping[str, str], select: Callable[[str], str]
            ) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, list[dict[str, Any]]]]]:
    """The meetings' rows, and their parts' rows (part -> rows) with the columns ``select``
    names for a table, beside ``id`` and what assigns a row to its meetings.

    One query per table for all the meetings together: for most of the file's meetings
    (opening a file, ``check``) the tables are read whole, which is quicker than looking
    each meeting's rows up; for a few the ids travel as one JSON parameter. Nothing
    here is bound to a Store, so it runs on any connection, e.g. a second one in a
    background thread."""
    if not stamps:
        return {}, {}
    ids = json.dumps(list(stamps))
    meetings = {r["id"]: r for r in _rows(db, f"SELECT * FROM meetings WHERE id IN {_IDS}",
                                          [ids])}
    parts: dict[str, dict[str, list[dict[str, Any]]]] = {
        m: defaultdict(list) for m in meetings}
    whole = 2 * len(meetings) >= db.execute("SELECT count(*) FROM meetings").fetchone()[0]

    def among(*columns: str) -> str:
        """The condition that a row links to one of the meetings (or their items, …);
        none when the tables are read whole (the rows are sorted out below)."""
        return "1" if whole else " OR ".join(f"{c} IN {_IDS}" for c in columns)

    def mine(*meeting_ids: str | None) -> set[str]:
        return {m for m in meeting_ids if m is not None and m in meetings}

    # Every item of the meetings, deleted ones too: a decision or task hangs on its item.
    items = [r for r in _rows(db, f"SELECT id, meeting_id, deleted_at, "
                                  f"{select('agenda_items')} FROM agenda_items "
                                  f"WHERE {among('meeting_id')}", [] if whole else [ids])
             if r["meeting_id"] in meetings]
    item_meeting = {r["id"]: r["meeting_id"] for r in items}
    by_item = [] if whole else [ids, json.dumps(list(item_meeting))]
    for r in items:
        if r.pop("deleted_at") is None:
            parts[r["meeting_id"]]["agenda_items"].append(r)
    for r in _rows(db, f"SELECT id, meeting_id, {select('attendance')} FROM attendance "
                       f"WHERE deleted_at IS NULL AND ({among('meeting_id')})",
                   [] if whole else [ids]):
        if r["meeting_id"] in meetings:
            parts[r["meeting_id"]]["attendance"].append(r)
    # A decision belongs to its meeting and to its item's meeting (as the lock sees it).
    decision_meetings: dict[str, set[str]] = {}
    for r in _rows(db, f"SELECT id, meeting_id, agenda_item_id, {select('decisions')} "
                       f"FROM decisions WHERE deleted_at IS NULL AND "
                       f"({among('meeting_id', 'agenda_item_id')})", by_item):
        owners = mine(r["meeting_id"], item_meeting.get(r["agenda_item_id"]))
        if owners:
            decision_meetings[r["id"]] = owners
        for m in owners:
            parts[m]["decisions"].append(r)
    by_decision = [] if whole else [json.dumps(list(decision_meetings))]
    for table in ("votes", "conflicts", "ballots"):
        for r in _rows(db, f"SELECT id, decision_id, {select(table)} FROM {table} "
                           f"WHERE deleted_at IS NULL AND ({among('decision_id')})",
                       by_decision):
            for m in decision_meetings.get(r["decision_id"], ()):
                parts[m][table].append(r)
    for r in _rows(db, f"SELECT id, created_at, deleted_at AS task_deleted_at, "
                       f"origin_meeting_id, origin_agenda_item_id, {select('tasks')} "
                       f"FROM tasks WHERE {among('origin_meeting_id', 'origin_agenda_item_id')}",
                   by_item):
        for m in mine(r["origin_meeting_id"], item_meeting.get(r["origin_agenda_item_id"])):
            if _recorded_by(r, stamps[m]):
                parts[m]["tasks"].append(r)
    return meetings, parts


_IDS = "(SELECT value FROM json_each(?))"  # the ids given as one JSON array
_PARTS = ("attendance", "agenda_items", "decisions", "votes", "conflicts", "tasks")


def _columns(table: str) -> str:
    """The columns the checksum covers of the table."""
    return ", ".join((*FIELDS[table], *ADDED.get(table, {})))


def _row_json(db: Database, table: str) -> str:
    """SQL rendering a row of the table as the canonical form does: its fields with sorted
    keys and no spaces, the added ones only where they differ from their default (one
    ``json_object`` for each combination of them)."""
    base, added = FIELDS[table], ADDED.get(table, {})
    cases = []
    for count in range(len(added), -1, -1):
        for present in combinations(added, count):
            when = " AND ".join(
                f"{k} IS {'NOT ' if k in present else ''}{_sql_literal(v)}"
                for k, v in added.items())
            keys = sorted((*base, *present))
            row = "json_object(" + ", ".join(f"'{k}', {k}" for k in keys) + ")"
            cases.append(f"WHEN {when} THEN {row}" if when else f"WHEN 1 THEN {row}")
    # SQLite writes floats unlike Python's json (0.3 for 0.30000000000000004): a row with
    # one (never one the program writes) is left to Python (NULL here). A column of text
    # affinity holds no float (SQLite stores it as text), so only the others are asked.
    text = {r[1] for r in db.execute(f"PRAGMA table_info({table})")
            if any(t in r[2].upper() for t in ("CHAR", "CLOB", "TEXT"))}
    odd = " OR ".join(f"typeof({k}) IN ('real', 'blob')"
                      for k in (*base, *added) if k not in text)
    return f"CASE {f'WHEN {odd} THEN NULL ' if odd else ''}{' '.join(cases)} END"


def _sql_literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(int(value))


def _rows(db: Database, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _recorded_by(task: Mapping[str, Any], stamp: str) -> bool:
    """Created by the stamp, and not deleted by then."""
    gone = task["task_deleted_at"]
    return task["created_at"] <= stamp and (gone is None or gone > stamp)


def altered_minutes(db: Database, meeting_ids: Sequence[str] | None = None
                    ) -> list[AlteredMinutes]:
    """Approved minutes whose content no longer matches their checksum (or that lack
    one), meetings that carry a checksum but are no longer approved, and approved
    meetings (by the list of approvals, m014) that are gone or tombstoned; all meetings,
    or those given. The content is compared with the checksum in the list of approvals
    where there is one, so that a recomputed stored checksum does not hide a change."""
    listed = has_approvals(db)
    where, params = "m.deleted_at IS NULL AND (m.state = 'approved' OR " \
                    "m.content_hash IS NOT NULL)", []
    only = ""
    if meeting_ids is not None:
        only = f" IN ({','.join('?' for _ in meeting_ids)})"
        where += f" AND m.id{only}"
        params = list(meeting_ids)
    approval = ('a.content_hash AS approved_hash, a.approved_at AS approved_at'
                if listed else "NULL AS approved_hash, NULL AS approved_at")
    rows = list(db.query(
        f"SELECT m.id, m.number, m.date, m.state, m.updated_at, m.content_hash, {approval}, "
        f"coalesce(b.short, '') AS short FROM meetings m "
        f"LEFT JOIN bodies b ON b.id = m.body_id "
        f"{'LEFT JOIN approvals a ON a.meeting_id = m.id ' if listed else ''}"
        f"WHERE {where} ORDER BY m.date, m.number", params))
    approved = [r for r in rows if r["state"] == "approved" and r["content_hash"]]
    hashes = content_hashes(db, {r["id"]: r["approved_at"] or r["updated_at"]
                                 for r in approved})
    found = []
    for r in rows:
        if r["state"] != "approved":
            problem = NOT_APPROVED
        elif not r["content_hash"]:
            problem = MISSING
        elif hashes[r["id"]] != (r["approved_hash"] or r["content_hash"]):
            problem = MISMATCH
        elif hashes[r["id"]] != r["content_hash"]:
            problem = STORED_CHANGED
        else:
            continue
        found.append(AlteredMinutes(r["id"], r["short"], r["number"], problem, r["date"]))
    if listed:
        for r in db.query(
            f"SELECT a.meeting_id, a.body_short, a.number, a.date, m.id AS present, "
            f"m.deleted_at FROM approvals a LEFT JOIN meetings m ON m.id = a.meeting_id "
            f"WHERE (m.id IS NULL OR m.deleted_at IS NOT NULL OR (m.state <> 'approved' "
            f"AND m.content_hash IS NULL)){f' AND a.meeting_id{only}' if only else ''} "
            f"ORDER BY a.date, a.number", params):
            problem = GONE if r["present"] is None else TOMBSTONED if r["deleted_at"] \
                else NOT_APPROVED
            found.append(AlteredMinutes(r["meeting_id"], r["body_short"], r["number"],
                                        problem, r["date"]))
    return found


def has_approvals(db: Database) -> bool:
    """Whether the file keeps the list of approvals (format 13 on)."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                      "AND name = 'approvals'").fetchone() is not None


def minutes_intact(db: Database, meeting_id: str) -> bool:
    """True unless :func:`altered_minutes` reports the meeting."""
    return not altered_minutes(db, [meeting_id])
