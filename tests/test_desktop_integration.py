"""Linux desktop integration (packaging/linux): the menu entry, the .sro file type, the
installer into the user's ~/.local/share; and "open with", which starts the program
with the file as its only argument."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sro_desktop import cli

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(LINUX / "sro-desktop.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_program_on_a_file():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "SRO Desktop"
    assert entry["Name[en]"] == "SRO Desktop"
    assert entry["GenericName"] == "Sitzungsverwaltung"
    assert entry["Comment"].startswith("Sitzungen, Beschlüsse und Aufgaben")
    assert entry["Comment[en]"].startswith("Meetings, decisions and tasks")
    assert entry["Exec"] == "sro-desktop %f"
    assert entry["Icon"] == "sro-desktop"
    assert entry["MimeType"] == "application/x-sro-desktop;"
    assert entry["Categories"] == "Office;"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed")
def test_the_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(LINUX / "sro-desktop.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
    assert not result.stdout.strip()  # no hints either


def test_the_mime_type_knows_sro_files_by_name_and_by_header():
    from sro_desktop.store.schema import APPLICATION_ID

    root = ET.parse(LINUX / "sro-desktop-mime.xml").getroot()
    (kind,) = root.findall(f"{MIME}mime-type")
    assert kind.get("type") == "application/x-sro-desktop"
    assert [g.get("pattern") for g in kind.findall(f"{MIME}glob")] == ["*.sro"]
    comments = {c.get(XML_LANG): c.text for c in kind.findall(f"{MIME}comment")}
    assert comments["de"] == "SRO-Datei"
    assert comments["en"] == "SRO Desktop file"
    header = kind.find(f"{MIME}magic/{MIME}match")
    assert header is not None
    assert (header.get("type"), header.get("offset"), header.get("value")) == \
        ("string", "0", "SQLite format 3")
    ours = header.find(f"{MIME}match")
    assert ours is not None
    assert (ours.get("type"), ours.get("offset")) == ("big32", "68")
    assert int(ours.get("value") or "", 16) == APPLICATION_ID


def test_a_demo_file_has_the_header_the_mime_type_looks_for(demo_path):
    head = Path(demo_path).read_bytes()[:72]
    assert head.startswith(b"SQLite format 3\0")
    assert head[68:72] == b"SRO1"


@pytest.mark.skipif(os.name == "nt" or shutil.which("bash") is None, reason="needs bash")
def test_install_sh_installs_into_the_users_share_and_uninstalls(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    script = str(LINUX / "install.sh")
    share = home / ".local" / "share"
    installed = [share / "applications" / "sro-desktop.desktop",
                 share / "mime" / "packages" / "sro-desktop-mime.xml",
                 share / "icons" / "hicolor" / "scalable" / "apps" / "sro-desktop.svg",
                 *(share / "icons" / "hicolor" / f"{s}x{s}" / "apps" / "sro-desktop.png"
                   for s in (16, 24, 32, 48, 64, 128, 256, 512))]
    for _ in range(2):  # a second run does no harm
        subprocess.run(["bash", script], env=env, check=True, capture_output=True)
        assert all(path.is_file() for path in installed)
    assert (share / "applications" / "sro-desktop.desktop").read_bytes() == \
        (LINUX / "sro-desktop.desktop").read_bytes()
    subprocess.run(["bash", script, "--exec", "/opt/SRO Desktop/sro-desktop"], env=env,
                   check=True, capture_output=True)
    text = (share / "applications" / "sro-desktop.desktop").read_text(encoding="utf-8")
    assert 'Exec="/opt/SRO Desktop/sro-desktop" %f' in text.splitlines()
    if shutil.which("update-mime-database"):
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-sro-desktop:*.sro" in globs
    subprocess.run(["bash", script, "--uninstall"], env=env, check=True, capture_output=True)
    assert not any(path.exists() for path in installed)
    mimeapps = home / ".config" / "mimeapps.list"
    assert not mimeapps.exists() or "x-sro-desktop" not in mimeapps.read_text(encoding="utf-8")


def test_open_with_starts_the_window_on_the_file(monkeypatch, tmp_path):
    """The desktop runs ``sro-desktop /path/file.sro`` (Exec=sro-desktop %f)."""
    from sro_desktop.ui import app

    opened: list[Path | None] = []
    monkeypatch.setattr(app, "run", lambda db=None: opened.append(db) or 0)
    target = tmp_path / "Sitzungen 2026.sro"
    assert cli.main([str(target)]) == 0
    assert cli.main(["--db", str(target)]) == 0
    assert cli.main([]) == 0
    monkeypatch.chdir(tmp_path)
    (tmp_path / "protokolle").write_bytes(b"")  # an existing file, whatever its name
    assert cli.main(["protokolle"]) == 0
    assert opened == [target, target, None, Path("protokolle")]


def test_a_command_stays_a_command(monkeypatch):
    from sro_desktop.ui import app

    monkeypatch.setattr(app, "run", lambda db=None: pytest.fail("the window started"))
    with pytest.raises(SystemExit):  # argparse: check needs --db
        cli.main(["check"])
    with pytest.raises(SystemExit):  # a mistyped command is not a file
        cli.main(["frobnicate"])
