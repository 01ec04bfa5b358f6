"""`sro-desktop export oparl`: the tree written with its counts; a base URL that is not
http(s), or a folder that is not ours, refused in one line with exit 1."""

from __future__ import annotations

import io
import json

import pytest
from command_line import assert_user_error, run
from document_reading import XMP, xmp
from pypdf import PdfReader


def test_the_tree_is_written_and_counted(demo, tmp_path):
    out = tmp_path / "oparl"
    result = run("export", "oparl", "--db", demo, "--base-url", "https://ris.example.org/sro/",
                 "--out", out)
    assert result.returncode == 0, result.stderr
    system = json.loads((out / "system.json").read_text(encoding="utf-8"))
    assert system["id"] == "https://ris.example.org/sro/system.json"
    meetings = len(list((out / "meeting").iterdir()))
    assert f"meeting: {meetings}" in result.stdout
    assert "Geschrieben:" in result.stdout
    assert result.stderr == ""


def test_a_base_url_that_is_not_http_is_refused(demo, tmp_path):
    for url in ("ftp://ris.example.org/sro", "ris.example.org"):
        result = run("export", "oparl", "--db", demo, "--base-url", url, "--out",
                     tmp_path / "oparl")
        assert_user_error(result, "http://", "https://")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_with_other_files_is_refused(demo, tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("export", "oparl", "--db", demo, "--base-url", "https://ris.example.org",
                 "--out", tmp_path)
    assert_user_error(result, "nicht leer")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


@pytest.mark.libreoffice
def test_the_approved_minutes_also_as_pdf_a(demo, tmp_path):
    out = tmp_path / "oparl"
    result = run("export", "oparl", "--db", demo, "--base-url", "https://ris.example.org",
                 "--pdf", "--out", out)
    assert result.returncode == 0, result.stderr
    pdfs = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "file").iterdir()]
    pdfs = [f for f in pdfs if f["mimeType"] == "application/pdf"]
    approved = [m for m in (json.loads(p.read_text(encoding="utf-8"))
                            for p in (out / "meeting").iterdir()) if "resultsProtocol" in m]
    assert pdfs
    assert len(pdfs) == len(approved)
    base = "https://ris.example.org/"
    data = (out / pdfs[0]["accessUrl"].removeprefix(base)).read_bytes()
    assert len(data) == pdfs[0]["size"]
    tree = xmp(PdfReader(io.BytesIO(data)))
    assert tree is not None
    assert tree.findtext(".//pdfaid:part", namespaces=XMP) == "2"  # PDF/A-2b
    assert tree.findtext(".//pdfaid:conformance", namespaces=XMP) == "B"


def test_pdf_without_libreoffice_is_refused(demo, tmp_path, monkeypatch):
    monkeypatch.setenv("SRO_SOFFICE", str(tmp_path / "no-soffice"))
    result = run("export", "oparl", "--db", demo, "--base-url", "https://ris.example.org",
                 "--pdf", "--out", tmp_path / "oparl")
    assert_user_error(result, "LibreOffice")
    assert not (tmp_path / "oparl").exists()
