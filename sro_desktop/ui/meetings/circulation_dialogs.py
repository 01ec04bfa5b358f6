"""The dialogs of the minutes' circulation: sending the minutes, an objection, where the
minutes were approved. Each ``ask`` returns the values entered, or None."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..common.widgets import buddy_label, date_edit, date_value, fill_combo, run_modal


@dataclass(frozen=True)
class CirculationValues:
    recipients: str
    sent_on: date
    note: str = ""


class CirculationDialog(QDialog):
    """"Protokoll versenden": to whom, on which day, with a note."""

    def __init__(self, parent: QWidget | None, recipients: str, sent_on: date):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protokoll versenden"))
        self.recipients = QPlainTextEdit(recipients)
        self.recipients.setAccessibleName(self.tr("Empfänger"))
        self.recipients.setTabChangesFocus(True)
        self.sent_on = date_edit(sent_on)
        self.sent_on.setAccessibleName(self.tr("Versandt am"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Anmerkung"))
        self.note.setPlaceholderText(self.tr("z. B. per E-Mail als Word-Datei"))
        form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("&Empfänger"), self.recipients), self.recipients)
        form.addRow(buddy_label(self.tr("Versandt &am"), self.sent_on), self.sent_on)
        form.addRow(buddy_label(self.tr("A&nmerkung"), self.note), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Versenden"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.recipients.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(480)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.recipients.toPlainText().strip()))

    def values(self) -> CirculationValues:
        return CirculationValues(self.recipients.toPlainText().strip(),
                                 date_value(self.sent_on), self.note.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, recipients: str,
            sent_on: date) -> CirculationValues | None:
        """The circulation as entered; None when cancelled."""
        dialog = cls(parent, recipients, sent_on)
        return run_modal(dialog, dialog.values)


@dataclass(frozen=True)
class ObjectionValues:
    received_on: date
    text: str
    person_id: str | None = None
    raised_by: str = ""
    resolution: str = ""


class ObjectionDialog(QDialog):
    """An Einwendung: from whom (a member, or a name), received when, what; and later
    how it was dealt with."""

    def __init__(self, parent: QWidget | None, people: Sequence[tuple[str, str]],
                 current: ObjectionValues):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einwendung"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Von (Mitglied)"))
        fill_combo(self.person, [(self.tr("– andere Person, bitte Namen angeben –"), None),
                                 *people], current.person_id)
        self.raised_by = QLineEdit(current.raised_by)
        self.raised_by.setAccessibleName(self.tr("Name"))
        self.received_on = date_edit(current.received_on)
        self.received_on.setAccessibleName(self.tr("Eingegangen am"))
        self.text = QPlainTextEdit(current.text)
        self.text.setAccessibleName(self.tr("Einwendung"))
        self.text.setTabChangesFocus(True)
        self.resolution = QPlainTextEdit(current.resolution)
        self.resolution.setAccessibleName(self.tr("Erledigung"))
        self.resolution.setPlaceholderText(self.tr(
            "Wie die Einwendung erledigt wurde, z. B. „im Entwurf berichtigt“"))
        self.resolution.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("&Von"), self.person), self.person)
        form.addRow(buddy_label(self.tr("oder &Name"), self.raised_by), self.raised_by)
        form.addRow(buddy_label(self.tr("Eingegangen &am"), self.received_on), self.received_on)
        form.addRow(buddy_label(self.tr("Ein&wendung"), self.text), self.text)
        form.addRow(buddy_label(self.tr("E&rledigung"), self.resolution), self.resolution)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.person.currentIndexChanged.connect(self._update)
        self.raised_by.textChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(480)

    def _update(self) -> None:
        member = self.person.currentData() is not None
        self.raised_by.setEnabled(not member)
        complete = bool(self.text.toPlainText().strip()) and (
            member or bool(self.raised_by.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)

    def values(self) -> ObjectionValues:
        person_id = self.person.currentData()
        return ObjectionValues(date_value(self.received_on),
                               self.text.toPlainText().strip(), person_id,
                               "" if person_id else self.raised_by.text().strip(),
                               self.resolution.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, people: Sequence[tuple[str, str]],
            current: ObjectionValues) -> ObjectionValues | None:
        """``people``: (name, person id) to choose from; ``current``: what the fields
        show first. The values entered; None when cancelled."""
        dialog = cls(parent, people, current)
        return run_modal(dialog, dialog.values)


@dataclass(frozen=True)
class ApprovalChoice:
    """A meeting where the minutes can be approved, with its agenda items."""

    meeting_id: str
    text: str  # "8. Sitzung am 11.12.2026"
    items: tuple[tuple[str, str], ...]  # (text, item id)
    default_item_id: str | None = None


@dataclass(frozen=True)
class ApprovalValues:
    meeting_id: str
    item_id: str | None


class ApprovalDialog(QDialog):
    """Where the minutes were approved: the later meeting, and its TOP."""

    def __init__(self, parent: QWidget | None, choices: Sequence[ApprovalChoice]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protokoll genehmigen"))
        self.choices = list(choices)
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Genehmigt in der Sitzung"))
        fill_combo(self.meeting, [(c.text, c.meeting_id) for c in self.choices],
                   self.choices[0].meeting_id if self.choices else None)
        self.item = QComboBox()
        self.item.setAccessibleName(self.tr("Zu TOP"))
        form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("Genehmigt in der &Sitzung"), self.meeting),
                    self.meeting)
        form.addRow(buddy_label(self.tr("zu &TOP"), self.item), self.item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.meeting.currentIndexChanged.connect(self._fill_items)
        self._fill_items()

    def _fill_items(self) -> None:
        choice = next((c for c in self.choices if c.meeting_id == self.meeting.currentData()),
                      None)
        items = choice.items if choice else ()
        fill_combo(self.item, [(self.tr("– ohne TOP –"), None), *items],
                   choice.default_item_id if choice else None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(choice is not None)

    def values(self) -> ApprovalValues:
        return ApprovalValues(self.meeting.currentData(), self.item.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None,
            choices: Sequence[ApprovalChoice]) -> ApprovalValues | None:
        dialog = cls(parent, choices)
        return run_modal(dialog, dialog.values)
