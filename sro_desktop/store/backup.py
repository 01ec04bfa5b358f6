"""Backups of SRO files: SQLite's online backup API, written atomically, kept in rotation.

Where
    ``paths.backups_dir() / "<stem>-<hash>"``: one folder per SRO file; the hash (eight
    hex digits of SHA-256 over the file's absolute path) keeps two files of the same
    name apart, and a ``Quelle.txt`` in the folder names the file. A backup is named by
    its local time and reason (``2026-03-10_14-05-33_automatisch.sro``) and is a complete
    SRO file in one file (rollback journal), to be opened or restored like any other.

When
    - The window backs the open file up when it opens it, and again whenever the newest
      backup is a day old while the file stays open (:func:`auto_backup`, called from
      ui/backups.py). A new automatic backup whose content equals the newest backup is
      not kept, so that a file only looked at does not push older states out; a file
      whose stamp (:func:`identity.file_stamp`) is the one it had when the newest backup
      was found to hold it is not copied at all (``.Stand`` in the folder).
    - Always before a migration changes the file's format (``Store.open``).
    - Always before a restore replaces the file (:func:`restore`).

Keeping
    The newest ``keep`` backups of a file stay (default 10; in the window the setting
    ``backups/keep``); older ones are deleted when the window makes a new one. Backups
    made without that setting (before a migration, by the command line) only add, so
    that a program that does not know the setting never deletes what it would keep.

Never a plain file copy: the open connection (or a fresh one) copies the database
page by page with ``sqlite3.Connection.backup``, which sees committed data still in
the ``-wal`` file and never a half-written transaction.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .. import paths
from ..domain.words import say
from .database import as_found, close_and_tidy
from .errors import NotOurFile, StoreError
from .identity import BUSY_TIMEOUT_MS, check_header, check_identity, file_stamp, refusal
from .lock import FileLock
from .os_words import os_reason
from .repository import current_user

DEFAULT_KEEP = 10
DAILY = timedelta(days=1)

# Reasons, as they appear in the file names, and their German labels.
AUTOMATIC = "automatisch"
BEFORE_MIGRATION = "vor-Aktualisierung"
BEFORE_RESTORE = "vor-Wiederherstellung"
MANUAL = "manuell"
REASONS = {
    AUTOMATIC: "automatisch",
    BEFORE_MIGRATION: "vor Aktualisierung des Datenformats",
    BEFORE_RESTORE: "vor einer Wiederherstellung",
    MANUAL: "von Hand",
}

_STAMP = "%Y-%m-%d_%H-%M-%S"
_NAME = re.compile(r"^(?P<stamp>\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d)(?:-(?P<n>\d+))?"
                   r"_(?P<reason>[A-Za-z-]+)\.sro$")
# Header fields SQLite rewrites on every copy: change counter, schema cookie, valid-for.
_VOLATILE_HEADER = ((24, 28), (40, 44), (92, 96))
_OPEN_ELSEWHERE_TIMEOUT_MS = 1000
COPY_CACHE = -256  # KiB of page cache for a copy: each page passes once (beside the window)


@dataclass(frozen=True)
class Backup:
    """One backup of a file: where, when (local time, to the second), why, how big."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    n: int = 1  # the second backup within one second is "-2", and so on

    @property
    def label(self) -> str:
        return REASONS.get(self.reason, self.reason)


def backup_folder(db_path: str | Path) -> Path:
    """The folder of one file's backups: ``<stem>-<hash of the absolute path>``."""
    absolute = Path(db_path).resolve()
    key = os.path.normcase(str(absolute)).encode("utf-8", "surrogateescape")
    return paths.backups_dir() / f"{absolute.stem}-{hashlib.sha256(key).hexdigest()[:8]}"


