"""Files of the previous format holding values of the wrong type, as another tool writes
them (issue 14): shared by the store, command-line and window tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sro_desktop.store.schema import step_names


def as_previous_format(path: Path) -> None:
    """The file as format 12 left it: the tables without the typed columns' CHECKs."""
    conn = sqlite3.connect(path)
    tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                          "AND sql LIKE '%CONSTRAINT typed_%'").fetchall()
    conn.execute("PRAGMA writable_schema = ON")
    for name, sql in tables:
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                     [sql[:sql.index(",\n    CONSTRAINT typed_")] + ")", name])
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")
    # m013 and the later migrations run again (they keep what they added, as ever)
    typed = step_names().index("m013_typed_columns")
    for name in step_names()[typed:]:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [name])
    conn.execute(f"PRAGMA user_version = {typed}")
    conn.commit()
    conn.close()


LONG = "2026-13-45" + "x" * 10_000


def write_bad_values(path: Path) -> dict[str, str]:
    """Bad values as a tool writes them into a file of the previous format (no CHECKs):
    a 10 kB "date" and a time of a meeting, a date and an outcome of a decision, a due
    date of one task and a state of another. Returns their ids."""
    conn = sqlite3.connect(path)
    meeting = conn.execute("SELECT id FROM meetings WHERE state = 'planned' ORDER BY date "
                           "LIMIT 1").fetchone()[0]
    conn.execute("UPDATE meetings SET date = ?, end_time = '31:00' WHERE id = ?",
                 [LONG, meeting])
    decision = conn.execute(
        "SELECT d.id FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
        "WHERE m.state <> 'approved' ORDER BY d.rowid LIMIT 1").fetchone()[0]
    conn.execute("UPDATE decisions SET decided_on = '2026-13-45', outcome = 'vielleicht' "
                 "WHERE id = ?", [decision])
    task, other = [r[0] for r in conn.execute(
        "SELECT id FROM tasks WHERE state = 'open' ORDER BY rowid LIMIT 2")]
    conn.execute("UPDATE tasks SET due_date = 'bald' WHERE id = ?", [task])
    conn.execute("UPDATE tasks SET state = 'irgendwie' WHERE id = ?", [other])
    conn.commit()
    conn.close()
    return {"meeting": meeting, "decision": decision, "task": task, "other task": other}
