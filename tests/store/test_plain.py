"""store/plain.py: the command line's plain reader knows the file format as the schema does."""

from __future__ import annotations

import shutil
import sqlite3

from sro_desktop.store import plain
from sro_desktop.store.schema import APPLICATION_ID, schema_version


def test_the_plain_reader_knows_the_current_format():
    assert plain.APPLICATION_ID == APPLICATION_ID
    assert plain.SCHEMA_VERSION == schema_version()


def test_only_a_current_file_of_ours_is_read_plainly(demo_path, tmp_path):
    current = tmp_path / "current.sro"
    shutil.copyfile(demo_path, current)
    conn = plain.connect(current)
    assert conn is not None
    conn.close()
    older = tmp_path / "older.sro"
    shutil.copyfile(demo_path, older)
    with sqlite3.connect(older) as db:
        db.execute(f"PRAGMA user_version = {schema_version() - 1}")
    foreign = tmp_path / "foreign.sro"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    text = tmp_path / "text.sro"
    text.write_text("no database")
    for path in (older, foreign, text, tmp_path / "missing.sro"):
        assert plain.connect(path) is None, path
