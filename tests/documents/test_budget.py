"""The budget of the model region as documents (issue 17, items 1 and 2): the CSV read
back as Excel reads it (csv module: UTF-8 with BOM, ";"), the Haushaltsübersicht read
back from its XML with zipfile (python-docx wrote it, so python-docx does not read it),
and the Sachstandsbericht's sections "Budget der Modellregion" and "Stellen"."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from document_reading import TODAY, read_csv, table_with, text_of
from lxml import etree

from sro_desktop.documents.budget import export_budget
from sro_desktop.documents.files import ExportError
from sro_desktop.documents.report import export_report
from sro_desktop.domain.enums import BudgetArea, FundingSource, ParitySide
from sro_desktop.store import Store

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FLEXIBLE_2019 = ["2019", "Hilfen zur Erziehung", "Flexible Hilfen im Sozialraum",
                 "Hansestadt Rostock", "123.640,62", "123.640,62", "123.640,62", "123.640,62",
                 "122.033,46", "128.710,22", "115.480,84", "123.888,58", "494.562,48",
                 "490.113,10", "4.449,38"]


def cents(text: str) -> int:
    """A German amount ("-1.234,56" or "1.234,56 €") in cents, read independently."""
    plain = text.replace("€", "").strip().replace(".", "")
    whole, rest = plain.split(",")
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 100 + int(rest))


def docx_tables(path: Path) -> list[list[list[str]]]:
    """Every table of the Word file as rows of cell texts, from word/document.xml."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return [[["\n".join(_text(p) for p in cell.iter(W + "p")) for cell in row.iter(W + "tc")]
             for row in table.iter(W + "tr")] for table in root.iter(W + "tbl")]


def _text(paragraph: etree._Element) -> str:
    """A paragraph's text; a line break (w:br) as "\\n"."""
    return "".join("\n" if e.tag == W + "br" else e.text or ""
                   for e in paragraph.iter(W + "t", W + "br"))


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return "\n".join(_text(p) for p in root.iter(W + "p"))


@pytest.fixture(scope="module")
def written(demo_path, tmp_path_factory) -> dict[str, Path]:
    """The demo's 2019 as CSV and Word, every year as Word, and the report: written once."""
    folder = tmp_path_factory.mktemp("budget")
    with Store.open(demo_path, read_only=True) as store:
        return {"csv": export_budget(store, folder / "h.csv", year=2019),
                "docx": export_budget(store, folder / "h2019.docx", year=2019),
                "all": export_budget(store, folder / "h.docx"),
                "report": export_report(store, folder / "bericht.docx", today=TODAY)}


def test_the_csv_of_2019_exact_to_the_cent(written, demo_path):
    header, *rows = read_csv(written["csv"])
    assert header[:4] == ["Jahr", "Bereich", "Bezeichnung", "Finanzierung"]
    assert header[4:15] == ["Soll Q1 (€)", "Soll Q2 (€)", "Soll Q3 (€)", "Soll Q4 (€)",
                            "Ist Q1 (€)", "Ist Q2 (€)", "Ist Q3 (€)", "Ist Q4 (€)",
                            "Soll (€)", "Ist (€)", "Rest (€)"]
    assert header[15:] == ["Beschluss", "Meilenstein"]
    assert len(rows) == 5
    assert rows[0][:15] == FLEXIBLE_2019
    assert rows[0][16] == "Erprobung in der budgetierten Modellregion abgeschlossen"
    for row in rows:  # the sums are the quarters' sums, the rest what the plan leaves
        plan, actual = sum(map(cents, row[4:8])), sum(map(cents, row[8:12]))
        assert (cents(row[12]), cents(row[13]), cents(row[14])) == (plan, actual,
                                                                   plan - actual)
        assert all("€" not in c for c in row[4:15])  # numbers to a German Excel
    with Store.open(demo_path, read_only=True) as store:
        total = store.budget_lines.totals(2019)
    assert sum(cents(r[12]) for r in rows) == total.plan
    assert sum(cents(r[13]) for r in rows) == total.actual


