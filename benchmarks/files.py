"""The demo files measured: the large demo and one twice as large, written once and kept
in the work folder, keyed by the generator's code, the schema, the scale and the day."""

from __future__ import annotations

import fcntl
import hashlib
import json
import sys
import time
from datetime import date
from pathlib import Path

from .common import REPO, CaseError, Scratch, child_env, run_child

# What the file's content depends on: a change here writes the files again.
SOURCES = ["sro_desktop/store/demo.py", "sro_desktop/store/demo_large.py",
           "sro_desktop/store/schema.py", "sro_desktop/store/typed_columns.py"]

WRITE = ("import sys, time\n"
         "from pathlib import Path\n"
         "from sro_desktop.store.demo import write_demo\n"
         "from benchmarks.common import emit\n"
         "start = time.perf_counter()\n"
         "write_demo(Path(sys.argv[1]), size='large', force=True, scale=float(sys.argv[2]))\n"
         "emit({'seconds': time.perf_counter() - start})\n")


def code_key(scale: float) -> str:
    digest = hashlib.sha256()
    for name in SOURCES + sorted(str(p.relative_to(REPO))
                                 for p in (REPO / "sro_desktop/store").glob("m[0-9]*.py")):
        path = REPO / name
        if path.exists():
            digest.update(name.encode() + path.read_bytes())
    digest.update(f"{scale:g}|{date.today().isoformat()}".encode())
    return digest.hexdigest()[:16]


def write_large(path: Path, scale: float, workdir: Path, timeout: float = 600) -> float:
    """Write the large demo at ``scale`` in a child; the seconds it took inside the child."""
    with Scratch(workdir / "tmp") as folder:
        result = run_child(["-c", WRITE, str(path), str(scale)],
                           child_env(folder, workdir / "xdg-cache"), timeout)
    return float(result["seconds"])


def demo_file(scale: float, workdir: Path) -> Path:
    """The large demo at ``scale`` from the work folder, written first if missing (one
    writer at a time: other worktrees may share the folder)."""
    key = code_key(scale)
    path = workdir / f"large-x{scale:g}-{key}.sro"
    meta = path.with_suffix(".json")
    with open(workdir / f"large-x{scale:g}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists() and meta.exists():
            return path
        for old in workdir.glob(f"large-x{scale:g}-*"):
            if time.time() - old.stat().st_mtime > 3 * 86400:  # others' may be in use
                old.unlink()
        print(f"writing the large demo ×{scale:g} to {path} …", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            seconds = write_large(path, scale, workdir)
        except CaseError as exc:
            raise SystemExit(f"could not write the large demo ×{scale:g}: {exc}") from exc
        meta.write_text(json.dumps({"seconds": seconds, "wall": time.perf_counter() - start}))
    return path
