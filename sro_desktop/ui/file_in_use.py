"""A file in use elsewhere, read-only opening, and the warning about unsafe places.

The questions are module-level functions (``ask_in_use``, ``confirm_break``,
``show_storage_warning``) so that tests can answer them; :func:`open_store`
asks them in the order the user sees them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from ..domain.words import say
from ..store import FileInUse, Store
from ..store.storage import StorageWarning, storage_warning
from .common.palette import OVERDUE, text_style

READ_ONLY, BREAK_LOCK, CANCEL = "read_only", "break_lock", "cancel"
STATE_LABEL = "fileStateLabel"



def ask_in_use(parent: QWidget | None, error: FileInUse) -> str:
    """"Die Datei wird gerade auf X von Y benutzt (seit HH:MM). Schreibgeschützt öffnen?"
    READ_ONLY, BREAK_LOCK (offered only for a lock from another machine) or CANCEL."""
    box = QMessageBox(QMessageBox.Icon.Question, say("FileInUse", "Datei wird benutzt"),
                      error.sentence + " " + say("FileInUse", "Schreibgeschützt öffnen?"),
                      QMessageBox.StandardButton.NoButton, parent)
    read_only = box.addButton(say("FileInUse", "&Schreibgeschützt öffnen"),
                              QMessageBox.ButtonRole.AcceptRole)
    breaking = None
    if not error.same_machine:
        breaking = box.addButton(say("FileInUse", "Sperre &aufheben und bearbeiten"),
                                 QMessageBox.ButtonRole.DestructiveRole)
        box.setInformativeText(say("FileInUse",
            "Die Sperre nur aufheben, wenn SRO Desktop auf %1 sicher nicht mehr läuft, "
            "etwa nach einem Absturz.").replace("%1", error.machine))
    cancel = box.addButton(say("FileInUse", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return READ_ONLY
    if breaking is not None and clicked is breaking:
        return BREAK_LOCK
    return CANCEL


def confirm_break(parent: QWidget | None, error: FileInUse) -> bool:
    """The second question before a lock from another machine is broken."""
    answer = QMessageBox.warning(
        parent, say("FileInUse", "Sperre aufheben?"),
        say("FileInUse", "Sperre von %1 wirklich aufheben? Ist die Datei dort noch "
            "geöffnet, bearbeiten zwei Rechner sie zugleich: Änderungen gehen verloren, "
            "und die Datei kann beschädigt werden. Nur aufheben, wenn SRO Desktop auf %2 "
            "geschlossen oder abgestürzt ist.").replace("%1", error.user)
        .replace("%2", error.machine),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_storage_warning(parent: QWidget | None, warning: StorageWarning) -> None:
    QMessageBox.warning(parent, say("FileInUse", "Unsicherer Speicherort"), warning.text)


def open_store(parent: QWidget | None, path: Path, *, create: bool = False) -> Store | None:
    """Store.open, asking when another writer has the file: read-only, break the lock
    (another machine only, confirmed twice) or cancel (None). Other refusals raise."""
    try:
        return Store.open(path, create=create)
    except FileInUse as exc:
        choice = ask_in_use(parent, exc)
        if choice == READ_ONLY:
            return Store.open(path, read_only=True)
        if choice == BREAK_LOCK and not exc.same_machine and confirm_break(parent, exc):
            return Store.open(path, break_lock=True)
        return None


def title_suffix(store: Store | None) -> str:
    """" (schreibgeschützt)" for the window title of a file opened read-only."""
    if store is None or not store.read_only:
        return ""
    return " " + say("FileInUse", "(schreibgeschützt)")


def show_file_state(window: QMainWindow, store: Store | None,
                    warning: StorageWarning | None = None) -> None:
    """The status bar's permanent note: read-only, and an unsafe place."""
    label = window.statusBar().findChild(QLabel, STATE_LABEL)
    if label is None:
        label = QLabel()
        label.setObjectName(STATE_LABEL)
        window.statusBar().addPermanentWidget(label)
    parts = []
    if store is not None and store.read_only:
        parts.append(say("FileInUse", "(schreibgeschützt)"))
        if store.snapshot_of is not None:
            parts.append(say("FileInUse", "älteres Datenformat: Stand beim Öffnen"))
    if warning is not None:
        parts.append(warning.headline)
    label.setText("  ·  ".join(parts))
    label.setToolTip(warning.text if warning is not None else "")
    label.setStyleSheet(text_style(OVERDUE) if warning is not None else "")
    label.setVisible(bool(parts))


def warn_about_storage(window: QMainWindow, store: Store) -> StorageWarning | None:
    """Once per opening: a message and a note in the status bar when the file lies on
    a network share or in a cloud-synced folder."""
    warning = storage_warning(store.path)
    if warning is not None:
        show_file_state(window, store, warning)
        show_storage_warning(window, warning)
    return warning
