"""The frozen application (packaging/sro_desktop.spec) works as the installed script does.

Builds the one-folder app with packaging/build_app.py into a temporary folder (about
half a minute on Linux) and runs the smoke test: ``demo``, ``check``, ``export
minutes`` and the window, offscreen (``SRO_FROZEN_DIST``: test an app built before
instead). Runs only with ``SRO_BUILD_FROZEN=1`` and
PyInstaller installed (``pip install .[build]``): .ci/run and the installers workflow
set it, in a step of their own.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),  # the build: ~35 s here, more on a slow runner
    pytest.mark.skipif(os.environ.get("SRO_BUILD_FROZEN") != "1",
                       reason="builds the frozen app: set SRO_BUILD_FROZEN=1"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install .[build])"),
]


def _build_app():
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "packaging" / "build_app.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    """The built program that runs the CLI; SRO_FROZEN_DIST names a dist folder built
    before (the installers workflow tests the very app it packs)."""
    build_app = _build_app()
    built = os.environ.get("SRO_FROZEN_DIST")
    if built:
        dist = Path(built).resolve()
    else:
        dist = tmp_path_factory.mktemp("dist")
        build_app.build(dist)
    program = build_app.executable(dist)
    assert program.is_file()
    return program


def run(program: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # the bundle must not fall back on this checkout or the venv
    clean = {key: value for key, value in os.environ.items()
             if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return subprocess.run([str(program), *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, cwd=program.parent.parent,
                          env={**clean, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1",
                               **env})


def test_demo_check_and_export_minutes(frozen, tmp_path):
    database = tmp_path / "x.sro"
    assert run(frozen, "--version").stdout.startswith("SRO Desktop ")
    written = run(frozen, "demo", "--db", str(database))
    assert written.returncode == 0, written.stderr
    checked = run(frozen, "check", "--db", str(database))
    assert checked.returncode == 0, checked.stderr
    assert "in Ordnung" in checked.stdout  # German by default

    minutes = tmp_path / "m.docx"
    exported = run(frozen, "export", "minutes", "--db", str(database),
                   "--meeting", "SG 3", "--out", str(minutes))
    assert exported.returncode == 0, exported.stderr
    with zipfile.ZipFile(minutes) as docx:  # read back without python-docx
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "Steuerungsgruppe" in xml
    assert "Familienzentrum Lütten Eck" in xml  # the meeting's place, from the demo


def test_english_from_the_bundled_catalogue_and_babel(frozen, tmp_path):
    """SRO_LANG=en: the CLI, the template words and the dates (Babel's own data) in
    English, from the bundle alone."""
    database = tmp_path / "x.sro"
    assert run(frozen, "demo", "--db", str(database)).returncode == 0
    checked = run(frozen, "check", "--db", str(database), SRO_LANG="en")
    assert checked.returncode == 0, checked.stderr
    assert "ok" in checked.stdout
    assert "in Ordnung" not in checked.stdout
    minutes = tmp_path / "m.docx"
    exported = run(frozen, "export", "minutes", "--db", str(database), "--meeting", "SG 3",
                   "--out", str(minutes), SRO_LANG="en")
    assert exported.returncode == 0, exported.stderr
    with zipfile.ZipFile(minutes) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "Minutes" in xml
    assert "Attendance" in xml
    assert "Anwesenheit" not in xml


def test_window_opens_offscreen_and_quits(frozen, tmp_path):
    database = tmp_path / "x.sro"
    assert run(frozen, "demo", "--db", str(database)).returncode == 0
    window = run(frozen, "--db", str(database), SRO_QUIT_AFTER_START="1")
    assert window.returncode == 0, window.stderr
    assert f"Window opened: {database}" in window.stderr
    assert "Traceback" not in window.stderr


def test_ships_templates_and_compiled_translations(frozen):
    # the one-folder app keeps its data in _internal/; a macOS app bundle in
    # Contents/Resources/ beside Contents/MacOS/, where the program is
    bundle = next(folder for folder in (frozen.parent / "_internal",
                                        frozen.parent.parent / "Resources")
                  if folder.is_dir())
    assert (bundle / "templates" / "minutes.docx").is_file()
    assert (bundle / "templates" / "en" / "minutes.docx").is_file()
    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (bundle / "resources" / "translations" / f"{source.stem}.qm").is_file()
