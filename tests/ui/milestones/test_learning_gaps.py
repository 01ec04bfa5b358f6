"""The gaps a secretary found in Fortbildungen & Hospitationen (issue 17, item 3): the
parity side of each participant is chosen in the dialog (a person of the office may come
for the providers, one of no organisation for either side), the event is linked to a
milestone, and the attendance certificate is written from the tab. As a person works:
the real dialogs answered through their controls' accessible names; checked in the file
and in the written Word document, read back with zipfile and the XML (not python-docx)."""

from __future__ import annotations

import zipfile
from xml.etree import ElementTree

from acting import accept, choose, click_row, find, press, when_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableWidget

from sro_desktop.domain.enums import ParitySide
from sro_desktop.ui.milestones import learning as learning_ui

MILESTONE = "Hospitationen und Praktika in SRO-Kommunen"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def open_tab(window):
    window.show_view(window.views.index(window.milestones))
    view = window.milestones
    view.tabs.setCurrentWidget(view.learning)
    return view.learning


def docx_paragraphs(path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


def test_sides_and_milestone_are_chosen_in_the_dialog(main_window):
    panel = open_tab(main_window)
    store = main_window.context.s
    loner = store.people.add("Ohnefirma", "Ole")  # a person of no organisation
    brandt = next(p for p in store.people.list() if p.last_name == "Brandt")
    assert store.learning_participants.side_of(brandt.organization_id) == ParitySide.OFFICE

    def side(dialog, name):
        return find(dialog, QComboBox, f"Seite von {name}", visible=False)

    def create(dialog):
        find(dialog, QLineEdit, "Titel").setText("Fachtag Sozialraum")
        choose(find(dialog, QComboBox, "Meilenstein"), MILESTONE)
        people = find(dialog, QTableWidget, "Teilnehmende")
        for name in ("Brandt, Jörg", "Ohnefirma, Ole"):
            people.item(people.row_of(name), 0).setCheckState(Qt.CheckState.Checked)
        assert side(dialog, "Brandt, Jörg").currentText() == "Verwaltung"  # by organisation
        assert people.item(people.row_of("Ohnefirma, Ole"), 2).text() == "ohne Organisation"
        choose(side(dialog, "Brandt, Jörg"), "Freie Träger")
        choose(side(dialog, "Ohnefirma, Ole"), "Verwaltung")
        accept(dialog)

    answer = when_dialog(create)
    press(panel, "Neue Veranstaltung")
    answer.check()
    event = store.learning_events.resolve("Fachtag Sozialraum")
    milestone = next(m for m in store.milestones.list() if m.title == MILESTONE)
    assert event.milestone_id == milestone.id
    sides = {p.person_id: p.side for p in store.learning_participants.list(event.id)}
    assert sides == {brandt.id: ParitySide.PROVIDERS, loner.id: ParitySide.OFFICE}
    row = [e.id for e in panel.events].index(event.id)
    assert panel.table.item(row, 2).toolTip() == f"Meilenstein: {MILESTONE}"
    assert panel.table.item(row, 5).text() == "ausgewogen 1 : 1"

    def change(dialog):
        assert find(dialog, QComboBox, "Meilenstein").currentText().startswith(MILESTONE)
        assert side(dialog, "Brandt, Jörg").currentText() == "Freie Träger"  # as stored
        choose(side(dialog, "Brandt, Jörg"), "Verwaltung")
        choose(find(dialog, QComboBox, "Meilenstein"), "(kein Meilenstein)")
        accept(dialog)

    answer = when_dialog(change)
    press(panel, "Veranstaltung bearbeiten")
    answer.check()
    assert store.learning_events.get(event.id).milestone_id is None
    sides = {p.person_id: p.side for p in store.learning_participants.list(event.id)}
    assert sides == {brandt.id: ParitySide.OFFICE, loner.id: ParitySide.OFFICE}
    assert main_window.context.undo_stack.undoText() == "Veranstaltung ändern"
    assert panel.table.item(row, 2).toolTip() == ""


def test_the_certificate_is_written_from_the_tab(main_window, monkeypatch, tmp_path):
    panel = open_tab(main_window)
    store = main_window.context.s
    button = find(panel, QPushButton, "Teilnahmebescheinigung")
    assert not button.isEnabled()  # no event chosen yet
    click_row(panel.table, "Hospitation in Rosenheim", column=2)
    assert button.isEnabled()
    event = store.learning_events.resolve("Hospitation in Rosenheim")
    taking_part = {p.person_id for p in store.learning_participants.list(event.id)}
    people = [p for p in store.people.list() if p.id in taking_part]
    assert len(people) > 1
    chosen = people[1]
    target = tmp_path / "bescheinigung.docx"
    asked = []
    monkeypatch.setattr(learning_ui, "ask_export_path",
                        lambda parent, title, name: asked.append(name) or target)

    def pick(dialog):
        choose(find(dialog, QComboBox, "Teilnehmende Person"),
               f"{chosen.last_name}, {chosen.first_name}")
        accept(dialog)

    answer = when_dialog(pick)
    press(panel, "Teilnahmebescheinigung")
    assert answer.check() == "Teilnahmebescheinigung für"
    assert asked[0].startswith(f"Teilnahmebescheinigung {chosen.last_name} ")
    paragraphs = docx_paragraphs(target)
    assert paragraphs[0] == "Teilnahmebescheinigung"
    assert paragraphs[1].startswith(f"{chosen.first_name} {chosen.last_name} hat am ")
    assert "an der Veranstaltung „Hospitation in Rosenheim“" in paragraphs[1]
    assert "Exportiert nach" in main_window.statusBar().currentMessage()
