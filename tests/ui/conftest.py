"""Real widgets on a temporary copy of the demo database."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from sro_desktop.store import Store
from sro_desktop.store.demo import write_demo
from sro_desktop.ui.app import make_application
from sro_desktop.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo written once per run (dated from today, as the program writes it)."""
    path = tmp_path_factory.mktemp("template") / "demo.sro"
    write_demo(path, today=date.today())
    return path


@pytest.fixture
def demo_file(tmp_path, demo_template):
    path = tmp_path / "sitzungen.sro"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def app(qapp, tmp_path):
    """The application as the program sets it up, with settings in the test's folder."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    make_application()
    QSettings().clear()
    return qapp


@pytest.fixture
def main_window(app, qtbot, demo_file):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(demo_file)
    yield window
    window.close()


@pytest.fixture
def store_of(main_window):
    """The store the window has open (to check what the window stored)."""
    return main_window.context.s


@pytest.fixture
def reopen(main_window, demo_file):
    """Close the window's file and open it fresh: what was stored is what counts."""

    def again() -> Store:
        main_window.close_file()
        return Store.open(demo_file)

    return again
