"""The Sitzungsgeld tab of Gremien & Mitglieder: the body's attendance allowance rates
per side (amount per meeting, travel, valid from/to, the office's staff too or not),
added, changed and removed through a small dialog whose OK stores them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.allowances import AllowanceRate
from ...domain.calendar import german_date
from ...domain.errors import RuleViolation
from ...domain.model import Body, Side
from ...domain.money import amount_text, euro, parse_euro
from ...domain.words import QT_TRANSLATE_NOOP
from ..common.forms import FormDialog, OptionalDate
from ..common.widgets import ErrorLabel, choice_table, confirm_removal
from ..context import AppContext, EditRefused

COLUMNS = (QT_TRANSLATE_NOOP("AllowancesTab", "Seite"),
           QT_TRANSLATE_NOOP("AllowancesTab", "Sitzungsgeld"),
           QT_TRANSLATE_NOOP("AllowancesTab", "Fahrtkosten"),
           QT_TRANSLATE_NOOP("AllowancesTab", "gültig ab"),
           QT_TRANSLATE_NOOP("AllowancesTab", "gültig bis"),
           QT_TRANSLATE_NOOP("AllowancesTab", "auch Verwaltung"))


@dataclass(frozen=True)
class RateValues:
    """What the dialog holds: amounts as typed (German format), the rest as chosen."""

    side_id: str
    amount: str
    travel: str
    valid_from: date | None
    valid_to: date | None
    office_staff: bool

    def fields_checked(self) -> dict[str, Any]:
        """The rate's fields, amounts in cents; a wrong amount is refused at its field."""
        try:
            amount = parse_euro(self.amount)
        except RuleViolation as exc:
            raise EditRefused(str(exc), "amount_cents") from exc
        try:
            travel = parse_euro(self.travel) if self.travel.strip() else 0
        except RuleViolation as exc:
            raise EditRefused(str(exc), "travel_cents") from exc
        return {"side_id": self.side_id, "amount_cents": amount, "travel_cents": travel,
                "valid_from": self.valid_from, "valid_to": self.valid_to,
                "office_staff": self.office_staff}


class RateDialog(FormDialog):
    """One rate: side, Sitzungsgeld, Fahrtkosten, gültig ab/bis, auch Verwaltung."""

    def __init__(self, parent: QWidget | None, sides: Sequence[Side],
                 current: AllowanceRate | None,
                 submit: Callable[[RateValues], Any] | None):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Sitzungsgeld ändern") if current
                            else self.tr("Sitzungsgeld festlegen"))
        self.side = QComboBox()
        for side in sides:
            self.side.addItem(side.name, side.id)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("25,00")
        self.travel = QLineEdit()
        self.travel.setPlaceholderText("0,00")
        self.valid_from = OptionalDate(self.tr("gültig &ab"))
        self.valid_to = OptionalDate(self.tr("gültig b&is"))
        self.office_staff = QCheckBox(self.tr("auch für Beschäftigte der &Verwaltung"))
        self.office_staff.setAccessibleName(self.tr("auch für Beschäftigte der Verwaltung"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr(
            "Das Sitzungsgeld erhalten die Mitglieder dieser Seite (oder ihre Vertretung) "
            "je Sitzung, an der sie teilgenommen haben; Beträge in Euro.")))
        self.field_row(form, self.tr("&Seite"), self.side, "side_id")
        self.field_row(form, self.tr("Sitzungs&geld je Sitzung"), self.amount, "amount_cents")
        self.field_row(form, self.tr("&Fahrtkosten je Sitzung"), self.travel, "travel_cents")
        self.field_row(form, self.tr("Gültig ab"), self.valid_from, "valid_from",
                       buddy=self.valid_from.check)
        self.field_row(form, self.tr("Gültig bis"), self.valid_to, "valid_to",
                       buddy=self.valid_to.check)
        form.addRow(self.office_staff)
        form.addRow(self.general_error)
        form.addRow(self.buttons)
        if current is not None:
            self.side.setCurrentIndex(max(self.side.findData(current.side_id), 0))
            self.amount.setText(amount_text(current.amount_cents))
            self.travel.setText(amount_text(current.travel_cents))
            self.valid_from.set_value(current.valid_from)
            self.valid_to.set_value(current.valid_to)
            self.office_staff.setChecked(current.office_staff)

    def values(self) -> RateValues:
        return RateValues(str(self.side.currentData() or ""), self.amount.text(),
                          self.travel.text(), self.valid_from.value(), self.valid_to.value(),
                          self.office_staff.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, sides: Sequence[Side],
            current: AllowanceRate | None = None,
            submit: Callable[[RateValues], Any] | None = None) -> RateValues | None:
        """The values once ``submit`` stored them; None when cancelled."""
        return cls._run(cls(parent, sides, current, submit))


