"""Opening a file under resource faults, tried for real: a file size limit
(``RLIMIT_FSIZE``, in a child process) while opening, while backing up before a migration
and while migrating; a full disk (a small tmpfs, completely and nearly full); a folder the
kernel keeps unchanged (``chattr +i``) or mounts read-only; missing rights (a child process
run as an ordinary user); a folder where the file should be.

Each gives German words for what the system refused ("zu groß", "kein Platz", "keine
Schreibrechte" …), never "beschädigt" and never the system's English text; the file is
byte for byte as it was, and nothing is left beside it that was not there before (no
-wal, -shm, -journal, lock file, probe file). The number of faults tried is printed at the
end of the module.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tried import report_tried

import sro_desktop
from sro_desktop.store import Store, StoreError

V1 = Path(__file__).parents[1] / "fixtures" / "schema_v1.sro"
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
TRIED: Counter[str] = Counter()
# what the operating system says in English, which no message may repeat
ENGLISH = ("Permission denied", "Operation not permitted", "Is a directory",
           "No space left", "File too large", "Read-only file system", "disk I/O error",
           "Input/output error", "database or disk is full", "unable to open")

# Opens the file in argv[1] with a file size limit of argv[2] bytes (soft and hard), as
# ``Store.open`` in the window and the command line does; prints what it said.
CHILD = """
import json, resource, sys
limit = int(sys.argv[2])
if limit:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from sro_desktop.store import Store
try:
    Store.open(sys.argv[1], read_only=sys.argv[3:] == ["read-only"]).close()
except Exception as exc:
    print(json.dumps({"type": type(exc).__name__, "error": str(exc)}))
else:
    print(json.dumps({"type": None, "error": ""}))
"""


@pytest.fixture(scope="module", autouse=True)
def _report_faults(request):
    yield
    report_tried(request, f"opening faults: {sum(TRIED.values())} tried", TRIED)

def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def leftovers_in(folder: Path) -> list[str]:
    """Temporary files anywhere under ``folder`` (the backups' folder)."""
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".tmp")
                  or ".probe-" in p.name)


def words_only(message: str) -> None:
    """German words: no English system text, no traceback, not "damaged"."""
    assert "Traceback" not in message
    assert "beschädigt" not in message, message
    for english in ENGLISH:
        assert english.lower() not in message.lower(), message


@pytest.fixture
def demo(demo_path, tmp_path) -> Path:
    folder = tmp_path / "ordner"
    folder.mkdir()
    copy = folder / "sitzungen.sro"
    shutil.copyfile(demo_path, copy)
    return copy


@pytest.fixture
def old(tmp_path) -> Path:
    """A file in the first format: opening it backs it up, then migrates it."""
    folder = tmp_path / "ordner"
    folder.mkdir()
    copy = folder / "alt.sro"
    shutil.copyfile(V1, copy)
    return copy


def open_in_child(path: Path, limit: int, fault: str, *how: str) -> tuple[str, str]:
    """Open ``path`` in a child process whose files may not grow beyond ``limit`` bytes
    (SIGXFSZ is ignored by Python, so a write beyond it fails with EFBIG); the file is
    the same afterwards and nothing new lies beside it. The exception's name and text."""
    before, beside = sha256(path), names(path.parent)
    env = {**os.environ, "PYTHONPATH": str(Path(sro_desktop.__file__).parents[1])}
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(limit), *how],
                            capture_output=True, text=True, timeout=120, env=env,
                            cwd=path.parent)
    TRIED[fault] += 1
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    said = json.loads(result.stdout)
    assert sha256(path) == before
    assert names(path.parent) == beside
    return said["type"], said["error"]


