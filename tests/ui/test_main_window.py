"""The window's frame: files, demo banner, navigation, search, undo."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from waiting import WAIT_MS

from sro_desktop import paths
from sro_desktop.store import Store
from sro_desktop.ui import main_window as main_window_module
from sro_desktop.ui.app import start_file
from sro_desktop.ui.main_window import MainWindow


def test_title_shows_the_file(main_window, demo_file):
    assert main_window.windowTitle() == f"SRO Desktop — {demo_file.name}"
    assert not main_window.banner.isVisible()


def test_first_start_creates_and_opens_the_demo(open_window):
    path = start_file(None)
    assert path == paths.demo_db_path()
    assert path.exists()
    window = open_window(path)
    assert window.banner.isVisible()
    assert "Demo-Daten" in window.banner.findChildren(
        type(window.empty_label))[0].text()


def test_data_folder_is_the_qt_app_data_location(app, monkeypatch):
    monkeypatch.delenv("SRO_DATA_DIR")
    expected = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)
    assert Path(expected) == paths.user_data_dir()


def test_demo_banner_starts_an_empty_file(app, qtbot, tmp_path, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_file(start_file(None))
    target = tmp_path / "echt.sro"
    monkeypatch.setattr(main_window_module, "ask_save_path", lambda parent, title: target)
    qtbot.mouseClick(window.start_empty_button, Qt.MouseButton.LeftButton)
    assert window.context.s.path == target
    assert window.windowTitle() == "SRO Desktop — echt.sro"
    assert not window.banner.isVisible()
    assert window.context.s.bodies.list() == []
    window.close()


def test_last_file_is_opened_next_time(main_window, demo_file, app):
    main_window.close()
    assert Path(QSettings().value("files/last")) == demo_file.resolve()
    assert start_file(None) == demo_file.resolve()
    assert str(demo_file.resolve()) in main_window_module.recent_files()


def test_foreign_file_is_refused_and_current_file_stays(main_window, tmp_path, monkeypatch):
    bad = tmp_path / "brief.sro"
    bad.write_text("Sehr geehrte Damen und Herren", encoding="utf-8")
    shown = []
    monkeypatch.setattr(main_window_module.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    before = main_window.context.s.path
    assert not main_window.open_file(bad)
    assert "keine SRO-Datei" in shown[0]
    assert main_window.context.s.path == before
    assert bad.read_text(encoding="utf-8") == "Sehr geehrte Damen und Herren"


def test_save_copy_uses_the_backup_api(main_window, tmp_path, monkeypatch):
    target = tmp_path / "kopie.sro"
    monkeypatch.setattr(main_window_module, "ask_save_path", lambda parent, title: target)
    main_window.save_copy()
    with Store.open(target) as copy:
        assert len(copy.meetings.list()) == len(main_window.context.s.meetings.list())
    assert not list(tmp_path.glob(".kopie*"))


def test_close_file_shows_the_empty_page(main_window):
    main_window.close_file()
    assert main_window.windowTitle() == "SRO Desktop"
    assert main_window.stack.currentWidget() is main_window.empty_page
    assert not main_window.navigation.isEnabled()


def test_navigation_switches_views(main_window, qtbot):
    for number, view in enumerate(main_window.views):
        main_window.navigation.setCurrentRow(number)
        assert main_window.stack.currentWidget() is view
        assert view.isVisible()


def test_search_finds_and_lists_records(main_window, qtbot):
    qtbot.keyClicks(main_window.search_field, "Modellregion")
    qtbot.keyClick(main_window.search_field, Qt.Key.Key_Return)
    texts = [main_window.search_popup.item(i).text()
             for i in range(main_window.search_popup.count())]
    assert any(t.startswith("Beschluss: SG-") and "Modellregion" in t for t in texts)
    assert any(t.startswith("Aufgabe: ") for t in texts)
    main_window.search_popup.hide()


def test_large_demo_shows_progress_and_can_be_cancelled(main_window, tmp_path, monkeypatch):
    target = tmp_path / "gross.sro"
    monkeypatch.setattr(main_window_module, "ask_save_path", lambda parent, title: target)
    seen = []
    original = main_window_module.QProgressDialog.setValue

    def cancel_after_a_while(dialog, value):
        original(dialog, value)
        seen.append(value)
        if len(seen) == 20:
            dialog.cancel()

    monkeypatch.setattr(main_window_module.QProgressDialog, "setValue", cancel_after_a_while)
    main_window.make_large_demo()
    assert len(seen) == 20
    assert not target.exists()
    assert not list(tmp_path.glob(".gross*"))
    assert main_window.context.s.path.name == "sitzungen.sro"


@pytest.mark.slow  # writes the large demo itself (seconds)
def test_large_demo_opens_and_its_lists_page(main_window, tmp_path, monkeypatch):
    target = tmp_path / "gross.sro"
    monkeypatch.setattr(main_window_module, "ask_save_path", lambda parent, title: target)
    main_window.make_large_demo()
    assert main_window.context.s.path == target
    assert main_window.context.s.tasks.count() >= 20_000
    meetings = main_window.meetings.model
    assert meetings.rowCount() == meetings.PAGE
    assert meetings.canFetchMore()
    meetings.fetchMore()
    assert meetings.rowCount() == 2 * meetings.PAGE


# -- the start: the window paints first, then reads the file ------------------------------


def test_the_window_shows_before_its_pages_and_reads_the_file_after_painting(app, qtbot,
                                                                              demo_file):
    from PySide6.QtWidgets import QLabel

    from sro_desktop.ui.common.after_paint import after_paint
    from sro_desktop.ui.main_window import PAGE_TITLES

    window = MainWindow(pages_later=True)
    qtbot.addWidget(window)
    window.show_opening(demo_file)
    assert window.views == []
    assert [label.text() for label in window.centralWidget().findChildren(QLabel)] == [
        "sitzungen.sro wird geöffnet …"]
    window.show()
    after_paint(window, lambda: window.open_file(demo_file), fallback_ms=500)  # as run()
    qtbot.waitUntil(lambda: window.context.store is not None)
    qtbot.waitUntil(window.context.background.idle)
    assert gc.get_freeze_count() > 0  # what the start made is left out of gc's rounds
    titles = [view.title() for view in window.views]
    assert titles == [title for _context, title in PAGE_TITLES]
    assert [window.navigation.item(n).text().split("  (")[0]  # "Aufgaben  (5)"
            for n in range(window.navigation.count())] == titles
    assert window.stack.currentWidget() is window.meetings
    assert window.meetings.model.rowCount() > 0
    assert window.meetings.panel.meeting is not None
    window.close()


def test_a_start_file_refused_leaves_the_window_with_its_choices(app, qtbot, tmp_path,
                                                                 monkeypatch):
    bad = tmp_path / "brief.sro"
    bad.write_text("Sehr geehrte Damen und Herren", encoding="utf-8")
    shown = []
    monkeypatch.setattr(main_window_module.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    window = MainWindow(pages_later=True)
    qtbot.addWidget(window)
    window.show_opening(bad)
    assert not window.open_file(bad)
    assert "keine SRO-Datei" in shown[0]
    assert window.stack.currentWidget() is window.empty_page
    assert window.empty_label.text() == "Keine Datei geöffnet."
    assert not window.navigation.isEnabled()
    window.close()


def test_nothing_of_the_store_or_the_documents_is_loaded_before_the_first_paint():
    import subprocess
    import sys

    heavy = ("sqlite_utils", "docx", "docxtpl", "jinja2", "sro_desktop.store.core",
             "sro_desktop.ui.meetings.view", "sro_desktop.ui.tasks.view")
    script = (
        "import sys\n"
        "from sro_desktop.ui.app import make_application\n"
        "app = make_application()\n"
        "from sro_desktop.ui.main_window import MainWindow\n"
        "window = MainWindow(pages_later=True)\n"
        "window.show()\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_opening_reads_the_meeting_shown_once(app, qtbot, demo_file, monkeypatch):
    from sro_desktop.ui.meetings.attendance import AttendanceTab

    reads = []
    original = AttendanceTab.refresh
    monkeypatch.setattr(AttendanceTab, "refresh",  # a meeting's attendance read
                        lambda self: (self.meeting_id and reads.append(self.meeting_id))
                        or original(self))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(demo_file)
    assert reads == []  # the meeting's panel follows the list's paint
    assert window.meetings.details_pending()
    qtbot.waitUntil(lambda: not window.meetings.details_pending(), timeout=WAIT_MS)
    qtbot.waitUntil(window.context.background.idle)
    assert len(reads) == 1
    window.close()


def test_background_jobs_run_in_order_one_at_a_time_and_report_on_the_ui_thread(app, qtbot):
    import threading

    from sro_desktop.ui.common.background import Background

    jobs = Background()
    running, delivered = [], []
    ui_thread = threading.current_thread()

    def work(n: int):
        running.append(n)
        assert running == list(range(n + 1))  # the ones before are done: one at a time
        if n == 1:
            raise ValueError("kaputt")
        return n * 10

    for n in range(3):
        jobs.run(f"job {n}", lambda n=n: work(n), lambda result, error: delivered.append(
            (result, type(error).__name__ if error else None,
             threading.current_thread() is ui_thread)))
    assert not jobs.idle()
    jobs.wait()
    assert running == [0, 1, 2]
    qtbot.waitUntil(jobs.idle)
    assert delivered == [(0, None, True), (None, "ValueError", True), (20, None, True)]


def test_pyside_tells_modules_that_use_it_without_keeping_their_source(tmp_path,
                                                                        monkeypatch):
    """PySide6 looks into every module imported after it; the program has it read the
    file rather than keep each line in linecache (ui/app.py), with the same answer."""
    import linecache
    import sys

    import sro_desktop.ui.app  # noqa: F401 - installs the lighter reading

    feature = sys.modules["PySide6.support.feature"]
    (tmp_path / "sro_probe_uses_qt.py").write_text("import PySide6\n", encoding="utf-8")
    (tmp_path / "sro_probe_plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import sro_probe_plain  # noqa: F401
    import sro_probe_uses_qt  # noqa: F401

    assert feature.pyside_feature_dict["sro_probe_uses_qt"] == 0  # uses PySide6
    assert feature.pyside_feature_dict["sro_probe_plain"] == -1  # does not
    assert not [name for name in linecache.cache if "sro_probe" in name]
    for name in ("sro_probe_uses_qt", "sro_probe_plain"):
        monkeypatch.delitem(sys.modules, name)


def test_the_view_shown_is_read_again_at_every_file_switch(app, qtbot, demo_file, tmp_path):
    """Opening one file after another (and back) fills the view in sight each time."""
    import shutil

    other = tmp_path / "andere.sro"
    shutil.copy(demo_file, other)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(demo_file)
    for view in (window.meetings, window.tasks, window.decisions, window.recommendations):
        window.show_view(window.views.index(view))
        for path in (other, demo_file, other):
            assert window.open_file(path)
            assert view.model.rowCount() > 0, (view.title(), path.name)
    qtbot.waitUntil(window.context.background.idle)
    window.close()
