"""Exports from the window: where to, which template, open afterwards."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..documents.files import ExportError
from ..documents.render import shipped_template
from ..store import StoreError

# Document kind -> (German name, shipped template file).
KINDS = {
    "minutes": ("Niederschrift (Protokoll)", "minutes.docx"),
    "invitation": ("Einladung", "invitation.docx"),
    "tasks": ("Beschlusskontrolle (Aufgabenliste)", "task_list.docx"),
    "decisions": ("Beschlussregister", "register.docx"),
    "report": ("Sachstandsbericht", "report.docx"),
}
WORD = "Word-Dokument (*.docx)"
CSV = "CSV für Excel (*.csv)"


def template_for(kind: str) -> Path | None:
    """The user's own template for this kind of document, if one is chosen and exists."""
    chosen = str(QSettings().value(f"templates/{kind}", "") or "")
    return Path(chosen) if chosen and Path(chosen).is_file() else None


def open_after_export() -> bool:
    return QSettings().value("export/open_after", "false") in (True, "true")


def set_open_after_export(value: bool) -> None:
    QSettings().setValue("export/open_after", "true" if value else "false")


def export_folder() -> str:
    folder = str(QSettings().value("export/folder", "") or "")
    return folder or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)


def safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .")


def ask_export_path(parent: QWidget, title: str, name: str,
                    filters: tuple[str, ...] = (WORD,)) -> Path | None:
    """Where to save; remembers the folder. One function, so tests can answer it."""
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(Path(export_folder()) / safe_file_name(name)), ";;".join(filters))
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".csv" if selected == CSV else ".docx")
    QSettings().setValue("export/folder", str(path.parent))
    return path


def open_externally(path: Path) -> None:
    """Open the exported file in Word (or whatever the system opens .docx with)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def run_export(parent: QWidget, export: Callable[[], Any], path: Path) -> Any:
    """Run an export; a refusal is shown in German and gives None. Opens the file
    afterwards if the user wants that."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = export()
    except (ExportError, StoreError, OSError) as exc:
        QMessageBox.warning(parent, parent.tr("Export nicht möglich"), str(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    if open_after_export():
        open_externally(path)
    return result


class TemplatesDialog(QDialog):
    """Which Word template each document uses: the shipped one, or the user's copy."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vorlagen"))
        self.fields: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr(
            "Eigene Vorlagen: eine mitgelieferte Vorlage kopieren, in Word Briefkopf, Logo, "
            "Schriften und Texte ändern und hier auswählen. Leer heißt: mitgelieferte "
            "Vorlage.")), 0, 0, 1, 4)
        for row, (kind, (name, _file)) in enumerate(KINDS.items(), start=1):
            field = QLineEdit(str(QSettings().value(f"templates/{kind}", "") or ""))
            field.setAccessibleName(self.tr("Vorlage für %1").replace("%1", name))
            field.setPlaceholderText(self.tr("mitgelieferte Vorlage"))
            self.fields[kind] = field
            choose = QPushButton(self.tr("Auswählen …"))
            choose.clicked.connect(lambda _c=False, k=kind: self.choose(k))
            copy = QPushButton(self.tr("Kopie zum Bearbeiten …"))
            copy.clicked.connect(lambda _c=False, k=kind: self.copy_shipped(k))
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(choose, row, 2)
            grid.addWidget(copy, row, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, len(KINDS) + 1, 0, 1, 4)

    def choose(self, kind: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Vorlage wählen"), export_folder(),
                                              WORD)
        if name:
            self.fields[kind].setText(name)

    def copy_shipped(self, kind: str) -> None:
        """Save a copy of the shipped template where the user wants to edit it."""
        path = ask_export_path(self, self.tr("Vorlage kopieren nach"), KINDS[kind][1])
        if path is None:
            return
        try:
            shutil.copyfile(shipped_template(KINDS[kind][1]), path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Nicht kopiert"), str(exc))
            return
        self.fields[kind].setText(str(path))

    def store(self) -> None:
        for kind, field in self.fields.items():
            QSettings().setValue(f"templates/{kind}", field.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        dialog = cls(parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.store()
            return True
        return False
