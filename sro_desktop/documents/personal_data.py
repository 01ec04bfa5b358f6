"""The Auskunft (DSGVO Art. 15) as a JSON file: everything the file holds about one person.

What goes in is gathered by :func:`sro_desktop.store.privacy.personal_data`; here it is
written as UTF-8 JSON (readable in any text editor, German keys, indented), atomically.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ..domain.words import say
from ..store import Store
from ..store.privacy import personal_data
from .files import ExportError, write_atomically


def export_personal_data(store: Store, person_id: str, target: str | Path, *,
                         today: date | None = None) -> Path:
    """Write the Auskunft about ``person_id`` to ``target`` (a ``.json`` file)."""
    if Path(target).suffix.lower() != ".json":
        raise ExportError(say("documents.personal_data", "{name}: die Auskunft bitte als "
                              ".json speichern.").format(name=Path(target).name))
    text = json.dumps(personal_data(store, person_id, today), ensure_ascii=False, indent=2)

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text + "\n")

    return write_atomically(target, write)
