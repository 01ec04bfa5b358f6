"""The Mitglieder tab of Gremien & Mitglieder: who holds a seat in the selected body, and
adding, editing and ending memberships."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.bodies import Tenure, is_voting_seat, tenure
from ...domain.calendar import german_date
from ...domain.enums import Role
from ...domain.labels import organization_label, person_label, person_sort_key
from ...domain.model import Body, Membership, Organization, Person, Side
from ...store.member_import import ImportProblem
from .. import exports
from ..common.palette import DONE
from ..common.table_model import (
    RECORD_ROLE,
    Column,
    RecordTableModel,
    list_loader,
    sorted_proxy,
)
from ..common.widgets import choose_record, chosen_record, on_row_chosen, run_modal
from ..context import AppContext, label
from . import member_import
from .dialogs import EndMembershipDialog, MemberChoices, MemberDialog, MemberValues, PersonValues
from .people import create_person, refuse
from .privacy import PrivacyButton
from .table import table

ROLE_ORDER = {role: number for number, role in enumerate(Role)}


@dataclass(frozen=True)
class MemberRow:
    """One line of the members table, with the names already looked up."""

    membership: Membership
    name: str
    sort_name: str
    organization: str
    organization_full: str
    side: str
    side_position: int
    voting: bool
    deputy: str
    tenure: Tenure  # a member today, ended, or from a later day


class MembersTab(QWidget):
    """The members of one body: current ones, and former ones on request."""

    reveal = Signal()  # asks the view to show this tab (a member was just stored)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._body: Body | None = None
        self._sides: list[Side] = []
        self._people: dict[str, Person] = {}
        self._organizations: dict[str, Organization] = {}
        self.model = RecordTableModel([
            Column(self.tr("Name"), self._member_name, lambda r: r.sort_name),
            Column(self.tr("Organisation"), lambda r: r.organization,
                   lambda r: r.organization.casefold()),
            Column(self.tr("Seite"), lambda r: r.side, lambda r: r.side_position),
            Column(self.tr("Rolle"), lambda r: label(r.membership.role),
                   lambda r: ROLE_ORDER[r.membership.role]),
            Column(self.tr("Stimmrecht"), lambda r: self.tr("ja") if r.voting else "–",
                   lambda r: int(r.voting), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Stellvertretung"), lambda r: r.deputy, lambda r: r.deputy.casefold()),
            Column(self.tr("von"), lambda r: german_date(r.membership.valid_from),
                   lambda r: str(r.membership.valid_from or "")),
            Column(self.tr("bis"), lambda r: german_date(r.membership.valid_to),
                   lambda r: str(r.membership.valid_to or "9999")),
        ], self)
        self.model.foreground = lambda r: DONE if r.tenure is not Tenure.CURRENT else None
        self.model.tooltip = self._member_tooltip
        self.proxy = sorted_proxy(self.model, self)
        self.table = table(self.proxy, self.tr("Mitglieder"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        on_row_chosen(self.table, self.update_buttons)
        self.table.activated.connect(lambda _index: self.edit_member())

        self.add_button = QPushButton(self.tr("Mitglied hinzu&fügen …"))
        self.edit_button = QPushButton(self.tr("Bearbei&ten …"))
        self.end_button = QPushButton(self.tr("Mitglied beende&n …"))
        self.import_button = QPushButton(self.tr("Mitglieder impo&rtieren …"))
        self.import_button.setAccessibleName(self.tr("Mitglieder importieren"))
        self.export_button = QPushButton(self.tr("Mitgliederliste export&ieren …"))
        self.export_button.setAccessibleName(self.tr("Mitgliederliste exportieren"))
        self.import_button.clicked.connect(self.import_members)
        self.export_button.clicked.connect(self.export_members)
        self.show_former_check = QCheckBox(self.tr("ehema&lige zeigen"))
        self.show_former_check.setAccessibleName(self.tr("Ehemalige Mitglieder zeigen"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.end_button.clicked.connect(self.end_member)
        self.show_former_check.toggled.connect(self.load)
        self.privacy = PrivacyButton(context, self.selected_membership)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.end_button, self.privacy):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.show_former_check)
        lists = QHBoxLayout()  # the list in and out, a row of its own (fits 1366 wide)
        lists.addStretch()
        lists.addWidget(self.import_button)
        lists.addWidget(self.export_button)
        self.focus_chain: list[QWidget] = [
            self.table, self.add_button, self.edit_button, self.end_button, self.privacy,
            self.import_button, self.export_button, self.show_former_check]
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addLayout(lists)

    @property
    def today(self) -> date:
        return clock.today()

    # reading -------------------------------------------------------------------------------
    def show_body(self, body: Body, sides: list[Side]) -> None:
        """The members of ``body``, with the names read once for this refresh."""
        store = self.context.s
        self._body = body
        self._sides = sides
        self._people = {p.id: p for p in store.people.list()}
        self._organizations = {o.id: o for o in store.organizations.list()}
        self.load()

    def _rows(self, body_id: str) -> list[MemberRow]:
        today = self.today
        sides = {s.id: s for s in self._sides}
        rows = []
        for m in self.context.s.memberships.list(body_id):
            person = self._people.get(m.person_id)
            org = self._organizations.get(m.organization_id or "")
            side = sides.get(m.side_id)
            rows.append(MemberRow(
                membership=m,
                name=person_label(person) if person else "?",
                sort_name=person_sort_key(person) if person else "",
                organization=organization_label(org, short=True),
                organization_full=organization_label(org),
                side=side.name if side else "",
                side_position=side.position if side else 0,
                voting=side is not None and is_voting_seat(m, side),
                deputy=person_label(self._people.get(m.deputy_person_id or "")),
                tenure=tenure(m, today),
            ))
        rows.sort(key=lambda r: (r.tenure is Tenure.ENDED, r.side_position,
                                 ROLE_ORDER[r.membership.role], r.sort_name))
        return rows

    def load(self) -> None:
        """Read the members again; former ones only when asked for."""
        body = self._body
        if body is None or self.context.store is None:
            return
        selected = self.selected_membership()
        rows = self._rows(body.id)
        if not self.show_former_check.isChecked():
            rows = [r for r in rows if r.tenure is not Tenure.ENDED]
        self.model.set_loader(list_loader(rows))
        if selected is not None:
            self._select(selected.id)
        self.update_buttons()

    def _tenure_text(self, row: MemberRow) -> str:
        """"" while a member today, else why not ("ausgeschieden", "ab 01.09.2026")."""
        if row.tenure is Tenure.ENDED:
            return label(Tenure.ENDED)
        if row.tenure is Tenure.FUTURE:
            return self.tr("ab %1").replace("%1", german_date(row.membership.valid_from))
        return ""

    def _member_name(self, row: MemberRow) -> str:
        state = self._tenure_text(row)
        return f"{row.name} ({state})" if state else row.name

    def _member_tooltip(self, row: MemberRow) -> str | None:
        parts = [row.organization_full] if row.organization_full else []
        m = row.membership
        if row.tenure is Tenure.ENDED:
            parts.append(self.tr("ausgeschieden nach dem %1").replace(
                "%1", german_date(m.valid_to)))
        elif row.tenure is Tenure.FUTURE:
            parts.append(self.tr("Mitglied ab %1").replace("%1", german_date(m.valid_from)))
        return "\n".join(parts) or None

    # selection -----------------------------------------------------------------------------
    def selected_membership(self) -> Membership | None:
        row = chosen_record(self.table)
        return row.membership if row is not None else None

    def _select(self, membership_id: str) -> bool:
        return choose_record(self.table, lambda r: r.membership.id == membership_id)

    def show_membership(self, membership_id: str) -> None:
        """Select the membership, showing the former members if it is among them."""
        if not self._select(membership_id):
            self.show_former_check.setChecked(True)
            self._select(membership_id)

    def select_member(self, name: str) -> Membership:
        """Select the member row whose name starts with ``name`` (for keyboard and tests)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RECORD_ROLE).name.startswith(name) or str(index.data()).startswith(
                    name):
                self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                return index.data(RECORD_ROLE).membership
        raise LookupError(name)

    def update_buttons(self, *_args: Any) -> None:
        membership = self.selected_membership()
        self.edit_button.setEnabled(membership is not None)
        self.end_button.setEnabled(
            membership is not None and tenure(membership, self.today) is not Tenure.ENDED)
        self.privacy.update_for(membership)

    # editing -------------------------------------------------------------------------------
    def member_choices(self) -> MemberChoices:
        store = self.context.s
        return MemberChoices(self._sides, store.people.list(), store.organizations.list(),
                             self.today)

    def values_of(self, membership: Membership) -> MemberValues:
        person = self.context.s.people.get(membership.person_id)
        return MemberValues(
            membership.person_id,
            PersonValues(person.title, person.first_name, person.last_name, person.email,
                         person.organization_id, person.phone),
            membership.organization_id, membership.side_id, membership.role,
            membership.voting, membership.deputy_person_id, membership.valid_from,
            membership.valid_to)

    def add_member(self) -> None:
        if self._body is not None:
            MemberDialog.ask(self, self.member_choices(), None, self.save_member,
                             self.new_person)

    def edit_member(self) -> None:
        membership = self.selected_membership()
        if membership is None:
            return
        MemberDialog.ask(self, self.member_choices(), self.values_of(membership),
                         lambda values: self.save_member(values, membership.id),
                         self.new_person)

    def new_person(self, parent: QWidget) -> Person | None:
        """A person made on the spot from the member dialog (their own undo step)."""
        return create_person(self.context, parent)

    # lists in and out ----------------------------------------------------------------------
    def import_members(self) -> None:
        """A list from Excel: choose the file, then the preview; nothing is written until
        "Importieren"."""
        body = self._body
        if body is None:
            return
        path = member_import.ask_import_path(self)
        if path is None:
            return
        try:
            dialog = member_import.ImportDialog(self, self.context, body, path)
        except ImportProblem as exc:
            refuse(self, self.tr("Liste nicht lesbar"), str(exc))
            return
        run_modal(dialog, lambda: dialog.imported)

    def export_members(self) -> None:
        """The member list as a distribution list (Word or CSV)."""
        body = self._body
        if body is None:
            return
        name = self.tr("Mitgliederliste %1 %2.docx").replace("%1", body.short).replace(
            "%2", self.today.isoformat())
        path = exports.ask_export_path(self, self.tr("Mitgliederliste exportieren"), name,
                                       (exports.WORD, exports.CSV))
        if path is None:
            return
        from ...documents.member_list import export_member_list  # python-docx: when asked

        exports.run_export(self, lambda: export_member_list(self.context.s, body.id, path),
                           path)

    def save_member(self, values: MemberValues, membership_id: str | None = None) -> Membership:
        """Store the dialog's values as one edit: a new person if needed, then the seat.

        Raises EditRefused (the dialog shows it); then nothing was stored.
        """
        body = self._body
        assert body is not None
        store = self.context.s

        def run() -> Membership:
            person_id = values.person_id
            if person_id is None:
                p = values.person
                person_id = store.people.add(p.last_name, p.first_name, title=p.title,
                                             email=p.email, phone=p.phone,
                                             organization_id=p.organization_id).id
            else:
                current = store.people.get(person_id)
                changes = {k: v for k, v in asdict(values.person).items()
                           if getattr(current, k) != v}
                if changes:
                    store.people.update(person_id, **changes)
            seat: dict[str, Any] = {
                "organization_id": values.organization_id,
                "deputy_person_id": values.deputy_person_id,
                "valid_from": values.valid_from, "valid_to": values.valid_to,
                "voting": values.voting}
            if membership_id is None:
                return store.memberships.add(body.id, person_id, values.side_id, values.role,
                                             **seat)
            return store.memberships.update(membership_id, person_id=person_id,
                                            side_id=values.side_id, role=values.role, **seat)

        text = self.tr("Mitglied hinzufügen") if membership_id is None \
            else self.tr("Mitglied bearbeiten")
        membership = self.context.edit(text, run)
        self.reveal.emit()
        if not self._select(membership.id) and membership.valid_to is not None:
            self.show_former_check.setChecked(True)
            self._select(membership.id)
        return membership

    def end_member(self) -> None:
        membership = self.selected_membership()
        if membership is None:
            return
        person = self._people.get(membership.person_id)
        yesterday = self.today - timedelta(days=1)
        last_day = max(yesterday, membership.valid_from) if membership.valid_from else yesterday
        EndMembershipDialog.ask(self, person_label(person), last_day,
                                lambda day: self.end_membership(membership.id, day))

    def end_membership(self, membership_id: str, last_day: date) -> Membership:
        return self.context.edit(self.tr("Mitgliedschaft beenden"),
                                 self.context.s.memberships.end, membership_id, last_day)
