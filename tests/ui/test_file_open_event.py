"""A .sro handed over by macOS (a FileOpen event, packaging/sro_desktop.spec's document
type) is opened: before the first file, in its place; afterwards, in the window."""

import shutil

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from sro_desktop.ui.app import FileOpener


@pytest.fixture
def install(qapp):
    openers = []

    def install_(open_file):
        openers.append(FileOpener(qapp, open_file))
        return openers[-1]

    yield install_
    for opener in openers:
        qapp.removeEventFilter(opener)
        opener.deleteLater()


def test_before_the_first_file_it_replaces_the_start_file(install, qapp, tmp_path):
    opened = []
    opener = install(opened.append)
    QApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "aus-dem-finder.sro")))
    assert opener.requested == tmp_path / "aus-dem-finder.sro"
    assert opened == []  # the start opens it, with the window's first paint


def test_afterwards_the_window_opens_it(install, qapp, main_window, demo_file, tmp_path, qtbot):
    opener = install(main_window.open_file)
    other = tmp_path / "zweite.sro"
    shutil.copy(demo_file, other)
    opener.started = True
    QApplication.sendEvent(qapp, QFileOpenEvent(str(other)))
    assert main_window.context.store.path.resolve() == other.resolve()
    qtbot.waitUntil(main_window.context.background.idle)
