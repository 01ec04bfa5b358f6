"""The exchange between laptops as the secretary does it in the window: a copy for the
advisory board's laptop, the same meeting changed on both, the package taken in with
its preview, the conflict decided side by side; the exchange folder on closing and
opening; a refused package."""

from __future__ import annotations

import shutil

import pytest
from acting import (
    accept,
    answer_question,
    click,
    find,
    plain,
    press,
    type_text,
    when_dialog,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QWidget,
)

from sro_desktop.domain.enums import MeetingState
from sro_desktop.store import Store
from sro_desktop.store import exchange as engine
from sro_desktop.store.exchange_conflicts import count_open
from sro_desktop.store.replica import set_exchange_folder, this_replica
from sro_desktop.ui.exchange import actions
from sro_desktop.ui.exchange.conflicts import ConflictDialog

ME, THEY = "Laptop Geschäftsstelle", "Laptop Beirat"


def entry(window: QMainWindow, start: str):
    """The Datei menu's entry whose text starts so (its count may follow)."""
    for top in window.menuBar().actions():
        if plain(top.text()) == "Datei":
            for action in top.menu().actions():
                if plain(action.text()).startswith(start):
                    return action
    raise AssertionError(start)


def trigger(window: QMainWindow, start: str) -> None:
    action = entry(window, start)
    assert action.isEnabled(), start
    action.trigger()


def make_copy(window, monkeypatch, target) -> None:
    """Datei › Kopie für einen anderen Laptop …, naming both laptops."""
    monkeypatch.setattr(actions, "ask_save_path", lambda *args: target)

    def names(dialog):
        type_text(find(dialog, QLineEdit, "Name dieses Laptops"), ME)
        type_text(find(dialog, QLineEdit, "Name des anderen Laptops"), THEY)
        accept(dialog)

    answered = when_dialog(names)
    trigger(window, "Kopie für einen anderen Laptop")
    answered.check()


def draft_meeting(store):
    return next(m for m in store.meetings.list() if m.state is MeetingState.DRAFT)


def activate(qtbot, window: QWidget) -> None:
    """The keys go to the window, and the focus leaves fields, as on a desktop."""

    def active() -> bool:
        QApplication.processEvents()
        window.activateWindow()
        return window.isActiveWindow()

    qtbot.waitUntil(active)


@pytest.fixture
def diverged(main_window, store_of, monkeypatch, tmp_path, qtbot):
    """The window's file and its copy for the advisory board, the same draft meeting's
    place changed differently on each (here through the window, there through the
    store), and the copy's package for this laptop."""
    copy = tmp_path / "beirat.sro"
    make_copy(main_window, monkeypatch, copy)
    assert this_replica(store_of.db).name == ME
    assert copy.exists()
    meeting = draft_meeting(store_of)
    activate(qtbot, main_window)
    panel = main_window.meetings.open_meeting(meeting.id)
    type_text(find(panel, QLineEdit, "Ort"), "Rathaus, Saal 1")
    type_text(find(panel, QLineEdit, "Beginn"), "10:00")
    assert store_of.meetings.get(meeting.id).place == "Rathaus, Saal 1"
    package = tmp_path / "beirat.sroex"
    with Store.open(copy) as other:
        with other.edit():
            other.meetings.update(meeting.id, place="Jugendhaus Nord", start_time="08:30")
        engine.export(other, package, ME)
    return meeting, package


def take_in(window, monkeypatch, package, *, check_preview=None) -> list[str]:
    """Datei › Änderungen übernehmen …: the preview's lines, then "Übernehmen"."""
    monkeypatch.setattr(actions, "ask_open_path", lambda *args: package)
    seen: list[str] = []

    def preview(dialog):
        seen.extend(dialog.texts())
        press(dialog, "Übernehmen")

    answered = when_dialog(preview)
    trigger(window, "Änderungen übernehmen")
    assert answered.check() == "Änderungen übernehmen – Vorschau"
    return seen


def conflict_dialog(window) -> ConflictDialog:
    [dialog] = [d for d in window.findChildren(ConflictDialog) if d.isVisible()]
    return dialog


def rows(dialog: ConflictDialog) -> dict[str, tuple[str, str]]:
    table = find(dialog, QTableWidget, "Unterschiede")
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}


