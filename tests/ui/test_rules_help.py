"""Hilfe → Regeln shows the page made from the rule cases the tests check."""

from __future__ import annotations

from acting import find, menu_action
from PySide6.QtWidgets import QApplication, QTextBrowser

from sro_desktop.domain.rule_cases import CASES


def test_the_rules_page_is_in_the_help_menu(main_window, qtbot):
    menu_action(main_window, "Hilfe", "Regeln (Beschlussfähigkeit, Mehrheiten) …").trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    browser = find(dialog, QTextBrowser, "Regeln")
    text = " ".join(browser.toPlainText().split())
    for case in CASES:
        assert " ".join(case.sentence.split()) in text
    assert "Jugendhilfeausschuss (§ 71 SGB VIII)" in text
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_rules_page_opens_in_english(qtbot):
    from sro_desktop import language
    from sro_desktop.ui.rules_help import RulesDialog

    assert language.use("en") == "en"
    try:
        dialog = RulesDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Rules"
        browser = find(dialog, QTextBrowser, "Rules")
        text = " ".join(browser.toPlainText().split())
        assert "Beschlussfähig" not in text
        assert "angenommen" not in text
        for case in CASES:
            assert " ".join(case.compute().split()) in text
            assert " ".join(case.shown_situation().split()) in text
    finally:
        language.use("de")
