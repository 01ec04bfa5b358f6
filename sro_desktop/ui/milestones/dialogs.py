"""A milestone typed in a dialog (new, or changed via "Bearbeiten …"), a task linked to
one, and the question before one goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import quarter_of, roman_quarter
from ...domain.enums import MilestoneLevel, MilestoneState, QualityDimension
from ...domain.milestones import EARLIEST_YEAR, LATEST_YEAR
from ...domain.model import Milestone, Task
from ..common.forms import FormDialog
from ..common.widgets import EnumCombo, set_current_data
from ..context import AppContext

FIELDS = ("title", "description", "target_year", "target_quarter", "state", "level",
          "quality_dimension", "focus_area", "body_id")



class MilestoneDialog(FormDialog):
    """Titel, Beschreibung, Zieljahr, Quartal, Status, Ebene, Qualitätsdimension,
    Handlungsfeld, Gremium; OK stores a new milestone, or the changes of ``milestone``,
    as one undo step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 milestone: Milestone | None = None):
        super().__init__(parent, self._store)
        self.context = context
        self.milestone = milestone
        self.setWindowTitle(self.tr("Meilenstein bearbeiten") if milestone
                            else self.tr("Neuer Meilenstein"))
        store = context.s
        today = clock.today()
        self.title_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(90)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(EARLIEST_YEAR, LATEST_YEAR)
        self.year_spin.setValue(today.year)
        self.quarter_combo = QComboBox()
        for quarter in (1, 2, 3, 4):
            self.quarter_combo.addItem(self.tr("%1. Quartal").replace(
                "%1", roman_quarter(quarter)), quarter)
        set_current_data(self.quarter_combo, quarter_of(today))
        self.state_combo = EnumCombo(MilestoneState)
        self.level_combo = EnumCombo(MilestoneLevel)
        self.dimension_combo = EnumCombo(QualityDimension)
        self.focus_combo = QComboBox()
        self.focus_combo.setEditable(True)
        areas = sorted({m.focus_area for m in store.milestones.list() if m.focus_area})
        self.focus_combo.addItems(["", *areas])
        self.body_combo = QComboBox()
        self.body_combo.addItem(self.tr("(kein Gremium)"), "")
        for body in store.bodies.list():
            self.body_combo.addItem(body.name, body.id)

        form = QFormLayout()
        self.field_row(form, self.tr("&Titel:"), self.title_edit, "title")
        self.field_row(form, self.tr("&Beschreibung:"), self.description_edit, "description")
        self.field_row(form, self.tr("&Zieljahr:"), self.year_spin, "target_year")
        self.field_row(form, self.tr("&Quartal:"), self.quarter_combo, "target_quarter")
        self.field_row(form, self.tr("&Status:"), self.state_combo, "state")
        self.field_row(form, self.tr("&Ebene:"), self.level_combo, "level")
        self.field_row(form, self.tr("Qualitäts&dimension:"), self.dimension_combo,
                       "quality_dimension")
        self.field_row(form, self.tr("&Handlungsfeld:"), self.focus_combo, "focus_area")
        self.field_row(form, self.tr("&Gremium:"), self.body_combo, "body_id")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if milestone is not None:
            self._show(milestone)

    def _show(self, m: Milestone) -> None:
        self.title_edit.setText(m.title)
        self.description_edit.setPlainText(m.description)
        self.year_spin.setValue(m.target_year)
        set_current_data(self.quarter_combo, m.target_quarter)
        self.state_combo.set_value(m.state)
        self.level_combo.set_value(m.level)
        self.dimension_combo.set_value(m.quality_dimension)
        self.focus_combo.setCurrentText(m.focus_area)
        set_current_data(self.body_combo, m.body_id or "")

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text().strip(),
                "description": self.description_edit.toPlainText().strip(),
                "target_year": self.year_spin.value(),
                "target_quarter": int(self.quarter_combo.currentData()),
                "state": self.state_combo.value(), "level": self.level_combo.value(),
                "quality_dimension": self.dimension_combo.value(),
                "focus_area": self.focus_combo.currentText().strip(),
                "body_id": self.body_combo.currentData() or None}

    def _store(self, values: dict[str, Any]) -> Milestone | None:
        milestones = self.context.s.milestones
        if self.milestone is None:
            fields = dict(values)
            title, year, quarter = (fields.pop("title"), fields.pop("target_year"),
                                    fields.pop("target_quarter"))
            return self.context.edit(self.tr("Meilenstein anlegen"), milestones.add,
                                     title, year, quarter, **fields)
        changes = {k: v for k, v in values.items() if getattr(self.milestone, k) != v}
        if not changes:
            return self.milestone
        return self.context.edit(self.tr("Meilenstein ändern"), milestones.update,
                                 self.milestone.id, **changes)


class LinkTaskDialog(FormDialog):
    """Choose an unfinished task to link to the milestone; OK links it (one undo step)."""

    def __init__(self, context: AppContext, milestone: Milestone, tasks: list[Task],
                 parent: QWidget | None = None):
        super().__init__(parent, self._store)
        self.context = context
        self.milestone = milestone
        self.setWindowTitle(self.tr("Aufgabe verknüpfen"))
        self.task_combo = QComboBox()
        self.task_combo.setMinimumContentsLength(40)
        for task in tasks:
            self.task_combo.addItem(task.title, task.id)
        form = QFormLayout()
        self.field_row(form, self.tr("&Aufgabe:"), self.task_combo, "milestone_id")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def values(self) -> str:
        return str(self.task_combo.currentData() or "")

    def _store(self, task_id: str) -> Task | None:
        if not task_id:
            return None
        return self.context.edit(self.tr("Aufgabe mit Meilenstein verknüpfen"),
                                 self.context.s.tasks.update, task_id,
                                 milestone_id=self.milestone.id)
