"""The Organisationen tab of Gremien & Mitglieder: the offices, providers, universities and
consultancies people come from; new, edit, merge duplicates, remove."""

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
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import OrganizationKind
from ...domain.labels import organization_choice_label, organization_kind_label
from ...domain.model import Organization
from ...domain.words import say
from ..common.forms import FormDialog
from ..common.table_model import Column, RecordTableModel, list_loader, sorted_proxy
from ..common.widgets import choose_record, chosen_record, fill_combo, on_row_chosen
from ..context import AppContext, EditRefused, label
from .people import refuse
from .table import table


@dataclass(frozen=True)
class OrganizationFields:
    name: str
    short: str
    kind: str
    address: str


class OrganizationDialog(FormDialog):
    """Neue Organisation / Organisation bearbeiten."""

    def __init__(self, parent: QWidget | None, current: Organization | None = None,
                 submit: Callable[[OrganizationFields], Any] | None = None):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Organisation bearbeiten") if current
                            else self.tr("Neue Organisation"))
        self.name_edit = QLineEdit(current.name if current else "")
        self.name_edit.setPlaceholderText(self.tr("z. B. Kinder- und Jugendhilfe e. V."))
        self.short_edit = QLineEdit(current.short if current else "")
        self.short_edit.setPlaceholderText(self.tr("z. B. KJH"))
        self.kind_combo = QComboBox()
        kinds: list[tuple[str, Any]] = [(self.tr("– keine Angabe –"), "")]
        kinds += [(label(kind), kind.value) for kind in OrganizationKind]
        kind = current.kind if current else ""
        if kind and kind not in {k.value for k in OrganizationKind}:
            kinds.append((kind, kind))  # free text of an older file stays choosable
        fill_combo(self.kind_combo, kinds, kind)
        self.address_edit = QLineEdit(current.address if current else "")
        self.address_edit.setPlaceholderText(self.tr("Straße, PLZ Ort"))
        form = QFormLayout()
        self.field_row(form, self.tr("&Name:"), self.name_edit, "name")
        self.field_row(form, self.tr("&Kurzname:"), self.short_edit, "short")
        self.field_row(form, self.tr("&Art:"), self.kind_combo, "kind")
        self.field_row(form, self.tr("An&schrift:"), self.address_edit, "address")
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(480)

    @classmethod
    def ask(cls, parent: QWidget | None, current: Organization | None = None,
            submit: Callable[[OrganizationFields], Any] | None = None
            ) -> OrganizationFields | None:
        return cls._run(cls(parent, current, submit))

    def values(self) -> OrganizationFields:
        return OrganizationFields(self.name_edit.text(), self.short_edit.text(),
                                  self.kind_combo.currentData() or "", self.address_edit.text())


