"""Opening SRO files: PRAGMAs, identity, and refusing what is not ours without touching it."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest

from sro_desktop import __version__
from sro_desktop.store import NotOurFile, Store, StoreError, TooNew
from sro_desktop.store.database import BUSY_TIMEOUT_MS
from sro_desktop.store.schema import APPLICATION_ID, schema_version, step_names


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"))
            if p.exists()]


def pragma(store: Store, name: str):
    return store.db.execute(f"PRAGMA {name}").fetchone()[0]


def assert_refused_unchanged(path: Path, error: type[StoreError]) -> StoreError:
    """Opening ``path`` raises ``error``; the file keeps its bytes and gains no sidecar."""
    before = sha256(path)
    size = path.stat().st_size
    with pytest.raises(error) as caught:
        Store.open(path)
    assert sha256(path) == before
    assert path.stat().st_size == size
    assert sidecars(path) == []
    return caught.value


def make_sro_file(path: Path) -> None:
    """A real SRO file with a little data, closed so that everything is in the main file."""
    with Store.open(path, create=True) as s:
        s.bodies.add("Steuerungsgruppe", "SG")
    assert sidecars(path) == []


# -- a new file ------------------------------------------------------------------------


def test_new_file_gets_the_pragmas(store):
    assert pragma(store, "foreign_keys") == 1
    assert pragma(store, "journal_mode") == "wal"
    assert pragma(store, "synchronous") == 2  # FULL
    assert pragma(store, "busy_timeout") == BUSY_TIMEOUT_MS
    assert BUSY_TIMEOUT_MS > 0


def test_new_file_is_marked_as_ours_and_current(store):
    assert pragma(store, "application_id") == APPLICATION_ID
    assert pragma(store, "user_version") == schema_version()
    assert schema_version() == len(step_names()) >= 3
    applied = [r["name"] for r in store.db.query(
        "SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == step_names()
    written_by = store.db.execute("SELECT value FROM meta WHERE key = 'written_by'").fetchone()
    assert written_by == (__version__,)


def test_the_marks_are_in_the_file_header_after_closing(tmp_path):
    path = tmp_path / "neu.sro"
    make_sro_file(path)
    header = path.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert int.from_bytes(header[60:64], "big") == schema_version()  # user_version
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert header[68:72] == b"SRO1"


def test_reopening_keeps_data_and_settings(tmp_path):
    path = tmp_path / "wieder.sro"
    make_sro_file(path)
    with Store.open(path) as s:
        assert [b.short for b in s.bodies.list()] == ["SG"]
        assert pragma(s, "foreign_keys") == 1
        assert pragma(s, "journal_mode") == "wal"
        assert pragma(s, "synchronous") == 2
        assert pragma(s, "user_version") == schema_version()


def test_missing_file_without_create_is_refused_and_not_made(tmp_path):
    path = tmp_path / "fehlt.sro"
    with pytest.raises(StoreError, match="gibt es nicht"):
        Store.open(path)
    assert not path.exists()
    assert sidecars(path) == []


def test_missing_folder_is_refused_even_with_create(tmp_path):
    path = tmp_path / "kein-ordner" / "neu.sro"
    with pytest.raises(StoreError, match="Ordner"):
        Store.open(path, create=True)
    assert not path.parent.exists()


# -- a file from a newer program ---------------------------------------------------------


def test_file_from_newer_program_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "zukunft.sro"
    make_sro_file(path)
    newer = schema_version() + 1
    raw = sqlite3.connect(path)
    raw.execute("UPDATE meta SET value = '9.9.0' WHERE key = 'written_by'")
    raw.commit()
    raw.execute(f"PRAGMA user_version = {newer}")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    assert sidecars(path) == []

    error = assert_refused_unchanged(path, TooNew)
    message = str(error)
    assert f"Datenformat {newer}" in message
    assert f"bis Format {schema_version()}" in message
    assert "9.9.0" in message
    assert __version__ in message
    assert "unverändert" in message
    # and it stays refused, still unchanged, when tried again
    assert_refused_unchanged(path, TooNew)


# -- files that are not ours ---------------------------------------------------------------


def test_text_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "notizen.sro"
    path.write_text("Tagesordnung:\n1. Begrüßung\n2. Modellregion\n", encoding="utf-8")
    error = assert_refused_unchanged(path, NotOurFile)
    assert "keine SQLite-Datenbank" in str(error)


def test_word_document_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "protokoll.sro"
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr("[Content_Types].xml", "<Types/>")
        docx.writestr("word/document.xml", "<w:document>Niederschrift</w:document>")
    assert path.read_bytes().startswith(b"PK\x03\x04")
    assert_refused_unchanged(path, NotOurFile)


def test_empty_file_is_refused_and_stays_empty(tmp_path):
    path = tmp_path / "leer.sro"
    path.touch()
    error = assert_refused_unchanged(path, NotOurFile)
    assert "leer" in str(error)
    assert path.stat().st_size == 0


def test_someone_elses_sqlite_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "adressen.sro"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE kontakte (name TEXT, telefon TEXT)")
    raw.execute("INSERT INTO kontakte VALUES ('Müller', '0381 123')")
    raw.commit()
    raw.close()
    error = assert_refused_unchanged(path, NotOurFile)
    assert "keine SRO-Datei" in str(error)
    raw = sqlite3.connect(path)
    try:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    finally:
        raw.close()
    assert tables == ["kontakte"]


def test_someone_elses_wal_database_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "fremd-wal.sro"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    assert_refused_unchanged(path, NotOurFile)


def test_damaged_file_with_sqlite_header_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "kaputt.sro"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    assert_refused_unchanged(path, NotOurFile)


def test_refusals_are_store_errors():
    assert issubclass(NotOurFile, StoreError)
    assert issubclass(TooNew, StoreError)
