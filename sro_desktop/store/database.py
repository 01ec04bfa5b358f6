"""Opening an SRO file: recognise it, refuse what is not ours, set PRAGMAs, migrate.

The backup before a migration is taken by the caller (``Store.open``) between
:func:`open_database` and :func:`migrate`.

Nothing is written to a file before it has been recognised as ours and as
not newer than this program, so a refused file stays byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from .. import __version__
from .errors import NotOurFile, StoreError
from .identity import (
    BUSY_TIMEOUT_MS,
    check_header,
    check_identity,
    read_meta,
    refuse_missing,
)
from .schema import migrations, schema_version


def open_database(path: Path, *, create: bool = False) -> tuple[Database, bool]:
    """Open (or, with ``create``, make) an SRO file recognised as ours, with its PRAGMAs
    set; nothing migrated yet (:func:`migrate`). Returns the database and whether the
    file is new."""
    path = Path(path)
    refuse_missing(path, create=create)
    new = not path.exists()
    if not new:
        check_header(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} lässt sich nicht öffnen: {exc}") from exc
    try:
        if not new:
            check_identity(conn, path)
        db = Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        db.query("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotOurFile(f"{path} ist beschädigt oder keine SRO-Datei ({exc}).") from exc
    except BaseException:
        conn.close()
        raise
    return db, new


def needs_migration(db: Database) -> bool:
    return bool(migrations.pending(db))


def migrate(db: Database, path: Path, *, new: bool, backup: str = "") -> None:
    """Apply the pending migrations in one transaction: all of them, or none and the file
    as it was (``backup`` names the copy taken before, for the message); then record
    which program version wrote the file."""
    try:
        if migrations.pending(db):
            try:
                with db.atomic():
                    migrations.apply(db)
            except Exception as exc:
                if new:
                    raise
                raise StoreError(
                    f"Das Datenformat von {path} ließ sich nicht aktualisieren ({exc}). "
                    f"Die Datei bleibt, wie sie war; eine Sicherung liegt in {backup}."
                ) from exc
        if read_meta(db.conn, "written_by") != __version__:
            db.execute(
                "INSERT INTO meta(key, value) VALUES ('written_by', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [__version__],
            )
    except sqlite3.DatabaseError as exc:
        raise NotOurFile(f"{path} ist beschädigt oder keine SRO-Datei ({exc}).") from exc


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
    if not Path(f"{path}-wal").exists():
        # Nobody writes it now: recognise it without SQLite creating -wal/-shm
        # beside a file that is then refused.
        _check_identity_read_only(f"{uri}&immutable=1", path)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} lässt sich nicht öffnen: {exc}") from exc
    try:
        check_identity(conn, path)
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
        raise StoreError(f"{path} lässt sich nicht schreibgeschützt lesen ({exc}).") from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotOurFile(f"{path} ist beschädigt oder keine SRO-Datei ({exc}).") from exc
    except BaseException:
        conn.close()
        raise
    return db, version


def _check_identity_read_only(uri: str, path: Path) -> None:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} lässt sich nicht öffnen: {exc}") from exc
    try:
        check_identity(conn, path)
    finally:
        conn.close()