# --- a file size limit -------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_while_opening(demo):
    """SQLite needs 32 KiB for the -shm beside a WAL file; 16 KiB are allowed."""
    kind, message = open_in_child(demo, 16 << 10, "file size limit (opening)")
    assert kind == "StoreError"
    assert message == (f"{demo} lässt sich nicht öffnen: die Datei würde zu groß für die "
                       f"erlaubte Dateigröße. Die Datei bleibt unverändert.")
    words_only(message)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_while_opening_to_read_only(demo):
    """Reading a WAL file needs its -shm too; what SQLite made is tidied under the lock."""
    kind, message = open_in_child(demo, 16 << 10, "file size limit (read-only)", "read-only")
    assert kind == "StoreError"
    assert message == (f"{demo} lässt sich nicht öffnen: die Datei würde zu groß für die "
                       f"erlaubte Dateigröße. Die Datei bleibt unverändert.")


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_while_opening_a_file_not_in_wal_mode(demo):
    """A file another tool left in rollback-journal mode: opening switches it to WAL mode
    (its header) before the -shm fails; the switch is undone, byte for byte."""
    import sqlite3

    conn = sqlite3.connect(demo)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone() == ("delete",)
    conn.close()
    kind, message = open_in_child(demo, 16 << 10, "file size limit (rollback-journal file)")
    assert kind == "StoreError"
    assert "zu groß für die erlaubte Dateigröße" in message
    words_only(message)
    with Store.open(demo) as store:  # without the limit it opens, as it was
        assert store.meetings.list()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_while_backing_up_before_a_migration(old, tmp_path):
    kind, message = open_in_child(old, old.stat().st_size // 4, "file size limit (backup)")
    assert kind == "StoreError"
    assert "wird vor der Aktualisierung gesichert; das ging nicht" in message
    assert "zu groß für die erlaubte Dateigröße" in message
    assert message.endswith("Die Datei bleibt unverändert.")
    words_only(message)
    assert leftovers_in(tmp_path / "userdata") == []


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_while_migrating(old, tmp_path):
    """Enough for the backup (a copy of the file), not for the migration's -wal."""
    kind, message = open_in_child(old, old.stat().st_size + (8 << 10),
                                  "file size limit (migration)")
    assert kind == "StoreError"
    assert message.startswith(f"Das Datenformat von {old} ließ sich nicht aktualisieren: "
                              f"die Datei würde zu groß für die erlaubte Dateigröße. Die "
                              f"Datei bleibt, wie sie war; eine Sicherung liegt in ")
    words_only(message)
    assert leftovers_in(tmp_path / "userdata") == []
    with Store.open(old) as store:  # without the limit, it opens and migrates
        assert store.bodies.list()


# --- a folder the user may not write, or that is no file -----------------------------------

def test_a_folder_where_the_file_should_be(tmp_path):
    folder = tmp_path / "sitzungen.sro"
    folder.mkdir()
    with pytest.raises(StoreError) as caught:
        Store.open(folder)
    TRIED["a folder, not a file"] += 1
    assert str(caught.value) == (f"{folder} lässt sich nicht lesen: das ist ein Ordner, "
                                 f"keine Datei.")
    words_only(str(caught.value))
    assert names(folder) == []
    assert not (tmp_path / "sitzungen.sro.lock").exists()


@pytest.mark.skipif(not shutil.which("setpriv") or not ROOT,
                    reason="drops root's right to override permissions (needs setpriv)")
@pytest.mark.parametrize("where", ["folder", "file"])
def test_missing_rights(demo, where):
    """The folder, or the file, belongs to another user; the child runs as root without
    the right to override permissions, as an ordinary user would: EACCES. The folder may
    be read but not written; or the file may not even be read."""
    os.chown(demo, 65534, 65534)
    if where == "folder":
        os.chown(demo.parent, 65534, 65534)
    else:
        os.chmod(demo, 0)
    before, beside = sha256(demo), names(demo.parent)
    env = {**os.environ, "PYTHONPATH": str(Path(sro_desktop.__file__).parents[1])}
    drop = "-dac_override,-dac_read_search"
    result = subprocess.run(
        ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}", "--",
         sys.executable, "-c", CHILD, str(demo), "0"],
        capture_output=True, text=True, timeout=120, env=env, cwd=demo.parent.parent)
    TRIED[f"missing rights ({where})"] += 1
    assert result.returncode == 0, result.stderr
    message = json.loads(result.stdout)["error"]
    assert sha256(demo) == before
    assert names(demo.parent) == beside
    words_only(message)
    if where == "folder":
        assert message == ("Neben der Datei lässt sich keine Sperrdatei sitzungen.sro.lock "
                           "anlegen: keine Lese- oder Schreibrechte, der Zugriff wurde "
                           "verweigert. Die Datei bleibt unverändert; ist der Ordner "
                           "schreibgeschützt, lässt sie sich nur schreibgeschützt öffnen.")
    else:
        assert message == (f"{demo} lässt sich nicht lesen: keine Lese- oder Schreibrechte, "
                           f"der Zugriff wurde verweigert. Die Datei bleibt unverändert.")


