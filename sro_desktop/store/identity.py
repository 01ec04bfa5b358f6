"""Recognising an SRO file before anything is written to it: its header, its
application id, and a format not newer than this program."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .. import __version__
from ..domain.words import say
from .errors import NotOurFile, StoreError, TooNew
from .os_words import DAMAGED, os_reason, sqlite_code
from .schema import APPLICATION_ID, schema_version

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def refuse_missing(path: Path, *, create: bool) -> None:
    """Refuse a file that is not there (unless it is to be made) or a missing folder."""
    if not path.exists():
        if not create:
            raise StoreError(say("store.identity", "Die Datei {path} gibt es nicht.").format(
                                 path=path))
        if not path.parent.is_dir():
            raise StoreError(say("store.identity", "Den Ordner {parent} gibt es nicht.").format(
                                 parent=path.parent))


def check_header(path: Path) -> None:
    """The first 100 bytes are an SQLite header (the file only read)."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        untouched = (
            say("store.identity", " Die Datei bleibt unverändert.") if path.is_file() else ""
        )
        raise StoreError(say("store.identity", "{path} lässt sich nicht lesen: "
                                               "{os_reason}.{untouched}").format(
                             path=path, os_reason=os_reason(exc), untouched=untouched)) \
            from exc
    if not header:
        raise NotOurFile(say("store.identity", "{path} ist leer und keine SRO-Datei.").format(
                             path=path))
    if not header.startswith(SQLITE_MAGIC):
        raise NotOurFile(say("store.identity", "{path} ist keine SRO-Datei (keine "
                                               "SQLite-Datenbank).").format(path=path))
    if len(header) < 100:
        raise NotOurFile(say("store.identity", "{path} ist beschädigt oder keine SRO-Datei "
                                               "(abgeschnitten).").format(path=path))


def check_identity(conn: sqlite3.Connection, path: Path) -> None:
    """Read-only look at the file: ours, and not newer than this program?"""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise refusal(exc, path) from exc
    if app_id != APPLICATION_ID:
        raise NotOurFile(
            say("store.identity", "{path} ist eine SQLite-Datenbank, aber keine SRO-Datei; sie "
                                  "bleibt unverändert.").format(path=path)
        )
    if version > schema_version():
        written_by = read_meta(conn, "written_by") or "unbekannt"
        raise TooNew(
            say(
                "store.identity",
                "{path} hat das Datenformat {version} (geschrieben von SRO "
                "Desktop {written_by}); diese Version {program_version} kennt nur "
                "bis Format {schema_version}. Bitte SRO Desktop "
                "aktualisieren; die Datei bleibt unverändert.",
            ).format(
                path=path,
                version=version,
                written_by=written_by,
                program_version=__version__,
                schema_version=schema_version(),
            )
        )


def refusal(exc: sqlite3.Error, path: Path, doing: str = "lässt sich nicht öffnen") -> StoreError:
    """The words for SQLite refusing ``path``: damaged (NotOurFile) only when SQLite found
    the file itself damaged or it is no database; a fault of the disk or the system (a
    read or write error, a full disk, a file size limit, missing rights) says what the
    operating system refused (store/os_words.py), and that the file is untouched."""
    code = sqlite_code(exc)
    if code is None or code in DAMAGED or code == 1:  # 1: SQLITE_ERROR, e.g. a bad schema
        return NotOurFile(say("store.identity", "{path} ist beschädigt oder keine SRO-Datei "
                                                "({os_reason}).").format(
                              path=path, os_reason=os_reason(exc)))
    return StoreError(say("store.identity", "{path} {doing}: {os_reason}. Die Datei bleibt "
                                            "unverändert.").format(
                          path=path, doing=doing, os_reason=os_reason(exc, path=path)))


def read_meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def file_stamp(path: Path) -> str:
    """What changes whenever anything is committed to the file at ``path`` (by any
    program): the main file's inode, size and times, and the ``-wal`` file's size and
    time while it holds pages. Opening and closing without a write leave it as it was,
    so work that depends only on the content (a backup, a check) can be skipped when
    the stamp is the one it last saw. Empty when the file cannot be read."""
    try:
        main = path.stat()
    except OSError:
        return ""
    parts = [main.st_ino, main.st_size, main.st_mtime_ns, main.st_ctime_ns]
    try:
        wal = Path(f"{path}-wal").stat()
    except OSError:
        wal = None
    if wal is not None and wal.st_size:
        parts += [wal.st_size, wal.st_mtime_ns]
    return ":".join(str(p) for p in parts)
