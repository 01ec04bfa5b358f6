"""The window's note on approved minutes also tells an approved meeting tombstoned behind
the program's back (by the file's list of approvals), named "SG 1 vom …"."""

from __future__ import annotations

import shutil
import sqlite3

from PySide6.QtWidgets import QLabel

from sro_desktop.ui.integrity import ALTERED_LABEL


def test_an_approved_meeting_tombstoned_behind_the_back_is_reported(open_window, demo_template,
                                                                     tmp_path):
    path = tmp_path / "gelöscht.sro"
    shutil.copy(demo_template, path)
    conn = sqlite3.connect(path)
    with conn:
        meeting_id, day = conn.execute(
            "SELECT m.id, m.date FROM meetings m JOIN bodies b ON b.id = m.body_id "
            "WHERE b.short = 'SG' AND m.number = 1").fetchone()
        conn.execute("DROP TRIGGER meetings_lock_update")
        conn.execute("UPDATE meetings SET deleted_at = '2026-11-01T10:00:00+00:00' "
                     "WHERE id = ?", [meeting_id])
    conn.close()
    year, month, dd = day.split("-")
    window = open_window(path)
    label = window.statusBar().findChild(QLabel, ALTERED_LABEL)
    assert label.isVisible()
    assert label.text() == (f"Achtung: Die genehmigte Sitzung SG 1 vom {dd}.{month}.{year} "
                            f"wurde an SRO Desktop vorbei gelöscht.")
    assert meeting_id in label.toolTip()
    assert "als gelöscht markiert" in label.toolTip()
