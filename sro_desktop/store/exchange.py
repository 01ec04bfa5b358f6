"""Exchange between copies of the file on several laptops: packages of changes out
(:func:`export`), packages or whole copies in (:func:`take_in`, :func:`merge_file`),
conflicts decided (:func:`decide`), a copy for another laptop (:func:`clone`).

The engine is a change log written by the file's own triggers (store/replica.py):
each record carries a version vector, so that a package is taken in record by
record: new records added, a version that follows ours taken, one we have seen
skipped, and one changed on both sides since the last exchange kept aside as a
conflict (``exchange_conflicts``) for the user to decide. docs/architecture.md
says why not SQLite's session extension. The search index, the undo log and the
history follow from the data through their own triggers; nothing here writes them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..domain.words import say
from .errors import StoreError
from .exchange_merge import Merge, Report, columns_of, minutes_rows, vector_of
from .exchange_package import SUFFIX, Change, Package, PackageRefused, read, write
from .mapping import now_utc
from .replica import (
    AFTER,
    CONCURRENT,
    Replica,
    Vector,
    claim_identity,
    compare,
    dumps,
    this_replica,
    vector,
)
from .repository import new_id
from .schema import USER_TABLES, schema_version

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .core import Store


class _DryRun(Exception):
    pass


# --- out -----------------------------------------------------------------------------

def changes_for(db: Database, known: Mapping[str, int] | None) -> Iterator[Change]:
    """Every record a copy that has ``known`` lacks (all records for None), in an
    order that respects foreign keys."""
    for table in USER_TABLES:
        columns = columns_of(db, table)
        select = ", ".join(f"t.{c}" for c in columns)
        cursor = db.execute(
            f"SELECT {select}, v.vv, v.replica_id, v.seq FROM {table} t LEFT JOIN "
            f"record_versions v ON v.table_name = ? AND v.record_id = t.id", [table])
        for values in cursor:
            vv = vector(values[-3])
            if known is None or compare(vv, known) in (AFTER, CONCURRENT):
                row = dict(zip(columns, values[:-3], strict=True))
                extra = {"minutes_rows": minutes_rows(db, row["id"])} if \
                    table == "meetings" and row.get("state") == "approved" else None
                yield Change(table, values[0], vv, row, values[-2], values[-1] or 0, extra)
    for table, record_id, text, by, seq in db.execute(
            "SELECT table_name, record_id, vv, replica_id, seq FROM record_versions "
            "WHERE gone = 1"):
        vv = vector(text)
        if known is None or compare(vv, known) in (AFTER, CONCURRENT):
            yield Change(table, record_id, vv, None, by, seq)


@dataclass(frozen=True)
class Peer:
    replica_id: str
    name: str
    known: Vector
    last_import_at: str | None
    last_export_at: str | None
    twin: bool = False  # another peer has the same name (a file copied by hand)

    @property
    def label(self) -> str:
        if not self.name:
            return f"Kopie {self.replica_id[:8]}"
        return f"{self.name} ({self.replica_id[:8]})" if self.twin else self.name


def peers(db: Database) -> list[Peer]:
    rows = db.execute("SELECT replica_id, name, known, last_import_at, last_export_at "
                      "FROM exchange_peers ORDER BY name, replica_id").fetchall()
    names = Counter(r[1] for r in rows)
    return [Peer(r[0], r[1], vector(r[2]), r[3], r[4], names[r[1]] > 1) for r in rows]


def find_peer(db: Database, ref: str) -> Peer:
    """A peer by its replica id (or its start) or its name."""
    ref = ref.strip()
    found = [p for p in peers(db) if ref in (p.replica_id, p.name, p.label)
             or (len(ref) >= 8 and p.replica_id.startswith(ref))]
    if len(found) != 1:
        names = ", ".join(f"„{p.label}“" for p in peers(db)) or "keine"
        raise StoreError(say("store.exchange", "Einen Laptop „{ref}“ kennt diese Datei nicht "
                                               "(bekannt: {names}).").format(ref=ref, names=names))
    return found[0]


def everyone_knows(db: Database) -> Vector | None:
    """What every known peer has (the least of their versions); None when no peer is
    known, so that a package for everyone holds everything."""
    known = [p.known for p in peers(db)]
    if not known:
        return None
    keys = set().union(*known)
    return {k: min(v.get(k, 0) for v in known) for k in keys}


def export(store: Store, out: Path, peer: str | None = None) -> tuple[dict[str, Any], list[str]]:
    """Write what ``peer`` (id or name) has not seen yet, or everything (None), to
    ``out``. Returns the manifest and notes for the user."""
    notes: list[str] = []
    with store.edit() as db:
        note = claim_identity(db, store.path)
        notes += [note] if note else []
        me = this_replica(db)
        target = find_peer(db, peer) if peer else None
        base = target.known if target else None
        manifest = _manifest(db, me, target, base)
        try:
            manifest = write(out, manifest, changes_for(db, base))
        except OSError as exc:
            from .os_words import os_reason

            raise StoreError(say("store.exchange", "Das Paket {out} ließ sich nicht schreiben: "
                                                   "{os_reason}.").format(
                                 out=out, os_reason=os_reason(exc, path=out))) from exc
        if target:
            db.execute("UPDATE exchange_peers SET last_export_at = ? WHERE replica_id = ?",
                       [now_utc(), target.replica_id])
    return manifest, notes


def export_for_everyone(store: Store, out: Path) -> dict[str, Any]:
    """The package of the exchange folder: what not every known peer has yet."""
    with store.edit() as db:
        claim_identity(db, store.path)
        base = everyone_knows(db)
        return write(out, _manifest(db, this_replica(db), None, base), changes_for(db, base))


def _manifest(db: Database, me: Replica, target: Peer | None,
              base: Mapping[str, int] | None) -> dict[str, Any]:
    """``base``: what the package leaves out as known to its reader (None: nothing)."""
    return {
        "program": 'SRO Desktop', "program_version": __version__,
        "schema_version": schema_version(), "dataset_id": me.dataset_id,
        "from": {"replica_id": me.id, "name": me.name},
        "for": {"replica_id": target.replica_id, "name": target.name} if target else None,
        "known": me.knows, "base": dict(base) if base is not None else None,
        "created_at": now_utc(),
        "peers": {p.replica_id: p.name for p in peers(db)},
    }


# --- in ------------------------------------------------------------------------------

def take_in(store: Store, path: Path, *, dry_run: bool = False) -> Report:
    """Take in a package: all of it in one transaction, or nothing (PackageRefused)."""
    return _take_in(store, read(Path(path)), Path(path).name, dry_run=dry_run)


def merge_file(store: Store, other: Path, *, dry_run: bool = False) -> Report:
    """Take in a whole second copy of the file (read, never written)."""
    from .core import Store as StoreClass

    other = Path(other)
    if other.resolve() == store.path.resolve():
        raise StoreError(say("store.exchange", "Eine Datei lässt sich nicht mit sich selbst "
                                               "zusammenführen."))
    copy = StoreClass.open(other, read_only=True)
    try:
        if copy.snapshot_of is not None:
            raise StoreError(say("store.exchange", "{name} hat ein älteres Datenformat; bitte "
                                                   "einmal mit dieser Version öffnen und dann "
                                                   "zusammenführen.").format(name=other.name))
        me = this_replica(copy.db)
        manifest = _manifest(copy.db, me, None, None)
        package = Package(manifest, list(changes_for(copy.db, None)))
    finally:
        copy.close()
    return _take_in(store, package, other.name, dry_run=dry_run)


def _refuse_foreign(db: Database, package: Package, name: str) -> None:
    m = package.manifest
    me = this_replica(db)
    if int(m.get("schema_version", 0)) > schema_version():
        raise PackageRefused(
            say(
                "store.exchange",
                "{name} stammt aus einer neueren Version von "
                "SRO Desktop ({get}); bitte diese Version "
                "aktualisieren. Nichts wurde übernommen.",
            ).format(name=name, get=m.get("program_version"))
        )
    if m.get("dataset_id") != me.dataset_id and not _empty(db):
        raise PackageRefused(say("store.exchange", "{name} stammt aus einem anderen "
                                                   "Datenbestand (nicht aus einer Kopie dieser "
                                                   "Datei). Nichts wurde übernommen.").format(
                                 name=name))
    if package.sender == me.id:
        raise PackageRefused(say("store.exchange", "{name} stammt aus dieser Datei selbst. "
                                                   "Nichts wurde übernommen.").format(name=name))
    target = m.get("for")
    if target and target.get("replica_id") != me.id:
        raise PackageRefused(
            say(
                "store.exchange",
                "{name} ist für „{value}“ bestimmt, nicht für „{label}“. Nichts wurde übernommen.",
            ).format(name=name, value=target.get("name") or target["replica_id"], label=me.label)
        )
    known_tables = set(USER_TABLES)
    for change in package.changes:
        if change.table not in known_tables:
            raise PackageRefused(say("store.exchange", "{name} ist beschädigt: unbekannte "
                                                       "Tabelle „{value}“. Nichts wurde "
                                                       "übernommen.").format(
                                     name=name, value=change.table[:40]))


def _empty(db: Database) -> bool:
    return not any(db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in USER_TABLES)


def _take_in(store: Store, package: Package, name: str, *, dry_run: bool) -> Report:
    report = Report(sender=package.sender_name, dry_run=dry_run)
    try:
        with store.edit() as db:
            _refuse_foreign(db, package, name)
            note = claim_identity(db, store.path)
            report.notes += [note] if note else []
            if _empty(db):
                db.execute("UPDATE replica SET dataset_id = ?", [package.manifest["dataset_id"]])
            Merge(db, package, report, store.user).run()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


# --- a copy for another laptop ---------------------------------------------------------

def clone(store: Store, out: Path, name: str) -> Path:
    """A copy of the file for another laptop, with an identity of its own (``name``);
    each knows the other has everything, so that their first exchange is small."""
    name = name.strip()
    if not name:
        raise StoreError(say("store.exchange", "Bitte einen Namen für den anderen Laptop "
                                               "angeben (z. B. „Laptop Beirat“)."))
    out = Path(out)
    if out.exists():
        raise StoreError(say("store.exchange", "{out} gibt es schon; bitte einen anderen Namen "
                                               "wählen.").format(out=out))
    with store.edit() as db:
        claim_identity(db, store.path)
        if any(p.name == name for p in peers(db)) or this_replica(db).name == name:
            raise StoreError(say("store.exchange", "Einen Laptop „{name}“ gibt es schon.").format(
                                 name=name))
    me = this_replica(store.db)
    store.save_copy(out)
    copy_id = new_id()
    conn = sqlite3.connect(out)
    try:
        with conn:
            conn.execute("UPDATE replica SET id = ?, name = ?, counter = 0, known = ?, "
                         "file_key = '', exchange_folder = ''",
                         [copy_id, name, dumps(me.knows)])
            conn.execute("INSERT OR REPLACE INTO exchange_peers (replica_id, name, known) "
                         "VALUES (?, ?, ?)", [me.id, me.name, dumps(me.knows)])
    except sqlite3.Error as exc:
        conn.close()
        out.unlink(missing_ok=True)
        raise StoreError(say("store.exchange", "Die Kopie {out} ließ sich nicht einrichten: "
                                               "{exc}.").format(out=out, exc=exc)) from exc
    conn.close()
    with store.edit() as db:
        db.execute("INSERT INTO exchange_peers (replica_id, name, known, last_export_at) "
                   "VALUES (?, ?, ?, ?)", [copy_id, name, dumps(me.knows), now_utc()])
    return out


def package_name(store: Store, peer: str | None = None) -> str:
    """A file name for a package: who sends it, to whom, when."""
    import re

    me = this_replica(store.db)

    def safe(text: str) -> str:
        return re.sub(r"[^\w.-]+", "-", text).strip("-") or "SRO"

    to = f"-an-{safe(find_peer(store.db, peer).label)}" if peer else ""
    return f"{safe(me.label)}{to}-{now_utc()[:10]}{SUFFIX}"


# --- the exchange folder ----------------------------------------------------------------

def folder_package(store: Store) -> Path | None:
    """The package this copy leaves in its exchange folder (one per copy, replaced each
    time), or None when no folder is set."""
    me = this_replica(store.db)
    if not me.exchange_folder:
        return None
    return Path(me.exchange_folder) / f"SRO-{me.id}{SUFFIX}"


def write_to_folder(store: Store) -> Path | None:
    """Leave what not every peer has yet in the exchange folder (on closing the file)."""
    target = folder_package(store)
    if target is None or store.read_only:
        return None
    if not target.parent.is_dir():
        raise StoreError(say("store.exchange", "Den Austauschordner {parent} gibt es nicht "
                                               "(mehr).").format(parent=target.parent))
    export_for_everyone(store, target)
    return target


@dataclass(frozen=True)
class Waiting:
    """A package of another copy in the exchange folder with changes not taken in."""

    path: Path
    sender_name: str


def waiting_packages(store: Store) -> list[Waiting]:
    """The packages of other copies of this record in the exchange folder that hold
    something this copy has not taken in yet (read from their manifests only)."""
    import zipfile

    me = this_replica(store.db)
    folder = Path(me.exchange_folder) if me.exchange_folder else None
    if folder is None or not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            with zipfile.ZipFile(path) as z:
                manifest = json.loads(z.read("manifest.json"))
        except (OSError, zipfile.BadZipFile, KeyError, ValueError):
            continue
        sender = (manifest.get("from") or {}).get("replica_id")
        target = (manifest.get("for") or {}).get("replica_id")
        if (manifest.get("dataset_id") != me.dataset_id or sender in (None, me.id)
                or target not in (None, me.id)):
            continue
        if compare(vector_of(manifest.get("known")), me.knows) in (AFTER, CONCURRENT):
            found.append(Waiting(path, manifest["from"].get("name") or sender[:8]))
    return found
