"""Fortbildungen & Hospitationen: the programme beyond meetings, a tab of the Meilensteine
view: a table of the events (kind, date, title, place, level, parity; the milestone in
the tooltip), the dialog of one (learning_dialog.py) and the attendance certificate of a
participant (Teilnahmebescheinigung, Word or PDF)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...documents.learning import export_certificate
from ...domain.calendar import german_date
from ...domain.learning import LearningEvent, per_organization
from ...domain.words import QT_TRANSLATE_NOOP
from ..common.widgets import ErrorLabel, choice_table, confirm_removal
from ..context import AppContext, EditRefused
from ..exports import ask_export_path, run_export
from .learning_dialog import LearningDialog, ParticipantChoice

__all__ = ["COLUMNS", "LearningDialog", "LearningPanel"]

COLUMNS = (QT_TRANSLATE_NOOP("LearningPanel", "Art"),
           QT_TRANSLATE_NOOP("LearningPanel", "Datum"),
           QT_TRANSLATE_NOOP("LearningPanel", "Titel"),
           QT_TRANSLATE_NOOP("LearningPanel", "Ort / Gastgeber"),
           QT_TRANSLATE_NOOP("LearningPanel", "Ebene"),
           QT_TRANSLATE_NOOP("LearningPanel", "Parität"))


class LearningPanel(QWidget):
    """The table of the programme's events with its buttons."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.events: list[LearningEvent] = []
        self.table = choice_table([self.tr(c) for c in COLUMNS],
                                  self.tr("Fortbildungen und Hospitationen"))
        self.table.doubleClicked.connect(lambda _index: self.edit_event())
        self.new_button = QPushButton(self.tr("Neue &Veranstaltung …"))
        self.new_button.setAccessibleName(self.tr("Neue Veranstaltung"))
        self.new_button.clicked.connect(self.add_event)
        self.edit_button = QPushButton(self.tr("Veranstaltung bearbeiten …"))
        self.edit_button.setAccessibleName(self.tr("Veranstaltung bearbeiten"))
        self.edit_button.clicked.connect(self.edit_event)
        self.remove_button = QPushButton(self.tr("Veranstaltung entfernen"))
        self.remove_button.setAccessibleName(self.tr("Veranstaltung entfernen"))
        self.remove_button.clicked.connect(self.remove_event)
        self.certificate_button = QPushButton(self.tr("&Teilnahmebescheinigung …"))
        self.certificate_button.setAccessibleName(self.tr("Teilnahmebescheinigung"))
        self.certificate_button.setToolTip(self.tr(
            "Bescheinigt einer teilnehmenden Person die Teilnahme (Word oder PDF)."))
        self.certificate_button.clicked.connect(self.export_certificate)
        self.certificate_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = ErrorLabel()
        self.years_label = QLabel()
        self.years_label.setAccessibleName(self.tr("Teilnahme je Jahr"))
        self.years_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.organizations_label = QLabel()  # of the chosen event's year, else the latest
        self.organizations_label.setAccessibleName(self.tr("Teilnahme nach Organisation"))
        self.organizations_label.setWordWrap(True)
        self.organizations_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button,
                       self.certificate_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.years_label)
        layout.addWidget(self.organizations_label)

    def refresh(self) -> None:
        store = self.context.s
        self.events = store.learning_events.list()
        milestones = {m.id: m.title for m in store.milestones.list()}
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            when = german_date(event.date_from)
            if event.date_to and event.date_to != event.date_from:
                when += " – " + german_date(event.date_to)
            cells = (event.kind.label, when, event.title, event.place, event.level.label,
                     store.learning_events.parity(event.id).sentence())
            tip = (self.tr("Meilenstein: %1").replace("%1", milestones[event.milestone_id])
                   if event.milestone_id in milestones else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        years = sorted({e.year for e in self.events})
        self.years_label.setText(self.tr("Teilnahme insgesamt: %1").replace("%1", "; ".join(
            f"{year} {store.learning_events.parity_of_year(year).sentence()}"
            for year in years)) if years else "")
        self._selection_changed()

    def _selection_changed(self) -> None:
        event = self.current_event()
        self.certificate_button.setEnabled(event is not None)
        self._show_organizations(event.year if event else max(
            (e.year for e in self.events), default=None))

    def _show_organizations(self, year: int | None) -> None:
        """Participations per organisation in ``year`` (the parity by organisation)."""
        if year is None:
            self.organizations_label.clear()
            return
        store = self.context.s
        chosen = {e.id for e in self.events if e.year == year}
        names = {o.id: o.short or o.name for o in store.organizations.list()}
        counted = per_organization(
            [p for p in store.learning_participants.list() if p.event_id in chosen], names)
        self.organizations_label.setText(
            self.tr("Nach Organisation %1: %2").replace("%1", str(year)).replace(
                "%2", "; ".join(f"{name} {n}" for name, n in counted) or self.tr("niemand")))

    def current_event(self) -> LearningEvent | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().isRowSelected(row) if row >= 0 else False
        return self.events[row] if selected and row < len(self.events) else None

    def _after(self, stored: LearningEvent | None) -> None:
        if stored is None:
            return
        self.refresh()
        ids = [e.id for e in self.events]
        if stored.id in ids:
            self.table.selectRow(ids.index(stored.id))

    def add_event(self) -> LearningEvent | None:
        self.message.hide()
        stored = LearningDialog.ask(self.context, self)
        self._after(stored)
        return stored

    def edit_event(self) -> LearningEvent | None:
        event = self.current_event()
        if event is None:
            self.message.show_error(self.tr("Bitte zuerst eine Veranstaltung wählen."))
            return None
        stored = LearningDialog.ask(self.context, self, event)
        self._after(stored)
        return stored

    def remove_event(self) -> bool:
        event = self.current_event()
        if event is None:
            self.message.show_error(self.tr("Bitte zuerst eine Veranstaltung wählen."))
            return False
        text = self.tr("Die Veranstaltung „%1“ mit ihren Teilnehmenden entfernen?\n\n"
                       "Strg+Z holt sie zurück.").replace("%1", event.title[:80])
        if not confirm_removal(self, self.tr("Veranstaltung entfernen"), text):
            return False
        try:
            self.context.edit(self.tr("Veranstaltung entfernen"),
                              self.context.s.learning_events.delete, event.id)
        except EditRefused as refused:
            self.message.show_error(str(refused))
            return False
        self.refresh()
        return True

    def export_certificate(self) -> bool:
        """The Teilnahmebescheinigung of one participant of the chosen event (asked when
        several took part), where the user saves it; Word or PDF by its suffix."""
        self.message.hide()
        event = self.current_event()
        if event is None:
            self.message.show_error(self.tr("Bitte zuerst eine Veranstaltung wählen."))
            return False
        store = self.context.s
        taking_part = {p.person_id for p in store.learning_participants.list(event.id)}
        people = [p for p in store.people.list() if p.id in taking_part]
        if not people:
            self.message.show_error(self.tr(
                "Die Veranstaltung hat keine Teilnehmenden; bitte zuerst welche eintragen."))
            return False
        chosen = 0 if len(people) == 1 else ParticipantChoice.ask(
            [f"{p.last_name}, {p.first_name}" for p in people], self)
        if chosen is None:
            return False
        person = people[chosen]
        path = ask_export_path(self, self.tr("Teilnahmebescheinigung exportieren"),
                               self.tr("Teilnahmebescheinigung %1.docx").replace(
                                   "%1", f"{person.last_name} {event.title[:60]} "
                                         f"{event.date_from.isoformat()}"))
        if path is None:
            return False
        return run_export(self, lambda: export_certificate(
            self.context.s, event.id, person.id, path), path) is not None