def list_backups(db_path: str | Path) -> list[Backup]:
    """The backups of a file, newest first."""
    folder = backup_folder(db_path)
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StoreError(say("store.backup", "Die Sicherungen in {folder} lassen sich nicht "
                                             "lesen: {why}.").format(
                             folder=folder, why=_why(exc, folder))) from exc
    found = []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        try:
            taken_at = datetime.strptime(match["stamp"], _STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(entry, taken_at, match["reason"], size, int(match["n"] or 1)))
    found.sort(key=lambda b: (b.taken_at, b.n), reverse=True)
    return found


def backup_file(db_path: str | Path, *, conn: sqlite3.Connection | None = None,
                reason: str = MANUAL, keep: int | None = None,
                now: datetime | None = None) -> Backup:
    """Back the file up into its backups folder, whatever the newest backup holds.

    ``conn``: the file's open connection (the open store's), else a connection is
    opened after recognising the file as ours. ``keep``: prune to that many
    afterwards; None keeps everything.
    """
    made = _backup(Path(db_path), conn, reason, keep, now, unless_same_as=None)
    assert made is not None
    return made


def auto_backup(db_path: str | Path, *, conn: sqlite3.Connection | None = None,
                keep: int = DEFAULT_KEEP, min_age: timedelta = timedelta(0),
                now: datetime | None = None) -> Backup | None:
    """The automatic backup: made unless the newest backup is younger than ``min_age``
    or holds the same content; then pruned to ``keep``. None when none was needed."""
    now = now or datetime.now()
    backups = list_backups(db_path)
    newest = backups[0] if backups else None
    if newest is not None and timedelta(0) <= now - newest.taken_at < min_age:
        return None
    stamp = file_stamp(Path(db_path))  # before the copy: a write during it shows next time
    if newest is not None and stamp and _seen_stamp(db_path) == f"{newest.path.name} {stamp}":
        return None  # nothing committed since the newest backup was found to hold it
    made = _backup(Path(db_path), conn, AUTOMATIC, keep, now, unless_same_as=newest)
    held_by = made or newest
    if held_by is not None and stamp:
        _remember_stamp(db_path, f"{held_by.path.name} {stamp}")
    return made


# The newest backup's name and the file's stamp (identity.file_stamp) when that backup
# was found to hold the file's content: an unchanged file is not copied again to learn
# that (a large file's copy takes a second).
STAMP_NAME = ".Stand"


