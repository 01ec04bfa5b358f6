"""Plain sqlite3 reads for the command line's listings: no sqlite-utils, no repositories.

Importing the whole store (sqlite-utils and every repository) costs several times
what ``sro-desktop list meetings`` itself does. So the listing reads through here
when the file is ours and in the current format, and through the Store otherwise:
the Store then says what is wrong with the file, or reads an older format from a
copy brought up to date in memory. Opening follows
:func:`~sro_desktop.store.database.open_database_read_only`: ``mode=ro``, and
nothing created beside the file (see :func:`connect`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The same as schema.APPLICATION_ID and schema.schema_version(), without importing
# the migrations (and sqlite-utils); tests/store/test_plain.py keeps them equal.
APPLICATION_ID = 0x53524F31
SCHEMA_VERSION = 19
SQLITE_MAGIC = b"SQLite format 3\x00"


def connect(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to an SRO file in the current format; None for anything
    else (missing, foreign, damaged, older, newer), which the Store then explains.

    While the file has no ``-wal`` no writer has it open (SRO files are WAL files), so
    it is read as ``immutable``: SQLite then creates no ``-wal``/``-shm`` that would
    have to be tidied away under the file's lock afterwards (``Store.close``). The
    moment a writer could start during a listing is covered by the caller reading
    through the Store again when a plain read fails."""
    try:
        with path.open("rb") as f:
            if not f.read(100).startswith(SQLITE_MAGIC):
                return None
        uri = f"{path.resolve().as_uri()}?mode=ro"
        if not Path(f"{path}-wal").exists():
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, timeout=5)
        if not _current(conn):
            conn.close()
            return None
    except (OSError, sqlite3.Error):
        return None
    conn.row_factory = sqlite3.Row
    return conn


def _current(conn: sqlite3.Connection) -> bool:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return bool(app_id == APPLICATION_ID and version == SCHEMA_VERSION)


def meetings(conn: sqlite3.Connection, body_ref: str | None = None
             ) -> list[sqlite3.Row] | None:
    """Live meetings, as ``Meetings.list`` orders them (date, number), with their body's
    ``short``, ``name``, ``article`` and ``genitive``; of one body (its id or short name,
    as ``Bodies.resolve``) or of all. None when there is no such body (the Store says
    so) or a meeting's body is gone."""
    where, params = "", []
    if body_ref is not None:
        found = conn.execute("SELECT id FROM bodies WHERE deleted_at IS NULL AND "
                             "(id = ? OR short = ?) ORDER BY name LIMIT 1",
                             [body_ref, body_ref]).fetchone()
        if found is None:
            return None
        where, params = "AND m.body_id = ?", [found[0]]
    rows = conn.execute(
        f"SELECT m.*, b.short, b.name, b.article, b.genitive, b.deleted_at AS body_gone "
        f"FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id "
        f"WHERE m.deleted_at IS NULL {where} ORDER BY m.date, m.number", params).fetchall()
    if any(r["short"] is None or r["body_gone"] is not None for r in rows):
        return None
    return rows
