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
    new = not path.exists()
    if new and not create:
        raise StoreError(f"Die Datei {path} gibt es nicht.")
    if new and not path.parent.is_dir():
        raise StoreError(f"Den Ordner {path.parent} gibt es nicht.")
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
        migrations.apply(db)
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
