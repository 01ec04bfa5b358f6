"""The Beschlüsse view: the decision register, filtered by body and year, with details."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
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

from ..domain.calendar import german_date
from ..domain.enums import Outcome
from ..domain.model import Decision
from ..store import StoreError
from .common.palette import ADOPTED, DONE, OVERDUE, text_style
from .common.table_model import Column, RecordTableModel
from .common.task_table import TaskTable
from .common.view import View
from .common.widgets import (
    buddy_label,
    count_text,
    fill_combo,
    heading_label,
    meeting_text,
    record_table,
    section_label,
    select_row,
    set_current_data,
    tab_order,
    value_label,
)
from .context import AppContext, label

ALL = ""  # the "all bodies" / "all years" entry of a filter combo


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
            if item.widget() is not None:
                item.widget().hide()  # at once: deleteLater would leave it on screen a moment
                item.widget().deleteLater()
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
                names.append(store.people.get(membership.person_id).full_name)
            except StoreError:
                continue
        self.conflicts_label.setText(", ".join(names) if names else self.tr("niemand"))

    # jumps ---------------------------------------------------------------------------
    def _go_to_meeting(self) -> None:
        if self.decision is not None and self.decision.meeting_id:
            self.context.show_record.emit("meetings", self.decision.meeting_id)


class DecisionsView(View):
    """The register of all decisions, newest first, loaded a page at a time."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._bodies: dict[str, str] = {}
        self._meetings: dict[str, str] = {}

        self.body_filter = QComboBox()
        self.body_filter.setAccessibleName(self.tr("Gremium filtern"))
        self.body_filter.setMinimumContentsLength(24)
        self.year_filter = QComboBox()
        self.year_filter.setAccessibleName(self.tr("Jahr filtern"))
        self.year_filter.setMinimumContentsLength(10)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl der Beschlüsse"))
        filters = QHBoxLayout()
        filters.addWidget(buddy_label(self.tr("&Gremium:"), self.body_filter))
        filters.addWidget(self.body_filter)
        filters.addSpacing(12)
        filters.addWidget(buddy_label(self.tr("&Jahr:"), self.year_filter))
        filters.addWidget(self.year_filter)
        filters.addStretch()
        filters.addWidget(self.count_label)

        self.model = RecordTableModel([
            Column(self.tr("Nummer"), lambda d: d.number, sort=lambda d: (d.year, d.seq)),
            Column(self.tr("Datum"), lambda d: german_date(d.decided_on),
                   sort=lambda d: d.decided_on),
            Column(self.tr("Gremium"), lambda d: self._bodies.get(d.body_id, ("", ""))[0]),
            Column(self.tr("Titel"), lambda d: d.title),
            Column(self.tr("Ergebnis"), self._result_text),
            Column(self.tr("Sitzung"), self._meeting_text),
        ], self)
        self.model.tooltip = self._tooltip
        self.model.foreground = lambda d: DONE if d.outcome in (
            Outcome.DEFERRED, Outcome.WITHDRAWN) else None
        self.table = record_table(
            self.model, self.tr("Beschlussregister"),
            self.tr("Alle Beschlüsse, die neuesten zuerst; Einzelheiten unter der Liste."),
            widths=(115, 85, 70, 300, 440, 95), stretch=3)  # the title takes the rest
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.details = DecisionDetails(context, self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 400])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.body_filter.currentIndexChanged.connect(self._body_changed)
        self.year_filter.currentIndexChanged.connect(self._apply_filters)
        tab_order(self.body_filter, self.year_filter, self.table, self.details.meeting_button,
                  self.details.tasks_table)

    def title(self) -> str:
        return self.tr("Beschlüsse")

    # columns -------------------------------------------------------------------------
    def _result_text(self, decision: Decision) -> str:
        return decision.result_text or self.tr("noch nicht abgestimmt")

    def _meeting_text(self, decision: Decision) -> str:
        if not decision.meeting_id:
            return self.tr("Umlaufverfahren")
        if decision.meeting_id not in self._meetings:
            try:
                meeting = self.context.s.meetings.get(decision.meeting_id)
                text = self.tr("%1. Sitzung").replace("%1", str(meeting.number))
            except StoreError:
                text = ""
            self._meetings[decision.meeting_id] = text
        return self._meetings[decision.meeting_id]

    def _tooltip(self, decision: Decision) -> str:
        body = self._bodies.get(decision.body_id, ("", ""))[1]
        return "\n".join(t for t in (decision.title, body, decision.wording,
                                     decision.result_text) if t)

    # filters and loading ---------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.s
        self._bodies = {b.id: (b.short, b.name) for b in store.bodies.list()}
        self._meetings = {}
        fill_combo(self.body_filter, [(self.tr("Alle Gremien"), ALL), *(
            (name, body_id) for body_id, (_short, name) in self._bodies.items())],
            self.body_filter.currentData())
        self._fill_years()
        current = self.current_decision()
        self._load(keep=current.id if current else None)

    def _fill_years(self) -> None:
        years = self.context.s.decisions.years(self.body_filter.currentData() or None)
        fill_combo(self.year_filter, [(self.tr("Alle Jahre"), ALL),
                                      *((str(year), year) for year in years)],
                   self.year_filter.currentData())

    def _body_changed(self) -> None:
        self._fill_years()
        self._apply_filters()

    def _apply_filters(self) -> None:
        self._load(keep=None)

    def _filters(self) -> dict[str, Any]:
        year = self.year_filter.currentData()
        return {
            "body_id": self.body_filter.currentData() or None,
            "date_from": date(year, 1, 1) if year else None,
            "date_to": date(year, 12, 31) if year else None,
        }

    def _load(self, keep: str | None) -> None:
        """Load the register's first page(s); select ``keep`` again, else the first row."""
        filters = self._filters()
        store = self.context.s
        if keep is not None and self.model.records:
            self.model.reload()  # as many rows as were shown
        else:
            self.model.set_loader(lambda limit, offset: store.decisions.list(
                **filters, limit=limit, offset=offset, newest_first=True))
        total = store.decisions.count_list(**filters)
        self.count_label.setText(self._count_text(total))
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is None:
            self.details.show_decision(None)
        else:
            select_row(self.table, row)
            self._current_changed(self.model.index(row, 0))

    def _count_text(self, total: int) -> str:
        if total == 1:
            return self.tr("1 Beschluss")
        return self.tr("%1 Beschlüsse").replace("%1", count_text(total))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.details.show_decision(None)
            return
        decision = self.model.record(current.row())
        if self.details.decision is None or self.details.decision != decision:
            self.details.show_decision(decision)

    def current_decision(self) -> Decision | None:
        return self.details.decision

    # navigation ------------------------------------------------------------------------
    def select_decision(self, decision_id: str) -> bool:
        """Select a decision in the register, loading pages until it is there."""
        row = self.model.fetch_row(decision_id)
        if row is None:
            return False
        select_row(self.table, row)
        self._current_changed(self.model.index(row, 0))
        return True

    def show_record(self, kind: str, record_id: str) -> bool:
        if kind != "decisions" or self.context.store is None:
            return False
        try:
            decision = self.context.s.decisions.get(record_id)
        except StoreError:
            return False
        self.refresh_if_stale()
        if self.model.row_of(record_id) is None:
            # show it among the decisions of its body and year: a few pages at most
            set_current_data(self.body_filter, decision.body_id)
            self._fill_years()
            set_current_data(self.year_filter, decision.year)
            self._load(keep=None)
        return self.select_decision(record_id)
