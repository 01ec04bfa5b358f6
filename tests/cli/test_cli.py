"""The command line on real files: ``demo``, ``check``, ``list``; the first test runs the
installed program as a user does (real processes), the others call it in this process
(tests/cli/command_line.py)."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from command_line import assert_user_error, digest, run, run_process

from sro_desktop.store.schema import schema_version


def test_demo_then_check_is_clean(tmp_path):
    demo = tmp_path / "demo.sro"
    written = run_process("demo", "--db", demo)
    assert written.returncode == 0, written.stderr
    result = run_process("check", "--db", demo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith(": in Ordnung")
    assert not list(demo.parent.glob(".*.tmp*")), "no temporary file may be left behind"


def test_list_meetings_json(demo):
    result = run("list", "meetings", "--db", demo, "--json")
    assert result.returncode == 0, result.stderr
    meetings = json.loads(result.stdout)
    assert len(meetings) >= 6
    for m in meetings:
        assert {"id", "body", "number", "date", "state"} <= set(m)
    steering = [m for m in meetings if m["body"] == "SG"]
    states = {m["state"] for m in steering}
    assert {"approved", "sent", "draft", "invited", "planned", "cancelled"} <= states
    assert [m["number"] for m in steering] == list(range(1, len(steering) + 1))
    only_sg = json.loads(run("list", "meetings", "--db", demo, "--body", "SG",
                             "--json").stdout)
    assert only_sg == steering


def test_list_meetings_table(demo):
    result = run("list", "meetings", "--db", demo)
    assert result.returncode == 0
    assert "Protokoll genehmigt" in result.stdout
    assert "abgesagt" in result.stdout


def test_demo_refuses_to_overwrite_without_force(demo, tmp_path):
    copy = tmp_path / "mine.sro"
    copy.write_bytes(demo.read_bytes())
    before = digest(copy)
    assert_user_error(run("demo", "--db", copy))
    assert digest(copy) == before
    result = run("demo", "--db", copy, "--force")
    assert result.returncode == 0, result.stderr
    assert run("check", "--db", copy).returncode == 0


def test_demo_into_missing_folder(tmp_path):
    result = run("demo", "--db", tmp_path / "no" / "such" / "demo.sro")
    assert_user_error(result)
    assert not (tmp_path / "no").exists()


def _docx_bytes(tmp_path: Path) -> bytes:
    target = tmp_path / "letter.docx"
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return target.read_bytes()


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE addresses (name TEXT)")
    conn.execute("INSERT INTO addresses VALUES ('Erika Mustermann')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["text", "docx", "empty", "foreign_sqlite", "truncated"])
@pytest.mark.parametrize("command", [("check",), ("list", "meetings")])
def test_foreign_files_are_refused_and_unchanged(tmp_path, demo, kind, command):
    path = tmp_path / "file.sro"
    if kind == "text":
        path.write_text("Protokoll der Sitzung\n", encoding="utf-8")
    elif kind == "docx":
        path.write_bytes(_docx_bytes(tmp_path))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "foreign_sqlite":
        _foreign_sqlite(path)
    else:
        path.write_bytes(demo.read_bytes()[:1500])
    before = digest(path)
    assert_user_error(run(*command, "--db", path))
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("file")) == [
        "file.sro"]


def test_newer_file_is_refused_naming_versions(tmp_path, demo):
    path = tmp_path / "future.sro"
    path.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 5}")
    conn.execute("UPDATE meta SET value = '9.0.0' WHERE key = 'written_by'")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = digest(path)
    result = run("check", "--db", path)
    assert_user_error(result)
    assert str(schema_version() + 5) in result.stderr
    assert "9.0.0" in result.stderr
    assert digest(path) == before


def test_missing_file(tmp_path):
    assert_user_error(run("check", "--db", tmp_path / "nope.sro"))
    assert not (tmp_path / "nope.sro").exists()


@pytest.mark.parametrize("args", [("check",), ("frobnicate",), ("demo", "--size", "huge"),
                                  ("list",)])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_check_finds_minutes_changed_behind_the_lock(tmp_path, demo):
    path = tmp_path / "tampered.sro"
    path.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(path)
    meeting_id = conn.execute(
        "SELECT id FROM meetings WHERE state = 'approved' ORDER BY date LIMIT 1").fetchone()[0]
    conn.execute("DROP TRIGGER agenda_items_lock_update")
    conn.execute("UPDATE agenda_items SET notes = 'nachträglich geändert', "
                 "updated_at = '2999-01-01T00:00:00.000+00:00' WHERE meeting_id = ?",
                 [meeting_id])
    conn.commit()
    conn.close()
    result = run("check", "--db", path)
    assert result.returncode == 1
    assert "agenda_items_lock_update" in result.stdout
    assert "nach der Genehmigung des Protokolls geändert" in result.stdout
    # the meeting named by body, number and date
    assert re.search(r"^\S+ \d+ vom \d\d\.\d\d\.\d{4}: agenda_items ", result.stdout, re.MULTILINE)


def test_check_finds_a_gap_in_the_register(tmp_path, demo):
    path = tmp_path / "gap.sro"
    path.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE decisions SET seq = seq + 40 WHERE id = ("
                 "SELECT id FROM decisions WHERE meeting_id IN (SELECT id FROM meetings "
                 "WHERE state <> 'approved') ORDER BY seq DESC LIMIT 1)")
    conn.commit()
    conn.close()
    result = run("check", "--db", path)
    assert result.returncode == 1
    assert "Lücke" in result.stdout


def test_list_meetings_reads_plainly_as_the_store_does(demo, monkeypatch):
    """The quick plain read (store/plain.py) lists what the Store lists, in every form."""
    forms = [("--json",), ("--json", "--body", "SG"), (), ("--body", "SG")]
    plain_out = [run("list", "meetings", "--db", demo, *f).stdout for f in forms]
    from sro_desktop.store import plain

    monkeypatch.setattr(plain, "connect", lambda path: None)
    assert [run("list", "meetings", "--db", demo, *f).stdout for f in forms] == plain_out
    assert_user_error(run("list", "meetings", "--db", demo, "--body", "NOPE"))


def test_list_meetings_needs_neither_sqlite_utils_nor_word(demo):
    """The listing stays light: no sqlite-utils, no python-docx/docxtpl, no Qt beyond
    QtCore (its translator speaks the program's language)."""
    code = ("import sys, contextlib, io\n"
            "from sro_desktop.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    assert main(['list', 'meetings', '--db', {str(demo)!r}, '--json']) == 0\n"
            "heavy = {'sqlite_utils', 'docx', 'docxtpl', 'jinja2', 'PySide6.QtGui',\n"
            "         'PySide6.QtWidgets'} & set(sys.modules)\n"
            "assert not heavy, heavy\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
