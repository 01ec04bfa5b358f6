"""A crash is never silent (issue 14): a report in the user data folder with the version
and the last actions (no personal data), a German message box for an unhandled error,
and on the next start a note about a run that ended unexpectedly, naming its report."""

from __future__ import annotations

import faulthandler
import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from acting import accept, menu_action, show, type_text, when_dialog
from PySide6.QtWidgets import QMessageBox

from sro_desktop import __version__
from sro_desktop.store.lock import LockOwner
from sro_desktop.ui import crash
from sro_desktop.ui import main_window as main_window_module

PERSON = "Hannelore Beispielhaft"  # typed by the user: never in a report


@pytest.fixture
def reporter():
    """The reporter as the program installs it at its start; removed after the test
    (with pytest's own faulthandler back on stderr)."""
    installed = crash.install()
    yield installed
    installed.finish()
    faulthandler.enable(file=sys.__stderr__)


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def message_of(answered_texts: list[str]):
    def act(box) -> None:
        assert isinstance(box, QMessageBox)
        answered_texts.append(box.text())
        accept(box)

    return act


@pytest.mark.qt_no_exception_capture  # the program's own hook takes the error
def test_an_error_in_a_slot_is_reported_and_told_in_german(main_window, reporter, qtbot,
                                                           monkeypatch):
    type_text(main_window.search_field, PERSON)
    show(main_window, "Aufgaben")
    show(main_window, "Gremien")

    def broken(_window):
        raise RuntimeError(f"kaputt bei {PERSON}")

    monkeypatch.setattr(main_window_module, "show_rules", broken)
    texts: list[str] = []
    answered = when_dialog(message_of(texts))
    menu_action(main_window, "Hilfe", "Regeln (Beschlussfähigkeit, Mehrheiten) …").trigger()
    assert answered.check() == "Unerwarteter Fehler"
    report = reporter.last_report
    assert report is not None
    assert report.parent == crash.reports_dir()
    assert texts[0].startswith("Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten "
                               "Einträge sind erhalten")
    assert str(report) in texts[0]
    written = report.read_text(encoding="utf-8")
    assert f"SRO Desktop {__version__}" in written
    assert "Python " in written
    assert "Qt " in written
    assert "System: " in written
    assert "Ansicht TasksView" in written
    assert "Ansicht BodiesView" in written
    assert "Menü Regeln (Beschlussfähigkeit, Mehrheiten) …" in written
    assert "in broken" in written
    assert "RuntimeError" in written
    assert "Beispielhaft" not in written  # neither typed text nor the error's message
    # the program goes on
    assert main_window.isVisible()
    assert show(main_window, "Aufgaben") is main_window.tasks


def test_a_run_that_ended_unexpectedly_is_named_at_the_next_start(main_window, reporter):
    folder = crash.reports_dir()
    report = folder / "absturz-2026-01-01_09-00-00-4711.txt"
    report.write_text("SRO Desktop: Das Programm wurde unerwartet beendet\n", encoding="utf-8")
    gone = replace(LockOwner.me("Testschreiberin"), pid=dead_pid(), started="")
    marker = folder / "laeuft-4711.json"
    marker.write_text(json.dumps({"owner": json.loads(gone.to_json()), "report": str(report)}),
                      encoding="utf-8")
    running = folder / f"laeuft-{os.getpid() + 1}.json"  # another window, still running
    running.write_text(json.dumps({"owner": json.loads(LockOwner.me("x").to_json()),
                                   "report": ""}), encoding="utf-8")
    texts: list[str] = []
    answered = when_dialog(message_of(texts))
    crash.after_start(reporter, main_window)
    assert answered.check() == "Unerwartet beendet"
    assert texts[0].startswith("SRO Desktop wurde beim letzten Mal unerwartet beendet.")
    assert "Alle gespeicherten Einträge sind erhalten" in texts[0]
    assert str(report) in texts[0]
    assert not marker.exists()
    assert running.exists()
    assert reporter.marker is not None
    assert reporter.marker.exists()
    reporter.finish()  # a clean exit leaves no marker and no report of its own
    assert not reporter.marker.exists()
    assert reporter.fault_path is not None
    assert not reporter.fault_path.exists()


