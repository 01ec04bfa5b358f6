"""Export › OParl …: the public part of the file as an OParl 1.1 folder for the city's
council information system (documents/oparl.py does the work). Asks the base address
(remembered) and the folder; refusals stay in the dialog beside their field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..documents.files import ExportError
from ..documents.oparl import check_base_url, check_target
from ..documents.pdf import find_soffice
from ..domain.words import say
from .common.forms import FormDialog
from .context import AppContext, EditRefused
from .exports import export_folder, run_export

BASE_KEY = "oparl/base_url"
FOLDER_KEY = "oparl/folder"


def ask_oparl_folder(parent: QWidget, start: str) -> str:
    """The folder to write the tree into; "" when cancelled. One function, so tests can
    answer it."""
    return QFileDialog.getExistingDirectory(
        parent, say("OparlExport", "Ordner für den OParl-Export"), start)


class OparlExportDialog(FormDialog):
    def __init__(self, parent: QWidget | None):
        super().__init__(parent, self._check)
        self.setWindowTitle(self.tr("OParl-Export"))
        settings = QSettings()
        self.base_url = QLineEdit(str(settings.value(BASE_KEY, "") or ""))
        self.base_url.setPlaceholderText("https://ris.rostock.de/oparl")
        self.folder = QLineEdit(str(settings.value(FOLDER_KEY, "") or ""))
        choose = QPushButton(self.tr("Auswählen …"))
        choose.clicked.connect(self.choose_folder)
        row_box = QWidget()
        row = QHBoxLayout(row_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder)
        row.addWidget(choose)
        form = QFormLayout(self)
        note = QLabel(self.tr(
            "Schreibt den öffentlichen Teil der Datei als OParl-1.1-Ordner (JSON) für das "
            "Ratsinformationssystem: Sitzungen mit öffentlichen Tagesordnungspunkten, "
            "Ergebnisse und genehmigte Niederschriften (öffentliche Fassung: sie nennt die "
            "Mitglieder, Gäste nur als Zahl), Empfehlungen, Mitglieder nur mit Namen. "
            "Nichtöffentliches und Kontaktdaten bleiben draußen."))
        note.setWordWrap(True)
        form.addRow(note)
        self.field_row(form, self.tr("&Basis-Adresse"), self.base_url, "base_url")
        self.field_row(form, self.tr("&Ordner"), row_box, "folder", buddy=self.folder)
        self.pdf = QCheckBox(self.tr("Genehmigte Niederschriften auch als &PDF/A"))
        self.pdf.setAccessibleName(self.tr("Genehmigte Niederschriften auch als PDF/A"))
        has_libreoffice = find_soffice() is not None
        self.pdf.setEnabled(has_libreoffice)  # off unless asked: each takes a few seconds
        self.pdf.setToolTip(self.tr(
            "Für das Archiv, neben der Word-Datei; LibreOffice braucht dafür einige "
            "Sekunden je genehmigter Niederschrift") if has_libreoffice
            else self.tr("Dafür wird LibreOffice benötigt; es ist nicht installiert."))
        form.addRow(self.pdf)
        form.addRow(self.general_error)
        form.addRow(self.buttons)

    def choose_folder(self) -> None:
        start = self.folder.text().strip() or export_folder()
        chosen = ask_oparl_folder(self, start)
        if chosen:
            self.folder.setText(chosen)

    def values(self) -> dict[str, Any]:
        return {"base_url": self.base_url.text(), "folder": self.folder.text().strip(),
                "pdf": self.pdf.isChecked()}

    def _check(self, values: dict[str, Any]) -> dict[str, Any]:
        try:
            base = check_base_url(values["base_url"])
        except ExportError as exc:
            raise EditRefused(str(exc), "base_url") from exc
        if not values["folder"]:
            raise EditRefused(self.tr("Bitte einen Ordner wählen."), "folder")
        folder = Path(values["folder"]).absolute()
        try:
            check_target(folder)
        except ExportError as exc:
            raise EditRefused(str(exc), "folder") from exc
        settings = QSettings()
        settings.setValue(BASE_KEY, base)
        settings.setValue(FOLDER_KEY, str(folder))
        values["base_url"] = base
        return values

    @classmethod
    def ask(cls, parent: QWidget | None) -> dict[str, Any] | None:
        return cls._run(cls(parent))


def export_oparl_from_window(parent: QWidget, context: AppContext) -> bool:
    """Ask, then write the tree; a refusal is shown in German."""
    from ..documents.oparl import archive_pdf, export_oparl

    if context.store is None:
        return False
    choice = OparlExportDialog.ask(parent)
    if choice is None:
        return False
    folder = Path(choice["folder"])
    store = context.s
    pdf = archive_pdf if choice["pdf"] else None
    return run_export(parent, lambda: export_oparl(store, folder, choice["base_url"],
                                                   minutes_pdf=pdf), folder) is not None
