"""What the operating system and SQLite say, in German words (store/os_words.py)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from sro_desktop.store.os_words import (
    is_damage,
    os_error_text,
    os_reason,
    path_words,
    probe_folder,
)

NUMBERS = [errno.ENOENT, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
           errno.ENOSPC, errno.EFBIG, errno.EROFS, errno.EIO, errno.EBUSY, errno.EEXIST,
           errno.ENAMETOOLONG, errno.EMFILE, errno.EXDEV, errno.ENOTEMPTY, errno.ELOOP]


@pytest.mark.parametrize("number", NUMBERS, ids=lambda n: errno.errorcode[n])
def test_every_error_of_the_system_has_german_words(number):
    exc = OSError(number, os.strerror(number))
    reason = os_reason(exc)
    assert os.strerror(number) not in reason
    assert reason
    assert not reason.endswith(".")


@pytest.mark.parametrize(("number", "words"), [
    (errno.ENOSPC, "kein Platz mehr auf dem Datenträger"),
    (errno.EFBIG, "zu groß für die erlaubte Dateigröße"),
    (errno.EACCES, "keine Lese- oder Schreibrechte"),
    (errno.EPERM, "keine Schreibrechte"),
    (errno.EROFS, "schreibgeschützt"),
    (errno.EIO, "Lesefehler"),
    (errno.EISDIR, "ein Ordner, keine Datei"),
])
def test_the_words_say_what_happened(number, words):
    assert words in os_reason(OSError(number, os.strerror(number)))


def test_an_unknown_number_is_named_not_explained_in_english():
    exc = OSError(errno.ECHILD, os.strerror(errno.ECHILD))
    assert os_reason(exc) == "Fehler des Betriebssystems (ECHILD)"


def test_the_sentence_names_the_file_or_the_folder(tmp_path):
    file = tmp_path / "x.sro"
    file.write_bytes(b"")
    exc = PermissionError(errno.EACCES, "Permission denied", str(file))
    assert os_error_text(exc) == (f"Die Datei „{file}“: keine Lese- oder Schreibrechte, "
                                  f"der Zugriff wurde verweigert.")
    exc = IsADirectoryError(errno.EISDIR, "Is a directory", str(tmp_path))
    assert os_error_text(exc) == f"Der Ordner „{tmp_path}“: das ist ein Ordner, keine Datei."
    assert os_error_text(OSError(errno.ENOSPC, "No space left on device")) == \
        "Kein Platz mehr auf dem Datenträger."


def test_a_long_path_is_shortened_at_its_start():
    path = Path("/", *(["sehr-langer-ordnername"] * 8), "sitzungen.sro")
    words = path_words(path)
    assert words.startswith("die Datei „…")
    assert words.endswith("/sitzungen.sro“")
    assert len(words) < 100


def test_sqlite_tells_damage_apart_from_faults_of_the_disk(tmp_path):
    bad = tmp_path / "kaputt.sro"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    conn = sqlite3.connect(bad)
    with pytest.raises(sqlite3.DatabaseError) as damaged:
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()
    assert is_damage(damaged.value)
    assert "beschädigt" in os_reason(damaged.value)


def test_a_read_error_in_sqlite_is_a_read_error():
    """SQLITE_IOERR_READ (266) as SQLite reports a sector it cannot read. (Not produced
    for real here: that needs a failing device, e.g. device-mapper's error target.)"""
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = 266  # type: ignore[attr-defined]
    exc.sqlite_errorname = "SQLITE_IOERR_READ"  # type: ignore[attr-defined]
    assert not is_damage(exc)
    assert os_reason(exc).startswith("Lesefehler des Datenträgers")


def test_the_probe_leaves_nothing_and_finds_nothing_where_all_is_well(tmp_path):
    file = tmp_path / "x.sro"
    file.write_bytes(b"x" * 1000)
    assert probe_folder(file) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.sro"]


def test_the_probe_finds_what_the_system_refuses(tmp_path):
    missing_folder = tmp_path / "gibt-es-nicht" / "x.sro"
    found = probe_folder(missing_folder)
    assert isinstance(found, OSError)
    assert found.errno == errno.ENOENT