def test_a_hand_made_budget_with_thousands_and_an_overspent_line(tmp_path):
    with Store.open(tmp_path / "b.sro", create=True) as store:
        line = store.budget_lines.add(
            2030, BudgetArea.OTHER, "=HYPERLINK(\"x\")", funding=FundingSource.PROVIDERS,
            plan_q1_cents=123456, plan_q3_cents=5, actual_q1_cents=1, actual_q2_cents=9,
            actual_q4_cents=100000099)
        store.budget_lines.add(2031, BudgetArea.POSTS, "Stelle", plan_q2_cents=100)
        person = store.people.add("Acker", "Anna")
        store.posts.add("Koordination", ParitySide.PROVIDERS, TODAY, share_permille=500,
                        budget_line_id=line.id)
        store.posts.add("Unbesetzt", ParitySide.OFFICE, TODAY)
        store.posts.update(store.posts.list()[0].id, person_id=person.id)
        csv_file = export_budget(store, tmp_path / "b.csv", year=2030)
        word = export_budget(store, tmp_path / "b.docx", year=2030)
        with pytest.raises(ExportError, match="Für 2029 sind keine Haushaltszeilen"):
            export_budget(store, tmp_path / "leer.csv", year=2029)
    _header, row = read_csv(csv_file)
    assert row[2] == "'=HYPERLINK(\"x\")"  # no formula runs
    assert row[4:15] == ["1.234,56", "0,00", "0,05", "0,00", "0,01", "0,09", "0,00",
                         "1.000.000,99", "1.234,61", "1.000.001,09", "-998.766,48"]
    summary, funding, lines, posts = docx_tables(word)
    assert funding[1][0] == "Eigenanteil der Träger"
    assert summary[1] == ["2030", "1.234,61 €", "1.000.001,09 €", "-998.766,48 €"]
    assert lines[1][2:] == ["1.234,56 €", "0,00 €", "0,05 €", "0,00 €", "1.234,61 €", ""]
    assert lines[-1][-1] == "-998.766,48 €"
    assert posts[1][:2] == ["Unbesetzt", "unbesetzt"]  # the office's post first
    assert posts[2] == ["Koordination", "Anna Acker", "Freie Träger", "0,5 Stelle",
                        posts[2][4], "–", "=HYPERLINK(\"x\") · Eigenanteil der Träger"]
    assert not (tmp_path / "leer.csv").exists()


def test_the_word_overview_of_2019_and_of_every_year(written):
    tables = docx_tables(written["docx"])
    assert tables[0][0] == ["Haushaltsjahr", "Soll", "Ist", "Rest"]
    assert tables[0][1] == ["2019", "940.236,56 €", "930.707,40 €", "9.529,16 €"]
    assert [r[0] for r in tables[1]] == ["Finanzierung", "Hansestadt Rostock",
                                         "Landesmodellprojekt", "Eigenanteil der Träger",
                                         "Summe"]
    lines = tables[2]
    assert lines[0][2:] == ["I. Quartal", "II. Quartal", "III. Quartal", "IV. Quartal",
                            "Jahr", "Rest"]
    assert lines[1] == ["Flexible Hilfen im Sozialraum", "Soll", *["123.640,62 €"] * 4,
                        "494.562,48 €", ""]
    assert lines[2][1:] == ["Ist", "122.033,46 €", "128.710,22 €", "115.480,84 €",
                            "123.888,58 €", "490.113,10 €", "4.449,38 €"]
    assert lines[2][0].startswith("Hilfen zur Erziehung · Hansestadt Rostock")
    assert lines[-2][:2] == ["Summe", "Soll"]
    assert lines[-2][6] == "940.236,56 €"
    posts = tables[3]
    assert posts[0] == ["Stelle", "Inhaber/in", "Seite", "Anteil", "von", "bis",
                        "Finanzierung"]
    holders = [row[1].split("\n")[0] for row in posts[1:]]
    assert holders == ["Marco Wendt", "Piotr Kowalski"]  # held in 2019; not the successor
    assert "0,75 Stelle" in posts[2]
    every = docx_tables(written["all"])
    assert [r[0] for r in every[0][1:]] == [*map(str, range(2018, 2028)), "Summe"]
    assert len(every) == 2 + 10 + 1
    assert "Ulrike Petersen" in docx_text(written["all"])


