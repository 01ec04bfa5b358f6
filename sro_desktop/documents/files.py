"""Writing export files so that a failure leaves no half file and the old one intact."""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store.os_words import os_reason


class ExportError(Exception):
    """An export that could not be written; the message says why, in the program's
    language."""


# The formats a document can be written in, by the file name's suffix.
FORMATS = {".docx": ".docx (Word)", ".pdf": ".pdf (PDF)", ".csv": ".csv (Excel)"}
WORD_OR_PDF = (".docx", ".pdf")
WORD_PDF_OR_CSV = (".docx", ".pdf", ".csv")


def output_suffix(target: str | Path, allowed: tuple[str, ...] = WORD_OR_PDF) -> str:
    """The format a document is written in, from the target's suffix (lower case): the one
    place that decides it. A suffix not in ``allowed`` is refused, naming those that are."""
    suffix = Path(target).suffix.lower()
    if suffix not in allowed:
        names = [FORMATS[s] for s in allowed]
        choices = (say("documents.files", "{some} oder {last}").format(
            some=", ".join(names[:-1]), last=names[-1]) if len(names) > 1 else names[0])
        raise ExportError(say("documents.files", "{name}: bitte als {formats} speichern.")
                          .format(name=_short(Path(target).name), formats=choices))
    return suffix


def _short(name: str) -> str:
    return name if len(name) <= 60 else f"{name[:57]}…"


def safe_file_name(text: str) -> str:
    """A name any file system takes: the characters Windows refuses become "-"."""
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .")


def write_atomically(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside the target, then put it in place.

    The target appears only complete; a failure removes the temporary file and
    leaves an existing target as it was.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        if folder.exists():
            raise ExportError(say("documents.files", "{folder} ist kein Ordner, sondern eine "
                                  "Datei; bitte einen Ordner wählen.").format(folder=folder))
        raise ExportError(say("documents.files", "Den Ordner {folder} gibt es nicht.").format(
            folder=folder))
    if target.is_dir():
        raise ExportError(_reason(IsADirectoryError(errno.EISDIR, "Is a directory"), target))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix,
                                        dir=folder)
    except OSError as exc:
        raise ExportError(_reason(exc, folder)) from exc
    os.close(handle)
    tmp = Path(name)
    try:
        write(tmp)
        _to_disk(tmp)
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        raise ExportError(_reason(exc, target)) from exc
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # the export's own error says more
            pass
    return target


def _to_disk(path: Path) -> None:
    """Make the operating system write the file out now, before it replaces the target: a
    disk that fills up (or a network drive over its quota) says so here, and a power cut
    after the rename cannot leave an empty document in place of the old one."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _mode_for(target: Path) -> int:
    """The permissions the file gets: an existing target's, else those of any new file
    (mkstemp's temporary file is readable by its owner only, which a document put in a
    shared folder must not be)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# What the operating system said, in words for the secretary. Windows reports a file
# that Word holds open as "access denied" (EACCES, or winerror 32: in use).
_NO_RIGHTS = QT_TRANSLATE_NOOP(
    "documents.files",
    "keine Schreibrechte, oder die Datei ist in einem anderen Programm (z. B. Word) geöffnet. "
    "Bitte dort schließen oder einen anderen Ort wählen.")
_REASONS = {
    errno.EACCES: _NO_RIGHTS,
    errno.EPERM: _NO_RIGHTS,
    errno.EBUSY: QT_TRANSLATE_NOOP(
        "documents.files",
        "die Datei ist gerade in Benutzung (z. B. in Word geöffnet). Bitte dort schließen und "
        "noch einmal exportieren."),
    errno.ETXTBSY: QT_TRANSLATE_NOOP(
        "documents.files",
        "die Datei ist gerade in Benutzung. Bitte das Programm schließen, das sie geöffnet "
        "hat, und noch einmal exportieren."),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "documents.files",
        "der Datenträger ist schreibgeschützt (nur zum Lesen eingebunden). Bitte einen anderen"
        " Ort wählen."),
    errno.EISDIR: QT_TRANSLATE_NOOP(
        "documents.files",
        "unter diesem Namen gibt es schon einen Ordner. Bitte einen anderen Dateinamen wählen."),
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "documents.files",
        "der Datenträger ist voll. Bitte Platz schaffen oder einen anderen Ort wählen."),
    errno.EDQUOT: QT_TRANSLATE_NOOP(
        "documents.files",
        "der Speicherplatz (Kontingent) auf diesem Laufwerk ist aufgebraucht. Bitte Platz "
        "schaffen oder einen anderen Ort wählen."),
    errno.EFBIG: QT_TRANSLATE_NOOP(
        "documents.files",
        "die Datei wird zu groß für diesen Datenträger, oder er ist voll. Bitte Platz schaffen"
        " oder einen anderen Ort wählen."),
    errno.ENOENT: QT_TRANSLATE_NOOP(
        "documents.files",
        "den Ordner gibt es nicht (mehr). Bitte einen anderen Ort wählen."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP(
        "documents.files",
        "ein Teil des Pfads ist kein Ordner. Bitte einen anderen Ort wählen."),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP(
        "documents.files",
        "der Name oder der Pfad ist zu lang. Bitte einen kürzeren wählen."),
    errno.EINVAL: QT_TRANSLATE_NOOP(
        "documents.files",
        "der Dateiname ist hier nicht erlaubt (z. B. wegen Zeichen wie : oder ?). Bitte einen "
        "anderen Namen wählen."),
    errno.EIO: QT_TRANSLATE_NOOP(
        "documents.files",
        "Lesefehler oder Schreibfehler des Datenträgers (ist er noch verbunden?). Bitte einen "
        "anderen Ort wählen."),
}
_WINDOWS_IN_USE = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def _reason(exc: OSError, path: Path) -> str:
    if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
        reason = say("documents.files", _REASONS[errno.EBUSY])
    else:
        known = _REASONS.get(exc.errno or 0)
        reason = say("documents.files", known) if known else f"{os_reason(exc)}."
    return say("documents.files", "{path} kann nicht geschrieben werden: {reason}").format(
        path=path, reason=reason)
