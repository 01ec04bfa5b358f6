"""What the operating system (or SQLite underneath) said, in the user's words (German, or
the language in use).

One place for the words: every message that reports an ``OSError`` or an ``sqlite3.Error``
takes its reason from here, never the English ``strerror`` ("Permission denied") or
SQLite's text ("disk I/O error"). SQLite does not pass on the operating system's error
number; :func:`probe_folder` finds it by trying what SQLite tried (write a little beside
the file, read the file) and keeps nothing of the try.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from ..domain.words import QT_TRANSLATE_NOOP, say

# errno -> words (a phrase that follows "… lässt sich nicht öffnen: ").
_REASONS: dict[int, str] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("store.os_words", "nicht (mehr) vorhanden"),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "store.os_words", "keine Lese- oder Schreibrechte, der Zugriff wurde verweigert"),
    errno.EPERM: QT_TRANSLATE_NOOP("store.os_words", "nicht erlaubt – keine Schreibrechte, "
                                   "oder die Datei oder der Ordner ist gesperrt"),
    errno.EISDIR: QT_TRANSLATE_NOOP("store.os_words", "das ist ein Ordner, keine Datei"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("store.os_words", "ein Teil des Pfads ist kein Ordner"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("store.os_words", "kein Platz mehr auf dem Datenträger"),
    errno.EFBIG: QT_TRANSLATE_NOOP(
        "store.os_words", "die Datei würde zu groß für die erlaubte Dateigröße"),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "store.os_words", "der Datenträger ist schreibgeschützt (nur zum Lesen eingebunden)"),
    errno.EIO: QT_TRANSLATE_NOOP(
        "store.os_words", "Lesefehler oder Schreibfehler des Datenträgers (ist er noch "
        "verbunden?)"),
    errno.EBUSY: QT_TRANSLATE_NOOP(
        "store.os_words", "gerade in Benutzung (in einem anderen Programm geöffnet)"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP(
        "store.os_words", "gerade in Benutzung (in einem anderen Programm geöffnet)"),
    errno.EEXIST: QT_TRANSLATE_NOOP(
        "store.os_words", "unter diesem Namen gibt es schon eine Datei"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("store.os_words", "der Name oder der Pfad ist zu lang"),
    errno.EMFILE: QT_TRANSLATE_NOOP(
        "store.os_words", "das Programm hat zu viele Dateien gleichzeitig geöffnet"),
    errno.ENFILE: QT_TRANSLATE_NOOP(
        "store.os_words", "das System hat zu viele Dateien gleichzeitig geöffnet"),
    errno.EXDEV: QT_TRANSLATE_NOOP(
        "store.os_words", "Quelle und Ziel liegen auf verschiedenen Datenträgern"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("store.os_words", "der Ordner ist nicht leer"),
    errno.EINVAL: QT_TRANSLATE_NOOP(
        "store.os_words", "der Name oder der Vorgang ist hier nicht erlaubt"),
    errno.ELOOP: QT_TRANSLATE_NOOP(
        "store.os_words", "zu viele Verknüpfungen hintereinander (Verweis auf sich selbst?)"),
    errno.ENOMEM: QT_TRANSLATE_NOOP("store.os_words", "nicht genug Arbeitsspeicher"),
    errno.EAGAIN: QT_TRANSLATE_NOOP(
        "store.os_words", "der Datenträger ist gerade nicht bereit; bitte noch einmal versuchen"),
    errno.ENXIO: QT_TRANSLATE_NOOP(
        "store.os_words", "das Gerät ist nicht erreichbar (ist der Datenträger noch verbunden?)"),
    errno.ENODEV: QT_TRANSLATE_NOOP(
        "store.os_words", "das Gerät ist nicht erreichbar (ist der Datenträger noch verbunden?)"),
    errno.ESTALE: QT_TRANSLATE_NOOP(
        "store.os_words", "die Netzwerkfreigabe ist nicht mehr erreichbar"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP(
        "store.os_words", "der Datenträger antwortet nicht (Zeitüberschreitung)"),
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = QT_TRANSLATE_NOOP(
        "store.os_words", "das Speicherkontingent auf diesem Laufwerk ist aufgebraucht")
_WINDOWS_IN_USE = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION

# SQLite's primary result codes (the low byte of sqlite_errorcode)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 3, 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_TOOBIG, SQLITE_NOTADB = 18, 26
SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ = 266, 522
DAMAGED = (SQLITE_CORRUPT, SQLITE_NOTADB)
# the codes behind which the operating system refused something (found by probe_folder)
_RESOURCE = (SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM)

_SQLITE_REASONS = {
    SQLITE_PERM: QT_TRANSLATE_NOOP("store.os_words", "keine Berechtigung"),
    SQLITE_BUSY: QT_TRANSLATE_NOOP("store.os_words", "gerade von einem anderen Programm gesperrt"),
    SQLITE_LOCKED: QT_TRANSLATE_NOOP(
        "store.os_words", "gerade von einem anderen Programm gesperrt"),
    SQLITE_NOMEM: QT_TRANSLATE_NOOP("store.os_words", "nicht genug Arbeitsspeicher"),
    SQLITE_READONLY: QT_TRANSLATE_NOOP(
        "store.os_words", "schreibgeschützt (die Datei oder ihr Ordner)"),
    SQLITE_IOERR: QT_TRANSLATE_NOOP(
        "store.os_words", "Lesefehler oder Schreibfehler des Datenträgers (ist er noch "
        "verbunden?)"),
    SQLITE_CORRUPT: QT_TRANSLATE_NOOP("store.os_words", "die Datei ist beschädigt"),
    SQLITE_NOTADB: QT_TRANSLATE_NOOP(
        "store.os_words", "die Datei ist beschädigt oder keine Datenbank"),
    SQLITE_FULL: QT_TRANSLATE_NOOP("store.os_words", "kein Platz mehr auf dem Datenträger"),
    SQLITE_CANTOPEN: QT_TRANSLATE_NOOP("store.os_words", "kein Zugriff (fehlen Rechte, oder "
                                       "ist der Ordner schreibgeschützt?)"),
    SQLITE_TOOBIG: QT_TRANSLATE_NOOP("store.os_words", "ein Wert ist zu groß"),
}
READ_ERROR = QT_TRANSLATE_NOOP("store.os_words", "Lesefehler des Datenträgers (ist er noch "
                               "verbunden? Ist die Datei beschädigt?)")
PATH_WORDS_MAX = 80  # a longer path is shortened at its start


def os_error_text(exc: OSError | sqlite3.Error, path: str | Path | None = None) -> str:
    """One German sentence: what went wrong, and where (the path in words). ``path``
    defaults to the error's own file name."""
    where = path if path is not None else getattr(exc, "filename", None)
    reason = os_reason(exc, path=where)
    if where is None or where == "":
        return f"{reason[:1].upper()}{reason[1:]}."
    return f"{path_words(where, capital=True)}: {reason}."


