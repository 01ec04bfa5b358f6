"""One decision of an agenda item: wording, majority rule, the way of voting (open, roll
call, secret), the votes per side or per member, conflicts of interest, the chair's
casting vote and the advisory members' opinion; the result shown live by the same rules
the store applies. Every field stores itself when it is left or chosen (there is no save
button); each storing is one undo step."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...domain.enums import Choice, DecisionRule, Outcome, Procedure, VotingMethod
from ...domain.errors import RuleViolation
from ...domain.meeting_record import MeetingContext
from ...domain.model import Decision, SideVote
from ...domain.votes import check_votes, evaluate, opinion_text, tally
from ..common import rule_tips
from ..common.palette import OVERDUE, quorum_style, text_style
from ..common.rule_tips import explain_items
from ..common.widgets import EnumCombo, ErrorLabel, buddy_label, set_text_quietly
from ..context import AppContext, EditRefused
from ..history import HistoryDialog
from .roll_call import RollCall, Voter
from .vote_counts import VoteCounts

METHODS = (VotingMethod.OPEN, VotingMethod.ROLL_CALL, VotingMethod.SECRET)  # at a meeting
CHAIR_CHOICES = (Choice.YES, Choice.NO, Choice.ABSTAIN)


@dataclass
class AtTheItem:
    """What the decision editors of a TOP show besides their decision; read once per
    refresh of the TOP."""

    meeting: MeetingContext
    voters: list[tuple[str, str]]  # voting seats (membership id, name): who may be conflicted
    roll: list[Voter]  # who holds a vote at the TOP: the rows of a roll call


class DecisionEditor(QGroupBox):
    """One decision: wording, rule, way of voting, votes, conflicts; the result live."""

    def __init__(self, context: AppContext, decision: Decision, at: AtTheItem,
                 locked: bool, parent: QWidget | None = None):
        super().__init__(decision.number, parent)
        self.context = context
        self.decision = decision
        self.at = at
        self.all_sides = at.meeting.sides
        self.sides = [s for s in self.all_sides if s.voting]
        self.dirty = False
        self._refusal: str | None = None
        self._loading = False

        self.title_edit = QLineEdit(decision.title)
        self.title_edit.setAccessibleName(self.tr("Titel des Beschlusses"))
        self.wording = QPlainTextEdit(decision.wording)
        self.wording.setAccessibleName(self.tr("Wortlaut des Beschlusses"))
        self.wording.setMaximumHeight(80)
        self.rule = EnumCombo(DecisionRule)
        self.rule.setAccessibleName(self.tr("Mehrheitsregel"))
        explain_items(self.rule, rule_tips.RULES, rule_tips.RULE)
        self.procedure = EnumCombo(Procedure)
        self.procedure.setAccessibleName(self.tr("Verfahren"))
        self.rule_error = ErrorLabel()
        self.method = EnumCombo(VotingMethod, METHODS)
        self.method.setAccessibleName(self.tr("Abstimmung"))
        self.method.setToolTip(self.tr("offen: Zahlen je Seite · namentlich: die Stimme "
                                       "jedes Mitglieds · geheim: nur Zahlen"))
        self.method_error = ErrorLabel()

        self.counts = VoteCounts(self.all_sides)
        self.counts.edited.connect(self._inputs_changed)
        self.counts.left.connect(self.commit)
        self.all_yes_button = QPushButton(self.tr("Alle daf&ür"))
        self.all_yes_button.setToolTip(self.tr("Alle anwesenden Stimmberechtigten stimmen mit Ja"))
        self.all_yes_button.clicked.connect(self.all_yes)
        self.roll_call = RollCall(context)

        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(self.tr("Befangen"))
        self.conflicts.setMaximumHeight(110)
        for membership_id, name in at.voters:
            entry = QListWidgetItem(name)
            entry.setData(Qt.ItemDataRole.UserRole, membership_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.conflicts.addItem(entry)
        self.conflicts.itemChanged.connect(self._conflict_changed)

        self.eligible_label = QLabel()
        self.eligible_label.setWordWrap(True)
        self.chair = EnumCombo(Choice, CHAIR_CHOICES)
        self.chair.insertItem(0, self.tr("– nicht erfasst –"), None)
        self.chair.setAccessibleName(self.tr("Stimme des Vorsitzes"))
        self.chair.setToolTip(self.tr("Bei Stimmengleichheit entscheidet nach der "
                                      "Geschäftsordnung die Stimme des Vorsitzes."))
        self.chair_label = QLabel()  # a roll call: the chair's ballot
        self.chair_label.setAccessibleName(self.tr("Stimme des Vorsitzes"))
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setAccessibleName(self.tr("Beschlussfähigkeit bei diesem Beschluss"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Ergebnis"))
        self.opinion_label = QLabel()
        self.opinion_label.setWordWrap(True)
        self.opinion_label.setAccessibleName(self.tr("Votum der beratenden Mitglieder"))
        self.history_button = QPushButton(self.tr("Verlauf …"))
        self.history_button.setToolTip(self.tr("Wer hat den Beschluss, seine Abstimmung und "
                                               "Befangenheiten wann geändert?"))
        self.history_button.clicked.connect(self.show_history)
        self._lay_out()

        self.title_edit.textEdited.connect(self._inputs_changed)
        self.title_edit.editingFinished.connect(self.commit)
        self.wording.textChanged.connect(self._mark_dirty)
        self.wording.installEventFilter(self)  # stored when left
        self.rule.activated.connect(self._rule_chosen)
        self.procedure.activated.connect(self._chosen)
        self.method.activated.connect(self._method_chosen)
        self.chair.activated.connect(self._chosen)
        self.load(decision)
        for widget in (self.title_edit, self.wording, self.rule, self.procedure, self.method,
                       self.counts, self.all_yes_button, self.roll_call, self.conflicts,
                       self.chair):
            widget.setEnabled(not locked)

    def _lay_out(self) -> None:
        form = self.form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Wortlaut"), self.wording)
        form.addRow(self.tr("Regel"), self.rule)
        form.addRow("", self.rule_error)
        how = QHBoxLayout()  # "Abstimmung · namentlich", or "vertagt"
        how.addWidget(self.procedure)
        how.addWidget(self.method, 1)
        form.addRow(self.tr("Verfahren"), how)
        form.addRow("", self.method_error)
        form.addRow(self.tr("Stimmen"), self.counts)
        form.addRow("", self.all_yes_button)
        form.addRow(self.roll_call)
        form.addRow(self.tr("Befangen"), self.conflicts)
        form.addRow("", self.eligible_label)
        self.chair_row = QWidget()  # "Stimme des Vorsitzes: Ja", over the whole width
        chair = QHBoxLayout(self.chair_row)
        chair.setContentsMargins(0, 0, 0, 0)
        chair.addWidget(buddy_label(self.tr("Stimme des Vorsitzes:"), self.chair))
        chair.addWidget(self.chair)
        chair.addWidget(self.chair_label)
        chair.addStretch()
        form.addRow(self.chair_row)
        form.addRow("", self.quorum_label)
        form.addRow(self.tr("Ergebnis"), self.result_label)
        form.addRow("", self.opinion_label)
        actions = QHBoxLayout()
        actions.addWidget(self.history_button)
        actions.addStretch()
        form.addRow("", actions)

    # values ----------------------------------------------------------------------------------
    def load(self, decision: Decision, at: AtTheItem | None = None) -> None:
        """Show the stored decision; what the user is in the middle of typing stays."""
        self.decision = decision
        self.at = at or self.at
        self._loading = True
        self.rule.set_value(decision.rule)  # chosen values are stored at once
        self.method.set_value(decision.voting_method)
        self.chair.set_value(decision.chair_vote)
        if decision.voting_method is VotingMethod.ROLL_CALL:
            self.roll_call.load(decision, self.at.roll)
        if not self.dirty:
            set_text_quietly(self.title_edit, decision.title)
            set_text_quietly(self.wording, decision.wording)
            self.procedure.set_value(decision.procedure)
            self.counts.show_votes(decision.votes)
            self.conflicts.blockSignals(True)
            for row in range(self.conflicts.count()):
                entry = self.conflicts.item(row)
                checked = (entry.data(Qt.ItemDataRole.UserRole)
                           in decision.conflicted_membership_ids)
                entry.setCheckState(Qt.CheckState.Checked if checked
                                    else Qt.CheckState.Unchecked)
            self.conflicts.blockSignals(False)
        self._show_method()
        self._loading = False
        self.update_result()

    def _show_method(self) -> None:
        """The counts per side (open, secret) or the members' ballots (roll call)."""
        by_member = self.roll_call_shown()
        for widget in (self.counts, self.all_yes_button, self.conflicts):
            self.form.setRowVisible(widget, not by_member)
        self.form.setRowVisible(self.roll_call, by_member)

    def roll_call_shown(self) -> bool:
        return self.decision.voting_method is VotingMethod.ROLL_CALL

    @property
    def spins(self) -> dict[str, Any]:
        return self.counts.spins

    def votes(self) -> list[SideVote]:
        """The counts as shown: typed per side, or tallied from the members' ballots."""
        if self.roll_call_shown():
            side_of = {v.membership_id: v.side_id for v in self.roll_call.voters}
            return tally(self.roll_call.ballots(), side_of)
        return self.counts.votes()

    def conflicted(self) -> list[str]:
        if self.roll_call_shown():
            return [b.membership_id for b in self.roll_call.ballots()
                    if b.choice is Choice.CONFLICTED]
        return [self.conflicts.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.conflicts.count())
                if self.conflicts.item(r).checkState() == Qt.CheckState.Checked]

    def shown(self) -> Decision:
        """The decision with the values as shown (typed or chosen, stored or not)."""
        by_member = self.roll_call_shown()
        return replace(
            self.decision, rule=self.rule.value(), procedure=self.procedure.value(),
            votes=self.votes(), conflicted_membership_ids=self.conflicted(),
            chair_vote=self.decision.chair_vote if by_member else self.chair.value(),
            ballots=self.roll_call.ballots() if by_member else self.decision.ballots)

    def set_votes(self, side: str, yes: int, no: int, abstain: int) -> None:
        """Type the votes of a side (by its name) and leave the fields, as the secretary
        does: they are stored when they make a valid count."""
        side_id = next(s.id for s in self.all_sides if s.name == side)
        self.counts.set_counts(side_id, yes, no, abstain)
        self.commit()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is getattr(self, "wording", None) and event.type() == event.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)

    def _mark_dirty(self) -> None:
        if not self._loading:
            self.dirty = True

    def _inputs_changed(self, *_args: Any) -> None:
        self._mark_dirty()
        self.update_result()

    def _chosen(self, *_args: Any) -> None:
        self._inputs_changed()
        self.commit()

    def _conflict_changed(self, *_args: Any) -> None:
        self._inputs_changed()
        if not self._loading:
            self.commit()

    # the result ------------------------------------------------------------------------------
    def update_result(self) -> None:
        """The outcome as the store will word it, or what is wrong with the counts; the
        quorum without the conflicted members; the chair's vote on a tie."""
        store = self.context.s
        current = self.shown()
        eligible = store.decisions.eligible(current, current.conflicted_membership_ids,
                                            advisory=True)
        self.eligible_label.setText(self.tr("Stimmberechtigt anwesend: %1").replace(
            "%1", " · ".join(f"{s.name} {eligible.get(s.id, 0)}" for s in self.sides)))
        self.counts.show_present(eligible)
        self._show_quorum(current)
        voting = {s.id for s in self.sides}
        yes = sum(v.yes for v in current.votes if v.side_id in voting)
        no = sum(v.no for v in current.votes if v.side_id in voting)
        tie = current.procedure is Procedure.VOTE and yes == no > 0
        secret = self.method.value() is VotingMethod.SECRET  # the chair's vote is unknown
        self.form.setRowVisible(self.chair_row,
                                self.at.meeting.body.casting_vote and tie and not secret)
        self.chair.setVisible(not self.roll_call_shown())  # chosen, or the chair's ballot
        self.chair_label.setVisible(self.roll_call_shown())
        try:
            if current.procedure is Procedure.VOTE and not self.roll_call_shown():
                check_votes(current.votes, self.all_sides, eligible)
        except RuleViolation as exc:
            self._show_refusal(str(exc))
            self.opinion_label.hide()
            return
        basis = store.decisions.basis(current)
        self.chair_label.setText(basis.chair_vote.label if basis.chair_vote
                                 else self.tr("keine Stimme erfasst"))
        result = evaluate(current.rule, current.votes, self.all_sides, current.procedure,
                          basis)
        self.result_label.setText(result.text)
        self.result_label.setStyleSheet(quorum_style(result.outcome is Outcome.ADOPTED))
        opinion = opinion_text(current.votes, self.all_sides)
        self.opinion_label.setText(opinion)
        self.opinion_label.setVisible(bool(opinion) and current.procedure is Procedure.VOTE)

    def _show_quorum(self, current: Decision) -> None:
        """With members conflicted: is the body quorate for this decision without them?
        A decision taken while it is not is still recorded, with this warning."""
        self.quorum_label.setVisible(bool(current.conflicted_membership_ids))
        if current.conflicted_membership_ids:
            result = self.at.meeting.decision_quorum(current)
            self.quorum_label.setText(result.sentence)
            self.quorum_label.setStyleSheet(quorum_style(result.quorate))

    def _show_refusal(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(text_style(OVERDUE))

    def all_yes(self) -> None:
        eligible = self.context.s.decisions.eligible(self.decision, self.conflicted())
        for side in self.sides:
            self.counts.set_counts(side.id, eligible.get(side.id, 0), 0, 0)
        self.commit()

    def show_history(self) -> HistoryDialog:
        """Verlauf: the changes of the decision, its votes and conflicts."""
        return HistoryDialog.show_for(self, self.context, "decisions", self.decision.id,
                                      self.tr("Beschluss %1").replace("%1",
                                                                     self.decision.number))

    # storing ---------------------------------------------------------------------------------
    def _rule_chosen(self, *_args: Any) -> None:
        """Store the rule at once; one the body's sides cannot apply is refused beside the
        field, and the stored rule stays chosen."""
        rule, stored = self.rule.value(), self.decision
        if rule is stored.rule or self.context.store is None:
            return
        try:
            self.context.edit(self.tr("Regel von Beschluss %1").replace("%1", stored.number),
                              self.context.s.decisions.update, stored.id, rule=rule)
        except EditRefused as exc:
            self.rule_error.show_error(str(exc))
            self.rule.set_value(self.decision.rule)
            self.update_result()
            return
        self.rule_error.show_error("")

    def _method_chosen(self, *_args: Any) -> None:
        """Open, roll call or secret: stored at once. A roll call replaces the counts by
        the members' ballots (typed counts not yet stored go with them)."""
        method, stored = self.method.value(), self.decision
        if method is stored.voting_method or self.context.store is None:
            return
        self.commit()  # what is typed elsewhere first, as a step of its own
        if method is VotingMethod.ROLL_CALL:
            self.dirty, self._refusal = False, None
        try:
            self.context.edit(self.tr("Abstimmung über %1: %2").replace(
                "%1", stored.number).replace("%2", method.label),
                self.context.s.decisions.set_voting_method, stored.id, method)
        except EditRefused as exc:
            self.method_error.show_error(str(exc))
            self.method.set_value(self.decision.voting_method)
            return
        self.method_error.show_error("")

    def unstored(self) -> str | None:
        """Why what is typed here could not be stored (None: all of it is stored)."""
        return self._refusal if self.dirty else None

    def commit(self) -> bool:
        """Store what changed since it was last stored as one edit: title and wording;
        the votes and conflicts once they make a valid count (until then the result line
        says what is wrong and they stay unstored); the chair's vote; the procedure.
        True when nothing typed is left unstored."""
        if not self.dirty or not self.title_edit.isEnabled() or self.context.store is None:
            return True
        store = self.context.s
        stored = self.decision
        fields: dict[str, Any] = {}
        if self.title_edit.text() != stored.title:
            fields["title"] = self.title_edit.text()
        if self.wording.toPlainText() != stored.wording:
            fields["wording"] = self.wording.toPlainText()
        procedure = self.procedure.value()
        by_member = self.roll_call_shown()
        chair = self.chair.value()
        chair_changed = not by_member and chair is not stored.chair_vote
        votes, conflicted = self.votes(), self.conflicted()
        before = {v.side_id: (v.yes, v.no, v.abstain) for v in stored.votes}
        now = {v.side_id: (v.yes, v.no, v.abstain) for v in votes}
        votes_changed = not by_member and procedure is Procedure.VOTE and (
            stored.procedure is not Procedure.VOTE
            or any(before.get(s, (0, 0, 0)) != now.get(s, (0, 0, 0)) for s in {*before, *now})
            or set(conflicted) != set(stored.conflicted_membership_ids))
        refusal = None
        if votes_changed:
            try:
                check_votes(votes, self.all_sides,
                            store.decisions.eligible(stored, conflicted, advisory=True))
            except RuleViolation as exc:
                refusal, votes_changed = str(exc), False
        if chair_changed and not votes_changed:
            fields["chair_vote"] = chair
        procedure_changed = procedure is not stored.procedure and not votes_changed

        def write() -> None:
            if fields:
                store.decisions.update(stored.id, **fields)
            if votes_changed:
                store.decisions.record_votes(
                    stored.id, votes, conflicted,
                    chair_vote=chair if chair_changed else "unchanged")
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
                self._show_refusal(str(exc))
                return False
        return refusal is None
