"""The checksum of approved minutes: read their content, compute it, compare it.

:func:`content_hashes` reads what :func:`~sro_desktop.domain.minutes_hash.minutes_hash`
digests (see there for what belongs in and why) for many meetings at once, one
query per table for all of them, so that opening a file with years of approved
minutes checks them all quickly. Approval stores the digest in the
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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlite_utils import Database

from ..domain.minutes_hash import ADDED, FIELDS, MinutesContent, minutes_hash

MISMATCH = "Das Protokoll wurde nach der Genehmigung verändert (Prüfsumme stimmt nicht)."
MISSING = "Das Protokoll ist genehmigt, hat aber keine Prüfsumme."
NOT_APPROVED = ("Die Sitzung trägt die Prüfsumme einer Genehmigung, ist aber nicht mehr "
                "genehmigt.")


@dataclass(frozen=True)
class AlteredMinutes:
    """Approved minutes whose checksum does not hold; ``problem`` says how (German)."""

    meeting_id: str
    body_short: str
    number: int
    problem: str

    @property
    def title(self) -> str:
        """"7. Sitzung (SG)"."""
        return f"{self.number}. Sitzung" + (f" ({self.body_short})" if self.body_short else "")


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
    ``meeting_changes`` (by meeting id) as in :func:`content_hash`."""
    found = contents(db, stamps)
    for meeting_id, changes in (meeting_changes or {}).items():
        content = found[meeting_id]
        found[meeting_id] = replace(content, meeting={**content.meeting, **changes})
    return {m: minutes_hash(c) for m, c in found.items()}


def contents(db: Database, stamps: Mapping[str, str]) -> dict[str, MinutesContent]:
    """Meeting id -> the content the checksum covers, for every meeting that exists.

    One query per table for all the meetings together (their ids travel as one JSON
    parameter), reading only the columns the checksum and the assignment to meetings
    need; nothing here is bound to a Store, so it runs on any connection, e.g. a second
    one in a background thread."""
    if not stamps:
        return {}
    ids = json.dumps(list(stamps))
    meetings = {r["id"]: r for r in _rows(db, f"SELECT * FROM meetings WHERE id IN {_IDS}",
                                          [ids])}
    parts: dict[str, dict[str, list[dict[str, Any]]]] = {
        m: defaultdict(list) for m in meetings}
    # Every item of the meetings, deleted ones too: a decision or task hangs on its item.
    items = _rows(db, f"SELECT {_columns('agenda_items', 'deleted_at')} FROM agenda_items "
                      f"WHERE meeting_id IN {_IDS}", [ids])
    item_meeting = {r["id"]: r["meeting_id"] for r in items}
    item_ids = json.dumps(list(item_meeting))

    def owners(*meeting_ids: str | None) -> set[str]:
        return {m for m in meeting_ids if m is not None and m in meetings}

    for r in items:
        if r["deleted_at"] is None:
            parts[r["meeting_id"]]["agenda_items"].append(r)
    for r in _rows(db, f"SELECT {_columns('attendance')} FROM attendance "
                       f"WHERE deleted_at IS NULL AND meeting_id IN {_IDS}", [ids]):
        parts[r["meeting_id"]]["attendance"].append(r)
    # A decision belongs to its meeting and to its item's meeting (as the lock sees it).
    decision_meetings: dict[str, set[str]] = {}
    for r in _rows(db, f"SELECT {_columns('decisions')} FROM decisions WHERE deleted_at IS "
                       f"NULL AND (meeting_id IN {_IDS} OR agenda_item_id IN {_IDS})",
                   [ids, item_ids]):
        decision_meetings[r["id"]] = owners(r["meeting_id"],
                                            item_meeting.get(r["agenda_item_id"]))
        for m in decision_meetings[r["id"]]:
            parts[m]["decisions"].append(r)
    decision_ids = json.dumps(list(decision_meetings))
    for table in ("votes", "conflicts", "ballots"):
        for r in _rows(db, f"SELECT {_columns(table)} FROM {table} WHERE deleted_at IS NULL "
                           f"AND decision_id IN {_IDS}", [decision_ids]):
            for m in decision_meetings[r["decision_id"]]:
                parts[m][table].append(r)
    for r in _rows(db, f"SELECT id, created_at, deleted_at, origin_meeting_id, "
                       f"origin_agenda_item_id FROM tasks WHERE origin_meeting_id IN {_IDS} "
                       f"OR origin_agenda_item_id IN {_IDS}", [ids, item_ids]):
        for m in owners(r["origin_meeting_id"], item_meeting.get(r["origin_agenda_item_id"])):
            if _recorded_by(r, stamps[m]):
                parts[m]["tasks"].append(r)
    return {m: MinutesContent(meetings[m], **parts[m]) for m in meetings}


_IDS = "(SELECT value FROM json_each(?))"  # the ids given as one JSON array


def _columns(table: str, *more: str) -> str:
    """What the checksum covers of the table, and the columns that assign its rows."""
    wanted = (*FIELDS[table], *ADDED.get(table, {}), *_LINKS.get(table, ()), *more)
    return ", ".join(dict.fromkeys(wanted))


_LINKS = {"decisions": ("meeting_id", "agenda_item_id")}


def _rows(db: Database, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def _recorded_by(task: Mapping[str, Any], stamp: str) -> bool:
    """Created by the stamp, and not deleted by then."""
    return task["created_at"] <= stamp and (task["deleted_at"] is None
                                            or task["deleted_at"] > stamp)


def altered_minutes(db: Database, meeting_ids: Sequence[str] | None = None
                    ) -> list[AlteredMinutes]:
    """Approved minutes whose content no longer matches their checksum (or that lack
    one), and meetings that carry a checksum but are no longer approved; all
    meetings, or those given."""
    where, params = "m.deleted_at IS NULL AND (m.state = 'approved' OR " \
                    "m.content_hash IS NOT NULL)", []
    if meeting_ids is not None:
        where += f" AND m.id IN ({','.join('?' for _ in meeting_ids)})"
        params = list(meeting_ids)
    rows = list(db.query(
        f"SELECT m.id, m.number, m.state, m.updated_at, m.content_hash, "
        f"coalesce(b.short, '') AS short FROM meetings m "
        f"LEFT JOIN bodies b ON b.id = m.body_id WHERE {where} ORDER BY m.date, m.number",
        params))
    approved = [r for r in rows if r["state"] == "approved" and r["content_hash"]]
    hashes = content_hashes(db, {r["id"]: r["updated_at"] for r in approved})
    found = []
    for r in rows:
        if r["state"] != "approved":
            problem = NOT_APPROVED
        elif not r["content_hash"]:
            problem = MISSING
        elif hashes[r["id"]] != r["content_hash"]:
            problem = MISMATCH
        else:
            continue
        found.append(AlteredMinutes(r["id"], r["short"], r["number"], problem))
    return found


def minutes_intact(db: Database, meeting_id: str) -> bool:
    """True unless :func:`altered_minutes` reports the meeting."""
    return not altered_minutes(db, [meeting_id])
