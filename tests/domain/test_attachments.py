"""Which files a TOP takes as papers, and how their names and sizes are written."""

from __future__ import annotations

import pytest

from sro_desktop.domain.attachments import (
    MAX_SIZE,
    check_content,
    check_duplicate,
    check_name,
    clean_name,
    papers_line,
    size_label,
)
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import Attachment


@pytest.mark.parametrize(("size", "label"), [
    (0, "0 Bytes"), (1, "1 Byte"), (1023, "1023 Bytes"), (1024, "1 KB"), (24_576, "24 KB"),
    (1_048_575, "1,0 MB"), (1_048_576, "1,0 MB"), (1_258_291, "1,2 MB"),
    (MAX_SIZE, "20,0 MB"),
])
def test_size_label(size, label):
    assert size_label(size) == label


@pytest.mark.parametrize(("name", "cleaned"), [
    ("Konzept.pdf", "Konzept.pdf"),
    (r"C:\Users\gs\Konzept.pdf", "Konzept.pdf"),
    ("../../etc/passwd", "passwd"),
    ('Frage?: "Ja"<>|*.docx', "Frage__ _Ja_____.docx"),
    ("  Leerzeichen.pdf  ", "Leerzeichen.pdf"),
    ("Tab\tname.pdf", "Tab_name.pdf"),
    ("...", ""),
    ("", ""),
    ("Straße 🙂.pdf", "Straße 🙂.pdf"),
])
def test_clean_name(name, cleaned):
    assert clean_name(name) == cleaned


def test_a_name_that_cleans_to_nothing_is_refused():
    with pytest.raises(RuleViolation, match="Dateinamen") as refused:
        check_name("/")
    assert refused.value.field == "name"


@pytest.mark.parametrize(("size", "refusal"), [
    (0, "„a.pdf“ ist leer"), (1, None), (MAX_SIZE, None),
    (MAX_SIZE + 1, "„a.pdf“ ist 20,0 MB groß; angehängt werden Dateien bis 20 MB"),
])
def test_check_content(size, refusal):
    if refusal is None:
        check_content("a.pdf", size)
    else:
        with pytest.raises(RuleViolation, match=refusal):
            check_content("a.pdf", size)


def paper(name: str, sha: str, size: int = 10) -> Attachment:
    return Attachment(name, "top", 1, name, "application/pdf", size, sha)


@pytest.mark.parametrize(("name", "sha", "refusal"), [
    ("neu.pdf", "c", None),
    ("a.pdf", "a", "„a.pdf“ hängt schon an diesem TOP.$"),
    ("Kopie.pdf", "b", "„Kopie.pdf“ hängt schon an diesem TOP \\(als „b.pdf“\\)"),
    ("a.pdf", "c", None),  # the same name with other bytes: another version
])
def test_check_duplicate(name, sha, refusal):
    present = [paper("a.pdf", "a"), paper("b.pdf", "b")]
    if refusal is None:
        check_duplicate(name, sha, present)
    else:
        with pytest.raises(RuleViolation, match=refusal):
            check_duplicate(name, sha, present)


def test_papers_line():
    assert papers_line([]) == ""
    assert papers_line([paper("a.pdf", "a", 1_258_291), paper("b.docx", "b", 24_576)]) == (
        "a.pdf (1,2 MB), b.docx (24 KB)")