def test_the_report_shows_the_budget_and_the_posts(written):
    report = written["report"]
    years = table_with(report, "Haushaltsjahr", "Soll", "Ist", "Rest")
    assert [row[0] for row in years] == ["2025", "2026"]  # the period's years
    assert all(row[1].endswith(" €") for row in years)
    areas = table_with(report, "Schwerpunkt", "Soll", "Ist", "Rest")
    assert [row[0] for row in areas][:2] == ["Hilfen zur Erziehung",
                                             "Jugend- und Jugendsozialarbeit"]
    assert sum(cents(r[1]) for r in areas) == sum(cents(r[1]) for r in years)
    assert [r[0] for r in table_with(report, "Finanzierung", "Soll")] == [
        "Hansestadt Rostock", "Landesmodellprojekt", "Eigenanteil der Träger"]
    posts = table_with(report, "Stelle", "Inhaber/in", "Seite", "Anteil", "von", "bis")
    assert [(r[1].split("\n")[0], r[2], r[3], r[4], r[5]) for r in posts] == [
        ("Marco Wendt", "Verwaltung", "1,0 Stelle", "01.01.2018", "–"),
        ("Ulrike Petersen", "Freie Träger", "1,0 Stelle", "01.07.2020", "–")]
    text = text_of(report)
    assert "Budget der Modellregion" in text
    assert "Haushaltsjahre 2025–2026: die Haushaltsjahre, die in den Berichtszeitraum" in text
    assert "Insgesamt: Soll " in text


def test_an_old_custom_report_template_still_works(demo_path, tmp_path):
    """A user's template from before these sections knows none of their fields."""
    old = Path(__file__).parent / "templates" / "report_before_budget.docx"
    with Store.open(demo_path, read_only=True) as store:
        path = export_report(store, tmp_path / "b.docx", today=TODAY, template=old)
    assert "Budget der Modellregion" not in text_of(path)
    assert "Fortbildungen und Hospitationen" in text_of(path)


def test_one_year_is_named_once_and_its_lines_follow_its_sums(demo_path, tmp_path):
    with Store.open(demo_path, read_only=True) as store:
        word = export_budget(store, tmp_path / "b.docx", year=2019)
    text = docx_text(word)
    assert "Haushaltsübersicht 2019" in text
    assert "2019–2019" not in text
    body = zipfile.ZipFile(word).read("word/document.xml").decode("utf-8")
    assert 'w:type="page"' not in body  # the year's table on the first page


def test_the_report_names_a_holder_who_left_during_the_period(demo_path, tmp_path):
    """A change of holder in the period: both holdings, each with its days."""
    path = tmp_path / "d.sro"
    shutil.copyfile(demo_path, path)
    with Store.open(path) as store:
        office = store.posts.on(TODAY)[0]
        successor = next(p for p in store.people.list() if p.last_name == "Seidel")
        store.posts.change_holder(office.id, date(2026, 9, 1), person_id=successor.id)
        report = export_report(store, tmp_path / "bericht.docx", today=TODAY)
    posts = table_with(report, "Stelle", "Inhaber/in", "Seite", "Anteil", "von", "bis")
    assert [(r[1].split("\n")[0], r[4], r[5]) for r in posts][:2] == [
        ("Marco Wendt", "01.01.2018", "31.08.2026"), ("Kathrin Seidel", "01.09.2026", "–")]
