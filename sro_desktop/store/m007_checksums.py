"""The checksums migration m007 writes for minutes approved before it: a frozen copy.

A migration must do the same on a file in ten years as it does today, so it may
not call application code that later versions change (the live code is
``domain/minutes_hash.py`` and ``store/minutes_hash.py``). This module holds
what m007 needs as of format 7 — the reads of that schema and the checksum of
version 1 — and is never edited; a later change of the checksum is a new
migration with a new version. A test keeps it equal to the live code for
version 1.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from typing import Any

from sqlite_utils import Database

_FIELDS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "id", "body_id", "number", "date", "start_time", "end_time", "place",
        "chair_person_id", "minute_taker_person_id", "cancel_reason",
        "approved_in_meeting_id", "approved_on", "approved_at_item_id",
    ),
    "attendance": (
        "id", "meeting_id", "membership_id", "status", "deputy_person_id", "guest_name",
        "guest_organization", "arrives_at_item_id", "leaves_at_item_id", "note",
    ),
    "agenda_items": (
        "id", "meeting_id", "position", "title", "kind", "presenter", "duration_minutes",
        "public", "papers", "notes", "deferred", "recommendation_id", "carried_from_item_id",
    ),
    "decisions": (
        "id", "body_id", "year", "seq", "number", "decided_on", "title", "wording",
        "meeting_id", "agenda_item_id", "written_procedure", "rule", "procedure", "outcome",
        "result_text",
    ),
    "votes": ("id", "decision_id", "side_id", "yes", "no", "abstain"),
    "conflicts": ("id", "decision_id", "membership_id"),
    "tasks": ("id", "created_at"),
}
_PARTS = ("attendance", "agenda_items", "decisions", "votes", "conflicts", "tasks")


def _digest(meeting: dict[str, Any], parts: dict[str, list[dict[str, Any]]]) -> str:
    """Version 1: canonical JSON (sorted keys, rows by id, no spaces), SHA-256 of UTF-8."""
    data: dict[str, Any] = {"v": 1, "meeting": {f: meeting.get(f) for f in _FIELDS["meeting"]}}
    for part in _PARTS:
        rows = [{f: r.get(f) for f in _FIELDS[part]} for r in parts.get(part, [])]
        data[part] = sorted(rows, key=lambda r: str(r["id"]))
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _hash_one(db: Database, meeting: dict[str, Any]) -> str:
    """The checksum of one meeting's minutes as at its ``updated_at`` (its approval)."""
    mid, stamp = meeting["id"], meeting["updated_at"]
    parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for table in ("agenda_items", "attendance"):
        parts[table] = list(db.query(
            f"SELECT * FROM {table} WHERE deleted_at IS NULL AND meeting_id = ?", [mid]))
    items = "SELECT id FROM agenda_items WHERE meeting_id = ?"
    parts["decisions"] = list(db.query(
        f"SELECT * FROM decisions WHERE deleted_at IS NULL AND "
        f"(meeting_id = ? OR agenda_item_id IN ({items}))", [mid, mid]))
    decision_ids = [d["id"] for d in parts["decisions"]]
    marks = ",".join("?" for _ in decision_ids)
    for table in ("votes", "conflicts"):
        parts[table] = list(db.query(
            f"SELECT * FROM {table} WHERE deleted_at IS NULL AND decision_id IN ({marks})",
            decision_ids)) if decision_ids else []
    parts["tasks"] = [t for t in db.query(
        f"SELECT id, created_at, deleted_at FROM tasks WHERE origin_meeting_id = ? OR "
        f"origin_agenda_item_id IN ({items})", [mid, mid])
        if t["created_at"] <= stamp and (t["deleted_at"] is None or t["deleted_at"] > stamp)]
    return _digest(meeting, parts)


def stamp_approved_minutes(db: Database) -> int:
    """Store the checksum of every approved meeting that has none; the lock trigger of
    approved meetings is lifted for these UPDATEs and put back exactly as it was."""
    meetings = list(db.query("SELECT * FROM meetings WHERE state = 'approved' "
                             "AND content_hash IS NULL"))
    if not meetings:
        return 0
    hashes = [(_hash_one(db, m), m["id"]) for m in meetings]
    trigger = next(iter(db.query(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'meetings_lock_update'")),
        None)
    if trigger is not None:
        db.execute("DROP TRIGGER meetings_lock_update")
    db.conn.executemany("UPDATE meetings SET content_hash = ? WHERE id = ?", hashes)
    if trigger is not None:
        db.execute(trigger["sql"])
    return len(hashes)
