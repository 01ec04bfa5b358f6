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
from .context import AppContext

BAD_VALUES_LABEL = "badValuesNote"


def tr(text: str) -> str:
    return QCoreApplication.translate("BadValues", text)


def check_bad_values(window: QMainWindow, context: AppContext) -> None:
    """Count the unreadable values of the file just opened, in the background on a
    connection of its own (a snapshot in memory at once), and show the note."""
    store = context.store
    _show(window, 0)
    if store is None:
        return
    if store.snapshot_of is not None:
        _show(window, count_bad_values(store.db))
        return

    def done(found: int | None, error: BaseException | None) -> None:
        if error is not None and not isinstance(error, sqlite3.Error):
            raise error
        if context.store is store:
            _show(window, found or 0)

    context.background.run("bad values", lambda: counted_in(store.path), done)


def counted_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return count_bad_values(Database(conn))
    finally:
        conn.close()


def _show(window: QMainWindow, count: int) -> None:
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
