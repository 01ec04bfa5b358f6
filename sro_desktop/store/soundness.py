"""SQLite's own checks of a whole file, ``PRAGMA integrity_check`` and
``foreign_key_check``, on a connection of their own in a thread.

They run in C and take as long as the file is large; in a thread they run beside
the other checks of ``sro-desktop check`` (store/check.py) and beside the
program's imports, which is why this module imports nothing of the store.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from ..domain.words import say


class Soundness:
    """The two checks of one file, begun when made; :meth:`findings` waits for them."""

    def __init__(self, path: str | Path | None = None, conn: sqlite3.Connection | None = None):
        """On a new read-only connection to the file at ``path`` in a thread, or on
        ``conn`` at once (a copy in memory has no file to open again)."""
        self._rows: tuple[list[Any], list[Any]] | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if conn is not None:
            self._run(conn)
            return
        self._thread = threading.Thread(target=self._run_on, args=(Path(str(path)),),
                                        daemon=True)
        self._thread.start()

    def _run_on(self, path: Path) -> None:
        try:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            if not Path(f"{path}-wal").exists():
                # No writer has it open (a WAL file's writer keeps a -wal): read it as it
                # is, without SQLite making -wal/-shm beside a file not yet recognised.
                uri += "&immutable=1"
            conn = sqlite3.connect(uri, uri=True, timeout=5)
            try:
                self._run(conn)
            finally:
                conn.close()
        except BaseException as exc:  # noqa: BLE001 - raised again in findings()
            self._error = exc

    def _run(self, conn: sqlite3.Connection) -> None:
        self._rows = (conn.execute("PRAGMA integrity_check").fetchall(),
                      conn.execute("PRAGMA foreign_key_check").fetchall())

    def findings(self) -> list[str]:
        """Findings in German, as ``check`` reports them."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._rows is not None
        integrity, foreign = self._rows
        findings = []
        if [r[0] for r in integrity] != ["ok"]:
            findings += [
                say("store.soundness", "Integritätsprüfung: {r}").format(r=r[0]) for r in integrity]
        for table, rowid, parent, _ in foreign:
            findings.append(say("store.soundness", "Verweis ins Leere: {table} Zeile {rowid} → "
                                                   "{parent}").format(
                                table=table, rowid=rowid, parent=parent))
        return findings


def main_file(conn: sqlite3.Connection) -> str:
    """The file of the connection's main database; "" for one in memory."""
    return next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
