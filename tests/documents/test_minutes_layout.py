"""The minutes print without touching them in Word: headings stay with what follows,
table headers repeat and rows do not split, no line is left alone at a page's foot or top,
no empty page — set in the Word file, and checked on the pages LibreOffice prints."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from document_reading import TODAY
from docx import Document
from docx.oxml.ns import qn

from sro_desktop.documents.minutes import export_minutes
from sro_desktop.documents.render import shipped_template
from sro_desktop.domain.enums import MeetingState

HEADINGS = ("Title", "Heading 1", "Heading 2", "Heading 3")
FOOTER = re.compile(r"^Seite \d+ von \d+$")


def words(text: str) -> str:
    return " ".join(text.split())


# -- in the Word file ---------------------------------------------------------------------------
def test_the_template_keeps_headings_with_what_follows_and_controls_widows():
    document = Document(str(shipped_template("minutes.docx")))
    for name in HEADINGS:
        assert document.styles[name].paragraph_format.keep_with_next, name
    assert document.styles["Normal"].paragraph_format.widow_control


def test_tables_repeat_their_header_and_keep_their_rows_whole(demo_store, tmp_path):
    sg = demo_store.bodies.resolve("SG")
    meeting = next(m for m in demo_store.meetings.list(sg.id)
                   if m.state is MeetingState.DRAFT)
    path = export_minutes(demo_store, meeting.id, tmp_path / "p.docx", today=TODAY)
    grids = [t for t in Document(str(path)).tables
             if t.style is not None and t.style.name == "Table Grid"]
    assert len(grids) >= 5
    for table in grids:
        header, *rows = table.rows
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None
        for row in rows:
            assert row._tr.trPr is not None
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None


# -- on the printed pages -----------------------------------------------------------------------
def long_meeting(store):
    """The draft with many papers and a long list of open tasks: tables across pages."""
    sg = store.bodies.resolve("SG")
    meeting = next(m for m in store.meetings.list(sg.id) if m.state is MeetingState.DRAFT)
    items = store.agenda.list(meeting.id)
    for n in range(24):
        store.attachments.add(items[2 + n % 4].id,
                              (f"Anlage {n + 1:02} Bericht zur Lage.pdf", bytes([n]) * 900))
    for n in range(30):
        store.tasks.add(sg.id, f"Aufgabe {n + 1}: die Ergebnisse der Hospitation in einem "
                        f"Vermerk zusammenfassen und an die Träger weitergeben",
                        due_date=date(2027, 1, 1 + n % 28))
    return meeting


def page_lines(pdf: Path) -> list[list[str]]:
    """Each page's lines as printed (header and footer left out), spaces collapsed."""
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout)[1])
    pages = []
    for n in range(1, count + 1):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf),
                               "-"], capture_output=True, text=True, check=True).stdout
        lines = [words(line) for line in text.splitlines() if line.strip()]
        pages.append([line for line in lines[1:] if not FOOTER.match(line)])  # [0]: header
    return pages


def header_pattern(cells: list[str]) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(words(c)) for c in cells if c.strip()))


def first_line(cells: list[str]) -> re.Pattern[str]:
    """The first printed line of a row: each cell's first word, side by side."""
    return re.compile(".* ".join(re.escape(words(c).split(" ")[0]) for c in cells
                                 if c.strip()))


def check_pages(docx: Path, pdf: Path) -> int:
    """Asserts the layout rules on the printed pages; returns how many tables it found
    with their first row (so that the check cannot pass by finding nothing)."""
    document = Document(str(docx))
    headings = {words(p.text) for p in document.paragraphs
                if p.style is not None and p.style.name in HEADINGS and p.text.strip()}
    pages = page_lines(pdf)
    assert pages, pdf.name
    for number, lines in enumerate(pages, 1):
        assert lines, f"{pdf.name}: page {number} is empty"
        assert lines[-1] not in headings, f"{pdf.name}: page {number} ends with a heading"
    checked = 0
    for table in document.tables:
        if table.style is None or table.style.name != "Table Grid" or len(table.rows) < 2:
            continue
        header = header_pattern([c.text for c in table.rows[0].cells])
        row = first_line([c.text for c in table.rows[1].cells])
        for number, lines in enumerate(pages, 1):
            assert not header.fullmatch(lines[-1]), (
                f"{pdf.name}: page {number} ends with the header of a table")
        found = [n for n, lines in enumerate(pages) if any(row.match(li) for li in lines)]
        if len(found) == 1:  # a first row that is printed once: its header is beside it
            lines = pages[found[0]]
            first = next(i for i, li in enumerate(lines) if row.match(li))
            assert any(header.fullmatch(li) for li in lines[:first]), (
                f"{pdf.name}: the header of the table is not on page {found[0] + 1}, "
                f"where its first row {lines[first]!r} is")
            checked += 1
    return checked


@pytest.mark.libreoffice
def test_the_printed_minutes_keep_headings_and_table_headers_with_their_text(
        demo_store, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    documents = []
    for body_short in ("SG", "PG1"):
        body = demo_store.bodies.resolve(body_short)
        for meeting in demo_store.meetings.list(body.id):
            if meeting.state is MeetingState.PLANNED:
                continue
            name = f"{body_short}-{meeting.number}"
            documents.append(export_minutes(demo_store, meeting.id, out / f"{name}.docx",
                                            today=TODAY))
    long = long_meeting(demo_store)
    for name, version in (("lang", {}), ("lang-oeffentlich", {"public": True}),
                          ("lang-ergebnis", {"results_only": True})):
        documents.append(export_minutes(demo_store, long.id, out / f"{name}.docx",
                                        today=TODAY, **version))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    *map(str, documents)], capture_output=True, text=True, timeout=600)
    checked = 0
    for docx in documents:
        pdf = docx.with_suffix(".pdf")
        assert pdf.exists(), pdf.name
        checked += check_pages(docx, pdf)
    assert checked >= len(documents)  # at least the attendance table of each
    assert len(page_lines(out / "lang.pdf")) >= 4  # its tables do cross pages
