"""Where the shipped templates and resources and the user's data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

# Qt's names for the program: QSettings and QStandardPaths build on them.
ORGANIZATION = "Hansestadt Rostock"
APPLICATION = "SRO Desktop"


def _shipped(name: str) -> Path:
    """A folder shipped with the program.

    Frozen (PyInstaller, packaging/sro_desktop.spec), it sits in the bundle's data
    folder (``sys._MEIPASS``: ``_internal/`` beside the executable, or the macOS
    bundle's ``Contents/Frameworks``). Installed, it sits inside the package (see
    pyproject's package-dir); in a source checkout it is the top-level folder of
    the repository.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / name
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def templates_dir() -> Path:
    return _shipped("templates")


def resources_dir() -> Path:
    return _shipped("resources")


def user_data_dir() -> Path:
    """The user's data folder; SRO_DATA_DIR overrides it (tests, portable use).

    This is QStandardPaths' AppDataLocation for our organisation and
    application name, computed without Qt so that the CLI finds the same files.
    """
    override = os.environ.get("SRO_DATA_DIR")
    if override:
        return Path(override)
    if os.name == "nt":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif os.uname().sysname == "Darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / ORGANIZATION / APPLICATION


def cache_dir() -> Path:
    """Files the program can build again (the compiled translation of a source install);
    under SRO_DATA_DIR when that is set."""
    override = os.environ.get("SRO_DATA_DIR")
    if override:
        return Path(override) / "cache"
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif os.uname().sysname == "Darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / ORGANIZATION / APPLICATION


def demo_db_path() -> Path:
    return user_data_dir() / "demo.sro"


def backups_dir() -> Path:
    """Automatic backups, one folder per SRO file (see store/backup.py)."""
    return user_data_dir() / "Sicherungen"
