"""Where the OParl tree goes: a foreign folder is refused untouched, an earlier export is
replaced whole, nothing is left beside it; the base URL must be http(s); the hook for the
PDF of the approved minutes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sro_desktop.documents.files import ExportError
from sro_desktop.documents.oparl import check_base_url, export_oparl
from sro_desktop.store import Store

BASE = "https://ris.example.org/oparl"


@pytest.fixture(scope="module")
def demo_copy(demo_path, tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("oparl-folder") / "demo.sro"
    shutil.copy(demo_path, copy)
    return copy


def test_a_foreign_folder_is_refused_and_left_as_it_was(demo_copy, tmp_path):
    target = tmp_path / "Ablage"
    target.mkdir()
    (target / "Brief.txt").write_text("nicht löschen", encoding="utf-8")
    with Store.open(demo_copy, read_only=True) as store, \
            pytest.raises(ExportError, match="nicht leer .* keinen früheren OParl-Export"):
        export_oparl(store, target, BASE)
    assert [p.name for p in target.iterdir()] == ["Brief.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Ablage"]


def test_an_earlier_export_is_replaced_whole_and_the_pdf_hook_adds_a_derived_file(
        demo_copy, tmp_path):
    target = tmp_path / "oparl"
    target.mkdir()  # an empty folder is fine
    converted = []

    def to_pdf(docx: Path, pdf: Path) -> None:
        assert docx.read_bytes()[:2] == b"PK"
        converted.append(docx.name)
        pdf.write_bytes(b"%PDF-1.7 stand-in\n")

    with Store.open(demo_copy, read_only=True) as store:
        export_oparl(store, target, BASE)
        (target / "person" / "stale.json").write_text("{}", encoding="utf-8")
        summary = export_oparl(store, target, BASE, minutes_pdf=to_pdf)
    assert not (target / "person" / "stale.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oparl"]  # no temporary folders
    files = [json.loads(p.read_text(encoding="utf-8")) for p in (target / "file").iterdir()]
    pdfs = [f for f in files if f["mimeType"] == "application/pdf"]
    assert converted
    assert len(pdfs) == len(converted) == summary.downloads // 2
    masters = {f["id"]: f for f in files if f["mimeType"] != "application/pdf"}
    for pdf in pdfs:
        assert masters[pdf["masterFile"]]["derivativeFile"] == [pdf["id"]]
        assert (target / pdf["accessUrl"].removeprefix(BASE + "/")).read_bytes() \
            == b"%PDF-1.7 stand-in\n"


@pytest.mark.parametrize("url", ["ftp://ris.example.org/oparl", "ris.example.org/oparl",
                                 "https://", "https://ris.example.org/a b", "",
                                 "file:///tmp/oparl"])
def test_the_base_url_must_be_http_or_https(url):
    with pytest.raises(ExportError, match="http:// oder https://"):
        check_base_url(url)


def test_a_trailing_slash_of_the_base_url_is_dropped():
    assert check_base_url(" https://ris.example.org/oparl/ ") == BASE


def test_wall_clock_times_carry_the_offset_of_their_day():
    from datetime import date

    from sro_desktop.documents.oparl_objects import berlin_local

    assert berlin_local(date(2026, 3, 29), "01:30") == "2026-03-29T01:30:00+01:00"
    assert berlin_local(date(2026, 3, 29), "03:30") == "2026-03-29T03:30:00+02:00"
    assert berlin_local(date(2026, 10, 25), "04:00") == "2026-10-25T04:00:00+01:00"
    assert berlin_local(date(2026, 7, 1), "") is None
    assert berlin_local(date(2026, 7, 1), "9 Uhr") is None
