"""`sro-desktop export …`: the suffix of --out decides the format (.docx, .pdf, .csv where
the kind has it); anything else is refused and nothing is written. PDF without LibreOffice
is refused in German; the Unterschriftenliste as a kind of its own."""

from __future__ import annotations

import pytest
from command_line import assert_user_error, run
from docx import Document

MEETING = ("--meeting", "SG 3")
KINDS = [("minutes", MEETING), ("invitation", ("--meeting", "SG 8")),
         ("signatures", ("--meeting", "SG 8")), ("tasks", ("--body", "SG")),
         ("decisions", ("--body", "SG")), ("report", ()), ("members", ("--body", "SG"))]


@pytest.mark.parametrize(("what", "args"), KINDS, ids=[k[0] for k in KINDS])
def test_an_unknown_suffix_is_refused(demo, tmp_path, what, args):
    out = tmp_path / "dokument.odt"
    result = run("export", what, *args, "--db", demo, "--out", out)
    with_csv = what in ("tasks", "decisions", "members")
    line = assert_user_error(result, "dokument.odt: bitte als .docx (Word)",
                             ".pdf (PDF)" + (" oder .csv (Excel)" if with_csv else ""))
    assert (".csv" in line) is with_csv
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("what", "args"), [KINDS[0], KINDS[3], KINDS[6]],
                         ids=["minutes", "tasks", "members"])
def test_pdf_without_libreoffice(demo, tmp_path, monkeypatch, what, args):
    """Before, --out x.pdf wrote a Word file under that name."""
    monkeypatch.setenv("SRO_SOFFICE", str(tmp_path / "nirgends"))
    result = run("export", what, *args, "--db", demo, "--out", tmp_path / "p.pdf")
    assert_user_error(result, "Für PDF wird LibreOffice benötigt", "DOCX geht weiterhin")
    assert list(tmp_path.iterdir()) == []
    result = run("export", what, *args, "--db", demo, "--out", tmp_path / "p.docx")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "p.docx").read_bytes()[:2] == b"PK"


def test_the_signature_list_as_word(demo, tmp_path):
    out = tmp_path / "unterschriften.docx"
    result = run("export", "signatures", "--meeting", "SG 8", "--db", demo, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Geschrieben: {out}"
    document = Document(str(out))
    cells = {c.text for t in document.tables for r in t.rows for c in r.cells}
    assert {"Unterschrift", "Vertretung"} <= cells
    assert any(c.startswith("Stefan Ohmsen") for c in cells)
