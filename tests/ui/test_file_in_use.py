"""The window and a file in use elsewhere: who has it, read-only, breaking a lock,
and the warning about network and cloud folders. Only the questions are answered
by the tests (ui/file_in_use.py); everything else is the real window and file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from sro_desktop.domain.enums import BodyKind
from sro_desktop.store import Store
from sro_desktop.store.lock import FileInUse, lock_path, since_text
from sro_desktop.ui import file_in_use
from sro_desktop.ui.context import EditRefused
from sro_desktop.ui.main_window import MainWindow

HOST = socket.gethostname()


@pytest.fixture
def answers(monkeypatch):
    """Answer the questions: ``answers.in_use`` (READ_ONLY, BREAK_LOCK or CANCEL) and
    ``answers.confirm``; what was asked is recorded."""

    class Answers:
        in_use = file_in_use.READ_ONLY
        confirm = True
        asked: list[FileInUse] = []
        confirmed: list[FileInUse] = []
        warned: list[str] = []

    def ask(parent, error):
        Answers.asked.append(error)
        return Answers.in_use

    def confirm(parent, error):
        Answers.confirmed.append(error)
        return Answers.confirm

    Answers.asked, Answers.confirmed, Answers.warned = [], [], []
    monkeypatch.setattr(file_in_use, "ask_in_use", ask)
    monkeypatch.setattr(file_in_use, "confirm_break", confirm)
    monkeypatch.setattr(file_in_use, "show_storage_warning",
                        lambda parent, warning: Answers.warned.append(warning.text))
    return Answers


@pytest.fixture
def window(app, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


@pytest.fixture
def held(demo_file):
    """The demo file, open for writing by m.mueller on this machine (a live process)."""
    with Store.open(demo_file, user="m.mueller") as holder:
        yield holder


def state_label(window) -> str:
    label = window.statusBar().findChild(QLabel, file_in_use.STATE_LABEL)
    return label.text() if label is not None and label.isVisible() else ""


def other_machines_lock(path, user="m.mueller", machine="LAPTOP-GS") -> datetime:
    since = datetime.now().astimezone().replace(hour=9, minute=12, second=0)
    lock_path(path).write_text(json.dumps({
        "user": user, "machine": machine, "pid": 4242, "since": since.isoformat()}),
        encoding="utf-8")
    return since


def since_shown(path) -> str:
    """How the question shows the ``since`` of ``path``'s lock: only the time on the day the
    lock was taken, else with its date (computed from the lock, so a run may cross
    midnight; tests/store/test_file_lock.py pins both forms)."""
    return since_text(datetime.fromisoformat(json.loads(lock_path(path).read_text())["since"]))


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_in_use_here_opens_read_only_when_the_user_says_so(window, held, demo_file,
                                                                   answers):
    assert window.open_file(demo_file)
    (error,) = answers.asked
    assert error.same_machine
    assert error.sentence == (f"Die Datei wird gerade auf {HOST} von m.mueller benutzt "
                              f"(seit {since_shown(demo_file)}).")
    assert answers.confirmed == []
    store = window.context.s
    assert store.read_only
    assert window.windowTitle() == f"SRO Desktop — {demo_file.name} (schreibgeschützt)"
    assert "(schreibgeschützt)" in state_label(window)
    assert window.context.read_only
    # what the other writer stores, the read-only window reads
    held.bodies.add("Beirat Nord", "BN", BodyKind.ADVISORY)
    assert "BN" in [b.short for b in store.bodies.list()]


def test_edits_in_a_read_only_window_are_refused_and_nothing_is_undoable(
        window, held, demo_file, answers):
    window.open_file(demo_file)
    context = window.context
    bodies = len(held.bodies.list())
    with pytest.raises(EditRefused, match="^Die Datei ist schreibgeschützt geöffnet"):
        context.edit("Gremium anlegen", context.s.bodies.add, "Beirat Nord", "BN",
                     BodyKind.ADVISORY)
    meeting = context.s.meetings.list()[0]
    with pytest.raises(EditRefused, match="schreibgeschützt"):
        context.edit("Ort ändern", context.s.meetings.update, meeting.id, place="Rathaus")
    assert context.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    assert len(held.bodies.list()) == bodies
    assert held.meetings.get(meeting.id).place == meeting.place


def test_cancel_keeps_the_current_file(window, held, demo_file, tmp_path, answers):
    other = tmp_path / "anderes.sro"
    Store.open(other, create=True).close()
    assert window.open_file(other)
    answers.in_use = file_in_use.CANCEL
    assert not window.open_file(demo_file)
    assert window.context.s.path == other
    assert not window.context.s.read_only
    assert window.windowTitle() == "SRO Desktop — anderes.sro"


def test_a_lock_of_this_machine_is_never_broken_from_the_window(window, held, demo_file,
                                                                answers):
    answers.in_use = file_in_use.BREAK_LOCK  # not offered; even if it came back
    assert not window.open_file(demo_file)
    assert answers.confirmed == []
    assert json.loads(lock_path(demo_file).read_text())["user"] == "m.mueller"


def test_another_machines_lock_is_broken_after_two_confirmations(window, demo_file, answers):
    since = other_machines_lock(demo_file)
    answers.in_use = file_in_use.BREAK_LOCK
    assert window.open_file(demo_file)
    (error,) = answers.asked
    assert not error.same_machine
    assert error.sentence == ("Die Datei wird gerade auf LAPTOP-GS von m.mueller benutzt "
                              f"(seit {since_text(since)}).")
    assert answers.confirmed == [error]
    store = window.context.s
    assert not store.read_only
    assert window.windowTitle() == f"SRO Desktop — {demo_file.name}"
    assert state_label(window) == ""
    held_by = json.loads(lock_path(demo_file).read_text())
    assert (held_by["machine"], held_by["pid"]) == (HOST, os.getpid())
    window.context.edit("Gremium anlegen", store.bodies.add, "Beirat Nord", "BN",
                        BodyKind.ADVISORY)
    assert window.context.undo_stack.count() == 1


def test_no_second_confirmation_means_no_opening(window, demo_file, answers):
    other_machines_lock(demo_file)
    before = digest(demo_file)
    answers.in_use = file_in_use.BREAK_LOCK
    answers.confirm = False
    assert not window.open_file(demo_file)
    assert window.context.store is None
    assert json.loads(lock_path(demo_file).read_text())["machine"] == "LAPTOP-GS"
    assert digest(demo_file) == before


def test_another_machines_lock_can_be_read_only_too(window, demo_file, answers):
    other_machines_lock(demo_file)
    assert window.open_file(demo_file)
    assert window.context.s.read_only
    assert json.loads(lock_path(demo_file).read_text())["machine"] == "LAPTOP-GS"


def test_a_stale_lock_after_a_crash_is_taken_over_without_asking(window, demo_file, answers):
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    lock_path(demo_file).write_text(json.dumps({
        "user": "Testschreiberin", "machine": HOST, "pid": process.pid,
        "since": datetime.now().astimezone().isoformat()}), encoding="utf-8")
    assert window.open_file(demo_file)
    assert answers.asked == []
    assert not window.context.s.read_only
    assert json.loads(lock_path(demo_file).read_text())["pid"] == os.getpid()


def test_opening_again_once_the_file_is_free_gives_write_access(window, demo_file, answers):
    holder = Store.open(demo_file, user="m.mueller")
    assert window.open_file(demo_file)
    assert window.context.s.read_only
    holder.close()
    assert window.open_file(demo_file)
    assert not window.context.s.read_only
    assert window.windowTitle() == f"SRO Desktop — {demo_file.name}"
    assert len(answers.asked) == 1


def test_the_window_holds_the_lock_until_the_file_closes(window, demo_file, answers):
    assert window.open_file(demo_file)
    assert window.open_file(demo_file)  # the file open here already: nothing to ask
    assert answers.asked == []
    with pytest.raises(FileInUse):
        Store.open(demo_file)
    window.close_file()
    assert not lock_path(demo_file).exists()


def test_the_real_question_offers_what_fits(window, held, demo_file, qtbot):
    """The message box itself: the UX.md sentence, and "Sperre aufheben" only for a lock
    from another machine."""
    seen = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    with pytest.raises(FileInUse) as here:
        Store.open(demo_file)
    QTimer.singleShot(0, lambda: answer("Abbrechen"))
    assert file_in_use.ask_in_use(window, here.value) == file_in_use.CANCEL
    assert seen[0][0] == (f"Die Datei wird gerade auf {HOST} von m.mueller benutzt "
                          f"(seit {since_shown(demo_file)}). Schreibgeschützt öffnen?")
    assert sorted(seen[0][1]) == ["&Schreibgeschützt öffnen", "Abbrechen"]

    elsewhere = FileInUse(demo_file, None)
    QTimer.singleShot(0, lambda: answer("Sperre &aufheben und bearbeiten"))
    assert file_in_use.ask_in_use(window, elsewhere) == file_in_use.BREAK_LOCK
    assert sorted(seen[1][1]) == ["&Schreibgeschützt öffnen", "Abbrechen",
                                  "Sperre &aufheben und bearbeiten"]
    QTimer.singleShot(0, lambda: answer("&Schreibgeschützt öffnen"))
    assert file_in_use.ask_in_use(window, elsewhere) == file_in_use.READ_ONLY


def test_a_cloud_folder_is_warned_about_once_per_opening(window, demo_file, tmp_path,
                                                         answers):
    cloud = tmp_path / "OneDrive - Hansestadt Rostock" / "SRO"
    cloud.mkdir(parents=True)
    synced = cloud / "steuerungsgruppe.sro"
    shutil.copy(demo_file, synced)
    assert window.open_file(synced)
    assert len(answers.warned) == 1
    assert answers.warned[0].startswith(
        "Die Datei liegt in einem synchronisierten Cloud-Ordner (OneDrive).")
    assert "Cloud-Ordner (OneDrive)" in state_label(window)
    window.show_view(1)
    window.show_view(0)
    window.context.changed.emit()
    assert len(answers.warned) == 1  # not again while the file stays open
    assert window.open_file(demo_file)  # a local file: no warning, the note goes
    assert len(answers.warned) == 1
    assert state_label(window) == ""
    assert window.open_file(synced)  # a new opening: warned again
    assert len(answers.warned) == 2


def test_read_only_and_cloud_show_together(window, tmp_path, demo_file, answers):
    cloud = tmp_path / "Dropbox"
    cloud.mkdir()
    synced = cloud / "sg.sro"
    shutil.copy(demo_file, synced)
    with Store.open(synced, user="m.mueller"):
        assert window.open_file(synced)
        text = state_label(window)
        assert "(schreibgeschützt)" in text
        assert "Cloud-Ordner (Dropbox)" in text
        window.close_file()
    assert state_label(window) == ""
