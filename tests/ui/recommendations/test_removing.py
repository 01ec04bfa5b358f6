"""Removing a recommendation in the window: only the board's last of a year, and only one
no agenda or task refers to; asked first, Strg+Z brings it back."""

from __future__ import annotations

from acting import answer_question, click_row, find, press, show, when_dialog
from pinned import TODAY
from PySide6.QtWidgets import QTableView


def _remove(view, number, *then):
    texts = []

    def refused(box):
        texts.append(box.text())
        answer_question("OK")(box)

    click_row(find(view, QTableView, "Empfehlungen"), number)
    answered = when_dialog(answer_question("Ja"), *([refused] if then else []))
    press(view, "Empfehlung entfernen")
    answered.check()
    return texts


def test_the_last_recommendation_is_removed_and_comes_back(main_window, store_of):
    pg = store_of.bodies.resolve("PG1")
    sg = store_of.bodies.resolve("SG")
    rec = store_of.recommendations.add(pg.id, sg.id, "Doppelt erfasst", TODAY)
    view = show(main_window, "Empfehlungen")
    view.refresh()
    _remove(view, rec.number)
    assert store_of.recommendations.count("id = ?", [rec.id]) == 0
    main_window.undo_action.trigger()
    assert store_of.recommendations.get(rec.id).title == "Doppelt erfasst"


def test_one_on_an_agenda_or_in_the_middle_stays_and_says_why(main_window, store_of):
    recs = sorted(store_of.recommendations.list(), key=lambda r: r.number)
    on_agenda = next(r for r in recs if store_of.agenda.for_recommendation(r.id))
    view = show(main_window, "Empfehlungen")
    texts = _remove(view, on_agenda.number, True)
    assert texts[0].startswith(f"Empfehlung {on_agenda.number} ")  # the store's reason
    assert store_of.recommendations.count("id = ?", [on_agenda.id]) == 1
