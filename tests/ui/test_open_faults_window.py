"""The window opening a file under a resource fault: it says in German what the system
refused, keeps the file it had open, and keeps running; the refused file is untouched and
nothing is left beside it."""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import pytest
from acting import answer_question, when_dialog


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_while_the_window_opens_a_file(main_window, demo_file, tmp_path):
    """This process may write files of 16 KiB only while the window opens the second file
    (SQLite needs 32 KiB for its -shm); the limit goes before the message is answered."""
    import resource

    folder = tmp_path / "stick"
    folder.mkdir()
    other = folder / "andere.sro"
    shutil.copyfile(demo_file, other)
    before = sha256(other)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    shown = []

    def read_and_close(box) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        shown.append((box.windowTitle(), box.text()))
        answer_question("OK")(box)

    answered = when_dialog(read_and_close)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 << 10, hard))
    try:
        opened = main_window.open_file(other)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    answered.check()
    assert not opened
    title, text = shown[0]
    assert title == "Datei nicht geöffnet"
    assert text == (f"{other} lässt sich nicht öffnen: die Datei würde zu groß für die "
                    f"erlaubte Dateigröße. Die Datei bleibt unverändert.")
    assert main_window.isVisible()
    assert main_window.context.s.path == demo_file  # the file it had stays open
    assert main_window.context.s.meetings.list()
    assert sha256(other) == before
    assert sorted(p.name for p in folder.iterdir()) == ["andere.sro"]


def test_a_folder_chosen_as_a_file_is_named_in_german(main_window, demo_file, tmp_path):
    folder = tmp_path / "ordner.sro"
    folder.mkdir()
    shown = []

    def read_and_close(box) -> None:
        shown.append(box.text())
        answer_question("OK")(box)

    answered = when_dialog(read_and_close)
    assert not main_window.open_file(folder)
    answered.check()
    assert shown == [f"{folder} lässt sich nicht lesen: das ist ein Ordner, keine Datei."]
    assert "Is a directory" not in shown[0]
    assert main_window.context.s.path == demo_file
