"""Bearbeiten › Einstellungen: the language is stored as soon as it is chosen, and the
program takes it at its next start (sro_desktop.language.chosen)."""

from __future__ import annotations

from acting import find, menu_action
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from sro_desktop import language, paths
from sro_desktop.ui.settings import SettingsDialog


def stored_language() -> object:
    return QSettings(paths.ORGANIZATION, paths.APPLICATION).value(language.SETTING)


def test_choosing_english_stores_it_for_the_next_start(app, qtbot, monkeypatch):
    monkeypatch.delenv("SRO_LANG", raising=False)
    assert language.chosen() == "de"
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    combo = find(dialog, QComboBox, "Sprache")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Deutsch", "English"]
    assert combo.currentText() == "Deutsch"
    note = find(dialog, QLabel, "Hinweis zur Sprache")
    assert "nächsten Start" in note.text()

    combo.setCurrentIndex(combo.findText("English"))  # stored at once, no save button
    assert stored_language() == "en"
    assert language.chosen() == "en"
    dialog.close()

    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.language_combo.currentText() == "English"
    again.language_combo.setCurrentIndex(again.language_combo.findText("Deutsch"))
    assert stored_language() == "de"
    assert language.chosen() == "de"


def test_sro_lang_wins_over_the_stored_choice(app, monkeypatch):
    language.store_choice("en")
    monkeypatch.setenv("SRO_LANG", "de")
    assert language.chosen() == "de"
    monkeypatch.delenv("SRO_LANG")
    assert language.chosen() == "en"


def test_the_edit_menu_opens_the_settings(main_window, qtbot):
    menu_action(main_window, "Bearbeiten", "Einstellungen …").trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, SettingsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    assert dialog.windowTitle() == "Einstellungen"
    dialog.close()