def test_a_clean_start_says_nothing(main_window, reporter, qtbot):
    crash.after_start(reporter, main_window)
    qtbot.wait(50)  # a message box would be open by now
    from PySide6.QtWidgets import QApplication

    assert QApplication.activeModalWidget() is None


@pytest.mark.slow  # a real program started and crashed in a child process
def test_a_hard_crash_leaves_a_report_named_at_the_next_start(main_window, demo_template,
                                                              tmp_path, qtbot):
    """The window started as ``sro-desktop --db FILE`` does (ui/app.py run()); once it
    shows the file, the process dies of a segmentation fault."""
    copy = tmp_path / "absturz.sro"  # not the file the test's window holds
    shutil.copy(demo_template, copy)
    script = textwrap.dedent(f"""
        import faulthandler, sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from sro_desktop.ui import app, crash

        started = crash.after_start

        def then_crash(reporter, window):
            started(reporter, window)
            window.show_view(1)  # one action for the report
            QTimer.singleShot(0, faulthandler._sigsegv)

        crash.after_start = then_crash
        sys.exit(app.run(Path({str(copy)!r})))
        """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": ""}
    child = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                           text=True, timeout=120)
    assert child.returncode != 0, child.stderr
    reports = sorted(crash.reports_dir().glob("absturz-*.txt"))
    assert len(reports) == 1, child.stderr
    written = reports[0].read_text(encoding="utf-8")
    assert f"SRO Desktop {__version__}" in written
    assert "Fatal Python error: Segmentation fault" in written
    assert "Ansicht TasksView" in written
    texts: list[str] = []
    answered = when_dialog(message_of(texts))
    reporter = crash.install()  # the next start
    try:
        crash.after_start(reporter, main_window)
        assert answered.check() == "Unerwartet beendet"
    finally:
        reporter.finish()
        faulthandler.enable(file=sys.__stderr__)
    assert str(reports[0]) in texts[0]


def test_the_report_folder_is_in_the_user_data_folder():
    assert crash.reports_dir() == Path(os.environ["SRO_DATA_DIR"]) / "Absturzberichte"


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_thread_is_reported_and_told_in_the_window(main_window, reporter,
                                                                monkeypatch, qtbot):
    import threading

    # pytest puts a hook of its own in place for each test's call: the program's back
    monkeypatch.setattr(threading, "excepthook", reporter._thread_excepthook)
    crash.after_start(reporter, main_window)

    def broken() -> None:
        raise ValueError(PERSON)

    texts: list[str] = []
    answered = when_dialog(message_of(texts))
    worker = threading.Thread(target=broken, name="Hintergrund")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: answered.title is not None)  # told in the UI's thread
    assert answered.check() == "Unerwarteter Fehler"
    report = reporter.last_report
    assert report is not None
    assert str(report) in texts[0]
    written = report.read_text(encoding="utf-8")
    assert "im Thread Hintergrund" in written
    assert "ValueError" in written
    assert "Beispielhaft" not in written


def test_the_folder_keeps_the_newest_reports(main_window, reporter):
    folder = crash.reports_dir()
    for number in range(crash.KEEP_REPORTS + 5):
        old = folder / f"fehler-2026-01-01_09-00-{number:02d}-1.txt"
        old.write_text("alt\n", encoding="utf-8")
        os.utime(old, (1_000_000 + number, 1_000_000 + number))
    crash.after_start(reporter, main_window)
    left = sorted(p.name for p in folder.glob("fehler-*.txt"))
    assert len(left) == crash.KEEP_REPORTS
    assert left[0] == "fehler-2026-01-01_09-00-05-1.txt"  # the five oldest are gone
    assert reporter.fault_path is not None
    assert reporter.fault_path.exists()  # this run's own stays
