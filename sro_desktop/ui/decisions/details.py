"""The details of one decision: wording, result, votes per side (or each member's answer
in a written procedure), conflicts, its tasks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.enums import DecisionRule, Outcome
from ...domain.labels import person_label
from ...domain.model import Decision
from ...domain.votes import evaluate
from ...store import StoreError
from ..common.forms import OptionalDate
from ..common.palette import ADOPTED, OVERDUE, text_style
from ..common.task_table import TaskTable
from ..common.widgets import (
    EnumCombo,
    ErrorLabel,
    clear_layout,
    date_edit,
    date_value,
    heading_label,
    meeting_text,
    section_label,
    set_current_data,
    set_text_quietly,
    show_day,
    value_label,
)
from ..context import AppContext, EditRefused
from .written_ballots import WrittenBallots
from .written_votes import WrittenVotes


class DecisionDetails(QWidget):
    """What was decided: wording, result, votes per side, conflicts, and the tasks it set.

    Title, date (of a decision in writing), rule and wording store themselves when left
    or chosen, each as one undo step; what the rules refuse stays typed, the reason
    beside it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.decision: Decision | None = None

        self.heading = heading_label()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Titel des Beschlusses"))
        self.date_edit: QDateEdit = date_edit()
        self.date_edit.setAccessibleName(self.tr("Datum des Beschlusses"))
        self.body_label = value_label()
        self.meeting_label = value_label()
        self.rule_combo = EnumCombo(DecisionRule)
        self.rule_combo.setAccessibleName(self.tr("Abstimmungsregel"))
        self.error = ErrorLabel()
        self.error.setObjectName("decisionError")
        self.result_label = value_label()
        result_font = self.result_label.font()
        result_font.setBold(True)
        self.result_label.setFont(result_font)
        self.result_label.setAccessibleName(self.tr("Ergebnis"))
        self.settle_button = QPushButton(self.tr("Ergebnis &feststellen"))
        self.settle_button.setToolTip(self.tr(
            "Die Frist ist abgelaufen: das Ergebnis aus den Antworten bis zur Frist"))
        self.settle_button.clicked.connect(self._settle)
        result_row = QHBoxLayout()
        result_row.setContentsMargins(0, 0, 0, 0)
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.settle_button, 0, Qt.AlignmentFlag.AlignTop)
        self.deadline = OptionalDate(self.tr("Antworten bis"))
        self.deadline.check.setAccessibleName(self.tr("Mit Frist"))
        self.deadline.edit.setAccessibleName(self.tr("Frist"))
        self.meeting_button = QPushButton(self.tr("Zur &Sitzung"))
        self.meeting_button.setToolTip(self.tr("Die Sitzung öffnen, in der beschlossen wurde"))
        self.meeting_button.clicked.connect(self._go_to_meeting)
        meeting_row = QHBoxLayout()
        meeting_row.setContentsMargins(0, 0, 0, 0)
        meeting_row.addWidget(self.meeting_label, 1)
        meeting_row.addWidget(self.meeting_button)

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("Titel:"), self.title_edit)
        facts.addRow(self.tr("Datum:"), self.date_edit)
        facts.addRow(self.tr("Gremium:"), self.body_label)
        facts.addRow(self.tr("Sitzung:"), meeting_row)
        facts.addRow(self.tr("Frist:"), self.deadline)
        facts.addRow(self.tr("Abstimmungsregel:"), self.rule_combo)
        facts.addRow(self.tr("Ergebnis:"), result_row)
        self.facts = facts

        self.wording_edit = QPlainTextEdit()
        self.wording_edit.setAccessibleName(self.tr("Wortlaut"))
        self.wording_edit.setTabChangesFocus(True)
        self.wording_edit.setPlaceholderText(self.tr("(kein Wortlaut erfasst)"))
        self.wording_edit.setMaximumHeight(120)
        self.wording_edit.installEventFilter(self)
        self.votes_grid = QGridLayout()
        self.votes_grid.setHorizontalSpacing(18)
        self.votes_note = QLabel()
        self.votes_note.setWordWrap(True)
        self.written_votes = WrittenVotes(context)
        self.written_votes.refused = lambda text: self.error.show_error(
            self.tr("Nicht gespeichert: %1").replace("%1", text))
        self.written_votes.stored = self._votes_stored
        self.ballots = WrittenBallots(context)
        self.ballots.refused = self.written_votes.refused
        self.ballots.stored = self._votes_stored
        self.conflicts_label = value_label()
        self.conflicts_label.setAccessibleName(self.tr("Befangen"))

        text_column = QWidget()
        column = QVBoxLayout(text_column)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.heading)
        column.addWidget(self.error)
        column.addLayout(facts)
        column.addSpacing(4)
        column.addWidget(section_label(self.tr("Wortlaut")))
        column.addWidget(self.wording_edit)
        column.addSpacing(4)
        self.votes_heading = section_label(self.tr("Abstimmung nach Seiten"))
        column.addWidget(self.votes_heading)
        column.addLayout(self.votes_grid)
        column.addWidget(self.written_votes)
        column.addWidget(self.ballots)
        column.addWidget(self.votes_note)
        column.addSpacing(4)
        column.addWidget(section_label(self.tr("Befangen (nicht mitgestimmt)")))
        column.addWidget(self.conflicts_label)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(text_column)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields

        self.tasks = TaskTable(context, self.tr("Aufgaben aus diesem Beschluss"),
                               self.tr("Aus diesem Beschluss folgen keine Aufgaben."))
        # the parts the register's tab order and the tests reach
        self.tasks_heading, self.tasks_model = self.tasks.heading, self.tasks.model
        self.tasks_table, self.no_tasks_label = self.tasks.table, self.tasks.none_label

        self.placeholder = QLabel(self.tr("Einen Beschluss in der Liste auswählen."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.addWidget(scroll)
        self.content.addWidget(self.tasks)
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 2)
        self.content.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content, 1)
        self.title_edit.editingFinished.connect(self._title_left)
        self.date_edit.editingFinished.connect(self._date_left)
        self.rule_combo.activated.connect(self._rule_chosen)
        self.deadline.check.clicked.connect(lambda _checked: self._deadline_changed())
        self.deadline.edit.editingFinished.connect(self._deadline_changed)
        context.flush.connect(self.store_typed)
        self.show_decision(None)

    # what it shows ---------------------------------------------------------------
    def show_decision(self, decision: Decision | None) -> None:
        if self.decision is not None and (decision is None or decision.id != self.decision.id):
            self.error.hide()
        self.decision = decision
        self.placeholder.setVisible(decision is None)
        self.content.setVisible(decision is not None)
        if decision is None:
            self.tasks.show_tasks(None)
            return
        store = self.context.s
        body = store.bodies.get(decision.body_id)
        self.heading.setText(f"{decision.number} · {decision.title}")
        read_only = self.context.read_only
        for editor in (self.title_edit, self.wording_edit):
            editor.setReadOnly(read_only)
        self.rule_combo.setEnabled(not read_only)
        self.written_votes.setEnabled(not read_only)
        set_text_quietly(self.title_edit, decision.title)
        marked = False
        if not self.date_edit.hasFocus():
            marked = show_day(self.date_edit, decision, "decided_on", decision.decided_on)
        self.date_edit.setEnabled(decision.written_procedure and not read_only)
        if not marked:
            self.date_edit.setToolTip("" if decision.written_procedure else self.tr(
                "Das Datum eines Beschlusses ist das Datum seiner Sitzung."))
        self.body_label.setText(body.name)
        if decision.meeting_id:
            meeting = store.meetings.get(decision.meeting_id)
            self.meeting_label.setText(meeting_text(meeting))
        else:
            self.meeting_label.setText(self.tr("Umlaufverfahren (schriftlich)"))
        self.meeting_button.setVisible(decision.meeting_id is not None)
        set_current_data(self.rule_combo, decision.rule.value)
        self.result_label.setText(decision.result_text or self.tr("noch nicht abgestimmt"))
        colour = (ADOPTED if decision.outcome is Outcome.ADOPTED
                  else OVERDUE if decision.outcome is Outcome.REJECTED else None)
        self.result_label.setStyleSheet(text_style(colour) if colour else "")
        self.settle_button.setVisible(self._result_due(decision))
        self.settle_button.setEnabled(not read_only)
        asking = decision.written_procedure and bool(decision.ballots)
        self.facts.setRowVisible(self.deadline, asking)
        self.deadline.setEnabled(not read_only)
        if not (self.deadline.edit.hasFocus() or self.deadline.check.hasFocus()):
            self.deadline.set_value(decision.deadline)  # stores nothing: "clicked" stores
        set_text_quietly(self.wording_edit, decision.wording)
        self._show_votes(decision)
        self._show_conflicts(decision)
        self.tasks.show_tasks(store.tasks.for_decision(decision.id))

    def _show_votes(self, decision: Decision) -> None:
        clear_layout(self.votes_grid)
        asking = decision.written_procedure and bool(decision.ballots)
        self.ballots.setVisible(asking)
        self.written_votes.setVisible(decision.written_procedure and not asking)
        self.votes_heading.setText(
            self.tr("Antworten der befragten Mitglieder") if asking
            else self.tr("Antworten nach Seiten") if decision.written_procedure
            else self.tr("Abstimmung nach Seiten"))
        if asking:  # each member's answer, changed here
            self.votes_note.hide()
            self.ballots.show_decision(decision)
            return
        if decision.written_procedure:  # older files: the answers counted per side
            self.votes_note.hide()
            self.written_votes.show_decision(decision)
            return
        if not decision.votes:
            self.votes_note.setText(self.tr("Keine Stimmen erfasst."))
            self.votes_note.show()
            return
        self.votes_note.hide()
        names = {s.id: s.name for s in self.context.s.sides.list(decision.body_id)}
        for col, text in enumerate((self.tr("Seite"), self.tr("Ja"), self.tr("Nein"),
                                    self.tr("Enthaltung"))):
            cell = QLabel(text)
            font = QFont(cell.font())
            font.setItalic(True)
            cell.setFont(font)
            if col:
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.votes_grid.addWidget(cell, 0, col)
        for row, vote in enumerate(decision.votes, start=1):
            self.votes_grid.addWidget(QLabel(names.get(vote.side_id, "?")), row, 0)
            for col, count in enumerate((vote.yes, vote.no, vote.abstain), start=1):
                cell = QLabel(str(count))
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.votes_grid.addWidget(cell, row, col)
        self.votes_grid.setColumnStretch(4, 1)

    def _show_conflicts(self, decision: Decision) -> None:
        store = self.context.s
        names = []
        for membership_id in decision.conflicted_membership_ids:
            try:
                membership = store.memberships.get(membership_id)
                names.append(person_label(store.people.get(membership.person_id)))
            except StoreError:
                continue
        self.conflicts_label.setText(", ".join(names) if names else self.tr("niemand"))

    # editing ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.wording_edit and event.type() == QEvent.Type.FocusOut:
            self._wording_left()
        return super().eventFilter(watched, event)

    def store_typed(self) -> None:
        """Store what is typed and not yet stored (the view or the file is left)."""
        if self.decision is not None and self.context.store is not None:
            self._title_left()
            self._wording_left()

    def _change(self, text: str, **changes: Any) -> bool:
        decision = self.decision
        if decision is None or self.context.read_only:
            return False
        if all(getattr(decision, k) == v for k, v in changes.items()):
            return False
        try:
            self.decision = self.context.edit(text, self.context.s.decisions.update,
                                              decision.id, **changes)
        except EditRefused as refused:
            self.error.show_error(self.tr("Nicht gespeichert: %1").replace("%1", str(refused)))
            return False
        self.error.hide()
        self.heading.setText(f"{self.decision.number} · {self.decision.title}")
        return True

    def _result_due(self, decision: Decision) -> bool:
        """A written procedure whose deadline has passed while its stored result is still
        open, and whose answers now give another."""
        if not (decision.written_procedure and decision.deadline
                and decision.deadline < clock.today() and decision.outcome is None):
            return False
        store = self.context.s
        now = evaluate(decision.rule, decision.votes, store.sides.list(decision.body_id),
                       decision.procedure, store.decisions.basis(decision))
        return (now.outcome, now.text) != (decision.outcome, decision.result_text)

    def _settle(self) -> None:
        decision = self.decision
        if decision is None or self.context.read_only:
            return
        try:
            settled = self.context.edit(self.tr("Ergebnis feststellen"),
                                        self.context.s.decisions.refresh_result, decision.id)
        except EditRefused as refused:
            self.error.show_error(self.tr("Nicht gespeichert: %1").replace("%1", str(refused)))
            return
        self._votes_stored(settled)

    def _deadline_changed(self) -> None:
        if self.decision is not None and self._change(self.tr("Frist ändern"),
                                                      deadline=self.deadline.value()):
            self.show_decision(self.decision)

    def _votes_stored(self, decision: Decision) -> None:
        self.error.hide()
        self.show_decision(decision)

    def _title_left(self) -> None:
        self._change(self.tr("Titel des Beschlusses ändern"),
                     title=self.title_edit.text().strip())

    def _wording_left(self) -> None:
        self._change(self.tr("Wortlaut des Beschlusses ändern"),
                     wording=self.wording_edit.toPlainText().strip())

    def _date_left(self) -> None:
        if self.decision is not None and self.decision.written_procedure:
            self._change(self.tr("Datum des Beschlusses ändern"),
                         decided_on=date_value(self.date_edit))

    def _rule_chosen(self, _index: int) -> None:
        if self._change(self.tr("Abstimmungsregel ändern"), rule=self.rule_combo.value()):
            self.show_decision(self.decision)

    # jumps ---------------------------------------------------------------------------
    def _go_to_meeting(self) -> None:
        if self.decision is not None and self.decision.meeting_id:
            self.context.show_record.emit("meetings", self.decision.meeting_id)
