"""The Beschlüsse view: the decision register, filtered by body and year, with details."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import german_date
from ..domain.enums import Outcome, TaskState
from ..domain.model import Decision, Task
from ..domain.tasks import is_overdue
from ..store import StoreError
from .base import DONE, OVERDUE, OVERDUE_BACKGROUND, Column, RecordTableModel, View
from .context import AppContext, label

ALL = ""  # the "all bodies" / "all years" entry of a filter combo
ADOPTED = QColor("#1e7145")  # the muted green of "beschlussfähig"; belongs beside OVERDUE in base


def section_label(text: str) -> QLabel:
    """A small bold heading inside a detail panel."""
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def value_label() -> QLabel:
    """A read-only value the user can select and copy, wrapping long text."""
    value = QLabel()
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return value


def owner_names(context: AppContext, task: Task) -> str:
    """The owners of a task as names: people, or organisations."""
    store = context.s
    names = []
    for owner in task.owners:
        try:
            if owner.person_id:
                names.append(store.people.get(owner.person_id).full_name)
            elif owner.organization_id:
                org = store.organizations.get(owner.organization_id)
                names.append(org.short or org.name)
        except StoreError:
            continue
    return " / ".join(names)


def task_model(context: AppContext, parent: QWidget) -> RecordTableModel:
    """Tasks with owners, due date and state; overdue in red, finished greyed."""
    tr = parent.tr
    model = RecordTableModel([
        Column(tr("Aufgabe"), lambda t: t.title),
        Column(tr("Verantwortlich"), lambda t: owner_names(context, t)),
        Column(tr("Fällig"), lambda t: german_date(t.due_date),
               sort=lambda t: t.due_date or date.max),
        Column(tr("Status"), lambda t: label(t.state)),
    ], parent)
    model.foreground = lambda t: (OVERDUE if is_overdue(t, date.today()) else
                                  DONE if t.state in (TaskState.DONE, TaskState.DROPPED)
                                  else None)
    model.background = lambda t: OVERDUE_BACKGROUND if is_overdue(t, date.today()) else None
    model.tooltip = lambda t: t.title + (
        "\n" + tr("überfällig seit %1").replace("%1", german_date(t.due_date))
        if is_overdue(t, date.today()) else "")
    return model


def list_loader(records: list[Any]) -> Callable[[int, int], list[Any]]:
    """A loader over a list already read (small lists: a decision's tasks)."""
    return lambda limit, offset: records[offset:offset + limit]


def compact_rows(table: QTableView) -> None:
    """Rows as high as a line of text (the style's default is roomier than a list needs)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def select_row(table: QTableView, row: int) -> None:
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)


def fetch_until(model: RecordTableModel, found: Callable[[Any], bool]) -> int | None:
    """The row of the first loaded record that ``found`` accepts, loading pages as needed."""
    checked = 0
    while True:
        for row in range(checked, model.rowCount()):
            if found(model.record(row)):
                return row
        checked = model.rowCount()
        if not model.canFetchMore():
            return None
        model.fetchMore()


class DecisionDetails(QWidget):
    """What was decided: wording, result, votes per side, conflicts, and the tasks it set."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.decision: Decision | None = None

        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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

        self.tasks_heading = section_label(self.tr("Aufgaben aus diesem Beschluss"))
        self.tasks_model = task_model(context, self)
        self.tasks_table = QTableView()
        self.tasks_table.setModel(self.tasks_model)
        self.tasks_table.setAccessibleName(self.tr("Aufgaben aus diesem Beschluss"))
        self.tasks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasks_table.verticalHeader().hide()
        compact_rows(self.tasks_table)
        self.tasks_table.setWordWrap(False)
        header = self.tasks_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tasks_table.setToolTip(self.tr("Doppelklick öffnet die Aufgabe"))
        self.tasks_table.doubleClicked.connect(self._go_to_task)
        self.no_tasks_label = QLabel(self.tr("Aus diesem Beschluss folgen keine Aufgaben."))
        self.no_tasks_label.setStyleSheet(f"color: {DONE.name()};")
        tasks_box = QWidget()
        tasks_column = QVBoxLayout(tasks_box)
        tasks_column.setContentsMargins(8, 0, 0, 0)
        tasks_column.addWidget(self.tasks_heading)
        tasks_column.addWidget(self.no_tasks_label)
        tasks_column.addWidget(self.tasks_table, 1)
        tasks_column.addStretch()

        self.placeholder = QLabel(self.tr("Einen Beschluss in der Liste auswählen."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.addWidget(scroll)
        self.content.addWidget(tasks_box)
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
            self.tasks_model.set_loader(None)
            return
        store = self.context.s
        body = store.bodies.get(decision.body_id)
        self.heading.setText(f"{decision.number} · {decision.title}")
        self.date_label.setText(german_date(decision.decided_on))
        self.body_label.setText(body.name)
        if decision.meeting_id:
            meeting = store.meetings.get(decision.meeting_id)
            self.meeting_label.setText(self.tr("%1. Sitzung am %2")
                                       .replace("%1", str(meeting.number))
                                       .replace("%2", german_date(meeting.date)))
        else:
            self.meeting_label.setText(self.tr("Umlaufverfahren (schriftlich)"))
        self.meeting_button.setVisible(decision.meeting_id is not None)
        self.rule_label.setText(label(decision.rule))
        self.result_label.setText(decision.result_text or self.tr("noch nicht abgestimmt"))
        colour = (ADOPTED.name() if decision.outcome is Outcome.ADOPTED
                  else OVERDUE.name() if decision.outcome is Outcome.REJECTED else "")
        self.result_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.wording_label.setText(decision.wording or self.tr("(kein Wortlaut erfasst)"))
        self._show_votes(decision)
        self._show_conflicts(decision)
        tasks = store.tasks.for_decision(decision.id)
        self.tasks_model.set_loader(list_loader(tasks))
        self.tasks_heading.setText(self.tr("Aufgaben aus diesem Beschluss (%1)")
                                   .replace("%1", str(len(tasks))))
        self.no_tasks_label.setVisible(not tasks)
        self.tasks_table.setVisible(bool(tasks))

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

    def _go_to_task(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.show_record.emit("tasks", self.tasks_model.record(index.row()).id)


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
        body_caption = QLabel(self.tr("&Gremium:"))
        body_caption.setBuddy(self.body_filter)
        year_caption = QLabel(self.tr("&Jahr:"))
        year_caption.setBuddy(self.year_filter)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl der Beschlüsse"))
        filters = QHBoxLayout()
        filters.addWidget(body_caption)
        filters.addWidget(self.body_filter)
        filters.addSpacing(12)
        filters.addWidget(year_caption)
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
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Beschlussregister"))
        self.table.setAccessibleDescription(self.tr(
            "Alle Beschlüsse, die neuesten zuerst; Einzelheiten unter der Liste."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in enumerate((115, 85, 70, 300, 440, 95)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the title takes the rest
        header.setMinimumSectionSize(40)
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
        QWidget.setTabOrder(self.body_filter, self.year_filter)
        QWidget.setTabOrder(self.year_filter, self.table)
        QWidget.setTabOrder(self.table, self.details.meeting_button)
        QWidget.setTabOrder(self.details.meeting_button, self.details.tasks_table)

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
        chosen_body = self.body_filter.currentData()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("Alle Gremien"), ALL)
        for body_id, (_short, name) in self._bodies.items():
            self.body_filter.addItem(name, body_id)
        found = self.body_filter.findData(chosen_body) if chosen_body else 0
        self.body_filter.setCurrentIndex(max(found, 0))
        self.body_filter.blockSignals(False)
        self._fill_years()
        current = self.current_decision()
        self._load(keep=current.id if current else None)

    def _fill_years(self) -> None:
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("Alle Jahre"), ALL)
        for year in self.context.s.decisions.years(self.body_filter.currentData() or None):
            self.year_filter.addItem(str(year), year)
        found = self.year_filter.findData(chosen) if chosen else 0
        self.year_filter.setCurrentIndex(max(found, 0))
        self.year_filter.blockSignals(False)

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
        row = None
        if keep is not None:
            row = next((r for r, d in enumerate(self.model.records) if d.id == keep), None)
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
        return self.tr("%1 Beschlüsse").replace("%1", f"{total:,}".replace(",", "."))

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
        row = fetch_until(self.model, lambda d: d.id == decision_id)
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
        if self._stale:
            self.refresh()
            self._stale = False
        loaded = any(d.id == record_id for d in self.model.records)
        if not loaded:  # show it among the decisions of its body and year: a few pages at most
            self.body_filter.blockSignals(True)
            self.body_filter.setCurrentIndex(max(self.body_filter.findData(decision.body_id), 0))
            self.body_filter.blockSignals(False)
            self._fill_years()
            self.year_filter.blockSignals(True)
            self.year_filter.setCurrentIndex(max(self.year_filter.findData(decision.year), 0))
            self.year_filter.blockSignals(False)
            self._load(keep=None)
        return self.select_decision(record_id)
