"""Exports from the window: where to, which template, open afterwards."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from .. import clock
from ..documents.files import ExportError, safe_file_name
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..paths import templates_dir
from ..store import StoreError
from ..store.os_words import os_error_text
from .common.widgets import buddy_label, date_edit, date_value
from .context import AppContext

# Document kind -> (German name, shipped template file); the names and file filters are
# marked for lupdate and translated where they are shown (kind_name, shown_filters).
KINDS = {
    "minutes": (QT_TRANSLATE_NOOP("Exports", "Niederschrift (Protokoll)"), "minutes.docx"),
    "invitation": (QT_TRANSLATE_NOOP("Exports", "Einladung"), "invitation.docx"),
    "tasks": (QT_TRANSLATE_NOOP("Exports", "Beschlusskontrolle (Aufgabenliste)"),
              "task_list.docx"),
    "decisions": (QT_TRANSLATE_NOOP("Exports", "Beschlussregister"), "register.docx"),
    "report": (QT_TRANSLATE_NOOP("Exports", "Sachstandsbericht"), "report.docx"),
    "signatures": (QT_TRANSLATE_NOOP("Exports", "Unterschriftenliste"), "signature_list.docx"),
}
WORD = QT_TRANSLATE_NOOP("Exports", "Word-Dokument (*.docx)")
PDF = QT_TRANSLATE_NOOP("Exports", "PDF (*.pdf)")
CSV = QT_TRANSLATE_NOOP("Exports", "CSV für Excel (*.csv)")
SUFFIXES = {WORD: ".docx", PDF: ".pdf", CSV: ".csv"}
# The e-mail drafts' subject and text (Jinja2 text, documents/mail.py), chosen like the
# Word templates: kind -> (German name, shipped template file).
TEXT_KINDS = {
    "mail_minutes": (QT_TRANSLATE_NOOP("Exports", "E-Mail zum Protokoll"), "mail_minutes.txt"),
    "mail_invitation": (QT_TRANSLATE_NOOP("Exports", "E-Mail zur Einladung"),
                        "mail_invitation.txt"),
}
TEXT = QT_TRANSLATE_NOOP("Exports", "Textvorlage (*.txt)")


def kind_name(kind: str) -> str:
    """The document kind's name in the program's language."""
    return say("Exports", {**KINDS, **TEXT_KINDS}[kind][0])


def shown_filters(filters: tuple[str, ...]) -> str:
    """A file dialog's filter string, in the program's language."""
    return ";;".join(say("Exports", f) for f in filters)


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


def with_pdf(filters: tuple[str, ...]) -> tuple[str, ...]:
    """The save dialog's filters, with PDF offered beside every Word document."""
    if WORD not in filters or PDF in filters:
        return filters
    at = filters.index(WORD) + 1
    return (*filters[:at], PDF, *filters[at:])


def ask_export_path(parent: QWidget, title: str, name: str,
                    filters: tuple[str, ...] = (WORD,)) -> Path | None:
    """Where to save; remembers the folder. One function, so tests can answer it. A name
    without a suffix, or with the proposed one while another file type was chosen, gets
    the chosen type's suffix; any other suffix typed decides the format (the export
    refuses one it cannot write)."""
    filters = with_pdf(filters)
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(Path(export_folder()) / safe_file_name(name)), shown_filters(filters))
    if not chosen:
        return None
    path = Path(chosen)
    wanted = {say("Exports", f): SUFFIXES.get(f, ".docx") for f in filters}.get(selected, ".docx")
    if not path.suffix or path.suffix.lower() == Path(name).suffix.lower() != wanted:
        path = path.with_suffix(wanted)
    QSettings().setValue("export/folder", str(path.parent))
    return path


