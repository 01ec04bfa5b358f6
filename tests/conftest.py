"""Every test gets its own data folder and user; none touches real data. The program's
clock answers the pinned day (``pinned.TODAY``), so no test depends on the real date.

The quick loop is ``pytest -m "not slow"``; CI runs everything. Hypothesis runs the
"ci" profile (the examples each test names, no deadline) unless ``HYPOTHESIS_PROFILE``
names another or ``-m "not slow"`` asks for the quick loop ("dev": a few examples).
"""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A test's own ``max_examples`` is capped by the profile's (``settings.default``); no
# deadline, so that a busy machine cannot fail a test by time.
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True,
                          database=None)
settings.register_profile("dev", max_examples=5, deadline=None, derandomize=True,
                          database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SLOW_MARKERS = ("libreoffice", "kernel_faults")  # these imply ``slow``
SLOW_FIXTURES = ("large_demo_path",)  # and so does the large demo (seconds to open)


def pytest_configure(config):
    if ("HYPOTHESIS_PROFILE" not in os.environ
            and not config.getoption("hypothesis_profile", None)
            and "not slow" in (config.getoption("markexpr", "") or "")):
        settings.load_profile("dev")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Qt's warnings fail a test also while its windows close (its fixtures' teardown):
    pytest-qt's ``qt_log_level_fail`` only sees what Qt says until the test's call ends.
    The patterns of ``qt_log_ignore`` (pyproject, the test's mark) hold here too."""
    import re
    import sys

    qt = sys.modules.get("PySide6.QtCore")
    level = item.get_closest_marker("qt_log_level_fail")
    if (qt is None or item.get_closest_marker("no_qt_log")
            or (level is not None and level.args and level.args[0] == "NO")):
        return (yield)
    said: list[str] = []
    quiet = (qt.QtMsgType.QtDebugMsg, qt.QtMsgType.QtInfoMsg)

    def hear(kind, _context, message) -> None:
        if kind not in quiet:
            said.append(str(message))

    before = qt.qInstallMessageHandler(hear)
    try:
        result = yield
    finally:
        qt.qInstallMessageHandler(before)
    ignored = list(item.config.getini("qt_log_ignore"))
    mark = item.get_closest_marker("qt_log_ignore")
    if mark is not None:
        ignored = (ignored if mark.kwargs.get("extend", True) else []) + list(mark.args)
    warnings = [m for m in said if not any(re.search(p, m) for p in ignored)]
    if warnings:
        raise AssertionError("Qt warned while the test's windows closed:\n"
                             + "\n".join(warnings))
    return result


def pytest_report_header(config):
    import sro_desktop

    return f"sro_desktop under test: {sro_desktop.__file__}"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("SRO_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("SRO_USER", "Testschreiberin")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("SRO_LANG", raising=False)  # German, whatever the shell says


@pytest.fixture
def english():
    """The program in English for the test (window, lower floors, documents, dates), German
    again afterwards: the other tests read German."""
    from sro_desktop import language

    assert language.use("en") == "en"
    try:
        yield
    finally:
        language.use("de")


@pytest.fixture(autouse=True)
def _pinned_today():
    """The program's "today" is the pinned day for every test."""
    from pinned import TODAY

    from sro_desktop import clock

    clock.pin(TODAY)
    yield
    clock.pin(None)


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory):
    """The demo, written once per run for the pinned day. Tests copy it before they change
    it."""
    from pinned import TODAY

    from sro_desktop.store.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sro"
    write_demo(path, today=TODAY)
    return path


@pytest.fixture(scope="session")
def large_demo_path(tmp_path_factory):
    """The large demo (ten years, 20,000 tasks), written once per run for the pinned day.
    Tests copy it before they change it."""
    from pinned import TODAY

    from sro_desktop.store.demo import write_demo

    path = tmp_path_factory.mktemp("large-demo") / "gross.sro"
    write_demo(path, size="large", today=TODAY)
    return path


@pytest.fixture(scope="session")
def empty_store_path(tmp_path_factory):
    """A new, empty file as ``Store.open(create=True)`` makes it, made once per run: its
    migrations are most of a store test's time. Tests copy it before they open it."""
    from sro_desktop.store import Store

    path = tmp_path_factory.mktemp("empty") / "test.sro"
    with Store.open(path, create=True, user="Testschreiberin"):
        pass
    assert sorted(p.name for p in path.parent.iterdir()) == ["test.sro"]  # no -wal, no lock
    return path


@pytest.fixture
def store(tmp_path, empty_store_path):
    """A new, empty file, open (a copy of ``empty_store_path``)."""
    from sro_desktop.store import Store

    path = tmp_path / "test.sro"
    shutil.copyfile(empty_store_path, path)
    with Store.open(path) as s:
        yield s


@pytest.hookimpl(tryfirst=True)  # before ``-m`` deselects by marker
def pytest_collection_modifyitems(config, items):
    """Tests marked ``libreoffice`` convert documents in a real word processor. CI installs
    it (.ci/run) and there they must run; without it elsewhere they are skipped, visibly.
    Tests marked ``kernel_faults`` make the kernel refuse writes (chattr +i, read-only
    bind mounts) and need root; CI runs as root, and there they must run. Both are
    ``slow``, as is every test on the large demo."""
    for item in items:
        if (any(item.get_closest_marker(marker) for marker in SLOW_MARKERS)
                or any(name in getattr(item, "fixturenames", ()) for name in SLOW_FIXTURES)):
            item.add_marker(pytest.mark.slow)
    if os.environ.get("CI"):
        return
    reasons = {}
    if not shutil.which("soffice"):
        reasons["libreoffice"] = "LibreOffice (soffice) is not installed; .ci/run installs it"
    if not (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("chattr")
            and shutil.which("mount")):
        reasons["kernel_faults"] = "needs root with chattr and mount, as in CI"
    for item in items:
        for marker, reason in reasons.items():
            if marker in item.keywords:
                item.add_marker(pytest.mark.skip(reason=reason))
