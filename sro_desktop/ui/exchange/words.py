"""The exchange's German words go through Qt's translation (context "Exchange")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)
