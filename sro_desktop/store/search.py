"""Global search over the FTS5 index that the file's triggers keep in sync."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlite_utils import Database

KIND_LABELS = {
    "meetings": "Sitzung",
    "agenda_items": "TOP",
    "decisions": "Beschluss",
    "tasks": "Aufgabe",
    "recommendations": "Empfehlung",
}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # the table the record lives in
    record_id: str
    title: str
    snippet: str
    meeting_id: str | None  # where a meeting's record is shown

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def fts_query(text: str) -> str:
    """Each word a quoted prefix, all of them required: safe for any user text."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text))
    return " AND ".join(f'"{w}"*' for w in words)


def search(db: Database, text: str, limit: int = 50) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    rows = db.query(
        "SELECT s.kind, s.record_id, s.title, "
        "snippet(search_index, 3, '»', '«', ' … ', 12) AS snippet, "
        "CASE s.kind WHEN 'meetings' THEN s.record_id "
        "  WHEN 'agenda_items' THEN (SELECT meeting_id FROM agenda_items WHERE id = s.record_id) "
        "  WHEN 'decisions' THEN (SELECT meeting_id FROM decisions WHERE id = s.record_id) "
        "END AS meeting_id "
        "FROM search_index s WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
        [query, limit],
    )
    return [SearchHit(r["kind"], r["record_id"], r["title"], r["snippet"], r["meeting_id"])
            for r in rows]
