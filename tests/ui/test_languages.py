"""Two complete languages (issue 18, item 4): the window on the demo, in English, shows no
German, and in German no English — every view and tab, the menus, and every dialog a
button or menu entry ending in "…" opens (each harvested, then cancelled).

The user's own records (names, titles, places) are German in the demo and stay so; they
are read from the file and taken out before the words are checked (tests/texts_shown.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QTabWidget,
    QWidget,
)
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
from sro_desktop.domain.enums import AttendanceStatus
from sro_desktop.store import Store, exchange
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.meetings.attendance_model import STATUS

# Dialogs neither the crawl nor an opener below reaches, each with the reason.
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


# -- the dialogs a person reaches only after choosing something (a record, a tab, a file) --


def translated(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def button(root: QWidget, context: str, source: str) -> QAbstractButton:
    """The enabled button of ``root`` whose text or accessible name is the program's
    ``source`` (German) in the language in use."""
    text = translated(context, source)
    found = [b for b in root.findChildren(QAbstractButton)
             if text in (b.text(), b.accessibleName()) and b.isVisibleTo(root)]
    assert len(found) == 1, (text, found)
    assert found[0].isEnabled(), text
    return found[0]


def menu_entry(window: MainWindow, context: str, source: str) -> QAction:
    text = translated(context, source)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while menus:
        for action in menus.pop().actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif action.text() == text:
                assert action.isEnabled(), text
                return action
    raise AssertionError(text)


def click(widget: QAbstractButton) -> Callable[[], None]:
    return lambda: QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def file_chosen(path: Path) -> Callable[[QWidget], None]:
    """The answer to Qt's file dialog: ``path``."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return answer


def accepted(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.accept()


def meeting_tab(window: MainWindow, name: str, tab: str) -> QWidget:
    """The meeting ``name`` ("SG 6") chosen in the meetings view, its tab shown."""
    window.show_view(window.views.index(window.meetings))
    panel = window.meetings.open_meeting(window.context.s.meetings.resolve(name).id)
    page = {"attendance": panel.attendance, "minutes": panel.minutes_tab}[tab]
    panel.tabs.setCurrentWidget(page)
    return page


def bodies_tab(window: MainWindow, tab: str) -> QWidget:
    window.show_view(window.views.index(window.bodies))
    wait_for(lambda: not window.bodies.details_pending())
    page = getattr(window.bodies, tab)
    window.bodies.tabs.setCurrentWidget(page)
    return page


def about_dialog(window: MainWindow, shown: Shown, _folder: Path) -> None:
    entry = menu_entry(window, "MainWindow", "Ü&ber SRO Desktop")
    catch_windows(entry.trigger, shown, "Menü > Über")


def circulation_dialog(window: MainWindow, shown: Shown, _folder: Path) -> None:
    tab = meeting_tab(window, "SG 7", "minutes")  # a draft: to be sent
    catch_windows(click(button(tab, "CirculationPanel", "Protokoll ver&senden …")), shown,
                  "SG 7 > Protokoll")


def objection_dialog(window: MainWindow, shown: Shown, _folder: Path) -> None:
    tab = meeting_tab(window, "SG 6", "minutes")  # sent: objections come in
    catch_windows(click(button(tab, "CirculationPanel", "Einwendung er&fassen …")), shown,
                  "SG 6 > Protokoll")


def approval_dialog(window: MainWindow, shown: Shown, _folder: Path) -> None:
    tab = meeting_tab(window, "SG 6", "minutes")
    catch_windows(click(button(tab, "CirculationPanel", "Protokoll &genehmigen …")), shown,
                  "SG 6 > Protokoll")


def correction_dialog(window: MainWindow, shown: Shown, _folder: Path) -> None:
    tab = meeting_tab(window, "SG 4", "minutes")  # approved: only a Berichtigung changes it
    catch_windows(click(button(tab, "CorrectionsPanel", "Berichtigung erfassen …")), shown,
                  "SG 4 > Protokoll")


def deputy_dialog(window: MainWindow, shown: Shown, _folder: Path) -> None:
    """A member without a deputy in the seat marked "vertreten": who stands in?"""
    tab = meeting_tab(window, "SG 8", "attendance")
    model = tab.model
    row = next(n for n, r in enumerate(model.rows) if not r.member.deputy_person_id)
    status = tab.table.indexWidget(model.index(row, STATUS))
    assert isinstance(status, QComboBox)
    assert status.isEnabled()

    def choose() -> None:
        index = status.findData(AttendanceStatus.REPRESENTED.value)
        status.setCurrentIndex(index)
        status.activated.emit(index)

    catch_windows(choose, shown, "SG 8 > Anwesenheit")


def end_membership_dialog(window: MainWindow, shown: Shown, _folder: Path) -> None:
    tab = bodies_tab(window, "members")
    tab.table.selectRow(0)
    catch_windows(click(button(tab, "MembersTab", "Mitglied beende&n …")), shown,
                  "Gremien > Mitglieder")


# The member list imported: someone new, someone there already, a mistake. Its texts are
# the user's, like the file's.
MEMBER_LIST = [
    ["Titel", "Vorname", "Nachname", "Organisation", "Seite", "Rolle", "Stimmrecht",
     "Vertretung"],
    ["Dr.", "Lea", "Lenz", "Neuer Verein e. V.", "Wissenschaft", "beratend", "nein", "Leo Lenz"],
    ["", "Stefan", "Ohmsen", "", "Verwaltung", "", "", ""],
    ["", "Max", "Mond", "", "Mondseite", "", "", ""],
]


def import_dialog(window: MainWindow, shown: Shown, folder: Path) -> None:
    """A member list from Excel: the file chosen, then its preview."""
    path = folder / "mitglieder.csv"
    path.write_text("\r\n".join(";".join(row) for row in MEMBER_LIST), encoding="utf-8")
    tab = bodies_tab(window, "members")
    catch_windows(click(button(tab, "MembersTab", "Mitglieder impo&rtieren …")), shown,
                  "Gremien > Mitglieder", answers={"QFileDialog": file_chosen(path)})


def merge_dialog(window: MainWindow, shown: Shown, _folder: Path) -> None:
    tab = bodies_tab(window, "organizations")
    tab.table.selectRow(0)
    catch_windows(click(button(tab, "OrganizationsTab", "Zusammenfüh&ren …")), shown,
                  "Gremien > Organisationen")


def participant_choice(window: MainWindow, shown: Shown, _folder: Path) -> None:
    """The certificate of an event several took part in: for whom?"""
    window.show_view(window.views.index(window.milestones))
    panel = window.milestones.learning
    window.milestones.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)  # each event of the demo has several participants
    catch_windows(click(button(panel, "LearningPanel", "&Teilnahmebescheinigung …")), shown,
                  "Meilensteine > Fortbildungen")


