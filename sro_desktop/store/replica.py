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
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.words import say
from .repository import new_id

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


def remember_file(db: Database, path: Path) -> None:
    """On the first open for writing: the file the replica id belongs to, so that a
    copy made of it later is told apart (:func:`claim_identity`)."""
    try:
        row = db.execute("SELECT file_key FROM replica").fetchone()
        if row is not None and not row[0]:
            with db.atomic():
                db.execute("UPDATE replica SET file_key = ?", [file_key(path)])
    except (sqlite3.Error, OSError):
        pass  # best effort: claim_identity() stamps it at the first exchange else


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
    return (say("store.replica", "Diese Datei ist eine Kopie von „{label}“ und bekommt vor dem "
                                 "Austausch eine eigene Kennung.").format(label=me.label))


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


def merge_version(db: Database, table: str, record_id: str, vv: Mapping[str, int]) -> None:
    """The record's version follows another one it equals (the last change stays named)."""
    db.execute("INSERT INTO record_versions (table_name, record_id, vv) VALUES (?, ?, ?) "
               "ON CONFLICT (table_name, record_id) DO UPDATE SET vv = excluded.vv",
               [table, record_id, dumps(vv)])


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
