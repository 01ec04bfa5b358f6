"""Shared pieces: the children's environment, timing in turns, and reading a child's result."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
RESULT = "RESULT "  # a child's last line: RESULT {json}


class CaseError(Exception):
    """A case could not be measured (a child crashed, timed out, or said so)."""


def child_env(folder: Path, cache: Path | None = None) -> dict[str, str]:
    """The environment of a child: fresh settings, data and home in ``folder`` (nothing
    leaks between runs), the repository on the path, offscreen unless set otherwise.
    Fontconfig's cache stays shared (``cache``): rebuilding it would time the fonts."""
    env = dict(os.environ)
    for name in ("data", "config", "home"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    env["SRO_DATA_DIR"] = str(folder / "data")
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env["XDG_DATA_HOME"] = str(folder / "data")
    env["HOME"] = str(folder / "home")
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO), *filter(None, [os.environ.get("PYTHONPATH", "")])])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


class Scratch:
    """A temporary folder for one child, removed afterwards."""

    def __init__(self, root: Path):
        root.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix="run-", dir=root))

    def __enter__(self) -> Path:
        return self.path

    def __exit__(self, *_exc: Any) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def copy_db(source: Path, folder: Path) -> Path:
    """A copy to open: opening writes (a lock, the meta table, backups)."""
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def run_child(args: list[str], env: dict[str, str], timeout: float) -> dict[str, Any]:
    """Run ``python args…``; its RESULT line as a dict, else CaseError with its stderr."""
    try:
        done = subprocess.run([sys.executable, *args], env=env, capture_output=True,
                              text=True, timeout=timeout, cwd=REPO)
    except subprocess.TimeoutExpired as exc:
        raise CaseError(f"timed out after {timeout:.0f} s: {' '.join(args)}") from exc
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT):])
    raise CaseError(f"exit {done.returncode}, no result from {' '.join(args)}: "
                    f"{last_lines(done.stderr)}")


def last_lines(text: str, count: int = 6) -> str:
    lines = [line.strip() for line in text.strip().splitlines()
             if "does not support propagateSizeHints" not in line]  # the offscreen platform
    return " | ".join(lines[-count:])


def timed_process(args: list[str], env: dict[str, str], timeout: float,
                  ok_codes: tuple[int, ...] = (0,)) -> float:
    """Seconds from start to exit of ``python args…`` (its output read and dropped)."""
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, *args], env=env, capture_output=True,
                              timeout=timeout, cwd=REPO)
    except subprocess.TimeoutExpired as exc:
        raise CaseError(f"timed out after {timeout:.0f} s: {' '.join(args[:4])}") from exc
    seconds = time.perf_counter() - start
    if done.returncode not in ok_codes:
        raise CaseError(f"exit {done.returncode}: {' '.join(args[:4])}: "
                        f"{last_lines(done.stderr.decode(errors='replace'))}")
    return seconds


def in_turns(ours: Callable[[], float], base: Callable[[], float], runs: int,
             warm: bool = True) -> tuple[list[float], list[float]]:
    """Each run measures both, the order alternating (ours first, then the baseline
    first, …): neither profits from the other's warm caches more often. A first round
    is not counted (imports, the disk cache) unless ``warm`` is False."""
    if warm:
        ours()
        base()
    mine: list[float] = []
    bare: list[float] = []
    for run in range(runs):
        if run % 2 == 0:
            mine.append(ours())
            bare.append(base())
        else:
            bare.append(base())
            mine.append(ours())
    return mine, bare


MIN_TIMED_S = 0.005  # a call quicker than this is timed over repeated calls (timeit's way)


def clock(fn: Callable[[], Any]) -> Callable[[], float]:
    """A function timing one call of ``fn`` in this process: a single call, or for a
    call under 5 ms the mean of as many as fill 5 ms (one call of 0.1 ms is mostly the
    clock's and the machine's noise)."""
    def timed() -> float:
        start = time.perf_counter()
        fn()
        once = time.perf_counter() - start
        if once >= MIN_TIMED_S:
            return once
        calls = int(MIN_TIMED_S / max(once, 1e-6)) + 1
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - start) / calls
    return timed


def summary(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "n": len(values)}


def emit(result: dict[str, Any]) -> None:
    """A child's result, as the last line of its output."""
    sys.stdout.write(RESULT + json.dumps(result) + "\n")
    sys.stdout.flush()


def failed(exc: BaseException) -> dict[str, str]:
    """A case that crashed, as its entry in a child's result (the traceback on stderr)."""
    traceback.print_exc()
    return {"error": f"{type(exc).__name__}: {exc}"}


def end_child(result: dict[str, Any]) -> None:
    """Emit the result and leave at once (Qt's and the store's clean-up is not timed)."""
    emit(result)
    sys.stderr.flush()
    os._exit(0)
