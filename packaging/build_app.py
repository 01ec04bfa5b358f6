"""Build the frozen one-folder application with PyInstaller (Linux, macOS, Windows).

    python packaging/build_app.py [--dist DIR] [--work DIR]

Writes DIR/sro-desktop/ (and on macOS DIR/SRO Desktop.app) from
packaging/sro_desktop.spec, the translations compiled from resources/translations/*.ts
on the way (pyside6-lrelease from the PySide6 wheel; the .qm are not committed), and
prints the bundle's size and the build time. Needs ``pip install .[build]``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "sro_desktop.spec"
NAME = "sro-desktop"


def compile_translations(target: Path) -> list[Path]:
    """Every resources/translations/*.ts as a .qm in ``target`` (none if lrelease is
    missing: the program is German then, which it is by default anyway)."""
    lrelease = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent))
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    if not sources or lrelease is None:
        return []
    built = []
    for source in sources:
        qm = target / (source.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def folder_size(folder: Path) -> int:
    return sum(file.stat().st_size for file in folder.rglob("*")
               if file.is_file() and not file.is_symlink())


def executable(dist: Path) -> Path:
    """The built program that runs the CLI (a console program on every system)."""
    folder = dist / NAME
    if sys.platform == "win32":
        return folder / f"{NAME}-cli.exe"
    return folder / NAME


def build(dist: Path, work: Path | None = None, quiet: bool = True) -> Path:
    """Runs PyInstaller; returns the one-folder application's folder."""
    import os

    dist = dist.resolve()
    with tempfile.TemporaryDirectory(prefix="sro-build-") as scratch:
        qm_dir = Path(scratch) / "qm"
        qm_dir.mkdir()
        compile_translations(qm_dir)
        command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                   "--distpath", str(dist),
                   "--workpath", str(work or Path(scratch) / "work"),
                   "--log-level", "WARN" if quiet else "INFO", str(SPEC)]
        subprocess.run(command, check=True, cwd=ROOT,
                       env={**os.environ, "SRO_QM_DIR": str(qm_dir)})
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the application folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, help="PyInstaller's work folder (default: temporary)")
    parser.add_argument("--verbose", action="store_true", help="PyInstaller's full log")
    args = parser.parse_args(argv)
    started = time.monotonic()
    folder = build(args.dist, args.work, quiet=not args.verbose)
    seconds = time.monotonic() - started
    print(f"Built: {folder}")
    print(f"Size: {folder_size(folder) / 1e6:.0f} MB")
    print(f"Build time: {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
