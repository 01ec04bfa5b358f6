"""User text on its way into a document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# What XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage
# return, the surrogates, and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: Any) -> str:
    """The one cleaning of user text for documents: drop what XML cannot hold.

    Line breaks stay (CR LF and CR become LF); nothing else changes.
    """
    if text is None:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("", text)


@dataclass(frozen=True)
class Block:
    """A paragraph of notes, or one point of a bullet list."""

    text: str
    bullet: bool = False


_BULLET = re.compile(r"^\s*[-•*–]\s+")


def note_blocks(notes: str) -> list[Block]:
    """Notes as the secretary typed them: paragraphs, and lines starting with "- " as
    bullet points. Lines within a paragraph stay line breaks."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Block("\n".join(paragraph)))
            paragraph.clear()

    for line in clean_text(notes).split("\n"):
        if _BULLET.match(line):
            end_paragraph()
            blocks.append(Block(_BULLET.sub("", line, count=1), bullet=True))
        elif line.strip():
            paragraph.append(line)
        else:
            end_paragraph()
    end_paragraph()
    return blocks
