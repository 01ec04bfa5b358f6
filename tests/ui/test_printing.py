"""Datei → Drucken …: the document as PDF, painted page by page onto the printer chosen in
the print dialog (here a QPrinter writing a PDF file, read back with pypdf); without
LibreOffice the Word file opens in the word processor instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from sro_desktop.ui import exports, printing


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # small page pictures: fast
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def answer(monkeypatch, document: str, printer: QPrinter | None) -> list[int]:
    """The dialogs answered: which document, and the printer (None: cancelled); gives the
    page counts the print dialog was opened for."""
    asked: list[int] = []
    monkeypatch.setattr(printing, "ask_document", lambda parent, meeting: document)
    monkeypatch.setattr(printing, "ask_printer",
                        lambda parent, pages: asked.append(pages) or printer)
    return asked


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def source(tmp_path) -> Path:
    """A PDF of three pages with a word on each, made without LibreOffice."""
    path = tmp_path / "quelle.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for number in range(1, 4):
        if number > 1:
            writer.newPage()
        painter.drawText(QRectF(0, 0, 4000, 400), f"Seite {number}")
    painter.end()
    return path


def test_every_page_goes_to_the_printer(parent, source, tmp_path, monkeypatch):
    out = tmp_path / "gedruckt.pdf"
    asked = answer(monkeypatch, "minutes", pdf_printer(out))
    assert printing.print_pdf_asking(parent, source, "Niederschrift")
    assert asked == [3]
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    assert out.stat().st_size > 1000
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert abs(width / height - 210 / 297) < 0.01  # A4, upright


def test_the_page_range_is_kept(parent, source, tmp_path, monkeypatch):
    out = tmp_path / "gedruckt.pdf"
    printer = pdf_printer(out)
    printer.setFromTo(2, 3)
    answer(monkeypatch, "minutes", printer)
    assert printing.print_pdf_asking(parent, source, "Niederschrift")
    assert len(PdfReader(out).pages) == 2


def test_cancelled_in_the_print_dialog(parent, source, tmp_path, monkeypatch):
    answer(monkeypatch, "minutes", None)
    assert not printing.print_pdf_asking(parent, source, "Niederschrift")
    assert list(tmp_path.glob("gedruckt*")) == []


def print_action(main_window):
    """Datei → Drucken …, as the menu shows it."""
    file_menu = main_window.menuBar().actions()[0].menu()
    found = [a for a in file_menu.actions() if a.text() == "&Drucken …"]
    assert len(found) == 1
    assert found[0].shortcut().toString() == "Ctrl+P"
    return found[0]


def choose_meeting(main_window, store, name="SG 3"):
    meeting = store.meetings.resolve(name)
    main_window.meetings.open_meeting(meeting.id)
    return meeting


@pytest.mark.libreoffice
def test_print_the_minutes_from_the_menu(main_window, store_of, tmp_path, monkeypatch):
    choose_meeting(main_window, store_of)
    out = tmp_path / "gedruckt.pdf"
    asked = answer(monkeypatch, "minutes", pdf_printer(out))
    print_action(main_window).trigger()
    assert asked  # the print dialog was opened for the PDF's pages
    assert len(PdfReader(out).pages) == asked[0] >= 2


def test_without_libreoffice_the_word_file_opens(main_window, store_of, tmp_path,
                                                  monkeypatch):
    monkeypatch.setenv("SRO_SOFFICE", str(tmp_path / "nirgends"))
    choose_meeting(main_window, store_of, "SG 8")
    asked = answer(monkeypatch, "signatures", pdf_printer(tmp_path / "nie.pdf"))
    said, opened = [], []
    monkeypatch.setattr(printing, "offer_word",
                        lambda parent, reason: said.append(reason) or True)
    monkeypatch.setattr(printing, "_word_folder", lambda: tmp_path)
    monkeypatch.setattr(exports, "open_externally", opened.append)
    print_action(main_window).trigger()
    assert said == ["Für PDF wird LibreOffice benötigt, es wurde aber nicht gefunden. Bitte "
                    "LibreOffice installieren (kostenlos, www.libreoffice.org) oder die "
                    "Umgebungsvariable SRO_SOFFICE auf das Programm soffice setzen."]
    assert asked == []  # no print dialog
    assert opened == [tmp_path / "Unterschriftenliste.docx"]
    cells = {c.text for t in Document(str(opened[0])).tables for r in t.rows for c in r.cells}
    assert "Unterschrift Vertretung" in cells


def test_without_libreoffice_and_no_word_nothing_happens(main_window, store_of, tmp_path,
                                                         monkeypatch):
    monkeypatch.setenv("SRO_SOFFICE", str(tmp_path / "nirgends"))
    choose_meeting(main_window, store_of)
    answer(monkeypatch, "minutes", None)
    opened = []
    monkeypatch.setattr(printing, "offer_word", lambda parent, reason: False)
    monkeypatch.setattr(printing, "_word_folder", lambda: tmp_path)
    monkeypatch.setattr(exports, "open_externally", opened.append)
    print_action(main_window).trigger()
    assert opened == []
    assert not list(tmp_path.glob("*.docx"))


def test_the_document_choice_offers_the_lists_without_a_meeting(main_window, monkeypatch):
    offered = []

    def get_item(parent, title, label, items, current, editable):
        offered.extend(items)
        return "", False

    monkeypatch.setattr(printing.QInputDialog, "getItem", get_item)
    assert printing.ask_document(main_window, "") is None
    assert offered == ["Beschlusskontrolle (Aufgabenliste)", "Beschlussregister",
                       "Sachstandsbericht"]
    offered.clear()
    printing.ask_document(main_window, "SG 3")
    assert offered[:3] == ["Niederschrift (Protokoll) – SG 3", "Einladung – SG 3",
                           "Unterschriftenliste – SG 3"]
