"""The identity of one copy of the file (a replica) and the version of every record,
kept by the file itself for the exchange between laptops (store/exchange.py).

Each copy has a replica id, a readable name and a change counter. Triggers on every
user table (m015) count each insert, update and delete made while the copy is not
taking in a package, whatever program writes, and give the record a *version
vector* in ``record_versions``: per replica, the counter of its last change to the
record. Two versions compare as one before the other (taken or skipped) or as
concurrent (a conflict). ``replica.known`` is what this copy has taken in from
every replica, ``exchange_peers.known`` what a peer is known to have.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .repository import new_id
from .schema import USER_TABLES

if TYPE_CHECKING:
    from sqlite_utils import Database

Vector = dict[str, int]

BEFORE, AFTER, EQUAL, CONCURRENT = "before", "after", "equal", "concurrent"


def compare(a: Mapping[str, int], b: Mapping[str, int]) -> str:
    """How version ``a`` stands to ``b``: BEFORE (b has seen all of a), AFTER, EQUAL
    or CONCURRENT (each has a change the other has not seen)."""
    a_more = any(v > b.get(k, 0) for k, v in a.items())
    b_more = any(v > a.get(k, 0) for k, v in b.items())
    if a_more and b_more:
        return CONCURRENT
    return AFTER if a_more else BEFORE if b_more else EQUAL


def merged(*vectors: Mapping[str, int]) -> Vector:
    out: Vector = {}
    for vector in vectors:
        for k, v in vector.items():
            out[k] = max(out.get(k, 0), v)
    return out


def vector(text: str | None) -> Vector:
    return {str(k): int(v) for k, v in json.loads(text or "{}").items()}


def dumps(v: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(v.items())), separators=(",", ":"))


# --- the file's part (migration m015) --------------------------------------------

def install(db: Database, dataset_id: str) -> None:
    """The tables and triggers of the exchange. ``dataset_id`` is shared by all copies
    of one record (Datenbestand)."""
    db.execute("""CREATE TABLE IF NOT EXISTS replica (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    id TEXT NOT NULL,
    dataset_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    counter INTEGER NOT NULL DEFAULT 0,
    known TEXT NOT NULL DEFAULT '{}',
    applying INTEGER NOT NULL DEFAULT 0,
    file_key TEXT NOT NULL DEFAULT '',
    exchange_folder TEXT NOT NULL DEFAULT '')""")
    db.execute("""CREATE TABLE IF NOT EXISTS record_versions (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    vv TEXT NOT NULL DEFAULT '{}',
    replica_id TEXT,
    seq INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (table_name, record_id)) WITHOUT ROWID""")
    db.execute("CREATE INDEX IF NOT EXISTS record_versions_change "
               "ON record_versions(replica_id, seq)")
    db.execute("""CREATE TABLE IF NOT EXISTS exchange_peers (
    replica_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    known TEXT NOT NULL DEFAULT '{}',
    last_import_at TEXT,
    last_export_at TEXT)""")
    db.execute("""CREATE TABLE IF NOT EXISTS exchange_conflicts (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT 'both',
    theirs TEXT NOT NULL,
    their_vv TEXT NOT NULL DEFAULT '{}',
    their_replica TEXT NOT NULL DEFAULT '',
    their_name TEXT NOT NULL DEFAULT '',
    arrived_at TEXT NOT NULL,
    decided_at TEXT,
    decision TEXT,
    decided_by TEXT)""")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS exchange_conflicts_open ON "
               "exchange_conflicts(table_name, record_id) WHERE decided_at IS NULL")
    db.execute("INSERT OR IGNORE INTO replica (one, id, dataset_id) VALUES (1, ?, ?)",
               [new_id(), dataset_id])
    for table in USER_TABLES:
        _install_triggers(db, table)


def _install_triggers(db: Database, table: str) -> None:
    def stamp(row: str, gone: int) -> str:
        return f"""UPDATE replica SET counter = counter + 1;
        INSERT INTO record_versions (table_name, record_id, vv, replica_id, seq, gone)
        SELECT '{table}', {row}.id, json_set(coalesce((SELECT v.vv FROM record_versions v
            WHERE v.table_name = '{table}' AND v.record_id = {row}.id), '{{}}'),
            '$."' || r.id || '"', r.counter), r.id, r.counter, {gone} FROM replica r WHERE true
        ON CONFLICT (table_name, record_id) DO UPDATE SET vv = excluded.vv,
            replica_id = excluded.replica_id, seq = excluded.seq, gone = excluded.gone;"""

    when = "WHEN (SELECT applying FROM replica) = 0"
    for op, row, gone in (("insert", "NEW", 0), ("update", "NEW", 0), ("delete", "OLD", 1)):
        db.execute(f"DROP TRIGGER IF EXISTS {table}_version_{op}")
        db.execute(f"""CREATE TRIGGER {table}_version_{op} AFTER {op.upper()} ON {table}
            {when} BEGIN {stamp(row, gone)} END""")


def version_trigger_names() -> list[str]:
    """The triggers ``check`` expects, so that no change escapes the exchange."""
    return [f"{t}_version_{op}" for t in USER_TABLES for op in ("insert", "update", "delete")]


def first_dataset_id(db: Database) -> str:
    """The dataset id an existing file gets: its first body's id, so that copies made
    by hand before the exchange existed still recognise each other; a new id else."""
    row = db.execute("SELECT id FROM bodies ORDER BY created_at, id LIMIT 1").fetchone()
    return str(row[0]) if row else new_id()


# --- reading and writing the identity -------------------------------------------

@dataclass(frozen=True)
class Replica:
    id: str
    dataset_id: str
    name: str
    counter: int
    known: Vector
    file_key: str
    exchange_folder: str

    @property
    def knows(self) -> Vector:
        """What this copy has: what it took in, and its own changes."""
        return merged(self.known, {self.id: self.counter})

    @property
    def label(self) -> str:
        return self.name or f"Kopie {self.id[:8]}"


def this_replica(db: Database) -> Replica:
    row = db.execute("SELECT id, dataset_id, name, counter, known, file_key, "
                     "exchange_folder FROM replica").fetchone()
    return Replica(row[0], row[1], row[2], row[3], vector(row[4]), row[5], row[6])


def file_key(path: Path) -> str:
    """Which file on which disk: a copy of the file (or a restored backup) has another."""
    st = os.stat(path)
    return f"{st.st_dev}:{st.st_ino}"


def claim_identity(db: Database, path: Path) -> str | None:
    """Before an exchange: a file that is a plain copy of another (same replica id, but
    not the file the id was given to) gets an identity of its own, so that two copies
    never count changes under one id. Returns the words for the user, or None. Call
    inside a transaction."""
    me = this_replica(db)
    key = file_key(path)
    if me.file_key == key:
        return None
    if not me.file_key:
        db.execute("UPDATE replica SET file_key = ?", [key])
        return None
    db.execute("UPDATE replica SET id = ?, file_key = ?, known = ?, counter = 0",
               [new_id(), key, dumps(me.knows)])
    return (f"Diese Datei ist eine Kopie von „{me.label}“ und bekommt vor dem Austausch "
            f"eine eigene Kennung.")


def set_name(db: Database, name: str) -> None:
    db.execute("UPDATE replica SET name = ?", [name.strip()])


def set_exchange_folder(db: Database, folder: str) -> None:
    db.execute("UPDATE replica SET exchange_folder = ?", [folder.strip()])


def local_change(db: Database, table: str, record_id: str, base: Mapping[str, int],
                 gone: bool = False) -> Vector:
    """Record a change of this copy on top of ``base`` (a decision about a conflict, a
    renumbering): the new version follows both sides, so that every copy takes it.
    ``gone``: the record is not in this file (it travels as a deletion)."""
    db.execute("UPDATE replica SET counter = counter + 1")
    me = this_replica(db)
    vv = merged(base, {me.id: me.counter})
    set_version(db, table, record_id, vv, me.id, me.counter, gone)
    return vv


def set_version(db: Database, table: str, record_id: str, vv: Mapping[str, int],
                replica_id: str | None, seq: int, gone: bool = False) -> None:
    db.execute("INSERT INTO record_versions (table_name, record_id, vv, replica_id, seq, gone) "
               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, record_id) DO UPDATE SET "
               "vv = excluded.vv, replica_id = excluded.replica_id, seq = excluded.seq, "
               "gone = excluded.gone", [table, record_id, dumps(vv), replica_id, seq, int(gone)])


def version_of(db: Database, table: str, record_id: str) -> Vector:
    row = db.execute("SELECT vv FROM record_versions WHERE table_name = ? AND record_id = ?",
                     [table, record_id]).fetchone()
    return vector(row[0]) if row else {}
