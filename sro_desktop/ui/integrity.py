"""The window's report of what a file holds behind the program's back: approved minutes
changed behind the lock (checksum mismatch), and values it cannot read.

On opening a file the main window calls :func:`check_approved_minutes`: red, permanent
notes in the status bar name the meetings (details in the tooltip; ``sro-desktop
check`` lists them too; the meeting's header says it again) and count the values.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlite_utils import Database

from ..domain.words import say
from ..store import Store
from ..store.identity import file_stamp
from ..store.minutes_hash import GONE, TOMBSTONED, AlteredMinutes, altered_minutes
from ..store.typed_columns import count_bad_values
from .common.palette import OVERDUE, text_style
from .context import AppContext

ALTERED_LABEL = "alteredMinutesNote"
BAD_VALUES_LABEL = "badValuesNote"
# The check reads each page about once: a small page cache is enough (KiB, negative).
BACKGROUND_CACHE = -256
T = TypeVar("T")



def find_altered(store: Store, meeting_ids: list[str] | None = None) -> list[AlteredMinutes]:
    """:func:`altered_minutes`, or nothing when the file cannot tell (no checksums yet)."""
    return _altered(store.db, meeting_ids)


def _altered(db: Database, meeting_ids: list[str] | None = None) -> list[AlteredMinutes]:
    try:
        return altered_minutes(db, meeting_ids)
    except sqlite3.OperationalError:  # a file of a format without checksums
        return []


def altered_text(found: list[AlteredMinutes]) -> str:
    """The status bar's note: minutes changed after approval, approved meetings deleted."""
    if not found:
        return ""
    if len(found) == 1 and found[0].problem in (GONE, TOMBSTONED):
        return say("Integrity", "Achtung: Die genehmigte Sitzung %1 wurde an SRO Desktop vorbei "
                  "gelöscht.").replace("%1", found[0].label)
    if len(found) == 1:
        return say("Integrity", "Achtung: Das Protokoll %1 wurde nach der Genehmigung verändert "
                  "(Prüfsumme stimmt nicht).").replace("%1", found[0].label)
    return say("Integrity", "Achtung: %1 genehmigte Protokolle wurden nach der Genehmigung "
               "verändert oder gelöscht: %2.").replace("%1", str(len(found))).replace(
        "%2", ", ".join(a.label for a in found))


def check_approved_minutes(window: QMainWindow, context: AppContext) -> None:
    """Check the approved minutes of the file just opened, and count the values it holds
    that the program cannot read (typed columns); say so in the status bar.

    The checks read the whole file, so they run in the background on connections of
    their own; the notes appear when they are done (if that file is still the one
    open). A file with nothing committed since the checks found it clean (the same
    :func:`file_stamp`) is not read again. A snapshot in memory (an older format opened
    read-only) is checked at once: there is no file of it to read."""
    store = context.store
    _show(window, [])
    show_bad_values(window, 0)
    if store is None:
        return
    if store.snapshot_of is not None:
        _show(window, find_altered(store))
        show_bad_values(window, count_bad_values(store.db))
        return

    stamp, key = file_stamp(store.path), _checked_key(store.path)
    if stamp and QSettings().value(key) == stamp:
        return  # nothing committed to the file since the checks found it clean

    def done(found: tuple[list[AlteredMinutes], int] | None,
             error: BaseException | None) -> None:
        if error is not None and not isinstance(error, sqlite3.Error):
            raise error
        altered, bad = found or ([], 0)
        if context.store is store:
            _show(window, altered)
            show_bad_values(window, bad)
        if error is None and not altered and not bad and stamp:
            QSettings().setValue(key, stamp)

    context.background.run("file checks",
                           lambda: (altered_in(store.path), counted_in(store.path)), done)


def _checked_key(path: Path) -> str:
    """The setting that holds the file's stamp when its minutes were last found intact."""
    absolute = os.path.normcase(str(path.resolve())).encode("utf-8", "surrogateescape")
    return f"integrity/{hashlib.sha256(absolute).hexdigest()[:16]}"


def altered_in(path: Path) -> list[AlteredMinutes]:
    """:func:`altered_minutes` of the file at ``path``, read on a connection of its own
    (in the thread that calls it); nothing when the file cannot tell."""
    return _read_only(path, _altered)


def counted_in(path: Path) -> int:
    """:func:`count_bad_values` of the file at ``path``, on a connection of its own."""
    return _read_only(path, count_bad_values)


def _read_only(path: Path, read: Callable[[Database], T]) -> T:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA cache_size = {BACKGROUND_CACHE}")
        return read(Database(conn))
    finally:
        conn.close()


def _show(window: QMainWindow, found: list[AlteredMinutes]) -> None:
    label = status_note(window, ALTERED_LABEL, say("Integrity", "Prüfung genehmigter Protokolle"))
    label.setText(altered_text(found))
    label.setToolTip("\n".join(f"{a.label} ({a.meeting_id}): {a.words}" for a in found)
                     + (say("Integrity", "\n\nEinzelheiten: sro-desktop check --db DATEI")
                        if found else ""))
    label.setVisible(bool(found))


def show_bad_values(window: QMainWindow, count: int) -> None:
    """The note that the file holds values it cannot read (typed columns, m013): values
    another tool wrote before the file refused them stay where they are; the lists show
    them marked (ui/common/table_model.py), ``sro-desktop check`` names each."""
    label = status_note(window, BAD_VALUES_LABEL, say("Integrity", "Ungültige Werte"))
    label.setText(say("Integrity", "Die Datei enthält %n ungültige(n) Wert(e).")
                  .replace("%n", str(count)))
    label.setToolTip(say("Integrity", "Ein anderes Programm hat Werte geschrieben, die SRO "
                         "Desktop nicht lesen kann; die Listen zeigen sie rot als „ungültig: …“."
                         "\n\nEinzelheiten: sro-desktop check --db DATEI"))
    label.setVisible(count > 0)


def status_note(window: QMainWindow, name: str, accessible_name: str) -> QLabel:
    """The window's red, permanent note in the status bar of that name, made once."""
    label = window.statusBar().findChild(QLabel, name)
    if label is None:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(text_style(OVERDUE, bold=True))
        label.setAccessibleName(accessible_name)
        window.statusBar().addPermanentWidget(label)
    return label
