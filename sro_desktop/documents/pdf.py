"""PDF from a Word file, by LibreOffice (headless), which must be installed; no Qt here.

Approved minutes go to the archive as PDF/A-2b, every other document as a tagged PDF.
LibreOffice runs with a throw-away user profile of its own, so that it starts beside an
open LibreOffice (which would otherwise take the job and ignore ``--headless``) and
several conversions can run at once.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from ..domain.words import QT_TRANSLATE_NOOP, say
from .files import ExportError, write_atomically

TIMEOUT = 180  # seconds: the first start of LibreOffice on a slow laptop takes a while
# translated where written: say("documents.pdf", MISSING)
MISSING = QT_TRANSLATE_NOOP(
    "documents.pdf",
    "Für PDF wird LibreOffice benötigt, es wurde aber nicht gefunden. Bitte LibreOffice "
    "installieren (kostenlos, www.libreoffice.org) oder die Umgebungsvariable SRO_SOFFICE "
    "auf das Programm soffice setzen. DOCX geht weiterhin: als .docx speichern und in Word "
    "oder LibreOffice als PDF sichern.")


def candidates(env: Mapping[str, str] | None = None) -> list[Path]:
    """Where LibreOffice's ``soffice`` usually is, on this system, in the order tried
    after SRO_SOFFICE and the PATH."""
    env = os.environ if env is None else env
    if sys.platform == "win32":
        return [Path(env[v]) / "LibreOffice" / "program" / "soffice.exe"
                for v in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432") if env.get(v)]
    if sys.platform == "darwin":
        return [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
                Path.home() / "Applications/LibreOffice.app/Contents/MacOS/soffice"]
    found = [Path("/usr/bin/soffice"), Path("/usr/bin/libreoffice"),
             Path("/usr/lib/libreoffice/program/soffice"),
             Path("/usr/lib64/libreoffice/program/soffice"),
             Path("/usr/local/bin/soffice"),
             Path("/snap/bin/libreoffice"),
             Path("/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice"),
             Path.home() / ".local/share/flatpak/exports/bin/org.libreoffice.LibreOffice"]
    found[4:4] = sorted(Path("/opt").glob("libreoffice*/program/soffice"), reverse=True)
    return found


def find_soffice(env: Mapping[str, str] | None = None,
                 which: Callable[..., str | None] = shutil.which) -> Path | None:
    """LibreOffice's program, or None: SRO_SOFFICE when set (and only that), else
    ``soffice``/``libreoffice`` on the PATH, else the usual places."""
    env = os.environ if env is None else env
    chosen = env.get("SRO_SOFFICE", "").strip()
    if chosen:
        path = Path(chosen).expanduser()
        return path if path.is_file() else None
    for name in ("soffice", "libreoffice"):
        found = which(name, path=env.get("PATH", ""))
        if found:
            return Path(found)
    return next((p for p in candidates(env) if p.is_file()), None)


def filter_options(*, archive: bool) -> str:
    """LibreOffice's PDF export options (its JSON syntax, LibreOffice 7.4 and later):
    PDF/A-2b for the archive, else PDF 1.7; tagged either way (structure and language
    for screen readers), bookmarks from the headings."""
    options = {
        "SelectPdfVersion": {"type": "long", "value": "2" if archive else "0"},
        "UseTaggedPDF": {"type": "boolean", "value": "true"},
        "ExportBookmarks": {"type": "boolean", "value": "true"},
        "ExportFormFields": {"type": "boolean", "value": "false"},
        "EmbedStandardFonts": {"type": "boolean", "value": "true"},
        "UseLosslessCompression": {"type": "boolean", "value": "true"},
    }
    return "pdf:writer_pdf_Export:" + json.dumps(options, separators=(",", ":"))


def convert_to_pdf(docx: Path, target: str | Path, *, archive: bool = False,
                   soffice: Path | None = None, timeout: float = TIMEOUT) -> Path:
    """Convert the Word file ``docx`` to the PDF ``target`` (atomically: a failure leaves
    no half file and an existing target as it was). Raises ExportError in German."""
    program = soffice or find_soffice()
    if program is None:
        raise ExportError(say("documents.pdf", MISSING))
    with tempfile.TemporaryDirectory(prefix="sro-pdf-") as work:
        folder = Path(work)
        profile = folder / "profile"
        out = folder / "out"
        out.mkdir()
        source = folder / "dokument.docx"  # a plain name: LibreOffice names the PDF after it
        shutil.copyfile(docx, source)
        command = [str(program), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--invisible", "--nologo", "--norestore", "--nodefault",
                   "--convert-to", filter_options(archive=archive),
                   "--outdir", str(out), str(source)]
        try:
            result = subprocess.run(command, capture_output=True, timeout=timeout,
                                    stdin=subprocess.DEVNULL, check=False,
                                    creationflags=_NO_WINDOW)
        except subprocess.TimeoutExpired as exc:
            raise ExportError(say("documents.pdf", "LibreOffice hat das PDF nicht in "
                                  "{seconds} Sekunden erzeugt und wurde abgebrochen. Bitte "
                                  "noch einmal versuchen oder als .docx speichern.").format(
                                      seconds=int(timeout))) from exc
        except OSError as exc:
            raise ExportError(say("documents.pdf", "LibreOffice ({program}) lässt sich nicht "
                                  "starten: {reason}. Als .docx geht es weiterhin.").format(
                                      program=_short(program),
                                      reason=exc.strerror or exc)) from exc
        made = out / "dokument.pdf"
        if result.returncode != 0 or not made.is_file() or made.stat().st_size == 0:
            said = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
            detail = say("documents.pdf", " (LibreOffice meldet: {said})").format(
                said=_short(said.splitlines()[-1])) if said else ""
            raise ExportError(say("documents.pdf", "LibreOffice konnte kein PDF erzeugen"
                                  "{detail}. Als .docx geht es weiterhin.").format(
                                      detail=detail))

        def copy(tmp: Path) -> None:
            shutil.copyfile(made, tmp)

        return write_atomically(target, copy)


# On Windows, no console window flashes up for soffice.
_NO_WINDOW: int = getattr(subprocess, "CREATE_NO_WINDOW", 0)


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 80 else f"…{text[-77:]}"
