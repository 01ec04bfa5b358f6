"""Sitzungsgeld in the window (issue 17, item 4): a rate set through its dialog (a wrong
amount is named beside its field and nothing is stored), changed and removed; the
Export entry writes the year's CSV."""

from __future__ import annotations

import csv

from acting import accept, answer_question, choose, click, find, menu_action, tab, when_dialog
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget
from waiting import wait_for

from sro_desktop.ui import allowance_export


def error_of(dialog) -> str:
    return " ".join(e.text() for e in dialog.findChildren(QLabel)
                    if e.accessibleName() == "Fehlermeldung" and e.isVisibleTo(dialog))


def test_a_rate_set_changed_and_removed_through_the_widgets(main_window, store_of):
    main_window.show_view(main_window.views.index(main_window.bodies))
    wait_for(lambda: not main_window.bodies.details_pending())
    sg = store_of.bodies.resolve("SG")
    assert main_window.bodies.body.id == sg.id
    page = tab(main_window.bodies, "Sitzungsgeld")
    seen: list[str] = []

    def fill(dialog) -> None:
        choose(find(dialog, QComboBox, "Seite"), "Freie Träger")
        find(dialog, QLineEdit, "Sitzungsgeld je Sitzung").setText("30")
        find(dialog, QLineEdit, "Fahrtkosten je Sitzung").setText("2,555")
        accept(dialog)
        seen.append(error_of(dialog))  # refused, still open, nothing stored
        assert store_of.allowance_rates.list(sg.id) == []
        find(dialog, QLineEdit, "Fahrtkosten je Sitzung").setText("2,50")
        accept(dialog)

    answer = when_dialog(fill)
    click(find(page, QPushButton, "Satz hinzufügen …"))
    answer.check()
    assert "„2,555“ ist kein Betrag" in seen[0]
    (rate,) = store_of.allowance_rates.list(sg.id)
    side = store_of.sides.get(rate.side_id)
    assert (side.name, rate.amount_cents, rate.travel_cents, rate.valid_from,
            rate.office_staff) == ("Freie Träger", 3000, 250, None, False)
    table = find(page, QTableWidget, "Sitzungsgeldsätze")
    assert [table.item(0, c).text() for c in range(3)] == ["Freie Träger", "30,00 €",
                                                           "2,50 €"]

    table.selectRow(0)

    def change(dialog) -> None:
        assert find(dialog, QLineEdit, "Sitzungsgeld je Sitzung").text() == "30,00"
        find(dialog, QLineEdit, "Sitzungsgeld je Sitzung").setText("1.234,56 €")
        accept(dialog)

    answer = when_dialog(change)
    click(find(page, QPushButton, "Satz ändern …"))
    answer.check()
    assert store_of.allowance_rates.get(rate.id).amount_cents == 123456

    answer = when_dialog(answer_question("Ja"))
    click(find(page, QPushButton, "Satz entfernen"))
    answer.check()
    assert store_of.allowance_rates.list(sg.id) == []
    assert table.rowCount() == 0


def test_the_export_entry_writes_the_years_csv(main_window, monkeypatch, tmp_path):
    target = tmp_path / "sitzungsgeld.csv"
    asked = []

    def ask(_parent, bodies, body_id):
        asked.append(body_id)
        return {"body_id": body_id, "suffix": ".csv", "year": 2026}

    monkeypatch.setattr(allowance_export, "ask_allowance_export", ask)
    monkeypatch.setattr(allowance_export, "ask_export_path", lambda *_a, **_k: target)
    menu_action(main_window, "Export", "Sitzungsgeld …").trigger()
    assert asked == [main_window.context.s.bodies.resolve("PG1").id]  # the body with rates
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["Holger Barth", "Sabine Engel", "Anke Hoffmann",
                                        "Ulrike Petersen", "Prof. Dr. Miriam Winter"]
    assert rows[1][-1] == "120,00"
