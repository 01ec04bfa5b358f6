"""Real widgets on a temporary copy of the demo database, and the helpers the view tests
share (as fixtures: with ``--import-mode=importlib`` a test module cannot import them)."""

from __future__ import annotations

import gc
import shutil

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication

from sro_desktop.store import Store
from sro_desktop.ui.app import make_application
from sro_desktop.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def demo_template(demo_path):
    """The demo written once per run for the pinned day (tests/conftest.py); copy it before
    changing it."""
    return demo_path


@pytest.fixture
def demo_file(tmp_path, demo_template):
    path = tmp_path / "sitzungen.sro"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture(scope="session")
def large_template(large_demo_path):
    """The large demo (thousands of decisions, 20,000 tasks), written once per run for the
    pinned day (tests/conftest.py)."""
    return large_demo_path


@pytest.fixture(scope="session")
def application(qapp):
    """The application set up once, as the program does (each further call would install
    its translators again, and every window after would pay for all of them)."""
    make_application()
    return qapp


@pytest.fixture(autouse=True)
def _deleted_after_the_test(qapp):
    """Widgets closed after a test (pytest-qt's ``deleteLater``) are deleted before the
    next one: no event loop runs in between to do it, and thousands of dead windows would
    slow every later test down."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _nothing_frozen_after_the_test():
    """The program's start freezes what it made for the garbage collector (gc.freeze);
    undone after a test that starts a window that way, so later garbage is collected."""
    yield
    if gc.get_freeze_count():
        gc.unfreeze()


@pytest.fixture
def app(application, tmp_path):
    """The application as the program sets it up, with settings in the test's folder."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    return application


@pytest.fixture
def open_window(app, qtbot):
    """Opens a file in a new, shown main window, and waits for what opening starts in the
    background (the checksums, the backup); the windows close after the test."""
    windows: list[MainWindow] = []

    def open_(path) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        assert window.open_file(path)
        qtbot.waitUntil(window.context.background.idle)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.close()


@pytest.fixture
def main_window(open_window, demo_file):
    return open_window(demo_file)


@pytest.fixture
def large_window(open_window, tmp_path, large_template):
    """A window on a copy of the large demo."""
    path = tmp_path / "gross.sro"
    shutil.copy(large_template, path)
    return open_window(path)


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


@pytest.fixture
def choose():
    """Choose a combo box entry by its data as the user does: ``currentIndexChanged``
    and ``activated`` fire."""

    def choose_(combo, data) -> None:
        index = combo.findData(data)
        assert index >= 0, data
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    return choose_


@pytest.fixture
def next_tab_stop():
    """The widget Tab moves to from a widget (None: none)."""

    def next_(widget):
        candidate = widget.nextInFocusChain()
        while candidate is not widget:
            if (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()
                    and candidate.isEnabled()):
                return candidate
            candidate = candidate.nextInFocusChain()
        return None

    return next_
