"""The platform's own accessibility tree: what a screen reader (Orca) really gets.

The program runs under Xvfb with a session D-Bus and the AT-SPI bus
(QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1); for each view, tests/ui/atspi_reader.py (the
system's Python, which has pyatspi) dumps the tree as JSON. Every control that takes
the focus must have a name and a role: an icon-only button whose tooltip is only its
description has no name. CI installs the pieces (.ci/run); without them the test skips.

Run as a script, this module is the program's side: it opens the demo, shows each view
(and each tab of a meeting) and has the reader dump the tree while Qt keeps answering.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
NAMELESS_ROLES = {"unknown", "filler", "invalid"}
ITEM_ROLES = {"table cell", "list item", "tree item", "column header", "row header"}


def platform_missing() -> str | None:
    for tool in ("Xvfb", "xvfb-run", "dbus-run-session", "dbus-send"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (Debian: xvfb, dbus-x11, dbus)"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        return "pyatspi is missing in /usr/bin/python3 (Debian: python3-pyatspi, at-spi2-core)"
    return None


def offenders(tree: dict, path: str = "") -> list[str]:
    """The controls that take the focus without a name or a role, by their path."""
    here = f"{path}/{tree['role']}" + (f" {tree['name']!r}" if tree["name"] else "")
    found = []
    if "focusable" in tree["states"] and "showing" in tree["states"] \
            and tree["role"] not in ITEM_ROLES:
        if not tree["name"].strip():
            found.append(f"{here} has no name (description: {tree['description']!r})")
        if tree["role"] in NAMELESS_ROLES:
            found.append(f"{here} has no role")
    for child in tree["children"]:
        found += offenders(child, here)
    return found


def focusable(tree: dict) -> int:
    return ("focusable" in tree["states"]) + sum(focusable(c) for c in tree["children"])


@pytest.mark.slow
def test_every_control_has_a_name_and_a_role(tmp_path):
    reason = platform_missing()
    if reason:  # .ci/run installs the pieces and asks for the test (SRO_ATSPI_REQUIRED=1)
        assert os.environ.get("SRO_ATSPI_REQUIRED") != "1", reason
        pytest.skip(reason)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0", SRO_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join([str(Path(__file__).parents[2])]
                                          + [p for p in sys.path if p]))
    # the accessibility bus first, so that the program finds it when it starts
    script = ("dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus "
              "org.a11y.Bus.GetAddress >/dev/null && "
              'exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$1" "$2"')
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", script, sys.executable,
                           __file__, str(tmp_path)], env=env, capture_output=True,
                          text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    dumps = sorted(tmp_path.glob("*.json"))
    assert len(dumps) >= 7, done.stderr
    found = []
    for dump in dumps:
        tree = json.loads(dump.read_text(encoding="utf-8"))
        assert focusable(tree) >= 3, f"{dump.stem}: the tree shows the view's controls"
        found += [f"{dump.stem}: {line}" for line in offenders(tree)]
    assert found == [], "\n".join(found)


def dump_views(out: Path) -> int:
    """The program's side (run under Xvfb): each view's tree into out/<view>.json."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTabWidget

    from sro_desktop.store.demo import write_demo
    from sro_desktop.ui.app import make_application
    from sro_desktop.ui.main_window import MainWindow

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(out / "settings"))
    app = make_application()
    demo = out / "demo.sro"
    write_demo(demo)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    assert window.open_file(demo)
    window.activateWindow()  # no window manager under Xvfb: the shortcuts need it active
    assert QTest.qWaitForWindowActive(window)

    def settle(pending=None) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (
                window.context.background.idle() is False or (pending and pending())):
            app.processEvents()
        for _ in range(5):
            app.processEvents()

    def dump(name: str) -> None:
        settle()
        reader = subprocess.Popen([SYSTEM_PYTHON, str(READER), app.applicationName(), "30"],
                                  stdout=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while reader.poll() is None and time.monotonic() < deadline:
            app.processEvents()  # the reader asks the program over D-Bus
            QTest.qWait(5)
        if reader.poll() is None:
            reader.kill()
        text = reader.communicate()[0]
        assert reader.returncode == 0, f"no tree for {name}"
        (out / f"{name}.json").write_text(text, encoding="utf-8")

    for number, view in enumerate(window.views):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_1.value + number),
                       Qt.KeyboardModifier.ControlModifier)  # Strg+1 …
        settle(getattr(view, "details_pending", None))
        assert window.stack.currentWidget() is view
        tabs = next((t for t in view.findChildren(QTabWidget) if t.isVisible()), None)
        if tabs is None:
            dump(f"{number + 1}-{type(view).__name__}")
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            dump(f"{number + 1}-{type(view).__name__}-{index}")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(dump_views(Path(sys.argv[1])))
