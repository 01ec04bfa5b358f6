"""`sro-desktop export …` on real files, in this process (tests/cli/command_line.py); the
CSV exports as a real process, as a user runs them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from command_line import assert_user_error, run, run_process
from docx import Document

from sro_desktop.documents.render import shipped_template


def text_of(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows
              for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def meetings(demo) -> dict[str, dict]:
    """The steering group's meetings by state."""
    rows = json.loads(run("list", "meetings", "--db", demo, "--body", "SG", "--json").stdout)
    return {m["state"]: m for m in rows}


@pytest.mark.parametrize(
    ("args", "name", "expected"),
    [
        pytest.param(("minutes", "--meeting", "SG 3"), "protokoll.docx",
                     "Modellregion Lütten Klein / Evershagen", id="minutes"),
        pytest.param(("minutes", "--meeting", "SG-3", "--public", "--results-only"),
                     "oeffentlich.docx", "Öffentliche Fassung", id="minutes-public"),
        pytest.param(("invitation", "--meeting", "SG 8"), "einladung.docx",
                     "zur 8. Sitzung der Steuerungsgruppe Sozialraumorientierung",
                     id="invitation"),
        pytest.param(("tasks", "--body", "SG"), "aufgaben.docx", "Beschlusskontrolle",
                     id="tasks-docx"),
        pytest.param(("decisions", "--body", "SG"), "register.docx", "Beschlussregister",
                     id="decisions-docx"),
        pytest.param(("report",), "bericht.docx", "Der Oberbürgermeister", id="report"),
    ],
)
def test_each_word_export(demo, tmp_path, args, name, expected):
    out = tmp_path / name
    result = run("export", *args, "--db", demo, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Geschrieben: {out}"
    assert result.stderr == ""
    assert expected in text_of(out)
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize("what", ["tasks", "decisions"])
def test_csv_exports(demo, tmp_path, what):
    out = tmp_path / f"{what}.csv"
    result = run_process("export", what, "--db", demo, "--body", "SG", "--out", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) > 5
    assert len({len(r) for r in rows}) == 1


def test_decisions_of_a_period_in_both_date_forms(demo, tmp_path):
    iso = tmp_path / "iso.csv"
    german = tmp_path / "german.csv"
    all_rows = tmp_path / "all.csv"
    assert run("export", "decisions", "--db", demo, "--body", "SG", "--out", all_rows,
               ).returncode == 0
    with all_rows.open(encoding="utf-8-sig", newline="") as handle:
        dates = [r[1] for r in csv.reader(handle, delimiter=";")][1:]
    first = dates[2]
    day, month, year = first.split(".")
    assert run("export", "decisions", "--db", demo, "--body", "SG", "--from",
               f"{year}-{month}-{day}", "--out", iso).returncode == 0
    assert run("export", "decisions", "--db", demo, "--body", "SG", "--from", first,
               "--out", german).returncode == 0
    assert iso.read_bytes() == german.read_bytes()
    assert iso.read_bytes().count(b"\r\n") == len(dates) - 2 + 1


def test_meeting_by_id_and_by_reference_is_the_same(demo, tmp_path, meetings):
    invited = meetings["invited"]
    by_id, by_ref = tmp_path / "a.docx", tmp_path / "b.docx"
    assert run("export", "invitation", "--db", demo, "--meeting", invited["id"],
               "--out", by_id).returncode == 0
    assert run("export", "invitation", "--db", demo, "--meeting",
               f"SG-{invited['number']}", "--out", by_ref).returncode == 0
    assert text_of(by_id) == text_of(by_ref)


def test_invitation_too_late_warns_and_succeeds(demo, tmp_path, meetings):
    out = tmp_path / "einladung.docx"
    result = run("export", "invitation", "--db", demo, "--meeting",
                 f"SG {meetings['draft']['number']}", "--out", out)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Warnung: Die Sitzung am ")
    assert "Einladungsfrist von 7 Tagen" in lines[0]
    assert out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(("invitation", "--meeting", "SG 99"), "gibt es nicht", id="no-meeting"),
        pytest.param(("invitation", "--meeting", "XY 1"), "gibt es nicht", id="no-body"),
        pytest.param(("invitation", "--meeting", "SG 5"), "abgesagt", id="cancelled"),
        pytest.param(("tasks", "--body", "XY"), "Gremium", id="unknown-body"),
        pytest.param(("decisions", "--body", "SG", "--from", "2026-06-01", "--to",
                      "01.01.2026"), "endet", id="period-backwards"),
    ],
)
def test_user_errors(demo, tmp_path, args, message):
    out = tmp_path / "out.docx"
    line = assert_user_error(run("export", *args, "--db", demo, "--out", out))
    assert message in line
    assert not out.exists()