class AllowancesTab(QWidget):
    """The body's rates as a table, with buttons to add, change and remove one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.body: Body | None = None
        self.sides: list[Side] = []
        self.rates: list[AllowanceRate] = []
        self.table = choice_table([self.tr(c) for c in COLUMNS], self.tr("Sitzungsgeldsätze"))
        self.table.doubleClicked.connect(self.change_rate)
        self.note = QLabel(self.tr(
            "Seiten ohne Satz erhalten kein Sitzungsgeld; Gäste und die Protokollführung "
            "nie. Export › Sitzungsgeld … schreibt die Abrechnung eines Jahres."))
        self.note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Satz hinzu&fügen …"))
        self.add_button.clicked.connect(self.add_rate)
        self.change_button = QPushButton(self.tr("Satz ä&ndern …"))
        self.change_button.clicked.connect(self.change_rate)
        self.remove_button = QPushButton(self.tr("Satz en&tfernen"))
        self.remove_button.clicked.connect(self.remove_rate)
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.table, 1)
        column.addWidget(self.error)
        column.addLayout(buttons)

    def show_body(self, body: Body, sides: Sequence[Side]) -> None:
        self.body, self.sides = body, list(sides)
        self.rates = self.context.s.allowance_rates.list(body.id)
        names = {s.id: s.name for s in sides}
        self.table.setRowCount(len(self.rates))
        for row, rate in enumerate(self.rates):
            cells = (names.get(rate.side_id, "?"), euro(rate.amount_cents),
                     euro(rate.travel_cents), german_date(rate.valid_from) or "–",
                     german_date(rate.valid_to) or "–",
                     self.tr("ja") if rate.office_staff else self.tr("nein"))
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.change_button.setEnabled(bool(self.rates))
        self.remove_button.setEnabled(bool(self.rates))

    def _chosen(self) -> AllowanceRate | None:
        row = self.table.currentRow()
        return self.rates[row] if 0 <= row < len(self.rates) else None

    def _reload(self) -> None:
        if self.body is not None:
            self.show_body(self.body, self.sides)

    def add_rate(self) -> None:
        body = self.body
        if body is None:
            return

        def submit(values: RateValues) -> AllowanceRate:
            fields = values.fields_checked()
            return self.context.edit(self.tr("Sitzungsgeld festlegen"),
                                     self.context.s.allowance_rates.add, body.id, **fields)

        if RateDialog.ask(self, self.sides, None, submit) is not None:
            self._reload()

    def change_rate(self) -> None:
        rate = self._chosen()
        if rate is None:
            return

        def submit(values: RateValues) -> AllowanceRate:
            return self.context.edit(self.tr("Sitzungsgeld ändern"),
                                     self.context.s.allowance_rates.update, rate.id,
                                     **values.fields_checked())

        if RateDialog.ask(self, self.sides, rate, submit) is not None:
            self._reload()

    def remove_rate(self) -> None:
        rate = self._chosen()
        if rate is None or not confirm_removal(
                self, self.tr("Sitzungsgeld entfernen"),
                self.tr("Diesen Sitzungsgeldsatz entfernen? Die Abrechnung zählt ihn dann "
                        "nicht mehr.")):
            return
        try:
            self.context.edit(self.tr("Sitzungsgeld entfernen"),
                              self.context.s.allowance_rates.delete, rate.id)
        except EditRefused as exc:
            self.error.show_error(str(exc))
            return
        self._reload()
