"""Export faults, tried for real: a missing folder, a folder that cannot be written, a
target held by another program, a full disk.

Each gives a clear German message (ExportError), leaves no half-written or temporary
file, keeps an old target byte for byte, and does not touch the database (its SHA-256
is the same with the store closed). The tests run as root in CI, where permissions
stop nothing: the faults come from the kernel instead — sysfs, an immutable folder or
file (``chattr +i``), a read-only bind mount, a file size limit (``RLIMIT_FSIZE``) and a
small tmpfs that is full. Where the machine does not allow one of them (no root, no
``mount``, a file system without attributes), that case is skipped and says why.
The number of faults injected is printed at the end of the module.
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
from export_kinds import KINDS, export
from tried import report_tried

import sro_desktop
from sro_desktop.documents.files import ExportError, _reason, write_atomically
from sro_desktop.store import Store

HERE = Path(__file__).resolve().parent
OLD = b"the old document, written before the fault"
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
INJECTED: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _report_faults(request):
    yield
    report_tried(request, f"export faults: {sum(INJECTED.values())} injected", INJECTED)

def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(demo_file, tmp_path) -> Path:
    """A copy of the demo file, closed (its SHA-256 is what the fault must not change)."""
    copy = tmp_path / "sitzungen.sro"
    shutil.copy(demo_file, copy)
    return copy


def leftovers(folder: Path, name: str) -> list[str]:
    """Temporary files of an export to ``name`` left in ``folder``."""
    stem = Path(name).stem
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{stem}-"))


def fails(db: Path, kind: str, target: Path, fault: str) -> str:
    """Export ``kind`` to ``target`` and expect it to fail; the message, checked for what
    every failure owes the user. The database is the same, byte for byte, afterwards."""
    before = sha256(db)
    old = target.read_bytes() if target.is_file() else None
    with Store.open(db) as store, pytest.raises(ExportError) as caught:
        export(kind, store, target)
    INJECTED[fault] += 1
    message = str(caught.value)
    assert "Traceback" not in message
    assert "kann nicht geschrieben werden" in message or "Ordner" in message, message
    if old is not None:
        assert target.read_bytes() == old
    if target.parent.is_dir():
        assert leftovers(target.parent, target.name) == []
    assert sha256(db) == before
    return message


def run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True,
                          timeout=60)


# --- the kernel says no -------------------------------------------------------------------

@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """``chattr +i``: not even root may change, replace or add to it."""
    result = run("chattr", "+i", path)
    if result.returncode:
        pytest.fail(f"chattr +i failed: {result.stderr.strip()}")
    try:
        yield
    finally:
        run("chattr", "-i", path)


@contextmanager
def read_only_mount(path: Path) -> Iterator[None]:
    """``path`` (a folder or a file) bound onto itself, read-only: a write-protected disk."""
    result = run("mount", "--bind", path, path)
    if result.returncode:
        pytest.fail(f"mount --bind failed: {result.stderr.strip()}")
    try:
        result = run("mount", "-o", "remount,bind,ro", path)
        if result.returncode:
            pytest.fail(f"cannot remount read-only: {result.stderr.strip()}")
        yield
    finally:
        run("umount", path)


def fill(path: Path) -> None:
    """Write zeros to ``path`` until the disk is full."""
    with path.open("wb", buffering=0) as filler:
        while True:
            try:
                filler.write(b"\0" * 4096)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                return


@contextmanager
def full_disk(folder: Path) -> Iterator[Path]:
    """A small tmpfs at ``folder`` with an old document in it, then filled to the brim."""
    folder.mkdir()
    result = run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder)
    if result.returncode:
        pytest.fail(f"mounting a tmpfs failed: {result.stderr.strip()}")
    try:
        (folder / "dokument.docx").write_bytes(OLD)
        (folder / "dokument.csv").write_bytes(OLD)
        fill(folder / "füllung")
        yield folder
    finally:
        run("umount", folder)


# --- a missing or unwritable folder ------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_a_missing_folder(demo, tmp_path, kind):
    message = fails(demo, kind, tmp_path / "gibt-es-nicht" / f"x{KINDS[kind]}",
                    "missing folder")
    assert message == f"Den Ordner {tmp_path / 'gibt-es-nicht'} gibt es nicht."
    assert not (tmp_path / "gibt-es-nicht").exists()


def test_a_folder_that_is_a_file(demo, tmp_path):
    (tmp_path / "notizen.txt").write_text("kein Ordner", encoding="utf-8")
    message = fails(demo, "minutes", tmp_path / "notizen.txt" / "protokoll.docx",
                    "folder is a file")
    assert message.endswith("notizen.txt ist kein Ordner, sondern eine Datei; bitte einen "
                            "Ordner wählen.")
    assert (tmp_path / "notizen.txt").read_text(encoding="utf-8") == "kein Ordner"


@pytest.mark.skipif(sys.platform == "win32", reason="sysfs and POSIX permissions")
@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_nobody_may_write(demo, tmp_path, kind):
    """sysfs refuses new files even to root; without root, a folder without write
    permission does."""
    if ROOT or not hasattr(os, "geteuid"):
        folder = Path("/sys/kernel")
    else:
        folder = tmp_path / "nur-lesen"
        folder.mkdir()
        folder.chmod(0o500)
    message = fails(demo, kind, folder / f"dokument{KINDS[kind]}", "folder without rights")
    # sysfs says "permission denied"; a container mounts it read-only
    assert "keine Schreibrechte" in message or "schreibgeschützt" in message
    assert str(folder) in message


@pytest.mark.kernel_faults
def test_an_immutable_folder_keeps_its_old_document(demo, tmp_path):
    folder = tmp_path / "archiv"
    folder.mkdir()
    target = folder / "protokoll.docx"
    target.write_bytes(OLD)
    with immutable(folder):
        message = fails(demo, "minutes", target, "immutable folder")
    assert "keine Schreibrechte" in message
    assert sorted(p.name for p in folder.iterdir()) == ["protokoll.docx"]


@pytest.mark.kernel_faults
@pytest.mark.parametrize("kind", ["minutes", "register-csv"])
def test_a_write_protected_disk(demo, tmp_path, kind):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    target = folder / f"dokument{KINDS[kind]}"
    target.write_bytes(OLD)
    with read_only_mount(folder):
        message = fails(demo, kind, target, "read-only file system")
    assert "schreibgeschützt" in message
    assert sorted(p.name for p in folder.iterdir()) == [target.name]


# --- a target another program holds --------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_where_the_document_should_go(demo, tmp_path, kind):
    target = tmp_path / f"dokument{KINDS[kind]}"
    target.mkdir()
    (target / "darin.txt").write_text("bleibt", encoding="utf-8")
    message = fails(demo, kind, target, "target is a folder")
    assert "unter diesem Namen gibt es schon einen Ordner" in message
    assert (target / "darin.txt").read_text(encoding="utf-8") == "bleibt"


@pytest.mark.kernel_faults
@pytest.mark.parametrize("kind", ["minutes", "tasks-csv"])
def test_a_document_locked_against_replacing(demo, tmp_path, kind):
    """What Word's lock does on Windows (the rename is refused: access denied), here by
    the kernel: the old document is immutable. The export is written, then refused at
    the last step; its temporary file goes, the old document stays."""
    target = tmp_path / f"dokument{KINDS[kind]}"
    target.write_bytes(OLD)
    with immutable(target):
        message = fails(demo, kind, target, "target locked (immutable)")
    assert "in einem anderen Programm (z. B. Word) geöffnet" in message


@pytest.mark.kernel_faults
def test_a_document_in_use_as_a_mount_point(demo, tmp_path):
    """A target the system holds (EBUSY: here a file with a read-only mount on it)."""
    target = tmp_path / "protokoll.docx"
    target.write_bytes(OLD)
    with read_only_mount(target):
        message = fails(demo, "minutes", target, "target busy (mount point)")
    assert "gerade in Benutzung" in message


# --- a full disk ----------------------------------------------------------------------------

@pytest.mark.slow  # a process per kind of export
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("kind", KINDS)
def test_a_full_disk_in_a_process_whose_files_may_not_grow(demo, tmp_path, kind):
    """The export runs in a subprocess with RLIMIT_FSIZE of 1 KiB (SIGXFSZ ignored): every
    write beyond it fails with EFBIG, as on a disk that is full."""
    target = tmp_path / f"dokument{KINDS[kind]}"
    target.write_bytes(OLD)
    before = sha256(demo)
    env = {**os.environ, "PYTHONPATH": str(Path(sro_desktop.__file__).parents[1])}
    result = subprocess.run(
        [sys.executable, str(HERE / "export_kinds.py"), kind, str(demo), str(target), "1024"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    INJECTED["full disk (RLIMIT_FSIZE)"] += 1
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no traceback, not even an "Exception ignored"
    message = json.loads(result.stdout)["error"]
    assert message == (f"{target} kann nicht geschrieben werden: die Datei wird zu groß für "
                       f"diesen Datenträger, oder er ist voll. Bitte Platz schaffen oder "
                       f"einen anderen Ort wählen.")
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, target.name) == []
    assert sha256(demo) == before


@pytest.mark.kernel_faults
@pytest.mark.parametrize("kind", ["minutes", "invitation", "tasks-csv", "register",
                                  "register-csv", "report"])
def test_a_full_disk(demo, tmp_path, kind):
    with full_disk(tmp_path / "voll") as folder:
        target = folder / f"dokument{KINDS[kind]}"
        message = fails(demo, kind, target, "full disk (tmpfs)")
        assert target.read_bytes() == OLD
    assert message.endswith("der Datenträger ist voll. Bitte Platz schaffen oder einen "
                            "anderen Ort wählen.")


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_the_command_line_reports_a_full_disk_in_one_line(demo, tmp_path):
    """`sro-desktop export` with a file size limit from its start (above the 32 KiB the
    database's shared-memory file needs, below a Word document): one German line, exit 1."""
    import resource
    import signal

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (34_000, 34_000))

    target = tmp_path / "protokoll.docx"
    target.write_bytes(OLD)
    before = sha256(demo)
    result = subprocess.run(
        [sys.executable, "-m", "sro_desktop", "export", "minutes", "--meeting", "SG 3",
         "--db", str(demo), "--out", str(target)],
        capture_output=True, text=True, timeout=120, preexec_fn=limit, cwd=tmp_path)
    INJECTED["full disk (command line)"] += 1
    assert result.returncode == 1
    assert result.stderr == (f"Fehler: {target} kann nicht geschrieben werden: die Datei wird "
                             f"zu groß für diesen Datenträger, oder er ist voll. Bitte Platz "
                             f"schaffen oder einen anderen Ort wählen.\n")
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, target.name) == []
    assert sha256(demo) == before


