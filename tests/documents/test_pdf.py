"""PDF by LibreOffice, read back with pypdf (and the XMP with lxml): approved minutes as
PDF/A-2b, another document as tagged PDF; fonts embedded, German, title and author.

LibreOffice converts twice in this module (a module-scoped fixture); the tests without it
(finding LibreOffice, failures, the suffix) run in the quick loop."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest
from document_reading import XMP, xmp
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from sro_desktop.documents.files import ExportError, output_suffix
from sro_desktop.documents.minutes import export_minutes
from sro_desktop.documents.pdf import MISSING, convert_to_pdf, filter_options, find_soffice
from sro_desktop.documents.signature_list import export_signature_list
from sro_desktop.domain.enums import MeetingState
from sro_desktop.store import Store

BODY = "Steuerungsgruppe Sozialraumorientierung"


@pytest.fixture(scope="module")
def pdfs(demo_file, tmp_path_factory) -> dict[str, Path]:
    """The approved minutes of SG 3 and the Unterschriftenliste of SG 8, as PDF (one
    conversion each)."""
    folder = tmp_path_factory.mktemp("pdf")
    with Store.open(demo_file, read_only=True) as store:
        minutes = store.meetings.resolve("SG 3")
        assert minutes.state is MeetingState.APPROVED
        signatures = store.meetings.resolve("SG 8")
        assert signatures.state is not MeetingState.APPROVED
        return {"minutes": export_minutes(store, minutes.id, folder / "protokoll.pdf"),
                "signatures": export_signature_list(store, signatures.id,
                                                    folder / "unterschriften.pdf")}


def fonts(reader: PdfReader) -> list[dict]:
    """Every font the pages use, with the descendant fonts of composite (Type0) fonts."""
    found: dict[int, dict] = {}

    def visit(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            key = ref.idnum if isinstance(ref, IndirectObject) else id(font)
            if key in found:
                continue
            found[key] = font
            for descendant in font.get("/DescendantFonts") or []:
                found[id(descendant.get_object())] = descendant.get_object()
        for xobject in (resources.get("/XObject") or {}).values():
            visit(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return list(found.values())


@pytest.mark.libreoffice
def test_approved_minutes_are_pdfa_2b(pdfs):
    tree = xmp(PdfReader(pdfs["minutes"]))
    assert tree is not None
    assert tree.findtext(".//pdfaid:part", namespaces=XMP) == "2"
    assert tree.findtext(".//pdfaid:conformance", namespaces=XMP) == "B"


@pytest.mark.libreoffice
def test_other_documents_are_plain_tagged_pdf(pdfs):
    reader = PdfReader(pdfs["signatures"])
    tree = xmp(reader)
    assert tree is None or tree.find(".//pdfaid:part", namespaces=XMP) is None
    assert bool(reader.trailer["/Root"]["/MarkInfo"]["/Marked"])  # tagged
    assert "/StructTreeRoot" in reader.trailer["/Root"]


@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", ["minutes", "signatures"])
def test_every_font_is_embedded(pdfs, kind):
    all_fonts = fonts(PdfReader(pdfs[kind]))
    assert all_fonts
    for font in all_fonts:
        if font["/Subtype"] in ("/Type0", "/Type3"):
            continue  # Type0: its descendant is checked; Type3: glyphs drawn in the PDF
        descriptor = font["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]


@pytest.mark.libreoffice
@pytest.mark.parametrize(("kind", "title"), [
    ("minutes", f"Niederschrift – 3. Sitzung der {BODY}"),
    ("signatures", f"Unterschriftenliste – 8. Sitzung der {BODY}"),
])
def test_german_with_title_and_author(pdfs, kind, title):
    reader = PdfReader(pdfs[kind])
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"
    assert reader.metadata.title == title
    assert reader.metadata.author == BODY
    tree = xmp(reader)
    if tree is not None:  # PDF/A repeats them in the XMP
        assert tree.findtext(".//dc:title//rdf:li", namespaces=XMP) == title
        assert tree.findtext(".//dc:creator//rdf:li", namespaces=XMP) == BODY


@pytest.mark.libreoffice
def test_the_text_is_there(pdfs, demo_file):
    text = " ".join(page.extract_text() for page in PdfReader(pdfs["minutes"]).pages)
    words = " ".join(text.split())
    assert "Niederschrift" in words
    assert "Genehmigt in der 4. Sitzung am" in words
    assert "Siegel der Genehmigung" in words
    with Store.open(demo_file, read_only=True) as store:
        items = store.agenda.list(store.meetings.resolve("SG 3").id)
    for item in items:
        assert " ".join(item.title.split()) in words
    signatures = " ".join(PdfReader(pdfs["signatures"]).pages[0].extract_text().split())
    assert "Unterschriftenliste" in signatures
    assert "Vertretung" in signatures


# -- without LibreOffice, and when it fails ----------------------------------------------
def test_missing_libreoffice_is_said_in_german_and_docx_still_works(demo_store, tmp_path,
                                                                    monkeypatch):
    monkeypatch.setenv("SRO_SOFFICE", str(tmp_path / "gibt-es-nicht" / "soffice"))
    meeting = demo_store.meetings.resolve("SG 3")
    with pytest.raises(ExportError) as caught:
        export_minutes(demo_store, meeting.id, tmp_path / "protokoll.pdf")
    assert str(caught.value) == MISSING
    assert "Für PDF wird LibreOffice benötigt" in MISSING
    assert "DOCX geht weiterhin" in MISSING
    assert not any(tmp_path.glob("*.pdf"))
    assert not any(tmp_path.glob(".*"))
    word = export_minutes(demo_store, meeting.id, tmp_path / "protokoll.docx")
    assert word.read_bytes()[:2] == b"PK"


def test_finding_libreoffice(tmp_path):
    program = tmp_path / "soffice"
    program.write_text("")
    assert find_soffice({"SRO_SOFFICE": str(program)}) == program
    # SRO_SOFFICE set: only that, even where LibreOffice is installed
    assert find_soffice({"SRO_SOFFICE": str(tmp_path / "nichts")}) is None
    assert find_soffice({"PATH": "/bin"}, which=lambda name, path: f"/x/{name}"
                        ) == Path("/x/soffice")


@pytest.fixture
def fake_soffice(tmp_path):
    """A program in LibreOffice's place that runs the given Python lines (with this
    Python, so it stands in on every system)."""

    def make(lines: str) -> Path:
        folder = tmp_path / "bin"
        folder.mkdir(exist_ok=True)
        script = folder / "soffice.py"
        script.write_text(lines + "\n", encoding="utf-8")
        if os.name == "nt":
            program = folder / "soffice.bat"
            program.write_text(f'@"{sys.executable}" "{script}" %*\n')
        else:
            program = folder / "soffice"
            program.write_text(f"#!/bin/sh\nexec '{sys.executable}' '{script}' \"$@\"\n")
            program.chmod(program.stat().st_mode | stat.S_IXUSR)
        return program
    return make


def docx(tmp_path) -> Path:
    source = tmp_path / "quelle.docx"
    source.write_bytes(b"PK")
    return source


def test_a_failing_conversion_leaves_the_old_file(tmp_path, fake_soffice):
    program = fake_soffice("import sys\n"
                           "sys.stderr.write('Error: source file could not be loaded\\n')\n"
                           "sys.exit(1)")
    target = tmp_path / "alt.pdf"
    target.write_bytes(b"%PDF alt")
    with pytest.raises(ExportError, match="LibreOffice konnte kein PDF erzeugen.*could not be "
                                          "loaded.*\\.docx geht"):
        convert_to_pdf(docx(tmp_path), target, soffice=program)
    assert target.read_bytes() == b"%PDF alt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.pdf", "bin", "quelle.docx"]


def test_a_conversion_that_hangs_is_stopped(tmp_path, fake_soffice):
    program = fake_soffice("import time\ntime.sleep(600)")
    with pytest.raises(ExportError, match="nicht in 0 Sekunden erzeugt und wurde abgebrochen"):
        convert_to_pdf(docx(tmp_path), tmp_path / "neu.pdf", soffice=program, timeout=0.1)
    assert not (tmp_path / "neu.pdf").exists()


def test_libreoffice_is_called_with_its_own_profile_and_the_pdfa_options(tmp_path,
                                                                           fake_soffice):
    """What LibreOffice is asked to do (the real conversion is checked above)."""
    called = tmp_path / "args.txt"
    program = fake_soffice("import pathlib, sys\n"
                           "args = sys.argv[1:]\n"
                           f"pathlib.Path({str(called)!r}).write_text('\\n'.join(args))\n"
                           "out = pathlib.Path(args[-1]).parent / 'out'\n"
                           "(out / 'dokument.pdf').write_bytes(b'%PDF-1.7')")
    target = convert_to_pdf(docx(tmp_path), tmp_path / "neu.pdf", archive=True, soffice=program)
    assert target.read_bytes() == b"%PDF-1.7"
    args = called.read_text().splitlines()
    assert args[0].startswith("-env:UserInstallation=file:///")
    assert "--headless" in args
    options = json.loads(args[args.index("--convert-to") + 1].split(":", 2)[2])
    assert options["SelectPdfVersion"] == {"type": "long", "value": "2"}
    assert json.loads(filter_options(archive=False).split(":", 2)[2])["SelectPdfVersion"][
        "value"] == "0"


@pytest.mark.parametrize(("name", "allowed", "suffix"), [
    ("a.docx", (".docx", ".pdf"), ".docx"), ("A.PDF", (".docx", ".pdf"), ".pdf"),
    ("a.csv", (".docx", ".pdf", ".csv"), ".csv")])
def test_the_suffix_decides(name, allowed, suffix):
    assert output_suffix(name, allowed) == suffix


@pytest.mark.parametrize(("name", "message"), [
    ("a.odt", "a.odt: bitte als .docx (Word) oder .pdf (PDF) speichern."),
    ("a", "a: bitte als .docx (Word) oder .pdf (PDF) speichern."),
    ("a.csv", "a.csv: bitte als .docx (Word) oder .pdf (PDF) speichern.")])
def test_other_suffixes_are_refused(name, message):
    with pytest.raises(ExportError) as caught:
        output_suffix(name)
    assert str(caught.value) == message


def test_pdf_is_offered_for_lists_with_csv():
    with pytest.raises(ExportError, match=r"\.docx \(Word\), \.pdf \(PDF\) oder \.csv "):
        output_suffix("liste.xlsx", (".docx", ".pdf", ".csv"))


def test_the_path_is_not_searched_when_sro_soffice_is_set(tmp_path):
    def which(*_args, **_kwargs):
        raise AssertionError("PATH searched")

    assert find_soffice({"SRO_SOFFICE": str(tmp_path)}, which=which) is None  # a folder
