"""A decision in writing (Umlaufverfahren): the proposal and its deadline.

Every voting member of the body on the day of the proposal is asked; their answers are
recorded one by one in the decision's details (:mod:`.written_ballots`), where the result
follows them until the deadline.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.bodies import voting_seats
from ...domain.enums import DecisionRule
from ...domain.model import Decision
from ..common import rule_tips
from ..common.forms import FormDialog
from ..common.rule_tips import explain_items
from ..common.widgets import EnumCombo, date_edit, date_value, plural, qdate
from ..context import AppContext, EditRefused

ANSWER_DAYS = 14  # the deadline first offered: two weeks after the proposal


class WrittenDecisionDialog(FormDialog):
    """Gremium, Titel, Wortlaut, Datum, Frist, Regel. OK stores the decision with the next
    register number and asks every voting member, as one undo step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 body_id: str | None = None):
        super().__init__(parent, self._store)
        self.context = context
        self.setWindowTitle(self.tr("Umlaufbeschluss"))
        self.setMinimumWidth(520)

        self.body_combo = QComboBox()
        for body in context.s.bodies.list():
            self.body_combo.addItem(body.name, body.id)
        if body_id and self.body_combo.findData(body_id) >= 0:
            self.body_combo.setCurrentIndex(self.body_combo.findData(body_id))
        self.title_edit = QLineEdit()
        self.wording_edit = QPlainTextEdit()
        self.wording_edit.setTabChangesFocus(True)
        self.wording_edit.setMinimumHeight(60)
        self.wording_edit.setMaximumHeight(110)
        today = clock.today()
        self.date_edit = date_edit(today)
        self.date_edit.setToolTip(self.tr("Der Tag, an dem der Vorschlag versandt wird"))
        self.deadline_edit = date_edit(today + timedelta(days=ANSWER_DAYS))
        self.deadline_edit.setToolTip(self.tr("Bis zu diesem Tag zählen die Antworten"))
        self.rule_combo = EnumCombo(DecisionRule)
        explain_items(self.rule_combo, rule_tips.RULES, rule_tips.RULE)
        self.asked_label = QLabel()
        self.asked_label.setWordWrap(True)
        self.asked_label.setAccessibleName(self.tr("Befragte Mitglieder"))

        form = QFormLayout()
        self.field_row(form, self.tr("&Gremium:"), self.body_combo, "body_id")
        self.field_row(form, self.tr("&Titel:"), self.title_edit, "title")
        self.field_row(form, self.tr("&Wortlaut:"), self.wording_edit, "wording")
        self.field_row(form, self.tr("&Datum:"), self.date_edit, "decided_on")
        self.field_row(form, self.tr("&Frist:"), self.deadline_edit, "deadline")
        self.field_row(form, self.tr("&Regel:"), self.rule_combo, "rule")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.asked_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.body_combo.currentIndexChanged.connect(self._body_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self._body_changed()

    def body_id(self) -> str:
        return str(self.body_combo.currentData() or "")

    def _body_changed(self) -> None:
        body_id = self.body_id()
        if body_id:
            self.rule_combo.set_value(self.context.s.bodies.get(body_id).decision_rule)
        self._show_asked()

    def _date_changed(self) -> None:
        day = date_value(self.date_edit)
        if date_value(self.deadline_edit) < day:  # keep the deadline after the proposal
            self.deadline_edit.setDate(qdate(day + timedelta(days=ANSWER_DAYS)))
        self._show_asked()

    def _show_asked(self) -> None:
        """Who will be asked: the voting members of the body on the day of the proposal."""
        store, body_id = self.context.s, self.body_id()
        seats = voting_seats(store.sides.list(body_id), store.memberships.list(body_id),
                             date_value(self.date_edit)) if body_id else []
        if not seats:
            self.asked_label.setText(self.tr("Das Gremium hat an diesem Tag keine "
                                             "stimmberechtigten Mitglieder."))
            return
        self.asked_label.setText(plural(
            len(seats), self.tr("Gefragt wird das eine stimmberechtigte Mitglied des "
                                "Gremiums; seine Antwort wird danach beim Beschluss im "
                                "Register erfasst."),
            self.tr("Gefragt werden die %1 stimmberechtigten Mitglieder des Gremiums; ihre "
                    "Antworten werden danach beim Beschluss im Register erfasst.")))

    # storing --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "body_id": self.body_id(),
                "decided_on": date_value(self.date_edit),
                "deadline": date_value(self.deadline_edit),
                "wording": self.wording_edit.toPlainText().strip(),
                "rule": self.rule_combo.value()}

    def _store(self, values: dict[str, Any]) -> Decision:
        if not values["body_id"]:
            raise EditRefused(self.tr("Bitte zuerst ein Gremium anlegen."), "body_id")
        decided_on: date = values["decided_on"]
        return self.context.edit(
            self.tr("Umlaufbeschluss fassen"), self.context.s.decisions.add_written,
            values["title"], values["body_id"], decided_on, wording=values["wording"],
            rule=values["rule"], deadline=values["deadline"])
