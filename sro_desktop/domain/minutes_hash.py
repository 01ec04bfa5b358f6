"""The checksum (Prüfsumme) that makes approved minutes tamper-evident.

On approval the store hands the meeting's recorded content to
:func:`minutes_hash` as plain rows (column -> value) and keeps the SHA-256 in
``meetings.content_hash``; ``sro-desktop check`` and the window compute it
again and report a meeting whose content no longer matches.

What goes in — and what deliberately does not:

* **The meeting's own row** (:data:`FIELDS` ``["meeting"]``): number, date,
  times, place, chair and minute-taker (as person ids), the approving meeting,
  date and TOP. The file locks the row after approval (trigger
  ``meetings_lock_update``); the state itself is left out (it is "approved"
  exactly when there is something to compare).
* **Attendance, agenda items, decisions, votes and conflicts**: every column
  the file locks after approval (the triggers of m003), including free text
  such as notes, wording and guests' names, which is what the minutes say.
* **Tasks recorded at the meeting: only that they were recorded** — their id
  and ``created_at``. A task goes on living after the meeting: its state, due
  date, owners, report-back meeting and even its title are edited later in the
  task list, legitimately, and the file does not lock them. Hashing any of
  those would report honest work as tampering; hashing the fact of the record
  still finds a task recorded at the meeting that was removed or swapped
  behind the program's back. (The title "as recorded" cannot be told apart
  from a later, legitimate correction in the task list, so it stays out.)
* **People by id, never by name.** Names live in ``people`` and change —
  marriage, a typo, the anonymisation of former members — without changing
  what the minutes record; only free text typed into the minutes themselves
  (a guest's name, a presenter) is hashed as text.
* **Not hashed**: the change stamps (``created_at``, ``updated_at``,
  ``updated_by``, ``deleted_at``), rows deleted (tombstoned) before approval,
  Berichtigungen (separate records, made after approval on purpose), the
  minutes' circulation and objections (the way to approval, not its content).

The canonical form is JSON with sorted keys, rows sorted by id, no spaces,
UTF-8; booleans as 0/1, dates as ISO text, coded values as their codes, so
domain objects and raw rows of the file give the same digest. The field lists
below are part of the file format (version :data:`VERSION`): never change
them — a new field means a new version that files can tell apart.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

VERSION = 1

Row = Mapping[str, Any]

FIELDS: dict[str, tuple[str, ...]] = {
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
    "ballots": ("id", "decision_id", "membership_id", "choice", "answered_on"),
}
# Added with the rules of procedure (file format 10): these enter the canonical form
# only where they differ from their default, and ballots only where there are any, so
# that minutes approved before keep their checksum.
ADDED: dict[str, dict[str, Any]] = {
    "attendance": {"handover_at_item_id": None},
    "decisions": {"voting_method": "open", "chair_vote": None, "deadline": None},
    "agenda_items": {"result_text": "", "invited_position": None},  # formats 11 and 12
}


@dataclass(frozen=True)
class MinutesContent:
    """What approved minutes record, as rows (column -> value) of the file's tables."""

    meeting: Row
    attendance: Iterable[Row] = ()
    agenda_items: Iterable[Row] = ()
    decisions: Iterable[Row] = ()
    votes: Iterable[Row] = ()
    conflicts: Iterable[Row] = ()
    tasks: Iterable[Row] = ()
    ballots: Iterable[Row] = ()


def _plain(value: Any) -> Any:
    """One value as the file stores it: codes, ISO dates, 0/1."""
    kind = type(value)
    if kind is str or kind is int or value is None:  # as read from the file: most values
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


_AS_STORED = frozenset({str, int, float, type(None)})  # values _plain leaves as they are


def _pick(row: Row, fields: tuple[str, ...], added: Mapping[str, Any] | None = None
          ) -> dict[str, Any]:
    picked = dict(zip(fields, map(row.get, fields), strict=True))
    if not _AS_STORED.issuperset(map(type, picked.values())):  # domain objects' values
        picked = {f: _plain(v) for f, v in picked.items()}
    for f, default in (added or {}).items():
        value = _plain(row.get(f, default))
        if value != default:
            picked[f] = value
    return picked


def picked(part: str, row: Row) -> dict[str, Any]:
    """What the canonical form holds of one row of a part ("meeting", "votes", …)."""
    return _pick(row, FIELDS[part], ADDED.get(part))


def canonical_json(data: Any) -> str:
    """JSON as the canonical form writes it: sorted keys, no spaces, UTF-8 text."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical(content: MinutesContent) -> str:
    """The canonical JSON text the digest is taken over."""
    data: dict[str, Any] = {"v": VERSION, "meeting": picked("meeting", content.meeting)}
    for part in ("attendance", "agenda_items", "decisions", "votes", "conflicts", "tasks",
                 "ballots"):
        rows = [_pick(r, FIELDS[part], ADDED.get(part)) for r in getattr(content, part)]
        if rows or part != "ballots":
            data[part] = sorted(rows, key=lambda r: str(r["id"]))
    return canonical_json(data)


def minutes_hash(content: MinutesContent) -> str:
    """SHA-256 (hex) of the minutes' canonical content."""
    return digest(canonical(content))


def digest(text: str) -> str:
    """SHA-256 (hex) of a canonical text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
