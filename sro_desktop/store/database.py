"""Opening an SRO file: recognise it, refuse what is not ours, set PRAGMAs, migrate.

The backup before a migration is taken by the caller (``Store.open``) between
:func:`open_database` and :func:`migrate`.

Nothing is written to a file before it has been recognised as ours and as
not newer than this program, so a refused file stays byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from .. import __version__
from ..domain.words import say
from .errors import StoreError
from .identity import (
    BUSY_TIMEOUT_MS,
    check_header,
    check_identity,
    read_meta,
    refusal,
    refuse_missing,
)
from .os_words import os_reason, sqlite_code
from .schema import migrations, schema_version


def open_database(path: Path, *, create: bool = False) -> tuple[Database, bool]:
    """Open (or, with ``create``, make) an SRO file recognised as ours, with its PRAGMAs
    set; nothing migrated yet (:func:`migrate`). Returns the database and whether the
    file is new. A refusal leaves nothing beside the file that was not there before."""
    path = Path(path)
    refuse_missing(path, create=create)
    new = not path.exists()
    if not new:
        check_header(path)
    before = as_found(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        tidy(path, before)
        raise refusal(exc, path) from exc
    try:
        if not new:
            check_identity(conn, path)
        db = Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        db.query("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # WAL works: -shm made
    except sqlite3.DatabaseError as exc:
        close_and_tidy(conn, path, before)
        raise refusal(exc, path) from exc
    except BaseException:
        close_and_tidy(conn, path, before)
        raise
    return db, new


# What SQLite may create beside a file while it opens or writes it.
SIDECARS = ("-wal", "-shm", "-journal")
WAL_VERSIONS = b"\x02\x02"  # header bytes 18-19 of a file in WAL mode
# what switching a file to WAL mode changes in its header: the versions, the change
# counter (24-27) and the number it is valid for (92-95)
_SWITCHED = frozenset([18, 19, *range(24, 28), *range(92, 96)])


@dataclass(frozen=True)
class AsFound:
    """What lay beside a file before it was opened, and its header (its journal mode),
    so that a failed opening can leave it as it was found."""

    files: frozenset[str]
    header: bytes


def as_found(path: Path) -> AsFound:
    files = frozenset(f"{path}{end}" for end in SIDECARS if Path(f"{path}{end}").exists())
    return AsFound(files, _header(path))


def close_and_tidy(conn: sqlite3.Connection | Database, path: Path, before: AsFound, *,
                   locked: bool = True) -> None:
    """Close a connection whose opening or migration failed before anything was
    committed, and leave the file as it was found: remove what SQLite made beside it
    and left there (its close cannot remove a -wal/-shm it failed to set up, e.g. when
    the disk is full), and, holding the lock, undo the switch to WAL mode of a file that
    was not in it (its header, where only that switch changed it)."""
    try:
        conn.close()
    except sqlite3.Error:
        pass
    tidy(path, before, locked=locked)


def tidy(path: Path, before: AsFound, *, locked: bool = True) -> None:
    """Remove the files beside ``path`` that SQLite made since ``before``. Holding the
    file's lock (``locked``), no other writer can have put anything into a new -wal;
    without it, only an empty -wal goes (and the -shm with it). A -journal goes only
    empty: one with content is what SQLite needs to undo a half-written change."""
    new = set(as_found(path).files - before.files)
    wal, shm, journal = (f"{path}{end}" for end in SIDECARS)
    if not locked and wal in new and _size(wal):
        new -= {wal, shm}
    if journal in new and _size(journal):
        new.discard(journal)
    for name in sorted(new, key=lambda n: n == shm):  # the -wal before its -shm
        try:
            Path(name).unlink()
        except OSError:
            pass
    now = _header(path)
    if (locked and len(before.header) == len(now) == 100 and not Path(wal).exists()
            and before.header[18:20] != WAL_VERSIONS and now[18:20] == WAL_VERSIONS
            and {i for i in range(100) if now[i] != before.header[i]} <= _SWITCHED):
        try:
            with path.open("r+b") as f:
                f.write(before.header)
                f.flush()
                os.fsync(f.fileno())
        except OSError:
            pass


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(100)
    except OSError:
        return b""


def _size(name: str) -> int:
    try:
        return os.stat(name).st_size
    except OSError:
        return 0


def needs_migration(db: Database, path: Path) -> bool:
    try:
        return bool(migrations.pending(db))
    except sqlite3.DatabaseError as exc:
        raise refusal(exc, path) from exc


def migrate(db: Database, path: Path, *, new: bool, backup: str = "") -> None:
    """Apply the pending migrations and record which program version wrote the file, in
    one transaction: all of it, or nothing and the file as it was (``backup`` names the
    copy taken before, for the message). Nothing is committed when this fails, so the
    caller may remove what SQLite left beside the file (:func:`close_and_tidy`)."""
    pending = False
    try:
        pending = bool(migrations.pending(db))
        with db.atomic():
            if pending:
                migrations.apply(db)
            if read_meta(db.conn, "written_by") != __version__:
                db.execute(
                    "INSERT INTO meta(key, value) VALUES ('written_by', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [__version__],
                )
    except Exception as exc:
        if pending and not new:
            raise _not_migrated(exc, path, backup) from exc
        if isinstance(exc, sqlite3.DatabaseError):
            raise refusal(exc, path) from exc
        raise


def _not_migrated(exc: Exception, path: Path, backup: str) -> StoreError:
    why = os_reason(exc, path=path) if isinstance(exc, sqlite3.Error | OSError) else str(exc)
    return StoreError(say("store.database", "Das Datenformat von {path} ließ sich nicht "
                                            "aktualisieren: {why}. Die Datei bleibt, wie sie "
                                            "war; eine Sicherung liegt in {backup}.").format(
                          path=path, why=why, backup=backup))


def open_database_read_only(path: Path) -> tuple[Database, int]:
    """Open an SRO file only to read it: no lock, no migration, nothing written.

    The connection is opened with ``mode=ro``, so SQLite itself refuses every
    write and never checkpoints into the file; it reads beside a writer in
    another process (WAL) and sees what that writer has committed. Only the
    ``-wal``/``-shm`` files may be created beside it, as SQLite needs them to
    read a WAL file. A file in an older format is copied into memory and
    brought up to date there (a snapshot; the file stays as it is).
    Returns the database and the format number of the file.
    """
    path = Path(path)
    refuse_missing(path, create=False)
    check_header(path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    before = as_found(path)
    if not Path(f"{path}-wal").exists():
        # Nobody writes it now: recognise it without SQLite creating -wal/-shm
        # beside a file that is then refused.
        _check_identity_read_only(f"{uri}&immutable=1", path)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise refusal(exc, path) from exc
    try:
        check_identity(conn, path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # -shm made
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < schema_version():
            source, conn = conn, sqlite3.connect(":memory:")
            source.backup(conn)
            source.close()
            migrations.apply(Database(conn, execute_plugins=False))
        db = Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        list(db.query("SELECT count(*) FROM sqlite_master"))
    except sqlite3.OperationalError as exc:
        conn.close()
        _tidy_after_failed_reading(path, before)
        if sqlite_code(exc) in (None, 1):  # SQLITE_ERROR: not a fault of disk or system
            raise StoreError(say("store.database", "{path} lässt sich nicht schreibgeschützt "
                                                   "lesen ({os_reason}).").format(
                                 path=path, os_reason=os_reason(exc))) from exc
        raise refusal(exc, path,
            say("store.database", "lässt sich nicht schreibgeschützt lesen")) from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        _tidy_after_failed_reading(path, before)
        raise refusal(exc, path) from exc
    except BaseException:
        conn.close()
        _tidy_after_failed_reading(path, before)
        raise
    return db, version


def _tidy_after_failed_reading(path: Path, before: AsFound) -> None:
    """What a failed read-only opening left beside the file goes, but only while no
    writer has the file (its lock, taken for the moment): a writer's -wal/-shm stay."""
    if as_found(path).files == before.files:
        return
    from .lock import FileLock
    from .repository import current_user

    try:
        lock = FileLock.acquire(path, user=current_user())
    except (StoreError, OSError):
        return
    try:
        tidy(path, before)
    finally:
        lock.release()


def _check_identity_read_only(uri: str, path: Path) -> None:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise refusal(exc, path) from exc
    try:
        check_identity(conn, path)
    finally:
        conn.close()
