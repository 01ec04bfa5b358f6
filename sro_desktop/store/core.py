"""The Store and the one base class all repositories share."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import RuleViolation
from ..domain.words import say
from .database import (
    as_found,
    close_and_tidy,
    migrate,
    needs_migration,
    open_database,
    open_database_read_only,
)
from .errors import READ_ONLY_MESSAGE, NotFound, ReadOnly, StoreError
from .identity import refuse_missing
from .lock import FileLock
from .mapping import now_utc, to_value
from .os_words import os_reason
from .repository import current_user, new_id
from .schema import LOCK_MARK, schema_version

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .allowances import AllowanceRates
    from .attachments import Attachments
    from .bodies import Bodies, Memberships, Organizations, People, Sides
    from .budget import BudgetLines, Posts
    from .decisions import Decisions
    from .history import History
    from .learning import LearningEvents, LearningParticipants
    from .meetings import Agenda, AttendanceList, Circulations, Corrections, Meetings, Objections
    from .search import SearchHit
    from .text_modules import TextModules
    from .work import Milestones, Recommendations, Tasks

__all__ = ["NotFound", "ReadOnly", "Store", "current_user", "new_id"]


class Store:
    """One open SRO file, with a repository per kind of record."""

    def __init__(self, db: Database, path: Path, user: str | None = None):
        self.db = db
        self.path = path
        self.user = user or current_user()
        self.read_only = False  # opened with read_only=True: every edit is refused
        self.snapshot_of: int | None = None  # read-only of an older format: its number
        self.lock: FileLock | None = None  # the lock file this store holds (writers)

    # The repositories, each made (and its module imported) when first used: a command
    # that reads three kinds of records does not import the store's every module.
    @cached_property
    def bodies(self) -> Bodies:
        from .bodies import Bodies

        return Bodies(self)

    @cached_property
    def sides(self) -> Sides:
        from .bodies import Sides

        return Sides(self)

    @cached_property
    def organizations(self) -> Organizations:
        from .bodies import Organizations

        return Organizations(self)

    @cached_property
    def people(self) -> People:
        from .bodies import People

        return People(self)

    @cached_property
    def memberships(self) -> Memberships:
        from .bodies import Memberships

        return Memberships(self)

    @cached_property
    def meetings(self) -> Meetings:
        from .meetings import Meetings

        return Meetings(self)

    @cached_property
    def attendance(self) -> AttendanceList:
        from .meetings import AttendanceList

        return AttendanceList(self)

    @cached_property
    def agenda(self) -> Agenda:
        from .meetings import Agenda

        return Agenda(self)

    @cached_property
    def corrections(self) -> Corrections:
        from .meetings import Corrections

        return Corrections(self)

    @cached_property
    def circulations(self) -> Circulations:
        from .meetings import Circulations

        return Circulations(self)

    @cached_property
    def objections(self) -> Objections:
        from .meetings import Objections

        return Objections(self)

    @cached_property
    def attachments(self) -> Attachments:
        from .attachments import Attachments

        return Attachments(self)

    @cached_property
    def decisions(self) -> Decisions:
        from .decisions import Decisions

        return Decisions(self)

    @cached_property
    def tasks(self) -> Tasks:
        from .work import Tasks

        return Tasks(self)

    @cached_property
    def recommendations(self) -> Recommendations:
        from .work import Recommendations

        return Recommendations(self)

    @cached_property
    def milestones(self) -> Milestones:
        from .work import Milestones

        return Milestones(self)

    @cached_property
    def text_modules(self) -> TextModules:
        from .text_modules import TextModules

        return TextModules(self)

    @cached_property
    def allowance_rates(self) -> AllowanceRates:
        from .allowances import AllowanceRates

        return AllowanceRates(self)

    @cached_property
    def learning_events(self) -> LearningEvents:
        from .learning import LearningEvents

        return LearningEvents(self)

    @cached_property
    def learning_participants(self) -> LearningParticipants:
        from .learning import LearningParticipants

        return LearningParticipants(self)

    @cached_property
    def budget_lines(self) -> BudgetLines:
        from .budget import BudgetLines

        return BudgetLines(self)

    @cached_property
    def posts(self) -> Posts:
        from .budget import Posts

        return Posts(self)

    @cached_property
    def history(self) -> History:
        from .history import History

        return History(self)

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
            store = cls(_open_and_migrate(path, create=create), path, user)
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
        from .search import search

        return search(self.db, text, limit)

    def save_copy(self, target: str | Path) -> Path:
        """A consistent copy of the open file (SQLite's online backup API), written
        atomically: a temporary file beside the target, then renamed."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StoreError(say("store.core", "Die Kopie braucht einen anderen Namen als die "
                                               "geöffnete Datei."))
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
            raise StoreError(say("store.core", "Die Kopie {target} ließ sich nicht schreiben: "
                                               "{os_reason}.").format(
                                 target=target, os_reason=os_reason(exc, path=target))) from exc
        return target

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def edit(self) -> Iterator[Database]:
        """One user edit: one transaction, and the file's refusals in words."""
        if self.read_only:
            raise ReadOnly(say("store.errors", READ_ONLY_MESSAGE))
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
                say("store.core", "Die Änderung passt nicht zu den gespeicherten Daten "
                                  "({message}).").format(message=message)
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


def _open_and_migrate(path: Path, *, create: bool) -> Database:
    """Open the file and bring its format up to date; an existing file that needs a
    migration is backed up first (store/backup.py), and stays as it was if that fails."""
    before = as_found(path)
    db, new = open_database(path, create=create)
    try:
        where = ""
        if not new and needs_migration(db, path):
            from .backup import BEFORE_MIGRATION, backup_file

            try:
                where = str(backup_file(path, conn=db.conn, reason=BEFORE_MIGRATION).path)
            except StoreError as exc:
                raise StoreError(
                    say(
                        "store.core",
                        "{path} hat ein älteres Datenformat und wird "
                        "vor der Aktualisierung gesichert; das ging "
                        "nicht: {exc} Die Datei bleibt unverändert.",
                    ).format(path=path, exc=exc)
                ) from exc
        migrate(db, path, new=new, backup=where)
        from .replica import remember_file

        remember_file(db, path)
    except BaseException:
        close_and_tidy(db, path, before)
        raise
    return db


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
