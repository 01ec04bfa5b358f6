"""A test per bad package (issue 15, point 6): each is refused whole, with German words
that say why, and the file taking it in is left byte for byte as it was.

Three copies of the demo: A ("Laptop Geschäftsstelle") with one new task, and its
clones B ("Laptop Beirat") and C ("Laptop Vertretung"). The good package is A's for B;
each bad one is made from it (or from another file) and offered to B.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from sro_desktop.store import Store
from sro_desktop.store.exchange import clone, export, take_in
from sro_desktop.store.exchange_package import Change, PackageRefused, read, write
from sro_desktop.store.replica import set_name, this_replica
from sro_desktop.store.repository import new_id

TASK = "Sozialraumkonferenz Nordwest vorbereiten"


@dataclass
class Copies:
    folder: Path
    a: Path
    b: Path
    c: Path
    good: Path  # A's package for B: the new task


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def copies(tmp_path: Path, demo_path: Path) -> Copies:
    a, b, c = (tmp_path / n for n in ("a.sro", "b.sro", "c.sro"))
    shutil.copyfile(demo_path, a)
    with Store.open(a) as store:
        with store.edit() as db:
            set_name(db, "Laptop Geschäftsstelle")
        clone(store, b, "Laptop Beirat")
        clone(store, c, "Laptop Vertretung")
        store.tasks.add(store.bodies.resolve("SG").id, TASK)
        export(store, tmp_path / "good.sroex", "Laptop Beirat")
    for path in (b, c):  # opened once, so that only what a package does changes them
        with Store.open(path):
            pass
    return Copies(tmp_path, a, b, c, tmp_path / "good.sroex")


def refused(file: Path, package: Path, *words: str) -> str:
    """Take ``package`` into ``file``: refused with these words, the file unchanged."""
    before = sha256(file)
    with Store.open(file) as store:
        with pytest.raises(PackageRefused) as caught:
            take_in(store, package)
        with pytest.raises(PackageRefused):  # a dry run is refused alike
            take_in(store, package, dry_run=True)
    message = str(caught.value)
    for word in words:
        assert word in message, message
    assert "Traceback" not in message
    assert len(message) < 400
    assert sha256(file) == before, "a refused package changed the file"
    return message


def task_titles(file: Path) -> list[str]:
    with Store.open(file, read_only=True) as store:
        return [t.title for t in store.tasks.list()]


def rezip(source: Path, target: Path, **replaced: bytes | None) -> Path:
    """``source``'s entries again, some replaced (None: left out), some added."""
    with zipfile.ZipFile(source) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    for name, data in replaced.items():
        if data is None:
            entries.pop(name, None)
        else:
            entries[name] = data
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return target


def rewritten(package: Path, target: Path, *, manifest: dict | None = None,
              changes: list[Change] | None = None) -> Path:
    """The package written again by the program's own writer (a correct checksum)."""
    found = read(package)
    write(target, manifest if manifest is not None else found.manifest,
          changes if changes is not None else found.changes)
    return target


def test_the_good_package_is_taken(copies: Copies) -> None:
    """The control: the package the bad ones are made of is fine."""
    assert TASK not in task_titles(copies.b)
    with Store.open(copies.b) as store:
        report = take_in(store, copies.good)
    assert report.added["tasks"] == 1
    assert TASK in task_titles(copies.b)


