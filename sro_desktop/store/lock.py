"""One writer per file: a lock file beside the SRO file.

Opening ``sitzungen.sro`` for writing creates ``sitzungen.sro.lock`` atomically
(``O_CREAT | O_EXCL``) with who holds it: user, machine, process id, since when
(local time with offset). Closing removes it. A second writer is refused with
:class:`FileInUse`, which says who has the file; it may still open the file
read-only (``Store.open(path, read_only=True)`` takes no lock).

A lock left behind by a crash is recognised on the same machine: its process
is gone (or the machine was rebooted, or the process id now belongs to another
process), and the next opening takes it over without asking. A lock from
another machine cannot be checked from here; it is only broken when the caller
says so (``break_lock=True``, after the user confirmed).

The writer checks now and then that the lock is still its own (see
:meth:`FileLock.verify`), so that after someone broke it the old holder's next
edit is refused instead of two machines writing.

Remaining risk: the lock is advisory and only as good as the file system.
On a network share or in a cloud-synced folder two machines can both see "no
lock" and create one within the same moment (``O_EXCL`` is not atomic on every
SMB/NFS setup, and a sync client copies files with a delay), and SQLite's own
locking is not reliable there either. That is why opening a file in such a
place warns (``store/storage.py``). A lock broken by mistake while the other
machine still writes lets that machine go on for a few seconds at most before
its next edit is refused (the check runs every ``VERIFY_INTERVAL`` seconds).
Process identity beyond the pid (boot id, start time) is only known on Linux:
on Windows and macOS a crashed program's pid that a new process happens to
reuse keeps its lock looking alive until that process ends.
"""

from __future__ import annotations

import atexit
import json
import os
import socket
import sys
import time
import uuid
import weakref
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from ..domain.words import say
from .errors import StoreError
from .os_words import os_reason

LOCK_SUFFIX = ".lock"
VERIFY_INTERVAL = 2.0  # seconds between two checks that the lock is still ours
_CONTENT_WAIT = 0.5  # seconds to wait for a just-created lock file to get its content
_TAKEOVER_WAIT = 5.0  # seconds to keep trying while other processes take over too
_GUARD_STALE = 10.0  # seconds after which a takeover guard is left over from a crash
_UNKNOWN = "unbekannt"


def lock_path(path: str | Path) -> Path:
    """The lock file of an SRO file: ``<name>.lock`` in the same folder."""
    path = Path(path)
    return path.with_name(path.name + LOCK_SUFFIX)


def machine_name() -> str:
    return socket.gethostname() or _UNKNOWN


