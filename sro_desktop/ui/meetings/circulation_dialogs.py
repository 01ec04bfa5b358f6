"""The dialogs of the minutes' circulation: sending the minutes (as an e-mail draft, or
only recorded), sending the invitation, an objection, where the minutes were approved.
Each ``ask`` returns the values entered, or None."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...documents.mail import Recipients
from ..common.palette import OVERDUE, text_style
from ..common.widgets import buddy_label, date_edit, date_value, fill_combo, qdate, run_modal


@dataclass(frozen=True)
class CirculationValues:
    """``email``: open a draft with the minutes in the mail program (then ``sent_on`` is
    today and ``recipients`` those the draft goes to), else only record the circulation
    as entered (sent some other way)."""

    recipients: str
    sent_on: date
    note: str = ""
    email: bool = False
    deputies: bool = False


class RecipientsBox(QWidget):
    """Whom an e-mail draft goes to: the members (An), with "Stellvertretungen in Cc"
    their deputies (Cc), and a warning naming those without an address."""

    def __init__(self, recipients_for: Callable[[bool], Recipients], deputies: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.recipients_for = recipients_for
        self.current = Recipients(())
        self.deputies = QCheckBox(self.tr("Stellvertretungen in &Cc"))
        self.deputies.setChecked(deputies)
        # as wide as its text: a click beside it in the form's row does nothing
        self.deputies.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.deputies.setToolTip(self.tr(
            "Die Stellvertretungen der Mitglieder erhalten den Entwurf in Kopie"))
        self.to = QListWidget()
        self.to.setAccessibleName(self.tr("An"))
        self.cc = QListWidget()
        self.cc.setAccessibleName(self.tr("Cc"))
        for view in (self.to, self.cc):
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.to_label = buddy_label("", self.to)
        self.cc_label = buddy_label("", self.cc)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(text_style(OVERDUE))
        self.warning.setAccessibleName(self.tr("Hinweis zu fehlenden Adressen"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.to_label, self.to)
        form.addRow("", self.deputies)
        form.addRow(self.cc_label, self.cc)
        form.addRow(self.warning)
        self.form = form
        self.deputies.toggled.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.current = self.recipients_for(self.deputies.isChecked())
        for view, label, people, name, rows in (
                (self.to, self.to_label, self.current.to, self.tr("&An"), 10),
                (self.cc, self.cc_label, self.current.cc, self.tr("Cc"), 5)):
            view.clear()
            view.addItems([f"{r.name} <{r.address}>" for r in people])
            label.setText(f"{name} ({len(people)})")
            # as tall as its names, up to ``rows`` (then it scrolls): on a small screen
            # the dialog stays on it, and no empty list takes the room
            row = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height()
            view.setFixedHeight(row * max(1, min(view.count(), rows))
                                + 2 * view.frameWidth() + 4)
        self.form.setRowVisible(self.cc, bool(self.current.cc))
        self.warning.setText(self.current.warning)
        self.warning.setVisible(bool(self.current.warning))
        self.changed()

    def changed(self) -> None:
        """Called after each change (the dialog enables its OK)."""


class CirculationDialog(QDialog):
    """"Protokoll versenden": as an e-mail draft with the minutes attached to the
    members (when ``recipients_for`` is given), or only recorded: to whom, on which day,
    with a note."""

    def __init__(self, parent: QWidget | None, recipients: str, sent_on: date,
                 recipients_for: Callable[[bool], Recipients] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protokoll versenden"))
        self.email = QCheckBox(self.tr(
            "Per &E-Mail: Entwurf mit dem Protokoll im E-Mail-Programm öffnen"))
        self.email.setChecked(recipients_for is not None)
        self.email.setVisible(recipients_for is not None)
        self.email.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.mail = RecipientsBox(recipients_for or (lambda _deputies: Recipients(())), False)
        self.mail.changed = self._resized  # type: ignore[method-assign]
        self.recipients = QPlainTextEdit(recipients)
        self.recipients.setAccessibleName(self.tr("Empfänger"))
        self.recipients.setTabChangesFocus(True)
        self.recipients.setMaximumHeight(90)
        self.sent_on = date_edit(sent_on)
        self.sent_on.setAccessibleName(self.tr("Versandt am"))
        self.manual_day = sent_on
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Anmerkung"))
        self.note.setPlaceholderText(self.tr("z. B. per Post"))
        form = QFormLayout(self)
        form.addRow(self.email)
        form.addRow(self.mail)
        form.addRow(buddy_label(self.tr("Em&pfänger"), self.recipients), self.recipients)
        form.addRow(buddy_label(self.tr("Versandt a&m"), self.sent_on), self.sent_on)
        form.addRow(buddy_label(self.tr("A&nmerkung"), self.note), self.note)
        self.form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.recipients.textChanged.connect(self._update)
        self.email.toggled.connect(self._switch)
        self._switch()
        self.setMinimumWidth(560)

    def _switch(self) -> None:
        """E-mail: the draft's recipients, sent today; else what was entered."""
        email = self.email.isChecked()
        self.mail.setVisible(email)
        self.form.setRowVisible(self.recipients, not email)
        if email:
            self.manual_day = date_value(self.sent_on)
            self.sent_on.setDate(qdate(clock.today()))
        else:
            self.sent_on.setDate(qdate(self.manual_day))
        self.sent_on.setEnabled(not email)
        self.sent_on.setToolTip(self.tr("Heute: der Entwurf geht jetzt hinaus") if email
                                else "")
        self.note.setPlaceholderText(self.tr("z. B. per E-Mail") if email
                                     else self.tr("z. B. per Post"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Entwurf ö&ffnen") if email else self.tr("&Versenden"))
        self._update()
        self.adjustSize()

    def _resized(self) -> None:
        """The lists changed: the dialog takes their height (and gives it back)."""
        self._update()
        self.adjustSize()

    def _update(self) -> None:
        ready = (bool(self.mail.current.to or self.mail.current.cc) if self.email.isChecked()
                 else bool(self.recipients.toPlainText().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def values(self) -> CirculationValues:
        if self.email.isChecked():
            return CirculationValues(self.mail.current.names(), clock.today(),
                                     self.note.text().strip() or self.tr("per E-Mail"), True,
                                     self.mail.deputies.isChecked())
        return CirculationValues(self.recipients.toPlainText().strip(),
                                 date_value(self.sent_on), self.note.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, recipients: str, sent_on: date,
            recipients_for: Callable[[bool], Recipients] | None = None,
            ) -> CirculationValues | None:
        """The circulation as entered; None when cancelled. ``recipients``: the names
        shown for a circulation only recorded; ``recipients_for(deputies)``: the e-mail
        recipients (without it, no e-mail)."""
        dialog = cls(parent, recipients, sent_on, recipients_for)
        return run_modal(dialog, dialog.values)


class MailDialog(QDialog):
    """"Einladung versenden": to whom the draft with the invitation goes."""

    def __init__(self, parent: QWidget | None, title: str,
                 recipients_for: Callable[[bool], Recipients], deputies: bool):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.mail = RecipientsBox(recipients_for, deputies)
        self.mail.changed = self._resized  # type: ignore[method-assign]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Entwurf ö&ffnen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mail)
        layout.addWidget(self.buttons)
        self._update()
        self.setMinimumWidth(560)

    def _resized(self) -> None:
        self._update()
        self.adjustSize()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.mail.current.to or self.mail.current.cc))

    @classmethod
    def ask(cls, parent: QWidget | None, title: str,
            recipients_for: Callable[[bool], Recipients], deputies: bool) -> bool | None:
        """Deputies in Cc or not; None when cancelled."""
        dialog = cls(parent, title, recipients_for, deputies)
        return run_modal(dialog, dialog.mail.deputies.isChecked)


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
