"""Files that are not (or no longer) SRO files: opening, backing up and restoring refuse
them with a clear message, recreate nothing and leave every byte as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from sro_desktop.store import NotOurFile, Store, StoreError, TooNew
from sro_desktop.store.backup import back_up_to, backup_file, check_backup, list_backups, restore
from sro_desktop.store.schema import schema_version


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


_MADE: dict[str, bytes] = {}


def sro_bytes(folder: Path) -> bytes:
    """A real SRO file with some data, closed (everything in the main file); made once."""
    if "sro" in _MADE:
        return _MADE["sro"]
    path = folder / "vorlage.sro"
    with Store.open(path, create=True) as s:
        s.bodies.add("Steuerungsgruppe", "SG")
        for n in range(40):
            s.organizations.add(f"Träger {n} e.V.", address="Am Strande 1, Rostock")
    _MADE["sro"] = path.read_bytes()
    path.unlink()
    return _MADE["sro"]


def empty(path: Path) -> None:
    path.touch()


def text(path: Path) -> None:
    path.write_text("Tagesordnung:\n1. Begrüßung\n", encoding="utf-8")


def word_document(path: Path) -> None:
    """A real Word document (python-docx), renamed."""
    document = docx.Document()
    document.add_heading("Niederschrift der 7. Sitzung", level=1)
    document.add_paragraph("TOP 1: Begrüßung")
    document.save(str(path))


def someone_elses_sqlite(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE kontakte (name TEXT, telefon TEXT)")
    raw.execute("INSERT INTO kontakte VALUES ('Müller', '0381 123')")
    raw.commit()
    raw.close()


def someone_elses_wal_sqlite(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()


def truncated(keep: Callable[[int], int]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = sro_bytes(path.parent)
        path.write_bytes(data[:keep(len(data))])
    return make


def newer(path: Path) -> None:
    path.write_bytes(sro_bytes(path.parent))
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {schema_version() + 1}")
    raw.close()


FOREIGN = {
    "leer": (empty, NotOurFile, "leer"),
    "text": (text, NotOurFile, "keine SQLite-Datenbank"),
    "docx-als-sqlite": (word_document, NotOurFile, "keine SQLite-Datenbank"),
    "fremde-sqlite": (someone_elses_sqlite, NotOurFile, "aber keine SRO-Datei"),
    "fremde-sqlite-wal": (someone_elses_wal_sqlite, NotOurFile, "aber keine SRO-Datei"),
    "abgeschnitten-im-kopf": (truncated(lambda n: 50), NotOurFile, "abgeschnitten"),
    "abgeschnitten-erste-seite": (truncated(lambda n: 1000), NotOurFile, "beschädigt"),
    "abgeschnitten-halb": (truncated(lambda n: n // 2 // 4096 * 4096), NotOurFile,
                           "beschädigt"),
    "letzte-seite-fehlt": (truncated(lambda n: n - 4096), NotOurFile, "beschädigt"),
    "neuer": (newer, TooNew, "aktualisieren"),
}
SUFFIX = {"docx-als-sqlite": ".sqlite"}


@pytest.fixture(params=sorted(FOREIGN))
def foreign(request, tmp_path) -> tuple[Path, type[StoreError], str]:
    folder = tmp_path / "fremd"
    folder.mkdir()
    make, error, words = FOREIGN[request.param]
    path = folder / f"{request.param}{SUFFIX.get(request.param, '.sro')}"
    make(path)
    return path, error, words


def test_the_word_document_is_a_real_one(tmp_path):
    path = tmp_path / "protokoll.sqlite"
    word_document(path)
    assert path.read_bytes().startswith(b"PK\x03\x04")
    assert "Niederschrift der 7. Sitzung" in [p.text for p in docx.Document(str(path)).paragraphs]


@pytest.mark.parametrize("create", [False, True])
def test_opening_refuses_and_recreates_nothing(foreign, create):
    path, error, words = foreign
    before = listing(path.parent)
    with pytest.raises(error, match=words):
        Store.open(path, create=create)
    assert listing(path.parent) == before  # same bytes, no sidecar, no lock, nothing new


def test_the_refusal_names_the_file_and_is_one_sentence_or_two(foreign):
    path, error, _words = foreign
    with pytest.raises(error) as caught:
        Store.open(path)
    message = str(caught.value)
    assert str(path) in message
    assert "\n" not in message
    assert "Traceback" not in message


def test_a_backup_of_it_is_refused(foreign, tmp_path):
    path, error, words = foreign
    before = listing(path.parent)
    out = tmp_path / "sicherung.sro"
    with pytest.raises(error, match=words):
        back_up_to(path, out)
    with pytest.raises(error, match=words):
        backup_file(path)
    assert not out.exists()
    assert list_backups(path) == []
    assert listing(path.parent) == before


def test_restoring_from_it_is_refused_and_the_file_untouched(foreign, tmp_path):
    path, error, words = foreign
    target = tmp_path / "sitzungen.sro"
    with Store.open(target, create=True) as s:
        s.bodies.add("Steuerungsgruppe", "SG")
    before, foreign_before = sha256(target), listing(path.parent)
    with pytest.raises(error, match=words):
        check_backup(path)
    with pytest.raises(error, match=words):
        restore(target, path)
    assert sha256(target) == before
    assert listing(path.parent) == foreign_before
    assert list_backups(target) == []  # refused before anything was backed up
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fremd", "sitzungen.sro"]


def test_restoring_over_it_is_refused_and_it_stays(foreign, tmp_path):
    """A backup is never restored over a file that is not an SRO file (a wrong --db)."""
    path, error, words = foreign
    source = tmp_path / "sicherung.sro"
    with Store.open(tmp_path / "quelle.sro", create=True) as s:
        s.bodies.add("Steuerungsgruppe", "SG")
    back_up_to(tmp_path / "quelle.sro", source)
    before = listing(path.parent)
    with pytest.raises(error, match=words):
        restore(path, source)
    assert listing(path.parent) == before
