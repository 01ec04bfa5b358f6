"""Global search over the FTS5 index that the file's triggers keep in sync.

The index (m009) holds each record's title and text as written and, in the column
``words``, both folded (no diacritics) for FTS5's trigram tokenizer: a word typed is
found anywhere inside a word ("Budget" in "Sozialraumbudget"), whatever its case and
its umlauts' dots. Trigrams need three characters: a shorter word is looked for with
LIKE in the same column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlite_utils import Database

from .schema import FOLD_FROM, FOLD_MARKS, FOLD_TO

KIND_LABELS = {
    "meetings": "Sitzung",
    "agenda_items": "TOP",
    "decisions": "Beschluss",
    "tasks": "Aufgabe",
    "recommendations": "Empfehlung",
    "people": "Person",
}

_FOLD = str.maketrans(FOLD_FROM, FOLD_TO, FOLD_MARKS)
SNIPPET_CHARS = 90


@dataclass(frozen=True)
class SearchHit:
    kind: str  # the table the record lives in
    record_id: str
    title: str
    snippet: str
    meeting_id: str | None  # where a meeting's record is shown
    membership_id: str | None = None  # where a person is shown (their latest membership)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def fold(text: str) -> str:
    """As the index folds: composed, then without diacritics (Latin letters)."""
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def query_words(text: str) -> list[str]:
    """The words of a query, folded; punctuation and FTS syntax are no words."""
    return re.findall(r"\w+", fold(text))


def fts_query(words: list[str]) -> str:
    """The words of three or more characters, each a quoted substring, all required."""
    return " AND ".join(f'"{w}"' for w in words if len(w) >= 3)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_SELECT = (
    "SELECT s.kind, s.record_id, s.title, s.body, "
    "CASE s.kind WHEN 'meetings' THEN s.record_id "
    "  WHEN 'agenda_items' THEN (SELECT meeting_id FROM agenda_items WHERE id = s.record_id) "
    "  WHEN 'decisions' THEN (SELECT meeting_id FROM decisions WHERE id = s.record_id) "
    "END AS meeting_id, "
    "CASE s.kind WHEN 'people' THEN (SELECT m.id FROM memberships m "
    "  WHERE m.person_id = s.record_id AND m.deleted_at IS NULL "
    "  ORDER BY m.valid_to IS NULL DESC, m.valid_to DESC LIMIT 1) "
    "END AS membership_id "
    "FROM search_index s"
)


def search(db: Database, text: str, limit: int = 50) -> list[SearchHit]:
    words = query_words(text)[:50]
    if not words:
        return []
    match = fts_query(words)
    short = [w for w in words if len(w) < 3]
    conditions = (["search_index MATCH ?"] if match else []) + \
        ["s.words LIKE ? ESCAPE '\\'" for _ in short]
    parameters = ([match] if match else []) + [_like(w) for w in short]
    order = "rank" if match else "s.kind, s.title"
    rows = db.query(f"{_SELECT} WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT ?",
                    [*parameters, limit])
    return [SearchHit(r["kind"], r["record_id"], r["title"], snippet(r["body"], words),
                      r["meeting_id"], r["membership_id"]) for r in rows]


def snippet(body: str, words: list[str]) -> str:
    """A piece of ``body`` around the first word found, each found word in »…«."""
    # Fold character by character, so a place in the folded text is one in the body.
    folded: list[str] = []
    places: list[int] = []
    for place, char in enumerate(body):
        for piece in char.translate(_FOLD):
            lower = piece.lower()
            folded.append(lower if len(lower) == 1 else piece)
            places.append(place)
    haystack = "".join(folded)
    spans: list[tuple[int, int]] = []
    for word in words:
        needle = word.lower()
        for found in re.finditer(re.escape(needle), haystack):
            spans.append((places[found.start()], places[found.end() - 1] + 1))
    if not spans:
        return _shorten(body, 0, min(len(body), SNIPPET_CHARS))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    first = merged[0][0]
    begin = max(0, first - SNIPPET_CHARS // 3)
    end = min(len(body), begin + SNIPPET_CHARS)
    marked = ""
    cursor = begin
    for start, stop in merged:
        if start < begin or stop > end:
            continue
        marked += body[cursor:start] + "»" + body[start:stop] + "«"
        cursor = stop
    marked += body[cursor:end]
    return ("… " if begin > 0 else "") + marked.strip() + (" …" if end < len(body) else "")


def _shorten(body: str, begin: int, end: int) -> str:
    return body[begin:end].strip() + (" …" if end < len(body) else "")