def os_reason(exc: BaseException, path: str | Path | None = None) -> str:
    """The reason alone, as a phrase (lower case, no full stop). For an SQLite error
    about a file ``path``, what the operating system refused is found by probing."""
    if isinstance(exc, OSError):
        if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
            return say("store.os_words", _REASONS[errno.EBUSY])
        if exc.errno in _REASONS:
            return say("store.os_words", _REASONS[exc.errno])
        name = errno.errorcode.get(exc.errno or 0)
        return say("store.os_words", "Fehler des Betriebssystems ({name})").format(
            name=name or exc.errno or type(exc).__name__)
    if isinstance(exc, sqlite3.Error):
        return sqlite_reason(exc, path)
    return str(exc)


def sqlite_reason(exc: sqlite3.Error, path: str | Path | None = None) -> str:
    code = sqlite_code(exc)
    if code in _RESOURCE and path is not None:
        found = probe_folder(Path(path))
        if found is not None:
            return os_reason(found)
    if (getattr(exc, "sqlite_errorcode", None) or 0) in (SQLITE_IOERR_READ,
                                                         SQLITE_IOERR_SHORT_READ):
        return say("store.os_words", READ_ERROR)
    if code in (SQLITE_IOERR, SQLITE_FULL) and _file_size_limited():
        # a write beyond the limit failed, one the probe's size did not reach
        return say("store.os_words", _REASONS[errno.EFBIG])
    if code in _SQLITE_REASONS:
        return say("store.os_words", _SQLITE_REASONS[code])
    said = str(exc) or getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return say("store.os_words", "Fehler der Datenbank: {said}").format(said=said[:80])


def _file_size_limited() -> bool:
    """Whether this process may write files only up to a size (RLIMIT_FSIZE)."""
    try:
        import resource
    except ImportError:  # Windows
        return False
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return soft != resource.RLIM_INFINITY


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (None for other errors)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite found the file itself damaged (not the disk or the system refusing)."""
    return sqlite_code(exc) in DAMAGED


def path_words(path: str | Path, *, capital: bool = False) -> str:
    """„die Datei „…/x.sro““ or „der Ordner „…““; a path over 80 characters is shortened
    at its start, so that its end (the name) shows."""
    path = Path(path)
    text = str(path)
    if len(text) > PATH_WORDS_MAX:
        text = "…" + text[-(PATH_WORDS_MAX - 1):]
    if path.is_dir():
        words = say("store.os_words", "Der Ordner „{path}“") if capital else \
            say("store.os_words", "der Ordner „{path}“")
    else:
        words = say("store.os_words", "Die Datei „{path}“") if capital else \
            say("store.os_words", "die Datei „{path}“")
    return words.format(path=text)


def probe_folder(path: Path, size: int | None = None) -> OSError | None:
    """What the operating system says when one tries beside ``path`` what SQLite does
    there: read the file, then write ``size`` bytes (default: the file's size plus 64 KiB,
    at most 32 MiB) into a temporary file in its folder; the temporary file is removed.
    None when both work (the fault lies elsewhere, or has passed)."""
    try:
        with path.open("rb") as f:
            while f.read(1 << 20):
                pass
        file_size = path.stat().st_size
    except FileNotFoundError:
        file_size = 0
    except OSError as exc:
        return exc
    if size is None:
        size = min(file_size + (64 << 10), 32 << 20)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.probe-", dir=path.parent)
    except OSError as exc:
        return exc
    try:
        block = b"\0" * (64 << 10)
        written = 0
        while written < size:
            written += os.write(handle, block[: size - written])
        os.fsync(handle)
    except OSError as exc:
        return exc
    finally:
        os.close(handle)
        try:
            os.unlink(name)
        except OSError:
            pass
    return None
