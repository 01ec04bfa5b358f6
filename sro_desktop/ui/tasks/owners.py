"""Who is responsible for a task: people or organisations, each with their side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ...domain.labels import organization_choice_label, person_choice_label, person_sort_key
from ...domain.model import Task, TaskOwner
from ..common.names import Names

PERSON, ORGANIZATION = "person:", "organization:"


class OwnersEditor(QWidget):
    """The owners of one task, one to add (with a side for someone without a seat in the
    body) and the chosen one to take away. Each change goes to ``store(owners)`` at
    once: one undo step."""

    def __init__(self, store: Callable[[list[TaskOwner]], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self.task: Task | None = None
        self._writable = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Verantwortliche"))
        self.list.setMaximumHeight(90)
        self.list.setWordWrap(True)
        self.candidate = QComboBox()
        self.candidate.setAccessibleName(self.tr("Verantwortliche wählen"))
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Seite der Verantwortlichen"))
        self.side.setToolTip(self.tr("Gilt nur für Verantwortliche ohne Sitz im Gremium; "
                                     "sonst zählt die Seite ihrer Mitgliedschaft."))
        self.add_button = QPushButton(self.tr("Hinzu&fügen"))
        self.add_button.setAccessibleName(self.tr("Verantwortliche hinzufügen"))
        self.remove_button = QPushButton(self.tr("Wegnehmen"))
        self.remove_button.setAccessibleName(self.tr("Verantwortliche entfernen"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.list, 0, 0, 1, 2)
        grid.addWidget(self.remove_button, 1, 1)
        grid.addWidget(self.candidate, 2, 0, 1, 2)
        grid.addWidget(self.side, 3, 0)
        grid.addWidget(self.add_button, 3, 1)
        grid.setColumnStretch(0, 1)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda _row: self._enable())

    def show_task(self, task: Task | None, names: Names, writable: bool) -> None:
        self.task = task
        self._writable = writable
        self.list.clear()
        self.candidate.clear()
        self.side.clear()
        if task is None:
            self._enable()
            return
        for owner in task.owners:
            side = names.sides.get(owner.side_id or "")
            text = names.owner_long(owner.person_id, owner.organization_id)
            self.list.addItem(QListWidgetItem(text + (f" – {side.name}" if side else "")))
        taken = {(o.person_id, o.organization_id) for o in task.owners}
        for person in sorted(names.people.values(), key=person_sort_key):
            if (person.id, None) not in taken:
                self.candidate.addItem(person_choice_label(
                    person, names.organizations.get(person.organization_id or "")),
                    PERSON + person.id)
        for org in sorted(names.organizations.values(), key=lambda o: o.name.casefold()):
            if (None, org.id) not in taken:
                self.candidate.addItem(organization_choice_label(org), ORGANIZATION + org.id)
        self.side.addItem(self.tr("(Seite aus der Mitgliedschaft)"), "")
        for side in sorted((s for s in names.sides.values() if s.body_id == task.body_id),
                           key=lambda s: s.position):
            self.side.addItem(side.name, side.id)
        self._enable()

    def _enable(self) -> None:
        writable = self.task is not None and self._writable
        self.add_button.setEnabled(writable and self.candidate.count() > 0)
        self.remove_button.setEnabled(writable and self.list.currentRow() >= 0)
        self.candidate.setEnabled(writable)
        self.side.setEnabled(writable)

    def _add(self) -> None:
        chosen = str(self.candidate.currentData() or "")
        if self.task is None or not chosen:
            return
        side = self.side.currentData() or None
        owner = (TaskOwner(person_id=chosen.removeprefix(PERSON), side_id=side)
                 if chosen.startswith(PERSON)
                 else TaskOwner(organization_id=chosen.removeprefix(ORGANIZATION), side_id=side))
        self._store([*self.task.owners, owner])

    def _remove(self) -> None:
        row = self.list.currentRow()
        if self.task is None or not 0 <= row < len(self.task.owners):
            return
        self._store([o for n, o in enumerate(self.task.owners) if n != row])

