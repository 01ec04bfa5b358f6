"""Writing export files so that a failure leaves no half file and the old one intact."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


class ExportError(Exception):
    """An export that could not be written; the message says why, in German."""


def write_atomically(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside the target, then put it in place.

    The target appears only complete; a failure removes the temporary file and
    leaves an existing target as it was.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"Den Ordner {folder} gibt es nicht.")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix,
                                        dir=folder)
    except OSError as exc:
        raise ExportError(_reason(exc, folder)) from exc
    os.close(handle)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        raise ExportError(_reason(exc, target)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target


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


def _reason(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"{path} kann nicht geschrieben werden: keine Schreibrechte, oder die Datei "
                f"ist in einem anderen Programm (z. B. Word) geöffnet. Bitte dort schließen "
                f"oder einen anderen Ort wählen.")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"{path} kann nicht geschrieben werden: der Datenträger ist voll."
    return f"{path} kann nicht geschrieben werden: {exc.strerror or exc}."
