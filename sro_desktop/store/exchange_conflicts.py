"""The conflicts of an exchange: a record changed on both laptops since their last
exchange, shown field by field (mine, theirs) until the user decides: keep mine,
take theirs, or a value per field. A decision is a change of this copy that follows
both versions, so every other copy takes it without a new conflict."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.errors import RuleViolation
from .errors import NotFound, StoreError
from .exchange import BOOKKEEPING, GONE, REASONS
from .mapping import now_utc
from .replica import local_change, merged, vector, version_of

if TYPE_CHECKING:
    from .core import Store

MINE, THEIRS, EDIT = "mine", "theirs", "edit"
DECISIONS = {MINE: "meine behalten", THEIRS: "ihre übernommen", EDIT: "bearbeitet",
             "elsewhere": "auf dem anderen Laptop entschieden"}
# Not shown and not taken over: what a record is, not what it says.
_FIXED = ("id", "created_at", *BOOKKEEPING)


@dataclass(frozen=True)
class FieldDifference:
    column: str
    label: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    record_id: str
    reason: str
    their_name: str
    arrived_at: str
    record_label: str
    kind_label: str
    fields: tuple[FieldDifference, ...]
    theirs: dict[str, Any]
    decided_at: str | None = None
    decision: str | None = None

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def title(self) -> str:
        return f"{self.kind_label}: {self.record_label}" if self.record_label \
            else self.kind_label


def field_label(column: str) -> str:
    from .privacy import FIELD_LABELS

    extra = {"deleted_at": "gelöscht", "date": "Datum", "state": "Stand", "number": "Nummer",
             "seq": "laufende Nummer", "status": "Anwesenheit", "position": "Reihenfolge",
             "due_date": "fällig am", "decided_on": "beschlossen am", "outcome": "Ergebnis",
             "result_text": "Ergebnistext", "yes": "Ja", "no": "Nein", "abstain": "Enthaltung",
             "short": "Kurzname", "first_name": "Vorname", "last_name": "Nachname",
             "email": "E-Mail", "phone": "Telefon", "start_time": "Beginn", "end_time": "Ende",
             "choice": "Stimme", "role": "Rolle", "valid_from": "gültig ab",
             "valid_to": "gültig bis", "kind": "Art", "duration_minutes": "Dauer (Minuten)"}
    return {**FIELD_LABELS, **extra}.get(column, column)


def _conflicts(store: Store, where: str, params: list[Any]) -> list[Conflict]:
    from .privacy import TABLE_LABELS

    rows = store.db.execute(
        "SELECT id, table_name, record_id, reason, theirs, their_name, arrived_at, decided_at, "
        f"decision FROM exchange_conflicts WHERE {where} ORDER BY arrived_at, id",
        params).fetchall()
    names = store.history.names(r[2] for r in rows)
    out = []
    for (cid, table, record_id, reason, theirs_text, their_name, arrived, decided,
         decision) in rows:
        theirs = json.loads(theirs_text)
        cur = store.db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        row = cur.fetchone()
        mine = dict(zip([d[0] for d in cur.description], row, strict=True)) if row else {}
        fields = tuple(
            FieldDifference(c, field_label(c), mine.get(c), v) for c, v in theirs.items()
            if c not in _FIXED and not isinstance(mine.get(c), bytes) and mine.get(c) != v
            and not (c == "deleted_at" and (v is None) == (mine.get(c) is None)))
        label = names.get(record_id) or _fallback_label(mine or theirs)
        out.append(Conflict(cid, table, record_id, reason, their_name, arrived, label,
                            TABLE_LABELS.get(table, table), fields, theirs, decided, decision))
    return out


def _fallback_label(row: dict[str, Any]) -> str:
    for column in ("title", "name", "number", "guest_name", "text"):
        if row.get(column):
            return str(row[column])[:60]
    return ""


def open_conflicts(store: Store) -> list[Conflict]:
    return _conflicts(store, "decided_at IS NULL", [])


def decided_conflicts(store: Store) -> list[Conflict]:
    return _conflicts(store, "decided_at IS NOT NULL", [])


def count_open(store: Store) -> int:
    return int(store.db.execute(
        "SELECT count(*) FROM exchange_conflicts WHERE decided_at IS NULL").fetchone()[0])


def get(store: Store, conflict_id: str) -> Conflict:
    found = _conflicts(store, "id = ?", [conflict_id])
    if not found:
        raise NotFound(f"Den Konflikt {conflict_id[:8]} gibt es nicht.")
    return found[0]


def decide(store: Store, conflict_id: str, choice: str,
           values: dict[str, Any] | None = None) -> None:
    """Settle a conflict: MINE keeps this copy's record, THEIRS takes the other's
    fields, EDIT writes ``values`` (column -> value, e.g. theirs for some fields)."""
    conflict = get(store, conflict_id)
    if conflict.decided_at is not None:
        raise StoreError("Dieser Konflikt ist schon entschieden.")
    if choice == THEIRS:
        values = {f.column: f.theirs for f in conflict.fields}
    elif choice == MINE:
        values = {}
    elif choice != EDIT or values is None:
        raise ValueError(choice)
    if values.get("deleted_at") == GONE:
        values["deleted_at"] = now_utc()
    their_vv = vector(store.db.execute("SELECT their_vv FROM exchange_conflicts WHERE id = ?",
                                       [conflict_id]).fetchone()[0])
    with store.edit() as db:
        if values:
            _write(store, conflict.table, conflict.record_id, values)
            _refuse_broken_approval(store, conflict)
        local_change(db, conflict.table, conflict.record_id,
                     merged(version_of(db, conflict.table, conflict.record_id), their_vv))
        db.execute("UPDATE exchange_conflicts SET decided_at = ?, decision = ?, decided_by = ? "
                   "WHERE id = ?", [now_utc(), choice, store.user, conflict_id])


def _write(store: Store, table: str, record_id: str, values: dict[str, Any]) -> None:
    """Write the decided fields, deleted records too (update_rows() writes live ones)."""
    row = {**values, "updated_at": now_utc(), "updated_by": store.user}
    sets = ", ".join(f"{k} = ?" for k in row)
    store.db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), record_id])


def _refuse_broken_approval(store: Store, conflict: Conflict) -> None:
    """Their approval taken onto minutes that say something else here would break the
    checksum: refused, with what to do instead."""
    from .minutes_hash import altered_minutes

    if conflict.table == "meetings" and altered_minutes(store.db, [conflict.record_id]):
        raise RuleViolation(
            f"Die Genehmigung von „{conflict.their_name}“ passt nicht zum Protokoll auf "
            f"diesem Laptop: hier wurde die Sitzung nach dem genehmigten Stand geändert. "
            f"Bitte dort diese Änderungen zurücknehmen lassen oder die Genehmigung hier "
            f"nicht übernehmen.")
