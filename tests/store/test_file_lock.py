"""One writer per file: the lock file beside the SRO file, tried with real processes."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from sro_desktop.domain.enums import BodyKind
from sro_desktop.store import FileInUse, NotOurFile, ReadOnly, Store
from sro_desktop.store import lock as locks
from sro_desktop.store.lock import FileLock, LockLost, LockOwner, lock_path

HOST = socket.gethostname()

# A second program holding the file: opens it (for writing unless "ro"), says "ready",
# then either holds the file until its stdin closes, or ("write") adds a body every few
# milliseconds, each its own committed edit, reporting its number, until it is killed.
HOLDER = textwrap.dedent("""
    import sys, time
    from sro_desktop.domain.enums import BodyKind
    from sro_desktop.store import Store

    path, mode = sys.argv[1], sys.argv[2]
    store = Store.open(path, read_only=mode == "ro")
    print("ready", flush=True)
    if mode == "write":
        for n in range(1, 100_000):
            store.bodies.add(f"Gremium {n}", f"G{n}", BodyKind.SUBCOMMITTEE)
            print(n, flush=True)
            time.sleep(0.005)
    sys.stdin.read()
    store.close()
""")


class Holder:
    def __init__(self, path: Path, mode: str = "hold", user: str = "m.mueller"):
        env = {**os.environ, "SRO_USER": user}
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), mode], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if line != "ready":
            self.process.wait(timeout=30)
            pytest.fail(f"holder did not start: {line} {self.process.communicate()}")

    def stored(self) -> int:
        """The number of the last body the holder reported as stored."""
        assert self.process.stdout is not None
        return int(self.process.stdout.readline())

    def close(self) -> None:
        """End it the normal way: it closes the file."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.finish()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def finish(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def holders():
    started: list[Holder] = []

    def start(path: Path, mode: str = "hold", user: str = "m.mueller") -> Holder:
        holder = Holder(path, mode, user)
        started.append(holder)
        return holder

    yield start
    for holder in started:
        holder.finish()


@pytest.fixture
def sro(tmp_path) -> Path:
    """A closed SRO file with one body."""
    path = tmp_path / "sitzungen.sro"
    with Store.open(path, create=True) as store:
        store.bodies.add("Steuerungsgruppe", "SG", BodyKind.STEERING)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_lock(path: Path, **fields) -> Path:
    owner = {"user": "m.mueller", "machine": HOST, "pid": os.getpid(),
             "since": datetime.now().astimezone().replace(hour=9, minute=12)
             .isoformat(timespec="seconds"), "token": "fremd", **fields}
    file = lock_path(path)
    file.write_text(json.dumps(owner), encoding="utf-8")
    return file


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def lock_of(path: Path) -> dict:
    return json.loads(lock_path(path).read_text(encoding="utf-8"))


def since_shown(path: Path) -> str:
    """How a refusal shows the ``since`` of ``path``'s lock: only the time on the day the
    lock was taken, else with its date (computed from the lock, so a run may cross
    midnight; ``test_the_since_text`` pins both forms)."""
    return locks.since_text(datetime.fromisoformat(lock_of(path)["since"]))


# one writer ------------------------------------------------------------------------
def test_second_writer_is_told_who_where_and_since(sro):
    before = datetime.now().astimezone().replace(microsecond=0)  # the lock keeps seconds
    with Store.open(sro, user="m.mueller") as first:
        with pytest.raises(FileInUse) as refused:
            Store.open(sro)
        after = datetime.now().astimezone()
        error = refused.value
        assert (error.user, error.machine, error.same_machine) == ("m.mueller", HOST, True)
        assert error.since is not None
        assert before <= error.since <= after
        assert error.sentence == (f"Die Datei wird gerade auf {HOST} von m.mueller benutzt "
                                  f"(seit {since_shown(sro)}).")
        assert str(error).startswith(error.sentence)
        assert first.bodies.list()[0].short == "SG"  # the first writer is untouched


def test_the_lock_file_says_who_holds_it_and_goes_on_close(sro):
    store = Store.open(sro, user="m.mueller")
    held = lock_of(sro)
    assert held["user"] == "m.mueller"
    assert held["machine"] == HOST
    assert held["pid"] == os.getpid()
    assert datetime.fromisoformat(held["since"]).tzinfo is not None  # local time, with offset
    store.close()
    assert not lock_path(sro).exists()
    with Store.open(sro):  # free again
        pass


def test_a_refused_file_leaves_no_lock(tmp_path):
    letter = tmp_path / "brief.sro"
    letter.write_text("Sehr geehrte Damen und Herren", encoding="utf-8")
    with pytest.raises(NotOurFile):
        Store.open(letter)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.sro"]


def test_a_writer_in_another_process_is_named(sro, holders):
    holder = holders(sro, user="m.mueller")
    with pytest.raises(FileInUse, match=f"auf {re.escape(HOST)} von m.mueller benutzt"):
        Store.open(sro)
    holder.close()
    assert not lock_path(sro).exists()
    with Store.open(sro) as store:
        assert store.lock is not None


