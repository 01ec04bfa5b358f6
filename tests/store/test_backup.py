"""Backups (store/backup.py): online backup API, atomic, rotating, restore, and the backup
before a migration that fails and leaves the file as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from sro_desktop import paths
from sro_desktop.store import NotOurFile, Store, StoreError, TooNew, database
from sro_desktop.store import backup as backups
from sro_desktop.store.backup import (
    AUTOMATIC,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    auto_backup,
    backup_file,
    backup_folder,
    list_backups,
    prune,
    restore,
)
from sro_desktop.store.schema import APPLICATION_ID, migrations, schema_version

V1 = Path(__file__).parents[1] / "fixtures" / "schema_v1.sro"
T0 = datetime(2026, 3, 10, 9, 0, 0)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    return [s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()]


def names(path: Path) -> set[str]:
    with Store.open(path) as s:
        return {o.name for o in s.organizations.list()}


def raw_pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def sro(tmp_path) -> Path:
    """A closed SRO file with one organisation."""
    path = tmp_path / "sitzungen.sro"
    with Store.open(path, create=True) as s:
        s.bodies.add("Steuerungsgruppe", "SG")
        s.organizations.add("Erster Stand e.V.")
    return path


# -- where ---------------------------------------------------------------------------------


def test_backups_live_beside_the_user_data_one_folder_per_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one, other = tmp_path / "a" / "sitzungen.sro", tmp_path / "b" / "sitzungen.sro"
    folder = backup_folder(one)
    assert folder.parent == paths.user_data_dir() / "Sicherungen"
    assert folder.name.startswith("sitzungen-")
    assert len(folder.name) == len("sitzungen-") + 8
    assert backup_folder(other) != folder  # same name, other file
    assert backup_folder(Path("a") / "sitzungen.sro") == folder  # relative spelling
    link = tmp_path / "verweis.sro"
    link.symlink_to(one)
    assert backup_folder(link) == folder


# -- a backup ------------------------------------------------------------------------------


def test_a_backup_is_a_single_sro_file_with_everything_committed(sro):
    with Store.open(sro) as s:
        s.organizations.add("Noch im WAL e.V.")  # committed, not yet checkpointed
        assert Path(f"{sro}-wal").stat().st_size > 0
        made = backup_file(sro, conn=s.db.conn)
    assert made.path.parent == backup_folder(sro)
    assert made.size == made.path.stat().st_size > 0
    assert made.reason == "manuell"
    assert raw_pragma(made.path, "application_id") == APPLICATION_ID
    assert raw_pragma(made.path, "user_version") == schema_version()
    assert raw_pragma(made.path, "journal_mode") == "delete"
    assert raw_pragma(made.path, "integrity_check") == "ok"
    assert names(made.path) == {"Erster Stand e.V.", "Noch im WAL e.V."}
    listing = sorted(p.name for p in made.path.parent.iterdir())
    assert listing == sorted([made.path.name, "Quelle.txt"])  # no temp file, no sidecar
    assert str(sro.resolve()) in (made.path.parent / "Quelle.txt").read_text("utf-8")


def test_a_backup_never_copies_the_file_as_bytes(sro, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("a plain file copy of a database")

    for name in ("copy", "copy2", "copyfile", "copyfileobj"):
        monkeypatch.setattr(shutil, name, refuse)
    made = backup_file(sro)
    assert names(made.path) == {"Erster Stand e.V."}


def test_a_backup_of_a_closed_file_leaves_it_untouched(sro):
    before = sha256(sro)
    backup_file(sro)
    assert sha256(sro) == before
    assert sidecars(sro) == []


def test_backups_are_listed_newest_first_with_time_and_size(sro):
    made = [backup_file(sro, now=T0 + timedelta(hours=h)) for h in (0, 5, 2)]
    again = backup_file(sro, now=T0 + timedelta(hours=5))  # the same second: "-2"
    assert again.path.name == "2026-03-10_14-00-00-2_manuell.sro"
    (backup_folder(sro) / "notiz.txt").write_text("nicht von uns")
    listing = list_backups(sro)
    assert [b.path for b in listing] == [again.path, made[1].path, made[2].path, made[0].path]
    assert [b.taken_at for b in listing] == [T0 + timedelta(hours=h) for h in (5, 5, 2, 0)]
    assert all(b.size == b.path.stat().st_size > 0 for b in listing)
    assert listing[0].label == "von Hand"


def test_no_backups_is_an_empty_list(tmp_path):
    assert list_backups(tmp_path / "nie-gesichert.sro") == []


def test_rotation_keeps_the_newest(sro):
    for h in range(6):
        backup_file(sro, now=T0 + timedelta(hours=h), keep=4)
    assert [b.taken_at.hour for b in list_backups(sro)] == [14, 13, 12, 11]
    assert len(prune(sro, 0)) == 3
    assert len(list_backups(sro)) == 1  # never fewer than one
    assert list_backups(sro)[0].taken_at.hour == 14


def test_automatic_backup_on_open_skips_an_unchanged_file(sro):
    first = auto_backup(sro, now=T0)
    assert first is not None
    assert first.reason == AUTOMATIC
    assert auto_backup(sro, now=T0 + timedelta(hours=3)) is None  # nothing changed
    with Store.open(sro) as s:
        s.organizations.add("Zweiter Stand e.V.")
        second = auto_backup(sro, conn=s.db.conn, now=T0 + timedelta(hours=4))
    assert second is not None
    assert names(second.path) == {"Erster Stand e.V.", "Zweiter Stand e.V."}
    assert names(first.path) == {"Erster Stand e.V."}


def test_an_unchanged_file_is_not_copied_again_to_learn_so(sro, monkeypatch):
    first = auto_backup(sro, now=T0)
    assert first is not None
    copies: list[Path] = []
    real = backups._snapshot
    monkeypatch.setattr(backups, "_snapshot", lambda conn, tmp: (copies.append(tmp),
                                                                 real(conn, tmp)))
    assert auto_backup(sro, now=T0 + timedelta(hours=1)) is None
    with Store.open(sro):  # opened and closed, nothing written
        pass
    assert auto_backup(sro, now=T0 + timedelta(hours=2)) is None
    assert copies == []
    # another program writes to the file: copied, and kept as a new state
    with sqlite3.connect(sro) as other:
        other.execute("UPDATE organizations SET name = 'Anders geschrieben e.V.'")
    other.close()
    made = auto_backup(sro, now=T0 + timedelta(hours=3))
    assert len(copies) == 1
    assert made is not None
    assert names(made.path) == {"Anders geschrieben e.V."}
    # a backup made otherwise (by hand) is the newest now: copied and compared again
    backup_file(sro, now=T0 + timedelta(hours=4))
    assert auto_backup(sro, now=T0 + timedelta(hours=5)) is None
    assert len(copies) == 3  # the manual backup's copy, then the comparison's


def test_automatic_backup_once_a_day_while_open(sro):
    with Store.open(sro) as s:
        assert auto_backup(sro, conn=s.db.conn, now=T0) is not None
        s.organizations.add("Am Vormittag e.V.")
        daily = timedelta(days=1)
        assert auto_backup(sro, conn=s.db.conn, now=T0 + timedelta(hours=23),
                           min_age=daily) is None
        made = auto_backup(sro, conn=s.db.conn, now=T0 + timedelta(hours=24), min_age=daily)
        assert made is not None
        # a clock set back does not stop the backups
        s.organizations.add("Uhr verstellt e.V.")
        assert auto_backup(sro, conn=s.db.conn, now=T0 - timedelta(days=3),
                           min_age=daily) is not None


def test_automatic_backups_rotate_to_keep(sro):
    with Store.open(sro) as s:
        for n in range(5):
            s.organizations.add(f"Stand {n} e.V.")
            auto_backup(sro, conn=s.db.conn, keep=3, now=T0 + timedelta(hours=n))
    assert [b.taken_at.hour for b in list_backups(sro)] == [13, 12, 11]


def test_a_backup_that_cannot_be_written_is_a_store_error(sro, tmp_path, monkeypatch):
    blocker = tmp_path / "keine-daten"
    blocker.write_text("eine Datei, wo der Ordner hin soll")
    monkeypatch.setenv("SRO_DATA_DIR", str(blocker))
    with pytest.raises(StoreError, match="ließ sich nicht"):
        backup_file(sro)


# -- restore -------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_current_state(sro):
    first = backup_file(sro, now=T0)
    with Store.open(sro) as s:
        s.organizations.add("Später e.V.")
    previous = restore(sro, first.path)
    assert names(sro) == {"Erster Stand e.V."}
    assert previous is not None
    assert previous.reason == BEFORE_RESTORE
    assert names(previous.path) == {"Erster Stand e.V.", "Später e.V."}
    assert first.path.exists()  # the backup itself stays
    assert sidecars(sro) == []
    assert not [p for p in sro.parent.iterdir() if p.name.endswith(".tmp")]
    with Store.open(sro) as s:  # an ordinary SRO file again, opened in WAL mode
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_state_the_newest_backup_holds_is_not_backed_up_twice(sro):
    first = backup_file(sro, now=T0)
    with Store.open(sro) as s:
        s.organizations.add("Später e.V.")
    second = auto_backup(sro, now=T0 + timedelta(hours=1))
    assert second is not None
    assert restore(sro, first.path) == second
    assert len(list_backups(sro)) == 2
    assert names(sro) == {"Erster Stand e.V."}


def test_restoring_the_oldest_backup_when_rotation_is_full(sro):
    """Backing up the current state prunes; the chosen backup is already copied."""
    oldest = backup_file(sro, now=T0)
    for h in range(1, 3):
        backup_file(sro, now=T0 + timedelta(hours=h))
    with Store.open(sro) as s:
        s.organizations.add("Später e.V.")
    restore(sro, oldest.path, keep=3)
    assert names(sro) == {"Erster Stand e.V."}
    assert not oldest.path.exists()  # rotated out by the backup of the current state
    assert len(list_backups(sro)) == 3


def test_restore_into_a_new_file(sro, tmp_path):
    target = tmp_path / "wiederhergestellt.sro"
    assert restore(target, backup_file(sro).path) is None
    assert names(target) == {"Erster Stand e.V."}


def test_restore_of_a_backup_in_an_older_format_migrates_on_opening(sro):
    previous = restore(sro, V1)
    assert previous is not None
    assert sha256(V1) == sha256(V1)  # the fixture is only read
    assert raw_pragma(sro, "user_version") == 1
    with Store.open(sro) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert BEFORE_MIGRATION in {b.reason for b in list_backups(sro)}


def test_restore_keeps_what_a_crashed_writer_left_in_the_wal(sro):
    """A writer killed mid-session leaves committed edits in -wal and a stale -shm; the
    backup of the current state has them, and only then are the sidecars removed."""
    child = textwrap.dedent(f"""
        import os, signal
        from sro_desktop.store import Store
        s = Store.open({str(sro)!r})
        s.organizations.add("Vor dem Absturz e.V.")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, timeout=60)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert sidecars(sro) == ["-wal", "-shm"]
    assert Path(f"{sro}-wal").stat().st_size > 0
    first = backup_file(sro)  # reads the WAL too
    assert "Vor dem Absturz e.V." in names(first.path)
    with Store.open(sro) as s:  # now really crash: checkpoint does not happen
        s.organizations.add("Nach dem Absturz e.V.")
    previous = restore(sro, first.path)
    assert previous is not None
    assert names(previous.path) == {"Erster Stand e.V.", "Vor dem Absturz e.V.",
                                    "Nach dem Absturz e.V."}
    assert sidecars(sro) == []
    assert names(sro) == {"Erster Stand e.V.", "Vor dem Absturz e.V."}