# --- the kernel says no ---------------------------------------------------------------------

def run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True,
                          timeout=60)


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    result = run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", folder)
    if result.returncode:
        pytest.fail(f"mounting a tmpfs failed: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        run("umount", folder)


def fill(path: Path, leave: int) -> None:
    """Write zeros to ``path`` until the disk is full, then give ``leave`` bytes back."""
    with path.open("wb", buffering=0) as filler:
        while True:
            try:
                filler.write(b"\0" * 4096)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
        if leave:
            filler.truncate(filler.seek(0, os.SEEK_END) - leave)


def refused(path: Path, fault: str) -> str:
    """Open ``path`` here and expect a refusal; the file is the same, nothing is left."""
    before, beside = sha256(path), names(path.parent)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    TRIED[fault] += 1
    assert sha256(path) == before
    assert names(path.parent) == beside
    words_only(str(caught.value))
    return str(caught.value)


@pytest.mark.kernel_faults
@pytest.mark.parametrize(("leave", "stage"), [(0, "lock file"), (8 << 10, "-shm")])
def test_a_full_disk(demo_path, tmp_path, leave, stage):
    """Completely full, not even the lock file fits; nearly full (8 KiB left), the lock
    file fits but not SQLite's 32 KiB -shm."""
    with tmpfs(tmp_path / "stick", "2m") as stick:
        path = stick / "sitzungen.sro"
        shutil.copyfile(demo_path, path)
        fill(stick / "füllung", leave)
        message = refused(path, f"full disk (tmpfs, {stage})")
    assert "kein Platz mehr auf dem Datenträger" in message, message
    assert "unverändert" in message


@pytest.mark.kernel_faults
def test_a_folder_kept_unchanged_by_the_kernel(demo):
    result = run("chattr", "+i", demo.parent)
    if result.returncode:
        pytest.fail(f"chattr +i failed: {result.stderr.strip()}")
    try:
        message = refused(demo, "immutable folder (chattr +i)")
    finally:
        run("chattr", "-i", demo.parent)
    assert "nicht erlaubt – keine Schreibrechte" in message, message


@pytest.mark.kernel_faults
def test_a_write_protected_disk(demo):
    folder = demo.parent
    result = run("mount", "--bind", folder, folder)
    if result.returncode:
        pytest.fail(f"mount --bind failed: {result.stderr.strip()}")
    try:
        result = run("mount", "-o", "remount,bind,ro", folder)
        if result.returncode:
            pytest.fail(f"cannot remount read-only: {result.stderr.strip()}")
        message = refused(demo, "write-protected disk (read-only mount)")
    finally:
        run("umount", folder)
    assert "der Datenträger ist schreibgeschützt" in message, message


# --- the command line -----------------------------------------------------------------------

def test_the_command_line_names_a_folder_in_german(tmp_path):
    folder = tmp_path / "sitzungen.sro"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "sro_desktop", "list", "meetings", "--db", str(folder)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(sro_desktop.__file__).parents[1])})
    TRIED["a folder, not a file (command line)"] += 1
    assert result.returncode == 1
    assert result.stderr == (f"Fehler: {folder} lässt sich nicht lesen: das ist ein Ordner, "
                             f"keine Datei.\n")


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_the_command_line_under_a_file_size_limit(old, tmp_path):
    """A command that writes (a backup) on a file in the old format, with a file size
    limit from the process's start: one German line, exit 1, the file as it was."""
    import resource
    import signal

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 << 10, 16 << 10))

    before, beside = sha256(old), names(old.parent)
    result = subprocess.run(
        [sys.executable, "-m", "sro_desktop", "backup", "--db", str(old), "--out",
         str(tmp_path / "kopie.sro")],
        capture_output=True, text=True, timeout=120, preexec_fn=limit, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(sro_desktop.__file__).parents[1])})
    TRIED["file size limit (command line)"] += 1
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Fehler: ")
    assert "zu groß für die erlaubte Dateigröße" in result.stderr
    words_only(result.stderr)
    assert sha256(old) == before
    assert names(old.parent) == beside
