"""``sro-desktop verify``: a seal printed on approved minutes checked against the file —
the seal exported, a wrong one, minutes changed behind the lock with their checksum
recomputed, a meeting not approved or gone; in this process and once as a real process."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest
from command_line import run, run_process
from docx import Document
from test_lint import meeting_id

from sro_desktop.store import Store
from sro_desktop.store.minutes_hash import content_hash


def exported_seal(demo, tmp_path, ref: str = "SG 1") -> str:
    """The seal as printed in the footer of the minutes the command line exports."""
    out = tmp_path / "protokoll.docx"
    result = run("export", "minutes", "--db", demo, "--meeting", ref, "--out", out)
    assert result.returncode == 0, result.stderr
    footer = " ".join(p.text for s in Document(str(out)).sections
                      for p in s.footer.paragraphs)
    found = re.search(r"Siegel der Genehmigung: (\S{19})", footer)
    assert found, footer
    return found.group(1)


@pytest.fixture
def copy(demo, tmp_path):
    path = tmp_path / "kopie.sro"
    shutil.copy(demo, path)
    return path


def test_the_printed_seal_holds(demo, tmp_path):
    printed = exported_seal(demo, tmp_path)
    result = run_process("verify", "--db", demo, "--meeting", "SG 1", "--seal", printed)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Siegel stimmt: Das Protokoll SG 1 vom ")
    assert printed in result.stdout


@pytest.mark.parametrize("typed", [str.lower, lambda s: s.replace("-", ""),
                                   lambda s: s.replace("-", " ")])
def test_case_and_dashes_do_not_matter_and_the_id_works(demo, tmp_path, typed):
    printed = exported_seal(demo, tmp_path)
    result = run("verify", "--db", demo, "--meeting", meeting_id(demo, "SG", 1),
                 "--seal", typed(printed))
    assert result.returncode == 0, result.stderr


def test_a_wrong_seal_does_not_hold(demo, tmp_path):
    printed = exported_seal(demo, tmp_path)
    wrong = ("0" if printed[0] != "0" else "1") + printed[1:]
    result = run("verify", "--db", demo, "--meeting", "SG 1", "--seal", wrong)
    assert result.returncode == 1
    assert result.stderr.startswith("Siegel stimmt nicht: Das Protokoll SG 1 vom ")
    assert "Traceback" not in result.stderr


def test_changed_minutes_with_a_recomputed_checksum_do_not_hold(copy, tmp_path):
    printed = exported_seal(copy, tmp_path)
    mid = meeting_id(copy, "SG", 1)
    conn = sqlite3.connect(copy)
    with conn:  # the notes of TOP 1 changed behind the lock, as in tests/ui/test_history.py
        (lock,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = "
                               "'agenda_items_lock_update'").fetchone()
        conn.execute("DROP TRIGGER agenda_items_lock_update")
        conn.execute("UPDATE agenda_items SET notes = 'nachträglich' WHERE meeting_id = ? "
                     "AND position = 1", [mid])
        conn.execute(lock)
    conn.close()
    with Store.open(copy) as store:  # the documented checksum recomputed and stored
        stamp = store.db.execute("SELECT updated_at FROM meetings WHERE id = ?",
                                 [mid]).fetchone()[0]
        forged = content_hash(store.db, mid, stamp)
    conn = sqlite3.connect(copy)
    with conn:
        (lock,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = "
                               "'meetings_lock_update'").fetchone()
        conn.execute("DROP TRIGGER meetings_lock_update")
        conn.execute("UPDATE meetings SET content_hash = ? WHERE id = ?", [forged, mid])
        conn.execute(lock)
    conn.close()
    result = run("verify", "--db", copy, "--meeting", "SG 1", "--seal", printed)
    assert result.returncode == 1
    assert "Siegel stimmt nicht" in result.stderr
    checked = run("check", "--db", copy)
    assert checked.returncode == 1
    assert re.search(r"^SG 1 vom \d\d\.\d\d\.\d{4}: Das Protokoll wurde nach der Genehmigung "
                     r"verändert", checked.stdout, re.MULTILINE), checked.stdout


def test_a_meeting_not_approved_or_gone_cannot_be_verified(copy, tmp_path):
    printed = exported_seal(copy, tmp_path)
    result = run("verify", "--db", copy, "--meeting", "SG 7", "--seal", printed)
    assert result.returncode == 2
    assert "nicht genehmigt" in result.stderr
    mid = meeting_id(copy, "SG", 1)
    conn = sqlite3.connect(copy)
    with conn:  # tombstoned behind the program's back
        conn.execute("DROP TRIGGER meetings_lock_update")
        conn.execute("UPDATE meetings SET deleted_at = '2026-11-01T10:00:00+00:00' "
                     "WHERE id = ?", [mid])
    conn.close()
    for ref in ("SG 1", mid):  # the list of approvals still knows it by name
        result = run("verify", "--db", copy, "--meeting", ref, "--seal", printed)
        assert result.returncode == 2, result.stderr
        assert "als gelöscht markiert" in result.stderr
    result = run("verify", "--db", copy, "--meeting", "SG 99", "--seal", printed)
    assert result.returncode == 2
    assert result.stderr.startswith("Fehler: ")


def test_not_a_seal(demo):
    result = run("verify", "--db", demo, "--meeting", "SG 1", "--seal", "XYZ")
    assert result.returncode == 2
    assert "kein Siegel" in result.stderr
