"""Opening an SRO file: recognise it, refuse what is not ours, set PRAGMAs, migrate.

Nothing is written to a file before it has been recognised as ours and as
not newer than this program, so a refused file stays byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from .. import __version__
from .schema import APPLICATION_ID, migrations, schema_version

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """A file the store cannot open or use; the message is for the user (German)."""


class NotOurFile(StoreError):
    """The file is not an SRO file (not SQLite, someone else's, empty, damaged)."""


class TooNew(StoreError):
    """The file was written by a newer SRO Desktop."""


def open_database(path: Path, *, create: bool = False) -> Database:
    """Open (or, with ``create``, make) an SRO file and bring its schema up to date."""
    path = Path(path)
    refuse_missing(path, create=create)
    new = not path.exists()
    if not new:
        _check_header(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} lässt sich nicht öffnen: {exc}") from exc
    try:
        if not new:
            _check_identity(conn, path)
        db = Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        db.query("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        _migrate(db, path, new=new)
        if _meta(conn, "written_by") != __version__:
            db.execute(
                "INSERT INTO meta(key, value) VALUES ('written_by', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [__version__],
            )
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotOurFile(f"{path} ist beschädigt oder keine SRO-Datei ({exc}).") from exc
    except BaseException:
        conn.close()
        raise
    return db


def refuse_missing(path: Path, *, create: bool) -> None:
    """Refuse a file that is not there (unless it is to be made) or a missing folder."""
    if not path.exists():
        if not create:
            raise StoreError(f"Die Datei {path} gibt es nicht.")
        if not path.parent.is_dir():
            raise StoreError(f"Den Ordner {path.parent} gibt es nicht.")


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise StoreError(f"{path} lässt sich nicht lesen: {exc.strerror}.") from exc
    if not header:
        raise NotOurFile(f"{path} ist leer und keine SRO-Datei.")
    if not header.startswith(SQLITE_MAGIC):
        raise NotOurFile(f"{path} ist keine SRO-Datei (keine SQLite-Datenbank).")
    if len(header) < 100:
        raise NotOurFile(f"{path} ist beschädigt oder keine SRO-Datei (abgeschnitten).")


def _migrate(db: Database, path: Path, *, new: bool) -> None:
    """Apply the pending migrations in one transaction: all of them, or none and the file
    as it was. An existing file is backed up first (store/backup.py)."""
    if not migrations.pending(db):
        return
    where = ""
    if not new:
        from .backup import BEFORE_MIGRATION, backup_file

        try:
            where = str(backup_file(path, conn=db.conn, reason=BEFORE_MIGRATION).path)
        except StoreError as exc:
            raise StoreError(f"{path} hat ein älteres Datenformat und wird vor der "
                             f"Aktualisierung gesichert; das ging nicht: {exc} "
                             f"Die Datei bleibt unverändert.") from exc
    try:
        with db.atomic():
            migrations.apply(db)
    except Exception as exc:
        if new:
            raise
        raise StoreError(f"Das Datenformat von {path} ließ sich nicht aktualisieren ({exc}). "
                         f"Die Datei bleibt, wie sie war; eine Sicherung liegt in {where}."
                         ) from exc


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    """Read-only look at the file: ours, and not newer than this program?"""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotOurFile(f"{path} ist beschädigt oder keine SRO-Datei ({exc}).") from exc
    if app_id != APPLICATION_ID:
        raise NotOurFile(
            f"{path} ist eine SQLite-Datenbank, aber keine SRO-Datei; sie bleibt unverändert."
        )
    if version > schema_version():
        written_by = _meta(conn, "written_by") or "unbekannt"
        raise TooNew(
            f"{path} hat das Datenformat {version} (geschrieben von SRO Desktop {written_by}); "
            f"diese Version {__version__} kennt nur bis Format {schema_version()}. "
            f"Bitte SRO Desktop aktualisieren; die Datei bleibt unverändert."
        )


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


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
    _check_header(path)
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
        _check_identity(conn, path)
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
        _check_identity(conn, path)
    finally:
        conn.close()
