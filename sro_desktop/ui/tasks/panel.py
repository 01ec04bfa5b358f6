"""The chosen task with every field: each stores itself when changed or left."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import TaskState
from ...domain.milestones import target_label
from ...domain.model import Task, TaskOwner
from ...domain.tasks import report_meetings
from ..common.forms import OptionalDate
from ..common.names import Names
from ..common.widgets import (
    EnumCombo,
    ErrorLabel,
    buddy_label,
    confirm_removal,
    fill_combo,
    section_label,
    set_current_data,
    set_text_quietly,
)
from ..context import AppContext, EditRefused, label
from .owners import OwnersEditor


class TaskPanel(QWidget):
    """Titel, Beschreibung, Fällig am, Status, Tandem, Wiedervorlage, Meilenstein and the
    Verantwortliche of the task chosen in the list; no save button: each field stores
    itself (one undo step); what the rules refuse stays shown, the reason above."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.names = Names()
        self.today = date.min

        self.heading = section_label(self.tr("Aufgabe"))
        self.error = ErrorLabel()
        self.error.setObjectName("taskError")
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Titel der Aufgabe"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("Beschreibung"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(80)
        self.description_edit.installEventFilter(self)
        self.due = OptionalDate(self.tr("Fällig am"))
        self.due.check.setAccessibleName(self.tr("Mit Frist"))
        self.state_combo = EnumCombo(TaskState)
        self.state_combo.setAccessibleName(self.tr("Status der Aufgabe"))
        self.tandem_check = QCheckBox(self.tr("Tandem aus beiden Seiten"))
        self.tandem_check.setAccessibleName(self.tr("Tandem"))
        self.report_combo = QComboBox()
        self.report_combo.setAccessibleName(self.tr("Wiedervorlage"))
        self.milestone_combo = QComboBox()
        self.milestone_combo.setAccessibleName(self.tr("Meilenstein"))
        self.owners = OwnersEditor(self._set_owners)
        self.remove_button = QPushButton(self.tr("Aufgabe entfe&rnen"))
        self.remove_button.setAccessibleName(self.tr("Aufgabe entfernen"))
        self.remove_button.setToolTip(self.tr("Die Aufgabe entfernen (Strg+Z holt sie zurück)"))
        self.placeholder = QLabel(self.tr("Eine Aufgabe in der Liste auswählen."))
        self.placeholder.setWordWrap(True)
        self.heading.setWordWrap(True)
        for combo in (self.state_combo, self.report_combo, self.milestone_combo,
                      self.owners.candidate, self.owners.side):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow column beside the list: each label above its field, the field full width
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(buddy_label(self.tr("Tite&l:"), self.title_edit), self.title_edit)
        form.addRow(buddy_label(self.tr("Beschre&ibung:"), self.description_edit),
                    self.description_edit)
        form.addRow(self.tr("Frist:"), self.due)
        form.addRow(buddy_label(self.tr("S&tatus:"), self.state_combo), self.state_combo)
        form.addRow("", self.tandem_check)
        form.addRow(buddy_label(self.tr("&Wiedervorlage:"), self.report_combo),
                    self.report_combo)
        form.addRow(buddy_label(self.tr("Meile&nstein:"), self.milestone_combo),
                    self.milestone_combo)
        form.addRow(buddy_label(self.tr("Verantwortli&che:"), self.owners.list), self.owners)
        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.error)
        inner.addLayout(form)
        inner.addWidget(self.remove_button)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.placeholder)
        layout.addWidget(scroll, 1)

        self.title_edit.editingFinished.connect(self._title_left)
        self.due.check.clicked.connect(lambda _checked: self._due_changed())
        self.due.edit.editingFinished.connect(self._due_changed)
        self.state_combo.activated.connect(self._state_chosen)
        self.tandem_check.clicked.connect(self._tandem_clicked)
        self.report_combo.activated.connect(self._report_chosen)
        self.milestone_combo.activated.connect(self._milestone_chosen)
        self.remove_button.clicked.connect(self.remove_task)
        context.flush.connect(self.store_typed)
        self.show_task(None, Names(), date.min)

    @property
    def fields(self) -> list[QWidget]:
        """The fields in their tab order."""
        return [self.title_edit, self.description_edit, self.due.check, self.due.edit,
                self.state_combo, self.tandem_check, self.report_combo, self.milestone_combo,
                self.owners.list, self.owners.remove_button, self.owners.candidate,
                self.owners.side, self.owners.add_button, self.remove_button]

    # what it shows ----------------------------------------------------------------------
    def show_task(self, task: Task | None, names: Names, today: date) -> None:
        if self.task is not None and (task is None or task.id != self.task.id):
            self.error.hide()
        self.task, self.names, self.today = task, names, today
        self.placeholder.setVisible(task is None)
        self.scroll_area.setVisible(task is not None)
        writable = task is not None and not self.context.read_only
        self.content.setEnabled(writable)
        self.owners.show_task(task, names, writable)
        if task is None:
            self.heading.setText(self.tr("Aufgabe"))
            return
        self.heading.setText(self.tr("Aufgabe: %1").replace("%1", task.title))
        set_text_quietly(self.title_edit, task.title)
        set_text_quietly(self.description_edit, task.description)
        if not (self.due.edit.hasFocus() or self.due.check.hasFocus()):
            self.due.set_value(task.due_date)  # stores nothing: "clicked" stores
        set_current_data(self.state_combo, task.state.value)
        with QSignalBlocker(self.tandem_check):
            self.tandem_check.setChecked(task.tandem)
        meetings = report_meetings(task, names.meetings.values(), today)
        fill_combo(self.report_combo, [(self.tr("(keine Wiedervorlage)"), ""), *(
            (names.meeting(m.id), m.id) for m in meetings)], task.report_meeting_id or "")
        milestones = sorted(names.milestones.values(),
                            key=lambda m: (m.target_year, m.target_quarter, m.title))
        fill_combo(self.milestone_combo, [(self.tr("(kein Meilenstein)"), ""), *(
            (f"{m.title} ({target_label(m)})", m.id) for m in milestones)],
            task.milestone_id or "")

    # storing ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.description_edit and event.type() == QEvent.Type.FocusOut:
            self._description_left()
        return super().eventFilter(watched, event)

    def store_typed(self) -> None:
        """Store what is typed and not yet stored (the view or the file is left)."""
        if self.task is not None and self.context.store is not None:
            self._title_left()
            self._description_left()

    def _edit(self, text: str, fn: Callable[..., Task], *args: Any, **kwargs: Any) -> bool:
        if self.task is None or self.context.read_only:
            return False
        try:
            stored = self.context.edit(text, fn, *args, **kwargs)
        except EditRefused as refused:
            self.error.show_error(self.tr("Nicht gespeichert: %1").replace("%1", str(refused)))
            return False
        self.error.hide()
        if stored is not None and self.task is not None and stored.id == self.task.id:
            self.show_task(stored, self.names, self.today)
        return True

    def _update(self, text: str, **changes: Any) -> bool:
        task = self.task
        if task is None or all(getattr(task, k) == v for k, v in changes.items()):
            return False
        return self._edit(text, self.context.s.tasks.update, task.id, **changes)

    def _title_left(self) -> None:
        self._update(self.tr("Titel der Aufgabe ändern"), title=self.title_edit.text().strip())

    def _description_left(self) -> None:
        self._update(self.tr("Beschreibung der Aufgabe ändern"),
                     description=self.description_edit.toPlainText().strip())

    def _due_changed(self) -> None:
        self._update(self.tr("Fälligkeit der Aufgabe ändern"), due_date=self.due.value())

    def _state_chosen(self, _index: int) -> None:
        state = self.state_combo.value()
        if self.task is not None and state is not self.task.state:
            self._edit(self.tr("Status „%1“ setzen").replace("%1", label(state)),
                       self.context.s.tasks.set_state, self.task.id, state, self.today)

    def _tandem_clicked(self, checked: bool) -> None:
        if not self._update(self.tr("Tandem der Aufgabe ändern"), tandem=checked):
            with QSignalBlocker(self.tandem_check):
                self.tandem_check.setChecked(self.task.tandem if self.task else False)

    def _report_chosen(self, _index: int) -> None:
        self._update(self.tr("Wiedervorlage der Aufgabe ändern"),
                     report_meeting_id=self.report_combo.currentData() or None)

    def _milestone_chosen(self, _index: int) -> None:
        self._update(self.tr("Meilenstein der Aufgabe ändern"),
                     milestone_id=self.milestone_combo.currentData() or None)

    def _set_owners(self, owners: list[TaskOwner]) -> None:
        if self.task is not None:
            self._edit(self.tr("Verantwortliche der Aufgabe ändern"),
                       self.context.s.tasks.set_owners, self.task.id, owners)

    def remove_task(self) -> bool:
        """Aufgabe entfernen, after asking: a tombstone; Strg+Z brings it back."""
        task = self.task
        if task is None or not confirm_removal(
                self, self.tr("Aufgabe entfernen"),
                self.tr("Die Aufgabe „%1“ entfernen?\n\nStrg+Z holt sie zurück.")
                .replace("%1", task.title)):
            return False
        try:
            self.context.edit(self.tr("Aufgabe entfernen"), self.context.s.tasks.delete,
                              task.id)
        except EditRefused as refused:
            self.error.show_error(str(refused))
            return False
        return True
