"""Opening an e-mail draft in the user's mail program. No Qt: the window passes the
function that opens a file with the system's program.

Three ways, tried in this order: Windows' Simple MAPI (``MAPISendMailW``: Outlook or
whatever mail program is the default, with its own compose window), Thunderbird's
``-compose`` where it is installed, and always the ``.eml`` draft saved (``X-Unsent: 1``)
and opened by the system. ``SRO_MAIL_PROGRAM=mapi|thunderbird|eml`` forces one way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.words import say
from ..paths import user_data_dir
from .files import ExportError, write_atomically
from .mail import Draft, Recipient, write_eml

ENV = "SRO_MAIL_PROGRAM"
WAYS = ("mapi", "thunderbird", "eml")


@dataclass(frozen=True)
class Opened:
    """What happened to a draft: ``way`` is "mapi", "thunderbird" or "eml"; ``path`` the
    ``.eml`` file (always written, so the draft can be found again); ``cancelled`` when
    the mail program's window was closed without sending (MAPI tells)."""

    way: str
    path: Path
    cancelled: bool = False
    # Thunderbird's process (it may hand the draft to a running Thunderbird and end)
    process: subprocess.Popen[bytes] | None = field(default=None, compare=False, repr=False)

    def message(self) -> str:
        """For the status bar, in the program's language."""
        if self.cancelled:
            return say("documents.mail_programs",
                       "Der E-Mail-Entwurf wurde im E-Mail-Programm verworfen.")
        if self.way == "mapi":
            return say("documents.mail_programs", "Entwurf im E-Mail-Programm geöffnet")
        if self.way == "thunderbird":
            return say("documents.mail_programs", "Entwurf in Thunderbird geöffnet")
        return say("documents.mail_programs", "Entwurf gespeichert unter {path} und geöffnet"
                   ).format(path=self.path)


def drafts_dir() -> Path:
    """Where drafts and their attachments stay (Thunderbird reads them after we return)."""
    return user_data_dir() / "E-Mail-Entwürfe"


KEEP_DRAFTS_DAYS = 30


def prune_drafts(folder: Path, days: int = KEEP_DRAFTS_DAYS) -> int:
    """Remove the drafts and attachments older than ``days`` from ``folder``: they hold
    the members' addresses and the documents, and were opened long ago. Files that are in
    use (or gone) stay for the next time. How many were removed."""
    limit = time.time() - days * 86400
    removed = 0
    for path in folder.glob("*"):
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


# -- Thunderbird --------------------------------------------------------------------------------


def thunderbird_program() -> Path | None:
    """Thunderbird where it is usually installed, or on PATH."""
    candidates: list[Path] = []
    if sys.platform == "win32":
        for variable in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)", "LOCALAPPDATA"):
            base = os.environ.get(variable)
            if base:
                candidates += [Path(base) / "Mozilla Thunderbird" / "thunderbird.exe",
                               Path(base) / "Programs" / "Mozilla Thunderbird"
                               / "thunderbird.exe"]
    elif sys.platform == "darwin":
        candidates += [Path("/Applications/Thunderbird.app/Contents/MacOS/thunderbird"),
                       Path.home() / "Applications/Thunderbird.app/Contents/MacOS/thunderbird"]
    found = shutil.which("thunderbird")  # Linux packages, and anything on PATH
    if found:
        return Path(found)
    return next((c for c in candidates if c.is_file()), None)


def compose_value(value: str) -> str:
    """A value of Thunderbird's ``-compose`` list, in single quotes. Thunderbird ends a
    quoted value at a quote followed by a comma and has no escape: "'," is written
    "' ," (the only change); double quotes and umlauts pass as they are."""
    return "'" + value.replace("',", "' ,") + "'"


def compose_address(recipient: Recipient) -> str:
    """"Name" <address>, the name quoted as RFC 5322 wants (commas inside stay)."""
    name = recipient.name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{name}" <{recipient.address}>' if name else recipient.address


def compose_argument(draft: Draft, attachments: Sequence[Path], body_file: Path) -> str:
    """The argument after ``-compose``: to, cc, subject, the text from a file (a long
    text with line breaks on a command line is what breaks), the attachments as
    file URLs; format=2 is plain text."""
    fields = [f"to={compose_value(','.join(compose_address(r) for r in draft.to))}"]
    if draft.cc:
        fields.append(f"cc={compose_value(','.join(compose_address(r) for r in draft.cc))}")
    fields.append(f"subject={compose_value(draft.subject)}")
    fields.append(f"message={compose_value(str(body_file))}")
    fields.append("format=2")
    if attachments:
        fields.append("attachment="
                      + compose_value(",".join(p.resolve().as_uri() for p in attachments)))
    return ",".join(fields)


def open_in_thunderbird(program: Path, draft: Draft, attachments: Sequence[Path],
                        body_file: Path) -> subprocess.Popen[bytes]:
    """Start Thunderbird's compose window; it stays open after we return."""
    def write(tmp: Path) -> None:
        tmp.write_text(draft.body, encoding="utf-8")

    write_atomically(body_file, write)
    try:
        return subprocess.Popen([str(program), "-compose",  # noqa: S603 - no shell, our own list
                                 compose_argument(draft, attachments, body_file)],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, close_fds=True)
    except OSError as exc:
        raise ExportError(say("documents.mail_programs", "Thunderbird ließ sich nicht "
                              "starten ({reason}).").format(reason=exc.strerror)) from exc


# -- Windows Simple MAPI ------------------------------------------------------------------------

