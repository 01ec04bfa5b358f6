"""The Aufgaben view's filter bar: body, state, side, organisation, person, milestone,
overdue, and the number of tasks they let through."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...domain.enums import TaskState
from ...domain.labels import organization_choice_label, person_choice_label
from ...domain.milestones import target_label
from ...domain.model import Task
from ...domain.tasks import ACTIVE_STATES
from ..common.names import Names
from ..common.widgets import buddy_label, fill_combo, plural
from ..context import label

# The status filter's entries besides the single states.
ACTIVE_FILTER = "active"
ALL_FILTER = "all"


class TaskFilterBar(QWidget):
    """The filters over the task list, filled from the names the view read.

    :attr:`changed` says the user chose another filter (never while the bar fills or
    resets itself); the view then reads the list again. ``names()`` gives the names
    read last (bodies, sides, organisations, people, milestones).
    """

    changed = Signal()

    def __init__(self, names: Callable[[], Names], parent: QWidget | None = None):
        super().__init__(parent)
        self.names = names
        self._filling = False
        self.setAccessibleName(self.tr("Filter"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(8)
        self.body_filter = self._combo(self.tr("Filter Gremium"))
        self.state_filter = self._combo(self.tr("Filter Status"))
        self.side_filter = self._combo(self.tr("Filter Seite"))
        self.organization_filter = self._combo(self.tr("Filter Organisation"))
        self.person_filter = self._combo(self.tr("Filter Person"))
        self.milestone_filter = self._combo(self.tr("Filter Meilenstein"))
        self.overdue_filter = QCheckBox(self.tr("nur &überfällige"))
        self.overdue_filter.setAccessibleName(self.tr("Nur überfällige Aufgaben"))
        self.overdue_filter.toggled.connect(self._changed)
        self.reset_button = QPushButton(self.tr("Filter &zurücksetzen"))
        self.reset_button.setAccessibleName(self.tr("Filter zurücksetzen"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl der Aufgaben"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.state_filter.blockSignals(True)
        self.state_filter.addItem(self.tr("unerledigt (offen, in Arbeit)"), ACTIVE_FILTER)
        self.state_filter.addItem(self.tr("alle"), ALL_FILTER)
        for state in TaskState:
            self.state_filter.addItem(label(state), state.value)
        self.state_filter.blockSignals(False)

        fields = [
            (self.tr("&Gremium"), self.body_filter), (self.tr("&Status"), self.state_filter),
            (self.tr("S&eite"), self.side_filter),
            (self.tr("&Organisation"), self.organization_filter),
            (self.tr("&Person"), self.person_filter),
            (self.tr("&Meilenstein"), self.milestone_filter),
        ]
        self.filter_labels: list[QLabel] = []
        for number, (text, combo) in enumerate(fields):
            row, column = divmod(number, 3)
            caption = buddy_label(text, combo)
            self.filter_labels.append(caption)
            grid.addWidget(caption, row, 2 * column)
            grid.addWidget(combo, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        extra = QHBoxLayout()
        extra.addWidget(self.overdue_filter)
        extra.addSpacing(12)
        extra.addWidget(self.reset_button)
        grid.addLayout(extra, 0, 6)
        grid.addWidget(self.count_label, 1, 6)
        self.tab_chain: list[QWidget] = [combo for _, combo in fields] + [
            self.overdue_filter, self.reset_button]

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.view().setMinimumWidth(320)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _changed(self, *_args: Any) -> None:
        if self._filling:
            return
        if self.sender() is self.body_filter:
            self.fill_sides()
        self.changed.emit()

    def chosen(self, today: date) -> dict[str, Any]:
        """The store's filter arguments for what the bar shows."""
        chosen: dict[str, Any] = {}
        if body := self.body_filter.currentData():
            chosen["body_id"] = body
        state = self.state_filter.currentData()
        if state == ACTIVE_FILTER:
            chosen["active"] = True
        elif state and state != ALL_FILTER:
            chosen["state"] = TaskState(state)
        if side := self.side_filter.currentData():
            chosen["side_name"] = side
        if organization := self.organization_filter.currentData():
            chosen["owner_organization_id"] = organization
        if person := self.person_filter.currentData():
            chosen["person_id"] = person
        if milestone := self.milestone_filter.currentData():
            chosen["milestone_id"] = milestone
        if self.overdue_filter.isChecked():
            chosen["overdue_on"] = today
        return chosen

    def show_count(self, total: int) -> None:
        self.count_label.setText(plural(total, self.tr("%1 Aufgabe"), self.tr("%1 Aufgaben")))

    # filling -------------------------------------------------------------------------------
    def fill(self) -> None:
        """Fill the combos from the names read last, keeping what is chosen."""
        names = self.names()
        self._filling = True
        try:
            self._refill(self.body_filter, self.tr("alle Gremien"),
                         [(b.name, b.id) for b in sorted(names.bodies.values(),
                                                         key=lambda b: b.name)])
            self.fill_sides()
            self._refill(self.organization_filter, self.tr("alle Organisationen"),
                         [(organization_choice_label(o), o.id)
                          for o in names.organizations.values()])
            self._refill(self.person_filter, self.tr("alle Personen"),
                         [(person_choice_label(p, names.organizations.get(p.organization_id or "")),
                           p.id) for p in names.people.values()])
            self._refill(self.milestone_filter, self.tr("alle Meilensteine"),
                         [(f"{m.title} ({target_label(m)})", m.id)
                          for m in names.milestones.values()])
        finally:
            self._filling = False

    def fill_sides(self) -> None:
        """The side names of the chosen body (of all bodies), each once, in seat order."""
        body_id = self.body_filter.currentData()
        sides = sorted((s for s in self.names().sides.values()
                        if not body_id or s.body_id == body_id), key=lambda s: s.position)
        seen: list[str] = []
        for side in sides:
            if side.name not in seen:
                seen.append(side.name)
        filling, self._filling = self._filling, True
        try:
            self._refill(self.side_filter, self.tr("alle Seiten"), [(n, n) for n in seen])
        finally:
            self._filling = filling

    @staticmethod
    def _refill(combo: QComboBox, everything: str, entries: list[tuple[str, str]]) -> None:
        """Fill a filter combo again, keeping the chosen entry if it is still there."""
        fill_combo(combo, [(everything, None), *entries], combo.currentData())

    def reset(self) -> None:
        """Every filter back to its first entry, quietly."""
        self._filling = True
        try:
            for combo in (self.body_filter, self.side_filter, self.organization_filter,
                          self.person_filter, self.milestone_filter, self.state_filter):
                combo.setCurrentIndex(0)
            self.overdue_filter.setChecked(False)
            self.fill_sides()
        finally:
            self._filling = False

    def show_task(self, task: Task) -> None:
        """Quietly, filters that keep the task and few others: its body, and its state."""
        self.reset()
        self._filling = True
        try:
            self.body_filter.setCurrentIndex(max(self.body_filter.findData(task.body_id), 0))
            self.fill_sides()
            if task.state not in ACTIVE_STATES:
                self.state_filter.setCurrentIndex(self.state_filter.findData(task.state.value))
        finally:
            self._filling = False
