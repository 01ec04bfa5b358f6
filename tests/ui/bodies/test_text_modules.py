"""Textbausteine of a body, driven through the widgets: a text stored when left (one undo
step), an unknown placeholder named beside the text and nothing typed lost, own modules
added and removed, a standard text restored."""

from __future__ import annotations

import pytest
from acting import click, find, leave_field, tab, type_text
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton
from waiting import wait_for

from sro_desktop.domain.text_modules import STANDARD
from sro_desktop.ui.bodies import text_modules

CLOSING = STANDARD["closing"]


@pytest.fixture
def page(main_window):
    main_window.show_view(main_window.views.index(main_window.bodies))
    wait_for(lambda: not main_window.bodies.details_pending())  # tabs after the paint
    assert main_window.bodies.body.short == "SG"
    return tab(main_window.bodies, "Textbausteine")


def choose_module(page, title: str) -> None:
    listing = find(page, QListWidget, "Textbausteine")
    [entry] = [listing.item(r) for r in range(listing.count())
               if listing.item(r).text().startswith(title)]
    listing.setCurrentItem(entry)


def error_of(page) -> str:
    shown = [e.text() for e in page.findChildren(QLabel)
             if e.accessibleName() == "Fehlermeldung" and e.isVisibleTo(page)]
    return " ".join(shown)


def test_a_changed_text_stores_itself_as_one_undo_step(page, main_window, store_of):
    sg = store_of.bodies.resolve("SG")
    choose_module(page, CLOSING.title)
    steps = main_window.context.undo_stack
    start = steps.index()
    type_text(find(page, QPlainTextEdit, "Text des Bausteins"),
              "{Vorsitz} dankt allen und schließt die Sitzung um {Ende} Uhr.")
    assert store_of.text_modules.by_key(sg.id)["closing"].text == (
        "{Vorsitz} dankt allen und schließt die Sitzung um {Ende} Uhr.")
    assert steps.index() == start + 1
    assert find(page, QListWidget, "Textbausteine").currentItem().text().endswith("(geändert)")
    steps.undo()
    assert store_of.text_modules.by_key(sg.id)["closing"].text == CLOSING.text


def test_an_unknown_placeholder_is_named_and_the_text_stays(page, store_of):
    sg = store_of.bodies.resolve("SG")
    choose_module(page, CLOSING.title)
    field = find(page, QPlainTextEdit, "Text des Bausteins")
    type_text(field, "{Vorsitzende} schließt die Sitzung.")
    assert error_of(page).startswith("Den Platzhalter {Vorsitzende} gibt es nicht; möglich "
                                     "sind: {Gremium}")
    assert field.toPlainText() == "{Vorsitzende} schließt die Sitzung."
    assert store_of.text_modules.by_key(sg.id)["closing"].text == CLOSING.text
    # another module and back: the typed text is still there, with its message
    choose_module(page, STANDARD["agenda"].title)
    assert field.toPlainText() == STANDARD["agenda"].text
    choose_module(page, CLOSING.title)
    assert field.toPlainText() == "{Vorsitzende} schließt die Sitzung."
    assert "{Vorsitzende}" in error_of(page)
    type_text(field, "{Vorsitz} schließt die Sitzung.")
    assert error_of(page) == ""
    assert store_of.text_modules.by_key(sg.id)["closing"].text == (
        "{Vorsitz} schließt die Sitzung.")


def test_a_standard_text_is_restored(page, store_of):
    sg = store_of.bodies.resolve("SG")
    store_of.text_modules.set_text(sg.id, "agenda", "Die Tagesordnung gilt.")
    page.show_body(store_of.bodies.get(sg.id))
    choose_module(page, STANDARD["agenda"].title)
    click(find(page, QPushButton, "Standardtext wiederherstellen"))
    assert store_of.text_modules.by_key(sg.id)["agenda"].text == STANDARD["agenda"].text
    assert find(page, QPlainTextEdit, "Text des Bausteins").toPlainText() == (
        STANDARD["agenda"].text)
    assert not find(page, QPushButton, "Standardtext wiederherstellen").isEnabled()


def test_own_modules_are_added_named_and_removed(page, store_of, monkeypatch):
    sg = store_of.bodies.resolve("SG")
    click(find(page, QPushButton, "Eigenen Baustein anlegen"))
    own = store_of.text_modules.list(sg.id)[-1]
    assert own.title == "Eigener Baustein 1"
    title = find(page, QLineEdit, "Name des Bausteins")
    type_text(title, "Dank")
    type_text(find(page, QPlainTextEdit, "Text des Bausteins"), "Dank an {Gremium}.")
    own = store_of.text_modules.list(sg.id)[-1]
    assert (own.title, own.text) == ("Dank", "Dank an {Gremium}.")
    assert not find(page, QPushButton, "Standardtext wiederherstellen", visible=False
                    ).isVisibleTo(page)
    monkeypatch.setattr(text_modules, "confirm_removal", lambda *_: True)
    click(find(page, QPushButton, "Baustein entfernen"))
    assert [m.key for m in store_of.text_modules.list(sg.id)] == list(STANDARD)


def test_a_placeholder_is_inserted_with_a_double_click(page):
    choose_module(page, CLOSING.title)
    field = find(page, QPlainTextEdit, "Text des Bausteins")
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    listing = find(page, QListWidget, "Platzhalter")
    [entry] = [listing.item(r) for r in range(listing.count())
               if listing.item(r).text().startswith("{Datum} – ")]
    listing.itemActivated.emit(entry)
    assert field.toPlainText().endswith("{Datum}")
    leave_field(field)

