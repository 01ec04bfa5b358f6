"""A decision in writing (Umlaufverfahren): proposal, deadline, and the members' answers.

The answers of the single members are collected here and stored as counts per side
(the ``votes`` rows a meeting's decision has too); who answered how stays in the dialog.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.bodies import voting_seats
from ...domain.enums import DecisionRule
from ...domain.labels import person_label, person_sort_key
from ...domain.model import Decision, Side, SideVote
from ...domain.votes import evaluate
from ..common.forms import FormDialog
from ..common.widgets import EnumCombo, date_edit, date_value, section_label
from ..context import AppContext, EditRefused

YES, NO, ABSTAIN = "yes", "no", "abstain"



class WrittenDecisionDialog(FormDialog):
    """Gremium, Titel, Wortlaut, Frist, Regel, then one answer per voting member on the
    deadline; the result under the rule is shown as the answers are chosen. OK stores
    the decision with the next register number, as one undo step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 body_id: str | None = None):
        super().__init__(parent, self._store)
        self.context = context
        self.setWindowTitle(self.tr("Umlaufbeschluss"))
        self.setMinimumWidth(560)
        store = context.s
        self._people = {p.id: p for p in store.people.list()}
        self._sides: list[Side] = []
        self.answers: dict[str, QComboBox] = {}  # membership id -> its answer
        self._seat_sides: dict[str, str] = {}  # membership id -> side id

        self.body_combo = QComboBox()
        for body in store.bodies.list():
            self.body_combo.addItem(body.name, body.id)
        if body_id and self.body_combo.findData(body_id) >= 0:
            self.body_combo.setCurrentIndex(self.body_combo.findData(body_id))
        self.title_edit = QLineEdit()
        self.wording_edit = QPlainTextEdit()
        self.wording_edit.setTabChangesFocus(True)
        self.wording_edit.setMinimumHeight(60)
        self.wording_edit.setMaximumHeight(110)
        self.deadline_edit = date_edit(clock.today())
        self.rule_combo = EnumCombo(DecisionRule)
        self.answers_box = QWidget()
        self.answers_grid = QGridLayout(self.answers_box)
        self.answers_grid.setContentsMargins(0, 0, 0, 0)
        self.no_members = QLabel(self.tr("Das Gremium hat an diesem Tag keine "
                                         "stimmberechtigten Mitglieder."))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Ergebnis"))

        form = QFormLayout()
        self.field_row(form, self.tr("&Gremium:"), self.body_combo, "body_id")
        self.field_row(form, self.tr("&Titel:"), self.title_edit, "title")
        self.field_row(form, self.tr("&Wortlaut:"), self.wording_edit, "wording")
        self.field_row(form, self.tr("&Frist:"), self.deadline_edit, "decided_on")
        self.field_row(form, self.tr("&Regel:"), self.rule_combo, "rule")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(section_label(self.tr("Antworten der stimmberechtigten Mitglieder")))
        layout.addWidget(self.no_members)
        answers = QScrollArea()  # a large committee stays on the screen
        answers.setWidgetResizable(True)
        answers.setFrameShape(QFrame.Shape.NoFrame)
        answers.setWidget(self.answers_box)
        answers.setMaximumHeight(380)
        self.answers_area = answers
        layout.addWidget(answers)
        layout.addWidget(self.result_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.body_combo.currentIndexChanged.connect(self._body_changed)
        self.deadline_edit.dateChanged.connect(self._fill_members)
        self.rule_combo.currentIndexChanged.connect(self._show_result)
        self._body_changed()

    # the members and their answers -----------------------------------------------------
    def body_id(self) -> str:
        return str(self.body_combo.currentData() or "")

    def _body_changed(self) -> None:
        body_id = self.body_id()
        if body_id:
            self.rule_combo.set_value(self.context.s.bodies.get(body_id).decision_rule)
        self._fill_members()

    def _fill_members(self) -> None:
        store = self.context.s
        body_id = self.body_id()
        kept = {m: combo.currentData() for m, combo in self.answers.items()}
        while self.answers_grid.count():
            item = self.answers_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.answers, self._seat_sides = {}, {}
        self._sides = store.sides.list(body_id) if body_id else []
        names = {s.id: s.name for s in self._sides}
        seats = voting_seats(self._sides, store.memberships.list(body_id),
                             date_value(self.deadline_edit)) if body_id else []
        position = {s.id: s.position for s in self._sides}
        seats.sort(key=lambda m: (position.get(m.side_id, 0),
                                  person_sort_key(self._people[m.person_id])
                                  if m.person_id in self._people else ""))
        for row, seat in enumerate(seats):
            name = person_label(self._people.get(seat.person_id))
            combo = QComboBox()
            for text, data in ((self.tr("keine Antwort"), ""), (self.tr("Ja"), YES),
                               (self.tr("Nein"), NO), (self.tr("Enthaltung"), ABSTAIN)):
                combo.addItem(text, data)
            combo.setAccessibleName(self.tr("Antwort von %1").replace("%1", name))
            combo.setCurrentIndex(max(combo.findData(kept.get(seat.id, "")), 0))
            combo.currentIndexChanged.connect(self._show_result)
            self.answers_grid.addWidget(QLabel(name), row, 0)
            self.answers_grid.addWidget(QLabel(names.get(seat.side_id, "")), row, 1)
            self.answers_grid.addWidget(combo, row, 2)
            self.answers[seat.id] = combo
            self._seat_sides[seat.id] = seat.side_id
        self.no_members.setVisible(not seats)
        self.answers_area.setVisible(bool(seats))
        self.answers_area.setMinimumHeight(min(self.answers_box.sizeHint().height(), 380))
        self._show_result()

    def votes(self) -> list[SideVote]:
        """The answers counted per voting side (every voting side, zeros included)."""
        counts: dict[str, Counter[str]] = {s.id: Counter() for s in self._sides if s.voting}
        for seat_id, combo in self.answers.items():
            answer = combo.currentData()
            side = self._seat_sides[seat_id]
            if answer and side in counts:
                counts[side][answer] += 1
        return [SideVote(side, c[YES], c[NO], c[ABSTAIN]) for side, c in counts.items()]

    def _show_result(self) -> None:
        votes = self.votes()
        if not any(v.cast for v in votes):
            self.result_label.setText(self.tr("Ergebnis: noch keine Antwort"))
            return
        result = evaluate(self.rule_combo.value(), votes, self._sides)
        self.result_label.setText(self.tr("Ergebnis: %1").replace("%1", result.text))

    # storing --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "body_id": self.body_id(),
                "decided_on": date_value(self.deadline_edit),
                "wording": self.wording_edit.toPlainText().strip(),
                "rule": self.rule_combo.value(), "votes": self.votes()}

    def _store(self, values: dict[str, Any]) -> Decision:
        if not values["body_id"]:
            raise EditRefused(self.tr("Bitte zuerst ein Gremium anlegen."), "body_id")
        decided_on: date = values["decided_on"]
        return self.context.edit(
            self.tr("Umlaufbeschluss fassen"), self.context.s.decisions.add_written,
            values["title"], values["body_id"], decided_on, wording=values["wording"],
            rule=values["rule"], votes=values["votes"])
