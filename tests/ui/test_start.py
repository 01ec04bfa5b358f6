"""`sro-desktop` without a command starts the window (a real process, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def _start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "sro_desktop", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _runs_for_a_while(process: subprocess.Popen[str]) -> str:
    time.sleep(4)
    alive = process.poll() is None
    process.terminate()
    _out, err = process.communicate(timeout=20)
    assert alive, err
    assert "Traceback" not in err
    return err


def test_first_start_creates_the_demo_and_opens_it(tmp_path):
    demo = Path(os.environ["SRO_DATA_DIR"]) / "demo.sro"
    assert not demo.exists()
    _runs_for_a_while(_start())
    assert demo.exists()


def test_start_on_a_given_file(demo_file):
    _runs_for_a_while(_start("--db", str(demo_file)))
    assert not (Path(os.environ["SRO_DATA_DIR"]) / "demo.sro").exists()
