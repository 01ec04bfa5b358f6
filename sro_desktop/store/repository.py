"""The base class every repository shares, and the ids and user names of edits."""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from sqlite_utils import Database

from ..domain.words import QT_TRANSLATE_NOOP, say
from .errors import NotFound
from .mapping import Reader, columns, reader, to_row

if TYPE_CHECKING:
    from .core import Store

T = TypeVar("T")


def current_user() -> str:
    """Who is editing: SRO_USER if configured, else the operating-system user."""
    configured = os.environ.get("SRO_USER", "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unbekannt"


def new_id() -> str:
    return str(uuid.uuid4())


class Repository(Generic[T]):
    """Reads and tombstone-aware writes of one table holding one kind of record."""

    table: ClassVar[str]
    model: ClassVar[type]
    order_by: ClassVar[str] = "rowid"
    noun: ClassVar[str] = QT_TRANSLATE_NOOP("store.repository", "Eintrag")

    def __init__(self, store: Store):
        self.store = store

    @property
    def db(self) -> Database:
        return self.store.db

    # reads -------------------------------------------------------------
    def _rows(self, where: str = "1", params: Sequence[Any] = (), *, order: str | None = None,
              limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        return list(self.db.query(self._select("*", where, order, limit, offset), list(params)))

    def _find(self, where: str = "1", params: Sequence[Any] = (), *, order: str | None = None,
              limit: int | None = None, offset: int = 0) -> list[T]:
        """The live records ``where`` holds, in ``order`` (the repository's by default);
        rows read as tuples of the model's columns (dicts would cost more than SQLite)."""
        model: Reader[T] = reader(self.model)
        sql = self._select(model.select, where, order, limit, offset)
        return [model.read(row) for row in self.db.execute(sql, list(params)).fetchall()]

    def _select(self, columns: str, where: str, order: str | None, limit: int | None,
                offset: int) -> str:
        sql = (f"SELECT {columns} FROM {self.table} WHERE deleted_at IS NULL AND ({where}) "
               f"ORDER BY {order or self.order_by}")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return sql

    def get(self, record_id: str) -> T:
        found = self._find("id = ?", [record_id])
        if not found:
            raise NotFound(
                say("store.repository", "{noun} {record_id} gibt es nicht (mehr).").format(
                               noun=say("store.repository", self.noun), record_id=record_id))
        return found[0]

    def highest(self, column: str, where: str, params: Sequence[Any]) -> int:
        """The highest number in ``column`` among live rows (0 if none): for running numbers."""
        sql = f"SELECT max({column}) AS n FROM {self.table} WHERE deleted_at IS NULL AND ({where})"
        return int(next(self.db.query(sql, list(params)))["n"] or 0)

    def count(self, where: str = "1", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT count(*) AS n FROM {self.table} WHERE deleted_at IS NULL AND ({where})"
        return next(self.db.query(sql, list(params)))["n"]

    # writes (call inside store.edit()) ----------------------------------
    def _insert(self, values: dict[str, Any]) -> str:
        return self.store.insert_row(self.table, values)

    def _insert_record(self, record: T) -> T:
        self._insert(to_row(record))
        return record

    def _update(self, record_id: str, changes: dict[str, Any]) -> None:
        if changes and self._update_where("id = ?", [record_id], changes) == 0:
            raise NotFound(
                say("store.repository", "{noun} {record_id} gibt es nicht (mehr).").format(
                               noun=say("store.repository", self.noun), record_id=record_id))

    def _update_where(self, where: str, params: Sequence[Any], changes: dict[str, Any]) -> int:
        return self.store.update_rows(self.table, where, params, changes)

    def _tombstone(self, where: str, params: Sequence[Any]) -> None:
        self.store.tombstone_rows(self.table, where, params)

    def update(self, record_id: str, **changes: Any) -> T:
        """Change fields of one record (one edit); unknown fields are refused."""
        unknown = set(changes) - set(columns(self.model)) | ({"id"} & set(changes))
        if unknown:
            raise TypeError(f"{self.table}: unknown fields {sorted(unknown)}")
        with self.store.edit():
            self._check_update(self.get(record_id), changes)
            self._update(record_id, changes)
        return self.get(record_id)

    def _check_update(self, current: T, changes: dict[str, Any]) -> None:
        """Rules a change must pass; subclasses add theirs."""

    def delete(self, record_id: str) -> None:
        """Leave a tombstone: the row stays, marked deleted, so laptops can exchange it."""
        with self.store.edit():
            self.get(record_id)
            self._tombstone("id = ?", [record_id])
