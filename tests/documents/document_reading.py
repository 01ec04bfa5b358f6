"""Reading exported documents back as a user's program would: python-docx, csv, and
pypdf with lxml for the PDF's XMP metadata."""

from __future__ import annotations

import csv
import zipfile
from datetime import date
from pathlib import Path

from docx import Document
from lxml import etree
from pypdf import PdfReader

TODAY = date(2026, 11, 25)  # the demo's "today" in the document tests
BOM = b"\xef\xbb\xbf"
XMP = {"x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
       "pdfaid": "http://www.aiim.org/pdfa/ns/id/", "dc": "http://purl.org/dc/elements/1.1/"}


def xmp(reader: PdfReader) -> etree._Element | None:
    stream = reader.trailer["/Root"].get("/Metadata")
    if stream is None:
        return None
    return etree.fromstring(stream.get_object().get_data())


def text_of(path: Path) -> str:
    """All text of a document: body paragraphs, table cells, headers and footers."""
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
        parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def tables_of(path: Path) -> list[list[list[str]]]:
    """Every table as rows of cell texts (a cell's paragraphs joined by line breaks)."""
    return [[[cell.text for cell in row.cells] for row in table.rows]
            for table in Document(str(path)).tables]


def table_with(path: Path, *header: str) -> list[list[str]]:
    """The rows (without the header row) of the first table whose header starts so."""
    for table in tables_of(path):
        if tuple(table[0][:len(header)]) == header:
            return table[1:]
    raise AssertionError(f"no table with header {header} in {path.name}")


def paragraphs_of(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def read_csv(path: Path) -> list[list[str]]:
    """Rows as Excel on a German Windows reads them: UTF-8 with BOM, ``;``."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def pdf_text(path: Path, folder: Path) -> str:
    """Convert a document to PDF with LibreOffice (a real word processor), return its text."""
    import subprocess

    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), str(path)],
        capture_output=True, text=True, timeout=180)
    pdf = folder / f"{path.stem}.pdf"
    assert pdf.exists(), result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def page_sizes_cm(path: Path) -> list[tuple[float, float]]:
    """Each section's paper (width, height) in cm, read from the DOCX's own XML."""
    body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return [(round(int(size.get(f"{w}w")) / 1440 * 2.54, 1),
             round(int(size.get(f"{w}h")) / 1440 * 2.54, 1))
            for size in body.iter(f"{w}pgSz")]
