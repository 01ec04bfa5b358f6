"""The window's report of approved minutes changed behind the lock (checksum mismatch).

On opening a file the main window calls :func:`show_altered_minutes`: a red,
permanent note in the status bar names the meetings (details in its tooltip;
``sro-desktop check`` lists them too). The meeting's header says it again.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from ..store import Store
from ..store.minutes_hash import AlteredMinutes, altered_minutes
from .common.palette import OVERDUE, text_style

ALTERED_LABEL = "alteredMinutesNote"


def tr(text: str) -> str:
    return QCoreApplication.translate("Integrity", text)


def find_altered(store: Store, meeting_ids: list[str] | None = None) -> list[AlteredMinutes]:
    """:func:`altered_minutes`, or nothing when the file cannot tell (no checksums yet)."""
    try:
        return altered_minutes(store.db, meeting_ids)
    except sqlite3.OperationalError:  # a file of a format without checksums
        return []


def altered_text(found: list[AlteredMinutes]) -> str:
    if not found:
        return ""
    if len(found) == 1:
        return tr("Achtung: Das Protokoll der %1 wurde nach der Genehmigung verändert "
                  "(Prüfsumme stimmt nicht).").replace("%1", found[0].title)
    return tr("Achtung: %1 genehmigte Protokolle wurden nach der Genehmigung verändert "
              "(Prüfsumme stimmt nicht): %2.").replace("%1", str(len(found))).replace(
        "%2", ", ".join(a.title for a in found))


def show_altered_minutes(window: QMainWindow, store: Store | None) -> list[AlteredMinutes]:
    """Check the approved minutes of the file just opened and say so in the status bar."""
    label = window.statusBar().findChild(QLabel, ALTERED_LABEL)
    if label is None:
        label = QLabel()
        label.setObjectName(ALTERED_LABEL)
        label.setStyleSheet(text_style(OVERDUE, bold=True))
        label.setAccessibleName(tr("Prüfung genehmigter Protokolle"))
        window.statusBar().addPermanentWidget(label)
    found = find_altered(store) if store is not None else []
    label.setText(altered_text(found))
    label.setToolTip("\n".join(f"{a.title} ({a.meeting_id}): {a.problem}" for a in found)
                     + (tr("\n\nEinzelheiten: sro-desktop check --db DATEI") if found else ""))
    label.setVisible(bool(found))
    return found
