"""The details of one decision: wording, result, votes per side, conflicts, its tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import german_date
from ...domain.enums import Outcome
from ...domain.labels import person_label
from ...domain.model import Decision
from ...store import StoreError
from ..common.palette import ADOPTED, OVERDUE, text_style
from ..common.task_table import TaskTable
from ..common.widgets import heading_label, meeting_text, section_label, value_label
from ..context import AppContext, label


class DecisionDetails(QWidget):
    """What was decided: wording, result, votes per side, conflicts, and the tasks it set."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.decision: Decision | None = None

        self.heading = heading_label()
        self.date_label = value_label()
        self.body_label = value_label()
        self.meeting_label = value_label()
        self.rule_label = value_label()
        self.result_label = value_label()
        result_font = self.result_label.font()
        result_font.setBold(True)
        self.result_label.setFont(result_font)
        self.result_label.setAccessibleName(self.tr("Ergebnis"))
        self.meeting_button = QPushButton(self.tr("Zur &Sitzung"))
        self.meeting_button.setToolTip(self.tr("Die Sitzung öffnen, in der beschlossen wurde"))
        self.meeting_button.clicked.connect(self._go_to_meeting)
        meeting_row = QHBoxLayout()
        meeting_row.setContentsMargins(0, 0, 0, 0)
        meeting_row.addWidget(self.meeting_label, 1)
        meeting_row.addWidget(self.meeting_button)

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("Datum:"), self.date_label)
        facts.addRow(self.tr("Gremium:"), self.body_label)
        facts.addRow(self.tr("Sitzung:"), meeting_row)
        facts.addRow(self.tr("Abstimmungsregel:"), self.rule_label)
        facts.addRow(self.tr("Ergebnis:"), self.result_label)

        self.wording_label = value_label()
        self.wording_label.setAccessibleName(self.tr("Wortlaut"))
        self.votes_grid = QGridLayout()
        self.votes_grid.setHorizontalSpacing(18)
        self.votes_note = QLabel()
        self.votes_note.setWordWrap(True)
        self.conflicts_label = value_label()
        self.conflicts_label.setAccessibleName(self.tr("Befangen"))

        text_column = QWidget()
        column = QVBoxLayout(text_column)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.heading)
        column.addLayout(facts)
        column.addSpacing(4)
        column.addWidget(section_label(self.tr("Wortlaut")))
        column.addWidget(self.wording_label)
        column.addSpacing(4)
        column.addWidget(section_label(self.tr("Abstimmung nach Seiten")))
        column.addLayout(self.votes_grid)
        column.addWidget(self.votes_note)
        column.addSpacing(4)
        column.addWidget(section_label(self.tr("Befangen (nicht mitgestimmt)")))
        column.addWidget(self.conflicts_label)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(text_column)

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
        self.show_decision(None)

    # what it shows ---------------------------------------------------------------
    def show_decision(self, decision: Decision | None) -> None:
        self.decision = decision
        self.placeholder.setVisible(decision is None)
        self.content.setVisible(decision is not None)
        if decision is None:
            self.tasks.show_tasks(None)
            return
        store = self.context.s
        body = store.bodies.get(decision.body_id)
        self.heading.setText(f"{decision.number} · {decision.title}")
        self.date_label.setText(german_date(decision.decided_on))
        self.body_label.setText(body.name)
        if decision.meeting_id:
            meeting = store.meetings.get(decision.meeting_id)
            self.meeting_label.setText(meeting_text(self.tr, meeting))
        else:
            self.meeting_label.setText(self.tr("Umlaufverfahren (schriftlich)"))
        self.meeting_button.setVisible(decision.meeting_id is not None)
        self.rule_label.setText(label(decision.rule))
        self.result_label.setText(decision.result_text or self.tr("noch nicht abgestimmt"))
        colour = (ADOPTED if decision.outcome is Outcome.ADOPTED
                  else OVERDUE if decision.outcome is Outcome.REJECTED else None)
        self.result_label.setStyleSheet(text_style(colour) if colour else "")
        self.wording_label.setText(decision.wording or self.tr("(kein Wortlaut erfasst)"))
        self._show_votes(decision)
        self._show_conflicts(decision)
        self.tasks.show_tasks(store.tasks.for_decision(decision.id))

    def _show_votes(self, decision: Decision) -> None:
        while self.votes_grid.count():
            item = self.votes_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater would leave it on screen a moment
                widget.deleteLater()
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

    # jumps ---------------------------------------------------------------------------
    def _go_to_meeting(self) -> None:
        if self.decision is not None and self.decision.meeting_id:
            self.context.show_record.emit("meetings", self.decision.meeting_id)
