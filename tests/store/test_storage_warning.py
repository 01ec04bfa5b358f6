"""A file on a network share or in a cloud-synced folder is opened with a warning.

The mount tables, the macOS ``mount`` output and the Windows drive types are
handed in, so every case runs on any machine.
"""

from __future__ import annotations

import pytest

from sro_desktop.store.storage import parse_proc_mounts, storage_warning

LINUX_MOUNTS = r"""
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
//nas.jugendamt.local/sro /mnt/sro cifs rw,relatime,vers=3.1.1,user=gs 0 0
//nas.jugendamt.local/gs /media/Geschäfts\040Stelle smb3 rw,relatime 0 0
fileserver:/export/home /home nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /home/gs/lokal ext4 rw,relatime 0 0
fileserver:/export/alt /srv/alt nfs rw 0 0
gs@jumphost:/daten /home/gs/jump fuse.sshfs rw,nosuid,nodev 0 0
https://cloud.example.org/remote.php/dav /home/gs/webdav davfs rw,nosuid 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev 0 0
/dev/sdc1 /mnt/sroarchiv ext4 rw 0 0
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
devfs on /dev (devfs, local, nobrowse)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//gs@nas._smb._tcp.local/SRO on /Volumes/SRO (smbfs, nodev, nosuid, mounted by gs)
afp_0TQ2Yb1X2jCs0000001-0.2000002d on /Volumes/Archiv (afpfs, nodev, nosuid, mounted by gs)
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/mnt/sro/steuerungsgruppe.sro", "Netzlaufwerk (cifs: //nas.jugendamt.local/sro)"),
    ("/mnt/sro/unterordner/tief/sg.sro", "Netzlaufwerk (cifs:"),
    ("/media/Geschäfts Stelle/sg.sro", "Netzlaufwerk (smb3:"),  # \040 in /proc/mounts
    ("/home/gs/Dokumente/sg.sro", "Netzlaufwerk (nfs4: fileserver:/export/home)"),
    ("/srv/alt/sg.sro", "Netzlaufwerk (nfs:"),
    ("/home/gs/jump/sg.sro", "Netzlaufwerk (fuse.sshfs:"),
    ("/home/gs/webdav/sg.sro", "Netzlaufwerk (davfs:"),
    ("/run/user/1000/gvfs/smb-share:server=nas,share=sro/sg.sro", "Netzlaufwerk"),
    ("/home/gs/lokal/sg.sro", None),  # a local disk mounted inside the network home
    ("/mnt/sroarchiv/sg.sro", None),  # /mnt/sro is not a prefix of /mnt/sroarchiv
    ("/tmp/sg.sro", None),
    ("/var/lib/sg.sro", None),
])
def test_linux_network_file_systems(path, expected):
    warning = storage_warning(path, platform="linux", mounts=LINUX_MOUNTS)
    if expected is None:
        assert warning is None
    else:
        assert warning is not None
        assert warning.kind == "network"
        assert expected in warning.headline
        assert "SQLite" in warning.text
        assert "nicht sicher" in warning.text


@pytest.mark.parametrize(("path", "service"), [
    ("/home/gs/OneDrive - Hansestadt Rostock/SRO/sg.sro", "OneDrive"),
    ("/home/gs/OneDrive/sg.sro", "OneDrive"),
    ("/home/gs/Dropbox (Jugendamt)/sg.sro", "Dropbox"),
    ("/home/gs/Dropbox/Steuerungsgruppe/sg.sro", "Dropbox"),
    ("/home/gs/Google Drive/sg.sro", "Google Drive"),
    ("/Users/gs/Library/CloudStorage/GoogleDrive-gs@example.org/Meine Ablage/sg.sro",
     "GoogleDrive"),
    ("/Users/gs/Library/Mobile Documents/com~apple~CloudDocs/SRO/sg.sro", "iCloud Drive"),
    ("/Users/gs/iCloud Drive/sg.sro", "iCloud Drive"),
    ("/home/gs/Nextcloud/SRO/sg.sro", "Nextcloud"),
    ("/home/gs/nextcloud2/sg.sro", "Nextcloud"),
    ("/home/gs/ownCloud/sg.sro", "ownCloud"),
    ("/home/gs/Seafile/Meine Bibliothek/sg.sro", "Seafile"),
    ("/home/gs/MagentaCLOUD/sg.sro", "MagentaCLOUD"),
])
def test_cloud_synced_folders(path, service):
    warning = storage_warning(path, platform="linux", mounts="/dev/sda1 / ext4 rw 0 0\n")
    assert warning is not None
    assert warning.kind == "cloud"
    assert warning.headline == (f"Die Datei liegt in einem synchronisierten Cloud-Ordner "
                                f"({service}).")
    assert "Konfliktkopien" in warning.text
    assert "Kopie speichern unter" in warning.text


@pytest.mark.parametrize("path", [
    "/home/gs/Dokumente/Steuerungsgruppe/sg.sro",
    "/home/gs/Dropboxen-Anleitung/sg.sro",  # only starts like a sync folder
    "/home/gs/onedrivers.sro",
    "/home/gs/Wolke/sg.sro",
])
def test_ordinary_folders_give_no_warning(path):
    assert storage_warning(path, platform="linux", mounts="/dev/sda1 / ext4 rw 0 0\n") is None


@pytest.mark.parametrize(("path", "drive_type", "expected"), [
    (r"\\nas\sro\Steuerungsgruppe\sg.sro", 3, r"Netzlaufwerk (\\nas\sro)"),
    (r"\\?\UNC\nas\sro\sg.sro", 3, r"Netzlaufwerk (\\nas\sro)"),
    ("//nas/sro/sg.sro", 3, "Netzlaufwerk (\\\\nas\\sro)"),
    (r"Z:\Steuerungsgruppe\sg.sro", 4, "Netzlaufwerk (Netzlaufwerk Z:)"),
    (r"C:\Users\gs\Documents\sg.sro", 3, None),
    (r"\\?\C:\Users\gs\Documents\sg.sro", 3, None),
    (r"C:\Users\gs\OneDrive - Hansestadt Rostock\sg.sro", 3, "Cloud-Ordner (OneDrive)"),
    (r"D:\Dropbox\sg.sro", 2, "Cloud-Ordner (Dropbox)"),
])
def test_windows_unc_paths_mapped_drives_and_cloud_folders(path, drive_type, expected):
    asked = []

    def kind(root: str) -> int:
        asked.append(root)
        return drive_type

    warning = storage_warning(path, platform="win32", drive_type=kind)
    if expected is None:
        assert warning is None
        assert asked == ["C:\\"]
    else:
        assert warning is not None
        assert expected in warning.headline


@pytest.mark.parametrize(("path", "kind"), [
    ("/Volumes/SRO/sg.sro", "network"),
    ("/Volumes/Archiv/2019/sg.sro", "network"),
    ("/Users/gs/Documents/sg.sro", None),
    ("/Users/gs/Library/CloudStorage/OneDrive-Stadt/sg.sro", "cloud"),
])
def test_macos_mount_output(path, kind):
    warning = storage_warning(path, platform="darwin", mount_output=MAC_MOUNT)
    assert (warning.kind if warning else None) == kind


def test_mount_table_escapes_are_decoded():
    entries = parse_proc_mounts(r"//nas/a\040b /media/a\040b\011c cifs rw 0 0")
    assert entries == [("//nas/a b", "/media/a b\tc", "cifs")]


def test_the_warning_is_one_german_message():
    warning = storage_warning("/mnt/sro/sg.sro", platform="linux", mounts=LINUX_MOUNTS)
    assert warning is not None
    assert str(warning) == warning.text
    assert warning.text.startswith("Die Datei liegt auf einem Netzlaufwerk (cifs: ")
    assert "Reißt die Verbindung ab oder bearbeiten zwei Rechner die Datei zugleich" in (
        warning.text)
