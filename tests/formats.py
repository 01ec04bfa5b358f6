"""Files as an older format left them, made from today's demo for the migration tests."""

from __future__ import annotations

from pathlib import Path

from sro_desktop.store import Store
from sro_desktop.store.minutes_hash import content_hash
from sro_desktop.store.schema import m014_approval_seals


def as_format_6(path: Path) -> None:
    """The demo's approved minutes as m007 met them: without the agenda as invited and
    the TOP results approval
    has frozen since issue 12 (a field of a later format), their checksums to match."""
    with Store.open(path) as store:
        db = store.db
        locks = {r["name"]: r["sql"] for r in db.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name IN ('agenda_items', 'meetings') AND name LIKE '%_lock_%'")}
        with db.atomic():
            for name in locks:
                db.execute(f"DROP TRIGGER {name}")
            db.execute("UPDATE agenda_items SET result_text = '', invited_position = NULL")
            for m in list(db.query("SELECT id, updated_at FROM meetings "
                                   "WHERE state = 'approved'")):
                db.execute("UPDATE meetings SET content_hash = ? WHERE id = ?",
                           [content_hash(db, m["id"], m["updated_at"]), m["id"]])
            for sql in locks.values():
                db.execute(sql)
            # the list of approvals (format 13) as if made from these checksums
            db.execute("DROP TABLE approvals")
            m014_approval_seals(db)
