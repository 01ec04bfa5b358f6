"""Two complete languages (issue 18, item 4): the window on the demo, in English, shows no
German, and in German no English — every view and tab, the menus, and every dialog a
button or menu entry ending in "…" opens (each harvested, then cancelled).

The user's own records (names, titles, places) are German in the demo and stay so; they
are read from the file and taken out before the words are checked (tests/texts_shown.py).
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QTabWidget
from texts_shown import (
    Shown,
    buttons_opening_dialogs,
    catch_windows,
    data_values,
    foreign,
    harvest,
    menu_texts,
    opens_a_dialog,
)
from waiting import wait_for

import sro_desktop.ui
from sro_desktop import language
from sro_desktop.ui.main_window import MainWindow

# Dialogs no "…" entry opens on the demo as it is, each with the reason.
NOT_REACHED = {
    "FormDialog": "a base class, shown only as its subclasses",
}


def dialog_classes() -> set[str]:
    """Every dialog class of the window's modules."""
    package = Path(sro_desktop.ui.__file__).parent
    for module in package.rglob("*.py"):
        importlib.import_module(".".join(module.relative_to(package.parent.parent)
                                         .with_suffix("").parts).removesuffix(".__init__"))
    found, todo = set(), [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("sro_desktop.ui"):
                found.add(sub.__name__)
    return found


@pytest.fixture
def speaking(app):
    """The program in a language for the test, German again after it."""

    def use(code: str) -> None:
        assert language.use(code) == code, f"no catalogue for {code}"

    yield use
    language.use("de")


def visit(window: MainWindow, shown: Shown) -> None:
    for action in window.menuBar().actions():
        shown.add("Menü", action.text())
        menu = action.menu()
        if menu is not None:
            menu_texts(menu, shown, f"Menü {action.text()}")
    for number, view in enumerate(window.views):
        window.show_view(number)
        pending = getattr(view, "details_pending", None)
        if pending is not None:
            wait_for(lambda pending=pending: not pending())
        name = type(view).__name__
        harvest(view, shown, name)
        for button in list(buttons_opening_dialogs(view)):
            catch_windows(button.click, shown, f"{name} > {button.text()}")
        for tabs in view.findChildren(QTabWidget):
            if not tabs.isVisibleTo(view):
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                page = tabs.widget(index)
                harvest(page, shown, f"{name} > {tabs.tabText(index)}")
                for button in list(buttons_opening_dialogs(page)):
                    catch_windows(button.click, shown, f"{name} > {button.text()}")
    for action in window.menuBar().actions():
        menu = action.menu()
        for entry in menu.actions() if menu is not None else ():
            if entry.isEnabled() and entry.menu() is None and opens_a_dialog(entry.text()):
                catch_windows(entry.trigger, shown, f"Menü > {entry.text()}")


@pytest.mark.slow
@pytest.mark.parametrize("code", ["de", "en"])
def test_the_window_speaks_one_language(code, speaking, qtbot, demo_file):
    speaking(code)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_file(demo_file)
    qtbot.waitUntil(window.context.background.idle)
    shown = Shown()
    visit(window, shown)
    window.close()
    assert len(shown.texts) > 1000
    assert foreign(shown, code, data_values(demo_file)) == []
    assert sorted(dialog_classes() - shown.dialogs - set(NOT_REACHED)) == []
