"""The window's report of approved minutes changed behind the lock (checksum mismatch).

On opening a file the main window calls :func:`check_approved_minutes`: a red,
permanent note in the status bar names the meetings (details in its tooltip;
``sro-desktop check`` lists them too). The meeting's header says it again.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlite_utils import Database

from ..store import Store
from ..store.identity import file_stamp
from ..store.minutes_hash import GONE, TOMBSTONED, AlteredMinutes, altered_minutes
from ..store.typed_columns import count_bad_values
from .bad_values import counted_in, show_bad_values
from .common.palette import OVERDUE, text_style
from .context import AppContext

ALTERED_LABEL = "alteredMinutesNote"
# The check reads each page about once: a small page cache is enough (KiB, negative).
BACKGROUND_CACHE = -256


def tr(text: str) -> str:
    return QCoreApplication.translate("Integrity", text)


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
        return tr("Achtung: Die genehmigte Sitzung %1 wurde an SRO Desktop vorbei "
                  "gelöscht.").replace("%1", found[0].label)
    if len(found) == 1:
        return tr("Achtung: Das Protokoll %1 wurde nach der Genehmigung verändert "
                  "(Prüfsumme stimmt nicht).").replace("%1", found[0].label)
    return tr("Achtung: %1 genehmigte Protokolle wurden nach der Genehmigung verändert oder "
              "gelöscht: %2.").replace("%1", str(len(found))).replace(
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
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA cache_size = {BACKGROUND_CACHE}")
        return _altered(Database(conn))
    finally:
        conn.close()


def _show(window: QMainWindow, found: list[AlteredMinutes]) -> None:
    label = window.statusBar().findChild(QLabel, ALTERED_LABEL)
    if label is None:
        label = QLabel()
        label.setObjectName(ALTERED_LABEL)
        label.setStyleSheet(text_style(OVERDUE, bold=True))
        label.setAccessibleName(tr("Prüfung genehmigter Protokolle"))
        window.statusBar().addPermanentWidget(label)
    label.setText(altered_text(found))
    label.setToolTip("\n".join(f"{a.label} ({a.meeting_id}): {a.problem}" for a in found)
                     + (tr("\n\nEinzelheiten: sro-desktop check --db DATEI") if found else ""))
    label.setVisible(bool(found))
