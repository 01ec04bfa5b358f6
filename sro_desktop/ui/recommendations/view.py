"""The Empfehlungen view: the advisory board's recommendations and the answers to them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import german_date
from ...domain.enums import BodyKind
from ...domain.model import Body, Recommendation
from ...domain.recommendations import answer_overdue, is_answered
from ...store import StoreError
from ..common.after_paint import after_paint
from ..common.palette import DONE, OVERDUE, OVERDUE_BACKGROUND
from ..common.table_model import Column, RecordTableModel
from ..common.view import View
from ..common.widgets import (
    buddy_label,
    confirm_removal,
    count_text,
    fill_combo,
    meeting_text,
    plural,
    record_table,
    select_row,
    tab_order,
)
from ..context import AppContext, EditRefused, label
from .dialogs import AgendaDialog, RecommendationDialog
from .editor import RecommendationEditor


class RecommendationsView(View):
    """All recommendations, newest first; overdue answers in red; the answer below."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._bodies: dict[str, Body] = {}
        self._selecting = False  # the first row chosen, shown in the editor after the paint
        self._pending = False  # the editor is to show the chosen row after the paint

        self.body_filter = QComboBox()
        self.body_filter.setAccessibleName(self.tr("Angesprochenes Gremium filtern"))
        self.body_filter.setMinimumContentsLength(18)
        self.awaiting_check = QCheckBox(self.tr("Nur unbeantw&ortete"))
        self.awaiting_check.setToolTip(self.tr(
            "Nur Empfehlungen, die eingegangen, auf der Tagesordnung oder zurückgestellt sind"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl der Empfehlungen"))
        self.new_button = QPushButton(self.tr("&Neue Empfehlung …"))
        self.new_button.setToolTip(self.tr("Eine eingegangene Empfehlung des Beirats erfassen"))
        self.new_button.clicked.connect(self.add_recommendation)
        self.remove_button = QPushButton(self.tr("Empfehlung entfe&rnen"))
        self.remove_button.setAccessibleName(self.tr("Empfehlung entfernen"))
        self.remove_button.setToolTip(self.tr(
            "Die zuletzt erfasste Empfehlung eines Jahres entfernen, etwa eine doppelt "
            "erfasste (Strg+Z holt sie zurück)."))
        self.remove_button.clicked.connect(self.remove_recommendation)
        filters = QHBoxLayout()
        filters.addWidget(buddy_label(self.tr("An &Gremium:"), self.body_filter))
        filters.addWidget(self.body_filter)
        filters.addSpacing(12)
        filters.addWidget(self.awaiting_check)
        filters.addStretch()
        filters.addWidget(self.count_label)
        filters.addSpacing(12)
        filters.addWidget(self.new_button)
        filters.addWidget(self.remove_button)

        self.model = RecordTableModel([
            Column(self.tr("Nummer"), lambda r: r.number),
            Column(self.tr("Beschlossen am"), lambda r: german_date(r.adopted_on)),
            Column(self.tr("Von"), lambda r: self._short(r.advisory_body_id)),
            Column(self.tr("An"), lambda r: self._short(r.addressed_body_id)),
            Column(self.tr("Titel"), lambda r: r.title),
            Column(self.tr("Status"), lambda r: label(r.state)),
            Column(self.tr("Antwort fällig"), self.due_text),
            Column(self.tr("Beantwortet am"), lambda r: german_date(r.responded_on)),
        ], self)
        self.model.foreground = lambda r: (OVERDUE if answer_overdue(r, self.today())
                                           else DONE if is_answered(r) else None)
        self.model.background = lambda r: (OVERDUE_BACKGROUND
                                           if answer_overdue(r, self.today()) else None)
        self.model.tooltip = self._tooltip
        self.table = record_table(
            self.model, self.tr("Empfehlungen"),
            self.tr("Empfehlungen des Beirats, die neuesten zuerst; überfällige Antworten rot. "
                    "Die Antwort wird unter der Liste erfasst."),
            widths=(120, 110, 60, 60, 300, 150, 170, 110), stretch=4)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor = RecommendationEditor(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.body_filter.currentIndexChanged.connect(self._filters_changed)
        self.awaiting_check.toggled.connect(self._filters_changed)
        tab_order(self.body_filter, self.awaiting_check, self.new_button, self.table,
                  self.editor.agenda_button)

    def title(self) -> str:
        return self.tr("Empfehlungen")

    @staticmethod
    def today() -> date:
        return clock.today()

    # columns ---------------------------------------------------------------------------
    def body(self, body_id: str) -> Body | None:
        return self._bodies.get(body_id)

    def body_names(self) -> dict[str, str]:
        return {body_id: body.name for body_id, body in self._bodies.items()}

    def _short(self, body_id: str) -> str:
        body = self._bodies.get(body_id)
        return body.short if body else ""

    def due_text(self, rec: Recommendation) -> str:
        if rec.response_due is None:
            return ""
        text = german_date(rec.response_due)
        if answer_overdue(rec, self.today()):
            text = self.tr("%1 – überfällig").replace("%1", text)
        return text

    def _tooltip(self, rec: Recommendation) -> str:
        names = self.body_names()
        lines = [rec.title, self.tr("von %1 an %2").replace(
            "%1", names.get(rec.advisory_body_id, "")).replace(
            "%2", names.get(rec.addressed_body_id, ""))]
        if answer_overdue(rec, self.today()):
            lines.append(self.tr("Die Antwort ist seit dem %1 überfällig.")
                         .replace("%1", german_date(rec.response_due)))
        return "\n".join(lines)

    # loading ---------------------------------------------------------------------------
    def attention_count(self) -> int:
        return self.context.s.recommendations.count_awaiting()

    def refresh(self) -> None:
        store = self.context.s
        self._bodies = {b.id: b for b in store.bodies.list()}
        fill_combo(self.body_filter, [(self.tr("Alle Gremien"), ""), *(
            (body.name, body.id) for body in self._bodies.values()
            if body.kind is not BodyKind.ADVISORY)], self.body_filter.currentData())
        current = self.editor.rec
        self._load(keep=current.id if current else None)

    def _filters_changed(self) -> None:
        self._load(keep=None)

    def _filters(self) -> dict[str, Any]:
        return {"addressed_body_id": self.body_filter.currentData() or None,
                "awaiting_only": self.awaiting_check.isChecked()}

    def _load(self, keep: str | None) -> None:
        store = self.context.s
        filters = self._filters()
        if keep is not None and self.model.records:
            self.model.reload()
        else:
            self.model.set_loader(lambda limit, offset: store.recommendations.list(
                **filters, limit=limit, offset=offset, newest_first=True))
        awaiting = store.recommendations.count_awaiting(filters["addressed_body_id"])
        total = store.recommendations.count_list(**filters)
        counted = plural(total, self.tr("%1 Empfehlung, %2 unbeantwortet"),
                         self.tr("%1 Empfehlungen, %2 unbeantwortet"))
        self.count_label.setText(counted.replace("%2", count_text(awaiting)))
        row = None
        if keep is not None:
            row = self.model.row_of(keep)
            if row is None:  # it left the list (answered while "unbeantwortete" is on)
                try:
                    self.editor.show_recommendation(store.recommendations.get(keep))
                    self.table.clearSelection()
                    return
                except StoreError:
                    pass
        if row is None and self.model.rowCount():
            row = 0
        if row is None:
            self.editor.show_recommendation(None)
        else:
            self._selecting = True  # one show below, not one more for the signal
            try:
                select_row(self.table, row)
            finally:
                self._selecting = False
            if self._arriving:  # the editor once the list has painted
                self._pending = True
                after_paint(self.table.viewport(), self._show_current)
            else:
                self._current_changed(self.model.index(row, 0))

    def forget_file(self) -> None:
        super().forget_file()
        self.editor.blank()  # nothing of the file before until the first paint is over

    def details_pending(self) -> bool:
        """The chosen recommendation is still to be shown in the editor (after the
        list's paint)."""
        return self._pending

    def _show_current(self) -> None:
        if self._pending and self.context.store is not None:
            self._current_changed(self.table.currentIndex())
        self._pending = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if current.isValid() and not self._selecting:
            self._pending = False
            self.editor.show_recommendation(self.model.record(current.row()))

    # actions ---------------------------------------------------------------------------
    def remove_recommendation(self) -> bool:
        """Empfehlung entfernen: asks, then a tombstone (Strg+Z); the store refuses one
        whose removal would leave a gap or that an agenda or a task refers to."""
        rec = self.editor.rec
        if rec is None or not confirm_removal(
                self, self.tr("Empfehlung entfernen"),
                self.tr("Empfehlung %1 entfernen?\n\nStrg+Z holt sie zurück.")
                .replace("%1", rec.number)):
            return False
        try:
            self.context.edit(self.tr("Empfehlung %1 entfernen").replace("%1", rec.number),
                              self.context.s.recommendations.delete, rec.id)
        except EditRefused as exc:
            QMessageBox.warning(self, self.tr("Nicht entfernt"), str(exc))
            return False
        self.editor.show_recommendation(None)
        self._load(keep=None)
        return True

    def add_recommendation(self) -> None:
        values = RecommendationDialog.ask(self, self.context, self.today())
        if values is None:
            return
        store = self.context.s
        rec = self.context.try_edit(  # a lambda: "text" is also try_edit's own parameter
            self, self.tr("Empfehlung erfassen"), lambda: store.recommendations.add(
                values.advisory_body_id, values.addressed_body_id, values.title,
                values.adopted_on, text=values.text,
                advisory_meeting_id=values.advisory_meeting_id,
                response_due=values.response_due))
        if rec is not None:
            self.show_record("recommendations", rec.id)

    def put_on_agenda(self) -> None:
        rec = self.editor.rec
        if rec is None:
            return
        store = self.context.s
        meetings = store.recommendations.agenda_meetings(rec.id, self.today())
        if not meetings:
            QMessageBox.information(self, self.tr("Keine Sitzung geplant"), self.tr(
                "Für %1 ist keine kommende Sitzung angelegt. Legen Sie die Sitzung unter "
                "„Sitzungen“ an und setzen Sie die Empfehlung dann auf die Tagesordnung.")
                .replace("%1", self.body_names().get(rec.addressed_body_id, "")))
            return
        choice = AgendaDialog.ask(self, rec, [(m.id, meeting_text(m))
                                              for m in meetings])
        if choice is None:
            return
        self.context.try_edit(self, self.tr("Empfehlung auf die Tagesordnung setzen"),
                              store.recommendations.put_on_agenda, rec.id, choice.meeting_id,
                              duration_minutes=choice.duration_minutes)

    # navigation ------------------------------------------------------------------------
    def show_record(self, kind: str, record_id: str) -> bool:
        if kind != "recommendations" or self.context.store is None:
            return False
        try:
            rec = self.context.s.recommendations.get(record_id)
        except StoreError:
            return False
        self.refresh_if_stale()
        filters = self._filters()
        if (filters["addressed_body_id"] not in (None, rec.addressed_body_id)
                or (filters["awaiting_only"] and is_answered(rec))):
            for widget in (self.body_filter, self.awaiting_check):
                widget.blockSignals(True)
            self.body_filter.setCurrentIndex(0)
            self.awaiting_check.setChecked(False)
            for widget in (self.body_filter, self.awaiting_check):
                widget.blockSignals(False)
            self._load(keep=None)
        row = self.model.fetch_row(record_id)
        if row is None:
            return False
        select_row(self.table, row)
        self._current_changed(self.model.index(row, 0))
        return True