MAPI_LOGON_UI = 0x00000001
MAPI_DIALOG = 0x00000008
MAPI_TO, MAPI_CC = 1, 2
SUCCESS_SUCCESS = 0
MAPI_USER_ABORT = 1


def send_with_mapi(draft: Draft, attachments: Sequence[Path]) -> bool:
    """Hand the draft to the default mail program through ``MAPISendMailW`` with its
    compose window. True when sent or saved there, False when the user cancelled; an
    ExportError when there is no MAPI mail program. Windows only."""
    import ctypes
    from ctypes import wintypes

    class Recip(ctypes.Structure):
        _fields_ = [("ulReserved", wintypes.ULONG), ("ulRecipClass", wintypes.ULONG),
                    ("lpszName", wintypes.LPWSTR), ("lpszAddress", wintypes.LPWSTR),
                    ("ulEIDSize", wintypes.ULONG), ("lpEntryID", ctypes.c_void_p)]

    class File(ctypes.Structure):
        _fields_ = [("ulReserved", wintypes.ULONG), ("flFlags", wintypes.ULONG),
                    ("nPosition", wintypes.ULONG), ("lpszPathName", wintypes.LPWSTR),
                    ("lpszFileName", wintypes.LPWSTR), ("lpFileType", ctypes.c_void_p)]

    class Message(ctypes.Structure):
        _fields_ = [("ulReserved", wintypes.ULONG), ("lpszSubject", wintypes.LPWSTR),
                    ("lpszNoteText", wintypes.LPWSTR), ("lpszMessageType", wintypes.LPWSTR),
                    ("lpszDateReceived", wintypes.LPWSTR),
                    ("lpszConversationID", wintypes.LPWSTR), ("flFlags", wintypes.ULONG),
                    ("lpOriginator", ctypes.POINTER(Recip)), ("nRecipCount", wintypes.ULONG),
                    ("lpRecips", ctypes.POINTER(Recip)), ("nFileCount", wintypes.ULONG),
                    ("lpFiles", ctypes.POINTER(File))]

    try:
        mapi = ctypes.WinDLL("MAPI32.dll")  # type: ignore[attr-defined]
        send = mapi.MAPISendMailW
    except (OSError, AttributeError) as exc:
        raise ExportError(say("documents.mail_programs", "Es ist kein E-Mail-Programm für "
                              "Windows (MAPI) eingerichtet.")) from exc
    send.restype = wintypes.ULONG
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(Message),
                     wintypes.ULONG, wintypes.ULONG]
    people = [(MAPI_TO, r) for r in draft.to] + [(MAPI_CC, r) for r in draft.cc]
    recips = (Recip * max(len(people), 1))()
    for slot, (kind, recipient) in zip(recips, people, strict=False):
        slot.ulRecipClass = kind
        slot.lpszName = recipient.name or recipient.address
        slot.lpszAddress = f"SMTP:{recipient.address}"
    files = (File * max(len(attachments), 1))()
    for slot, path in zip(files, attachments, strict=False):
        slot.nPosition = 0xFFFFFFFF  # -1: not placed in the text
        slot.lpszPathName = str(path.resolve())
        slot.lpszFileName = path.name
    message = Message(lpszSubject=draft.subject, lpszNoteText=draft.body.replace("\n", "\r\n"),
                      nRecipCount=len(people), lpRecips=recips,
                      nFileCount=len(attachments), lpFiles=files)
    result = send(None, None, ctypes.byref(message), MAPI_DIALOG | MAPI_LOGON_UI, 0)
    if result == MAPI_USER_ABORT:
        return False
    if result != SUCCESS_SUCCESS:
        raise ExportError(say("documents.mail_programs", "Das E-Mail-Programm hat den Entwurf "
                              "nicht angenommen (MAPI-Fehler {code}).").format(code=result))
    return True


# -- choosing -----------------------------------------------------------------------------------


def chosen_ways(forced: str | None = None) -> list[str]:
    """The ways to try, in order. ``forced`` (or SRO_MAIL_PROGRAM) names one; the
    ``.eml`` draft is always the last resort."""
    forced = (forced or os.environ.get(ENV, "")).strip().lower()
    if forced in WAYS:
        return [forced] if forced == "eml" else [forced, "eml"]
    ways = ["mapi"] if sys.platform == "win32" else []
    return [*ways, "thunderbird", "eml"]


def open_draft(draft: Draft, eml_path: Path, attachments: Sequence[Path], *,
               open_file: Callable[[Path], object] | None = None,
               forced: str | None = None) -> Opened:
    """Write the ``.eml`` draft to ``eml_path`` and open the draft the first way that
    works; ``attachments``: the draft's attached files as they lie on disk (for MAPI and
    Thunderbird, which attach files). ``open_file`` opens the ``.eml`` with the system's
    program (None: only written, as on the command line). An ExportError (German) when
    not even the ``.eml`` can be written."""
    path = write_eml(draft, eml_path)
    for way in chosen_ways(forced):
        try:
            if way == "mapi":
                if sys.platform != "win32":
                    continue
                if not send_with_mapi(draft, attachments):
                    return Opened(way, path, cancelled=True)
                return Opened(way, path)
            if way == "thunderbird":
                program = thunderbird_program()
                if program is None:
                    continue
                process = open_in_thunderbird(program, draft, attachments,
                                              path.with_suffix(".txt"))
                return Opened(way, path, process=process)
        except ExportError:
            continue  # the next way; the .eml is always there
    if open_file is not None:
        open_file(path)
    return Opened("eml", path)
