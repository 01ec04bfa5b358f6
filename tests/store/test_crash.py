"""Crash safety: a process editing a copy of the demo is killed (SIGKILL) at random moments,
again and again; after every kill the file is sound and holds every edit the process
reported as stored.

The writer (crash_writer.py) makes one transaction per user edit and prints
"stored <id>" right after the edit returned, so a line on stdout means: the
program told the user it was saved. SIGKILL gives it no chance to clean up: no
checkpoint, no lock file removed, the -wal and -shm left as they are.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.demo import write_demo

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 50
SEED = 20260306
EDIT_TABLES = ("organizations", "people", "tasks", "decisions")
DEADLINE = 60.0  # seconds a writer may take to start and edit, even on a busy machine

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")]


@dataclass
class Reported:
    """What the writers said they stored, over all runs."""

    added: set[str] = field(default_factory=set)
    address: dict[str, int] = field(default_factory=dict)  # organisation -> last "Stand n"
    deleted: set[str] = field(default_factory=set)

    def take(self, line: str) -> None:
        word, record_id, *rest = line.split()
        assert word == "stored", line
        if not rest:
            self.added.add(record_id)
        elif rest == ["deleted"]:
            self.deleted.add(record_id)
        else:
            key, value = rest[0].split("=")
            assert key == "address", line
            self.address[record_id] = int(value)

    @property
    def count(self) -> int:
        return len(self.added) + len(self.address) + len(self.deleted)


class Writer:
    """One child process and a thread reading its stdout as it comes."""

    def __init__(self, path: Path, run: int):
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(run)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.lines: list[str] = []
        self.ended = False  # its stdout closed: it ended
        self.changed = threading.Condition()  # notified on each new line and at the end
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        try:
            for line in self.proc.stdout:
                if line == "ready\n":
                    self.ready.set()
                elif line.endswith("\n"):  # a line cut off by the kill was never "reported"
                    with self.changed:
                        self.lines.append(line.strip())
                        self.changed.notify_all()
        finally:
            with self.changed:
                self.ended = True
                self.changed.notify_all()

    def wait_for_edits(self, count: int) -> None:
        """Until it has reported ``count`` edits (or ended); no matter how busy the machine
        is, within DEADLINE. Sleeps until the reader has news: no polling that would take
        the CPU from the writer."""
        with self.changed:
            reached = self.changed.wait_for(lambda: len(self.lines) >= count or self.ended,
                                            timeout=DEADLINE)
        assert reached, f"no {count} edits within {DEADLINE:.0f} s"

    def kill(self) -> tuple[bool, int]:
        """SIGKILL; returns (was it still running, edits it reported)."""
        running = self.proc.poll() is None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.reader.join(timeout=30)
        assert self.proc.stderr is not None
        errors = self.proc.stderr.read()
        self.proc.stdout.close()  # type: ignore[union-attr]
        self.proc.stderr.close()
        assert self.proc.returncode == -signal.SIGKILL, f"the writer ended by itself:\n{errors}"
        return running, len(self.lines)


def verify(path: Path, reported: Reported) -> None:
    """Open the file as the next session would: sound, and everything reported is there."""
    with Store.open(path) as store:
        findings = check(store)
        assert findings == [], findings
        present = {r["id"] for table in EDIT_TABLES
                   for r in store.db.query(f"SELECT id FROM {table}")}
        missing = reported.added - present
        assert not missing, f"{len(missing)} reported edits missing, e.g. {sorted(missing)[:3]}"
        deleted = {r["id"] for r in store.db.query(
            "SELECT id FROM organizations WHERE deleted_at IS NOT NULL")}
        assert reported.deleted <= deleted
        addresses = {r["id"]: r["address"] for r in store.db.query(
            "SELECT id, address FROM organizations WHERE address LIKE 'Stand %'")}
        for org_id, n in reported.address.items():
            stored = addresses.get(org_id, "")
            assert stored.startswith("Stand "), (org_id, n, stored)
            assert int(stored.split()[1]) >= n, (org_id, n, stored)  # that one or a later one


def test_killed_writers_lose_nothing_reported(tmp_path):
    path = tmp_path / "demo.sro"
    write_demo(path)
    rnd = random.Random(SEED)
    reported = Reported()
    kills = while_editing = during_start = 0
    started = time.monotonic()
    for run in range(KILLS):
        writer = Writer(path, run)
        if rnd.random() < 0.2:  # somewhere in starting up and opening the file
            time.sleep(rnd.uniform(0.0, 0.35))  # a random moment, not a wait for something
        else:  # in the middle of editing, after some edits were reported
            writer.wait_for_edits(rnd.randint(1, 40))
        running, edits = writer.kill()
        kills += running
        if edits:
            while_editing += 1
        else:
            during_start += 1
        for line in writer.lines:
            reported.take(line)
        verify(path, reported)
    elapsed = time.monotonic() - started

    # and the command line agrees
    result = subprocess.run([sys.executable, "-m", "sro_desktop", "check", "--db", str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr

    print(f"\ncrash test: {kills} kills ({while_editing} while editing, {during_start} while "
          f"starting), {reported.count} edits reported and found, {elapsed:.1f} s")
    # Nothing about speed: the test holds on a busy machine; what counts is that no edit
    # reported as stored was lost (verify) and that the kills met the writers editing.
    assert kills == KILLS
    assert while_editing >= 25
