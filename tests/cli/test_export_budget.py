"""`sro-desktop export budget` (issue 17, items 1 and 2): every year or one, as CSV or
Word, read back as Excel and Word read them; a wrong suffix and a year without lines are
refused with exit code 1 and no file."""

from __future__ import annotations

from command_line import assert_user_error, run
from document_reading import read_csv, text_of


def test_one_year_as_csv_and_every_year_as_word(demo, tmp_path):
    out = tmp_path / "haushalt.csv"
    result = run("export", "budget", "--db", demo, "--year", "2019", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Geschrieben: {out}"
    header, *rows = read_csv(out)
    assert header[:3] == ["Jahr", "Bereich", "Bezeichnung"]
    assert {r[0] for r in rows} == {"2019"}
    assert len(rows) == 5
    every = tmp_path / "alle.csv"
    assert run("export", "budget", "--db", demo, "--out", every).returncode == 0
    assert len(read_csv(every)) == 1 + 5 * 10  # 2018–2027
    word = tmp_path / "haushalt.docx"
    assert run("export", "budget", "--db", demo, "--year", "2027", "--out",
               word).returncode == 0
    text = text_of(word)
    assert "Haushaltsübersicht 2027" in text
    assert "Haushaltsjahr 2026" not in text
    assert "Marco Wendt" in text


def test_refusals(demo, tmp_path):
    assert_user_error(run("export", "budget", "--db", demo, "--out", tmp_path / "x.txt"),
                      "bitte als")
    assert_user_error(run("export", "budget", "--db", demo, "--year", "2035", "--out",
                          tmp_path / "x.csv"), "Für 2035 sind keine Haushaltszeilen")
    assert_user_error(run("export", "budget", "--db", demo, "--year", "2035", "--out",
                          tmp_path / "x.docx"), "keine Haushaltszeilen")
    assert run("export", "budget", "--db", demo, "--year", "zwei", "--out",
               tmp_path / "x.csv").returncode == 2  # argparse: no number
    assert not list(tmp_path.iterdir())
