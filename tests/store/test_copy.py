"""Store.save_copy: a consistent single-file copy via SQLite's online backup, written
atomically beside the target."""

from __future__ import annotations

import os
import sqlite3
from datetime import date

import pytest

from sro_desktop.domain.enums import AgendaKind
from sro_desktop.domain.model import SideVote, TaskOwner
from sro_desktop.store import Store, StoreError
from sro_desktop.store.schema import APPLICATION_ID, USER_TABLES, schema_version
from sro_desktop.store.undo import UndoLog


def content(db) -> dict[str, list[tuple]]:
    """Every row of the user tables (tombstones included), the index and the meta keys."""
    rows = {t: [tuple(r) for r in db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid")]
            for t in USER_TABLES}
    rows["search_index"] = [tuple(r) for r in db.execute(
        "SELECT rowid, kind, record_id, title, body FROM search_index ORDER BY rowid")]
    rows["meta"] = [tuple(r) for r in db.execute("SELECT key, value FROM meta ORDER BY key")]
    return rows


def schema(db) -> list[tuple]:
    return [tuple(r) for r in db.execute(
        "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")]


@pytest.fixture
def filled(steering):
    """A meeting with agenda, attendance, a decision with votes, a deleted item, a task."""
    store = steering.store
    meeting, items = steering.meeting(date(2026, 3, 10), ("Begrüßung", AgendaKind.INFORMATION),
                                      "Modellregion Lütten Klein", "Gestrichen")
    steering.attend_all(meeting.id)
    decision = store.decisions.add("Modellregion", agenda_item_id=items[1].id)
    store.decisions.record_votes(decision.id, [SideVote(steering.sides["V"].id, yes=6),
                                               SideVote(steering.sides["T"].id, yes=5)])
    store.agenda.delete(items[2].id)
    store.tasks.add(steering.body.id, "Fachkonzept",
                    owners=[TaskOwner(person_id=steering.person[steering.admin[0].id].id)])
    return store


def test_the_copy_is_an_sro_file_with_the_same_content(filled, tmp_path):
    store = filled
    target = tmp_path / "kopie" / "Sicherung März.sro"
    target.parent.mkdir()
    assert store.save_copy(target) == target
    raw = sqlite3.connect(target)
    try:
        assert raw.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert raw.execute("PRAGMA user_version").fetchone() == (schema_version(),)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert content(raw) == content(store.db)
        assert schema(raw) == schema(store.db)
    finally:
        raw.close()
    with Store.open(target) as copy:
        assert [m.id for m in copy.meetings.list()] == [m.id for m in store.meetings.list()]
        assert copy.decisions.list()[0].votes == store.decisions.list()[0].votes
        assert {h.record_id for h in copy.search("Lütten")} == {
            h.record_id for h in store.search("Lütten")}
        assert len(copy.search("Lütten")) == 1
        assert content(copy.db) == content(store.db)


def test_the_copy_is_a_single_file(filled, tmp_path):
    target_dir = tmp_path / "ziel"
    target_dir.mkdir()
    target = filled.save_copy(target_dir / "kopie.sro")
    assert sorted(os.listdir(target_dir)) == ["kopie.sro"]  # no -wal, -shm, journal or .tmp
    header = target.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert (header[18], header[19]) == (1, 1)  # rollback journal, not WAL
    # the open file is still in WAL mode and works on
    assert filled.db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    filled.organizations.add("Nach der Kopie e.V.")
    with Store.open(target) as copy:
        assert "Nach der Kopie e.V." not in {o.name for o in copy.organizations.list()}


def test_the_copy_has_what_was_just_written(filled, tmp_path):
    """Changes still in the open file's WAL are in the copy."""
    store = filled
    store.organizations.add("Gerade eben e.V.")
    target = store.save_copy(tmp_path / "frisch.sro")
    with Store.open(target) as copy:
        assert "Gerade eben e.V." in {o.name for o in copy.organizations.list()}


def test_the_copy_carries_no_undo_log(filled, tmp_path):
    store = filled
    UndoLog(store.db)
    store.organizations.add("Mit Rückgängig e.V.")
    target = store.save_copy(tmp_path / "kopie.sro")
    raw = sqlite3.connect(target)
    try:
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    finally:
        raw.close()
    assert not {n for n in names if "undo" in n}


def test_a_copy_replaces_an_older_copy(filled, tmp_path):
    target = tmp_path / "kopie.sro"
    filled.save_copy(target)
    filled.organizations.add("Zweiter Stand e.V.")
    filled.save_copy(target)
    with Store.open(target) as copy:
        assert "Zweiter Stand e.V." in {o.name for o in copy.organizations.list()}
    assert not [n for n in os.listdir(tmp_path) if "kopie" in n and n != "kopie.sro"]


def test_the_copy_refuses_the_open_files_own_path(filled, tmp_path):
    store = filled
    before = content(store.db)
    own = store.path
    for target in (own, str(own), own.parent / "." / own.name,
                   own.parent / "unter" / ".." / own.name):
        with pytest.raises(StoreError, match="anderen Namen"):
            store.save_copy(target)
    link = tmp_path / "verweis.sro"
    link.symlink_to(own)
    with pytest.raises(StoreError, match="anderen Namen"):
        store.save_copy(link)
    assert content(store.db) == before
    assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not [n for n in os.listdir(own.parent) if n.endswith(".tmp")]


def test_a_missing_folder_gives_a_store_error_and_leaves_nothing(filled, tmp_path):
    listing = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    target = tmp_path / "gibt-es-nicht" / "kopie.sro"
    with pytest.raises(StoreError, match="ließ sich nicht schreiben"):
        filled.save_copy(target)
    assert not target.parent.exists()
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == listing


def test_a_folder_in_the_way_gives_a_store_error_and_leaves_no_temp_file(filled, tmp_path):
    target = tmp_path / "kopie.sro"
    target.mkdir()
    with pytest.raises(StoreError, match="ließ sich nicht schreiben"):
        filled.save_copy(target)
    assert target.is_dir()
    assert not [n for n in os.listdir(tmp_path) if "kopie" in n and n != "kopie.sro"]
