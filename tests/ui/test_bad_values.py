"""The window on a file holding values another tool wrote (issue 14): it opens, the lists
show the records with the bad value marked, and the status bar says how many there are."""

from __future__ import annotations

import shutil

from acting import click_row, show, table_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from typed_files import as_previous_format, write_bad_values

from sro_desktop.ui.common.palette import OVERDUE
from sro_desktop.ui.integrity import BAD_VALUES_LABEL


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
    click_row(table, "ungültig:")  # its details open, the date marked there too
    qtbot.waitUntil(lambda: "ungültig: 2026-13-45" in meetings.panel.heading.text())
    assert "x" * 30 not in meetings.panel.heading.text()
    assert "nicht lesen" in meetings.panel.heading.toolTip()
    day = meetings.panel.day  # the date field says so too, not its stand-in 01.01.1900
    assert day.text().startswith("ungültig: 2026-13-45")
    assert "nicht lesen" in day.toolTip()

    decisions = show(window, "Beschlüsse")
    assert "ungültig: 2026-13-45" in table_text(decisions)
    table = next(t for t in decisions.findChildren(QTableView) if t.isVisible()
                 and t.model().rowCount())
    click_row(table, "ungültig:", column=1)
    qtbot.waitUntil(lambda: decisions.details.date_edit.text() == "ungültig: 2026-13-45")
    assert "nicht lesen" in decisions.details.date_edit.toolTip()
    click_row(table, "SG-2026/001")  # another decision: its own day, unmarked
    qtbot.waitUntil(lambda: decisions.details.date_edit.text() != "ungültig: 2026-13-45")
    first_day = table_text(decisions).split("SG-2026/001")[1].split()[0]  # its list cell
    assert decisions.details.date_edit.text() == first_day
    tasks = show(window, "Aufgaben")
    assert "ungültig: bald" in table_text(tasks)
    table = next(t for t in tasks.findChildren(QTableView) if t.isVisible()
                 and t.model().rowCount())
    click_row(table, "ungültig:")
