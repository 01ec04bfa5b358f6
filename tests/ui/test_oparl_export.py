"""Export › OParl …, as a secretary does it: a wrong base address is refused beside its
field in the dialog; the folder is chosen (the folder dialog answered), the tree is
written, the address remembered for next time."""

from __future__ import annotations

import json

from acting import accept, find, menu_action, press, type_text, when_dialog
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from sro_desktop.ui import oparl_export


def test_export_oparl_from_the_menu(main_window, tmp_path, monkeypatch):
    target = tmp_path / "oparl"
    target.mkdir()
    asked = []
    monkeypatch.setattr(oparl_export, "ask_oparl_folder",
                        lambda parent, start: asked.append(start) or str(target))

    def fill(dialog):
        url = find(dialog, QLineEdit, "Basis-Adresse")
        type_text(url, "ris.example.org/oparl")
        press(dialog, "Auswählen …")
        assert find(dialog, QLineEdit, "Ordner").text() == str(target)
        accept(dialog)
        refusal = [e.text() for e in dialog.findChildren(QLabel)
                   if e.accessibleName() == "Fehlermeldung" and e.isVisible()]
        assert any("https://" in text for text in refusal), refusal
        assert dialog.isVisible()  # stays open with what was typed
        type_text(url, "https://ris.example.org/oparl/")
        assert not find(dialog, QCheckBox, "Genehmigte Niederschriften auch als PDF/A"
                        ).isChecked()  # a few seconds each: only when asked for
        accept(dialog)

    answer = when_dialog(fill)
    menu_action(main_window, "Export", "OParl …").trigger()
    assert answer.check() == "OParl-Export"
    assert asked
    system = json.loads((target / "system.json").read_text(encoding="utf-8"))
    assert system["body"] == "https://ris.example.org/oparl/bodies.json"
    assert (target / "body" / "sro" / "meeting.json").is_file()
    assert QSettings().value(oparl_export.BASE_KEY) == "https://ris.example.org/oparl"
    assert "oparl" in main_window.statusBar().currentMessage()
