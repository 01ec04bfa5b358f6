"""The one deadline for the tests' waits on Qt (``qtbot.waitUntil``, ``qtbot.waitSignal``).

pytest-qt's default of 5 s is too short for a loaded machine (CI runs two copies of the
suite at once on two cores); a wait still ends as soon as its condition holds, so a
generous deadline costs nothing when all is well and only decides when a test gives up.
pytest-timeout (pyproject.toml) still ends a test that hangs for longer."""

import time
from collections.abc import Callable

from PySide6.QtTest import QTest

WAIT_MS = 60_000


def wait_for(ready: Callable[[], object]) -> None:
    """``qtbot.waitUntil`` where no qtbot is at hand (a test's ``open_view`` helper):
    what a view reads once its list has painted (details, counts)."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while not ready():
        assert time.monotonic() < deadline, "not ready in time"
        QTest.qWait(5)
