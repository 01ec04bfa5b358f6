"""The Store and the one base class all repositories share."""

from __future__ import annotations

import getpass
import os
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from sqlite_utils import Database

from ..domain.errors import RuleViolation
from .database import StoreError, open_database, open_database_read_only, refuse_missing
from .lock import FileLock
from .mapping import columns, from_row, now_utc, to_row, to_value
from .schema import LOCK_MARK, schema_version
from .search import SearchHit, search

T = TypeVar("T")


class NotFound(StoreError):
    """A record that does not exist (or was deleted)."""


class ReadOnly(StoreError):
    """An edit of a file that was opened read-only."""


READ_ONLY_MESSAGE = ("Die Datei ist schreibgeschützt geöffnet; die Änderung wurde nicht "
                     "gespeichert. Zum Bearbeiten die Datei neu öffnen, sobald sie frei ist.")


def current_user() -> str:
    """Who is editing: SRO_USER if configured, else the operating-system user."""
    configured = os.environ.get("SRO_USER", "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unbekannt"


def new_id() -> str:
    return str(uuid.uuid4())


class Store:
    """One open SRO file, with a repository per kind of record."""

    def __init__(self, db: Database, path: Path, user: str | None = None):
        from .bodies import Bodies, Memberships, Organizations, People, Sides
        from .decisions import Decisions
        from .history import History
        from .meetings import (
            Agenda,
            AttendanceList,
            Circulations,
            Corrections,
            Meetings,
            Objections,
        )
        from .work import Milestones, Recommendations, Tasks

        self.db = db
        self.path = path
        self.user = user or current_user()
        self.read_only = False  # opened with read_only=True: every edit is refused
        self.snapshot_of: int | None = None  # read-only of an older format: its number
        self.lock: FileLock | None = None  # the lock file this store holds (writers)
        self.bodies = Bodies(self)
        self.sides = Sides(self)
        self.organizations = Organizations(self)
        self.people = People(self)
        self.memberships = Memberships(self)
        self.meetings = Meetings(self)
        self.attendance = AttendanceList(self)
        self.agenda = Agenda(self)
        self.corrections = Corrections(self)
        self.circulations = Circulations(self)
        self.objections = Objections(self)
        self.decisions = Decisions(self)
        self.tasks = Tasks(self)
        self.recommendations = Recommendations(self)
        self.milestones = Milestones(self)
        self.history = History(self)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, user: str | None = None,
             read_only: bool = False, break_lock: bool = False) -> Store:
        """Open an SRO file for writing, holding its lock (store/lock.py); raises
        FileInUse when another writer has it. ``read_only`` takes no lock and writes
        nothing; ``break_lock`` takes over another machine's lock (after the user
        confirmed that the program no longer runs there)."""
        path = Path(path)
        user = user or current_user()
        if read_only:
            db, version = open_database_read_only(path)
            store = cls(db, path, user)
            store.read_only = True
            store.snapshot_of = version if version < schema_version() else None
            return store
        refuse_missing(path, create=create)
        lock = FileLock.acquire(path, user=user, break_lock=break_lock)
        try:
            store = cls(open_database(path, create=create), path, user)
        except BaseException:
            lock.release()
            raise
        store.lock = lock
        return store

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            if self.lock is not None:
                self.lock.release()
            if self.read_only:
                _tidy_after_reading(self.path, self.user)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Meetings, agenda items and notes, decisions, tasks, recommendations matching text."""
        return search(self.db, text, limit)

    def save_copy(self, target: str | Path) -> Path:
        """A consistent copy of the open file (SQLite's online backup API), written
        atomically: a temporary file beside the target, then renamed."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StoreError("Die Kopie braucht einen anderen Namen als die geöffnete Datei.")
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            copy = sqlite3.connect(tmp)
            try:
                self.db.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"Die Kopie {target} ließ sich nicht schreiben: {exc}") from exc
        return target

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def edit(self) -> Iterator[Database]:
        """One user edit: one transaction, and the file's refusals in words."""
        if self.read_only:
            raise ReadOnly(READ_ONLY_MESSAGE)
        if self.lock is not None:
            self.lock.verify()
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.IntegrityError as exc:
            message = str(exc)
            if message.startswith(LOCK_MARK):
                raise RuleViolation(message.split(": ", 1)[1]) from exc
            raise StoreError(
                f"Die Änderung passt nicht zu den gespeicherten Daten ({message})."
            ) from exc

    # the writes every table shares; call them inside edit() ----------------
    def insert_row(self, table: str, values: dict[str, Any]) -> str:
        """Insert a live row with a fresh UUID (unless given) and the change stamps."""
        row = {"id": new_id(), **values}
        self.insert_rows(table, [row])
        return str(row["id"])

    def insert_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Insert rows that all have the same columns, stamped as created now by the user."""
        if not rows:
            return
        stamp = now_utc()
        names = [*rows[0], "created_at", "updated_at", "updated_by"]
        marks = ", ".join("?" for _ in names)
        self.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
            ([*(to_value(v) for v in r.values()), stamp, stamp, self.user] for r in rows),
        )

    def update_rows(self, table: str, where: str, params: Sequence[Any],
                    changes: dict[str, Any]) -> int:
        row = {k: to_value(v) for k, v in changes.items()}
        row.setdefault("updated_at", now_utc())
        row["updated_by"] = self.user
        assignments = ", ".join(f"{k} = ?" for k in row)
        cur = self.db.execute(
            f"UPDATE {table} SET {assignments} WHERE deleted_at IS NULL AND ({where})",
            [*row.values(), *params],
        )
        return cur.rowcount

    def tombstone_rows(self, table: str, where: str, params: Sequence[Any]) -> int:
        """Mark rows deleted; they stay in the file so that deletions can be exchanged."""
        stamp = now_utc()
        return self.update_rows(table, where, params, {"deleted_at": stamp, "updated_at": stamp})


def _tidy_after_reading(path: Path, user: str) -> None:
    """Remove the empty -wal/-shm that reading a WAL file creates, so that reading
    leaves no trace. Only while no writer holds the file (its lock), only when the
    -wal is empty (nothing to copy into the file), and by SQLite itself: a
    connection that may write deletes them when it closes as the last connection,
    and leaves them while others still read."""
    wal = Path(f"{path}-wal")
    try:
        if not wal.exists() or wal.stat().st_size:
            return
        lock = FileLock.acquire(path, user=user)
    except (OSError, StoreError):
        return
    try:
        conn = sqlite3.connect(path, timeout=0)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    finally:
        lock.release()


class Repository(Generic[T]):
    """Reads and tombstone-aware writes of one table holding one kind of record."""

    table: ClassVar[str]
    model: ClassVar[type]
    order_by: ClassVar[str] = "rowid"
    noun: ClassVar[str] = "Eintrag"

    def __init__(self, store: Store):
        self.store = store

    @property
    def db(self) -> Database:
        return self.store.db

    # reads -------------------------------------------------------------
    def _rows(self, where: str = "1", params: Sequence[Any] = (), *, order: str | None = None,
              limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        sql = (f"SELECT * FROM {self.table} WHERE deleted_at IS NULL AND ({where}) "
               f"ORDER BY {order or self.order_by}")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return list(self.db.query(sql, list(params)))

    def _find(self, where: str = "1", params: Sequence[Any] = (), **kw: Any) -> list[T]:
        return [from_row(self.model, r) for r in self._rows(where, params, **kw)]

    def get(self, record_id: str) -> T:
        found = self._find("id = ?", [record_id])
        if not found:
            raise NotFound(f"{self.noun} {record_id} gibt es nicht (mehr).")
        return found[0]

    def highest(self, column: str, where: str, params: Sequence[Any]) -> int:
        """The highest number in ``column`` among live rows (0 if none): for running numbers."""
        sql = f"SELECT max({column}) AS n FROM {self.table} WHERE deleted_at IS NULL AND ({where})"
        return int(next(self.db.query(sql, list(params)))["n"] or 0)

    def count(self, where: str = "1", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT count(*) AS n FROM {self.table} WHERE deleted_at IS NULL AND ({where})"
        return next(self.db.query(sql, list(params)))["n"]

    # writes (call inside store.edit()) ----------------------------------
    def _insert(self, values: dict[str, Any]) -> str:
        return self.store.insert_row(self.table, values)

    def _insert_record(self, record: T) -> T:
        self._insert(to_row(record))
        return record

    def _update(self, record_id: str, changes: dict[str, Any]) -> None:
        if changes and self._update_where("id = ?", [record_id], changes) == 0:
            raise NotFound(f"{self.noun} {record_id} gibt es nicht (mehr).")

    def _update_where(self, where: str, params: Sequence[Any], changes: dict[str, Any]) -> int:
        return self.store.update_rows(self.table, where, params, changes)

    def _tombstone(self, where: str, params: Sequence[Any]) -> None:
        self.store.tombstone_rows(self.table, where, params)

    def update(self, record_id: str, **changes: Any) -> T:
        """Change fields of one record (one edit); unknown fields are refused."""
        unknown = set(changes) - set(columns(self.model)) | ({"id"} & set(changes))
        if unknown:
            raise TypeError(f"{self.table}: unknown fields {sorted(unknown)}")
        with self.store.edit():
            self._check_update(self.get(record_id), changes)
            self._update(record_id, changes)
        return self.get(record_id)

    def _check_update(self, current: T, changes: dict[str, Any]) -> None:
        """Rules a change must pass; subclasses add theirs."""

    def delete(self, record_id: str) -> None:
        """Leave a tombstone: the row stays, marked deleted, so laptops can exchange it."""
        with self.store.edit():
            self.get(record_id)
            self._tombstone("id = ?", [record_id])