# read-only ---------------------------------------------------------------------------
def test_read_only_beside_a_writer_sees_what_it_committed(sro):
    with Store.open(sro) as writer, Store.open(sro, read_only=True) as reader:
        assert [b.short for b in reader.bodies.list()] == ["SG"]
        writer.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE)
        assert sorted(b.short for b in reader.bodies.list()) == ["JHA", "SG"]
        assert reader.read_only
        assert reader.lock is None


def test_read_only_beside_a_writing_process(sro, holders):
    holder = holders(sro, mode="write")
    stored = holder.stored()
    with Store.open(sro, read_only=True) as reader:
        seen = reader.bodies.count()
        assert seen >= 1 + stored  # SG and at least every body reported as stored
        for _ in range(20):  # it keeps writing; the reader follows
            stored = holder.stored()
        assert reader.bodies.count() >= 1 + stored > seen
        assert reader.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert holder.process.poll() is None  # the writer never noticed


def test_edits_of_a_read_only_file_are_refused_in_german(sro):
    before = digest(sro)
    with Store.open(sro, read_only=True) as reader:
        with pytest.raises(ReadOnly, match="^Die Datei ist schreibgeschützt geöffnet"):
            reader.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE)
        with pytest.raises(ReadOnly):
            with reader.edit():
                pass
    assert digest(sro) == before


def test_reading_leaves_the_file_and_its_folder_as_they_were(sro):
    before = digest(sro)
    names = sorted(p.name for p in sro.parent.iterdir())
    with Store.open(sro, read_only=True) as reader:
        assert reader.bodies.list()[0].short == "SG"
    assert digest(sro) == before
    assert sorted(p.name for p in sro.parent.iterdir()) == names  # no -wal, -shm, lock


def test_read_only_of_an_older_format_is_a_snapshot_and_the_file_stays(tmp_path):
    old = tmp_path / "alt.sro"
    old.write_bytes((Path(__file__).parents[1] / "fixtures" / "schema_v1.sro").read_bytes())
    before = digest(old)
    with Store.open(old, read_only=True) as reader:
        assert reader.snapshot_of == 1
        reader.meetings.list()
        reader.bodies.list()
        with pytest.raises(ReadOnly):
            reader.bodies.add("X", "X", BodyKind.COMMITTEE)
    assert digest(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.sro"]


def test_read_only_ignores_a_lock_from_another_machine(sro):
    write_lock(sro, machine="LAPTOP-GS")
    with Store.open(sro, read_only=True) as reader:
        assert reader.bodies.count() == 1
    assert lock_of(sro)["machine"] == "LAPTOP-GS"


# stale and foreign locks -------------------------------------------------------------
def test_a_stale_lock_of_this_machine_is_taken_over(sro):
    write_lock(sro, pid=dead_pid())
    with Store.open(sro) as store:
        assert lock_of(sro)["pid"] == os.getpid()
        assert lock_of(sro)["token"] == store.lock.owner.token  # type: ignore[union-attr]
    assert not lock_path(sro).exists()


@pytest.mark.skipif(not locks._boot_id(), reason="no boot id (Linux only)")
def test_a_lock_from_before_a_reboot_is_stale_even_if_the_pid_lives(sro):
    write_lock(sro, pid=os.getppid(), boot="00000000-0000-0000-0000-000000000000")
    with Store.open(sro):
        assert lock_of(sro)["pid"] == os.getpid()


@pytest.mark.skipif(not locks._process_start(os.getpid()), reason="Linux only")
def test_a_reused_pid_does_not_keep_a_lock_alive(sro):
    write_lock(sro, pid=os.getppid(), boot=locks._boot_id(), started="1")
    with Store.open(sro):
        assert lock_of(sro)["pid"] == os.getpid()


def test_a_live_lock_of_this_machine_is_never_broken(sro, holders):
    holders(sro)
    with pytest.raises(FileInUse):
        Store.open(sro, break_lock=True)
    assert lock_of(sro)["user"] == "m.mueller"


def test_a_lock_from_another_machine_needs_break_lock(sro):
    before = digest(sro)
    write_lock(sro, machine="LAPTOP-GS", pid=dead_pid())
    with pytest.raises(FileInUse) as refused:
        Store.open(sro)
    assert refused.value.sentence == (
        f"Die Datei wird gerade auf LAPTOP-GS von m.mueller benutzt (seit {since_shown(sro)}).")
    assert not refused.value.same_machine
    assert digest(sro) == before
    assert lock_of(sro)["machine"] == "LAPTOP-GS"
    with Store.open(sro, break_lock=True) as store:
        assert lock_of(sro)["machine"] == HOST
        assert lock_of(sro)["user"] == "Testschreiberin"
        store.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE)
    assert not lock_path(sro).exists()


