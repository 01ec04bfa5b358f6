"""The command line beside a window that has the file open (another process holding
its lock): reading commands work and write nothing; writing commands are refused. The
commands run in this process (tests/cli/command_line.py), the window in its own."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from command_line import digest, run

from sro_desktop.store.lock import lock_path

# The window, as far as the file is concerned: open for writing, held until stdin closes.
WINDOW = textwrap.dedent("""
    import sys
    from sro_desktop.store import Store

    store = Store.open(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.read()
    store.close()
""")


@pytest.fixture
def in_window(tmp_path, demo_template):
    """A copy of the demo, held open for writing by m.mueller's window."""
    path = tmp_path / "sitzungen.sro"
    path.write_bytes(demo_template.read_bytes())
    window = subprocess.Popen([sys.executable, "-c", WINDOW, str(path)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              env={**os.environ, "SRO_USER": "m.mueller"})
    assert window.stdout is not None
    assert window.stdin is not None
    assert window.stdout.readline().strip() == "ready"
    yield path
    window.stdin.close()
    window.wait(timeout=30)
    window.stdout.close()
    assert not lock_path(path).exists()  # the window closed it cleanly after all that


def test_reading_commands_work_while_the_window_has_the_file(in_window, tmp_path):
    before = digest(in_window)
    lock = lock_path(in_window).read_bytes()

    checked = run("check", "--db", in_window)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip().endswith(": in Ordnung")

    listed = run("list", "meetings", "--db", in_window, "--json")
    assert listed.returncode == 0, listed.stderr
    meetings = json.loads(listed.stdout)
    assert len(meetings) >= 6

    linted = run("lint", "--db", in_window, "--meeting", "SG 1")
    assert linted.returncode in (0, 1), linted.stderr  # findings are not an error here
    assert "benutzt" not in linted.stderr

    for args in (("minutes", "--meeting", "SG 1", "--out", tmp_path / "p.docx"),
                 ("tasks", "--body", "SG", "--out", tmp_path / "a.csv"),
                 ("decisions", "--body", "SG", "--out", tmp_path / "b.docx")):
        exported = run("export", args[0], "--db", in_window, *args[1:])
        assert exported.returncode == 0, exported.stderr
        assert Path(args[-1]).stat().st_size > 0

    assert digest(in_window) == before  # nothing written by any of them
    assert lock_path(in_window).read_bytes() == lock  # the window keeps its lock


def test_demo_force_does_not_replace_a_file_in_use(in_window):
    before = digest(in_window)
    result = run("demo", "--db", in_window, "--force")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Fehler: Die Datei wird gerade auf {socket.gethostname()} "
                           f"von m.mueller benutzt (seit ")
    assert "Traceback" not in result.stderr
    assert digest(in_window) == before
    assert not list(in_window.parent.glob(".*.tmp*"))


def test_check_of_an_older_file_reads_it_without_migrating(tmp_path):
    old = tmp_path / "alt.sro"
    old.write_bytes((Path(__file__).parents[1] / "fixtures" / "schema_v1.sro").read_bytes())
    before = digest(old)
    result = run("check", "--db", old)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "das ältere Datenformat 1" in result.stdout
    assert result.stdout.strip().endswith(": in Ordnung")
    assert digest(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.sro"]
