"""Values of the user's, cut short for a message: no message repeats more than ~80 characters."""

from __future__ import annotations

from ..domain.words import say

LIMIT = 80


def cut(value: object, limit: int = LIMIT) -> str:
    """``value`` as one line of at most ``limit`` characters, cut with "…"; bytes are
    named by their size (a message never shows raw bytes)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return say("store.cut", "<{count} Bytes>").format(count=len(bytes(value)))
    whole = "NULL" if value is None else str(value)
    text = " ".join(whole[:limit * 2].split())  # a huge value is not split whole
    if len(text) <= limit and len(whole) <= limit * 2:
        return text
    return text[:max(limit - 1, 0)] + "…"