def print_choice(window: MainWindow, shown: Shown, _folder: Path) -> None:
    """Datei › Drucken …, a list chosen (the last offered): for which body and period?"""

    def a_list(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.count() - 1)
        dialog.accept()

    catch_windows(menu_entry(window, "MainWindow", "&Drucken …").trigger, shown,
                  "Menü > Drucken", answers={"QInputDialog": a_list})


def preview_and_conflict_dialog(window: MainWindow, shown: Shown, folder: Path) -> None:
    """Datei › Änderungen übernehmen … from the other laptop's copy, where the draft's
    place was changed as it was here: the preview, then the conflict to decide."""
    store = window.context.s
    copy = folder / "beirat.sro"
    exchange.clone(store, copy, "Laptop Beirat")
    meeting = store.meetings.resolve("SG 7")
    window.context.edit("Ort", store.meetings.update, meeting.id, place="Rathaus")
    with Store.open(copy) as other, other.edit():
        other.meetings.update(meeting.id, place="Jugendhaus")
    entry = menu_entry(window, "Exchange", "Änderungen &übernehmen …")
    catch_windows(entry.trigger, shown, "Menü > Änderungen übernehmen",
                  answers={"QFileDialog": file_chosen(copy), "PreviewDialog": accepted})


OPENERS = [about_dialog, circulation_dialog, objection_dialog, approval_dialog,
           correction_dialog, deputy_dialog, end_membership_dialog, import_dialog,
           merge_dialog, participant_choice, print_choice,
           preview_and_conflict_dialog]  # the last: it changes the file


@pytest.mark.slow
@pytest.mark.parametrize("code", ["de", "en"])
def test_the_window_speaks_one_language(code, speaking, qtbot, demo_file, tmp_path):
    speaking(code)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_file(demo_file)
    qtbot.waitUntil(window.context.background.idle)
    shown = Shown()
    visit(window, shown)
    for opener in OPENERS:
        opener(window, shown, tmp_path)
    window.close()
    assert len(shown.texts) > 1000
    users = data_values(demo_file) + [cell for row in MEMBER_LIST for cell in row if cell]
    assert foreign(shown, code, sorted(users, key=len, reverse=True)) == []
    assert sorted(dialog_classes() - shown.dialogs - set(NOT_REACHED)) == []
