"""One decision of an agenda item: wording, majority rule, votes per side, conflicts of
interest; the result shown live from the domain's rules. Every field stores itself when
it is left (there is no save button); each storing is one undo step."""

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
        self._refusal: str | None = None

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
                spin.editingFinished.connect(self.commit)
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
        self.conflicts.itemChanged.connect(self._conflict_changed)

        self.eligible_label = QLabel()
        self.eligible_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Ergebnis"))
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
        actions.addWidget(self.history_button)
        actions.addStretch()
        form.addRow("", actions)

        self.title_edit.textEdited.connect(self._inputs_changed)
        self.title_edit.editingFinished.connect(self.commit)
        self.wording.textChanged.connect(self._mark_dirty)
        self.wording.installEventFilter(self)  # stored when left
        self.rule.activated.connect(self._chosen)
        self.procedure.activated.connect(self._chosen)
        self.load(decision)
        for widget in (self.title_edit, self.wording, self.rule, self.procedure,
                       self.all_yes_button, self.conflicts,
                       *[s for spins in self.spins.values() for s in spins]):
            widget.setEnabled(not locked)

    # values ----------------------------------------------------------------------------------
    def load(self, decision: Decision) -> None:
        """Show the stored decision, unless the user is in the middle of changing it."""
        self.decision = decision
        if self.dirty:
            return
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
        """Type the votes of a side (by its name) and leave the fields, as the secretary
        does: they are stored when they make a valid count."""
        side_id = next(s.id for s in self.sides if s.name == side)
        for spin, value in zip(self.spins[side_id], (yes, no, abstain), strict=True):
            spin.setValue(value)
        self.commit()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is getattr(self, "wording", None) and event.type() == event.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)

    def _mark_dirty(self) -> None:
        if not getattr(self, "_loading", False):
            self.dirty = True

    def _inputs_changed(self, *_args: Any) -> None:
        self._mark_dirty()
        self.update_result()

    def _chosen(self, *_args: Any) -> None:
        self._inputs_changed()
        self.commit()

    def _conflict_changed(self, *_args: Any) -> None:
        self._inputs_changed()
        if not getattr(self, "_loading", False):
            self.commit()

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
            return
        result = evaluate(self.rule.value(), votes, self.all_sides, procedure)
        self.result_label.setText(result.text)
        self.result_label.setStyleSheet(quorum_style(result.outcome is not None
                                                     and result.outcome.value == "adopted"))

    def all_yes(self) -> None:
        eligible = self.context.s.decisions.eligible(self.decision, self.conflicted())
        for side in self.sides:
            for spin, value in zip(self.spins[side.id], (eligible.get(side.id, 0), 0, 0),
                                   strict=True):
                spin.setValue(value)
        self.commit()

    def show_history(self) -> HistoryDialog:
        """Verlauf: the changes of the decision, its votes and conflicts."""
        return HistoryDialog.show_for(self, self.context, "decisions", self.decision.id,
                                      self.tr("Beschluss %1").replace("%1",
                                                                     self.decision.number))

    def unstored(self) -> str | None:
        """Why what is typed here could not be stored (None: all of it is stored)."""
        return self._refusal if self.dirty else None

    def commit(self) -> bool:
        """Store what changed since it was last stored as one edit: title, wording and
        rule; the votes and conflicts once they make a valid count (until then the result
        line says what is wrong and they stay unstored); the procedure. True when
        nothing typed is left unstored."""
        if not self.dirty or not self.title_edit.isEnabled() or self.context.store is None:
            return True
        store = self.context.s
        stored = self.decision
        fields: dict[str, Any] = {}
        if self.title_edit.text() != stored.title:
            fields["title"] = self.title_edit.text()
        if self.wording.toPlainText() != stored.wording:
            fields["wording"] = self.wording.toPlainText()
        if self.rule.value() is not stored.rule:
            fields["rule"] = self.rule.value()
        procedure = self.procedure.value()
        votes, conflicted = self.votes(), self.conflicted()
        counts = {v.side_id: (v.yes, v.no, v.abstain) for v in stored.votes}
        votes_changed = procedure is Procedure.VOTE and (
            stored.procedure is not Procedure.VOTE
            or any(counts.get(v.side_id, (0, 0, 0)) != (v.yes, v.no, v.abstain) for v in votes)
            or set(conflicted) != set(stored.conflicted_membership_ids))
        refusal = None
        if votes_changed:
            try:
                check_votes(votes, self.all_sides, store.decisions.eligible(stored, conflicted))
            except RuleViolation as exc:
                refusal, votes_changed = str(exc), False
        procedure_changed = procedure is not Procedure.VOTE and procedure is not stored.procedure

        def write() -> None:
            if fields:
                store.decisions.update(stored.id, **fields)
            if votes_changed:
                store.decisions.record_votes(stored.id, votes, conflicted)
            if procedure_changed:
                store.decisions.set_procedure(stored.id, procedure)

        # While votes stay unstored, the refresh after this edit must not overwrite them.
        self.dirty, self._refusal = refusal is not None, refusal
        if fields or votes_changed or procedure_changed:
            try:
                self.context.edit(self.tr("Beschluss %1 ändern").replace(
                    "%1", stored.number), write)
            except EditRefused as exc:
                self.dirty, self._refusal = True, str(exc)
                self.result_label.setText(str(exc))
                self.result_label.setStyleSheet(text_style(OVERDUE))
                return False
        return refusal is None
