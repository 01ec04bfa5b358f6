"""The papers of a TOP kept inside the file (Unterlagen): name, media type, size,
SHA-256 and the bytes. Lists read no bytes; :meth:`Attachments.content` does."""

from __future__ import annotations

import builtins
import hashlib
import mimetypes
import os
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..domain.attachments import (
    MAX_SIZE,
    MAX_SIZE_MB,
    check_content,
    check_duplicate,
    check_name,
)
from ..domain.enums import MeetingState
from ..domain.errors import RuleViolation
from ..domain.model import Attachment
from ..domain.words import QT_TRANSLATE_NOOP, say
from .errors import NotFound
from .os_words import os_reason
from .repository import Repository, new_id

__all__ = ["MAX_SIZE", "MAX_SIZE_MB", "Attachments", "LOCKED_MESSAGE"]

LOCKED_MESSAGE = QT_TRANSLATE_NOOP("store.attachments", "Das Protokoll dieser Sitzung ist "
                                   "genehmigt; die Unterlagen ihrer Tagesordnungspunkte "
                                   "bleiben, wie sie sind.")
_LISTED = "id, agenda_item_id, position, name, media_type, size, sha256"
DEFAULT_TYPE = "application/octet-stream"

Source = str | os.PathLike[str] | tuple[str, bytes]


def media_type(name: str) -> str:
    """The media type by the file's extension ("application/pdf"), else the generic one."""
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or DEFAULT_TYPE


class Attachments(Repository[Attachment]):
    table = "attachments"
    model = Attachment
    order_by = "position, created_at"
    noun = QT_TRANSLATE_NOOP("store.repository", "Unterlage")

    def _rows(self, where: str = "1", params: Sequence[Any] = (), *, order: str | None = None,
              limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Like the base class, without the bytes."""
        sql = (f"SELECT {_LISTED} FROM {self.table} WHERE deleted_at IS NULL AND ({where}) "
               f"ORDER BY {order or self.order_by}")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return list(self.db.query(sql, list(params)))

    # reading ------------------------------------------------------------------------------
    def list(self, item_id: str) -> list[Attachment]:
        """The papers of one TOP, in their order."""
        return self._find('agenda_item_id = ?', [item_id])

    def for_meeting(self, meeting_id: str) -> dict[str, builtins.list[Attachment]]:
        """The papers of a meeting's live TOPs, by TOP id."""
        found: dict[str, builtins.list[Attachment]] = defaultdict(list)
        for attachment in self._find(
                "agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ? "
                "AND deleted_at IS NULL)", [meeting_id]):
            found[attachment.agenda_item_id].append(attachment)
        return dict(found)

    def content(self, attachment_id: str) -> bytes:
        """The bytes of one paper."""
        rows = list(self.db.query(
            f"SELECT content FROM {self.table} WHERE id = ? AND deleted_at IS NULL",
            [attachment_id]))
        if not rows:
            raise NotFound(say("store.attachments", "{noun} {attachment_id} gibt es nicht "
                                                    "(mehr).").format(
                               noun=say("store.repository", self.noun),
                               attachment_id=attachment_id))
        return bytes(rows[0]["content"])

    # writing ------------------------------------------------------------------------------
    def add(self, item_id: str, source: Source) -> Attachment:
        """Attach a file (a path, or a name with its bytes) to a TOP, after its other
        papers. Empty files, files over :data:`MAX_SIZE_MB` MB and the same bytes twice
        at one TOP are refused, naming the file."""
        name, data = _read(source)
        digest = hashlib.sha256(data).hexdigest()
        with self.store.edit():
            self._check_open(item_id)
            present = self.list(item_id)
            check_duplicate(name, digest, present)
            attachment = Attachment(
                new_id(), item_id, max((a.position for a in present), default=0) + 1, name,
                media_type(name), len(data), digest)
            self._insert({**attachment.__dict__, "content": data})
        return self.get(attachment.id)

    def rename(self, attachment_id: str, name: str) -> Attachment:
        """Another file name; a name typed without the extension keeps the old one."""
        with self.store.edit():
            current = self.get(attachment_id)
            self._check_open(current.agenda_item_id)
            name = check_name(name)
            old_suffix = Path(current.name).suffix
            if old_suffix and not Path(name).suffix:
                name += old_suffix
            if name != current.name:
                self._update(attachment_id, {"name": name, "media_type": media_type(name)})
        return self.get(attachment_id)

    def _check_update(self, current: Attachment, changes: dict[str, Any]) -> None:
        if set(changes) - {"name", "media_type"}:
            raise RuleViolation(say("store.attachments", "An einer Unterlage lassen sich nur "
                                                         "Name und Art ändern."))
        self._check_open(current.agenda_item_id)
        if "name" in changes:
            changes["name"] = check_name(changes["name"])

    def delete(self, record_id: str) -> None:
        """Remove a paper (a tombstone: Strg+Z brings it back)."""
        with self.store.edit():
            self._check_open(self.get(record_id).agenda_item_id)
            self._tombstone("id = ?", [record_id])

    def delete_for_items(self, where: str, params: Sequence[Any]) -> None:
        """Tombstones for the papers of TOPs that go (``where`` selects the TOPs' ids;
        the caller's edit): no live paper points at a removed TOP."""
        with self.store.edit():
            self._tombstone(f"agenda_item_id IN (SELECT id FROM agenda_items WHERE {where})",
                            params)

    def _check_open(self, item_id: str) -> None:
        """The TOP exists and its minutes are not approved."""
        item = self.store.agenda.get(item_id)
        if self.store.meetings.get(item.meeting_id).state is MeetingState.APPROVED:
            raise RuleViolation(say("store.attachments", LOCKED_MESSAGE))


def _read(source: Source) -> tuple[str, bytes]:
    """The file's name and bytes; the size is checked before anything is read."""
    if isinstance(source, tuple):
        name, data = source
        name = check_name(name)
        check_content(name, len(data))
        return name, bytes(data)
    path = Path(source)
    name = check_name(path.name)
    try:
        size = path.stat().st_size
        check_content(name, size)
        data = path.read_bytes()
    except OSError as exc:
        raise RuleViolation(say("store.attachments", "Die Datei „{name}“ ließ sich nicht lesen: "
                                                     "{os_reason}.").format(
                                name=name, os_reason=os_reason(exc))) from exc
    check_content(name, len(data))
    return name, data
