"""``sro-desktop backup`` and ``sro-desktop restore`` on real files, in this process
(tests/cli/command_line.py); as real processes beside a file this process holds open
(POSIX locks are per process) and with a real terminal (pty) for the question."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import docx
import pytest
from command_line import assert_user_error, digest, run, run_on_terminal, run_process

from sro_desktop.store import Store
from sro_desktop.store.backup import BEFORE_RESTORE, list_backups
from sro_desktop.store.schema import schema_version


def organizations(path: Path) -> set[str]:
    with Store.open(path, read_only=True) as s:
        return {o.name for o in s.organizations.list()}


@pytest.fixture
def demo(tmp_path, demo_template) -> Path:
    path = tmp_path / "sitzungen.sro"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def changed(demo, tmp_path) -> tuple[Path, Path]:
    """The demo with a backup, then changed: (file, backup)."""
    backup = tmp_path / "sicherung.sro"
    assert run("backup", "--db", demo, "--out", backup).returncode == 0
    with Store.open(demo) as s:
        s.organizations.add("Nach der Sicherung e.V.")
    return demo, backup


# -- backup --------------------------------------------------------------------------------


def test_backup_writes_an_sro_file_with_the_same_content(demo, tmp_path):
    out = tmp_path / "sicherung.sro"
    result = run("backup", "--db", demo, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sicherung geschrieben: {out}"
    assert run("check", "--db", out).returncode == 0
    meetings = [json.loads(run("list", "meetings", "--db", p, "--json").stdout)
                for p in (demo, out)]
    assert meetings[0] == meetings[1]
    assert len(meetings[0]) >= 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sicherung.sro", "sitzungen.sro"]


def test_backup_of_a_file_open_for_writing_has_its_latest_edit(demo, tmp_path):
    """(No byte comparison of the open file here: reading it with Python's open() and
    closing it would drop this process's SQLite locks on it — POSIX locks are per process.)"""
    out = tmp_path / "sicherung.sro"
    with Store.open(demo) as s:  # the window has it open (lock, WAL)
        s.organizations.add("Gerade gespeichert e.V.")
        result = run_process("backup", "--db", demo, "--out", out)
        assert result.returncode == 0, result.stderr
        assert Path(f"{demo}-wal").exists()  # the writer's WAL was left alone
        s.organizations.add("Nach der Sicherung e.V.")
    assert "Gerade gespeichert e.V." in organizations(out)
    assert "Nach der Sicherung e.V." not in organizations(out)
    assert {"Gerade gespeichert e.V.", "Nach der Sicherung e.V."} <= organizations(demo)


def test_backup_does_not_replace_a_file_without_force(demo, tmp_path):
    out = tmp_path / "vorhanden.sro"
    out.write_text("etwas anderes")
    assert_user_error(run("backup", "--db", demo, "--out", out), "--force")
    assert out.read_text() == "etwas anderes"
    result = run("backup", "--db", demo, "--out", out, "--force")
    assert result.returncode == 0, result.stderr
    assert organizations(out) == organizations(demo)


def test_backup_refuses_its_own_file_and_a_foreign_one(demo, tmp_path):
    before = digest(demo)
    assert_user_error(run("backup", "--db", demo, "--out", demo, "--force"), "anderen Namen")
    assert digest(demo) == before
    text = tmp_path / "notizen.sro"
    text.write_text("kein SRO")
    assert_user_error(run("backup", "--db", text, "--out", tmp_path / "x.sro"),
                      "keine SQLite-Datenbank")
    assert not (tmp_path / "x.sro").exists()


# -- restore -------------------------------------------------------------------------------


def test_restore_with_yes_backs_up_the_current_state_first(changed):
    demo, backup = changed
    result = run("restore", "--db", demo, "--from", backup, "--yes")
    assert result.returncode == 0, result.stderr
    assert f"Wiederhergestellt: {demo} aus {backup}" in result.stdout
    assert "Nach der Sicherung e.V." not in organizations(demo)
    (previous,) = list_backups(demo)
    assert previous.reason == BEFORE_RESTORE
    assert f"Vorheriger Stand gesichert: {previous.path}" in result.stdout
    assert "Nach der Sicherung e.V." in organizations(previous.path)
    assert run("check", "--db", demo).returncode == 0


def test_restore_without_a_terminal_and_without_yes_refuses(changed):
    demo, backup = changed
    before = digest(demo)
    result = run("restore", "--db", demo, "--from", backup)
    assert_user_error(result, "--yes")
    assert digest(demo) == before
    assert list_backups(demo) == []
    assert "Nach der Sicherung e.V." in organizations(demo)


def test_restore_asks_on_a_terminal_and_y_restores(changed):
    demo, backup = changed
    result = run_on_terminal("restore", "--db", demo, "--from", backup, answer="y")
    assert result.returncode == 0, result.stderr
    assert f"{demo} aus {backup} wiederherstellen?" in result.stderr
    assert "[j/N]" in result.stderr
    assert "Nach der Sicherung e.V." not in organizations(demo)
    assert [b.reason for b in list_backups(demo)] == [BEFORE_RESTORE]


@pytest.mark.parametrize("answer", ["", "n", "nein", "vielleicht"])
def test_restore_on_a_terminal_anything_but_yes_is_no(changed, answer):
    demo, backup = changed
    before = digest(demo)
    result = run_on_terminal("restore", "--db", demo, "--from", backup, answer=answer)
    assert result.returncode == 1
    assert "Fehler: nicht bestätigt" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(demo) == before
    assert list_backups(demo) == []


def word_document(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Niederschrift")
    document.save(str(path))


def someone_elses_sqlite(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE kontakte (name TEXT)")
    raw.commit()
    raw.close()


def truncated_demo(path: Path, demo: Path) -> None:
    path.write_bytes(demo.read_bytes()[: demo.stat().st_size // 2])


def newer_demo(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {schema_version() + 1}")
    raw.close()


@pytest.mark.parametrize(("name", "words"), [
    ("protokoll.sqlite", "keine SQLite-Datenbank"),
    ("leer.sro", "leer"),
    ("adressen.sro", "aber keine SRO-Datei"),
    ("halb.sro", "beschädigt"),
    ("zukunft.sro", "Datenformat"),
])
def test_restore_from_a_foreign_file_is_refused_before_asking(demo, tmp_path, name, words):
    source = tmp_path / name
    make = {"protokoll.sqlite": word_document, "leer.sro": Path.touch,
            "adressen.sro": someone_elses_sqlite,
            "halb.sro": lambda p: truncated_demo(p, demo),
            "zukunft.sro": lambda p: newer_demo(p, demo)}[name]
    make(source)
    before, source_before = digest(demo), digest(source)
    for extra in (["--yes"], []):
        assert_user_error(run("restore", "--db", demo, "--from", source, *extra), words)
    assert (digest(demo), digest(source)) == (before, source_before)
    assert list_backups(demo) == []


def test_restore_over_a_foreign_file_is_refused(changed, tmp_path):
    _demo, backup = changed
    target = tmp_path / "bericht.docx"
    word_document(target)
    before = digest(target)
    assert_user_error(run("restore", "--db", target, "--from", backup, "--yes"),
                      "keine SQLite-Datenbank")
    assert digest(target) == before


def test_restore_of_a_file_in_use_is_refused(changed):
    demo, backup = changed
    with Store.open(demo) as s:  # another program holds it for writing
        assert_user_error(run_process("restore", "--db", demo, "--from", backup, "--yes"),
                          "benutzt")
        s.organizations.add("Weiter bearbeitet e.V.")
    assert {"Nach der Sicherung e.V.", "Weiter bearbeitet e.V."} <= organizations(demo)
    assert list_backups(demo) == []


def test_restore_needs_from(demo):
    result = run("restore", "--db", demo, "--yes")
    assert result.returncode == 2
    assert "--from" in result.stderr
