"""The English catalogue is complete and current, and the language switch reaches the
texts below the window (issue 18, item 4)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sro_desktop import language, paths
from sro_desktop.domain import words
from sro_desktop.domain.enums import AttendanceStatus, DecisionRule

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "translations" / "sro_desktop_en.ts"
PLACEHOLDER = re.compile(r"%\d|%n|\{\w*\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")}


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_every_message_is_translated_with_its_placeholders():
    found = messages(CATALOGUE)
    assert len(found) > 1500
    wrong = []
    for (context, source), message in found.items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete"):
            wrong.append(f"{context}: {source!r} is not translated")
            continue
        for text in translations(message):
            if not text.strip():
                wrong.append(f"{context}: {source!r} is empty")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r}: other placeholders")
            elif accelerators(text) > 1:  # the letters themselves: tests/ui/test_accelerators.py
                wrong.append(f"{context}: {source!r} -> {text!r}: more than one & accelerator")
    assert wrong == []


@pytest.mark.slow
def test_the_catalogue_holds_every_text_of_the_source(tmp_path):
    """lupdate over today's source finds no message the catalogue lacks."""
    lupdate = language.wheel_tool("pyside6-lupdate")
    assert lupdate is not None, "the PySide6 wheel ships pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "sro_desktop").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-tr-function-alias", "QT_TRANSLATE_NOOP+=say",
                    "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True)
    missing = sorted(f"{c}: {s!r}" for c, s in set(messages(fresh)) - set(messages(CATALOGUE)))
    assert missing == [], "run: python packaging/translations.py update"


def test_no_message_hides_its_context():
    """``parent.tr`` and module-level ``tr`` wrappers give lupdate no context the program
    looks up at run time: such texts would never be translated."""
    hidden = sorted(s for c, s in messages(CATALOGUE)
                    if c in ("", "parent", "window", "widget", "self", "dialog"))
    assert hidden == []


def test_english_reaches_the_labels_below_the_window(english):
    assert words.language() == "en"
    assert AttendanceStatus.PRESENT.label == "present"
    assert DecisionRule.TWO_THIRDS.label != "Zweidrittelmehrheit"
    assert AttendanceStatus.parse("anwesend") is AttendanceStatus.PRESENT  # a file's German
    assert AttendanceStatus.parse("present") is AttendanceStatus.PRESENT


def test_german_is_the_source_and_the_default(monkeypatch):
    monkeypatch.delenv("SRO_LANG", raising=False)
    assert language.chosen() == "de"
    assert language.use("de") == "de"
    assert AttendanceStatus.PRESENT.label == "anwesend"
    monkeypatch.setenv("SRO_LANG", "en_GB.UTF-8")
    assert language.chosen() == "en"
    monkeypatch.setenv("SRO_LANG", "fr")
    assert language.chosen() == "de"  # no French: German


def test_a_source_install_builds_the_catalogue_once_into_the_cache(english):
    built = paths.cache_dir() / "sro_desktop_en.qm"
    assert built.is_file()
    assert built.stat().st_size > 10_000
    first = built.stat().st_mtime_ns
    assert language.catalogue("en") == built
    assert built.stat().st_mtime_ns == first  # not built again while the .ts is older
