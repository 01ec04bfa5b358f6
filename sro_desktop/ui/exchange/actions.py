"""The exchange's flows behind the Datei menu: each asks what it needs, calls the
engine (store/exchange.py) on the open store, and says what happened in German.

An import runs on the open store outside the undo stack, which it clears: undo must
not reach across an import (nor across a conflict's decision, which is part of it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from ...domain.errors import RuleViolation
from ...domain.words import say
from ...store import exchange
from ...store.errors import StoreError
from ...store.exchange_conflicts import count_open
from ...store.exchange_package import SUFFIX
from ...store.os_words import os_error_text
from ...store.replica import set_name, this_replica
from ..common.palette import OVERDUE, shown
from ..context import AppContext, EditRefused
from ..crash import note
from ..integrity import status_note
from .dialogs import CloneDialog, PeerDialog, PreviewDialog, SetupDialog

if TYPE_CHECKING:
    from ...store import Store
    from ...store.exchange import Report

CONFLICTS_NOTE = "exchangeConflictsNote"
MESSAGE_MS = 10_000


# --- the file dialogs, one function each, so tests can answer them -------------------

def ask_save_path(parent: QWidget, title: str, proposed: Path, file_filter: str,
                  suffix: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), file_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(suffix)


def ask_open_path(parent: QWidget, title: str, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), say(
        "Exchange", "Austauschpakete und SRO-Dateien (*.sroex *.sro);;Austauschpakete "
                    "(*.sroex);;SRO-Dateien (*.sro);;Alle Dateien (*)"))
    return Path(name) if name else None


def ask_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, say("Exchange", "Austauschordner wählen"),
                                            start)


# --- state ----------------------------------------------------------------------------

def open_count(store: Store | None) -> int:
    if store is None:
        return 0
    try:
        return count_open(store)
    except sqlite3.Error:  # a file that cannot tell (an older format, read-only)
        return 0


def refresh_state(window: QMainWindow, context: AppContext,
                  entries: dict[str, QAction]) -> None:
    """The entries enabled as the open file allows, the count of open conflicts in the
    menu and in the status bar."""
    store = context.store
    writable = store is not None and not context.read_only
    count = open_count(store)
    for key in ("clone", "export", "take_in", "setup"):
        entries[key].setEnabled(writable)
    entries["conflicts"].setEnabled(writable and count > 0)
    entries["conflicts"].setText(
        say("Exchange", "Konflikte &entscheiden (%1) …").replace("%1", str(count)) if count
        else say("Exchange", "Konflikte &entscheiden …"))
    label = status_note(window, CONFLICTS_NOTE, say("Exchange", "Konflikte aus dem Austausch"))
    if label.property("opensConflicts") is None:
        label.setProperty("opensConflicts", True)
        label.linkActivated.connect(lambda _link: conflicts(window, context))
    text = (say("Exchange", "1 Konflikt aus dem Austausch offen") if count == 1 else
            say("Exchange", "%1 Konflikte aus dem Austausch offen").replace("%1", str(count)))
    label.setText(f'<a href="conflicts" style="color: {shown(OVERDUE).name()};">{text}</a>')
    label.setToolTip(say("Exchange", "Zum Entscheiden klicken (Datei › Konflikte entscheiden …)"))
    label.setVisible(count > 0)


def _flushed(context: AppContext) -> Store | None:
    """The open, writable store with what is being typed stored first; None else."""
    if context.store is None or context.read_only:
        return None
    context.flush.emit()
    return context.store


def _folder(store: Store) -> Path:
    folder = this_replica(store.db).exchange_folder
    return Path(folder) if folder and Path(folder).is_dir() else store.path.parent


def _refused(parent: QWidget, title: str, exc: BaseException) -> None:
    """A refusal in words; the file is as it was."""
    if isinstance(exc, OSError):
        text = os_error_text(exc)
    elif isinstance(exc, sqlite3.Error):
        text = say("Exchange", "Die Datei meldet einen Fehler: %1").replace("%1", str(exc))
    else:
        text = str(exc)
    QMessageBox.warning(parent, title, text)


def _name_this_copy(window: QWidget, context: AppContext, name: str) -> bool:
    """Give this copy its name (asked with its first copy); whether it has it."""
    if not name or this_replica(context.s.db).name == name:
        return True
    try:
        context.edit(say("Exchange", "Name dieses Laptops"), set_name, context.s.db, name)
    except EditRefused as exc:
        _refused(window, say("Exchange", "Nicht gespeichert"), exc)
        return False
    return True


# --- Datei › Kopie für einen anderen Laptop … ---------------------------------------------

def clone(window: QMainWindow, context: AppContext) -> None:
    store = _flushed(context)
    if store is None:
        return
    dialog = CloneDialog(window, this_replica(store.db).name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if not _name_this_copy(window, context, dialog.own_name()):
        return
    other = dialog.other_name()
    proposed = store.path.with_name(f"{store.path.stem}-{_safe(other)}.sro")
    title = say("Exchange", "Kopie für „%1“ speichern unter").replace("%1", other[:80])
    path = ask_save_path(window, title, proposed,
                         say("Exchange", "SRO-Dateien (*.sro);;Alle Dateien (*)"), ".sro")
    if path is None:
        return
    try:
        exchange.clone(store, path, other)
    except (StoreError, sqlite3.Error, OSError) as exc:
        _refused(window, say("Exchange", "Kopie nicht angelegt"), exc)
        return
    context.changed.emit()
    window.statusBar().showMessage(say("Exchange", "Kopie für „%1“ gespeichert: %2").replace(
        "%1", other[:80]).replace("%2", str(path)), MESSAGE_MS)


def _safe(text: str) -> str:
    import re

    return re.sub(r"[^\w.-]+", "-", text).strip("-") or say("Exchange", "Kopie")


# --- Datei › Änderungen weitergeben … -------------------------------------------------------

def export(window: QMainWindow, context: AppContext) -> None:
    store = _flushed(context)
    if store is None:
        return
    dialog = PeerDialog(window, exchange.peers(store.db))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    peer = dialog.peer_id()
    try:
        proposed = _folder(store) / exchange.package_name(store, peer)
    except StoreError as exc:
        _refused(window, say("Exchange", "Nicht weitergegeben"), exc)
        return
    path = ask_save_path(window, say("Exchange", "Änderungen speichern unter"), proposed,
                         say("Exchange", "SRO-Austauschpakete (*.sroex);;Alle Dateien (*)"),
                         SUFFIX)
    if path is None:
        return
    try:
        manifest, notes = exchange.export(store, path, peer)
    except (StoreError, sqlite3.Error, OSError) as exc:
        _refused(window, say("Exchange", "Nicht weitergegeben"), exc)
        return
    context.changed.emit()
    total = sum(manifest["counts"].values())
    text = (say("Exchange", "Paket %2 mit %1 Einträgen gespeichert.") if total != 1 else
            say("Exchange", "Paket %2 mit 1 Eintrag gespeichert.")).replace(
        "%1", str(total)).replace("%2", path.name)
    window.statusBar().showMessage(" ".join([*notes, text]), MESSAGE_MS)
    QMessageBox.information(window, say("Exchange", "Paket gespeichert"), "\n".join([
        *notes, text, say("Exchange", "Die Datei bitte auf den anderen Laptop bringen und dort "
                                      "mit Datei › Änderungen übernehmen … einlesen.")]))


# --- Datei › Änderungen übernehmen … --------------------------------------------------------

def take_in(window: QMainWindow, context: AppContext) -> None:
    store = _flushed(context)
    if store is None:
        return
    path = ask_open_path(window, say("Exchange", "Änderungen übernehmen aus"), _folder(store))
    if path is not None:
        take_in_path(window, context, path)


def take_in_path(window: QMainWindow, context: AppContext, path: Path) -> Report | None:
    """Preview (a dry run), then, if the user says so, the import; the conflicts it left
    are shown to decide. None when nothing was taken in."""
    store = _flushed(context)
    if store is None:
        return None
    run = exchange.merge_file if path.suffix.lower() == ".sro" else exchange.take_in
    preview = _run_import(window, lambda: run(store, path, dry_run=True))
    if preview is None:
        return None
    if preview.nothing:  # taken in all the same: what the sender has is noted
        report = _run_import(window, lambda: run(store, path))
        QMessageBox.information(window, say("Exchange", "Nichts Neues"), say(
            "Exchange", "In %1 von „%2“ ist nichts Neues: alle Änderungen sind schon übernommen.")
            .replace("%1", path.name[:80]).replace("%2", preview.sender[:80]))
        return report
    if PreviewDialog(window, path.name, preview).exec() != QDialog.DialogCode.Accepted:
        return None
    report = _run_import(window, lambda: run(store, path))
    if report is None:
        return None
    note(f"Austausch übernommen: {path.name}")
    context.undo_stack.clear()  # undo must not reach across an import
    context.changed.emit()
    window.statusBar().showMessage(say("Exchange", "Übernommen von „%1“: %2").replace(
        "%1", report.sender[:80]).replace("%2", "; ".join(report.lines())), MESSAGE_MS)
    if report.conflicts:
        conflicts(window, context)
    return report


def _run_import(window: QWidget, fn: Callable[[], Report]) -> Report | None:
    """``fn`` (an import or its dry run) with a wait cursor; a refusal is shown."""
    error: BaseException | None = None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    except (StoreError, RuleViolation, sqlite3.Error, OSError) as exc:
        error = exc
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
        if error is not None:
            _refused(window, say("Exchange", "Nicht übernommen"), error)


# --- Datei › Konflikte entscheiden …, Austausch einrichten … ---------------------------------

def conflicts(window: QMainWindow, context: AppContext) -> None:
    from .conflicts import ConflictDialog

    if context.store is not None:
        ConflictDialog.show_for(window, context)


def setup(window: QMainWindow, context: AppContext) -> None:
    if _flushed(context) is not None:
        dialog = SetupDialog(window, context, ask_folder)
        dialog.open()


# --- the exchange folder ------------------------------------------------------------------

def write_folder_package(window: QMainWindow, context: AppContext) -> None:
    """On closing the file: leave its package in the exchange folder, if one is set.
    A failure is said in the status bar; it never keeps the file from closing."""
    store = context.store
    if store is None or context.read_only:
        return
    try:
        path = exchange.write_to_folder(store)
    except (StoreError, sqlite3.Error, OSError) as exc:
        note(f"Austauschordner nicht beschrieben: {type(exc).__name__}")
        reason = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
        text = say("Exchange", "Austauschordner nicht beschrieben: %1").replace("%1", reason)
        # said where it cannot be missed: the window may be closing
        QMessageBox.warning(window, say("Exchange", "Austauschordner nicht erreichbar"), say(
            "Exchange", "Die Änderungen konnten nicht im Austauschordner abgelegt werden: %1\n\n"
            "Verloren ist nichts: sie stehen in der Datei. Bitte den Ordner unter "
            "Datei › Austausch einrichten … prüfen oder die Änderungen mit "
            "Datei › Änderungen weitergeben … weitergeben.").replace("%1", reason))
    else:
        if path is None:
            return
        text = say("Exchange", "Änderungen im Austauschordner abgelegt: %1").replace(
            "%1", path.name)
    # once the file is closed: closing clears the status bar
    QTimer.singleShot(0, window, lambda: window.statusBar().showMessage(text, MESSAGE_MS))


def offer_waiting(window: QMainWindow, context: AppContext, store: Store) -> None:
    """After opening a file: the packages of others in its exchange folder, offered once."""
    if context.store is not store or context.read_only:
        return
    folder = this_replica(store.db).exchange_folder
    if folder and not Path(folder).is_dir():
        window.statusBar().showMessage(say(
            "Exchange", "Der Austauschordner %1 ist nicht erreichbar "
                        "(Datei › Austausch einrichten …).")
            .replace("%1", folder[-80:]), MESSAGE_MS)
        return
    try:
        waiting = exchange.waiting_packages(store)
    except (StoreError, sqlite3.Error, OSError):
        return
    if not waiting:
        return
    names = ", ".join(f"„{w.sender_name[:60]}“" for w in waiting)
    answer = QMessageBox.question(window, say("Exchange", "Änderungen im Austauschordner"), say(
        "Exchange", "Im Austauschordner liegen Änderungen von %1. Jetzt ansehen und übernehmen?")
        .replace("%1", names))
    if answer != QMessageBox.StandardButton.Yes:
        return
    for found in waiting:
        if context.store is not store:
            return
        take_in_path(window, context, found.path)


# The menu's entries (ui/exchange/__init__.py) by their keys.
FLOWS = {"clone": clone, "export": export, "take_in": take_in, "conflicts": conflicts,
         "setup": setup}
