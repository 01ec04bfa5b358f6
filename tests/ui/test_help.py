"""Help inside the program (issue 18): Hilfe › Anleitung (F1) and Was ist neu in a window of
their own, with contents and a find field; the guide names only menu entries the window
has (the English pages the English window's); the rules are explained by tooltips where
they are chosen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from acting import find, menu_action, plain
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QPushButton, QTextBrowser, QTreeWidget

from sro_desktop import language
from sro_desktop.domain.enums import DecisionRule, MeetingState, QuorumBase
from sro_desktop.ui import help_window
from sro_desktop.ui.decisions.written import WrittenDecisionDialog
from sro_desktop.ui.help_window import HelpWindow, headings
from sro_desktop.ui.main_window import MainWindow

HELP = Path(__file__).resolve().parents[2] / "resources" / "help"
PAGES = {"anleitung.de.md": "de", "guide.en.md": "en", "neu.de.md": "de", "whats_new.en.md": "en"}
HELP_ENTRIES = {"de": ["Anleitung", "Was ist neu"], "en": ["Guide", "What's new"]}


def the_help(window) -> HelpWindow:
    [shown] = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
    return shown


def first_line_shown(browser: QTextBrowser) -> str:
    return browser.cursorForPosition(browser.viewport().rect().topLeft()).block().text()


def test_the_guide_opens_with_f1_and_from_the_menu_and_finds_its_way(main_window, qtbot):
    QTest.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(main_window.findChildren(HelpWindow)))
    window = the_help(main_window)
    assert not window.isModal()
    browser = find(window, QTextBrowser, "Hilfetext")
    text = browser.toPlainText()
    assert text.startswith("Anleitung")
    assert "Sicherung wiederherstellen" in text

    contents = find(window, QTreeWidget, "Inhalt")
    titles = [contents.topLevelItem(n).text(0) for n in range(contents.topLevelItemCount())]
    assert titles == ["Anleitung"]
    sections = [contents.topLevelItem(0).child(n).text(0)
                for n in range(contents.topLevelItem(0).childCount())]
    assert sections == ["Eine Sitzung vorbereiten", "Die Sitzung erfassen",
                        "Das Protokoll schreiben und versenden", "Das Protokoll genehmigen",
                        "Auf zwei Laptops arbeiten", "Sicherungen", "Sprache"]
    backups = contents.findItems("Sicherungen", Qt.MatchFlag.MatchRecursive)[0]
    contents.scrollToItem(backups)
    QTest.mouseClick(contents.viewport(), Qt.MouseButton.LeftButton,
                     pos=contents.visualItemRect(backups).center())
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0)
    assert browser.textCursor().block().text() == "Sicherungen"

    # Strg+F in the help window: its own find field; Enter jumps from match to match
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = find(window, QLineEdit, "In der Hilfe suchen")
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, "Projektoransicht")
    assert len(browser.extraSelections()) == 1
    assert window.found_label.text() == "1 Treffer"
    browser.moveCursor(browser.textCursor().MoveOperation.Start)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert browser.textCursor().selectedText() == "Projektoransicht"
    field.clear()
    QTest.keyClicks(field, "Quastenflosser")
    assert window.found_label.text() == "nicht gefunden"
    assert not browser.extraSelections()

    menu_action(main_window, "Hilfe", "Was ist neu").trigger()
    assert the_help(main_window) is window  # one help window, on the other page
    assert browser.toPlainText().startswith("Was ist neu")
    assert contents.topLevelItem(0).text(0) == "Was ist neu"
    menu_action(main_window, "Hilfe", "Anleitung").trigger()
    assert browser.toPlainText().startswith("Anleitung")

    # its size is remembered
    window.resize(700, 500)
    window.close()
    again = HelpWindow()
    qtbot.addWidget(again)
    assert again.size().toTuple() == (700, 500)
    assert QSettings().contains("help/geometry")


def test_the_help_is_english_with_sro_lang_en(app, qtbot, monkeypatch):
    monkeypatch.setenv("SRO_LANG", "en")
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show_page("guide")
    assert window.browser.toPlainText().startswith("Guide")
    assert window.go_to_heading("Backups")
    window.show_page("news")
    assert window.browser.toPlainText().startswith("What's new")
    monkeypatch.setenv("SRO_LANG", "de")
    assert help_window.help_file("news").name == "neu.de.md"


def test_the_translations_have_the_structure_of_the_german_pages():
    for german, english in (("anleitung.de.md", "guide.en.md"),
                            ("neu.de.md", "whats_new.en.md")):
        ours = headings((HELP / german).read_text(encoding="utf-8"))
        theirs = headings((HELP / english).read_text(encoding="utf-8"))
        assert [level for level, _ in ours] == [level for level, _ in theirs], english
        assert len(menu_paths(german)) == len(menu_paths(english)), english


def menu_paths(page: str) -> list[tuple[str, ...]]:
    """The menu paths a page names, marked *Datei › Sicherung wiederherstellen …*."""
    text = (HELP / page).read_text(encoding="utf-8")
    found = []
    for marked in re.findall(r"(?<!\*)\*(?!\*)([^*]+?)(?<!\*)\*(?!\*)", text):
        if "›" in marked:
            found.append(tuple(" ".join(part.split()) for part in marked.split("›")))
    return found


def menu_entries(menu: QMenu, above: tuple[str, ...]) -> set[tuple[str, ...]]:
    entries = set()
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = (*above, plain(action.text()))
        entries.add(path)
        if action.menu() is not None:
            entries |= menu_entries(action.menu(), path)
    return entries


@pytest.fixture
def window_in(app, qtbot):
    """A main window built in the given language; German again after the test."""

    def build(code: str) -> MainWindow:
        assert language.use(code) == code, f"no catalogue for {code}"
        window = MainWindow()
        qtbot.addWidget(window)
        return window

    try:
        yield build
    finally:
        language.use("de")


@pytest.mark.parametrize(("page", "code"), PAGES.items())
def test_every_menu_path_the_help_names_is_in_the_window(window_in, page, code):
    window = window_in(code)
    entries: set[tuple[str, ...]] = set()
    for top in window.menuBar().actions():
        if top.menu() is not None:
            entries |= menu_entries(top.menu(), (plain(top.text()),))
    named = menu_paths(page)
    assert len(named) >= 5
    missing = [" › ".join(path) for path in named if path not in entries]
    assert not missing, missing
    help_entries = [plain(a.text()) for a in window.menuBar().actions()[-1].menu().actions()]
    assert help_entries[:2] == HELP_ENTRIES[code]
    f1 = next(a for a in window.findChildren(QAction) if plain(a.text()) == help_entries[0])
    assert f1.shortcut().toString() == "F1"


def item_tips(combo: QComboBox) -> dict[str, str]:
    return {combo.itemData(n): combo.itemData(n, Qt.ItemDataRole.ToolTipRole) or ""
            for n in range(combo.count())}


def test_the_rules_are_explained_where_they_are_chosen(main_window, store_of):
    bodies = main_window.bodies
    main_window.show_view(main_window.views.index(bodies))
    bodies.tabs.setCurrentWidget(bodies.rules)
    rule = find(bodies, QComboBox, "Beschlussregel")
    tips = item_tips(rule)
    assert set(tips) == {r.value for r in DecisionRule}
    assert all(tips.values())
    assert "jeder paritätischen Seite" in tips[DecisionRule.DOUBLE.value]
    assert "Hilfe › Regeln" in rule.toolTip()
    assert "anwesend" in find(bodies, QComboBox, "mehr als oder mindestens").toolTip()
    base = find(bodies, QComboBox, "Beschlussfähigkeit bezogen auf")
    assert "Sollzahl" in item_tips(base)[QuorumBase.STATUTORY.value]
    assert base.toolTip().startswith("Beschlussfähigkeit:")

    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    main_window.show_view(0)
    agenda = main_window.meetings.open_meeting(draft.id).agenda
    main_window.meetings.panel.tabs.setCurrentWidget(agenda)
    agenda.select_item("Übertragung auf weitere Stadtteile")
    at_the_top = find(agenda.item_panel, QComboBox, "Mehrheitsregel")
    assert item_tips(at_the_top) == tips

    decisions = main_window.decisions
    main_window.show_view(main_window.views.index(decisions))
    written = find(decisions, QPushButton, "Umlaufbeschluss").toolTip()
    assert "Frist" in written
    assert "Widerspruch" in written
    dialog = WrittenDecisionDialog(main_window.context, main_window)
    assert item_tips(find(dialog, QComboBox, "Regel", visible=False)) == tips
    dialog.deleteLater()