# --- what the operating system says, in words ---------------------------------------------------

@pytest.mark.parametrize(
    ("number", "words"),
    [(errno.EACCES, "keine Schreibrechte, oder die Datei ist in einem anderen Programm"),
     (errno.EPERM, "keine Schreibrechte"),
     (errno.EROFS, "schreibgeschützt"),
     (errno.EISDIR, "schon einen Ordner"),
     (errno.EBUSY, "gerade in Benutzung"),
     (errno.ENOSPC, "der Datenträger ist voll"),
     (errno.EDQUOT, "Kontingent"),
     (errno.EFBIG, "zu groß für diesen Datenträger, oder er ist voll"),
     (errno.ENOENT, "den Ordner gibt es nicht"),
     (errno.ENAMETOOLONG, "zu lang"),
     (errno.EINVAL, "Dateiname ist hier nicht erlaubt")],
)
def test_each_error_of_the_system_has_german_words(number, words):
    message = _reason(OSError(number, os.strerror(number)), Path("ziel.docx"))
    assert message.startswith("ziel.docx kann nicht geschrieben werden: ")
    assert words in message
    assert os.strerror(number) not in message


def test_windows_sharing_violation_says_the_file_is_in_use():
    exc = PermissionError(errno.EACCES, "Der Prozess kann nicht auf die Datei zugreifen")
    exc.winerror = 32  # what Windows reports while Word holds the file
    assert "gerade in Benutzung" in _reason(exc, Path("protokoll.docx"))


def test_a_failing_writer_leaves_nothing(tmp_path):
    """Whatever the writer raises, the temporary file goes and the old target stays."""
    target = tmp_path / "liste.csv"
    target.write_bytes(OLD)

    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(ExportError, match="Datenträgers"):
        write_atomically(target, broken)
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.csv"]