def test_truncated(copies: Copies) -> None:
    data = copies.good.read_bytes()
    half = copies.folder / "half.sroex"
    half.write_bytes(data[:len(data) // 2])
    refused(copies.b, half, "half.sroex", "unvollständig")


def test_cut_just_before_its_end(copies: Copies) -> None:
    data = copies.good.read_bytes()
    cut = copies.folder / "cut.sroex"
    cut.write_bytes(data[:-30])  # the central directory's end is gone
    refused(copies.b, cut, "cut.sroex")


def test_checksum_wrong(copies: Copies) -> None:
    """One value changed in changes.jsonl, the manifest (and its SHA-256) as it was."""
    with zipfile.ZipFile(copies.good) as z:
        content = z.read("changes.jsonl").decode()
    assert TASK in content
    forged = rezip(copies.good, copies.folder / "forged.sroex",
                   **{"changes.jsonl": content.replace(TASK, TASK + " (gefälscht)").encode()})
    refused(copies.b, forged, "Prüfsumme", "nichts wurde übernommen")


@pytest.mark.parametrize("content", [b"", b"Dies ist keine ZIP-Datei.\n" * 20,
                                     bytes(range(256)) * 40], ids=["empty", "text", "noise"])
def test_not_a_zip(copies: Copies, content: bytes) -> None:
    bad = copies.folder / "nozip.sroex"
    bad.write_bytes(content)
    refused(copies.b, bad, "kein Austauschpaket")


def test_a_random_zip(copies: Copies) -> None:
    bad = copies.folder / "fotos.sroex"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("urlaub/bild1.txt", "kein Bild")
    refused(copies.b, bad, "unzulässigen Eintrag")


def test_a_zip_without_changes(copies: Copies) -> None:
    bad = rezip(copies.good, copies.folder / "leer.sroex", **{"changes.jsonl": None})
    refused(copies.b, bad, "kein Austauschpaket")


def test_from_another_programme(copies: Copies) -> None:
    """A manifest of another format (and a checksum of its own kind)."""
    manifest = {"format": "other-sync-tool", "format_version": 1, "sha256": "0" * 64}
    bad = rezip(copies.good, copies.folder / "fremd.sroex",
                **{"manifest.json": json.dumps(manifest).encode()})
    refused(copies.b, bad, "kein Austauschpaket von SRO Desktop")


def test_a_manifest_that_is_no_json(copies: Copies) -> None:
    bad = rezip(copies.good, copies.folder / "kaputt.sroex",
                **{"manifest.json": b"{format: sro"})
    refused(copies.b, bad, "kaputt.sroex")


def test_a_newer_package_format(copies: Copies) -> None:
    found = read(copies.good)
    manifest = {**found.manifest, "format_version": found.manifest["format_version"] + 1}
    bad = rezip(copies.good, copies.folder / "neu.sroex",
                **{"manifest.json": json.dumps(manifest).encode()})
    refused(copies.b, bad, "Paketformat", "aktualisieren")


def test_from_a_newer_program_version(copies: Copies) -> None:
    """schema_version + 1, the checksum right: the file format is one this version lacks."""
    manifest = read(copies.good).manifest
    newer = {**manifest, "schema_version": manifest["schema_version"] + 1,
             "program_version": "99.0"}
    bad = rewritten(copies.good, copies.folder / "neuer.sroex", manifest=newer)
    assert read(bad).manifest["schema_version"] == manifest["schema_version"] + 1
    refused(copies.b, bad, "neueren Version", "aktualisieren", "Nichts wurde übernommen")


def test_from_another_record(copies: Copies, empty_store_path: Path) -> None:
    """A package of a file that is no copy of this one (another dataset_id)."""
    other = copies.folder / "anderer.sro"
    shutil.copyfile(empty_store_path, other)
    with Store.open(other) as store:
        store.organizations.add("Jugendamt Schwerin")
        export(store, copies.folder / "anderer.sroex")
        assert this_replica(store.db).dataset_id != read(copies.good).manifest["dataset_id"]
    refused(copies.b, copies.folder / "anderer.sroex", "anderen Datenbestand")


def test_for_another_peer(copies: Copies) -> None:
    """A's package for C, offered to B."""
    with Store.open(copies.a) as store:
        export(store, copies.folder / "fuer-c.sroex", "Laptop Vertretung")
    refused(copies.b, copies.folder / "fuer-c.sroex", "Laptop Vertretung", "Laptop Beirat")


def test_from_this_very_file(copies: Copies) -> None:
    with Store.open(copies.b) as store:
        store.tasks.add(store.bodies.list()[0].id, "Eigene Aufgabe")
        export(store, copies.folder / "eigen.sroex")
    refused(copies.b, copies.folder / "eigen.sroex", "aus dieser Datei selbst")


@pytest.mark.parametrize("entry", ["../evil", "/abs", "blobs/../../x", "blobs/" + "a" * 63,
                                   "..\\evil.sro", "blobs/" + "a" * 64 + "/../../../x"])
def test_a_path_trick_in_the_archive(copies: Copies, entry: str) -> None:
    bad = rezip(copies.good, copies.folder / "trick.sroex", **{entry: b"boom"})
    with zipfile.ZipFile(bad) as z:
        assert entry in z.namelist()  # the trick is really in the archive
    refused(copies.b, bad, "unzulässigen Eintrag")
    assert not (copies.folder.parent / "evil").exists()
    assert not Path("/abs").exists()
    assert not (copies.folder.parent / "x").exists()


def _sender_change(package: Path, table: str, row: dict) -> Change:
    """A change as the package's sender would make it next."""
    manifest = read(package).manifest
    sender = manifest["from"]["replica_id"]
    return Change(table, row["id"], {sender: manifest["known"][sender] + 1}, row)


def _a_row(file: Path, table: str) -> dict:
    with Store.open(file, read_only=True) as store:
        cur = store.db.execute(f"SELECT * FROM {table} WHERE deleted_at IS NULL LIMIT 1")
        return dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))


