"""The English catalogue: update it from the source, hand out and take back its open
messages, and count them.

    python packaging/translations.py update          # lupdate over sro_desktop/
    python packaging/translations.py todo DIR [N]    # open messages as N JSON files
    python packaging/translations.py apply FILE...   # translations from JSON files
    python packaging/translations.py stats           # open messages per context

The JSON files are lists of {"context", "source", "translation"}; ``apply`` takes
each one whose context and source are still in the catalogue and marks it finished.
German is the source language; lupdate finds ``tr()`` in the window and ``say`` /
``QT_TRANSLATE_NOOP`` below it (sro_desktop/domain/words.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "translations" / "sro_desktop_en.ts"


def lupdate() -> str:
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or \
        shutil.which("pyside6-lupdate")
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
        or not (translation.text or "").strip()


def todo(folder: Path, parts: int) -> None:
    tree = ET.parse(CATALOGUE)
    open_ones = [{"context": c, "source": m.findtext("source") or "",
                  **({"comment": m.findtext("comment")} if m.find("comment") is not None else {}),
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
    given: dict[tuple[str, str], str] = {}
    by_source: dict[str, set[str]] = {}
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            if entry.get("translation", "").strip():
                given[(entry["context"], entry["source"])] = entry["translation"]
                by_source.setdefault(entry["source"], set()).add(entry["translation"])
    tree = ET.parse(CATALOGUE)
    used = 0
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        text = given.get((context, source))
        if text is None and len(by_source.get(source, ())) == 1 and is_open(message):
            text = next(iter(by_source[source]))  # moved to another context
        if text is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.text = text
        translation.attrib.pop("type", None)
        used += 1
    write(tree)
    print(f"{used} messages translated from {len(given)} given")


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


if __name__ == "__main__":
    command, *rest = sys.argv[1:] or ["stats"]
    if command == "update":
        update()
    elif command == "todo":
        todo(Path(rest[0]), int(rest[1]) if len(rest) > 1 else 1)
    elif command == "apply":
        apply([Path(r) for r in rest])
    else:
        stats()
