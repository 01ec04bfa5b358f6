"""The program's language for the window, the CLI and the documents.

German is the source language of every text; English comes from the Qt catalogue
``resources/translations/sro_desktop_en.ts``. Its compiled ``.qm`` is never
committed: the frozen app carries one built by packaging/build_app.py, and a
source install builds it on first use with ``pyside6-lrelease`` from the PySide6
wheel into the user's cache (again whenever the ``.ts`` is newer).

The language is ``SRO_LANG`` if set, else the one chosen under *Bearbeiten ›
Einstellungen* (QSettings key ``language``), else German. Installing it puts Qt's
translator into the application (``tr()`` in the window) and into
``domain.words`` (the texts of the lower floors), and sets the default QLocale.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from . import paths
from .domain import words

LANGUAGES = {"de": "Deutsch", "en": "English"}
SETTING = "language"
_LOCALES = {"de": QLocale(QLocale.Language.German, QLocale.Country.Germany),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}


def chosen() -> str:
    """SRO_LANG, else the stored choice, else German; an unknown code is German."""
    code = os.environ.get("SRO_LANG") or str(
        QSettings(paths.ORGANIZATION, paths.APPLICATION).value(SETTING, "de") or "de")
    code = code.split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "de"


def store_choice(code: str) -> None:
    QSettings(paths.ORGANIZATION, paths.APPLICATION).setValue(SETTING, code)


def catalogue(code: str) -> Path | None:
    """The compiled catalogue (.qm) of ``code``: the shipped one, else one built from
    the .ts into the cache; None when there is none (German, or no lrelease)."""
    if code == "de":
        return None
    folder = paths.resources_dir() / "translations"
    shipped = folder / f"sro_desktop_{code}.qm"
    source = folder / f"sro_desktop_{code}.ts"
    if shipped.is_file() and (getattr(sys, "frozen", False) or not source.is_file()
                              or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped  # the frozen app's, built with it
    if not source.is_file():
        return None
    built = paths.cache_dir() / f"sro_desktop_{code}.qm"
    if built.is_file() and built.stat().st_mtime >= source.stat().st_mtime:
        return built
    return compile_catalogue(source, built)


def wheel_tool(name: str) -> str | None:
    """A tool of the PySide6 wheel (pyside6-lrelease, pyside6-lupdate): beside this
    Python, or on PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


def lrelease() -> str | None:
    return wheel_tool("pyside6-lrelease")


def compile_catalogue(source: Path, target: Path) -> Path | None:
    tool = lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(part)],
                          capture_output=True, check=False)
    if done.returncode != 0 or not part.is_file():
        part.unlink(missing_ok=True)
        return None
    part.replace(target)
    return target


_installed: list[QTranslator] = []


def use(code: str) -> str:
    """Make ``code`` the language of everything shown from now on; returns the code in
    use (German when the catalogue cannot be found)."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    path = catalogue(code)
    ours = QTranslator()
    if path is None or not ours.load(str(path)):
        code = "de"
    qt = QTranslator()  # Qt's own dialogs and buttons, in German too
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    if code != "de":
        _installed.append(ours)
        words.install(lambda context, source: ours.translate(context, source) or source, code)
    else:
        words.install(None, "de")
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(_LOCALES[code])
    return code
