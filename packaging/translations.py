"""The English catalogue: update it from the source, hand out and take back its open
messages, and count them.

    python packaging/translations.py update          # lupdate over sro_desktop/
    python packaging/translations.py todo DIR [N]    # open messages as N JSON files
    python packaging/translations.py apply FILE...   # translations from JSON files
    python packaging/translations.py stats           # open messages per context
    python packaging/translations.py pseudo [--off]  # ⟦German⟧ as the English .qm

The JSON files are lists of {"context", "source", "translation"}; ``apply`` takes
each one whose context and source are still in the catalogue and marks it finished.
German is the source language; lupdate finds ``tr()`` in the window and ``say`` /
``QT_TRANSLATE_NOOP`` below it (sro_desktop/domain/words.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the package of this checkout, for its language helpers
CATALOGUE = ROOT / "resources" / "translations" / "sro_desktop_en.ts"


def lupdate() -> str:
    from sro_desktop.language import wheel_tool

    tool = wheel_tool("pyside6-lupdate")
    if tool is None:
        raise SystemExit("pyside6-lupdate not found (pip install PySide6)")
    return tool


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "sro_desktop").rglob("*.py"))
    subprocess.run([lupdate(), *sources, "-tr-function-alias", "QT_TRANSLATE_NOOP+=say",
                    "-no-obsolete", "-locations", "none", "-source-language", "de_DE",
                    "-target-language", "en_GB", "-ts", str(CATALOGUE)],
                   cwd=ROOT, check=True)


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in tree.getroot().iter("context")
            for message in context.iter("message")]


def is_open(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished" \
        or not "".join(translation.itertext()).strip()


def todo(folder: Path, parts: int) -> None:
    tree = ET.parse(CATALOGUE)
    open_ones = [{"context": c, "source": m.findtext("source") or "",
                  **({"comment": m.findtext("comment")} if m.find("comment") is not None else {}),
                  **({"numerus": "give [singular, plural]"} if m.get("numerus") == "yes" else {}),
                  "translation": ""}
                 for c, m in messages(tree) if is_open(m)]
    folder.mkdir(parents=True, exist_ok=True)
    size = -(-len(open_ones) // parts) if open_ones else 0
    for number in range(parts):
        chunk = open_ones[number * size:(number + 1) * size]
        target = folder / f"part{number + 1}.json"
        target.write_text(json.dumps(chunk, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(open_ones)} open messages in {parts} files under {folder}")


def apply(files: list[Path]) -> None:
    given: dict[tuple[str, str], str | list[str]] = {}
    by_source: dict[str, set[str]] = {}
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            text = entry.get("translation")
            if text and (not isinstance(text, str) or text.strip()):
                given[(entry["context"], entry["source"])] = text
                by_source.setdefault(entry["source"], set()).add(json.dumps(text))
    tree = ET.parse(CATALOGUE)
    used = 0
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        text = given.get((context, source))
        if text is None and len(by_source.get(source, ())) == 1 and is_open(message):
            text = json.loads(next(iter(by_source[source])))  # moved to another context
        if text is None:
            continue
        set_translation(message, text)
        used += 1
    write(tree)
    print(f"{used} messages translated from {len(given)} given")


def set_translation(message: ET.Element, text: str | list[str]) -> None:
    """A finished translation; a numerus message (%n) takes [singular, plural] or one
    text for both."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = [text, text] if isinstance(text, str) else list(text)
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text if isinstance(text, str) else text[0]


def write(tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    CATALOGUE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                         + body + "\n", encoding="utf-8")


def stats() -> None:
    tree = ET.parse(CATALOGUE)
    found = messages(tree)
    open_ones = Counter(c for c, m in found if is_open(m))
    for context, count in open_ones.most_common():
        print(f"{count:5}  {context}")
    print(f"{sum(open_ones.values())} of {len(found)} messages open")


def pseudo(off: bool) -> None:
    """Every message as ⟦its German source⟧ in resources/translations/sro_desktop_en.qm
    (which sro_desktop.language prefers while it is newer than the .ts): a text shown
    without the brackets under SRO_LANG=en never went through the catalogue."""
    target = CATALOGUE.with_suffix(".qm")
    target.unlink(missing_ok=True)
    if off:
        return
    tree = ET.parse(CATALOGUE)
    for _context, message in messages(tree):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        set_translation(message, f"⟦{message.findtext('source') or ''}⟧")
    temporary = target.with_suffix(".pseudo.ts")
    temporary.write_text(ET.tostring(tree.getroot(), encoding="unicode"), encoding="utf-8")
    from sro_desktop.language import compile_catalogue

    compile_catalogue(temporary, target)
    temporary.unlink()
    print(f"pseudo catalogue: {target}")


if __name__ == "__main__":
    command, *rest = sys.argv[1:] or ["stats"]
    if command == "update":
        update()
    elif command == "todo":
        todo(Path(rest[0]), int(rest[1]) if len(rest) > 1 else 1)
    elif command == "apply":
        apply([Path(r) for r in rest])
    elif command == "pseudo":
        pseudo("--off" in rest)
    else:
        stats()