def test_restore_refuses_a_file_that_is_open(sro):
    first = backup_file(sro)
    with Store.open(sro) as s:
        s.organizations.add("Offen e.V.")
        with pytest.raises(StoreError, match="benutzt|geöffnet"):
            restore(sro, first.path)
        s.organizations.add("Weiter offen e.V.")
    assert {"Offen e.V.", "Weiter offen e.V."} <= names(sro)
    assert [b.reason for b in list_backups(sro)] == ["manuell"]


def test_restore_refuses_a_file_open_without_the_lock(sro):
    """Another program (no lock file) holding a connection in WAL mode: refused too."""
    first = backup_file(sro)
    before = sha256(sro)
    other = sqlite3.connect(sro)
    try:
        other.execute("PRAGMA journal_mode = WAL").fetchone()
        other.execute("SELECT count(*) FROM organizations").fetchone()
        with pytest.raises(StoreError, match="noch geöffnet"):
            restore(sro, first.path)
    finally:
        other.close()
    assert sha256(sro) == before
    assert not [p for p in sro.parent.iterdir() if p.name.endswith(".tmp")]


def test_restore_refuses_the_file_itself(sro):
    before = sha256(sro)
    with pytest.raises(StoreError, match="aus sich selbst"):
        restore(sro, sro)
    assert sha256(sro) == before