@pytest.mark.parametrize("what", [("minutes", "--meeting", "SG 3"),
                                  ("invitation", "--meeting", "SG 8"),
                                  ("tasks", "--body", "SG"), ("decisions", "--body", "SG"),
                                  ("report",)])
def test_missing_folder(demo, tmp_path, what):
    out = tmp_path / "fehlt" / "datei.docx"
    line = assert_user_error(run("export", *what, "--db", demo, "--out", out))
    assert "gibt es nicht" in line
    assert not (tmp_path / "fehlt").exists()


@pytest.mark.parametrize(
    ("template", "text", "problem"),
    [
        pytest.param("invitation.docx", "{{ meeting.briefkopf }}", "unbekanntes Feld",
                     id="invitation-unknown-field"),
        pytest.param("task_list.docx", "{% for x in %}", "fehlerhaften Platzhalter",
                     id="tasks-bad-tag"),
        pytest.param("register.docx", "{{ body.logo }}", "unbekanntes Feld",
                     id="register-unknown-field"),
        pytest.param("report.docx", "{% if status %}", "fehlerhaften Platzhalter",
                     id="report-unclosed-tag"),
    ],
)
def test_broken_user_template(demo, tmp_path, template, text, problem):
    mine = tmp_path / f"mein-{template}"
    document = Document(str(shipped_template(template)))
    document.add_paragraph(text)
    document.save(str(mine))
    what = {"invitation.docx": ("invitation", "--meeting", "SG 8"),
            "task_list.docx": ("tasks", "--body", "SG"),
            "register.docx": ("decisions", "--body", "SG"),
            "report.docx": ("report",)}[template]
    out = tmp_path / "out.docx"
    line = assert_user_error(run("export", *what, "--db", demo, "--out", out,
                                 "--template", mine))
    assert mine.name in line
    assert problem in line
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name]
    assert run("export", *what, "--db", demo, "--out", out).returncode == 0


def test_a_template_that_is_no_word_file(demo, tmp_path):
    fake = tmp_path / "vorlage.docx"
    fake.write_text("kein Word", encoding="utf-8")
    line = assert_user_error(run("export", "report", "--db", demo, "--out",
                                 tmp_path / "b.docx", "--template", fake))
    assert "keine Word-Datei" in line


def test_template_for_csv_and_other_suffixes_are_refused(demo, tmp_path):
    assert_user_error(run("export", "tasks", "--db", demo, "--body", "SG", "--out",
                          tmp_path / "a.csv", "--template", shipped_template("task_list.docx")))
    line = assert_user_error(run("export", "tasks", "--db", demo, "--body", "SG", "--out",
                                 tmp_path / "a.xlsx"))
    assert ".csv" in line
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "args",
    [("export",), ("export", "minutes"), ("export", "tasks", "--db", "x.sro", "--out", "a.csv"),
     ("export", "decisions", "--db", "x.sro", "--body", "SG", "--from", "31.02.2026",
      "--out", "a.csv"),
     ("export", "report", "--db", "x.sro", "--to", "gestern", "--out", "a.docx")],
    ids=["no-what", "no-args", "no-body", "impossible-date", "word-for-date"],
)
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_missing_database(tmp_path):
    assert_user_error(run("export", "report", "--db", tmp_path / "nope.sro", "--out",
                          tmp_path / "b.docx"))
    assert not list(tmp_path.iterdir())
