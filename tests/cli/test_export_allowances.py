"""`sro-desktop export allowances` (issue 17, item 4): the advisory board's Sitzungsgeld
of a year as a CSV for payroll and as statements per person, read back as Excel and
Word read them (csv, python-docx); wrong suffixes and empty years are refused."""

from __future__ import annotations

from command_line import assert_user_error, run
from document_reading import page_sizes_cm, read_csv, tables_of, text_of

PAID = ["Barth", "Engel", "Hoffmann", "Petersen", "Winter"]  # not the office's staff
DAYS = "29.01.2026, 09.05.2026, 17.08.2026, 26.10.2026"  # the demo of the pinned day


def test_the_payroll_csv(demo, tmp_path):
    out = tmp_path / "sitzungsgeld.csv"
    result = run("export", "allowances", "--db", demo, "--body", "PG1", "--year", "2026",
                 "--out", out)
    assert result.returncode == 0, result.stderr
    header, *rows = read_csv(out)
    assert header == ["Person", "Organisation", "Seite", "Sitzungen", "Anzahl",
                      "Sitzungsgeld (€)", "Fahrtkosten (€)", "Summe (€)"]
    assert [r[0].split()[-1] for r in rows] == PAID
    assert rows[1] == ["Sabine Engel", "Familienzentrum Lütten Eck e. V.", "Mitglieder", DAYS,
                       "4", "100,00", "20,00", "120,00"]


def test_the_statements_one_page_per_person(demo, tmp_path):
    out = tmp_path / "sitzungsgeld.docx"
    assert run("export", "allowances", "--db", demo, "--body", "PG1", "--year", "2026",
               "--person", "Engel, Sabine", "--out", out).returncode == 0
    text = text_of(out)
    assert "Sabine Engel" in text
    assert "Barth" not in text
    assert page_sizes_cm(out) == [(21.0, 29.7)]  # A4 portrait
    assert "Für die Teilnahme an 4 Sitzungen der Planungsgruppe Sozialraumorientierung " \
           "(PG 1) im Jahr 2026 (Mitglieder)" in text
    assert [row[1] for row in tables_of(out)[0][1:-1]] == ["PG1 1", "PG1 2", "PG1 3", "PG1 4"]
    (table,) = tables_of(out)
    assert table[0] == ["Datum", "Sitzung", "Sitzungsgeld", "Fahrtkosten", "Summe"]
    assert [row[0] for row in table[1:-1]] == DAYS.split(", ")
    assert table[1][2:] == ["25,00 €", "5,00 €", "30,00 €"]
    assert table[-1] == ["Summe", "", "100,00 €", "20,00 €", "120,00 €"]
    every = tmp_path / "alle.docx"
    assert run("export", "allowances", "--db", demo, "--body", "PG1", "--year", "2026",
               "--out", every).returncode == 0
    assert len(tables_of(every)) == len(PAID)


def test_refusals(demo, tmp_path):
    assert_user_error(run("export", "allowances", "--db", demo, "--body", "PG1", "--year",
                          "2026", "--out", tmp_path / "x.txt"), "bitte als")
    assert_user_error(run("export", "allowances", "--db", demo, "--body", "PG1", "--year",
                          "2025", "--out", tmp_path / "x.docx"), "kein Sitzungsgeld")
    assert not list(tmp_path.iterdir())
