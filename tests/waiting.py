"""The one deadline for the tests' waits on Qt (``qtbot.waitUntil``, ``qtbot.waitSignal``).

pytest-qt's default of 5 s is too short for a loaded machine (CI runs two copies of the
suite at once on two cores); a wait still ends as soon as its condition holds, so a
generous deadline costs nothing when all is well and only decides when a test gives up.
pytest-timeout (pyproject.toml) still ends a test that hangs for longer."""

WAIT_MS = 60_000
