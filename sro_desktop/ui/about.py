"""Hilfe → Über SRO Desktop: the program's name, version and licence, the open file and
its backups folder, and the versions of what it runs on -- every fact selectable, and
all of them copied as text in one click, for a support request."""

from __future__ import annotations

import platform
import sqlite3
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, paths

LICENCE = "MIT"  # pyproject's [project] license (tests/ui/test_about.py holds them equal)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """The program's icon (resources/icons, rendered from its SVG by
    packaging/make_icons.py); the files are read when a size is first drawn."""
    icon = QIcon()
    folder = paths.resources_dir() / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"sro-desktop-{size}.png"))
    return icon


def facts(db_path: Path | None) -> list[tuple[str, str]]:
    """(label, value) of everything the dialog shows, in its order."""
    from ..store.backup import backup_folder

    def label(text: object) -> str:  # QT_TRANSLATE_NOOP's type says object: it is the str
        return QCoreApplication.translate("AboutDialog", str(text))

    # the labels as literals in QT_TRANSLATE_NOOP, for lupdate
    if db_path is None:
        opened = label(QT_TRANSLATE_NOOP("AboutDialog", "keine Datei geöffnet"))
        backups = paths.backups_dir()
    else:
        opened = str(db_path)
        backups = backup_folder(db_path)
    return [
        (label(QT_TRANSLATE_NOOP("AboutDialog", "Version")), __version__),
        (label(QT_TRANSLATE_NOOP("AboutDialog", "Lizenz")), LICENCE),
        (label(QT_TRANSLATE_NOOP("AboutDialog", "Geöffnete Datei")), opened),
        (label(QT_TRANSLATE_NOOP("AboutDialog", "Sicherungen")), str(backups)),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite3.sqlite_version),  # the library the sqlite3 module runs on
        ("Python", platform.python_version()),
        (label(QT_TRANSLATE_NOOP("AboutDialog", "Betriebssystem")), platform.platform()),
    ]


def facts_text(db_path: Path | None) -> str:
    """The facts as plain text, one per line, under the program's name."""
    lines = [f"{paths.APPLICATION} {__version__}"]
    lines += [f"{label}: {value}" for label, value in facts(db_path)]
    return "\n".join(lines) + "\n"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, db_path: Path | None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("Über SRO Desktop"))
        selectable = (Qt.TextInteractionFlag.TextSelectableByMouse
                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Symbol von SRO Desktop"))
        title = QLabel(f"<b>{paths.APPLICATION}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setTextInteractionFlags(selectable)
        title.setAccessibleName(paths.APPLICATION)
        purpose = QLabel(self.tr("Sitzungen, Beschlüsse und Aufgaben der Steuerungsgruppe "
                                 "Sozialraumorientierung."))
        purpose.setWordWrap(True)
        purpose.setTextInteractionFlags(selectable)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(purpose)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in facts(db_path):
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(selectable)
            shown.setWordWrap(True)
            shown.setAccessibleName(label)
            shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, to copy
            name = QLabel(label + ":")
            name.setBuddy(shown)
            form.addRow(name, shown)
            self.values[label] = shown

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Kopieren"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setAccessibleName(self.tr("Kopieren"))
        copy.setToolTip(self.tr("Diese Angaben als Text in die Zwischenablage kopieren, "
                                "etwa für eine Anfrage an den Support"))
        copy.clicked.connect(self.copy_facts)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.close_button.setFocus()  # not the first fact: its text cursor looks like a field

    def copy_facts(self) -> None:
        QGuiApplication.clipboard().setText(facts_text(self.db_path))


def show_about(parent: QWidget, db_path: Path | None) -> AboutDialog:
    """Open the dialog (window-modal, not blocking); the dialog shown."""
    dialog = AboutDialog(parent, db_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
