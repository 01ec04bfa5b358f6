"""The Gremien & Mitglieder view: bodies, their sides and rules, members, and parity.

Everything here shows and edits; the rules (who may vote, what a quorum share is,
when a body is paritätisch) live in ``domain.bodies`` and are enforced by the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..documents.personal_data import export_personal_data
from ..domain.bodies import (
    ARTICLES,
    default_article,
    default_sides,
    is_voting_seat,
    voting_allowed,
)
from ..domain.calendar import german_date
from ..domain.enums import BodyKind, DecisionRule, Role
from ..domain.model import Body, Membership, Organization, Person, Side
from ..store.core import NotFound
from ..store.privacy import ANONYMOUS, anonymise, anonymise_refusal, forget_old_pages
from .common.forms import FormDialog, OptionalDate
from .common.palette import ADOPTED, DONE, OVERDUE, text_style
from .common.table_model import (
    RECORD_ROLE,
    Column,
    Index,
    RecordTableModel,
    list_loader,
    sorted_proxy,
)
from .common.view import View
from .common.widgets import (
    ErrorLabel,
    buddy_label,
    date_edit,
    fill_combo,
    set_current_data,
    tab_order,
    with_error,
)
from .context import AppContext, EditRefused, label
from .exports import export_folder, run_export, safe_file_name

ROLE_ORDER = {role: number for number, role in enumerate(Role)}
KIND_ORDER = {kind: number for number, kind in enumerate(BodyKind)}


def refused_field(exc: EditRefused) -> str | None:
    """The field a refusal is about, if the rule named one."""
    return exc.field


# --- dialogs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyValues:
    name: str
    short: str
    kind: BodyKind
    article: str
    advises_body_id: str | None


class BodyDialog(FormDialog):
    """Gremium anlegen: name, short name, kind, article, and which body it advises."""

    def __init__(self, parent: QWidget | None, bodies: Sequence[Body],
                 submit: Callable[[BodyValues], Any] | None = None):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Gremium anlegen"))
        self._article_guessed = True
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("z. B. Steuerungsgruppe Sozialraumorientierung"))
        self.short_edit = QLineEdit()
        self.short_edit.setMaxLength(16)
        self.short_edit.setPlaceholderText(self.tr("z. B. SG"))
        self.kind_combo = QComboBox()
        for kind in BodyKind:
            self.kind_combo.addItem(label(kind), kind)
        self.article_combo = QComboBox()
        for article in ARTICLES:
            self.article_combo.addItem(article, article)
        self.advises_combo = QComboBox()
        self.advises_combo.addItem(self.tr("– kein anderes Gremium –"), None)
        for body in bodies:
            self.advises_combo.addItem(f"{body.name} ({body.short})", body.id)
        self.sides_hint = QLabel()
        self.sides_hint.setWordWrap(True)
        self.sides_hint.setStyleSheet(text_style(DONE))

        form = QFormLayout()
        self.field_row(form, self.tr("&Name:"), self.name_edit, "name")
        self.field_row(form, self.tr("&Kürzel:"), self.short_edit, "short")
        self.field_row(form, self.tr("&Art:"), self.kind_combo, "kind")
        self.field_row(form, self.tr("A&rtikel:"), self.article_combo, "article")
        self.field_row(form, self.tr("&berät:"), self.advises_combo, "advises_body_id")
        form.addRow(QLabel(self.tr("Seiten:")), self.sides_hint)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.name_edit.textEdited.connect(self._guess_article)
        self.article_combo.activated.connect(self._article_chosen)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    @classmethod
    def ask(cls, parent: QWidget | None, bodies: Sequence[Body],
            submit: Callable[[BodyValues], Any] | None = None) -> BodyValues | None:
        """The values of the new body once ``submit`` stored them; None when cancelled."""
        return cls._run(cls(parent, bodies, submit))

    def _guess_article(self, name: str) -> None:
        if self._article_guessed:
            set_current_data(self.article_combo, default_article(name))

    def _article_chosen(self) -> None:
        self._article_guessed = False

    def _kind_changed(self) -> None:
        kind = BodyKind(self.kind_combo.currentData())
        self.advises_combo.setEnabled(kind is BodyKind.ADVISORY)
        if kind is not BodyKind.ADVISORY:
            self.advises_combo.setCurrentIndex(0)
        parts = []
        for side in default_sides(kind):
            if side.parity:
                parts.append(self.tr("%1 (paritätisch)").replace("%1", side.name))
            elif not side.voting:
                parts.append(self.tr("%1 (ohne Stimmrecht)").replace("%1", side.name))
            else:
                parts.append(side.name)
        self.sides_hint.setText(", ".join(parts) + self.tr(" – später unter „Seiten und "
                                                          "Regeln“ änderbar."))

    def values(self) -> BodyValues:
        return BodyValues(self.name_edit.text(), self.short_edit.text(),
                          BodyKind(self.kind_combo.currentData()),
                          self.article_combo.currentData(),
                          self.advises_combo.currentData())


@dataclass(frozen=True)
class PersonValues:
    title: str
    first_name: str
    last_name: str
    email: str
    organization_id: str | None


@dataclass(frozen=True)
class MemberValues:
    """What the member dialog says: a chosen person (or a new one) and their seat."""

    person_id: str | None  # None: a new person, described by ``person``
    person: PersonValues
    organization_id: str | None  # the organisation represented in the body
    side_id: str
    role: Role
    voting: bool
    deputy_person_id: str | None
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class MemberChoices:
    sides: Sequence[Side]
    people: Sequence[Person]
    organizations: Sequence[Organization]
    today: date


def person_choice(person: Person, organizations: dict[str, Organization]) -> str:
    org = organizations.get(person.organization_id or "")
    name = ", ".join(p for p in (person.last_name, person.first_name) if p)
    if person.title:
        name += f" ({person.title})"
    return f"{name} – {org.short or org.name}" if org else name


class MemberDialog(FormDialog):
    """Mitglied hinzufügen / bearbeiten: the person, and their seat in the body."""

    def __init__(self, parent: QWidget | None, choices: MemberChoices,
                 current: MemberValues | None = None,
                 submit: Callable[[MemberValues], Any] | None = None):
        super().__init__(parent, submit)
        self.choices = choices
        self.setWindowTitle(self.tr("Mitglied bearbeiten") if current
                            else self.tr("Mitglied hinzufügen"))
        organizations = {o.id: o for o in choices.organizations}
        self._people = {p.id: p for p in choices.people}
        self._represented_touched = current is not None

        self.person_combo = QComboBox()
        self.person_combo.addItem(self.tr("Neue Person …"), None)
        for person in choices.people:
            self.person_combo.addItem(person_choice(person, organizations), person.id)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("z. B. Dr."))
        self.first_edit = QLineEdit()
        self.last_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.person_org_combo = QComboBox()
        self.org_combo = QComboBox()
        org_items = [(self.tr("– keine –"), None),
                     *[(o.name, o.id) for o in choices.organizations]]
        fill_combo(self.person_org_combo, org_items)
        fill_combo(self.org_combo, org_items)
        self.side_combo = QComboBox()
        for side in choices.sides:
            self.side_combo.addItem(side.name, side.id)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(label(role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.MEMBER))
        self.voting_check = QCheckBox(self.tr("stimmberechtigt"))
        self.deputy_combo = QComboBox()
        fill_combo(self.deputy_combo, [(self.tr("– keine –"), None), *[
            (person_choice(p, organizations), p.id) for p in choices.people]])
        self.from_date = OptionalDate(self.tr("gültig v&on"))
        self.to_date = OptionalDate(self.tr("gültig &bis"))
        self.person_hint = QLabel()
        self.person_hint.setWordWrap(True)
        self.person_hint.setStyleSheet(text_style(DONE))

        person_box = QGroupBox(self.tr("Person"))
        person_form = QFormLayout(person_box)
        self.field_row(person_form, self.tr("&Person:"), self.person_combo, "person_id")
        person_form.addRow("", self.person_hint)
        self.field_row(person_form, self.tr("&Titel:"), self.title_edit, "title")
        self.field_row(person_form, self.tr("&Vorname:"), self.first_edit, "first_name")
        self.field_row(person_form, self.tr("&Nachname:"), self.last_edit, "last_name")
        self.field_row(person_form, self.tr("&E-Mail:"), self.email_edit, "email")
        self.field_row(person_form, self.tr("Or&ganisation:"),
                       self.person_org_combo, "person_organization_id")
        seat_box = QGroupBox(self.tr("Mitgliedschaft"))
        seat_form = QFormLayout(seat_box)
        self.field_row(seat_form, self.tr("vertritt Organisat&ion:"), self.org_combo,
                       "organization_id")
        self.field_row(seat_form, self.tr("&Seite:"), self.side_combo, "side_id")
        self.field_row(seat_form, self.tr("&Rolle:"), self.role_combo, "role")
        self.field_row(seat_form, self.tr("Stimmrec&ht:"), self.voting_check, "voting")
        self.field_row(seat_form, self.tr("Stellvertret&ung:"), self.deputy_combo,
                       "deputy_person_id")
        dates = QHBoxLayout()
        dates.addWidget(self.from_date)
        dates.addWidget(self.to_date)
        dates_box, dates_error = with_error(dates)
        seat_form.addRow(QLabel(self.tr("Zeitraum:")), dates_box)
        self.errors["valid_from"] = self.errors["valid_to"] = dates_error
        self.fields["valid_from"], self.fields["valid_to"] = self.from_date, self.to_date

        column = QVBoxLayout(self)
        column.addWidget(person_box)
        column.addWidget(seat_box)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(620)

        self.person_combo.currentIndexChanged.connect(self._person_chosen)
        self.person_org_combo.currentIndexChanged.connect(self._person_org_changed)
        self.org_combo.activated.connect(self._represented_chosen)
        self.side_combo.currentIndexChanged.connect(self._default_voting)
        self.role_combo.currentIndexChanged.connect(self._default_voting)

        if current is None:
            self.from_date.set_value(choices.today)
            self._person_chosen()
            self._default_voting()
        else:
            self.set_values(current)

    @classmethod
    def ask(cls, parent: QWidget | None, choices: MemberChoices,
            current: MemberValues | None = None,
            submit: Callable[[MemberValues], Any] | None = None) -> MemberValues | None:
        """The values once ``submit`` stored them; None when cancelled."""
        return cls._run(cls(parent, choices, current, submit))

    def set_values(self, values: MemberValues) -> None:
        with QSignalBlocker(self.person_combo):
            set_current_data(self.person_combo, values.person_id)
        self._show_person(values.person)
        set_current_data(self.org_combo, values.organization_id)
        with QSignalBlocker(self.side_combo), QSignalBlocker(self.role_combo):
            set_current_data(self.side_combo, values.side_id)
            set_current_data(self.role_combo, values.role)
        self.voting_check.setChecked(values.voting)
        set_current_data(self.deputy_combo, values.deputy_person_id)
        self.from_date.set_value(values.valid_from)
        self.to_date.set_value(values.valid_to)
        self._update_person_hint()

    def _show_person(self, person: PersonValues) -> None:
        self.title_edit.setText(person.title)
        self.first_edit.setText(person.first_name)
        self.last_edit.setText(person.last_name)
        self.email_edit.setText(person.email)
        with QSignalBlocker(self.person_org_combo):
            set_current_data(self.person_org_combo, person.organization_id)

    def _person_chosen(self) -> None:
        person = self._people.get(self.person_combo.currentData() or "")
        if person is None:
            self._show_person(PersonValues("", "", "", "", None))
        else:
            self._show_person(PersonValues(person.title, person.first_name, person.last_name,
                                           person.email, person.organization_id))
        self._person_org_changed()
        self._update_person_hint()

    def _update_person_hint(self) -> None:
        if self.person_combo.currentData() is None:
            self.person_hint.setText(self.tr("Die Person wird mit diesen Angaben neu angelegt."))
        else:
            self.person_hint.setText(self.tr("Änderungen an den Angaben gelten für diese Person "
                                             "in allen Gremien."))

    def _person_org_changed(self) -> None:
        if not self._represented_touched:
            set_current_data(self.org_combo, self.person_org_combo.currentData())

    def _represented_chosen(self) -> None:
        self._represented_touched = True

    def _default_voting(self) -> None:
        side = next((s for s in self.choices.sides if s.id == self.side_combo.currentData()),
                    None)
        role = Role(self.role_combo.currentData())
        self.voting_check.setChecked(side is not None and voting_allowed(role, side))

    def values(self) -> MemberValues:
        return MemberValues(
            person_id=self.person_combo.currentData(),
            person=PersonValues(self.title_edit.text(), self.first_edit.text(),
                                self.last_edit.text(), self.email_edit.text(),
                                self.person_org_combo.currentData()),
            organization_id=self.org_combo.currentData(),
            side_id=self.side_combo.currentData(),
            role=Role(self.role_combo.currentData()),
            voting=self.voting_check.isChecked(),
            deputy_person_id=self.deputy_combo.currentData(),
            valid_from=self.from_date.value(),
            valid_to=self.to_date.value(),
        )


class EndMembershipDialog(FormDialog):
    """Mitglied beenden: the last day of the membership (it stays in the file)."""

    def __init__(self, parent: QWidget | None, name: str, last_day: date,
                 submit: Callable[[date], Any] | None = None):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Mitgliedschaft beenden"))
        self.date_edit = date_edit(last_day)
        intro = QLabel(self.tr("Ab dem Tag danach zählt %1 nicht mehr zu den Mitgliedern. "
                               "Die Mitgliedschaft bleibt für frühere Sitzungen und Protokolle "
                               "erhalten.").replace("%1", name))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.field_row(form, self.tr("&Letzter Tag:"), self.date_edit, "valid_to")
        self.ok_button.setText(self.tr("Beenden"))
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(420)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, last_day: date,
            submit: Callable[[date], Any] | None = None) -> date | None:
        return cls._run(cls(parent, name, last_day, submit))

    def values(self) -> date:
        return self.date_edit.date().toPython()


def ask_personal_data_path(parent: QWidget, name: str) -> Path | None:
    """Where to save the Auskunft (a .json file). One function, so tests can answer it."""
    suggested = Path(export_folder()) / safe_file_name(
        parent.tr("Auskunft %1.json").replace("%1", name))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, parent.tr("Auskunft exportieren"), str(suggested),
        parent.tr("JSON-Datei (*.json)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")


def confirm_anonymise(parent: QWidget, name: str) -> bool:
    """Ask before anonymising. One function, so tests can answer it."""
    answer = QMessageBox.question(
        parent, parent.tr("Anonymisieren"),
        parent.tr("%1 anonymisieren?\n\nName, Vorname, Titel, E-Mail und Telefon werden durch "
                  "„%2 …“ ersetzt; die bisherigen Angaben werden aus der Datei gelöscht. "
                  "Beschlüsse, Anwesenheit, Aufgaben und Protokolle bleiben vollständig und "
                  "zeigen künftig den neuen Namen. Frei geschriebene Texte (z. B. Notizen) "
                  "und ältere Sicherungen bleiben unverändert.\n\nSolange die Datei geöffnet "
                  "ist, nimmt „Rückgängig“ das zurück.")
        .replace("%1", name).replace("%2", ANONYMOUS),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> None:
    """A message to read and close. One function, so tests can answer it."""
    QMessageBox.information(parent, title, text)


# --- models ------------------------------------------------------------------------------------

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
    state: str  # "" while a member today, else why not ("ausgeschieden", "ab …")


class SidesModel(QAbstractTableModel):
    """The sides of one body; names are edited in place, the two flags are check boxes."""

    NAME, SHORT, PARITY, VOTING = range(4)
    FIELDS = ("name", "short", "parity", "voting")

    def __init__(self, headers: Sequence[str], on_edit: Callable[[Side, str, Any], bool],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.on_edit = on_edit
        self.sides: list[Side] = []

    def set_sides(self, sides: Sequence[Side]) -> None:
        """New contents; the same sides are updated in place (safe inside an edit)."""
        if [s.id for s in sides] == [s.id for s in self.sides]:
            self.sides = list(sides)
            if self.sides:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.sides) - 1, len(self.FIELDS) - 1))
            return
        self.beginResetModel()
        self.sides = list(sides)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.sides)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sides):
            return None
        side = self.sides[index.row()]
        column = index.column()
        if column in (self.NAME, self.SHORT):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return side.name if column == self.NAME else side.short
        elif role == Qt.ItemDataRole.CheckStateRole:
            on = side.parity if column == self.PARITY else side.voting
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            on = side.parity if column == self.PARITY else side.voting
            return self.tr("ja") if on else self.tr("nein")
        if role == RECORD_ROLE:
            return side
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.NAME, self.SHORT):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.sides):
            return False
        side = self.sides[index.row()]
        column = index.column()
        if column in (self.NAME, self.SHORT) and role == Qt.ItemDataRole.EditRole:
            new: Any = str(value)
            if new == getattr(side, self.FIELDS[column]):
                return False
        elif column in (self.PARITY, self.VOTING) and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState.Checked
            new = value in (checked, checked.value)
        else:
            return False
        return self.on_edit(side, self.FIELDS[column], new)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None


def table(model: QAbstractTableModel, accessible: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    return view


# --- the view ----------------------------------------------------------------------------------

class BodiesView(View):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._body_id: str | None = None
        self._loading = False
        self._bodies: dict[str, Body] = {}
        self._people: dict[str, Person] = {}
        self._organizations: dict[str, Organization] = {}
        self._sides: list[Side] = []

        self.pages = QStackedWidget()
        self.empty_page = self._build_empty_page()
        self.content = self._build_content()
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def title(self) -> str:
        return self.tr("Gremien & Mitglieder")

    @property
    def today(self) -> date:
        return date.today()

    # building ------------------------------------------------------------------------------
    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(2)
        heading = QLabel(self.tr("Noch kein Gremium in dieser Datei"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        text = QLabel(self.tr(
            "Legen Sie zuerst das Gremium an, dessen Sitzungen Sie vorbereiten und "
            "protokollieren – zum Beispiel die Steuerungsgruppe. Eine Steuerungsgruppe "
            "bekommt gleich die Seiten Verwaltung und Freie Träger (paritätisch) sowie "
            "Wissenschaft und Projektberatung; danach tragen Sie die Mitglieder ein."))
        text.setWordWrap(True)
        self.empty_create_button = QPushButton(self.tr("&Gremium anlegen …"))
        self.empty_create_button.clicked.connect(self.create_body)
        box = QWidget()
        box.setFixedWidth(560)
        inner = QVBoxLayout(box)
        inner.setSpacing(12)
        inner.addWidget(heading)
        inner.addWidget(text)
        inner.addWidget(self.empty_create_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(box)
        row.addStretch()
        column.addLayout(row)
        column.addStretch(3)
        return page

    def _build_content(self) -> QWidget:
        # bodies
        self.bodies_model = RecordTableModel([
            Column(self.tr("Name"), lambda b: b.name, lambda b: b.name.casefold()),
            Column(self.tr("Kürzel"), lambda b: b.short),
            Column(self.tr("Art"), lambda b: label(b.kind),
                   lambda b: f"{KIND_ORDER[b.kind]} {b.name.casefold()}"),
            Column(self.tr("berät"), self._advised_short),
        ], self)
        self.bodies_proxy = sorted_proxy(self.bodies_model, self)
        self.bodies_table = table(self.bodies_proxy, self.tr("Gremien"))
        self.bodies_table.setSortingEnabled(True)
        self.bodies_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # steering group first
        header = self.bodies_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.bodies_table.selectionModel().currentRowChanged.connect(self._body_chosen)
        bodies_caption = buddy_label(self.tr("Gr&emien"), self.bodies_table)
        bold = bodies_caption.font()
        bold.setWeight(QFont.Weight.DemiBold)
        bodies_caption.setFont(bold)
        self.create_button = QPushButton(self.tr("&Gremium anlegen …"))
        self.create_button.clicked.connect(self.create_body)
        top_row = QHBoxLayout()
        top_row.addWidget(bodies_caption)
        top_row.addStretch()
        top_row.addWidget(self.create_button)
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addLayout(top_row)
        top_column.addWidget(self.bodies_table)

        # the selected body: header with the parity indicator, then tabs
        self.body_title = QLabel()
        title_font = self.body_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.body_title.setFont(title_font)
        self.body_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parity_dot = QLabel("●")
        self.parity_label = QLabel()
        self.parity_label.setAccessibleName(self.tr("Parität"))
        self.parity_label.setToolTip(self.tr(
            "Stimmberechtigte Mitglieder der paritätischen Seiten am heutigen Tag"))
        parity_font = self.parity_label.font()
        parity_font.setWeight(QFont.Weight.DemiBold)
        self.parity_label.setFont(parity_font)
        head = QHBoxLayout()
        head.addWidget(self.body_title, 1)
        head.addWidget(self.parity_dot)
        head.addWidget(self.parity_label)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_members_tab(), self.tr("&Mitglieder"))
        self.tabs.addTab(self._build_rules_tab(), self.tr("&Seiten und Regeln"))
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 6, 0, 0)
        lower_column.addLayout(head)
        lower_column.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 600])
        self.splitter.setChildrenCollapsible(False)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.splitter)

        tab_order(self.bodies_table, self.create_button, self.tabs, *self.member_widgets)
        return page

    def _build_members_tab(self) -> QWidget:
        tr = self.tr
        self.members_model = RecordTableModel([
            Column(tr("Name"), self._member_name, lambda r: r.sort_name),
            Column(tr("Organisation"), lambda r: r.organization,
                   lambda r: r.organization.casefold()),
            Column(tr("Seite"), lambda r: r.side, lambda r: r.side_position),
            Column(tr("Rolle"), lambda r: label(r.membership.role),
                   lambda r: ROLE_ORDER[r.membership.role]),
            Column(tr("Stimmrecht"), lambda r: tr("ja") if r.voting else "–",
                   lambda r: int(r.voting), Qt.AlignmentFlag.AlignCenter),
            Column(tr("Stellvertretung"), lambda r: r.deputy, lambda r: r.deputy.casefold()),
            Column(tr("von"), lambda r: german_date(r.membership.valid_from),
                   lambda r: str(r.membership.valid_from or "")),
            Column(tr("bis"), lambda r: german_date(r.membership.valid_to),
                   lambda r: str(r.membership.valid_to or "9999")),
        ], self)
        self.members_model.foreground = lambda r: DONE if r.state else None
        self.members_model.tooltip = self._member_tooltip
        self.members_proxy = sorted_proxy(self.members_model, self)
        self.members_table = table(self.members_proxy, tr("Mitglieder"))
        self.members_table.setSortingEnabled(True)
        self.members_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.members_proxy.sort(-1)
        header = self.members_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.members_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.members_table.activated.connect(lambda _index: self.edit_member())

        self.add_member_button = QPushButton(tr("Mitglied h&inzufügen …"))
        self.edit_member_button = QPushButton(tr("Bearbei&ten …"))
        self.end_member_button = QPushButton(tr("Mitglied beende&n …"))
        self.show_former_check = QCheckBox(tr("ehemalige &zeigen"))
        self.show_former_check.setAccessibleName(tr("Ehemalige Mitglieder zeigen"))
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.end_member_button.clicked.connect(self.end_member)
        self.show_former_check.toggled.connect(self._load_members)
        # DSGVO: what the file holds about the member's person; anonymising a former member
        self.privacy_button = QPushButton(tr("Datens&chutz"))
        self.privacy_button.setToolTip(tr("Auskunft über die gespeicherten Daten der Person; "
                                          "ehemalige Mitglieder anonymisieren"))
        privacy_menu = QMenu(self.privacy_button)
        privacy_menu.setToolTipsVisible(True)
        self.export_data_action = privacy_menu.addAction(tr("&Auskunft exportieren …"))
        self.anonymise_action = privacy_menu.addAction(tr("A&nonymisieren …"))
        self.export_data_action.triggered.connect(self.export_person_data)
        self.anonymise_action.triggered.connect(self.anonymise_person)
        self.privacy_button.setMenu(privacy_menu)
        buttons = QHBoxLayout()
        for button in (self.add_member_button, self.edit_member_button, self.end_member_button,
                       self.privacy_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.show_former_check)
        self.member_widgets: list[QWidget] = [
            self.members_table, self.add_member_button, self.edit_member_button,
            self.end_member_button, self.privacy_button, self.show_former_check]
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.members_table, 1)
        column.addLayout(buttons)
        return page

    def _build_rules_tab(self) -> QWidget:
        tr = self.tr
        # sides
        self.sides_model = SidesModel(
            [tr("Seite"), tr("Kürzel"), tr("paritätisch"), tr("stimmberechtigt")],
            self._edit_side, self)
        self.sides_table = table(self.sides_model, tr("Seiten"))
        self.sides_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.sides_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        sides_header = self.sides_table.horizontalHeader()
        sides_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sides_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sides_error = ErrorLabel()
        self.new_side_name = QLineEdit()
        self.new_side_name.setPlaceholderText(tr("Name der neuen Seite"))
        self.new_side_name.setAccessibleName(tr("Name der neuen Seite"))
        self.new_side_short = QLineEdit()
        self.new_side_short.setPlaceholderText(tr("Kürzel"))
        self.new_side_short.setAccessibleName(tr("Kürzel der neuen Seite"))
        self.new_side_short.setMaximumWidth(70)
        self.add_side_button = QPushButton(tr("Seite hin&zufügen"))
        self.add_side_button.clicked.connect(self.add_side)
        self.new_side_name.returnPressed.connect(self.add_side)
        self.new_side_short.returnPressed.connect(self.add_side)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_side_name, 1)
        add_row.addWidget(self.new_side_short)
        add_row.addWidget(self.add_side_button)
        sides_hint = QLabel(tr("Umbenennen mit Doppelklick oder F2. Für die Parität zählen "
                               "die stimmberechtigten Mitglieder der paritätischen Seiten."))
        sides_hint.setWordWrap(True)
        sides_hint.setStyleSheet(text_style(DONE))
        sides_box = QGroupBox(tr("Seiten"))
        sides_column = QVBoxLayout(sides_box)
        sides_column.addWidget(self.sides_table, 1)
        sides_column.addWidget(sides_hint)
        sides_column.addWidget(self.sides_error)
        sides_column.addLayout(add_row)

        # the body's name and rules
        self.form_errors: dict[str, ErrorLabel] = {}
        self.form_fields: dict[str, QWidget] = {}
        self.name_edit = QLineEdit()
        self.short_edit = QLineEdit()
        self.short_edit.setMaxLength(16)
        self.article_combo = QComboBox()
        for article in ARTICLES:
            self.article_combo.addItem(article, article)
        self.genitive_edit = QLineEdit()
        self.genitive_edit.setToolTip(tr("Wie der Name nach „Sitzung“ lautet, z. B. "
                                         "„des Beirats“ – für Einladungen und Protokolle."))
        self.kind_combo = QComboBox()
        for kind in BodyKind:
            self.kind_combo.addItem(label(kind), kind)
        self.advises_combo = QComboBox()
        self.more_than_combo = QComboBox()
        self.more_than_combo.addItem(tr("mehr als"), True)
        self.more_than_combo.addItem(tr("mindestens"), False)
        self.more_than_combo.setAccessibleName(tr("mehr als oder mindestens"))
        self.share_edit = QLineEdit()
        self.share_edit.setMaximumWidth(60)
        self.share_edit.setPlaceholderText("1/2")
        self.share_edit.setToolTip(tr("Anteil der Stimmberechtigten als Bruch, z. B. 1/2 "
                                      "oder 2/3"))
        self.each_side_check = QCheckBox(tr("jede &paritätische Seite muss vertreten sein"))
        self.rule_combo = QComboBox()
        for rule in DecisionRule:
            self.rule_combo.addItem(label(rule), rule)
        self.notice_spin = QSpinBox()
        self.notice_spin.setRange(0, 365)
        self.notice_spin.setKeyboardTracking(False)
        self.notice_spin.setMinimumWidth(110)
        self._notice_suffix(7)
        self.notice_spin.valueChanged.connect(self._notice_suffix)

        body_box = QGroupBox(tr("Gremium"))
        body_form = QFormLayout(body_box)
        self._form_row(body_form, tr("&Name:"), self.name_edit, "name")
        self._form_row(body_form, tr("&Kürzel:"), self.short_edit, "short")
        self._form_row(body_form, tr("Art&ikel:"), self.article_combo, "article")
        self._form_row(body_form, tr("Geniti&v:"), self.genitive_edit, "genitive")
        self._form_row(body_form, tr("Ar&t:"), self.kind_combo, "kind")
        self._form_row(body_form, tr("ber&ät:"), self.advises_combo, "advises_body_id")
        rules_box = QGroupBox(tr("Regeln"))
        rules_form = QFormLayout(rules_box)
        share_row = QHBoxLayout()
        share_row.addWidget(self.more_than_combo)
        share_row.addWidget(self.share_edit)
        share_row.addWidget(QLabel(tr("der Stimmberechtigten anwesend")))
        share_row.addStretch()
        self._form_row(rules_form, tr("Beschl&ussfähig:"), share_row, "quorum_share",
                       buddy=self.more_than_combo, also=(self.share_edit,))
        self.share_edit.setAccessibleName(tr("Anteil für die Beschlussfähigkeit"))
        self._form_row(rules_form, "", self.each_side_check, "quorum_each_parity_side")
        self._form_row(rules_form, tr("Beschluss&regel:"), self.rule_combo, "decision_rule")
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_spin)
        notice_row.addWidget(QLabel(tr("vor der Sitzung")))
        notice_row.addStretch()
        self._form_row(rules_form, tr("Ladungs&frist:"), notice_row, "notice_days",
                       buddy=self.notice_spin)
        self.form_error = ErrorLabel()
        self.form_fields["quorum_more_than"] = self.more_than_combo
        self.form_errors["quorum_more_than"] = self.form_errors["quorum_share"]

        right = QVBoxLayout()
        right.addWidget(body_box)
        right.addWidget(rules_box)
        right.addWidget(self.form_error)
        right.addStretch()
        page = QWidget()
        row = QHBoxLayout(page)
        row.addWidget(sides_box, 1)
        row.addLayout(right, 1)

        self.name_edit.editingFinished.connect(lambda: self._save_text("name", self.name_edit))
        self.short_edit.editingFinished.connect(
            lambda: self._save_text("short", self.short_edit))
        self.genitive_edit.editingFinished.connect(
            lambda: self._save_text("genitive", self.genitive_edit))
        self.share_edit.editingFinished.connect(
            lambda: self._save_text("quorum_share", self.share_edit))
        self.article_combo.activated.connect(
            lambda: self._save_rule("article", self.article_combo.currentData()))
        self.kind_combo.activated.connect(
            lambda: self._save_rule("kind", BodyKind(self.kind_combo.currentData())))
        self.advises_combo.activated.connect(
            lambda: self._save_rule("advises_body_id", self.advises_combo.currentData()))
        self.more_than_combo.activated.connect(
            lambda: self._save_rule("quorum_more_than", self.more_than_combo.currentData()))
        self.each_side_check.clicked.connect(
            lambda checked: self._save_rule("quorum_each_parity_side", checked))
        self.rule_combo.activated.connect(
            lambda: self._save_rule("decision_rule", DecisionRule(self.rule_combo.currentData())))
        self.notice_spin.valueChanged.connect(lambda days: self._save_rule("notice_days", days))
        return page

    def _notice_suffix(self, days: int) -> None:
        self.notice_spin.setSuffix(self.tr(" Tag") if days == 1 else self.tr(" Tage"))

    def _form_row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, name: str,
                  buddy: QWidget | None = None, also: Sequence[QWidget] = ()) -> None:
        box, error = with_error(field)
        target = buddy or field
        assert isinstance(target, QWidget)
        if text:
            form.addRow(buddy_label(text, target), box)
            target.setAccessibleName(text.replace("&", "").rstrip(":"))
        else:
            form.addRow(box)
        self.form_errors[name] = error
        self.form_fields[name] = also[0] if also else target

    # reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        if store is None:
            return
        bodies = store.bodies.list()
        self._bodies = {b.id: b for b in bodies}
        if not bodies:
            self._body_id = None
            self.bodies_model.set_loader(None)
            self.pages.setCurrentWidget(self.empty_page)
            if self.isVisible():
                self.empty_create_button.setFocus()
            return
        self.pages.setCurrentWidget(self.content)
        if self._body_id not in self._bodies:
            self._body_id = None
        self._loading = True
        try:
            self.bodies_model.set_loader(list_loader(bodies))
            wanted = self._body_id or self.bodies_proxy.index(0, 0).data(RECORD_ROLE).id
            self._select_body_row(wanted)
        finally:
            self._loading = False
        self._show_body()

    def _select_body_row(self, body_id: str) -> None:
        self._body_id = body_id
        for row in range(self.bodies_proxy.rowCount()):
            index = self.bodies_proxy.index(row, 0)
            if index.data(RECORD_ROLE).id == body_id:
                self.bodies_table.setCurrentIndex(index)
                self.bodies_table.selectRow(row)
                return

    def _body_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        body = current.data(RECORD_ROLE)
        if body is not None and body.id != self._body_id:
            self._body_id = body.id
            self._clear_form_errors()
            self.sides_error.show_error("")
            self._show_body()

    @property
    def body(self) -> Body | None:
        return self._bodies.get(self._body_id or "") if self._body_id else None

    def _advised_short(self, body: Body) -> str:
        advised = self._bodies.get(body.advises_body_id or "")
        return advised.short if advised else ""

    def _show_body(self) -> None:
        body = self.body
        if body is None:
            return
        store = self.context.s
        self.body_title.setText(f"{body.name} ({body.short})")
        self._sides = store.sides.list(body.id)
        self._people = {p.id: p for p in store.people.list()}
        self._organizations = {o.id: o for o in store.organizations.list()}
        self.sides_model.set_sides(self._sides)
        self._fill_form(body)
        self._load_members()

    def _fill_form(self, body: Body) -> None:
        def keep(name: str) -> bool:  # what the user typed stays while it is refused
            return not self.form_errors[name].isHidden()

        for name, edit in (("name", self.name_edit), ("short", self.short_edit),
                           ("genitive", self.genitive_edit),
                           ("quorum_share", self.share_edit)):
            if not keep(name):
                with QSignalBlocker(edit):
                    edit.setText(str(getattr(body, name)))
        set_current_data(self.article_combo, body.article)
        set_current_data(self.kind_combo, body.kind)
        fill_combo(self.advises_combo, [(self.tr("– kein anderes Gremium –"), None), *[
            (f"{b.name} ({b.short})", b.id) for b in self._bodies.values() if b.id != body.id]],
            body.advises_body_id)
        set_current_data(self.more_than_combo, body.quorum_more_than)
        with QSignalBlocker(self.each_side_check):
            self.each_side_check.setChecked(body.quorum_each_parity_side)
        set_current_data(self.rule_combo, body.decision_rule)
        with QSignalBlocker(self.notice_spin):
            self.notice_spin.setValue(body.notice_days)
        self._notice_suffix(body.notice_days)

    def _member_rows(self, body_id: str) -> list[MemberRow]:
        store = self.context.s
        today = self.today
        sides = {s.id: s for s in self._sides}
        rows = []
        for m in store.memberships.list(body_id):
            person = self._people.get(m.person_id)
            org = self._organizations.get(m.organization_id or "")
            side = sides.get(m.side_id)
            deputy = self._people.get(m.deputy_person_id or "")
            if m.valid_to is not None and m.valid_to < today:
                state = self.tr("ausgeschieden")
            elif m.valid_from is not None and m.valid_from > today:
                state = self.tr("ab %1").replace("%1", german_date(m.valid_from))
            else:
                state = ""
            rows.append(MemberRow(
                membership=m,
                name=person.full_name if person else "?",
                sort_name=(f"{person.last_name} {person.first_name}".casefold()
                           if person else ""),
                organization=(org.short or org.name) if org else "",
                organization_full=org.name if org else "",
                side=side.name if side else "",
                side_position=side.position if side else 0,
                voting=side is not None and is_voting_seat(m, side),
                deputy=deputy.full_name if deputy else "",
                state=state,
            ))
        rows.sort(key=lambda r: (r.state == self.tr("ausgeschieden"), r.side_position,
                                 ROLE_ORDER[r.membership.role], r.sort_name))
        return rows

    def _load_members(self) -> None:
        body = self.body
        if body is None or self.context.store is None:
            return
        selected = self.selected_membership()
        rows = self._member_rows(body.id)
        if not self.show_former_check.isChecked():
            rows = [r for r in rows if r.state != self.tr("ausgeschieden")]
        self.members_model.set_loader(list_loader(rows))
        if selected is not None:
            self._select_member(selected.id)
        self._update_parity()
        self._update_buttons()

    def _member_name(self, row: MemberRow) -> str:
        return f"{row.name} ({row.state})" if row.state else row.name

    def _member_tooltip(self, row: MemberRow) -> str | None:
        parts = [row.organization_full] if row.organization_full else []
        m = row.membership
        if row.state == self.tr("ausgeschieden"):
            parts.append(self.tr("ausgeschieden nach dem %1").replace(
                "%1", german_date(m.valid_to)))
        elif row.state:
            parts.append(self.tr("Mitglied ab %1").replace("%1", german_date(m.valid_from)))
        return "\n".join(parts) or None

    def _update_parity(self) -> None:
        body = self.body
        if body is None:
            return
        result = self.context.s.bodies.parity(body.id, self.today)
        if len(result.seats) < 2:
            colour = DONE
        else:
            colour = ADOPTED if result.balanced else OVERDUE
        self.parity_label.setText(result.message)
        self.parity_label.setAccessibleDescription(result.message)
        self.parity_label.setStyleSheet(text_style(colour))
        self.parity_dot.setStyleSheet(text_style(colour))

    def attention_count(self) -> int:
        """Bodies that are not paritätisch today although they should be."""
        store = self.context.store
        if store is None:
            return 0
        return sum(1 for b in store.bodies.list()
                   if not store.bodies.parity(b.id, self.today).balanced)

    def show_record(self, kind: str, record_id: str) -> bool:
        store = self.context.store
        if store is None or kind not in ("bodies", "memberships"):
            return False
        try:
            body_id = (store.bodies.get(record_id).id if kind == "bodies"
                       else store.memberships.get(record_id).body_id)
        except NotFound:
            return False
        self._body_id = body_id
        self.refresh()
        self._stale = False
        if kind == "memberships":
            self.tabs.setCurrentIndex(0)
            if not self._select_member(record_id):
                self.show_former_check.setChecked(True)
                self._select_member(record_id)
        return True

    # members -------------------------------------------------------------------------------
    def selected_membership(self) -> Membership | None:
        index = self.members_table.currentIndex()
        if not index.isValid() or not self.members_table.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            return None
        row = index.data(RECORD_ROLE)
        return row.membership if row is not None else None

    def _select_member(self, membership_id: str) -> bool:
        for row in range(self.members_proxy.rowCount()):
            index = self.members_proxy.index(row, 0)
            if index.data(RECORD_ROLE).membership.id == membership_id:
                self.members_table.setCurrentIndex(index)
                self.members_table.selectRow(row)
                return True
        return False

    def select_member(self, name: str) -> Membership:
        """Select the member row whose name starts with ``name`` (for keyboard and tests)."""
        for row in range(self.members_proxy.rowCount()):
            index = self.members_proxy.index(row, 0)
            if index.data(RECORD_ROLE).name.startswith(name) or str(index.data()).startswith(
                    name):
                self.members_table.setCurrentIndex(index)
                self.members_table.selectRow(row)
                return index.data(RECORD_ROLE).membership
        raise LookupError(name)

    def _update_buttons(self, *_args: Any) -> None:
        membership = self.selected_membership()
        self.edit_member_button.setEnabled(membership is not None)
        self.end_member_button.setEnabled(
            membership is not None
            and (membership.valid_to is None or membership.valid_to >= self.today))
        self.privacy_button.setEnabled(membership is not None)
        self.export_data_action.setEnabled(membership is not None)
        refusal = self.anonymise_refusal(membership)
        self.anonymise_action.setEnabled(membership is not None and refusal is None)
        self.anonymise_action.setToolTip(refusal or self.tr(
            "Name, Vorname, Titel, E-Mail und Telefon durch „%1 …“ ersetzen; Beschlüsse, "
            "Anwesenheit und Protokolle bleiben vollständig.").replace("%1", ANONYMOUS))

    def anonymise_refusal(self, membership: Membership | None) -> str | None:
        """Why the member's person may not be anonymised (None: they may), as the store
        decides it: only former members, and not in a file opened read-only."""
        store = self.context.store
        if membership is None or store is None:
            return None
        if store.read_only:
            return self.tr("Die Datei ist schreibgeschützt geöffnet.")
        try:
            return anonymise_refusal(store, membership.person_id, self.today)
        except NotFound:
            return None

    def member_choices(self) -> MemberChoices:
        store = self.context.s
        return MemberChoices(self._sides, store.people.list(), store.organizations.list(),
                             self.today)

    def values_of(self, membership: Membership) -> MemberValues:
        person = self.context.s.people.get(membership.person_id)
        return MemberValues(
            membership.person_id,
            PersonValues(person.title, person.first_name, person.last_name, person.email,
                         person.organization_id),
            membership.organization_id, membership.side_id, membership.role,
            membership.voting, membership.deputy_person_id, membership.valid_from,
            membership.valid_to)

    def add_member(self) -> None:
        if self.body is not None:
            MemberDialog.ask(self, self.member_choices(), None, self.save_member)

    def edit_member(self) -> None:
        membership = self.selected_membership()
        if membership is None:
            return
        MemberDialog.ask(self, self.member_choices(), self.values_of(membership),
                         lambda values: self.save_member(values, membership.id))

    def save_member(self, values: MemberValues, membership_id: str | None = None) -> Membership:
        """Store the dialog's values as one edit: a new person if needed, then the seat.

        Raises EditRefused (the dialog shows it); then nothing was stored.
        """
        body = self.body
        assert body is not None
        store = self.context.s

        def run() -> Membership:
            person_id = values.person_id
            if person_id is None:
                p = values.person
                person_id = store.people.add(p.last_name, p.first_name, title=p.title,
                                             email=p.email, organization_id=p.organization_id).id
            else:
                current = store.people.get(person_id)
                changes = {k: v for k, v in asdict(values.person).items()
                           if getattr(current, k) != v}
                if changes:
                    store.people.update(person_id, **changes)
            seat = {"organization_id": values.organization_id,
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
        self.tabs.setCurrentIndex(0)
        if not self._select_member(membership.id) and membership.valid_to is not None:
            self.show_former_check.setChecked(True)
            self._select_member(membership.id)
        return membership

    def end_member(self) -> None:
        membership = self.selected_membership()
        if membership is None:
            return
        person = self._people.get(membership.person_id)
        yesterday = self.today - timedelta(days=1)
        last_day = max(yesterday, membership.valid_from) if membership.valid_from else yesterday
        EndMembershipDialog.ask(self, person.full_name if person else "", last_day,
                                lambda day: self.end_membership(membership.id, day))

    def end_membership(self, membership_id: str, last_day: date) -> Membership:
        return self.context.edit(self.tr("Mitgliedschaft beenden"),
                                 self.context.s.memberships.end, membership_id, last_day)

    # personal data (DSGVO) -----------------------------------------------------------------
    def _selected_person(self) -> Person | None:
        membership = self.selected_membership()
        if membership is None:
            return None
        try:
            return self.context.s.people.get(membership.person_id)
        except NotFound:
            return None

    def export_person_data(self) -> Path | None:
        """Auskunft: everything the file holds about the selected member's person, as a
        JSON file where the user chooses."""
        person = self._selected_person()
        if person is None:
            return None
        target = ask_personal_data_path(self, person.full_name)
        if target is None:
            return None
        store = self.context.s
        return run_export(self, lambda: export_personal_data(store, person.id, target,
                                                             today=self.today), target)

    def anonymise_person(self) -> Person | None:
        """Anonymise the selected former member's person after the user confirmed; one
        edit (undo takes it back while the file is open)."""
        person = self._selected_person()
        if person is None:
            return None
        refusal = self.anonymise_refusal(self.selected_membership())
        if refusal:
            inform(self, self.tr("Nicht anonymisiert"), refusal)
            return None
        if not confirm_anonymise(self, person.full_name):
            return None
        store = self.context.s
        try:
            result = self.context.edit(self.tr("Anonymisieren"), anonymise, store, person.id,
                                       self.today)
        except EditRefused as exc:
            inform(self, self.tr("Nicht anonymisiert"), str(exc))
            return None
        forget_old_pages(store)  # after the edit's commit: the old values leave the log
        if result.notice:
            inform(self, self.tr("Anonymisiert"), result.notice)
        return result.person

    # bodies --------------------------------------------------------------------------------
    def create_body(self) -> None:
        if self.context.store is not None:
            BodyDialog.ask(self, self.context.s.bodies.list(), self.save_body)

    def save_body(self, values: BodyValues) -> Body:
        body = self.context.edit(self.tr("Gremium anlegen"), self.context.s.bodies.add,
                                 values.name, values.short, values.kind, article=values.article,
                                 advises_body_id=values.advises_body_id)
        self._body_id = body.id
        self.refresh()
        return body

    def _save_text(self, name: str, edit: QLineEdit) -> None:
        body = self.body
        if body is not None and edit.text() != str(getattr(body, name)):
            self._save_rule(name, edit.text())
        elif body is not None:
            self.form_errors[name].show_error("")

    def _save_rule(self, name: str, value: Any) -> None:
        body = self.body
        if body is None:
            return
        self.form_errors[name].show_error("")
        self.form_error.show_error("")
        try:
            self.context.edit(self.tr("Gremium ändern"), self.context.s.bodies.update, body.id,
                              **{name: value})
        except EditRefused as exc:
            field = refused_field(exc) or name
            error = self.form_errors.get(field, self.form_error)
            error.show_error(str(exc))
            self.form_fields.get(field, self.form_fields[name]).setFocus()
            self._fill_form(body)  # choices go back to what is stored; typed text stays

    def _clear_form_errors(self) -> None:
        for error in self.form_errors.values():
            error.show_error("")
        self.form_error.show_error("")

    # sides ---------------------------------------------------------------------------------
    def _edit_side(self, side: Side, field: str, value: Any) -> bool:
        self.sides_error.show_error("")
        try:
            self.context.edit(self.tr("Seite ändern"), self.context.s.sides.update, side.id,
                              **{field: value})
        except EditRefused as exc:
            self.sides_error.show_error(str(exc))
            return False
        return True

    def add_side(self) -> None:
        body = self.body
        if body is None:
            return
        self.sides_error.show_error("")
        try:
            self.context.edit(self.tr("Seite hinzufügen"), self.context.s.sides.add, body.id,
                              self.new_side_name.text(), self.new_side_short.text())
        except EditRefused as exc:
            self.sides_error.show_error(str(exc))
            self.new_side_name.setFocus()
            return
        self.new_side_name.clear()
        self.new_side_short.clear()
