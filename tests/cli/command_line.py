"""Running the command line in a test.

``run`` calls ``sro_desktop.cli.main`` in this process, as ``python -m sro_desktop`` would
run it: from a neutral folder, stdin no terminal (as in a script), and it answers as a
process does: the exit code, stdout and stderr (argparse ends a usage error with
``SystemExit``; its code is the exit code). Fast, and the program's clock is the pinned one.

``run_process`` runs the real program in a new process (the smoke test of each command
family, a file held open by this process: POSIX locks are per process), and
``run_on_terminal`` with a pseudo-terminal as stdin to answer a question.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from sro_desktop.cli import main

PROGRAM = [sys.executable, "-m", "sro_desktop"]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The program's ``main`` in this process; stdin is no terminal."""
    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    folder, stdin = os.getcwd(), sys.stdin
    os.chdir(tempfile.gettempdir())
    sys.stdin = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: usage errors (2), --help, --version (0)
                if exc.code is None or isinstance(exc.code, int):
                    code = exc.code or 0
                else:  # as Python does on exit: the message on stderr, exit code 1
                    print(exc.code, file=sys.stderr)
                    code = 1
    finally:
        sys.stdin = stdin
        os.chdir(folder)
    return subprocess.CompletedProcess([*PROGRAM, *argv], code, out.getvalue(),
                                       err.getvalue())


def run_process(*args: str | Path, stdin: int | None = subprocess.DEVNULL
                ) -> subprocess.CompletedProcess[str]:
    """The installed program in a new process, from a neutral folder, as a user runs it;
    stdin is no terminal (as in a script or cron)."""
    return subprocess.run([*PROGRAM, *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=tempfile.gettempdir(), stdin=stdin)


def run_on_terminal(*args: str | Path, answer: str) -> subprocess.CompletedProcess[str]:
    """The program in a new process with a terminal as stdin, answering its question."""
    import pty  # POSIX

    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([*PROGRAM, *map(str, args)], stdin=slave,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd=tempfile.gettempdir())
        os.close(slave)
        os.write(master, answer.encode() + b"\n")
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(master)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def assert_user_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit code 1 and one line ``Fehler: …`` on stderr (holding ``words``), no traceback;
    returns that line."""
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Fehler: ")
    assert "Traceback" not in result.stderr + result.stdout
    for word in words:
        assert word in lines[0]
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
