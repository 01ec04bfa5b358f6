"""Hilfe → Über SRO Desktop: the facts a support request needs, selectable and copied
as text; the program's icon on its windows."""

from __future__ import annotations

import platform
import re
import sqlite3
import tomllib
from pathlib import Path

from acting import find, menu_action
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from sro_desktop.ui.main_window import MainWindow

PYPROJECT = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml")
                          .read_text(encoding="utf-8"))["project"]


def open_about(window, qtbot):
    menu_action(window, "Hilfe", "Über SRO Desktop").trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    return QApplication.activeModalWidget()


def value(dialog, name: str) -> str:
    return find(dialog, QLabel, name).text()


def test_about_names_the_version_licence_file_backups_and_runtime(main_window, demo_file,
                                                                  qtbot, tmp_path):
    dialog = open_about(main_window, qtbot)
    assert dialog.windowTitle() == "Über SRO Desktop"
    assert value(dialog, "Version") == PYPROJECT["version"]
    assert value(dialog, "Lizenz") == PYPROJECT["license"]["text"]
    assert value(dialog, "Geöffnete Datei") == str(demo_file)
    # the folder the backup made on opening went into (SRO_DATA_DIR: tests/conftest.py)
    backups = Path(value(dialog, "Sicherungen"))
    assert backups.parent == tmp_path / "userdata" / "Sicherungen"
    assert backups.name.startswith("sitzungen-")
    assert list(backups.glob("*.sro"))
    with sqlite3.connect(":memory:") as conn:
        assert value(dialog, "SQLite") == conn.execute("select sqlite_version()").fetchone()[0]
    assert re.fullmatch(r"6\.\d+\.\d+", value(dialog, "Qt"))
    assert re.fullmatch(r"6\.\d+\.\d+", value(dialog, "PySide6"))
    assert value(dialog, "Python") == platform.python_version()
    assert value(dialog, "Betriebssystem")
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:  # a fact: selectable by mouse and keyboard
            flags = label.buddy().textInteractionFlags()
            assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
            assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard

    QGuiApplication.clipboard().clear()
    find(dialog, QPushButton, "Kopieren").click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == f"SRO Desktop {PYPROJECT['version']}"
    assert f"Geöffnete Datei: {demo_file}" in copied
    assert f"Sicherungen: {backups}" in copied
    assert f"Python: {platform.python_version()}" in copied
    assert any(line.startswith("SQLite: 3.") for line in copied)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_without_a_file(app, qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = open_about(window, qtbot)
    assert value(dialog, "Geöffnete Datei") == "keine Datei geöffnet"
    assert Path(value(dialog, "Sicherungen")) == tmp_path / "userdata" / "Sicherungen"
    dialog.reject()


def test_the_program_and_its_windows_carry_the_icon(app, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    icon = QApplication.windowIcon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    image = icon.pixmap(32, 32).toImage()
    assert image.pixelColor(16, 4).name() == "#1f5f99"  # the blue tile, drawn from the file
    assert window.windowIcon().cacheKey() == icon.cacheKey()
