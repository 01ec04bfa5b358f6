"""The dialog of one training, visit, internship or conference of the programme: its
fields, the milestone it serves, and its participants, each on a parity side the
secretary may change (someone of an office organisation may come for the providers, a
person of no organisation for either side)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.enums import LearningKind, MilestoneLevel, ParitySide
from ...domain.learning import LearningEvent
from ...domain.words import QT_TRANSLATE_NOOP
from ...store import Store
from ..common.forms import FormDialog, OptionalDate
from ..common.widgets import EnumCombo, date_edit, date_value, fill_combo, qdate, run_modal
from ..context import AppContext

PEOPLE_COLUMNS = (QT_TRANSLATE_NOOP("ParticipantsTable", "Person"),
                  QT_TRANSLATE_NOOP("ParticipantsTable", "Seite"),
                  QT_TRANSLATE_NOOP("ParticipantsTable", "Organisation"))


class ParticipantsTable(QTableWidget):
    """The file's people: a check box per person (taking part), the parity side they
    count for (their stored one, else the one their organisation gives) and their
    organisation."""

    def __init__(self, store: Store, event: LearningEvent | None,
                 parent: QWidget | None = None):
        super().__init__(0, len(PEOPLE_COLUMNS), parent)
        self.setHorizontalHeaderLabels([self.tr(c) for c in PEOPLE_COLUMNS])
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(False)
        present = {p.person_id: p for p in store.learning_participants.list(event.id)} \
            if event else {}
        names = {o.id: o.name for o in store.organizations.list()}
        people = store.people.list()
        self.setRowCount(len(people))
        self.people: list[QTableWidgetItem] = []
        self.sides: list[EnumCombo] = []
        for row, person in enumerate(people):
            name = f"{person.last_name}, {person.first_name}"
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in present
                               else Qt.CheckState.Unchecked)
            self.setItem(row, 0, item)
            self.people.append(item)
            side = EnumCombo(ParitySide)
            side.setAccessibleName(self.tr("Seite von %1").replace("%1", name))
            taking_part = present.get(person.id)
            side.set_value(taking_part.side if taking_part
                           else store.learning_participants.side_of(person.organization_id))
            self.setCellWidget(row, 1, side)
            self.sides.append(side)
            organization = names.get(person.organization_id or "", self.tr("ohne Organisation"))
            self.setItem(row, 2, QTableWidgetItem(organization))
        self.resizeColumnsToContents()

    def row_of(self, name: str) -> int:
        """The row of the person shown as "Last, First"."""
        return next(r for r, item in enumerate(self.people) if item.text() == name)

    def chosen(self) -> dict[str, ParitySide]:
        """The people checked, with the side each counts for."""
        return {item.data(Qt.ItemDataRole.UserRole): side.value()
                for item, side in zip(self.people, self.sides, strict=True)
                if item.checkState() == Qt.CheckState.Checked}


class LearningDialog(FormDialog):
    """Art, Titel, Datum (von/bis), Ort, Ebene, Meilenstein, Bemerkung and the
    participants; OK stores the event and its participants as one undo step."""

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
        self.milestone_combo = QComboBox()
        fill_combo(self.milestone_combo, [
            (self.tr("(kein Meilenstein)"), None),
            *((f"{m.title} ({m.target_quarter}/{m.target_year})", m.id)
              for m in store.milestones.list())], event.milestone_id if event else None)
        self.note_edit = QLineEdit()
        self.people_table = ParticipantsTable(store, event)
        self.people_table.setMinimumSize(620, 240)
        form = QFormLayout()
        self.field_row(form, self.tr("&Art:"), self.kind_combo, "kind")
        self.field_row(form, self.tr("&Titel:"), self.title_edit, "title")
        self.field_row(form, self.tr("&Vom:"), self.from_edit, "date_from")
        self.field_row(form, self.tr("&Bis:"), self.to_edit, "date_to")
        self.field_row(form, self.tr("&Ort / Gastgeber:"), self.place_edit, "place")
        self.field_row(form, self.tr("&Ebene:"), self.level_combo, "level")
        self.field_row(form, self.tr("Mei&lenstein:"), self.milestone_combo, "milestone_id")
        self.field_row(form, self.tr("Be&merkung:"), self.note_edit, "note")
        self.field_row(form, self.tr("Teil&nehmende:"), self.people_table, "participants")
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
        return {"kind": self.kind_combo.value(), "title": self.title_edit.text().strip(),
                "date_from": date_value(self.from_edit), "date_to": self.to_edit.value(),
                "place": self.place_edit.text().strip(), "level": self.level_combo.value(),
                "milestone_id": self.milestone_combo.currentData(),
                "note": self.note_edit.text().strip(),
                "participants": self.people_table.chosen()}

    def _store(self, values: dict[str, Any]) -> LearningEvent:
        text = (self.tr("Veranstaltung ändern") if self.learning_event
                else self.tr("Veranstaltung anlegen"))
        return self.context.edit(text, self._write, dict(values))

    def _write(self, values: dict[str, Any]) -> LearningEvent:
        store = self.context.s
        chosen: dict[str, ParitySide] = values.pop("participants")
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
            elif participant.side != chosen[person_id]:
                store.learning_participants.update(participant.id, side=chosen[person_id])
        for person_id, side in chosen.items():
            if person_id not in present:
                store.learning_participants.add(event.id, person_id, side)
        return event


class ParticipantChoice(QDialog):
    """Whose attendance certificate: one of the event's participants."""

    def __init__(self, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teilnahmebescheinigung für"))
        self.combo = QComboBox()
        self.combo.addItems(names)
        self.combo.setAccessibleName(self.tr("Teilnehmende Person"))
        form = QFormLayout(self)
        form.addRow(self.tr("Teilnehmende &Person:"), self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, names: list[str], parent: QWidget | None = None) -> int | None:
        """The index of the person chosen, or None when cancelled."""
        dialog = cls(names, parent)
        return run_modal(dialog, dialog.combo.currentIndex)