def test_their_value_taken_for_a_conflict(main_window, store_of, diverged, monkeypatch):
    meeting, package = diverged
    assert main_window.context.undo_stack.count() > 0  # the window's edits
    lines = take_in(main_window, monkeypatch, package)
    assert "Konflikte zum Entscheiden: 1" in lines
    assert main_window.context.undo_stack.count() == 0  # undo does not reach across it
    assert count_open(store_of) == 1
    # the status bar says so, the menu counts it
    note = main_window.statusBar().findChild(QLabel, actions.CONFLICTS_NOTE)
    assert note.isVisible()
    assert "1 Konflikt aus dem Austausch offen" in note.text()
    assert plain(entry(main_window, "Konflikte entscheiden").text()) == \
        "Konflikte entscheiden (1) …"

    dialog = conflict_dialog(main_window)
    assert dialog.list.count() == 1
    assert "von „Laptop Beirat“" in dialog.list.item(0).text()
    table = find(dialog, QTableWidget, "Unterschiede")
    assert table.horizontalHeaderItem(2).text() == "Von „Laptop Beirat“"
    shown = rows(dialog)
    assert ("Rathaus, Saal 1", "Jugendhaus Nord") in shown.values()
    assert ("10:00", "08:30") in shown.values()
    click(find(dialog, QPushButton, "Ihre übernehmen"))
    assert store_of.meetings.get(meeting.id).place == "Jugendhaus Nord"
    assert store_of.meetings.get(meeting.id).start_time == "08:30"
    assert count_open(store_of) == 0
    assert dialog.list.count() == 0
    assert dialog.empty.isVisible()
    assert not note.isVisible()
    assert not entry(main_window, "Konflikte entscheiden").isEnabled()


def test_chosen_values_per_field(main_window, store_of, diverged, monkeypatch):
    meeting, package = diverged
    take_in(main_window, monkeypatch, package)
    main_window.findChild(ConflictDialog, "ConflictDialog").close()
    # later, from the status bar's note
    note = main_window.statusBar().findChild(QLabel, actions.CONFLICTS_NOTE)
    note.linkActivated.emit("conflicts")
    dialog = conflict_dialog(main_window)
    dialog.choose("place", theirs=True)  # theirs for the place, mine for the start
    table = find(dialog, QTableWidget, "Unterschiede")
    place_row = [d.column for d in dialog.current().fields].index("place")
    assert table.item(place_row, 1).checkState().name == "Unchecked"
    click(find(dialog, QPushButton, "Auswahl übernehmen"))
    stored = store_of.meetings.get(meeting.id)
    assert (stored.place, stored.start_time) == ("Jugendhaus Nord", "10:00")
    assert count_open(store_of) == 0


def test_keeping_mine(main_window, store_of, diverged, monkeypatch):
    meeting, package = diverged
    take_in(main_window, monkeypatch, package)
    click(find(conflict_dialog(main_window), QPushButton, "Meine behalten"))
    stored = store_of.meetings.get(meeting.id)
    assert (stored.place, stored.start_time) == ("Rathaus, Saal 1", "10:00")
    assert count_open(store_of) == 0


def _content(store) -> list[tuple]:
    return store.db.execute("SELECT * FROM meetings ORDER BY id").fetchall()


def test_a_truncated_package_is_refused_in_words(main_window, store_of, diverged,
                                                 monkeypatch, tmp_path):
    _meeting, package = diverged
    broken = tmp_path / "abgeschnitten.sroex"
    broken.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    before = (_content(store_of), this_replica(store_of.db))
    monkeypatch.setattr(actions, "ask_open_path", lambda *args: broken)
    said: list[str] = []

    def read(box):
        said.append(box.text())
        answer_question("OK")(box)

    answered = when_dialog(read)
    trigger(main_window, "Änderungen übernehmen")
    assert answered.check() == "Nicht übernommen"
    assert "abgeschnitten" in said[0]
    assert "Traceback" not in said[0]
    assert (_content(store_of), this_replica(store_of.db)) == before
    assert count_open(store_of) == 0


def test_a_sent_package_and_the_folder_on_closing(main_window, store_of, monkeypatch,
                                                  tmp_path, qtbot):
    copy = tmp_path / "beirat.sro"
    make_copy(main_window, monkeypatch, copy)
    # Datei › Austausch einrichten …: the folder stores itself when left
    folder = tmp_path / "austausch"
    folder.mkdir()
    trigger(main_window, "Austausch einrichten")
    setup = next(d for d in main_window.findChildren(actions.SetupDialog) if d.isVisible())
    activate(qtbot, setup)
    peers = find(setup, QTableWidget, "Bekannte Laptops")
    assert peers.item(0, 0).text() == THEY
    assert peers.item(0, 2).text()[2] == "."  # "07.12.2026, 13:50"
    assert peers.item(0, 1).text() == "noch nie"
    type_text(find(setup, QLineEdit, "Austauschordner"), str(folder))
    assert this_replica(store_of.db).exchange_folder == str(folder)
    setup.reject()

    # Datei › Änderungen weitergeben … for the board's laptop
    with store_of.edit():
        store_of.meetings.update(draft_meeting(store_of).id, place="Rathaus, Saal 2")
    out = tmp_path / "an-beirat.sroex"
    proposed = []

    def save_as(parent, title, suggested, file_filter, suffix):
        proposed.append(suggested)
        return out

    monkeypatch.setattr(actions, "ask_save_path", save_as)
    answered = when_dialog(accept, answer_question("OK"))
    trigger(main_window, "Änderungen weitergeben")
    assert answered.check() == "Änderungen weitergeben; Paket gespeichert"
    assert proposed[0].parent == folder
    assert proposed[0].name.startswith(
        "Laptop-Gesch")
    assert "an-Laptop-Beirat" in proposed[0].name
    with Store.open(copy) as other:
        report = engine.take_in(other, out)
        assert report.changed["meetings"] == 1

    me = this_replica(store_of.db).id
    assert list(folder.glob("*.sroex")) == []
    main_window.close_file()  # the package is left in the folder on closing
    [left] = folder.glob("*.sroex")
    assert left.name == f"SRO-{me}.sroex"
    qtbot.waitUntil(lambda: "abgelegt" in main_window.statusBar().currentMessage())


