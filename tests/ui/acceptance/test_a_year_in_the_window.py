"""Acceptance: a year of a steering group recorded in the window alone.

From "Leere Datei beginnen" to approved and corrected minutes, through the widgets only:
clicks and keys on the real controls, found by their accessible names (or their label's
or button's text), dialogs answered as they open. The file choosers of the operating
system are answered by replacing the one function each that asks. The test reads the
file to check, and never writes through the store.
"""

from __future__ import annotations

import pytest
from acting import choose, click, find, press, tab, type_text, when_dialog
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from sro_desktop.store import Store
from sro_desktop.ui import main_window as main_window_module

pytestmark = pytest.mark.slow  # a whole year through the window: seconds


def test_a_year_from_an_empty_file(main_window, tmp_path, monkeypatch, qtbot):
    window = main_window
    path = tmp_path / "steuerungsgruppe.sro"
    monkeypatch.setattr(main_window_module, "ask_save_path", lambda parent, title: path)

    # -- an empty file ---------------------------------------------------------------------
    click(window.start_empty_button)
    assert window.context.store.path == path

    # -- the body -----------------------------------------------------------------------------
    def body(dialog):
        type_text(find(dialog, QLineEdit, "Name"), "Steuerungsgruppe SRO")
        type_text(find(dialog, QLineEdit, "Kürzel"), "SG")
        click(dialog.ok_button)

    answered = when_dialog(body)
    press(window, "Gremium anlegen …")
    assert answered
    with Store.open(path, read_only=True) as store:
        (sg,) = store.bodies.list()
        assert (sg.name, sg.short) == ("Steuerungsgruppe SRO", "SG")
