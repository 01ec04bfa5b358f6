"""How people, organisations and task owners are named, in every place the same way."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum

from .enums import OrganizationKind
from .model import Organization, Person, TaskOwner

# Academic titles before a name: "Dr.", "Prof. Dr.", "Dipl.-Päd." ...
TITLES = re.compile(r"^((prof|dr|dipl|mag|ing|med|phil|rer|nat|jur|pol|soz|päd)[.\-\w]*\.?\s+)+",
                    re.IGNORECASE)


def split_name(text: str) -> tuple[str, str, str]:
    """(title, first name, last name) of a name as typed: "Nachname, Vorname" or
    "Vorname Nachname", a leading title (Dr., Prof. Dr.) kept apart."""
    text = " ".join(text.split())
    if "," in text:
        last, first = (p.strip() for p in text.split(",", 1))
        match = TITLES.match(first)
        title = match.group(0).strip() if match else ""
        return title, first[len(match.group(0)):].strip() if match else first, last
    match = TITLES.match(text)
    title = match.group(0).strip() if match else ""
    rest = text[len(match.group(0)):].strip() if match else text
    first, _, last = rest.rpartition(" ")
    return title, first if last else "", last or first


class NameForm(Enum):
    FULL = "full"  # "Dr. Petra Wendt"
    INITIAL = "initial"  # "P. Wendt": a narrow cell
    LAST = "last"  # "Wendt": a narrower one
    SORTED = "sorted"  # "Wendt, Petra (Dr.)": a list to choose from, by last name


def person_label(person: Person | None, form: NameForm = NameForm.FULL) -> str:
    if person is None:
        return ""
    if form is NameForm.FULL:
        return person.full_name
    if form is NameForm.SORTED:
        name = ", ".join(p for p in (person.last_name, person.first_name) if p)
        return f"{name} ({person.title})" if person.title else name
    initial = f"{person.first_name[0]}. " if person.first_name and form is NameForm.INITIAL else ""
    return f"{initial}{person.last_name}"


def person_sort_key(person: Person) -> str:
    """People in order: by last name, then first name, whatever the case."""
    return f"{person.last_name}\t{person.first_name}".casefold()


def organization_label(organization: Organization | None, *, short: bool = False) -> str:
    """The name ("Kinder- und Jugendhilfe Warnowufer e. V."); ``short``: the short name
    ("KJH Warnowufer") where there is one."""
    if organization is None:
        return ""
    return (organization.short or organization.name) if short else organization.name


def person_choice_label(person: Person, organization: Organization | None) -> str:
    """A person in a list to choose from: "Wendt, Petra (Dr.) – KJH Warnowufer" (the
    organisation's short name, where there is one; none: the name alone)."""
    name = person_label(person, NameForm.SORTED)
    return f"{name} – {organization_label(organization, short=True)}" if organization else name


def organization_choice_label(organization: Organization) -> str:
    """An organisation in a list to choose from: "KJH Warnowufer – Kinder- und Jugendhilfe
    Warnowufer e. V." (the name alone where there is no short name)."""
    if organization.short:
        return f"{organization.short} – {organization.name}"
    return organization.name


def owner_label(owner: TaskOwner, people: Mapping[str, Person],
                organizations: Mapping[str, Organization], *,
                form: NameForm = NameForm.FULL, short_organization: bool = False) -> str:
    """A task owner: the person in ``form``, else the organisation; "" when neither is
    known (any more)."""
    person = people.get(owner.person_id or "")
    if person is not None:
        return person_label(person, form)
    return organization_label(organizations.get(owner.organization_id or ""),
                              short=short_organization)


def owners_label(owners: list[TaskOwner], people: Mapping[str, Person],
                 organizations: Mapping[str, Organization], *, separator: str = ", ",
                 form: NameForm = NameForm.FULL, short_organization: bool = False) -> str:
    """All owners of a task, those no longer known left out."""
    names = (owner_label(o, people, organizations, form=form,
                         short_organization=short_organization) for o in owners)
    return separator.join(n for n in names if n)


def organization_kind_label(kind: str) -> str:
    """The German label of an organisation's kind ("provider" → "freier Träger"); free
    text of older files as it is."""
    try:
        return OrganizationKind.parse(kind).label if kind else ""
    except ValueError:
        return kind
