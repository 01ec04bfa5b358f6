"""The minutes as HTML for the window's preview, from the same context as the Word file."""

from __future__ import annotations

from typing import Any

from .render import environment, shipped_template
from .text import clean_text

PREVIEW = "minutes_preview.html"


def minutes_html(context: dict[str, Any]) -> str:
    """HTML of the minutes; user text is escaped by the sandbox's autoescape."""
    source = shipped_template(PREVIEW).read_text(encoding="utf-8")
    return clean_text(environment().from_string(source).render(context))
