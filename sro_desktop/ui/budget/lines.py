"""The "Haushalt" tab: a year's budget lines edited in place, the year's totals, the
selected line's decision, milestone and note, and the charts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.budget import FIRST_YEAR, LAST_YEAR, BudgetLine, totals
from ...domain.enums import BudgetArea, FundingSource
from ...domain.errors import RuleViolation
from ...domain.milestones import target_label
from ...domain.money import euro, parse_euro
from ...domain.words import say
from ...store.errors import NotFound
from ..common.table_model import list_loader
from ..common.widgets import (
    ErrorLabel,
    buddy_label,
    compact_rows,
    confirm_removal,
    fill_combo,
    on_row_chosen,
    plural,
    set_text_quietly,
)
from ..context import AppContext, EditRefused
from .chart import Bar, BudgetChart
from .model import (
    ACTUAL_COLUMNS,
    AREA,
    FUNDING,
    PLAN_COLUMNS,
    TITLE,
    LinesModel,
    amount_field,
    install_delegates,
)

NONE = "—"


class ChoicesOnOpen(QComboBox):
    """Shows the chosen entry (and "—"); the whole list, thousands of decisions in a
    large file, is read only when it opens, not each time a row is chosen."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]]):
        super().__init__()
        self.choices = choices
        self.loaded = False

    def show_choice(self, value: str | None, label: str) -> None:
        fill_combo(self, [(NONE, ""), *([(label, value)] if value else [])], value or "")
        self.loaded = False

    def showPopup(self) -> None:
        if not self.loaded:
            fill_combo(self, self.choices(), self.currentData() or "")
            self.loaded = True
        super().showPopup()


def ask_year(parent: QWidget, suggested: int) -> int | None:
    """The year of a new budget (called through the module, so tests can answer it)."""
    year, ok = QInputDialog.getInt(parent, say("LinesPanel", "Neues Haushaltsjahr"),
                                   say("LinesPanel", "Haushaltsjahr:"), suggested, FIRST_YEAR,
                                   LAST_YEAR)
    return year if ok else None


def totals_text(year: int, lines: list[BudgetLine]) -> str:
    sums = totals(lines)
    return (say("LinesPanel", "Summe %1: Soll %2 · Ist %3 · Rest %4").replace("%1", str(year))
            .replace("%2", euro(sums.plan)).replace("%3", euro(sums.actual))
            .replace("%4", euro(sums.remaining)))


class LinesPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.year = clock.today().year
        self.new_years: set[int] = set()  # chosen with "Neues Jahr", no line yet
        self.shown_id: str | None = None
        self._in_edit = False  # a cell is being stored: read again once it has closed
        self._refresh_pending = False
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Haushaltsjahr"))
        self.year_combo.activated.connect(self._year_chosen)
        self.new_year_button = QPushButton(self.tr("Neue&s Jahr …"))
        self.new_year_button.setAccessibleName(self.tr("Neues Jahr"))
        self.new_year_button.clicked.connect(self.start_year)
        self.add_button = QPushButton(self.tr("&Neue Zeile"))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Zeile &entfernen"))
        self.remove_button.clicked.connect(self.remove_line)
        self.quarters_check = QCheckBox(self.tr("&Quartale zeigen"))
        self.quarters_check.setToolTip(self.tr(
            "Aus: nur Soll gesamt, Ist gesamt und Rest je Zeile (passt auf kleine Bildschirme)."))
        self.quarters_check.setChecked(True)
        self.quarters_check.toggled.connect(self._show_quarters)
        self.message = ErrorLabel()
        self.message.setAccessibleName(self.tr("Meldung zum Haushalt"))

        self.model = LinesModel(self)
        self.model.commit = self._commit
        self.model.editable = lambda: not context.read_only
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Haushaltszeilen"))
        self.table.setAccessibleDescription(self.tr(
            "Beträge in Euro, z. B. 1.234,56; F2 oder Doppelklick ändert eine Zelle, sie "
            "wird beim Verlassen gespeichert."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.horizontalHeader().setHighlightSections(False)
        install_delegates(self.table, self.model)
        on_row_chosen(self.table, self._show_line)
        self.sum_label = QLabel()
        self.sum_label.setAccessibleName(self.tr("Summe des Jahres"))
        self.sum_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.sum_label.font()
        font.setBold(True)
        self.sum_label.setFont(font)

        self.decision_combo = ChoicesOnOpen(self._decision_choices)
        self.decision_combo.activated.connect(lambda _n: self._link("decision_id",
                                                                    self.decision_combo))
        self.milestone_combo = QComboBox()
        self.milestone_combo.activated.connect(lambda _n: self._link("milestone_id",
                                                                     self.milestone_combo))
        self.note_edit = QLineEdit()
        self.note_edit.editingFinished.connect(self._note_left)
        context.flush.connect(self._note_left)
        self.line_heading = QLabel()
        details = QWidget()
        form = QFormLayout(details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.line_heading)
        for text, widget in ((self.tr("&Genehmigt durch Beschluss:"), self.decision_combo),
                             (self.tr("&Meilenstein:"), self.milestone_combo),
                             (self.tr("Beme&rkung:"), self.note_edit)):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            widget.setMinimumWidth(200)
            form.addRow(buddy_label(text, widget), widget)
        self.details = details
        self.line_chart = BudgetChart(self.tr("Diagramm Soll und Ist je Zeile"))
        self.year_chart = BudgetChart(self.tr("Diagramm Soll und Ist je Jahr"))

        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Haushalts&jahr:"), self.year_combo))
        top.addWidget(self.year_combo)
        for button in (self.new_year_button, self.add_button, self.remove_button):
            top.addWidget(button)
        top.addStretch()
        top.addWidget(self.quarters_check)
        bottom = QHBoxLayout()
        bottom.addWidget(details, 2, Qt.AlignmentFlag.AlignTop)
        for title, chart, share in ((self.tr("Soll und Ist je Zeile"), self.line_chart, 3),
                                    (self.tr("Soll und Ist je Jahr"), self.year_chart, 2)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(chart)
            column.addStretch()
            bottom.addLayout(column, share)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sum_label)
        layout.addLayout(bottom)

    # reading --------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._in_edit:
            if not self._refresh_pending:
                self._refresh_pending = True
                QTimer.singleShot(0, self._deferred_refresh)
            return
        store = self.context.s
        for button in (self.new_year_button, self.add_button, self.remove_button):
            button.setEnabled(not self.context.read_only)
        every = store.budget_lines.list()  # one read: the year's table and both charts
        booked = sorted({x.year for x in every})
        years = sorted(set(booked) | self.new_years | {self.year}, reverse=True)
        fill_combo(self.year_combo, [(str(y), y) for y in years], self.year)
        current = self.table.currentIndex()
        chosen = self.line() if current.isValid() else None
        lines = [x for x in every if x.year == self.year]
        if not self.model.update_in_place(lines):
            self.model.set_loader(list_loader(lines))
        self.table.resizeColumnsToContents()
        for column, widest in ((AREA, 150), (TITLE, 230), (FUNDING, 150)):  # tooltips: all
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.sum_label.setText(totals_text(self.year, lines))
        row = self.model.row_of(chosen.id) if chosen is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, current.column()))
        self._fill_links()
        self._show_line()
        self.line_chart.show_bars([Bar(x.title, x.plan_total, x.actual_total) for x in lines],
                                  totals_text(self.year, lines))
        per_year = [(y, [x for x in every if x.year == y]) for y in booked]
        self.year_chart.show_bars(
            [Bar(str(y), totals(found).plan, totals(found).actual) for y, found in per_year],
            self.tr("Alle Jahre: %1").replace("%1", "; ".join(
                totals_text(y, found) for y, found in per_year) or NONE))

    def _deferred_refresh(self) -> None:
        self._refresh_pending = False
        if self.context.store is not None:
            self.refresh()

    def _fill_links(self) -> None:
        store = self.context.s
        self.milestones = [(NONE, ""), *((f"{m.title[:60]} ({target_label(m)})", m.id)
                                         for m in store.milestones.list())]

    def _decision_choices(self) -> list[tuple[str, str]]:
        return [(NONE, ""), *((f"{number} – {title[:60]}", decision_id) for
                              decision_id, number, title in self.context.s.decisions.labels())]

    def _decision_label(self, decision_id: str) -> str:
        try:
            decision = self.context.s.decisions.get(decision_id)
        except NotFound:
            return "?"
        return f"{decision.number} – {decision.title[:60]}"

    def line(self) -> BudgetLine | None:
        index = self.table.currentIndex()
        valid = index.isValid() and index.row() < self.model.rowCount()
        return self.model.record(index.row()) if valid else None

    def _show_line(self) -> None:
        line = self.line()
        self.details.setEnabled(line is not None and not self.context.read_only)
        self.line_heading.setText(self.tr("Zeile: %1").replace("%1", line.title[:80])
                                  if line else self.tr("Keine Zeile gewählt"))
        self.decision_combo.show_choice(
            line.decision_id if line else None,
            self._decision_label(line.decision_id) if line and line.decision_id else "")
        fill_combo(self.milestone_combo, self.milestones,
                   line.milestone_id or "" if line else "")
        if not self.note_edit.hasFocus() or line is None:
            set_text_quietly(self.note_edit, line.note if line else "")
        self.shown_id = line.id if line else None

    def select_line(self, line_id: str, column: int = TITLE) -> bool:
        row = self.model.row_of(line_id)
        if row is None:
            return False
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _show_quarters(self, shown: bool) -> None:
        self.context.flush.emit()  # a quarter's cell being typed into is stored first
        for column in (*PLAN_COLUMNS, *ACTUAL_COLUMNS):
            self.table.setColumnHidden(column, not shown)

    # years ----------------------------------------------------------------------------
    def _year_chosen(self, _number: int) -> None:
        self.context.flush.emit()
        self.year = int(self.year_combo.currentData())
        self.refresh()

    def start_year(self) -> None:
        years = self.context.s.budget_lines.years()
        year = ask_year(self, (max(years) + 1) if years else clock.today().year)
        if year is None:
            return
        self.new_years.add(year)
        self.year = year
        self.refresh()

    # storing --------------------------------------------------------------------------
    def _edit(self, text: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            stored = self.context.edit(text, fn, *args, **kwargs)
        except EditRefused as refused:
            self.message.show_error(self.tr("Nicht gespeichert: %1").replace("%1", str(refused)))
            return None
        self.message.hide()
        return stored

    def _commit(self, line: BudgetLine, column: int, value: Any) -> BudgetLine | None:
        field = amount_field(column)
        changes: dict[str, Any]
        if field is not None:
            try:
                changes = {field: parse_euro(str(value))}
            except RuleViolation as refused:
                self.message.show_error(self.tr("Nicht gespeichert: %1")
                                        .replace("%1", str(refused)))
                return None
        elif column == AREA:
            changes = {"area": BudgetArea(value)}
        elif column == FUNDING:
            changes = {"funding": FundingSource(value)}
        else:
            changes = {"title": str(value).strip()}
        if all(getattr(line, k) == v for k, v in changes.items()):
            return None
        self._in_edit = True
        try:
            return self._edit(self.tr("Haushaltszeile ändern"),
                              self.context.s.budget_lines.update, line.id, **changes)
        finally:
            self._in_edit = False

    def _link(self, field: str, combo: QComboBox) -> None:
        line = self.line()
        value = combo.currentData() or None
        if line is None or getattr(line, field) == value:
            return
        self._edit(self.tr("Haushaltszeile ändern"), self.context.s.budget_lines.update,
                   line.id, **{field: value})

    def _note_left(self) -> None:
        """The note typed for the line shown (even when another row is chosen meanwhile)."""
        row = self.model.row_of(self.shown_id) if self.shown_id else None
        if row is None or self.context.store is None:
            return
        line = self.model.record(row)
        text = self.note_edit.text().strip()
        if text != line.note:
            self._edit(self.tr("Bemerkung ändern"), self.context.s.budget_lines.update,
                       line.id, note=text)

    def add_line(self) -> None:
        self.context.flush.emit()
        stored = self._edit(self.tr("Haushaltszeile anlegen"), self.context.s.budget_lines.add,
                            self.year, BudgetArea.OTHER, self.tr("Neue Zeile"))
        if stored is not None:
            self.new_years.discard(self.year)
            self.refresh()
            self.select_line(stored.id)
            self.table.setFocus()
            self.table.edit(self.table.currentIndex())

    def remove_line(self) -> bool:
        line = self.line()
        if line is None:
            self.message.show_error(self.tr("Bitte zuerst eine Zeile wählen."))
            return False
        funded = self.context.s.posts.count("budget_line_id = ?", [line.id])
        text = self.tr("Die Haushaltszeile „%1“ entfernen?").replace("%1", line.title[:80])
        if funded:
            text += "\n\n" + plural(
                funded, self.tr("Eine Stelle wird aus ihr finanziert; sie bleibt, aber ohne "
                                "Haushaltszeile."),
                self.tr("%1 Stellen werden aus ihr finanziert; sie bleiben, aber ohne "
                        "Haushaltszeile."))
        text += "\n\n" + self.tr("Strg+Z holt sie zurück.")
        if not confirm_removal(self, self.tr("Zeile entfernen"), text):
            return False
        if self._edit(self.tr("Haushaltszeile entfernen"), self.context.s.budget_lines.delete,
                      line.id) is None and self.message.isVisible():
            return False
        self.new_years.add(self.year)  # the year stays chosen, even when empty now
        self.refresh()
        return True
