"""Typed columns (issue 14, point 1): the file refuses a value of the wrong type written
by any tool; a file holding such values from before is opened, and they are named."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from typed_files import LONG, as_previous_format, write_bad_values

from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import Meeting
from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.cut import cut
from sro_desktop.store.mapping import UNREADABLE_DATE, reader, unreadable
from sro_desktop.store.schema import schema_version, step_names
from sro_desktop.store.typed_columns import (
    BOOL,
    CODE,
    COUNT,
    DATE,
    STAMP,
    TIME,
    TYPED,
    Typed,
    bad_values,
    count_bad_values,
)

FIXTURES = Path(__file__).parents[1] / "fixtures"
BAD = {DATE: "2026-13-45", TIME: "25:99", CODE: "kaputt", BOOL: 2, COUNT: -1,
       STAMP: "gestern"}
OTHER_BAD = {DATE: "2026-02-30", TIME: "9:30", CODE: "", BOOL: "ja", COUNT: "drei",
             STAMP: "2026-02-30T10:00:00"}
THIRD_BAD = {DATE: "12.03.2026", TIME: "23:60", CODE: "Planned", BOOL: -1, COUNT: 2.5,
             STAMP: "2026-03-12Tspäter"}


def test_the_catalogue_constrains_every_typed_column():
    assert len(TYPED) == 171  # the number the issue asks to note
    kinds = {t.kind for t in TYPED}
    assert kinds == {DATE, TIME, CODE, BOOL, COUNT, STAMP}
    assert all(t.codes for t in TYPED if t.kind == CODE)
    assert "m013_typed_columns" in step_names()


@pytest.fixture(scope="module")
def typed_file(tmp_path_factory, demo_path) -> Path:
    """The demo with its triggers gone (so that only the CHECKs answer a write) and one
    row in every table (those the demo leaves empty get a copy of nothing: skipped)."""
    path = tmp_path_factory.mktemp("typed") / "typed.sro"
    shutil.copyfile(demo_path, path)
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("typed", TYPED, ids=lambda t: f"{t.table}.{t.column}")
def test_the_file_refuses_a_bad_value_written_by_another_tool(typed: Typed, typed_file):
    conn = sqlite3.connect(typed_file)  # plain sqlite3, as any tool would write
    try:
        rowid = conn.execute(f"SELECT min(rowid) FROM {typed.table}").fetchone()[0]
        if rowid is None:
            conn.execute("PRAGMA foreign_keys = OFF")
            rowid = _some_row(conn, typed.table)
        for value in (BAD[typed.kind], OTHER_BAD[typed.kind], THIRD_BAD[typed.kind]):
            with pytest.raises(sqlite3.IntegrityError,
                               match="CHECK constraint failed"):
                conn.execute(f'UPDATE {typed.table} SET "{typed.column}" = ? WHERE rowid = ?',
                             [value, rowid])
        if typed.nullable:
            conn.execute(f'UPDATE {typed.table} SET "{typed.column}" = NULL WHERE rowid = ?',
                         [rowid])
    finally:
        conn.rollback()
        conn.close()


def _some_row(conn: sqlite3.Connection, table: str) -> int:
    """A row of a table the demo leaves empty, written with valid values (uncommitted)."""
    columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
    typed = {t.column: t for t in TYPED if t.table == table}
    good = {DATE: "2026-03-12", TIME: "10:00", BOOL: 0, COUNT: 1,
            STAMP: "2026-03-12T10:00:00.000+00:00"}
    values = []
    for _cid, name, _kind, notnull, _default, _pk in columns:
        t = typed.get(name)
        values.append(t.codes[0] if t and t.kind == CODE else good[t.kind] if t else
                      b"x" if name == "content" else f"{table}-{name}" if notnull or _pk
                      else None)
    marks = ", ".join("?" for _ in columns)
    return conn.execute(f"INSERT INTO {table} VALUES ({marks})", values).lastrowid


def test_the_demo_holds_no_bad_value_and_every_check_is_in_the_file(demo_path, tmp_path):
    path = tmp_path / "demo.sro"
    shutil.copyfile(demo_path, path)
    with Store.open(path) as store:
        assert bad_values(store.db) == []
        assert count_bad_values(store.db) == 0
        schema = "\n".join(r[0] for r in store.db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table'"))
        assert all(f"CONSTRAINT {t.constraint} CHECK" in schema for t in TYPED)
        assert schema.count("CONSTRAINT typed_") == len(TYPED)
        assert check(store) == []


# --- a file of the previous format, holding bad values --------------------------------

@pytest.fixture
def old_file(tmp_path, demo_path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "alt.sro"
    shutil.copyfile(demo_path, path)
    as_previous_format(path)
    return path, write_bad_values(path)


def test_an_old_file_with_bad_values_is_migrated_not_refused(old_file):
    path, ids = old_file
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = store.db.execute("SELECT date FROM meetings WHERE id = ?",
                                  [ids["meeting"]]).fetchone()[0]
        assert stored == LONG  # nothing of the user's changed by the migration
        found = [b.text() for b in bad_values(store.db)]
        assert count_bad_values(store.db) == len(found) == 6
        # the records still read; the bad values stand in safely and are remembered
        meeting = store.meetings.get(ids["meeting"])
        assert meeting.date == UNREADABLE_DATE
        assert unreadable(meeting) == {"date": LONG}
        decision = store.decisions.get(ids["decision"])
        assert decision.outcome is None
        assert unreadable(decision) == {"decided_on": "2026-13-45", "outcome": "vielleicht"}
        task = store.tasks.get(ids["task"])
        assert (task.due_date, unreadable(task)) == (None, {"due_date": "bald"})
        other = store.tasks.get(ids["other task"])
        assert (other.state.value, unreadable(other)) == ("open", {"state": "irgendwie"})
        assert len(store.meetings.list()) > 1
        findings = check(store)
        short, number = store.db.execute(
            "SELECT b.short, m.number FROM meetings m JOIN bodies b ON b.id = m.body_id "
            "WHERE m.id = ?", [ids["meeting"]]).fetchone()
    assert all(len(f) < 300 for f in findings)
    assert f"Sitzung {short} {number}, Spalte „Datum“: „2026-13-45xxx" in "\n".join(findings)
    assert any(f.endswith("xxx…“ ist kein Datum (JJJJ-MM-TT).") for f in findings)
    decision_finding = next(f for f in findings if "beschlossen am" in f)
    assert decision_finding.startswith("Beschluss ")
    assert "der Sitzung " in decision_finding
    assert " vom " in decision_finding
    assert "„2026-13-45“ ist kein Datum (JJJJ-MM-TT)." in decision_finding
    assert any("Spalte „Ende“: „31:00“ ist keine Uhrzeit" in f for f in findings)
    assert any("„irgendwie“ ist keiner der zulässigen Werte (open, in_progress, done, "
               "dropped)" in f for f in findings)


def test_the_references_into_the_rebuilt_tables_hold_and_are_enforced(old_file):
    path, ids = old_file
    with Store.open(path) as store:
        db = store.db
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        body = db.execute("SELECT body_id FROM meetings WHERE id = ?",
                          [ids["meeting"]]).fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("DELETE FROM bodies WHERE id = ?", [body])
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("UPDATE tasks SET origin_meeting_id = 'nirgends' WHERE id = ?",
                       [ids["task"]])
        # triggers and indexes are there again as they were
        assert check(store)  # the bad values
        assert not [f for f in check(store) if "Trigger" in f or "fehlt" in f]
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = "
                                          "'index'")}
        assert {"meetings_number", "decisions_number", "tasks_state"} <= names


def test_a_file_with_references_already_dangling_is_migrated(tmp_path):
    """A file changed by a tool with foreign keys off (sqlite3's default) keeps its
    dangling references; the migration neither refuses it nor adds any."""
    path = tmp_path / "v1.sro"
    shutil.copyfile(FIXTURES / "schema_v1.sro", path)
    conn = sqlite3.connect(path)
    body = conn.execute("SELECT id FROM bodies").fetchone()[0]
    stamp = "2025-11-03T09:15:00+00:00"
    conn.execute("INSERT INTO meetings (id, body_id, number, date, state, chair_person_id, "
                 "created_at, updated_at) VALUES ('m1', ?, 1, '2025-13-01', 'geplant', "
                 "'weg', ?, ?)", [body, stamp, stamp])
    conn.execute("INSERT INTO tasks (id, body_id, title, origin_meeting_id, due_date, "
                 "created_at, updated_at) VALUES ('t1', 'kein-gremium', 'Verwaist', 'm1', "
                 "'2025-12-01', ?, ?)", [stamp, stamp])
    conn.commit()
    dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
    conn.close()
    assert len(dangling) == 2
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        after = store.db.execute("PRAGMA foreign_key_check").fetchall()
        assert sorted(r[:3] for r in after) == sorted(r[:3] for r in dangling)
        assert [b.typed.column for b in bad_values(store.db)] == ["date", "state"]


def test_a_row_reads_with_a_value_that_is_none():
    read = reader(Meeting).read
    row = ["m", "b", 1, "2026-02-30", "", "", "", None, None, "kaputt", None, None, "", None]
    meeting = read(row)
    assert (meeting.date, meeting.state.value) == (UNREADABLE_DATE, "planned")
    assert unreadable(meeting) == {"date": "2026-02-30", "state": "kaputt"}
    good = read(["m", "b", 1, "2026-02-28", "", "", "", None, None, "held", None, None, "",
                 None])
    assert (good.date, unreadable(good)) == (date(2026, 2, 28), {})


def test_cut_keeps_messages_short():
    assert cut("kurz") == "kurz"
    assert cut("x" * 10_000) == "x" * 79 + "…"
    assert len(cut("a\nb " * 5000, 40)) == 40
    assert cut(b"\x00" * 12) == "<12 Bytes>"
    assert cut(None) == "NULL"


def test_the_demo_of_the_previous_format_migrates_cleanly(demo_path, tmp_path):
    """Every value the program wrote passes; rows keep their rowids (the search index's
    keys), so the search still finds every record after the rebuild."""
    path = tmp_path / "demo.sro"
    shutil.copyfile(demo_path, path)
    as_previous_format(path)
    raw = sqlite3.connect(path)
    rowids = raw.execute("SELECT id, rowid FROM tasks ORDER BY rowid").fetchall()
    raw.close()
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert bad_values(store.db) == []
        assert check(store) == []
        assert store.db.execute("SELECT id, rowid FROM tasks ORDER BY rowid").fetchall() == \
            rowids
        assert store.db.execute(
            "SELECT count(*) FROM search_index s JOIN tasks t ON s.rowid = t.rowid * 8 + 4 "
            "AND s.record_id = t.id").fetchone()[0] == store.tasks.count()
        assert not store.db.execute("SELECT name FROM sqlite_master WHERE name LIKE "
                                    "'typed_migration%'").fetchall()


def test_a_record_with_a_bad_value_can_still_be_edited(old_file):
    path, ids = old_file
    with Store.open(path) as store:
        with pytest.raises(RuleViolation, match="Die Uhrzeit „31:00“ gibt es nicht"):
            store.meetings.update(ids["meeting"], place="Rathaus")  # the rules still hold
        meeting = store.meetings.update(ids["meeting"], end_time="")
        meeting = store.meetings.update(ids["meeting"], place="Rathaus")
        assert (meeting.place, unreadable(meeting)) == ("Rathaus", {"date": LONG})
        meeting = store.meetings.update(ids["meeting"], date=date(2026, 12, 1))
        assert (meeting.date, unreadable(meeting)) == (date(2026, 12, 1), {})
        task = store.tasks.update(ids["other task"], title="Neu benannt")
        assert unreadable(task) == {"state": "irgendwie"}
        assert count_bad_values(store.db) == 4  # the decision's two, the tasks' two


def test_the_large_demo_of_the_previous_format_migrates_cleanly(large_demo_path, tmp_path):
    """Ten years of the program's own values: none breaks a check (slow: the large demo;
    its migration took about 2.5 s when measured)."""
    path = tmp_path / "gross.sro"
    shutil.copyfile(large_demo_path, path)
    as_previous_format(path)
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert count_bad_values(store.db) == 0
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
