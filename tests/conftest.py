"""Every test gets its own data folder and user; none touches real data."""

from __future__ import annotations

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_report_header(config):
    import sro_desktop

    return f"sro_desktop under test: {sro_desktop.__file__}"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("SRO_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("SRO_USER", "Testschreiberin")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(scope="session")
def large_demo_path(tmp_path_factory):
    """The large demo (ten years, 20,000 tasks), written once per run for the pinned day.
    Tests copy it before they change it."""
    from pinned import TODAY

    from sro_desktop.store.demo import write_demo

    path = tmp_path_factory.mktemp("large-demo") / "gross.sro"
    write_demo(path, size="large", today=TODAY)
    return path


@pytest.fixture
def store(tmp_path):
    from sro_desktop.store import Store

    with Store.open(tmp_path / "test.sro", create=True) as s:
        yield s


def pytest_collection_modifyitems(config, items):
    """Tests marked ``libreoffice`` convert documents in a real word processor. CI installs
    it (.ci/run) and there they must run; without it elsewhere they are skipped, visibly.
    Tests marked ``kernel_faults`` make the kernel refuse writes (chattr +i, read-only
    bind mounts) and need root; CI runs as root, and there they must run."""
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
