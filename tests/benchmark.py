"""Speed and size of the large demo, against the targets of the issues.

Run: python tests/benchmark.py. Not a test: timings depend on the machine,
so the figures are printed as ratios to their targets, measured in one run.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from sro_desktop.documents.minutes import export_minutes
from sro_desktop.documents.register import export_register
from sro_desktop.domain.enums import TaskState
from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.demo import write_demo

TARGETS = {"large demo": 60.0, "open": 1.0, "task page": 0.1, "check": 10.0,
           "minutes": 2.0, "register": 5.0}


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    path = folder / "large.sro"
    results = {}
    results["large demo"], _ = timed(lambda: write_demo(path, size="large",
                                                        today=date(2026, 11, 25)))
    results["open"], store = timed(lambda: Store.open(path))
    results["task page"], _ = timed(lambda: store.tasks.list(limit=200, offset=10_000))
    results["check"], findings = timed(lambda: check(store))
    overdue_time, overdue = timed(lambda: store.tasks.list(overdue_on=date(2026, 11, 25)))
    largest = next(store.db.query(
        "SELECT meeting_id, count(*) AS n FROM decisions WHERE meeting_id IS NOT NULL "
        "GROUP BY meeting_id ORDER BY n DESC, meeting_id LIMIT 1"))["meeting_id"]
    results["minutes"], _ = timed(lambda: export_minutes(store, largest, folder / "p.docx"))
    body = store.bodies.resolve("SRT-NW")
    results["register"], _ = timed(lambda: export_register(store, body.id, folder / "r.docx"))
    store.close()
    assert not findings, findings
    size = os.path.getsize(path)
    print(f"file size: {size / 1e6:.1f} MB")
    for name, seconds in results.items():
        print(f"{name:<12} {seconds:8.3f} s   {seconds / TARGETS[name]:6.3f} of the "
              f"{TARGETS[name]:g} s target")
    print(f"overdue list {overdue_time:8.3f} s   ({len(overdue)} tasks, "
          f"{TaskState.OPEN.label}/{TaskState.IN_PROGRESS.label})")


if __name__ == "__main__":
    main()