def open_externally(path: Path) -> None:
    """Open a file with the system's program for it (Word for .docx, the mail program for
    .eml …)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def tell_exported(parent: QWidget, path: Path) -> None:
    """Say where the document went: in the window's status bar (a message box where there
    is none)."""
    text = say("Exports", "Exportiert nach %1").replace("%1", str(path))
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15000)
    else:
        QMessageBox.information(parent, say("Exports", "Exportiert"), text)


def run_export(parent: QWidget, export: Callable[[], Any], path: Path) -> Any:
    """Run an export; a refusal is shown in German and gives None, success says where the
    file went. Opens the file afterwards if the user wants that."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = export()
    except (ExportError, StoreError, OSError) as exc:
        QMessageBox.warning(parent, say("Exports", "Export nicht möglich"),
                            os_error_text(exc) if isinstance(exc, OSError) else str(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    tell_exported(parent, path)
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
            "Vorlage. Die E-Mail-Texte sind Textdateien (UTF-8); ihre erste Zeile "
            "„Betreff: …“ ist der Betreff.")), 0, 0, 1, 4)
        self.kinds = {**KINDS, **TEXT_KINDS}
        for row, kind in enumerate(self.kinds, start=1):
            name = kind_name(kind)
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
        grid.addWidget(buttons, len(self.kinds) + 1, 0, 1, 4)

    def choose(self, kind: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Vorlage wählen"), export_folder(),
                                              shown_filters((TEXT,) if kind in TEXT_KINDS
                                                            else (WORD,)))
        if name:
            self.fields[kind].setText(name)

    def copy_shipped(self, kind: str) -> None:
        """Save a copy of the shipped template where the user wants to edit it."""
        shipped = self.kinds[kind][1]
        path = ask_export_path(self, self.tr("Vorlage kopieren nach"), shipped,
                               (TEXT,) if kind in TEXT_KINDS else (WORD,))
        if path is None:
            return
        try:
            shutil.copyfile(templates_dir() / shipped, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Nicht kopiert"), os_error_text(exc))
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


class ExportChoice(QDialog):
    """Which body, which period and which format an export of lists covers."""

    def __init__(self, parent: QWidget | None, title: str, bodies: list[tuple[str, str]],
                 body_id: str | None, *, period: bool, csv: bool):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QComboBox()
        for name, record_id in bodies:
            self.body.addItem(name, record_id)
        self.body.setCurrentIndex(max(self.body.findData(body_id), 0))
        self.body.setAccessibleName(self.tr("Gremium"))
        today = clock.today()
        self.date_from = date_edit(today.replace(year=today.year - 1))
        self.date_from.setAccessibleName(self.tr("von"))
        self.date_to = date_edit(today)
        self.date_to.setAccessibleName(self.tr("bis"))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Word (.docx)"), ".docx")
        self.format.addItem(self.tr("PDF (.pdf)"), ".pdf")
        if csv:
            self.format.addItem(self.tr("CSV für Excel (.csv)"), ".csv")
        form = self.form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("&Gremium"), self.body), self.body)
        if period:
            form.addRow(buddy_label(self.tr("&von"), self.date_from), self.date_from)
            form.addRow(buddy_label(self.tr("&bis"), self.date_to), self.date_to)
        form.addRow(buddy_label(self.tr("&Format"), self.format), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {"body_id": self.body.currentData(), "date_from": date_value(self.date_from),
                "date_to": date_value(self.date_to), "suffix": self.format.currentData()}

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, bodies: list[tuple[str, str]],
            body_id: str | None, *, period: bool, csv: bool) -> dict[str, Any] | None:
        dialog = cls(parent, title, bodies, body_id, period=period, csv=csv)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def export_list(parent: QWidget, context: AppContext, kind: str) -> bool:
    """Beschlusskontrolle, Beschlussregister or Sachstandsbericht, from the Export menu."""
    from ..documents.register import export_register
    from ..documents.report import export_report
    from ..documents.task_list import export_task_list

    store = context.s
    bodies = [(f"{b.name} ({b.short})", b.id) for b in store.bodies.list()]
    if not bodies:
        QMessageBox.information(parent, say("Exports", "Kein Gremium"),
                                say("Exports", "Zuerst ein Gremium anlegen."))
        return False
    steering = next((b.id for b in store.bodies.list() if b.kind.value == "steering"), None)
    name = kind_name(kind)
    choice = ExportChoice.ask(parent, name, bodies, steering, period=kind != "tasks",
                              csv=kind != "report")
    if choice is None:
        return False
    body = store.bodies.get(choice["body_id"])
    filters: tuple[str, ...] = {".docx": (WORD, PDF, CSV), ".pdf": (PDF, WORD, CSV),
               ".csv": (CSV, WORD, PDF)}[choice["suffix"]]
    if kind == "report":
        filters = tuple(f for f in filters if f != CSV)
    path = ask_export_path(parent, name, f"{name.split(' (')[0]} {body.short} "
                           f"{clock.today().isoformat()}{choice['suffix']}", filters)
    if path is None:
        return False
    template = template_for(kind)
    exports: dict[str, Callable[[], Any]] = {
        "tasks": lambda: export_task_list(store, body.id, path, template=template),
        "decisions": lambda: export_register(store, body.id, path,
                                             date_from=choice["date_from"],
                                             date_to=choice["date_to"], template=template),
        "report": lambda: export_report(store, path, body_id=body.id,
                                        date_from=choice["date_from"],
                                        date_to=choice["date_to"], template=template),
    }
    return run_export(parent, exports[kind], path) is not None


def export_signatures(parent: QWidget, context: AppContext, meeting_id: str | None) -> bool:
    """The Unterschriftenliste of the meeting in the meeting view, from the Export menu."""
    if context.store is None:
        return False
    if meeting_id is None:
        QMessageBox.information(parent, say("Exports", "Keine Sitzung gewählt"),
                                say("Exports", "Bitte zuerst eine Sitzung wählen."))
        return False
    from ..documents.signature_list import export_signature_list

    store = context.s
    meeting = store.meetings.get(meeting_id)
    body = store.bodies.get(meeting.body_id)
    path = ask_export_path(parent, say("Exports", "Unterschriftenliste exportieren"),
                           f"Unterschriftenliste {body.short} {meeting.number} "
                           f"{meeting.date.isoformat()}.docx")
    if path is None:
        return False
    template = template_for("signatures")
    return run_export(parent, lambda: export_signature_list(
        store, meeting_id, path, template=template), path) is not None
