"""Export › Haushaltsübersicht … (issue 17, items 1 and 2): the year chooser offers every
year with lines and "alle Jahre"; the chosen year's CSV is written and read back as Excel
reads it; a cancelled dialog asks for no file."""

from __future__ import annotations

import csv

from acting import accept, choose, find, menu_action, when_dialog
from PySide6.QtWidgets import QComboBox

from sro_desktop.ui import budget_export


def test_the_menu_entry_writes_the_chosen_years_csv(main_window, monkeypatch, tmp_path):
    target = tmp_path / "haushalt.csv"
    offered: list[list[str]] = []
    proposed: list[str] = []

    def answer(dialog) -> None:
        years = find(dialog, QComboBox, "Jahr")
        offered.append([years.itemText(i) for i in range(years.count())])
        offered.append([years.currentText()])
        choose(years, "2019")
        choose(find(dialog, QComboBox, "Format"), "CSV")
        accept(dialog)

    def ask_path(_parent, _title, name, filters):
        proposed.append(name)
        return target

    monkeypatch.setattr(budget_export, "ask_export_path", ask_path)
    done = when_dialog(answer)
    menu_action(main_window, "Export", "Haushaltsübersicht …").trigger()
    done.check()
    assert offered == [["alle Jahre", *map(str, range(2018, 2028))], ["2026"]]
    assert proposed == ["Haushaltsübersicht 2019.csv"]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["2019"] * 5
    assert rows[1][12] == "494.562,48"


def test_cancelled_no_file_is_asked_for(main_window, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(budget_export, "ask_budget_export", lambda *_a: None)
    monkeypatch.setattr(budget_export, "ask_export_path", lambda *a: asked.append(a))
    menu_action(main_window, "Export", "Haushaltsübersicht …").trigger()
    assert asked == []
