"""The window on a file holding values another tool wrote (issue 14): it opens, the lists
show the records with the bad value marked, and the status bar says how many there are."""

from __future__ import annotations

import shutil

from acting import show, table_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from typed_files import as_previous_format, write_bad_values

from sro_desktop.ui.bad_values import BAD_VALUES_LABEL
from sro_desktop.ui.common.palette import OVERDUE


def test_the_window_marks_bad_values_instead_of_failing(open_window, tmp_path, demo_template,
                                                       qtbot):
    path = tmp_path / "alt.sro"
    shutil.copyfile(demo_template, path)
    as_previous_format(path)
    write_bad_values(path)
    window = open_window(path)  # migrates it: the file is not refused
    note = window.statusBar().findChild(QLabel, BAD_VALUES_LABEL)
    qtbot.waitUntil(lambda: note.isVisible())
    assert note.text() == "Die Datei enthält 6 ungültige(n) Wert(e)."
    assert "sro-desktop check" in note.toolTip()

    meetings = show(window, "Sitzungen")
    text = table_text(meetings)
    assert "ungültig: 2026-13-45xxxxxxxxx…" in text
    assert "x" * 30 not in text
    table = next(t for t in meetings.findChildren(QTableView) if t.accessibleName() == "Sitzungen")
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if str(model.index(r, 0).data()).startswith("ungültig:"))
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert "nicht lesen" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)

    assert "ungültig: 2026-13-45" in table_text(show(window, "Beschlüsse"))
    assert "ungültig: bald" in table_text(show(window, "Aufgaben"))
