"""When each row was made and last changed, and which rows are deleted: for exports that
publish these moments (the OParl export's ``created``/``modified``/``deleted``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .core import Store

# the tables whose stamps may be read (names go into SQL, so only these)
TABLES = frozenset({"bodies", "organizations", "people", "memberships", "meetings",
                    "agenda_items", "decisions", "recommendations", "attachments"})


class Stamps(NamedTuple):
    created_at: str
    updated_at: str
    deleted_at: str | None


def row_stamps(store: Store, table: str) -> dict[str, Stamps]:
    """Record id -> its stamps (UTC ISO 8601), deleted rows included."""
    if table not in TABLES:
        raise ValueError(f"no stamps for table {table!r}")
    rows = store.db.execute(f"SELECT id, created_at, updated_at, deleted_at FROM {table}")
    return {r[0]: Stamps(r[1], r[2], r[3]) for r in rows.fetchall()}


def deleted_ids(store: Store, table: str, where: str = "1") -> list[str]:
    """The ids of deleted rows of ``table`` for which ``where`` (fixed SQL of the caller,
    no user values) holds, in id order."""
    if table not in TABLES:
        raise ValueError(f"no stamps for table {table!r}")
    rows = store.db.execute(f"SELECT id FROM {table} WHERE deleted_at IS NOT NULL "
                            f"AND ({where}) ORDER BY id")
    return [r[0] for r in rows.fetchall()]