def test_a_lock_from_an_earlier_day_shows_the_date(sro):
    write_lock(sro, machine="LAPTOP-GS", since="2026-03-12T09:12:00+01:00")
    with pytest.raises(FileInUse) as refused:
        Store.open(sro)
    expected = datetime.fromisoformat("2026-03-12T09:12:00+01:00").astimezone()
    assert f"(seit {expected.strftime('%d.%m.%Y, %H:%M')})" in str(refused.value)


def test_an_unreadable_lock_is_treated_as_foreign(sro):
    lock_path(sro).write_bytes(b"\x00\x01 kaputt")
    with pytest.raises(FileInUse, match="Sperrdatei sitzungen.sro.lock ist unlesbar"):
        Store.open(sro)
    with Store.open(sro, break_lock=True):
        assert lock_of(sro)["pid"] == os.getpid()


def test_after_a_broken_lock_the_old_writer_stops(sro):
    old = Store.open(sro)
    try:
        # Someone on another machine broke the lock (as the other window would).
        os.remove(lock_path(sro))
        write_lock(sro, machine="LAPTOP-GS", user="a.schulz")
        assert old.lock is not None
        with pytest.raises(LockLost, match="auf LAPTOP-GS von a.schulz"):
            old.lock.verify(force=True)
        old.lock._verified = -1e9  # the next edit checks (every few seconds)
        with pytest.raises(LockLost, match="die Änderung wurde nicht gespeichert"):
            old.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE)
        assert old.bodies.count() == 1
    finally:
        old.close()
    assert lock_of(sro)["user"] == "a.schulz"  # closing leaves the other's lock alone


def test_a_vanished_lock_file_is_made_again(sro):
    with Store.open(sro) as store:
        lock_path(sro).unlink()
        assert store.lock is not None
        store.lock.verify(force=True)
        assert lock_of(sro)["token"] == store.lock.owner.token


def test_the_since_text():
    now = datetime(2026, 3, 12, 17, 0)
    assert locks.since_text(datetime(2026, 3, 12, 9, 12), now) == "09:12"
    assert locks.since_text(datetime(2026, 3, 11, 9, 12), now) == "11.03.2026, 09:12"
    assert locks.since_text(None, now) == "unbekannt"


def test_lock_owner_round_trip_and_garbage():
    owner = LockOwner.me("Jürgen Müller")
    assert LockOwner.from_json(owner.to_json()) == owner
    assert "Jürgen Müller" in owner.to_json().decode("utf-8")
    for raw in (b"", b"{", b"[]", b'{"user": "x"}', b"\xff\xfe"):
        assert LockOwner.from_json(raw) is None


# crashes and races -----------------------------------------------------------------
def test_a_killed_writer_leaves_a_stale_lock_that_the_next_opening_takes_over(
        sro, holders):
    holder = holders(sro, mode="write")
    stored = [holder.stored() for _ in range(10)][-1]
    holder.kill()
    killed = lock_of(sro)
    assert killed["pid"] == holder.process.pid  # left behind by the crash
    assert not locks.process_alive(holder.process.pid)
    with Store.open(sro) as store:
        assert lock_of(sro)["pid"] == os.getpid()
        assert store.bodies.count() >= 1 + stored  # every edit reported as stored is there
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


RACER = textwrap.dedent("""
    import sys
    from sro_desktop.store import FileInUse, Store

    path = sys.argv[1]
    print("set", flush=True)
    sys.stdin.readline()  # "go": every racer at once
    try:
        store = Store.open(path)
    except FileInUse:
        print("busy", flush=True)
    else:
        print("got", flush=True)
        sys.stdin.read()  # hold it until every racer has had its try
        store.close()
""")


def test_of_many_processes_taking_over_a_stale_lock_exactly_one_wins(sro):
    write_lock(sro, pid=dead_pid())
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(sro)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
              for _ in range(8)]
    # all of them at once, once every one has started up (however busy the machine is)
    assert [r.stdout.readline().strip() for r in racers] == ["set"] * 8  # type: ignore[union-attr]
    for r in racers:
        r.stdin.write("go\n")  # type: ignore[union-attr]
        r.stdin.flush()  # type: ignore[union-attr]
    outcomes = sorted(r.stdout.readline().strip() for r in racers)  # type: ignore[union-attr]
    results = [r.communicate(timeout=60) for r in racers]  # closes stdin: the winner lets go
    assert all(not err for _, err in results), results
    assert outcomes == ["busy"] * 7 + ["got"]
    assert not lock_path(sro).exists()
    assert not list(sro.parent.glob("*.takeover"))


def test_a_file_lock_is_released_by_the_process_that_took_it_only(tmp_path):
    lock = FileLock.acquire(tmp_path / "x.sro", user="gs")
    lock.owner = LockOwner(**{**lock.owner.__dict__, "pid": os.getpid() + 1})
    lock.release()  # e.g. a forked child ending: it must not remove its parent's lock
    assert lock_path(tmp_path / "x.sro").exists()