class MergeDialog(FormDialog):
    """Zusammenführen: a duplicate goes into the organisation kept; every person, seat and
    task naming it moves along."""

    def __init__(self, parent: QWidget | None, organizations: Sequence[Organization],
                 duplicate_id: str, submit: Callable[[tuple[str, str]], Any] | None = None):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Organisationen zusammenführen"))
        entries = [(organization_choice_label(o), o.id) for o in organizations]
        self.duplicate_combo = QComboBox()
        fill_combo(self.duplicate_combo, entries, duplicate_id)
        self.keep_combo = QComboBox()
        keep = next((o.id for o in organizations if o.id != duplicate_id), None)
        fill_combo(self.keep_combo, entries, keep)
        intro = QLabel(self.tr(
            "Alle Personen, Mitgliedschaften und Aufgaben der doppelten Organisation gehen "
            "auf die behaltene über; die doppelte wird entfernt. Strg+Z macht es rückgängig."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.field_row(form, self.tr("&Doppelt:"), self.duplicate_combo, "duplicate")
        self.field_row(form, self.tr("&Behalten:"), self.keep_combo, "keep")
        self.ok_button.setText(self.tr("Zusammenführen"))
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(520)

    @classmethod
    def ask(cls, parent: QWidget | None, organizations: Sequence[Organization],
            duplicate_id: str, submit: Callable[[tuple[str, str]], Any] | None = None
            ) -> tuple[str, str] | None:
        return cls._run(cls(parent, organizations, duplicate_id, submit))

    def values(self) -> tuple[str, str]:
        """(kept, duplicate)."""
        return self.keep_combo.currentData(), self.duplicate_combo.currentData()


def merge_instead(parent: QWidget, message: str) -> bool:
    """The organisation is still named somewhere: offer to merge it instead. Called
    through the module, so tests can answer it."""
    answer = QMessageBox.question(
        parent, say("OrganizationsTab", "Organisation nicht entfernt"),
        message + "\n\n" + say("OrganizationsTab",
                                "Jetzt mit einer anderen Organisation zusammenführen?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


@dataclass(frozen=True)
class OrganizationRow:
    organization: Organization
    kind: str
    used: str


class OrganizationsTab(QWidget):
    """Every organisation of the file, with how much still names it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = RecordTableModel([
            Column(self.tr("Name"), lambda r: r.organization.name,
                   lambda r: r.organization.name.casefold()),
            Column(self.tr("Kurzname"), lambda r: r.organization.short,
                   lambda r: r.organization.short.casefold()),
            Column(self.tr("Art"), lambda r: r.kind, lambda r: r.kind),
            Column(self.tr("Anschrift"), lambda r: r.organization.address,
                   lambda r: r.organization.address),
            Column(self.tr("eingetragen bei"), lambda r: r.used, lambda r: r.used),
        ], self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = table(self.proxy, self.tr("Organisationen"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        on_row_chosen(self.table, self.update_buttons)
        self.table.activated.connect(lambda _index: self.edit_organization())
        self.new_button = QPushButton(self.tr("&Neue Organisation …"))
        self.edit_button = QPushButton(self.tr("Bearbei&ten …"))
        self.merge_button = QPushButton(self.tr("Zusammenfüh&ren …"))
        self.remove_button = QPushButton(self.tr("Ent&fernen"))
        for button, name in ((self.new_button, self.tr("Neue Organisation")),
                             (self.edit_button, self.tr("Organisation bearbeiten")),
                             (self.merge_button, self.tr("Organisationen zusammenführen")),
                             (self.remove_button, self.tr("Organisation entfernen"))):
            button.setAccessibleName(name)
        self.new_button.clicked.connect(self.new_organization)
        self.edit_button.clicked.connect(self.edit_organization)
        self.merge_button.clicked.connect(lambda: self.merge_organization())
        self.remove_button.clicked.connect(self.remove_organization)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.merge_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.update_buttons()

    def load(self) -> None:
        store = self.context.store
        if store is None:
            return
        selected = self.selected()
        rows = [OrganizationRow(o, organization_kind_label(o.kind),
                                store.organizations.references_text(o.id))
                for o in store.organizations.list()]
        self.model.set_loader(list_loader(rows))
        if selected is not None:
            self.select(selected.id)
        self.update_buttons()

    def selected(self) -> Organization | None:
        row = chosen_record(self.table)
        return row.organization if row is not None else None

    def select(self, organization_id: str) -> bool:
        return choose_record(self.table, lambda r: r.organization.id == organization_id)

    def update_buttons(self, *_args: Any) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and self.model.rowCount() > 1)

    def new_organization(self) -> None:
        store = self.context.s

        created: list[Organization] = []

        def save(fields: OrganizationFields) -> Organization:
            created.append(self.context.edit(
                self.tr("Organisation anlegen"), store.organizations.add, fields.name,
                fields.short, fields.kind, fields.address))
            return created[-1]

        OrganizationDialog.ask(self, None, save)
        if created:
            self.select(created[-1].id)

    def edit_organization(self) -> None:
        organization = self.selected()
        if organization is None:
            return
        store = self.context.s

        def save(fields: OrganizationFields) -> Organization:
            changes = {k: v for k, v in fields.__dict__.items()
                       if getattr(organization, k) != v}
            return self.context.edit(self.tr("Organisation bearbeiten"),
                                     store.organizations.update, organization.id, **changes)

        OrganizationDialog.ask(self, organization, save)

    def merge_organization(self, duplicate: Organization | None = None) -> None:
        duplicate = duplicate or self.selected()
        if duplicate is None:
            return
        store = self.context.s

        kept: list[Organization] = []

        def save(ids: tuple[str, str]) -> Organization:
            kept.append(self.context.edit(self.tr("Organisationen zusammenführen"),
                                          store.organizations.merge, *ids))
            return kept[-1]

        MergeDialog.ask(self, store.organizations.list(), duplicate.id, save)
        if kept:
            self.select(kept[-1].id)

    def remove_organization(self) -> None:
        organization = self.selected()
        if organization is None:
            return
        try:
            self.context.edit(self.tr("Organisation entfernen"),
                              self.context.s.organizations.delete, organization.id)
        except EditRefused as exc:
            if len(self.context.s.organizations.list()) > 1 and merge_instead(self, str(exc)):
                self.merge_organization(organization)
            elif len(self.context.s.organizations.list()) <= 1:
                refuse(self, self.tr("Organisation nicht entfernt"), str(exc))
