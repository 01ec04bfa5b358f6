"""`sro-desktop` without a command starts the window (a real process, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sro_desktop.store.lock import lock_path

pytestmark = pytest.mark.slow  # real processes starting Qt: seconds each
DEADLINE = 60.0  # seconds to start and open the file, even on a busy machine


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "sro_desktop", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _holds_open(path: Path) -> bool:
    """The file is open for writing: its lock and its write-ahead log are there (writing
    the demo locks the target too, but writes a temporary file: no -wal of the target)."""
    return lock_path(path).exists() and Path(f"{path}-wal").exists()


def _opens(process: subprocess.Popen[str], path: Path) -> str:
    """Waits until the window holds ``path`` open (it was shown and opened the file), then
    checks that the program keeps running a moment in its event loop."""
    deadline = time.monotonic() + DEADLINE
    while not _holds_open(path) and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    opened = _holds_open(path)
    try:
        process.wait(timeout=1)  # a crash on the first paint ends it here
    except subprocess.TimeoutExpired:
        pass
    alive = process.poll() is None
    process.terminate()
    _out, err = process.communicate(timeout=20)
    assert opened, err
    assert alive, err
    assert "Traceback" not in err
    # Qt's warnings fail here too, as in the tests in this process (pyproject's
    # qt_log_ignore: the offscreen platform's message)
    said = [line for line in err.splitlines()
            if line.strip() and "This plugin does not support" not in line]
    assert not said, err
    return err


def test_first_start_creates_the_demo_and_opens_it(tmp_path):
    demo = Path(os.environ["SRO_DATA_DIR"]) / "demo.sro"
    assert not demo.exists()
    _opens(_start(), demo)
    assert demo.exists()


def test_start_on_a_given_file(demo_file):
    _opens(_start("--db", str(demo_file)), demo_file)
    assert not (Path(os.environ["SRO_DATA_DIR"]) / "demo.sro").exists()
