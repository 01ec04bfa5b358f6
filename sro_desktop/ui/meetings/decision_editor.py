"""One decision of an agenda item: wording, majority rule, votes per side, conflicts of
interest; the result shown live from the domain's rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain.enums import DecisionRule, Procedure
from ...domain.errors import RuleViolation
from ...domain.model import Decision, Side, SideVote
from ...domain.votes import check_votes, evaluate
from ..common.palette import OVERDUE, quorum_style, text_style
from ..common.widgets import EnumCombo, set_text_quietly
from ..context import AppContext, EditRefused
from ..history import HistoryDialog


class DecisionEditor(QGroupBox):
    """One decision: wording, rule, votes per side, conflicts; the result shown live."""

    def __init__(self, context: AppContext, decision: Decision, sides: list[Side],
                 voters: list[tuple[str, str]], locked: bool, parent: QWidget | None = None):
        super().__init__(decision.number, parent)
        self.context = context
        self.decision = decision
        self.sides = [s for s in sides if s.voting]
        self.all_sides = sides
        self.dirty = False

        self.title_edit = QLineEdit(decision.title)
        self.title_edit.setAccessibleName(self.tr("Titel des Beschlusses"))
        self.wording = QPlainTextEdit(decision.wording)
        self.wording.setAccessibleName(self.tr("Wortlaut des Beschlusses"))
        self.wording.setMaximumHeight(80)
        self.rule = EnumCombo(DecisionRule)
        self.rule.setAccessibleName(self.tr("Mehrheitsregel"))
        self.procedure = EnumCombo(Procedure)
        self.procedure.setAccessibleName(self.tr("Verfahren"))

        self.spins: dict[str, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        grid = QGridLayout()
        for column, text in enumerate((self.tr("Ja"), self.tr("Nein"), self.tr("Enth.")),
                                      start=1):
            grid.addWidget(QLabel(text), 0, column)
        for row, side in enumerate(self.sides, start=1):
            grid.addWidget(QLabel(side.name), row, 0)
            spins = tuple(QSpinBox() for _ in range(3))
            for column, (spin, what) in enumerate(
                    zip(spins, (self.tr("Ja"), self.tr("Nein"), self.tr("Enthaltung")),
                        strict=True), start=1):
                spin.setRange(0, 999)
                spin.setMaximumWidth(64)
                spin.setAccessibleName(f"{side.name} {what}")
                spin.valueChanged.connect(self._inputs_changed)
                grid.addWidget(spin, row, column)
            self.spins[side.id] = spins  # type: ignore[assignment]
        self.all_yes_button = QPushButton(self.tr("&Alle dafür"))
        self.all_yes_button.setToolTip(self.tr("Alle anwesenden Stimmberechtigten stimmen mit Ja"))
        self.all_yes_button.clicked.connect(self.all_yes)

        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(self.tr("Befangen"))
        self.conflicts.setMaximumHeight(70)
        for membership_id, name in voters:
            entry = QListWidgetItem(name)
            entry.setData(Qt.ItemDataRole.UserRole, membership_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.conflicts.addItem(entry)
        self.conflicts.itemChanged.connect(self._inputs_changed)

        self.eligible_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Ergebnis"))
        self.save_button = QPushButton(self.tr("Beschluss &speichern"))
        self.save_button.clicked.connect(self.save)
        self.history_button = QPushButton(self.tr("Verlauf …"))
        self.history_button.setToolTip(self.tr("Wer hat den Beschluss, seine Abstimmung und "
                                               "Befangenheiten wann geändert?"))
        self.history_button.clicked.connect(self.show_history)

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Wortlaut"), self.wording)
        rules = QHBoxLayout()
        rules.addWidget(self.rule)
        rules.addWidget(self.procedure)
        form.addRow(self.tr("Regel"), rules)
        form.addRow(self.tr("Stimmen"), grid)
        form.addRow("", self.all_yes_button)
        form.addRow(self.tr("Befangen"), self.conflicts)
        form.addRow("", self.eligible_label)
        form.addRow(self.tr("Ergebnis"), self.result_label)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.history_button)
        actions.addStretch()
        form.addRow("", actions)

        self.title_edit.textEdited.connect(self._inputs_changed)
        self.wording.textChanged.connect(self._mark_dirty)
        self.rule.activated.connect(self._inputs_changed)
        self.procedure.activated.connect(self._inputs_changed)
        self.load(decision)
        for widget in (self.title_edit, self.wording, self.rule, self.procedure,
                       self.all_yes_button, self.conflicts, self.save_button,
                       *[s for spins in self.spins.values() for s in spins]):
            widget.setEnabled(not locked)

    # values ----------------------------------------------------------------------------------
    def load(self, decision: Decision) -> None:
        """Show the stored decision, unless the user is in the middle of changing it."""
        if self.dirty:
            return
        self.decision = decision
        self._loading = True
        set_text_quietly(self.title_edit, decision.title)
        set_text_quietly(self.wording, decision.wording)
        self.rule.set_value(decision.rule)
        self.procedure.set_value(decision.procedure)
        votes = {v.side_id: v for v in decision.votes}
        for side_id, spins in self.spins.items():
            vote = votes.get(side_id, SideVote(side_id))
            for spin, value in zip(spins, (vote.yes, vote.no, vote.abstain), strict=True):
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.conflicts.blockSignals(True)
        for row in range(self.conflicts.count()):
            entry = self.conflicts.item(row)
            checked = entry.data(Qt.ItemDataRole.UserRole) in decision.conflicted_membership_ids
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.conflicts.blockSignals(False)
        self._loading = False
        self.dirty = False
        self.update_result()

    def votes(self) -> list[SideVote]:
        return [SideVote(side_id, *(s.value() for s in spins))
                for side_id, spins in self.spins.items()]

    def conflicted(self) -> list[str]:
        return [self.conflicts.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.conflicts.count())
                if self.conflicts.item(r).checkState() == Qt.CheckState.Checked]

    def set_votes(self, side: str, yes: int, no: int, abstain: int) -> None:
        """Type the votes of a side (by its name), as the secretary does."""
        side_id = next(s.id for s in self.sides if s.name == side)
        for spin, value in zip(self.spins[side_id], (yes, no, abstain), strict=True):
            spin.setValue(value)

    def _mark_dirty(self) -> None:
        if not getattr(self, "_loading", False):
            self.dirty = True

    def _inputs_changed(self, *_args: Any) -> None:
        self._mark_dirty()
        self.update_result()

    def update_result(self) -> None:
        """The outcome text from the rule, or what is wrong with the counts."""
        store = self.context.s
        eligible = store.decisions.eligible(self.decision, self.conflicted())
        self.eligible_label.setText(self.tr("Stimmberechtigt anwesend: %1").replace(
            "%1", " · ".join(f"{s.name} {eligible.get(s.id, 0)}" for s in self.sides)))
        procedure = self.procedure.value()
        votes = self.votes()
        try:
            if procedure is Procedure.VOTE:
                check_votes(votes, self.all_sides, eligible)
        except RuleViolation as exc:
            self.result_label.setText(str(exc))
            self.result_label.setStyleSheet(text_style(OVERDUE))
            self.save_button.setEnabled(False)
            return
        result = evaluate(self.rule.value(), votes, self.all_sides, procedure)
        self.result_label.setText(result.text)
        self.result_label.setStyleSheet(quorum_style(result.outcome is not None
                                                     and result.outcome.value == "adopted"))
        self.save_button.setEnabled(self.title_edit.isEnabled())

    def all_yes(self) -> None:
        eligible = self.context.s.decisions.eligible(self.decision, self.conflicted())
        for side in self.sides:
            self.set_votes(side.name, eligible.get(side.id, 0), 0, 0)

    def show_history(self) -> HistoryDialog:
        """Verlauf: the changes of the decision, its votes and conflicts."""
        return HistoryDialog.show_for(self, self.context, "decisions", self.decision.id,
                                      self.tr("Beschluss %1").replace("%1",
                                                                     self.decision.number))

    def save(self) -> bool:
        """Store wording, rule, votes and conflicts as one edit."""
        store = self.context.s
        decision_id = self.decision.id

        def write() -> None:
            store.decisions.update(decision_id, title=self.title_edit.text(),
                                   wording=self.wording.toPlainText(),
                                   rule=self.rule.value())
            procedure = self.procedure.value()
            if procedure is Procedure.VOTE:
                store.decisions.record_votes(decision_id, self.votes(), self.conflicted())
            else:
                store.decisions.set_procedure(decision_id, procedure)

        self.dirty = False
        try:
            self.context.edit(self.tr("Beschluss %1 speichern").replace(
                "%1", self.decision.number), write)
        except EditRefused as exc:
            self.dirty = True
            self.result_label.setText(str(exc))
            self.result_label.setStyleSheet(text_style(OVERDUE))
            return False
        return True
