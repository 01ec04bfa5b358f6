"""Fortbildungen & Hospitationen: the programme beyond meetings, a tab of the Meilensteine
view: a table of the events (kind, date, title, place, level, parity) and a dialog that
adds or changes one with its participants (people of the file, their side shown)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import german_date
from ...domain.enums import LearningKind, MilestoneLevel
from ...domain.learning import LearningEvent
from ..common.forms import FormDialog, OptionalDate
from ..common.widgets import EnumCombo, ErrorLabel, confirm_removal, date_edit, date_value, qdate
from ..context import AppContext, EditRefused

COLUMNS = ("Art", "Datum", "Titel", "Ort / Gastgeber", "Ebene", "Parität")


class LearningDialog(FormDialog):
    """Art, Titel, Datum (von/bis), Ort, Ebene, Bemerkung and the participants; OK stores
    the event and its participants as one undo step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 event: LearningEvent | None = None):
        super().__init__(parent, self._store)
        self.context = context
        self.learning_event = event
        self.setWindowTitle(self.tr("Veranstaltung bearbeiten") if event
                            else self.tr("Neue Fortbildung oder Hospitation"))
        store = context.s
        self.kind_combo = EnumCombo(LearningKind)
        self.title_edit = QLineEdit()
        self.from_edit = date_edit(clock.today())
        self.to_edit = OptionalDate(self.tr("mehrtägig bis"))
        self.place_edit = QLineEdit()
        self.level_combo = EnumCombo(MilestoneLevel)
        self.level_combo.set_value(MilestoneLevel.OPERATIONAL)
        self.note_edit = QLineEdit()
        self.people_list = QListWidget()
        taking_part = {p.person_id for p in store.learning_participants.list(event.id)} \
            if event else set()
        for person in store.people.list():
            side = store.learning_participants.side_of(person.organization_id)
            item = QListWidgetItem(f"{person.last_name}, {person.first_name} – {side.label}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in taking_part
                               else Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        form = QFormLayout()
        self.field_row(form, self.tr("&Art:"), self.kind_combo, "kind")
        self.field_row(form, self.tr("&Titel:"), self.title_edit, "title")
        self.field_row(form, self.tr("&Vom:"), self.from_edit, "date_from")
        self.field_row(form, self.tr("&Bis:"), self.to_edit, "date_to")
        self.field_row(form, self.tr("&Ort / Gastgeber:"), self.place_edit, "place")
        self.field_row(form, self.tr("&Ebene:"), self.level_combo, "level")
        self.field_row(form, self.tr("Be&merkung:"), self.note_edit, "note")
        self.field_row(form, self.tr("Teil&nehmende:"), self.people_list, "participants")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if event is not None:
            self.kind_combo.set_value(event.kind)
            self.title_edit.setText(event.title)
            self.from_edit.setDate(qdate(event.date_from))
            self.to_edit.set_value(event.date_to)
            self.place_edit.setText(event.place)
            self.level_combo.set_value(event.level)
            self.note_edit.setText(event.note)

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None,
            event: LearningEvent | None = None) -> LearningEvent | None:
        """The dialog, modal; the event stored, or None when cancelled."""
        dialog = cls(context, parent, event)
        try:
            accepted = dialog.exec() == dialog.DialogCode.Accepted
            return dialog.stored if accepted else None
        finally:
            dialog.deleteLater()

    def values(self) -> dict[str, Any]:
        people = [self.people_list.item(row) for row in range(self.people_list.count())]
        return {"kind": self.kind_combo.value(), "title": self.title_edit.text().strip(),
                "date_from": date_value(self.from_edit), "date_to": self.to_edit.value(),
                "place": self.place_edit.text().strip(), "level": self.level_combo.value(),
                "note": self.note_edit.text().strip(),
                "participants": [i.data(Qt.ItemDataRole.UserRole) for i in people
                                 if i.checkState() == Qt.CheckState.Checked]}

    def _store(self, values: dict[str, Any]) -> LearningEvent:
        text = (self.tr("Veranstaltung ändern") if self.learning_event
                else self.tr("Veranstaltung anlegen"))
        return self.context.edit(text, self._write, dict(values))

    def _write(self, values: dict[str, Any]) -> LearningEvent:
        store = self.context.s
        chosen = values.pop("participants")
        if self.learning_event is None:
            kind, title, date_from = (values.pop("kind"), values.pop("title"),
                                      values.pop("date_from"))
            event = store.learning_events.add(kind, title, date_from, **values)
        else:
            event = store.learning_events.update(self.learning_event.id, **values)
        present = {p.person_id: p for p in store.learning_participants.list(event.id)}
        for person_id, participant in present.items():
            if person_id not in chosen:
                store.learning_participants.delete(participant.id)
        for person_id in chosen:
            if person_id not in present:
                store.learning_participants.add(event.id, person_id)
        return event


class LearningPanel(QWidget):
    """The table of the programme's events with its buttons."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.events: list[LearningEvent] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Fortbildungen und Hospitationen"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
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
        self.message = ErrorLabel()
        self.years_label = QLabel()
        self.years_label.setAccessibleName(self.tr("Teilnahme je Jahr"))
        self.years_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.years_label)

    def refresh(self) -> None:
        store = self.context.s
        self.events = store.learning_events.list()
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            when = german_date(event.date_from)
            if event.date_to and event.date_to != event.date_from:
                when += " – " + german_date(event.date_to)
            cells = (event.kind.label, when, event.title, event.place, event.level.label,
                     store.learning_events.parity(event.id).sentence())
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        years = sorted({e.year for e in self.events})
        self.years_label.setText(self.tr("Teilnahme insgesamt: %1").replace("%1", "; ".join(
            f"{year} {store.learning_events.parity_of_year(year).sentence()}"
            for year in years)) if years else "")

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
