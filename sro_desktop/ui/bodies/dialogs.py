"""The dialogs of Gremien & Mitglieder: a new body, a member's person and seat, the end of a
membership."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.bodies import ARTICLES, default_article, voting_allowed
from ...domain.enums import BodyKind, Role
from ...domain.labels import organization_label, person_choice_label
from ...domain.model import Body, Organization, Person, Side
from ...domain.procedure import preset
from ..common.forms import FormDialog, OptionalDate
from ..common.palette import DONE, text_style
from ..common.widgets import (
    date_edit,
    date_value,
    fill_combo,
    plural,
    set_current_data,
    with_error,
)
from ..context import label


@dataclass(frozen=True)
class BodyValues:
    name: str
    short: str
    kind: BodyKind
    article: str
    advises_body_id: str | None


class BodyDialog(FormDialog):
    """Gremium anlegen: name, short name, kind, article, and which body it advises; the
    sides, statutory seats and rules of procedure come from the preset of its kind."""

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
        self.sides_hint.setAccessibleName(self.tr("Seiten des neuen Gremiums"))
        self.rules_hint = QLabel()
        self.rules_hint.setWordWrap(True)
        self.rules_hint.setStyleSheet(text_style(DONE))
        self.rules_hint.setAccessibleName(self.tr("Regeln des neuen Gremiums"))

        form = QFormLayout()
        self.field_row(form, self.tr("&Name:"), self.name_edit, "name")
        self.field_row(form, self.tr("&Kürzel:"), self.short_edit, "short")
        self.field_row(form, self.tr("&Art:"), self.kind_combo, "kind")
        self.field_row(form, self.tr("A&rtikel:"), self.article_combo, "article")
        self.field_row(form, self.tr("&berät:"), self.advises_combo, "advises_body_id")
        form.addRow(QLabel(self.tr("Seiten:")), self.sides_hint)
        form.addRow(QLabel(self.tr("Regeln:")), self.rules_hint)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(620)

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
        start = preset(kind)
        parts = []
        for position, side in enumerate(start.sides):
            seats = start.statutory[position] if position < len(start.statutory) else None
            if side.parity:
                parts.append(self.tr("%1 (paritätisch)").replace("%1", side.label))
            elif not side.voting:
                parts.append(self.tr("%1 (ohne Stimmrecht)").replace("%1", side.label))
            elif seats is not None:
                count = plural(seats, self.tr("%1 Sitz"), self.tr("%1 Sitze"))
                parts.append(self.tr("%1 (%2 laut GO)").replace("%2", count).replace(
                    "%1", side.label))
            else:
                parts.append(side.label)
        self.sides_hint.setText(", ".join(parts) + self.tr(" – später unter „Seiten und "
                                                          "Regeln“ änderbar."))
        self.rules_hint.setText(self.tr("nach der Vorlage „%1“: %2").replace(
            "%1", start.name).replace("%2", start.explanation))
        self.adjustSize()  # room for the longer or shorter explanation

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
    phone: str = ""


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


class MemberDialog(FormDialog):
    """Mitglied hinzufügen / bearbeiten: the person, and their seat in the body."""

    def __init__(self, parent: QWidget | None, choices: MemberChoices,
                 current: MemberValues | None = None,
                 submit: Callable[[MemberValues], Any] | None = None,
                 new_person: Callable[[QWidget], Person | None] | None = None):
        super().__init__(parent, submit)
        self.choices = choices
        self._new_person = new_person
        self._choice_label: Callable[[Person], str] = lambda p: ""
        self.setWindowTitle(self.tr("Mitglied bearbeiten") if current
                            else self.tr("Mitglied hinzufügen"))
        organizations = {o.id: o for o in choices.organizations}

        def choice(person: Person) -> str:
            return person_choice_label(person, organizations.get(person.organization_id or ""))

        self._choice_label = choice
        self._people = {p.id: p for p in choices.people}
        self._represented_touched = current is not None

        self.person_combo = QComboBox()
        self.person_combo.addItem(self.tr("Neue Person …"), None)
        for person in choices.people:
            self.person_combo.addItem(choice(person), person.id)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("z. B. Dr."))
        self.first_edit = QLineEdit()
        self.last_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.person_org_combo = QComboBox()
        self.org_combo = QComboBox()
        org_items = [(self.tr("– keine –"), None),
                     *[(organization_label(o), o.id) for o in choices.organizations]]
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
            (choice(p), p.id) for p in choices.people]])
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
        self.field_row(person_form, self.tr("Tele&fon:"), self.phone_edit, "phone")
        self.field_row(person_form, self.tr("Or&ganisation:"),
                       self.person_org_combo, "person_organization_id")
        seat_box = QGroupBox(self.tr("Mitgliedschaft"))
        seat_form = QFormLayout(seat_box)
        self.field_row(seat_form, self.tr("vertritt Organisat&ion:"), self.org_combo,
                       "organization_id")
        self.field_row(seat_form, self.tr("&Seite:"), self.side_combo, "side_id")
        self.field_row(seat_form, self.tr("&Rolle:"), self.role_combo, "role")
        self.field_row(seat_form, self.tr("Stimmrec&ht:"), self.voting_check, "voting")
        self.new_deputy_button = QPushButton(self.tr("Neue Person …"))
        self.new_deputy_button.setAccessibleName(self.tr("Neue Person als Stellvertretung"))
        self.new_deputy_button.clicked.connect(self.create_deputy)
        self.new_deputy_button.setVisible(new_person is not None)
        deputy_row = QHBoxLayout()
        deputy_row.setContentsMargins(0, 0, 0, 0)
        deputy_row.addWidget(self.deputy_combo, 1)
        deputy_row.addWidget(self.new_deputy_button)
        deputy_box = QWidget()
        deputy_box.setLayout(deputy_row)
        self.field_row(seat_form, self.tr("Stellvertret&ung:"), deputy_box,
                       "deputy_person_id", buddy=self.deputy_combo)
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
            submit: Callable[[MemberValues], Any] | None = None,
            new_person: Callable[[QWidget], Person | None] | None = None
            ) -> MemberValues | None:
        """The values once ``submit`` stored them; None when cancelled."""
        return cls._run(cls(parent, choices, current, submit, new_person))

    def create_deputy(self) -> None:
        """A person made on the spot (stored at once), chosen as the deputy."""
        if self._new_person is None:
            return
        person = self._new_person(self)
        if person is None:
            return
        self._people[person.id] = person
        text = self._choice_label(person)
        self.person_combo.addItem(text, person.id)
        self.deputy_combo.addItem(text, person.id)
        set_current_data(self.deputy_combo, person.id)

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
        self.phone_edit.setText(person.phone)
        with QSignalBlocker(self.person_org_combo):
            set_current_data(self.person_org_combo, person.organization_id)

    def _person_chosen(self) -> None:
        person = self._people.get(self.person_combo.currentData() or "")
        if person is None:
            self._show_person(PersonValues("", "", "", "", None))
        else:
            self._show_person(PersonValues(person.title, person.first_name, person.last_name,
                                           person.email, person.organization_id,
                                           person.phone))
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
                                self.person_org_combo.currentData(), self.phone_edit.text()),
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
        return date_value(self.date_edit)
