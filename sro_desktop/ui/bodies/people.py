"""The Personen tab of Gremien & Mitglieder: everyone the file knows — members, deputies,
regular guests, office staff — with new, edit and remove; and the person dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.bodies import Tenure, tenure
from ...domain.labels import (
    NameForm,
    organization_choice_label,
    organization_label,
    person_label,
    person_sort_key,
)
from ...domain.model import Organization, Person
from ...domain.words import say
from ..common.forms import FormDialog
from ..common.table_model import Column, RecordTableModel, list_loader, sorted_proxy
from ..common.widgets import choose_record, chosen_record, fill_combo, on_row_chosen
from ..context import AppContext, EditRefused
from .table import table


@dataclass(frozen=True)
class PersonFields:
    title: str
    first_name: str
    last_name: str
    email: str
    phone: str
    organization_id: str | None


class PersonDialog(FormDialog):
    """Neue Person / Person bearbeiten: name, contact and organisation."""

    def __init__(self, parent: QWidget | None, organizations: Sequence[Organization],
                 current: Person | None = None,
                 submit: Callable[[PersonFields], Any] | None = None):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Person bearbeiten") if current else self.tr("Neue Person"))
        self.title_edit = QLineEdit(current.title if current else "")
        self.title_edit.setPlaceholderText(self.tr("z. B. Dr."))
        self.first_edit = QLineEdit(current.first_name if current else "")
        self.last_edit = QLineEdit(current.last_name if current else "")
        self.email_edit = QLineEdit(current.email if current else "")
        self.phone_edit = QLineEdit(current.phone if current else "")
        self.org_combo = QComboBox()
        fill_combo(self.org_combo, [(self.tr("– keine –"), None), *[
            (organization_choice_label(o), o.id) for o in organizations]],
            current.organization_id if current else None)
        form = QFormLayout()
        self.field_row(form, self.tr("&Titel:"), self.title_edit, "title")
        self.field_row(form, self.tr("&Vorname:"), self.first_edit, "first_name")
        self.field_row(form, self.tr("&Nachname:"), self.last_edit, "last_name")
        self.field_row(form, self.tr("&E-Mail:"), self.email_edit, "email")
        self.field_row(form, self.tr("Tele&fon:"), self.phone_edit, "phone")
        self.field_row(form, self.tr("Or&ganisation:"), self.org_combo, "organization_id")
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(440)

    @classmethod
    def ask(cls, parent: QWidget | None, organizations: Sequence[Organization],
            current: Person | None = None,
            submit: Callable[[PersonFields], Any] | None = None) -> PersonFields | None:
        return cls._run(cls(parent, organizations, current, submit))

    def values(self) -> PersonFields:
        return PersonFields(self.title_edit.text(), self.first_edit.text(),
                            self.last_edit.text(), self.email_edit.text(),
                            self.phone_edit.text(), self.org_combo.currentData())


def create_person(context: AppContext, parent: QWidget) -> Person | None:
    """Ask for a new person and store them (one undo step); None when cancelled."""
    store = context.s
    created: list[Person] = []

    def save(fields: PersonFields) -> Person:
        person = context.edit(say("PeopleTab", "Person anlegen"), store.people.add,
                              fields.last_name, fields.first_name, title=fields.title,
                              email=fields.email, phone=fields.phone,
                              organization_id=fields.organization_id)
        created.append(person)
        return person

    PersonDialog.ask(parent, store.organizations.list(), None, save)
    return created[0] if created else None


@dataclass(frozen=True)
class PersonRow:
    person: Person
    name: str
    organization: str
    bodies: str  # "SG, PG1 (Stellv.)"


class PeopleTab(QWidget):
    """Everyone in the file, whether or not they hold a seat."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = RecordTableModel([
            Column(self.tr("Name"), lambda r: r.name, lambda r: person_sort_key(r.person)),
            Column(self.tr("Organisation"), lambda r: r.organization,
                   lambda r: r.organization.casefold()),
            Column(self.tr("E-Mail"), lambda r: r.person.email,
                   lambda r: r.person.email.casefold()),
            Column(self.tr("Telefon"), lambda r: r.person.phone, lambda r: r.person.phone),
            Column(self.tr("Gremien"), lambda r: r.bodies, lambda r: r.bodies),
        ], self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = table(self.proxy, self.tr("Personen"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        on_row_chosen(self.table, self.update_buttons)
        self.table.activated.connect(lambda _index: self.edit_person())
        self.new_button = QPushButton(self.tr("&Neue Person …"))
        self.edit_button = QPushButton(self.tr("Bearbei&ten …"))
        self.remove_button = QPushButton(self.tr("Ent&fernen"))
        self.new_button.setAccessibleName(self.tr("Neue Person"))
        self.edit_button.setAccessibleName(self.tr("Person bearbeiten"))
        self.remove_button.setAccessibleName(self.tr("Person entfernen"))
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.remove_button.clicked.connect(self.remove_person)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.update_buttons()

    def load(self) -> None:
        """Read everyone again, with their organisations and seats (once per refresh)."""
        store = self.context.store
        if store is None:
            return
        selected = self.selected()
        organizations = {o.id: o for o in store.organizations.list()}
        today = clock.today()
        seats: dict[str, list[str]] = {}
        for body in store.bodies.list():
            for m in store.memberships.list(body.id):
                if tenure(m, today) is Tenure.ENDED:
                    continue
                seats.setdefault(m.person_id, []).append(body.short)
                if m.deputy_person_id:
                    seats.setdefault(m.deputy_person_id, []).append(
                        self.tr("%1 (Stellv.)").replace("%1", body.short))
        rows = [PersonRow(p, person_label(p, NameForm.SORTED),
                          organization_label(organizations.get(p.organization_id or ""),
                                             short=True),
                          ", ".join(dict.fromkeys(seats.get(p.id, []))))
                for p in store.people.list()]
        self.model.set_loader(list_loader(rows))
        if selected is not None:
            self.select(selected.id)
        self.update_buttons()

    def selected(self) -> Person | None:
        row = chosen_record(self.table)
        return row.person if row is not None else None

    def select(self, person_id: str) -> bool:
        return choose_record(self.table, lambda r: r.person.id == person_id)

    def update_buttons(self, *_args: Any) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def new_person(self) -> None:
        person = create_person(self.context, self)
        if person is not None:
            self.select(person.id)

    def edit_person(self) -> None:
        person = self.selected()
        if person is None:
            return
        store = self.context.s

        def save(fields: PersonFields) -> Person:
            changes = {k: v for k, v in fields.__dict__.items() if getattr(person, k) != v}
            return self.context.edit(self.tr("Person bearbeiten"), store.people.update,
                                     person.id, **changes)

        PersonDialog.ask(self, store.organizations.list(), person, save)

    def remove_person(self) -> None:
        person = self.selected()
        if person is None:
            return
        try:
            self.context.edit(self.tr("Person entfernen"), self.context.s.people.delete,
                              person.id)
        except EditRefused as exc:
            refuse(self, self.tr("Person nicht entfernt"), str(exc))


def refuse(parent: QWidget, title: str, message: str) -> None:
    """Say why something was not done (through the module, so tests can answer it)."""
    QMessageBox.warning(parent, title, message)