def test_a_waiting_package_is_offered_on_opening(open_window, demo_file, monkeypatch,
                                                 tmp_path):
    folder = tmp_path / "austausch"
    folder.mkdir()
    copy = tmp_path / "beirat.sro"
    with Store.open(demo_file) as mine:
        with mine.edit() as db:
            set_exchange_folder(db, str(folder))
        engine.clone(mine, copy, THEY)
        meeting = draft_meeting(mine)
    with Store.open(copy) as other:
        with other.edit() as db:
            set_exchange_folder(db, str(folder))
            other.meetings.update(meeting.id, place="Jugendhaus Nord")
        engine.write_to_folder(other)
    asked: list[str] = []

    def yes(box):
        asked.append(box.text())
        answer_question("Yes")(box) if any(
            plain(b.text()) == "Yes" for b in box.findChildren(QPushButton)) \
            else answer_question("Ja")(box)

    answered = when_dialog(yes, lambda dialog: press(dialog, "Übernehmen"))
    window = open_window(demo_file)
    assert answered.check() == ("Änderungen im Austauschordner; "
                                "Änderungen übernehmen – Vorschau")
    assert "Änderungen von „Laptop Beirat“" in asked[0]
    assert window.context.s.meetings.get(meeting.id).place == "Jugendhaus Nord"


def test_read_only_leaves_the_writing_entries_off(open_window, demo_file, tmp_path):
    shutil.copy(demo_file, tmp_path / "nur-lesen.sro")
    window = open_window(tmp_path / "nur-lesen.sro")
    assert entry(window, "Änderungen übernehmen").isEnabled()
    window.context.read_only = True
    window.context.changed.emit()
    for start in ("Kopie für einen anderen Laptop", "Änderungen weitergeben",
                  "Änderungen übernehmen", "Austausch einrichten", "Konflikte entscheiden"):
        assert not entry(window, start).isEnabled(), start


def test_a_whole_copy_taken_in(main_window, store_of, monkeypatch, tmp_path):
    """Datei › Änderungen übernehmen … takes a whole .sro copy too (merge)."""
    copy = tmp_path / "beirat.sro"
    make_copy(main_window, monkeypatch, copy)
    meeting = draft_meeting(store_of)
    with Store.open(copy) as other, other.edit():
        other.meetings.update(meeting.id, place="Jugendhaus Nord")
    lines = take_in(main_window, monkeypatch, copy)
    assert "Geändert: 1 Sitzung" in lines
    assert store_of.meetings.get(meeting.id).place == "Jugendhaus Nord"
    assert count_open(store_of) == 0
    assert [d for d in main_window.findChildren(ConflictDialog) if d.isVisible()] == []


def test_a_vanished_folder_is_said_on_closing_and_on_opening(main_window, store_of,
                                                              tmp_path, qtbot):
    folder = tmp_path / "nextcloud" / "SRO-Austausch"
    folder.mkdir(parents=True)
    with store_of.edit() as db:
        set_exchange_folder(db, str(folder))
    path = store_of.path
    shutil.rmtree(folder.parent)  # the cloud folder is gone (unmounted, renamed)
    said: list[str] = []

    def read(box):
        said.append(box.text())
        answer_question("OK")(box)

    answered = when_dialog(read)
    main_window.close_file()
    assert answered.check() == "Austauschordner nicht erreichbar"
    assert "gibt es nicht" in said[0]
    assert "Verloren ist nichts" in said[0]
    assert main_window.open_file(path)
    qtbot.waitUntil(lambda: "nicht erreichbar" in main_window.statusBar().currentMessage())
    folder.mkdir(parents=True)  # back again: closing the window leaves the package there
