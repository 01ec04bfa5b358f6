"""Fortbildungen & Hospitationen in the Meilensteine view (issue 17, item 3): the demo's
events with their parity; one added with participants, changed and removed, as a
person works (buttons and fields by their accessible names), checked in the file."""

from __future__ import annotations

from pinned import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget

from sro_desktop.domain.enums import LearningKind, ParitySide
from sro_desktop.ui.milestones import learning as learning_ui
from sro_desktop.ui.milestones.learning import LearningDialog


def named(parent, kind, name):
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert found, name
    return found[0]


def open_tab(window):
    window.show_view(window.views.index(window.milestones))
    view = window.milestones
    view.tabs.setCurrentWidget(view.learning)
    return view.learning


def test_events_are_added_changed_and_removed_in_the_window(main_window, reopen, qtbot,
                                                             monkeypatch):
    panel = open_tab(main_window)
    table = named(panel, QTableWidget, "Fortbildungen und Hospitationen")
    rows = {table.item(r, 2).text(): table.item(r, 5).text() for r in range(table.rowCount())}
    assert rows["Hospitation in Rosenheim"] == "Verwaltung 3 : Freie Träger 1"
    years = named(panel, QLabel, "Teilnahme je Jahr").text()
    assert f"{TODAY.year} Verwaltung 7 : Freie Träger 5" in years
    by_organization = named(panel, QLabel, "Teilnahme nach Organisation")
    assert by_organization.text().startswith(f"Nach Organisation {TODAY.year + 1}: ")
    table.selectRow(1)  # the visit in Rosenheim: the organisations of its year
    store = main_window.context.s
    office = next(o for o in store.organizations.list() if o.kind == "office")
    counts = dict(part.rsplit(" ", 1) for part in by_organization.text().split(": ", 1)[1]
                  .split("; "))
    assert by_organization.text().startswith(f"Nach Organisation {TODAY.year}: ")
    assert int(counts[office.short]) == 7  # the office's people across that year's events
    assert sum(map(int, counts.values())) == 12
    people = main_window.context.s.people.list()

    def fill(dialog: LearningDialog) -> LearningDialog:
        pick = named(dialog, QComboBox, "Art")
        pick.setCurrentIndex(pick.findData(LearningKind.INTERNSHIP.value))
        named(dialog, QLineEdit, "Titel").setText("Praktikum im Jugendamt Graz")
        named(dialog, QLineEdit, "Ort / Gastgeber").setText("Graz")
        chosen = named(dialog, QTableWidget, "Teilnehmende")
        for row in range(2):
            chosen.item(row, 0).setCheckState(Qt.CheckState.Checked)
        return dialog

    def ask(context, parent=None, event=None):
        dialog = fill(LearningDialog(context, parent, event))
        dialog.ok_button.click()
        stored = dialog.stored
        dialog.deleteLater()
        return stored

    monkeypatch.setattr(LearningDialog, "ask", staticmethod(ask))
    qtbot.mouseClick(named(panel, QPushButton, "Neue Veranstaltung"), Qt.MouseButton.LeftButton)
    event = panel.current_event()
    assert event is not None
    assert event.title == "Praktikum im Jugendamt Graz"
    assert main_window.context.undo_stack.undoText() == "Veranstaltung anlegen"
    row = panel.events.index(event)
    assert table.item(row, 0).text() == "Praktikum"

    def uncheck_first(context, parent=None, event=None):
        dialog = LearningDialog(context, parent, event)
        named(dialog, QTableWidget, "Teilnehmende").item(0, 0).setCheckState(
            Qt.CheckState.Unchecked)
        dialog.ok_button.click()
        return dialog.stored

    monkeypatch.setattr(LearningDialog, "ask", staticmethod(uncheck_first))
    qtbot.mouseClick(named(panel, QPushButton, "Veranstaltung bearbeiten"),
                     Qt.MouseButton.LeftButton)
    store = main_window.context.s
    assert [p.person_id for p in store.learning_participants.list(event.id)] == [people[1].id]

    monkeypatch.setattr(learning_ui, "confirm_removal", lambda parent, title, text: True)
    panel.table.selectRow(panel.events.index(store.learning_events.get(event.id)))
    qtbot.mouseClick(named(panel, QPushButton, "Veranstaltung entfernen"),
                     Qt.MouseButton.LeftButton)
    assert event.id not in [e.id for e in panel.events]
    main_window.context.undo_stack.undo()  # Strg+Z brings it back with its participant

    again = reopen()
    try:
        kept = again.learning_events.get(event.id)
        (participant,) = again.learning_participants.list(event.id)
    finally:
        again.close()
    assert (kept.kind, kept.place, kept.date_from) == (LearningKind.INTERNSHIP, "Graz", TODAY)
    assert participant.person_id == people[1].id
    assert participant.side in (ParitySide.OFFICE, ParitySide.PROVIDERS)
