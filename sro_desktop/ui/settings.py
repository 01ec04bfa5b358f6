"""Bearbeiten › Einstellungen: the program's language. A choice is stored at once (no
save button); the window takes it at the next start (sro_desktop.language)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .. import language
from .common.widgets import buddy_label


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Sprache"))
        for code, name in language.LANGUAGES.items():  # each in its own language
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language.chosen()))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.note = QLabel(self.tr("Die Sprache gilt ab dem nächsten Start des Programms."))
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Hinweis zur Sprache"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Sprache:"), self.language_combo), self.language_combo)
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _language_chosen(self) -> None:
        language.store_choice(str(self.language_combo.currentData()))


def show_settings(parent: QWidget | None) -> None:
    SettingsDialog(parent).open()
