"""Datei → Drucken …: a document as PDF (LibreOffice), printed page by page with Qt's print
dialog. Without LibreOffice the Word file opens in the word processor to print there.

The dialogs are the functions ``ask_document``, ``ask_printer`` and ``offer_word``, so
that tests can answer them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from ..documents.files import ExportError
from ..domain.words import say
from ..store import StoreError
from ..store.os_words import os_error_text
from .context import AppContext
from .exports import ExportChoice, kind_name, template_for

# What can be printed, in the order offered: kind -> whether it is about the chosen meeting.
PRINTABLE = {"minutes": True, "invitation": True, "signatures": True, "tasks": False,
             "decisions": False, "report": False}
MAX_DPI = 300  # the pages' pictures: sharp on paper, and an A4 page stays under 40 MB


class PrintChoice(ExportChoice):
    """Which body and period a printed list covers (no format: it goes to the printer)."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.form.setRowVisible(self.format, False)


def ask_document(parent: QWidget, meeting: str) -> str | None:
    """Which document to print (a kind of PRINTABLE), or None. ``meeting`` names the chosen
    meeting ("" when there is none: then only the lists are offered)."""
    kinds = [k for k, of_meeting in PRINTABLE.items() if meeting or not of_meeting]
    labels = [kind_name(k) + (f" – {meeting}" if PRINTABLE[k] else "") for k in kinds]
    label, ok = QInputDialog.getItem(parent, say("Printing", "Drucken"),
                                     say("Printing", "Welches Dokument drucken?"), labels, 0, False)
    return kinds[labels.index(label)] if ok and label in labels else None


def ask_printer(parent: QWidget, pages: int) -> QPrinter | None:
    """The printer, pages and copies, from Qt's print dialog; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pages)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def offer_word(parent: QWidget, reason: str) -> bool:
    """Without LibreOffice: say so, and ask whether to open the Word file instead."""
    box = QMessageBox(QMessageBox.Icon.Information, say("Printing", "Drucken über Word"),
                      reason, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(say("Printing",
        "Zum Drucken direkt aus SRO Desktop wird LibreOffice benötigt (kostenlos, "
        "www.libreoffice.org). Das Dokument kann stattdessen als Word-Datei im "
        "Textprogramm geöffnet und dort gedruckt werden."))
    word = box.addButton(say("Printing", "In Word öffnen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is word


def print_document(parent: QWidget, context: AppContext, meeting_id: str | None) -> bool:
    """Ask which document, make it, print it; True when pages went to the printer."""
    from ..documents.pdf import find_soffice

    if context.store is None:
        return False
    kind = ask_document(parent, _meeting_name(context, meeting_id))
    if kind is None:
        return False
    write = _writer(parent, context, kind, meeting_id)
    if write is None:
        return False
    if find_soffice() is None:
        if offer_word(parent, say(
                "Printing", "Für PDF wird LibreOffice benötigt, es wurde aber nicht gefunden. "
                "Bitte LibreOffice installieren (kostenlos, www.libreoffice.org) oder die "
                "Umgebungsvariable SRO_SOFFICE auf das Programm soffice setzen.")):
            target = _word_folder() / f"{kind_name(kind).split(' (')[0]}.docx"
            if _run(parent, lambda: write(target)):
                from .exports import open_externally

                open_externally(target)
        return False
    with tempfile.TemporaryDirectory(prefix="sro-druck-") as work:
        pdf = Path(work) / "dokument.pdf"
        if not _run(parent, lambda: write(pdf)):
            return False
        return print_pdf_asking(parent, pdf, kind_name(kind))


def print_pdf_asking(parent: QWidget, pdf: Path, title: str) -> bool:
    """Open ``pdf``, ask for the printer, print."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(parent)
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            QMessageBox.warning(parent, say("Printing", "Drucken nicht möglich"),
                                say("Printing", "Das PDF ließ sich nicht lesen."))
            return False
        printer = ask_printer(parent, document.pageCount())
        if printer is None:
            return False
        printer.setDocName(title)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_pages(document, printer)
        finally:
            QApplication.restoreOverrideCursor()
        if not printed:
            QMessageBox.warning(parent, say("Printing", "Drucken nicht möglich"), say("Printing",
                "Der Drucker hat den Auftrag nicht angenommen. Bitte den Drucker prüfen."))
            return False
        return True
    finally:
        document.close()


def print_pages(document: Any, printer: QPrinter) -> int:
    """Paint the QPdfDocument's pages (the printer's page range, else all) onto
    ``printer``, each scaled to the paper keeping its aspect; the number painted."""
    count = document.pageCount()
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    printer.setFullPage(True)  # the PDF's pages carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_DPI)
    painted = 0
    try:
        for _copy in range(copies):
            for page in range(first - 1, last):
                if painted:
                    printer.newPage()
                _paint(painter, printer, document, page, dpi)
                painted += 1
    finally:
        painter.end()
    return painted


def _paint(painter: QPainter, printer: QPrinter, document: Any, page: int, dpi: int) -> None:
    points = document.pagePointSize(page)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                        round(points.height() / 72 * dpi)))
    x = (paper.width() - width) / 2
    y = (paper.height() - height) / 2
    painter.drawImage(QRectF(x, y, width, height), image)


def _writer(parent: QWidget, context: AppContext, kind: str,
            meeting_id: str | None) -> Callable[[Path], Any] | None:
    """How to write the chosen document to a file (asks body and period for a list)."""
    store = context.s
    template = template_for(kind)
    if PRINTABLE[kind]:
        assert meeting_id is not None
        if kind == "minutes":
            from ..documents.minutes import export_minutes

            return lambda path: export_minutes(store, meeting_id, path, template=template)
        if kind == "invitation":
            from ..documents.invitation import export_invitation

            return lambda path: export_invitation(store, meeting_id, path, template=template)
        from ..documents.signature_list import export_signature_list

        return lambda path: export_signature_list(store, meeting_id, path, template=template)
    bodies = [(f"{b.name} ({b.short})", b.id) for b in store.bodies.list()]
    steering = next((b.id for b in store.bodies.list() if b.kind.value == "steering"), None)
    choice = PrintChoice.ask(parent, kind_name(kind), bodies, steering,
                             period=kind != "tasks", csv=False)
    if choice is None:
        return None
    body_id, date_from, date_to = choice["body_id"], choice["date_from"], choice["date_to"]
    if kind == "tasks":
        from ..documents.task_list import export_task_list

        return lambda path: export_task_list(store, body_id, path, template=template)
    if kind == "decisions":
        from ..documents.register import export_register

        return lambda path: export_register(store, body_id, path, date_from=date_from,
                                            date_to=date_to, template=template)
    from ..documents.report import export_report

    return lambda path: export_report(store, path, body_id=body_id, date_from=date_from,
                                      date_to=date_to, template=template)


def _run(parent: QWidget, write: Callable[[], Any]) -> bool:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write()
    except (ExportError, StoreError, OSError) as exc:
        QMessageBox.warning(parent, say("Printing", "Drucken nicht möglich"),
                            os_error_text(exc) if isinstance(exc, OSError) else str(exc))
        return False
    finally:
        QApplication.restoreOverrideCursor()
    return True


def _meeting_name(context: AppContext, meeting_id: str | None) -> str:
    if meeting_id is None:
        return ""
    store = context.s
    meeting = store.meetings.get(meeting_id)
    return f"{store.bodies.get(meeting.body_id).short} {meeting.number}"


def _word_folder() -> Path:
    """Where the Word file to print goes: a folder of the program's own among the
    temporary files (the word processor opens it from there)."""
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.TempLocation)) / "sro-desktop-druck"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