def test_records_that_break_foreign_keys(copies: Copies) -> None:
    """An agenda item of a meeting no copy has, with a correct checksum."""
    item = {**_a_row(copies.a, "agenda_items"), "id": new_id(), "meeting_id": new_id(),
            "title": "TOP ohne Sitzung"}
    found = read(copies.good)
    bad = rewritten(copies.good, copies.folder / "fk.sroex",
                    changes=[*found.changes, _sender_change(copies.good, "agenda_items", item)])
    message = refused(copies.b, bad, "verweist auf Einträge", "Nichts wurde übernommen")
    assert item["id"][:8] in message


def test_a_task_owner_of_a_task_nobody_has(copies: Copies) -> None:
    owner = {**_a_row(copies.a, "task_owners"), "id": new_id(), "task_id": new_id()}
    bad = rewritten(copies.good, copies.folder / "fk2.sroex",
                    changes=[_sender_change(copies.good, "task_owners", owner)])
    refused(copies.b, bad, "verweist auf Einträge")


def test_an_unknown_table(copies: Copies) -> None:
    found = read(copies.good)
    evil = _sender_change(copies.good, "sqlite_master; DROP TABLE meetings",
                          {"id": new_id(), "sql": "x"})
    bad = rewritten(copies.good, copies.folder / "tabelle.sroex",
                    changes=[*found.changes, evil])
    refused(copies.b, bad, "unbekannte Tabelle")


def test_a_blob_the_package_lacks(copies: Copies) -> None:
    """A record names a paper by its checksum, the paper is not in the archive."""
    found = read(copies.good)
    with zipfile.ZipFile(copies.good) as z:
        content = z.read("changes.jsonl")
    line = json.dumps({"t": "attachments", "id": new_id(), "vv": {"x": 1},
                       "row": {"id": "x", "content": {"$blob": "b" * 64}}}).encode()
    content += b"\n" + line
    from sro_desktop.store.exchange_package import _digest

    manifest = {**found.manifest, "sha256": _digest(content, {}),
                "counts": {**found.manifest["counts"], "attachments": 1}}
    bad = rezip(copies.good, copies.folder / "ohne-papier.sroex",
                **{"changes.jsonl": content, "manifest.json": json.dumps(manifest).encode()})
    refused(copies.b, bad, "unlesbar")


def test_counts_that_do_not_match(copies: Copies) -> None:
    """The manifest promises more records than the package holds (checksum right)."""
    found = read(copies.good)
    bad = rezip(copies.good, copies.folder / "zahl.sroex", **{"manifest.json": json.dumps(
        {**found.manifest, "counts": {**found.manifest["counts"], "tasks": 99}}).encode()})
    refused(copies.b, bad, "Zahl der Einträge")


def test_a_refused_package_leaves_a_later_good_one_whole(copies: Copies) -> None:
    """After a refusal nothing is half taken: the good package still brings everything."""
    data = copies.good.read_bytes()
    half = copies.folder / "half.sroex"
    half.write_bytes(data[:len(data) // 2])
    refused(copies.b, half)
    with Store.open(copies.b) as store:
        report = take_in(store, copies.good)
        again = take_in(store, copies.good)
    assert report.added["tasks"] == 1
    assert again.nothing
    assert task_titles(copies.b).count(TASK) == 1
