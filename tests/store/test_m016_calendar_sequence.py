"""Migration m016 (file format 16): a file of format 15 gets each meeting's calendar
revision (``meetings.calendar_sequence``) and the trigger that raises it; ``check``
names a file whose trigger is gone."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.schema import schema_version, step_names


def as_format_15(path: Path) -> None:
    """Turn a current file into one as format 15 left it."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER meetings_calendar_sequence")
    conn.execute("ALTER TABLE meetings DROP COLUMN calendar_sequence")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m016_calendar_sequence', "
                 "'m017_allowances', 'm018_learning', 'm019_budget')")  # later ones again
    conn.execute("PRAGMA user_version = 15")
    conn.commit()
    conn.close()


def test_a_file_of_format_15_gets_the_calendar_revision(tmp_path, demo_path):
    assert step_names()[15] == "m016_calendar_sequence"
    path = tmp_path / "alt.sro"
    shutil.copyfile(demo_path, path)
    as_format_15(path)
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert "calendar_sequence" in store.db["meetings"].columns_dict
        assert {r[0] for r in store.db.execute("SELECT calendar_sequence FROM meetings")} == {0}
        assert check(store) == []
        meeting = store.meetings.resolve("SG 9")
        store.meetings.update(meeting.id, date=date(2027, 2, 10))
        assert store.meetings.calendar_sequence(meeting.id) == 1


def test_check_names_a_file_without_the_trigger(tmp_path, empty_store_path):
    path = tmp_path / "ohne.sro"
    shutil.copyfile(empty_store_path, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER meetings_calendar_sequence")
    conn.close()
    with Store.open(path, read_only=True) as store:
        assert any("meetings_calendar_sequence" in f for f in check(store))
