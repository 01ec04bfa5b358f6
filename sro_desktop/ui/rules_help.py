"""Hilfe → Regeln: how the program computes quorum, majorities and the written procedure,
with the examples the tests check (the page of ``documents/rules_page.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..documents.rules_page import rules_page


class RulesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regeln"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Regeln"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(rules_page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 640)