def _seen_stamp(db_path: str | Path) -> str:
    try:
        return (backup_folder(db_path) / STAMP_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _remember_stamp(db_path: str | Path, text: str) -> None:
    target = backup_folder(db_path) / STAMP_NAME
    tmp = target.with_name(f"{STAMP_NAME}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError:  # only a hint: the next backup copies and compares again
        _discard(tmp)


def prune(db_path: str | Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` (at least one) backups; returns what went."""
    removed = []
    for old in list_backups(db_path)[max(1, int(keep)):]:
        try:
            old.path.unlink()
        except FileNotFoundError:
            continue
        except OSError:  # read-only or in use: it stays, the next backup tries again
            continue
        removed.append(old.path)
    return removed


def write_backup(conn: sqlite3.Connection, target: str | Path) -> Path:
    """The database behind ``conn`` as one file at ``target``, written atomically
    (a temporary file beside it, then renamed)."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        _snapshot(conn, tmp)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        why = _why(exc, tmp)
        _discard(tmp)
        raise StoreError(say("store.backup", "Die Sicherung {target} ließ sich nicht schreiben: "
                                             "{why}.").format(target=target, why=why)) from exc
    _sync_folder(target.parent)
    return target


def back_up_to(db_path: str | Path, target: str | Path) -> Path:
    """A backup of the SRO file ``db_path`` at ``target`` (the CLI's ``backup``); the file
    itself is only read."""
    db_path, target = Path(db_path), Path(target)
    if target.exists() and _same_file(db_path, target):
        raise StoreError(say("store.backup", "Die Sicherung braucht einen anderen Namen als die "
                                             "Datei selbst."))
    with checked_connection(db_path) as conn:
        return write_backup(conn, target)


def check_backup(path: str | Path) -> None:
    """Refuse what cannot be restored: not an SRO file, from a newer program, damaged.

    The same recognition as opening a file (and the same words), plus SQLite's
    integrity check; the file is only read.
    """
    with checked_connection(path, integrity=True):
        pass


def restore(db_path: str | Path, source: str | Path, *, keep: int | None = None
            ) -> Backup | None:
    """Replace the file ``db_path`` by the backup ``source``.

    The backup is checked first (:func:`check_backup`) and copied beside the file;
    then the file's current state is backed up (reason "vor-Wiederherstellung";
    not twice: if the newest backup holds that state, it is the one); then the
    copy replaces the file in one rename, holding the file's lock (store/lock.py).
    The file must not be open (close it in the window first); a file in use
    elsewhere is refused unchanged. Returns the backup that holds the replaced
    state, None if there was no file.
    """
    db_path, source = Path(db_path), Path(source)
    _check_places(db_path, source)
    tmp = db_path.with_name(f".{db_path.name}.wiederherstellen.tmp")
    try:
        with checked_connection(source, integrity=True) as backup:
            _snapshot(backup, tmp)
        with FileLock.acquire(db_path, user=current_user()):  # one writer: this one
            previous = _set_aside(db_path, keep) if db_path.exists() else None
            os.replace(tmp, db_path)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            say("store.backup", "{db_path} ließ sich nicht wiederherstellen: {why}.").format(
                             db_path=db_path, why=_why(exc, tmp))) from exc
    finally:
        _discard(tmp)
    _sync_folder(db_path.parent)
    return previous


def check_restore(db_path: str | Path, source: str | Path) -> None:
    """Everything :func:`restore` checks before it changes anything (to ask the user
    only about a restore that can happen): the backup as in :func:`check_backup`, and
    the file to be replaced, if there is one, recognised as an SRO file."""
    db_path, source = Path(db_path), Path(source)
    _check_places(db_path, source)
    check_backup(source)
    if db_path.exists():
        with checked_connection(db_path):
            pass


@contextmanager
def checked_connection(path: str | Path, *, integrity: bool = False
                       ) -> Iterator[sqlite3.Connection]:
    """A connection to a file recognised as an SRO file the way opening recognises it
    (NotOurFile, TooNew; the file untouched); with ``integrity`` also page by page."""
    path = Path(path)
    if not path.exists():
        raise StoreError(say("store.backup", "Die Datei {path} gibt es nicht.").format(path=path))
    check_header(path)
    before = as_found(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise refusal(exc, path) from exc
    try:
        try:
            check_identity(conn, path)
            if integrity:
                problems = [r[0] for r in conn.execute("PRAGMA integrity_check(3)")]
                if problems != ["ok"]:
                    raise NotOurFile(say("store.backup", "{path} ist beschädigt oder keine "
                                                         "SRO-Datei ({problems}).").format(
                                         path=path, problems=problems[0]))
        except sqlite3.DatabaseError as exc:
            raise refusal(exc, path) from exc
        yield conn
    except BaseException:
        close_and_tidy(conn, path, before, locked=False)
        raise
    finally:
        conn.close()


# -- inside --------------------------------------------------------------------------


def _backup(db_path: Path, conn: sqlite3.Connection | None, reason: str, keep: int | None,
            now: datetime | None, *, unless_same_as: Backup | None) -> Backup | None:
    folder = backup_folder(db_path)
    taken_at = (now or datetime.now()).replace(microsecond=0)
    tmp = folder / f".{os.getpid()}-{reason}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _name_the_source(folder, db_path)
        if conn is None:
            with checked_connection(db_path) as own:
                own.execute(f"PRAGMA cache_size = {COPY_CACHE}")
                _snapshot(own, tmp)
        else:
            _snapshot(conn, tmp)
        if unless_same_as is not None and _same_content(tmp, unless_same_as.path):
            return None
        target, n = _free_name(folder, taken_at, reason)
        os.replace(tmp, target)
        size = target.stat().st_size
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(say("store.backup", "Die Sicherung von {name} in {folder} ließ sich "
                                             "nicht schreiben: {why}.").format(
                             name=db_path.name, folder=folder, why=_why(exc, tmp))) from exc
    finally:
        _discard(tmp)
    _sync_folder(folder)
    if keep is not None:
        prune(db_path, keep)
    return Backup(target, taken_at, reason, size, n)


def _check_places(db_path: Path, source: Path) -> None:
    if not source.exists():
        raise StoreError(say("store.backup", "Die Sicherung {source} gibt es nicht.").format(
                             source=source))
    if db_path.exists() and _same_file(db_path, source):
        raise StoreError(say("store.backup", "{db_path} lässt sich nicht aus sich selbst "
                                             "wiederherstellen.").format(db_path=db_path))
    if not db_path.parent.is_dir():
        raise StoreError(say("store.backup", "Den Ordner {parent} gibt es nicht.").format(
                             parent=db_path.parent))


def _snapshot(conn: sqlite3.Connection, tmp: Path) -> None:
    """The database into ``tmp`` by the online backup API, one file, on the disk."""
    _discard(tmp)  # left by a crash
    copy = sqlite3.connect(tmp)
    try:
        copy.execute(f"PRAGMA cache_size = {COPY_CACHE}")
        conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    with tmp.open("rb+") as f:
        os.fsync(f.fileno())


def _set_aside(db_path: Path, keep: int | None) -> Backup:
    """Back up the file about to be replaced, after making sure nobody has it open."""
    with checked_connection(db_path) as current:
        current.execute(f"PRAGMA busy_timeout = {_OPEN_ELSEWHERE_TIMEOUT_MS}")
        try:
            # Leaving WAL needs the only connection; it also moves the -wal into the file.
            mode = current.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError:
            mode = None
        if mode != "delete":
            raise StoreError(say("store.backup", "{db_path} ist noch geöffnet (in SRO Desktop "
                                                 "oder einem anderen Programm). Bitte dort "
                                                 "schließen und noch einmal versuchen; die "
                                                 "Datei bleibt unverändert.").format(
                                 db_path=db_path))
        # A state the newest backup already holds is not backed up twice.
        backups = list_backups(db_path)
        newest = backups[0] if backups else None
        made = _backup(db_path, current, BEFORE_RESTORE, keep, None, unless_same_as=newest)
    for suffix in ("-wal", "-shm"):  # stale: nobody had the file open
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    if made is None:  # the newest backup holds this state
        assert newest is not None
        return newest
    return made


def _free_name(folder: Path, taken_at: datetime, reason: str) -> tuple[Path, int]:
    stamp = taken_at.strftime(_STAMP)
    used = {int(m["n"] or 1) for m in (_NAME.match(p.name) for p in folder.iterdir())
            if m is not None and m["stamp"] == stamp}
    n = 1
    while n in used:
        n += 1
    suffix = "" if n == 1 else f"-{n}"
    return folder / f"{stamp}{suffix}_{reason}.sro", n


def _name_the_source(folder: Path, db_path: Path) -> None:
    note = folder / "Quelle.txt"
    if not note.exists():
        note.write_text(say("store.backup", "Sicherungen von {resolve}\n").format(
                            resolve=db_path.resolve()), encoding="utf-8")


def _same_content(a: Path, b: Path) -> bool:
    """The same database in both files (header fields every copy rewrites aside)."""
    try:
        return a.stat().st_size == b.stat().st_size and _fingerprint(a) == _fingerprint(b)
    except OSError:
        return False


def _fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        header = bytearray(f.read(100))
        for start, end in _VOLATILE_HEADER:
            header[start:end] = bytes(end - start)
        digest.update(header)
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _discard(path: Path) -> None:
    for leftover in (path, Path(f"{path}-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _why(exc: BaseException, path: Path) -> str:
    """What went wrong writing or reading ``path``, in German (store/os_words.py)."""
    return os_reason(exc, path=path)
