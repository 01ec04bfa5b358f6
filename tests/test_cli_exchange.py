"""``sro-desktop exchange …`` and ``sro-desktop merge`` through ``sro_desktop.cli.main``:
name, clone, export --for / --all, import --dry-run and import, status, decide, merge
--dry-run and merge, and the refusals (an unknown peer, a bad package) as one
``Fehler: …`` line with exit code 1."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from command_line import assert_user_error, digest, run

from sro_desktop.store import Store

TASK = "Fachtag Kinderschutz vorbereiten"


@dataclass
class Two:
    folder: Path
    a: Path  # "Laptop Geschäftsstelle"
    b: Path  # its clone, "Laptop Beirat"


@pytest.fixture
def two(tmp_path: Path, demo_path: Path) -> Two:
    a, b = tmp_path / "a.sro", tmp_path / "b.sro"
    shutil.copyfile(demo_path, a)
    named = run("exchange", "name", "--db", a, "Laptop Geschäftsstelle")
    assert named.returncode == 0, named.stderr
    assert "Laptop Geschäftsstelle" in named.stdout
    cloned = run("exchange", "clone", "--db", a, "--out", b, "--name", "Laptop Beirat")
    assert cloned.returncode == 0, cloned.stderr
    assert "Laptop Beirat" in cloned.stdout
    with Store.open(b):  # the first opening sets the file up (WAL); later, only what
        pass  # a command does changes it
    return Two(tmp_path, a, b)


def add_task(file: Path, title: str) -> str:
    with Store.open(file) as store:
        return store.tasks.add(store.bodies.resolve("SG").id, title).id


def task_title(file: Path, task_id: str) -> str | None:
    with Store.open(file, read_only=True) as store:
        found = [t for t in store.tasks.list() if t.id == task_id]
        return found[0].title if found else None


def test_clone_and_status_name_both_copies(two: Two) -> None:
    assert two.b.is_file()
    mine = run("exchange", "status", "--db", two.a)
    theirs = run("exchange", "status", "--db", two.b)
    assert mine.returncode == theirs.returncode == 0
    assert "Diese Kopie: Laptop Geschäftsstelle" in mine.stdout
    assert "Anderer Laptop: Laptop Beirat" in mine.stdout
    assert "Diese Kopie: Laptop Beirat" in theirs.stdout
    assert "Anderer Laptop: Laptop Geschäftsstelle" in theirs.stdout
    assert "Offener Konflikt" not in mine.stdout + theirs.stdout


def test_clone_refuses_an_existing_file_and_an_empty_name(two: Two) -> None:
    assert_user_error(run("exchange", "clone", "--db", two.a, "--out", two.b, "--name", "X"),
                      "gibt es schon")
    assert_user_error(run("exchange", "clone", "--db", two.a, "--out", two.folder / "c.sro",
                          "--name", "  "), "Namen")
    assert_user_error(run("exchange", "name", "--db", two.a, " "), "leer")


def test_export_for_a_peer_then_dry_run_then_import(two: Two) -> None:
    task = add_task(two.a, TASK)
    package = two.folder / "an-beirat.sroex"
    out = run("exchange", "export", "--db", two.a, "--for", "Laptop Beirat", "--out", package)
    assert out.returncode == 0, out.stderr
    assert "Paket geschrieben" in out.stdout
    assert "(1 Eintrag/Einträge, 0 Anlage(n))" in out.stdout  # only what the peer lacks

    before = digest(two.b)
    dry = run("exchange", "import", "--db", two.b, "--from", package, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Probelauf, nichts geändert" in dry.stdout
    assert "Laptop Geschäftsstelle" in dry.stdout
    assert "Neu: 1 Aufgabe" in dry.stdout
    assert digest(two.b) == before
    assert task_title(two.b, task) is None

    done = run("exchange", "import", "--db", two.b, "--from", package)
    assert done.returncode == 0, done.stderr
    assert "Probelauf" not in done.stdout
    assert "Neu: 1 Aufgabe" in done.stdout
    assert task_title(two.b, task) == TASK

    again = run("exchange", "import", "--db", two.b, "--from", package)
    assert again.returncode == 0
    assert "Nichts Neues" in again.stdout
    status = run("exchange", "status", "--db", two.b)
    assert "zuletzt übernommen 2" in status.stdout  # a time stamp, not "-"


def test_export_all_holds_every_record(two: Two) -> None:
    package = two.folder / "alles.sroex"
    out = run("exchange", "export", "--db", two.a, "--all", "--out", package)
    assert out.returncode == 0, out.stderr
    with Store.open(two.a, read_only=True) as store:
        meetings = store.db.execute("SELECT count(*) FROM meetings").fetchone()[0]
    total = int(out.stdout.split("(")[1].split(" Eintrag")[0])
    assert total > meetings > 0
    # B has it all already: nothing new, nothing changed
    taken = run("exchange", "import", "--db", two.b, "--from", package)
    assert taken.returncode == 0, taken.stderr
    assert "Nichts Neues" in taken.stdout


def test_export_needs_a_peer_or_all(two: Two) -> None:
    result = run("exchange", "export", "--db", two.a, "--out", two.folder / "x.sroex")
    assert result.returncode == 2
    assert "--for" in result.stderr


def test_an_unknown_peer_is_refused_clearly(two: Two) -> None:
    package = two.folder / "x.sroex"
    line = assert_user_error(run("exchange", "export", "--db", two.a, "--for", "Laptop Kita",
                                 "--out", package), "Laptop Kita", "Laptop Beirat")
    assert "kennt diese Datei nicht" in line
    assert not package.exists()


def test_a_conflict_listed_and_decided(two: Two) -> None:
    task = add_task(two.a, TASK)
    for file, to, name in ((two.a, "Laptop Beirat", "p1.sroex"),):
        assert run("exchange", "export", "--db", file, "--for", to,
                   "--out", two.folder / name).returncode == 0
    assert run("exchange", "import", "--db", two.b, "--from", two.folder / "p1.sroex"
               ).returncode == 0
    # both change the title of the same task
    for file, title in ((two.a, "Fachtag: Raum buchen"), (two.b, "Fachtag: Einladung")):
        with Store.open(file) as store:
            store.tasks.update(task, title=title)
    assert run("exchange", "export", "--db", two.a, "--for", "Laptop Beirat",
               "--out", two.folder / "p2.sroex").returncode == 0
    taken = run("exchange", "import", "--db", two.b, "--from", two.folder / "p2.sroex")
    assert taken.returncode == 0, taken.stderr
    assert "Konflikte zum Entscheiden: 1" in taken.stdout
    assert "meine „Fachtag: Einladung“ | ihre „Fachtag: Raum buchen“" in taken.stdout
    assert task_title(two.b, task) == "Fachtag: Einladung"  # nothing overwritten

    status = run("exchange", "status", "--db", two.b)
    assert "Offener Konflikt" in status.stdout
    assert "von Laptop Geschäftsstelle" in status.stdout
    conflict = status.stdout.split("Offener Konflikt ")[1][:8]

    assert_user_error(run("exchange", "decide", "--db", two.b, "--conflict", "zzzzzzzz",
                          "--keep", "mine"), "zzzzzzzz")
    decided = run("exchange", "decide", "--db", two.b, "--conflict", conflict,
                  "--keep", "theirs")
    assert decided.returncode == 0, decided.stderr
    assert "die Fassung des anderen Laptops gilt" in decided.stdout
    assert task_title(two.b, task) == "Fachtag: Raum buchen"
    assert "Offener Konflikt" not in run("exchange", "status", "--db", two.b).stdout
    assert_user_error(run("exchange", "decide", "--db", two.b, "--conflict", conflict,
                          "--keep", "mine"))  # decided: no longer open

    # the decision travels back without a new conflict
    assert run("exchange", "export", "--db", two.b, "--for", "Laptop Geschäftsstelle",
               "--out", two.folder / "p3.sroex").returncode == 0
    back = run("exchange", "import", "--db", two.a, "--from", two.folder / "p3.sroex")
    assert back.returncode == 0, back.stderr
    assert "Konflikt" not in back.stdout
    assert task_title(two.a, task) == "Fachtag: Raum buchen"


def test_merge_dry_run_then_merge(two: Two) -> None:
    task = add_task(two.b, "Beirat: Jahresbericht")
    before = digest(two.a)
    dry = run("merge", "--db", two.a, "--from", two.b, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Probelauf, nichts geändert" in dry.stdout
    assert "Von „Laptop Beirat“" in dry.stdout
    assert "Neu: 1 Aufgabe" in dry.stdout
    assert digest(two.a) == before

    b_before = digest(two.b)
    merged = run("merge", "--db", two.a, "--from", two.b)
    assert merged.returncode == 0, merged.stderr
    assert "Neu: 1 Aufgabe" in merged.stdout
    assert task_title(two.a, task) == "Beirat: Jahresbericht"
    assert digest(two.b) == b_before  # the other copy is only read
    again = run("merge", "--db", two.a, "--from", two.b)
    assert "Nichts Neues" in again.stdout


def test_merge_refuses_itself_and_a_missing_file(two: Two) -> None:
    assert_user_error(run("merge", "--db", two.a, "--from", two.a), "sich selbst")
    assert_user_error(run("merge", "--db", two.a, "--from", two.folder / "fehlt.sro"),
                      "fehlt.sro")


@pytest.mark.parametrize("kind", ["truncated", "empty", "for-another"])
def test_a_bad_package_is_one_error_line(two: Two, kind: str) -> None:
    add_task(two.a, TASK)
    package = two.folder / "p.sroex"
    if kind == "for-another":
        run("exchange", "clone", "--db", two.a, "--out", two.folder / "c.sro",
            "--name", "Laptop Vertretung")
        peer = "Laptop Vertretung"
    else:
        peer = "Laptop Beirat"
    assert run("exchange", "export", "--db", two.a, "--for", peer, "--out", package
               ).returncode == 0
    if kind == "truncated":
        package.write_bytes(package.read_bytes()[:200])
    elif kind == "empty":
        package.write_bytes(b"")
    before = digest(two.b)
    for extra in ((), ("--dry-run",)):
        line = assert_user_error(run("exchange", "import", "--db", two.b, "--from", package,
                                     *extra), "p.sroex")
        assert "Nichts wurde übernommen" in line or "kein Austauschpaket" in line
    assert digest(two.b) == before


def test_import_of_a_missing_package(two: Two) -> None:
    assert_user_error(run("exchange", "import", "--db", two.b, "--from",
                          two.folder / "fehlt.sroex"), "fehlt.sroex")
