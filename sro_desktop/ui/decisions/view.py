"""The Beschlüsse view: the decision register, filtered by body and year, with details."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import german_date
from ...domain.enums import Outcome
from ...domain.model import Decision
from ...store import StoreError
from ..common import rule_tips
from ..common.after_paint import after_paint
from ..common.palette import DONE
from ..common.table_model import Column, RecordTableModel
from ..common.view import View
from ..common.widgets import (
    ErrorLabel,
    buddy_label,
    confirm_removal,
    fill_combo,
    plural,
    record_table,
    select_row,
    set_current_data,
    tab_order,
)
from ..context import AppContext, EditRefused
from . import written
from .details import DecisionDetails

ALL = ""  # the "all bodies" / "all years" entry of a filter combo


class DecisionsView(View):
    """The register of all decisions, newest first, loaded a page at a time."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._bodies: dict[str, tuple[str, str]] = {}  # id: (short, name)
        self._meetings: dict[str, int] = {}  # id: number, read once per refresh
        self._selecting = False  # the first row chosen, its details shown after the paint

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
        self.written_button = QPushButton(self.tr("&Umlaufbeschluss …"))
        self.written_button.setAccessibleName(self.tr("Umlaufbeschluss"))
        self.written_button.setToolTip(self.tr(
            "Einen Beschluss im schriftlichen Verfahren (Umlaufverfahren) erfassen")
            + "\n\n" + rule_tips.tip(rule_tips.WRITTEN))
        self.written_button.clicked.connect(self.add_written)
        self.remove_button = QPushButton(self.tr("Beschluss &entfernen"))
        self.remove_button.setAccessibleName(self.tr("Beschluss entfernen"))
        self.remove_button.setToolTip(self.tr(
            "Nur der letzte Beschluss eines Jahres kann entfernt werden (Strg+Z holt ihn "
            "zurück); das Register bleibt lückenlos."))
        self.remove_button.clicked.connect(self.remove_decision)
        filters.addSpacing(12)
        filters.addWidget(self.written_button)
        filters.addWidget(self.remove_button)
        self.message = ErrorLabel()
        self.message.setObjectName("decisionsMessage")

        self.model = RecordTableModel([
            Column(self.tr("Nummer"), lambda d: d.number),
            Column(self.tr("Datum"), lambda d: german_date(d.decided_on),
                   field="decided_on"),
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
        # a mouse click may select a row without making it current: follow the selection
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

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
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.body_filter.currentIndexChanged.connect(self._body_changed)
        self.year_filter.currentIndexChanged.connect(self._apply_filters)
        tab_order(self.body_filter, self.year_filter, self.table, self.written_button,
                  self.remove_button, self.details.title_edit, self.details.date_edit,
                  self.details.meeting_button, self.details.rule_combo,
                  self.details.wording_edit, self.details.tasks_table)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Beschlüsse")

    # columns -------------------------------------------------------------------------
    def _result_text(self, decision: Decision) -> str:
        return decision.result_text or self.tr("noch nicht abgestimmt")

    def _meeting_text(self, decision: Decision) -> str:
        if not decision.meeting_id:
            return self.tr("Umlaufverfahren")
        number = self._meetings.get(decision.meeting_id)
        return self.tr("%1. Sitzung").replace("%1", str(number)) if number is not None else ""

    def _tooltip(self, decision: Decision) -> str:
        body = self._bodies.get(decision.body_id, ("", ""))[1]
        return "\n".join(t for t in (decision.title, body, decision.wording,
                                     decision.result_text) if t)

    # filters and loading ---------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.s
        self._bodies = {b.id: (b.short, b.name) for b in store.bodies.list()}
        self._meetings = store.decisions.meeting_numbers()
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
        elif self._arriving and self.details.decision is None:
            # the first visit: the details once the list has painted
            self._selecting = True
            try:
                select_row(self.table, row)
            finally:
                self._selecting = False
            after_paint(self.table.viewport(), self._show_current)
        else:
            select_row(self.table, row)
            self._current_changed(self.model.index(row, 0))
        self._update_buttons()  # at once, also while the details wait for the paint

    def details_pending(self) -> bool:
        """The chosen decision's details are still to be shown (after the list's paint)."""
        return self.details.decision is None and self.table.currentIndex().isValid()

    def _show_current(self) -> None:
        if self.context.store is not None and self.details_pending():
            self._current_changed(self.table.currentIndex())

    def _count_text(self, total: int) -> str:
        return plural(total, self.tr("%1 Beschluss"), self.tr("%1 Beschlüsse"))

    def _selection_changed(self, *_args: Any) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._current_changed(rows[0])

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if self._selecting:
            return
        if not current.isValid() or current.row() >= self.model.rowCount():
            self.details.show_decision(None)
            self._update_buttons()
            return
        decision = self.model.record(current.row())
        if self.details.decision is None or self.details.decision != decision:
            self.details.show_decision(decision)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.context.store is not None and not self.context.read_only
        self.written_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and self.details.decision is not None)

    # adding and removing ---------------------------------------------------------------
    def add_written(self) -> Decision | None:
        """Umlaufbeschluss …: the dialog; the decision stored is selected."""
        if self.context.store is None:
            return None
        self.message.hide()
        current = self.current_decision()
        body_id = self.body_filter.currentData() or (current.body_id if current else None)
        dialog = written.WrittenDecisionDialog(self.context, self, body_id)
        if dialog.exec() != dialog.DialogCode.Accepted:
            dialog.deleteLater()
            return None
        decision: Decision = dialog.stored
        dialog.deleteLater()
        self.show_record("decisions", decision.id)
        return decision

    def remove_decision(self) -> bool:
        """Beschluss entfernen: after asking; the store refuses all but the last number
        of a year and decisions of approved minutes, and the reason is shown."""
        decision = self.current_decision()
        if decision is None:
            return False
        if not confirm_removal(self, self.tr("Beschluss entfernen"), self.tr(
                "Beschluss %1 „%2“ entfernen?\n\nStrg+Z holt ihn zurück.")
                .replace("%1", decision.number).replace("%2", decision.title)):
            return False
        try:
            self.context.edit(self.tr("Beschluss %1 entfernen").replace("%1", decision.number),
                              self.context.s.decisions.delete, decision.id)
        except EditRefused as refused:
            self.message.show_error(str(refused))
            return False
        self.message.hide()
        return True

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
