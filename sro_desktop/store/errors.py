"""What the store raises; every message is German and meant for the user."""

from __future__ import annotations

from ..domain.words import QT_TRANSLATE_NOOP


class StoreError(Exception):
    """A file the store cannot open or use; the message is for the user (German)."""


class NotOurFile(StoreError):
    """The file is not an SRO file (not SQLite, someone else's, empty, damaged)."""


class TooNew(StoreError):
    """The file was written by a newer SRO Desktop."""


class NotFound(StoreError):
    """A record that does not exist (or was deleted)."""


class ReadOnly(StoreError):
    """An edit of a file that was opened read-only."""


READ_ONLY_MESSAGE = QT_TRANSLATE_NOOP(
    "store.errors", "Die Datei ist schreibgeschützt geöffnet; die Änderung wurde nicht "
    "gespeichert. Zum Bearbeiten die Datei neu öffnen, sobald sie frei ist.")
