"""The window's note that the file holds values it cannot read (typed columns, m013).

Values another tool wrote before the file refused them stay where they are; the lists
show such a record with the value marked (ui/common/table_model.py) and this red
note in the status bar says how many there are (``sro-desktop check`` names each).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlite_utils import Database

from ..store.typed_columns import count_bad_values
from .common.palette import OVERDUE, text_style

BAD_VALUES_LABEL = "badValuesNote"


def tr(text: str) -> str:
    return QCoreApplication.translate("BadValues", text)


def counted_in(path: Path) -> int:
    """:func:`count_bad_values` of the file at ``path``, on a connection of its own (the
    window's checks after opening, ui/integrity.py)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return count_bad_values(Database(conn))
    finally:
        conn.close()


def show_bad_values(window: QMainWindow, count: int) -> None:
    label = window.statusBar().findChild(QLabel, BAD_VALUES_LABEL)
    if label is None:
        label = QLabel()
        label.setObjectName(BAD_VALUES_LABEL)
        label.setStyleSheet(text_style(OVERDUE, bold=True))
        label.setAccessibleName(tr("Ungültige Werte"))
        window.statusBar().addPermanentWidget(label)
    label.setText(tr("Die Datei enthält %n ungültige(n) Wert(e).").replace("%n", str(count)))
    label.setToolTip(tr("Ein anderes Programm hat Werte geschrieben, die SRO Desktop nicht "
                        "lesen kann; die Listen zeigen sie rot als „ungültig: …“.\n\n"
                        "Einzelheiten: sro-desktop check --db DATEI"))
    label.setVisible(count > 0)
