"""Undo and redo of edits while the program runs, kept in the connection's TEMP schema.

The technique of https://www.sqlite.org/undoredo.html: temporary triggers
write, for every change to a user table, the SQL that reverses it. An edit is
a range of that log; undoing it runs the range backwards in one transaction,
and the triggers record the reversal, which is the range to redo. Nothing of
this is stored in the file; the FTS index follows through its own triggers.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from .schema import USER_TABLES


def _literal(column: str) -> str:
    """SQL that writes the OLD value as a literal. Text goes as a hex blob cast back
    to text: quote() would cut it at a NUL character."""
    return (f"CASE typeof(OLD.{column}) WHEN 'text' THEN "
            f"'CAST('||quote(CAST(OLD.{column} AS BLOB))||' AS TEXT)' "
            f"ELSE quote(OLD.{column}) END")


# Columns an undo does not set back. A meeting's calendar revision (iCalendar SEQUENCE,
# migration m016) only goes up: a calendar ignores an update with a lower number, so
# undoing a change of date is one more change, which the file's trigger counts.
NOT_UNDONE = {"meetings": ("calendar_sequence",)}


@dataclass(frozen=True)
class Step:
    """Log entries first..last (inclusive) reverse one edit."""

    first: int
    last: int


class UndoLog:
    def __init__(self, db: Database, user: str | None = None):
        self.db = db
        # Undo restores a row as it was, its updated_by included; the history entries
        # the reversal writes name the user who undid it (``user``) instead.
        self.user = user if "history" in db.table_names() else None
        db.execute("CREATE TEMP TABLE IF NOT EXISTS undo_log "
                   "(seq INTEGER PRIMARY KEY, statement TEXT NOT NULL)")
        for table in USER_TABLES:
            self._install(table)

    def _install(self, table: str) -> None:
        columns = [c.name for c in self.db[table].columns]
        undone = [c for c in columns if c not in NOT_UNDONE.get(table, ())]
        sets = "||','||".join(f"'{c}='||{_literal(c)}" for c in undone)
        # an update of nothing but such a column (the file's own) is no edit to undo
        when = ("WHEN " + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in undone)
                if table in NOT_UNDONE else "")
        values = "||','||".join(_literal(c) for c in columns)
        log = "INSERT INTO undo_log (statement) VALUES"
        self.db.execute(f"""CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_insert
            AFTER INSERT ON main.{table} BEGIN
            {log} ('DELETE FROM {table} WHERE rowid='||NEW.rowid); END""")
        self.db.execute(f"""CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_update
            AFTER UPDATE ON main.{table} {when} BEGIN
            {log} ('UPDATE {table} SET '||{sets}||' WHERE rowid='||OLD.rowid); END""")
        self.db.execute(f"""CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_delete
            BEFORE DELETE ON main.{table} BEGIN
            {log} ('INSERT INTO {table} (rowid,{','.join(columns)}) VALUES('
                   ||OLD.rowid||','||{values}||')'); END""")

    def mark(self) -> int:
        return int(next(self.db.query("SELECT coalesce(max(seq), 0) AS n FROM undo_log"))["n"])

    def _history_mark(self) -> int:
        if self.user is None:
            return 0
        return int(next(self.db.query("SELECT coalesce(max(id), 0) AS n FROM history"))["n"])

    def since(self, mark: int) -> Step | None:
        """The step that reverses everything logged after ``mark``, if anything was."""
        last = self.mark()
        return Step(mark + 1, last) if last > mark else None

    def apply(self, step: Step) -> Step:
        """Run a step backwards in one transaction; returns the step that reverses it."""
        with self.db.atomic():
            statements = [r["statement"] for r in self.db.query(
                "SELECT statement FROM undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC",
                [step.first, step.last])]
            self.db.execute("DELETE FROM undo_log WHERE seq BETWEEN ? AND ?",
                            [step.first, step.last])
            mark = self.mark()
            history = self._history_mark()
            for statement in statements:
                self.db.execute(statement)
            if self.user is not None:
                self.db.execute("UPDATE history SET changed_by = ? WHERE id > ?",
                                [self.user, history])
            reverse = self.since(mark)
        assert reverse is not None, "a step always changes something"
        return reverse