@dataclass(frozen=True)
class LockOwner:
    """What a lock file says about its holder."""

    user: str
    machine: str
    pid: int
    since: str  # local time, ISO 8601 with offset
    token: str = ""  # tells this holder's lock from a later one
    boot: str = ""  # Linux boot id: a reboot makes the lock stale
    started: str = ""  # Linux process start (clock ticks after boot): pid reuse

    @classmethod
    def me(cls, user: str) -> LockOwner:
        pid = os.getpid()
        return cls(user=user or _UNKNOWN, machine=machine_name(), pid=pid,
                   since=datetime.now().astimezone().isoformat(timespec="seconds"),
                   token=uuid.uuid4().hex, boot=_boot_id(), started=_process_start(pid))

    @classmethod
    def from_json(cls, raw: bytes) -> LockOwner | None:
        """The holder, or None when the bytes are not a complete lock."""
        try:
            data = json.loads(raw.decode("utf-8"))
            owner = cls(user=str(data["user"]), machine=str(data["machine"]),
                        pid=int(data["pid"]), since=str(data["since"]),
                        token=str(data.get("token", "")), boot=str(data.get("boot", "")),
                        started=str(data.get("started", "")))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        return owner

    def to_json(self) -> bytes:
        return (json.dumps(asdict(self), ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @property
    def since_time(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.since)
        except ValueError:
            return None

    @property
    def on_this_machine(self) -> bool:
        return self.machine.casefold() == machine_name().casefold()

    def is_stale(self) -> bool:
        """On this machine: the holder is gone (crashed, killed, rebooted since).
        A lock from another machine is never judged stale from here."""
        if not self.on_this_machine:
            return False
        if self.boot and _boot_id() and self.boot != _boot_id():
            return True
        if not process_alive(self.pid):
            return True
        return bool(self.started) and _process_start(self.pid) not in ("", self.started)


def since_text(since: datetime | None, now: datetime | None = None) -> str:
    """"09:12" today, else "12.03.2026, 09:12" (the reader's local time)."""
    if since is None:
        return _UNKNOWN
    local = since.astimezone() if since.tzinfo else since
    now = now or datetime.now()
    if local.date() == now.date():
        return local.strftime("%H:%M")
    return local.strftime("%d.%m.%Y, %H:%M")


class FileInUse(StoreError):
    """The file is open for writing somewhere else (or in another window)."""

    def __init__(self, path: Path, owner: LockOwner | None):
        self.path = path
        self.owner = owner
        self.user = owner.user if owner else _UNKNOWN
        self.machine = owner.machine if owner else _UNKNOWN
        self.since = owner.since_time if owner else None
        # Only a lock from this machine is known to belong to a live process.
        self.same_machine = owner is not None and owner.on_this_machine
        super().__init__(say("store.lock", "{sentence} Zum Bearbeiten muss sie dort erst "
                                           "geschlossen werden; lesen geht schon jetzt "
                                           "(schreibgeschützt).").format(sentence=self.sentence))

    @property
    def sentence(self) -> str:
        """"Die Datei wird gerade auf LAPTOP-GS von m.mueller benutzt (seit 09:12).\""""
        if self.owner is None:
            return (say("store.lock", "Die Datei wird gerade von einem anderen Programm benutzt "
                                      "(die Sperrdatei {name} ist unlesbar).").format(
                        name=lock_path(self.path).name))
        return (say("store.lock", "Die Datei wird gerade auf {machine} von {user} benutzt (seit "
                                  "{since_text}).").format(
                    machine=self.machine, user=self.user, since_text=since_text(self.since)))


class LockLost(StoreError):
    """This writer's lock was broken by someone else: it must not write any more."""


_held: weakref.WeakSet[FileLock] = weakref.WeakSet()


class FileLock:
    """The lock this process holds on one SRO file; :meth:`release` it on close."""

    def __init__(self, path: Path, owner: LockOwner):
        self.path = path
        self.file = lock_path(path)
        self.owner = owner
        self._raw = owner.to_json()
        self._verified = time.monotonic()
        self.released = False
        _held.add(self)

    @classmethod
    def acquire(cls, path: str | Path, *, user: str, break_lock: bool = False) -> FileLock:
        """Take the lock of ``path`` or raise :class:`FileInUse`.

        A stale lock of this machine is taken over. ``break_lock`` also takes
        over a lock from another machine (or an unreadable one) — only after the
        user confirmed that the program is not running there any more. A live
        holder on this machine is never broken.
        """
        path = Path(path)
        owner = LockOwner.me(user)
        file = lock_path(path)
        deadline = time.monotonic() + _TAKEOVER_WAIT
        while True:
            if _create(file, owner.to_json()):
                return cls(path, owner)
            found = _read_settled(file)
            if found is None:  # it went away meanwhile: try again
                if time.monotonic() > deadline:
                    raise FileInUse(path, None)
                continue
            raw, holder = found
            stale = holder is not None and holder.is_stale()
            foreign = holder is None or not holder.on_this_machine
            if not (stale or (break_lock and foreign)) or time.monotonic() > deadline:
                raise FileInUse(path, holder)
            if not _remove_if_unchanged(file, raw):
                time.sleep(0.02)  # another process is taking it over: look again

    def holder(self) -> LockOwner | None:
        """Who the lock file names now (None: no lock file, or unreadable)."""
        found = _read(self.file)
        return LockOwner.from_json(found) if found else None

    def held(self) -> bool:
        """Is the lock file still ours?"""
        found = _read(self.file)
        return found is not None and _same_token(found, self.owner.token)

    def verify(self, *, force: bool = False) -> None:
        """Raise :class:`LockLost` when someone else holds the lock now. A lock file
        that vanished is created again. Checks at most every few seconds."""
        if self.released:
            raise LockLost(say("store.lock", "Die Datei ist geschlossen."))
        now = time.monotonic()
        if not force and now - self._verified < VERIFY_INTERVAL:
            return
        found = _read(self.file)
        if found is None and _create(self.file, self._raw):
            found = self._raw
        if found is None or not _same_token(found, self.owner.token):
            other = LockOwner.from_json(found) if found else None
            who = (
                (
                    say("store.lock", "jetzt auf {machine} von {user} (seit {since_text})").format(
                        machine=other.machine,
                        user=other.user,
                        since_text=since_text(other.since_time),
                    )
                )
                if other
                else say("store.lock", "von jemand anderem")
            )
            raise LockLost(
                say("store.lock", "Die Sperre dieser Datei wurde {who} übernommen; die Änderung "
                                  "wurde nicht gespeichert. Bitte die Datei schließen und neu "
                                  "öffnen.").format(who=who))
        self._verified = now

    def release(self) -> None:
        """Remove the lock file if it is still ours (and this is the process that took it)."""
        if self.released or os.getpid() != self.owner.pid:
            return
        self.released = True
        _held.discard(self)
        found = _read(self.file)
        if found is not None and _same_token(found, self.owner.token):
            try:
                self.file.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass  # e.g. the share went away: the lock is stale once we are gone

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@atexit.register
def _release_all() -> None:
    """A program that ends without closing its files leaves no lock behind."""
    for lock in list(_held):
        lock.release()


# the lock file ------------------------------------------------------------------
def _create(file: Path, content: bytes) -> bool:
    """Create the lock file with ``content``; False when it exists already."""
    try:
        fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o644)
    except FileExistsError:
        return False
    except OSError as exc:
        raise StoreError(
            say(
                "store.lock",
                "Neben der Datei lässt sich keine Sperrdatei {name} anlegen: "
                "{os_reason}. Die Datei bleibt unverändert; ist der Ordner "
                "schreibgeschützt, lässt sie sich nur schreibgeschützt öffnen.",
            ).format(name=file.name, os_reason=os_reason(exc))
        ) from exc
    try:
        try:
            os.write(fd, content)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        file.unlink(missing_ok=True)
        raise StoreError(say("store.lock", "Die Sperrdatei {name} ließ sich nicht schreiben: "
                                           "{os_reason}. Die Datei bleibt unverändert.").format(
                             name=file.name, os_reason=os_reason(exc))) from exc
    return True


def _read(file: Path) -> bytes | None:
    try:
        return file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return b""  # there, but unreadable: treat as an unknown holder


def _read_settled(file: Path) -> tuple[bytes, LockOwner | None] | None:
    """The lock file's bytes and holder; waits briefly for a lock that another
    process has just created and not yet written. None when there is none."""
    deadline = time.monotonic() + _CONTENT_WAIT
    while True:
        raw = _read(file)
        if raw is None:
            return None
        owner = LockOwner.from_json(raw)
        if owner is not None or time.monotonic() > deadline:
            return raw, owner
        time.sleep(0.05)


def _same_token(raw: bytes, token: str) -> bool:
    owner = LockOwner.from_json(raw)
    return owner is not None and owner.token == token


def _remove_if_unchanged(file: Path, raw: bytes) -> bool:
    """Remove the lock file if it still holds ``raw`` (a stale or broken lock).

    Taking over happens under a short-lived guard file (``….lock.takeover``), so
    that of several processes taking over the same stale lock only one removes
    it and none removes the fresh lock another one has just made. False when
    another process is taking over at this moment (look again).
    """
    guard = file.with_name(file.name + ".takeover")
    try:
        fd = os.open(guard, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        try:
            if time.time() - guard.stat().st_mtime > _GUARD_STALE:  # a taker crashed
                guard.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    except OSError as exc:
        raise StoreError(say("store.lock", "Die alte Sperrdatei {name} lässt sich nicht "
                                           "entfernen: {os_reason}.").format(
                             name=file.name, os_reason=os_reason(exc))) from exc
    os.close(fd)
    try:
        if _read(file) == raw:
            file.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(say("store.lock", "Die alte Sperrdatei {name} lässt sich nicht "
                                           "entfernen: {os_reason}.").format(
                             name=file.name, os_reason=os_reason(exc))) from exc
    finally:
        guard.unlink(missing_ok=True)
    return True


# processes ---------------------------------------------------------------------
def process_alive(pid: int) -> bool:
    """Is there a running process with this id on this machine?"""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OSError:
        return True
    return _linux_stat(pid)[:1] != ["Z"]  # a zombie is dead, only not yet reaped


def _linux_stat(pid: int) -> list[str]:
    """The fields of /proc/<pid>/stat after the command name (state first); [] if none."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return []
    return text.rsplit(")", 1)[-1].split()


def _process_start(pid: int) -> str:
    """When the process started (Linux: clock ticks after boot); "" if unknown."""
    fields = _linux_stat(pid)
    return fields[19] if len(fields) > 19 else ""


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


if sys.platform == "win32":
    def _windows_alive(pid: int) -> bool:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
else:
    def _windows_alive(pid: int) -> bool:
        raise NotImplementedError

