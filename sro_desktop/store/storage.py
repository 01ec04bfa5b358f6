"""Where the file lives: a network share or a cloud-synced folder is not safe for SQLite.

SQLite relies on the file system's locks and on writes reaching the disk in
order; network file systems (SMB/CIFS, NFS, WebDAV, sshfs) do not keep those
promises reliably, and sync clients (OneDrive, Dropbox, Nextcloud …) copy a
file while it is being written and may create conflict copies. The program
still opens such a file, but says so once per opening.

:func:`storage_warning` looks at the path only; the mount table, the macOS
``mount`` output and the Windows drive type can be handed in (tests do).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from ..domain.words import QT_TRANSLATE_NOOP, say

# Linux (/proc/mounts) and macOS (`mount`) file-system types that reach over the network.
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "afs", "ncpfs",
    "davfs", "webdav", "9p", "ceph", "glusterfs", "lustre", "gfs2", "ocfs2", "beegfs",
    "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.glusterfs",
    "fuse.cephfs", "fuse.gvfsd-fuse", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
})

# Folder names of sync clients, compared case-insensitively: the name itself or the
# name followed by a space, dash, bracket or digit ("OneDrive - Hansestadt Rostock",
# "Dropbox (Firma)", "GoogleDrive-name@example.org", "Nextcloud2").
CLOUD_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("seafile", "Seafile"),
    ("pcloud", "pCloud"),
    ("magentacloud", "MagentaCLOUD"),
    ("hidrive", "HiDrive"),
    ("tresorit", "Tresorit"),
    ("megasync", "MEGA"),
    ("box sync", "Box"),
)

_NAME_GOES_ON = frozenset(" -_(.@0123456789")

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive

_ADVICE = QT_TRANSLATE_NOOP("store.storage", "Bitte die Datei auf diesen Rechner kopieren, "
                            "dort bearbeiten und ins Netz oder in die Cloud nur Kopien legen "
                            "(Datei › Kopie speichern unter …).")


@dataclass(frozen=True)
class StorageWarning:
    """Why the place is unsafe: ``headline`` for the status bar, ``text`` for the message."""

    kind: str  # "network" or "cloud"
    headline: str
    reason: str

    @property
    def text(self) -> str:
        advice = say("store.storage", _ADVICE)
        return f"{self.headline} {self.reason} {advice}"

    def __str__(self) -> str:
        return self.text


def network_warning(where: str) -> StorageWarning:
    return StorageWarning(
        "network", say("store.storage", "Die Datei liegt auf einem Netzlaufwerk ({where}).").format(
                       where=where),
        say("store.storage", "SQLite-Dateien sind dort nicht sicher: Reißt die Verbindung ab "
                             "oder bearbeiten zwei Rechner die Datei zugleich, kann sie "
                             "beschädigt werden."))


def cloud_warning(service: str) -> StorageWarning:
    return StorageWarning(
        "cloud", say("store.storage", "Die Datei liegt in einem synchronisierten Cloud-Ordner "
                                      "({service}).").format(service=service),
        say("store.storage", "SQLite-Dateien sind dort nicht sicher: Die Synchronisation kann "
                             "eine geöffnete Datei beschädigen oder Konfliktkopien anlegen, und "
                             "die Sperre gegen gleichzeitiges Bearbeiten wirkt über die Cloud "
                             "nicht."))


def storage_warning(
    path: str | Path,
    *,
    platform: str | None = None,
    mounts: str | None = None,
    mount_output: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> StorageWarning | None:
    """A German warning when ``path`` is on a network file system or in a
    cloud-synced folder; None when it looks like a local disk.

    ``mounts`` is the text of /proc/mounts (Linux), ``mount_output`` that of
    ``mount`` (macOS), ``drive_type`` Windows' GetDriveTypeW for a drive root;
    each is read from the system when not given.
    """
    platform = platform or sys.platform
    if platform == "win32":
        win = PureWindowsPath(str(path))
        return _windows_network(win, drive_type) or _cloud(win.parts)
    posix = PurePosixPath(_absolute(path))
    if platform.startswith("linux"):
        found = _mounted_on(posix, parse_proc_mounts(mounts if mounts is not None
                                                     else _read_proc_mounts()))
    elif platform == "darwin":
        found = _mounted_on(posix, parse_mount_output(mount_output if mount_output is not None
                                                      else _run_mount()))
    else:
        found = None
    if found is not None:
        device, point, fstype = found
        if fstype.lower() in NETWORK_FS:
            return network_warning(f"{fstype}: {device}")
    if any(part.startswith("smb-share:") or part.startswith("dav:") or
           part.startswith("sftp:") for part in posix.parts):  # GNOME's gvfs mounts
        return network_warning(f"gvfs: {posix}")
    return _cloud(posix.parts)


# Linux and macOS ----------------------------------------------------------------
def parse_proc_mounts(text: str) -> list[tuple[str, str, str]]:
    """(device, mount point, type) of each line of /proc/mounts."""
    entries = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            entries.append((_unescape(fields[0]), _unescape(fields[1]), fields[2]))
    return entries


def parse_mount_output(text: str) -> list[tuple[str, str, str]]:
    """(device, mount point, type) of macOS ``mount`` lines:
    ``//user@server/share on /Volumes/share (smbfs, nodev, nosuid)``."""
    entries = []
    for line in text.splitlines():
        match = re.match(r"^(.*?) on (.*) \(([^,)]+)", line)
        if match:
            entries.append((match[1], match[2], match[3].strip()))
    return entries


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


def _mounted_on(path: PurePosixPath,
                entries: Iterable[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The entry of the file system holding ``path``: the longest mount point above it."""
    best: tuple[str, str, str] | None = None
    for device, point, fstype in entries:
        mount = PurePosixPath(point)
        if (path == mount or mount in path.parents) and (
                best is None or len(mount.parts) >= len(PurePosixPath(best[1]).parts)):
            best = (device, point, fstype)
    return best


def _absolute(path: str | Path) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)


def _read_proc_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _run_mount() -> str:
    try:
        return subprocess.run(["mount"], capture_output=True, text=True, timeout=3,
                              check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


# Windows -----------------------------------------------------------------------
def _windows_network(path: PureWindowsPath,
                     drive_type: Callable[[str], int] | None) -> StorageWarning | None:
    drive = path.drive
    if drive.upper().startswith("\\\\?\\UNC\\"):
        return network_warning("\\\\" + drive[8:])
    if drive.startswith("\\\\?\\"):
        drive = drive[4:]
    if drive.startswith("\\\\"):
        return network_warning(drive)
    if len(drive) == 2 and drive[1] == ":":
        kind = (drive_type or _windows_drive_type)(drive + "\\")
        if kind == DRIVE_REMOTE:
            return network_warning(f"Netzlaufwerk {drive}")
    return None


def _windows_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


# cloud folders ---------------------------------------------------------------
def _cloud(parts: Sequence[str]) -> StorageWarning | None:
    for index, part in enumerate(parts):
        name = part.strip().lower()
        for start, service in CLOUD_FOLDERS:
            if name == start or name.startswith(start) and name[len(start)] in _NAME_GOES_ON:
                return cloud_warning(service)
        if name == "cloudstorage":  # macOS: ~/Library/CloudStorage/<Anbieter>-<Konto>
            provider = parts[index + 1].split("-")[0] if index + 1 < len(parts) else ""
            return cloud_warning(provider or "Cloud")
    return None

