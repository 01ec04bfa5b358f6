"""The conflicts of an exchange: a record changed on both laptops since their last
exchange, shown field by field (mine, theirs) until the user decides: keep mine,
take theirs, or a value per field. A decision is a change of this copy that follows
both versions, so every other copy takes it without a new conflict."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.errors import RuleViolation
from ..domain.words import QT_TRANSLATE_NOOP, say
from .errors import NotFound, StoreError
from .exchange_merge import BOOKKEEPING, GONE, parents_of, reason_words
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
        return reason_words(self.reason)

    @property
    def title(self) -> str:
        """The record in words (store/typed_columns.py names records for ``check``)."""
        return self.record_label or self.kind_label


def field_label(column: str, table: str = "") -> str:
    from .privacy import field_name
    from .typed_columns import TYPED

    typed = next((t.words for t in TYPED if t.table == table and t.column == column), None)
    if typed and column != "deleted_at":
        return typed

    extra = {
        "deleted_at": QT_TRANSLATE_NOOP("store.exchange_conflicts", "gelöscht"),
        "date": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Datum"),
        "state": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Stand"),
        "number": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Nummer"),
        "seq": QT_TRANSLATE_NOOP("store.exchange_conflicts", "laufende Nummer"),
        "status": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Anwesenheit"),
        "position": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Reihenfolge"),
        "due_date": QT_TRANSLATE_NOOP("store.exchange_conflicts", "fällig am"),
        "decided_on": QT_TRANSLATE_NOOP("store.exchange_conflicts", "beschlossen am"),
        "outcome": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Ergebnis"),
        "result_text": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Ergebnistext"),
        "yes": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Ja"),
        "no": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Nein"),
        "abstain": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Enthaltung"),
        "short": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Kurzname"),
        "first_name": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Vorname"),
        "last_name": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Nachname"),
        "email": QT_TRANSLATE_NOOP("store.exchange_conflicts", "E-Mail"),
        "phone": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Telefon"),
        "start_time": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Beginn"),
        "end_time": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Ende"),
        "choice": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Stimme"),
        "role": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Rolle"),
        "valid_from": QT_TRANSLATE_NOOP("store.exchange_conflicts", "gültig ab"),
        "valid_to": QT_TRANSLATE_NOOP("store.exchange_conflicts", "gültig bis"),
        "kind": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Art"),
        "duration_minutes": QT_TRANSLATE_NOOP("store.exchange_conflicts", "Dauer (Minuten)"),
    }
    if column in extra:
        return say("store.exchange_conflicts", extra[column])
    return field_name(column)


def _conflicts(store: Store, where: str, params: list[Any]) -> list[Conflict]:
    from .privacy import table_label

    rows = store.db.execute(
        "SELECT id, table_name, record_id, reason, theirs, their_name, arrived_at, decided_at, "
        f"decision FROM exchange_conflicts WHERE {where} "  # what follows another after it
        f"ORDER BY reason IN ('with_parent', 'parent_waits'), arrived_at, id",
        params).fetchall()
    from .typed_columns import record_label

    out = []
    for (cid, table, record_id, reason, theirs_text, their_name, arrived, decided,
         decision) in rows:
        theirs = json.loads(theirs_text)
        cur = store.db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        row = cur.fetchone()
        mine = dict(zip([d[0] for d in cur.description], row, strict=True)) if row else {}
        fields = tuple(
            FieldDifference(c, field_label(c, table), mine.get(c), v) for c, v in theirs.items()
            if c not in _FIXED and not c.startswith("$") and not isinstance(mine.get(c), bytes)
            and mine.get(c) != v
            and not (c == "deleted_at" and (v is None) == (mine.get(c) is None)))
        kind = table_label(table)
        label = record_label(store.db, table, record_id) if row else \
            f"{kind} {_fallback_label(theirs)}".strip()
        out.append(Conflict(cid, table, record_id, reason, their_name, arrived, label,
                            kind, fields, theirs, decided, decision))
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
        raise NotFound(say("store.exchange_conflicts", "Den Konflikt {conflict_id} gibt es "
                                                       "nicht.").format(
                           conflict_id=conflict_id[:8]))
    return found[0]


def decide(store: Store, conflict_id: str, choice: str,
           values: dict[str, Any] | None = None) -> None:
    """Settle a conflict: MINE keeps this copy's record, THEIRS takes the other's
    fields, EDIT writes ``values`` (column -> value, e.g. theirs for some fields)."""
    conflict = get(store, conflict_id)
    if conflict.decided_at is not None:
        raise StoreError(say("store.exchange_conflicts", "Dieser Konflikt ist schon entschieden."))
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
        here = db.execute(f"SELECT 1 FROM {conflict.table} WHERE id = ?",
                          [conflict.record_id]).fetchone() is not None
        if not here and choice != MINE:  # a new record of theirs kept aside: insert it
            _insert(store, conflict.table, {**conflict.theirs, **values})
        elif values:
            # Theirs keeps their stamps (an approval's stamp is part of its checksum),
            # so that both copies end with the same row.
            stamps = {k: conflict.theirs[k] for k in BOOKKEEPING
                      if choice == THEIRS and conflict.theirs.get(k)}
            try:
                _write(store, conflict.table, conflict.record_id, values, stamps)
            except sqlite3.IntegrityError as exc:
                if "UNIQUE" not in str(exc):
                    raise
                raise RuleViolation(
                    say(
                        "store.exchange_conflicts",
                        "Ihre Fassung lässt sich hier nicht "
                        "übernehmen: ihre Nummer (oder derselbe "
                        "Eintrag) ist auf diesem Laptop schon "
                        "vergeben. Bitte „Meine behalten“ wählen.",
                    )
                ) from exc
            _refuse_altered_minutes(store, conflict)
        # Mine for a record this file does not have: it travels as a deletion.
        local_change(db, conflict.table, conflict.record_id,
                     merged(version_of(db, conflict.table, conflict.record_id), their_vv),
                     gone=not here and choice == MINE)
        db.execute("UPDATE exchange_conflicts SET decided_at = ?, decision = ?, decided_by = ? "
                   "WHERE id = ?", [now_utc(), choice, store.user, conflict_id])
        _decide_children(store, conflict)


def _decide_children(store: Store, parent: Conflict) -> None:
    """Records that wait with their parent follow its decision: deleted there together
    with it (``with_parent``): kept if it is kept, deleted if it is; new there under it
    (``parent_waits``): taken if it is taken, left out if it is not."""
    row = store.db.execute(f"SELECT deleted_at FROM {parent.table} WHERE id = ?",
                           [parent.record_id]).fetchone()
    alive = row is not None and row[0] is None
    for child in _conflicts(store, "decided_at IS NULL AND reason IN "
                                   "('with_parent', 'parent_waits')", []):
        cur = store.db.execute(f"SELECT * FROM {child.table} WHERE id = ?", [child.record_id])
        found = cur.fetchone()
        values = dict(zip([d[0] for d in cur.description], found, strict=True)) if found \
            else child.theirs
        if any(t == parent.table and values.get(c) == parent.record_id
               for t, c in parents_of(store.db, child.table)):
            keep = alive if child.reason == "with_parent" else not alive
            decide(store, child.id, MINE if keep else THEIRS)

def _insert(store: Store, table: str, row: dict[str, Any]) -> None:
    """Their new record, taken after all (refused by the file in approved minutes)."""
    row = {k: v for k, v in row.items() if k != "deleted_at" or v != GONE}
    store.db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                     f"({', '.join('?' for _ in row)})", list(row.values()))


def _refuse_altered_minutes(store: Store, conflict: Conflict) -> None:
    """Their approval taken onto minutes that are not what they approved (content,
    records, or a record stamped after it): refused, so that no approved minutes stand
    that do not fit their checksum and ``check``."""
    from .check import stamped_after_approval
    from .exchange_merge import rows_as_approved
    from .exchange_package import Change
    from .minutes_hash import altered_minutes

    if conflict.table != "meetings":
        return
    db, meeting = store.db, conflict.record_id
    approval = Change("meetings", meeting, {}, None, extra=conflict.theirs.get("$extra"))
    if altered_minutes(db, [meeting]) or stamped_after_approval(db, meeting) or \
            not rows_as_approved(db, approval):
        raise RuleViolation(say("store.exchange_conflicts", "Das Protokoll wurde auf dem "
                                                            "anderen Laptop mit anderem Inhalt "
                                                            "genehmigt; bitte zuerst die "
                                                            "Unterschiede bei Tagesordnung, "
                                                            "Anwesenheit, Beschlüssen und "
                                                            "Unterlagen entscheiden."))

def _write(store: Store, table: str, record_id: str, values: dict[str, Any],
           stamps: dict[str, Any] | None = None) -> None:
    """Write the decided fields, deleted records too (update_rows() writes live ones)."""
    row = {**values, "updated_at": now_utc(), "updated_by": store.user, **(stamps or {})}
    sets = ", ".join(f"{k} = ?" for k in row)
    store.db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), record_id])

