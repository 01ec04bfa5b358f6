"""The papers of a TOP kept inside the file (Unterlagen): what is accepted, and how
their sizes and lists are written in German."""

from __future__ import annotations

from collections.abc import Iterable

from .errors import RuleViolation
from .model import Attachment
from .words import say

MAX_SIZE_MB = 20
MAX_SIZE = MAX_SIZE_MB * 1024 * 1024  # bytes per file; the file would grow too fast beyond
_FORBIDDEN = set('/\\:*?"<>|') | {chr(c) for c in range(32)}


def size_label(size: int) -> str:
    """ "512 Bytes", "3 KB", "1,2 MB" (binary units, one decimal from MB on)."""
    if size < 1024:
        return f"{size} Byte" if size == 1 else f"{size} Bytes"
    if round(size / 1024) < 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def clean_name(name: str) -> str:
    """A file name as stored: no folders, no characters Windows refuses in a name."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join("_" if c in _FORBIDDEN else c for c in name).strip().strip(".")
    return name.strip()


def check_name(name: str) -> str:
    """The name cleaned, or a refusal when nothing is left of it."""
    cleaned = clean_name(name)
    if not cleaned:
        raise RuleViolation(
            say("domain.attachments", "Die Unterlage braucht einen Dateinamen."), "name")
    return cleaned


def check_content(name: str, size: int) -> None:
    """An empty file or one over the limit is refused, naming the file."""
    if size == 0:
        raise RuleViolation(say("domain.attachments", "Die Datei „{name}“ ist leer und wird "
                                                      "nicht angehängt.").format(name=name))
    if size > MAX_SIZE:
        raise RuleViolation(
            say("domain.attachments", "Die Datei „{name}“ ist {size_label} groß; angehängt "
                                      "werden Dateien bis {MAX_SIZE_MB} MB. Bitte eine kleinere "
                                      "Fassung (z. B. ein komprimiertes PDF) anhängen oder die "
                                      "Datei außerhalb der SRO-Datei ablegen.").format(
                name=name, size_label=size_label(size), MAX_SIZE_MB=MAX_SIZE_MB))


def check_duplicate(name: str, sha256: str, present: Iterable[Attachment]) -> None:
    """The same bytes twice at one TOP are refused, naming the paper already there."""
    for other in present:
        if other.sha256 == sha256:
            same = "" if other.name == name else \
                say("domain.attachments", " (als „{name}“)").format(name=other.name)
            raise RuleViolation(say("domain.attachments", "Die Datei „{name}“ hängt schon an "
                                                          "diesem TOP{same}.").format(
                                    name=name, same=same))


def papers_line(attachments: Iterable[Attachment]) -> str:
    """ "a.pdf (1,2 MB), b.docx (24 KB)" in the order of the TOP's papers."""
    return ", ".join(f"{a.name} ({size_label(a.size)})" for a in attachments)
