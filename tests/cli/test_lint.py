"""``sro-desktop lint``: Protokoll prüfen from the command line, in this process
(tests/cli/command_line.py) and once as a real process."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from command_line import assert_user_error, run, run_process


def meeting_id(path: Path, short: str, number: int) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT m.id FROM meetings m JOIN bodies b ON b.id = m.body_id "
            "WHERE b.short = ? AND m.number = ?", [short, number]).fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("ref", ["SG 7", "SG-7", "sg7"])
def test_clean_draft_exits_0(demo, ref):
    result = run("lint", "--db", demo, "--meeting", ref)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("7. Sitzung der Steuerungsgruppe Sozialraumorientierung am ")
    assert result.stdout.strip().endswith(": in Ordnung")
    assert result.stderr == ""


def test_meeting_by_id(demo):
    result = run_process("lint", "--db", demo, "--meeting", meeting_id(demo, "SG", 7))
    assert result.returncode == 0, result.stderr


def test_findings_exit_1_with_the_count_last(demo):
    result = run("lint", "--db", demo, "--meeting", "SG 6")  # sent, an objection still open
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Die Einwendung von Anke Hoffmann vom ")
    assert lines[0].endswith(" ist noch nicht erledigt.")
    assert result.stderr.strip().splitlines()[-1] == "Fehler: 1 Befund(e)"
    assert "Traceback" not in result.stderr


def test_each_kind_of_finding_is_listed(demo, tmp_path):
    path = tmp_path / "mängel.sro"
    path.write_bytes(demo.read_bytes())
    draft = meeting_id(path, "SG", 7)
    conn = sqlite3.connect(path)
    # a TOP without notes that no text module speaks for
    conn.execute("UPDATE agenda_items SET notes = '', title = 'Sonstiges' WHERE meeting_id = ? "
                 "AND title = 'Verschiedenes'", [draft])
    conn.execute("DELETE FROM task_owners WHERE task_id IN (SELECT id FROM tasks WHERE "
                 "origin_meeting_id = ? AND title = 'Protokoll an die Planungsgruppe "
                 "übermitteln')", [draft])
    conn.execute("DELETE FROM attendance WHERE meeting_id = ? AND membership_id = (SELECT "
                 "s.id FROM memberships s JOIN people p ON p.id = s.person_id WHERE "
                 "p.last_name = 'Brandt')", [draft])
    conn.execute("DELETE FROM votes WHERE decision_id IN (SELECT id FROM decisions WHERE "
                 "meeting_id = ? AND title = 'Tagesordnung')", [draft])
    conn.execute("UPDATE decisions SET outcome = NULL, result_text = '' WHERE meeting_id = ? "
                 "AND title = 'Tagesordnung'", [draft])
    conn.commit()
    conn.close()
    result = run("lint", "--db", path, "--meeting", "SG 7")
    assert result.returncode == 1
    out = result.stdout.strip().splitlines()
    assert out[0] == "Für Jörg Brandt ist keine Anwesenheit erfasst."
    assert any(line.startswith("TOP 2: Beschluss SG-") and line.endswith(
        " hat keine Abstimmung und kein Ergebnis.") for line in out)
    assert "Aufgabe „Protokoll an die Planungsgruppe übermitteln“ hat keine " \
           "Verantwortlichen." in out
    assert any(line.endswith(" hat kein Ergebnis: keine Notizen, keinen Beschluss, "
                             "keine Aufgabe.") for line in out)
    assert result.stderr.strip().splitlines()[-1] == f"Fehler: {len(out)} Befund(e)"


def test_a_planned_meeting_has_no_minutes_yet(demo):
    result = run("lint", "--db", demo, "--meeting", "SG 9")
    assert result.returncode == 1
    assert "noch nicht stattgefunden" in result.stdout


@pytest.mark.parametrize(("ref", "words"), [
    ("SG 99", "gibt es nicht"),
    ("1", "nicht eindeutig"),
    ("Sitzung", "gibt es nicht"),
])
def test_unknown_or_ambiguous_meeting_is_a_user_error(demo, ref, words):
    line = assert_user_error(run("lint", "--db", demo, "--meeting", ref))
    assert words in line


def test_lint_does_not_change_the_data(demo, tmp_path):
    path = tmp_path / "copy.sro"
    path.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()

    def content() -> str:
        conn = sqlite3.connect(path)
        try:
            return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
        finally:
            conn.close()

    before = content()
    assert run("lint", "--db", path, "--meeting", "SG 6").returncode == 1
    assert content() == before


def test_missing_file_is_a_user_error(tmp_path):
    assert_user_error(run("lint", "--db", tmp_path / "nope.sro", "--meeting", "SG 1"))
    assert not (tmp_path / "nope.sro").exists()


@pytest.mark.parametrize("args", [("lint",), ("lint", "--db", "x.sro"),
                                  ("lint", "--meeting", "SG 1")])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