def test_restore_refuses_a_missing_backup(sro, tmp_path):
    with pytest.raises(StoreError, match="gibt es nicht"):
        restore(sro, tmp_path / "fehlt.sro")


def test_restore_refuses_a_newer_backup(sro, tmp_path):
    newer = tmp_path / "zukunft.sro"
    shutil.copyfile(backup_file(sro).path, newer)
    raw = sqlite3.connect(newer)
    raw.execute(f"PRAGMA user_version = {schema_version() + 1}")
    raw.close()
    with Store.open(sro) as s:
        s.organizations.add("Jetzt e.V.")
    before, newer_before = sha256(sro), sha256(newer)
    with pytest.raises(TooNew, match="unverändert"):
        restore(sro, newer)
    assert (sha256(sro), sha256(newer)) == (before, newer_before)
    assert [b.reason for b in list_backups(sro)] == ["manuell"]


def test_restore_refuses_a_backup_damaged_inside(sro, tmp_path):
    """Header and identity intact, a page in the middle overwritten: integrity check."""
    with Store.open(sro) as s:
        for n in range(300):
            s.organizations.add(f"Füllung {n} e.V.", address="Lange Straße " * 20)
    damaged = tmp_path / "beschaedigt.sro"
    shutil.copyfile(backup_file(sro).path, damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    assert len(data) > 20 * page
    data[10 * page: 12 * page] = b"\x5a" * (2 * page)
    damaged.write_bytes(bytes(data))
    before = sha256(sro)
    with pytest.raises(NotOurFile, match="beschädigt"):
        restore(sro, damaged)
    assert sha256(sro) == before


# -- before a migration ----------------------------------------------------------------------


@pytest.fixture
def v1_copy(tmp_path) -> Path:
    copy = tmp_path / "alt.sro"
    shutil.copyfile(V1, copy)
    return copy


def test_a_migration_is_preceded_by_a_backup_of_the_old_file(v1_copy):
    with Store.open(v1_copy) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    (made,) = list_backups(v1_copy)
    assert made.reason == BEFORE_MIGRATION
    assert made.label == "vor Aktualisierung des Datenformats"
    assert raw_pragma(made.path, "user_version") == 1
    assert raw_pragma(made.path, "integrity_check") == "ok"
    with Store.open(v1_copy):  # nothing pending any more: no second backup
        pass
    assert len(list_backups(v1_copy)) == 1


def test_a_new_file_and_a_current_file_get_no_migration_backup(tmp_path, sro):
    with Store.open(tmp_path / "neu.sro", create=True):
        pass
    assert list_backups(tmp_path / "neu.sro") == []
    assert list_backups(sro) == []


def failing_migrations(monkeypatch) -> list[str]:
    """The program's migrations and one more that changes the file, then fails."""
    extended = Migrations(migrations.name)
    for step in migrations._migrations:
        extended(name=step.name)(step.fn)
    ran: list[str] = []

    @extended(name="m999_fails_halfway")
    def fails(db):
        db.execute("CREATE TABLE halbfertig (x)")
        db.execute("UPDATE bodies SET name = 'kaputt'")
        ran.append("m999")
        raise RuntimeError("Testfehler in der Migration")

    monkeypatch.setattr(database, "migrations", extended)
    return ran


def test_a_failing_migration_leaves_the_file_byte_for_byte(v1_copy, monkeypatch):
    ran = failing_migrations(monkeypatch)
    before = sha256(v1_copy)
    with pytest.raises(StoreError) as caught:
        Store.open(v1_copy)
    assert ran == ["m999"]  # the steps before it ran, and so did it
    message = str(caught.value)
    assert "ließ sich nicht aktualisieren" in message
    assert "Testfehler in der Migration" in message
    assert "bleibt, wie sie war" in message
    assert sha256(v1_copy) == before
    assert sidecars(v1_copy) == []
    (made,) = list_backups(v1_copy)
    assert made.reason == BEFORE_MIGRATION
    assert str(made.path) in message
    assert raw_pragma(made.path, "user_version") == 1
    # the file is still a version-1 file, and opens once the faulty step is gone
    monkeypatch.setattr(database, "migrations", migrations)  # not undo(): keep SRO_DATA_DIR
    with Store.open(v1_copy) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert "halbfertig" not in s.db.table_names()
        assert {b.name for b in s.bodies.list()} == {"Steuerungsgruppe"}


def test_no_migration_without_a_backup(v1_copy, tmp_path, monkeypatch):
    blocker = tmp_path / "keine-daten"
    blocker.write_text("eine Datei, wo der Ordner hin soll")
    monkeypatch.setenv("SRO_DATA_DIR", str(blocker))
    before = sha256(v1_copy)
    with pytest.raises(StoreError, match="vor der Aktualisierung gesichert"):
        Store.open(v1_copy)
    assert sha256(v1_copy) == before
    assert sidecars(v1_copy) == []


def test_module_names_the_defaults():
    assert backups.DEFAULT_KEEP == 10
    assert backups.DAILY == timedelta(days=1)
    assert os.fspath(paths.backups_dir()).endswith("Sicherungen")
