"""`sro-desktop privacy export|anonymise` on real files, in this process
(tests/cli/command_line.py); the question on a real terminal (a pseudo-terminal) to a real
process."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from command_line import assert_user_error, run, run_on_terminal


@pytest.fixture
def demo(demo_template, tmp_path) -> Path:
    path = tmp_path / "sitzungen.sro"
    shutil.copy(demo_template, path)
    return path


def people(db: Path, last_name: str) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT last_name, first_name, email FROM people "
                            "WHERE last_name = ?", [last_name]).fetchall()


def test_export_writes_the_auskunft_as_json(demo, tmp_path):
    out = tmp_path / "auskunft.json"
    result = run("privacy", "export", "--db", demo, "--person", "Maaß, Gerd", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Geschrieben: {out}\n"
    assert result.stderr == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["Person"]["Nachname"], data["Person"]["Vorname"]) == ("Maaß", "Gerd")
    [seat] = data["Mitgliedschaften"]
    assert (seat["Kürzel"], seat["Seite"], seat["heute gültig"]) == ("SG", "Freie Träger",
                                                                     False)
    by_id = run("privacy", "export", "--db", demo, "--person", data["Person"]["id"],
                "--out", tmp_path / "nach-id.json")
    assert by_id.returncode == 0, by_id.stderr
    assert sorted(p.name for p in tmp_path.iterdir()
                  if not p.name.startswith("sitzungen.sro")) == ["auskunft.json",
                                                                  "nach-id.json"]


@pytest.mark.parametrize(
    ("person", "out", "expected"),
    [("Niemand, Keiner", "a.json", "Fehler: Eine Person „Niemand, Keiner“ gibt es nicht."),
     ("Maaß, Gerd", "a.docx", "Fehler: a.docx: die Auskunft bitte als .json speichern."),
     ("Maaß, Gerd", "fehlt/a.json", "Fehler: Den Ordner {tmp}/fehlt gibt es nicht.")],
)
def test_export_refusals_are_one_line(demo, tmp_path, person, out, expected):
    result = run("privacy", "export", "--db", demo, "--person", person,
                 "--out", tmp_path / out)
    assert assert_user_error(result) == expected.format(tmp=tmp_path)


def test_two_people_of_the_same_name_need_the_id(demo, tmp_path):
    with sqlite3.connect(demo) as conn:
        conn.execute("INSERT INTO people (id, last_name, first_name, created_at, updated_at) "
                     "SELECT 'zwilling', last_name, first_name, created_at, updated_at "
                     "FROM people WHERE last_name = 'Maaß'")
    message = assert_user_error(run("privacy", "export", "--db", demo, "--person",
                                    "Maaß, Gerd", "--out", tmp_path / "a.json"))
    assert "nicht eindeutig" in message
    assert "(zwilling)" in message
    assert run("privacy", "export", "--db", demo, "--person", "zwilling",
               "--out", tmp_path / "a.json").returncode == 0


def test_anonymise_asks_and_without_a_terminal_refuses(demo):
    message = assert_user_error(run("privacy", "anonymise", "--db", demo,
                                    "--person", "Maaß, Gerd"))
    assert "nicht bestätigt" in message
    assert "--yes" in message
    assert people(demo, "Maaß") == [("Maaß", "Gerd", "")]


def test_anonymise_a_former_member(demo, tmp_path):
    result = run("privacy", "anonymise", "--db", demo, "--person", "Maaß, Gerd", "--yes")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Anonymisiert: Gerd Maaß → Ehemaliges Mitglied 1\n"
    assert people(demo, "Maaß") == []
    assert people(demo, "Ehemaliges Mitglied 1") == [("Ehemaliges Mitglied 1", "", "")]
    assert b"Gerd" not in demo.read_bytes()  # nowhere in the file, not even in free space
    check = run("check", "--db", demo)
    assert check.returncode == 0, check.stdout + check.stderr
    again = run("privacy", "anonymise", "--db", demo, "--person", "Ehemaliges Mitglied 1",
                "--yes")
    assert assert_user_error(again) == "Fehler: Ehemaliges Mitglied 1 ist bereits anonymisiert."
    out = tmp_path / "protokoll.docx"
    assert run("export", "minutes", "--meeting", "SG 1", "--db", demo, "--out",
               out).returncode == 0


def test_a_current_member_is_refused_even_with_yes(demo):
    message = assert_user_error(run("privacy", "anonymise", "--db", demo, "--person",
                                    "Hoffmann, Anke", "--yes"))
    assert message.startswith("Fehler: Anke Hoffmann ist noch Mitglied (SG, PG1).")
    assert people(demo, "Hoffmann")


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
@pytest.mark.parametrize(("answer", "done"), [("j", True), ("n", False), ("", False)])
def test_anonymise_asks_on_a_terminal(demo, answer, done):
    result = run_on_terminal("privacy", "anonymise", "--db", demo, "--person", "Maaß, Gerd",
                             answer=answer)
    assert "Gerd Maaß (" in result.stderr
    assert "[j/N]" in result.stderr
    assert "Traceback" not in result.stderr
    if done:
        assert result.returncode == 0, result.stderr
        assert people(demo, "Ehemaliges Mitglied 1")
    else:
        assert result.returncode == 1
        assert result.stderr.rstrip().endswith("Fehler: nicht bestätigt; nichts geändert")
        assert people(demo, "Maaß") == [("Maaß", "Gerd", "")]
