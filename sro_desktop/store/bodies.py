"""Bodies with their sides, organisations, people and memberships."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.bodies import (
    VOTING_ROLES,
    ParityResult,
    SideTemplate,
    default_article,
    default_sides,
    parity,
)
from ..domain.enums import BodyKind, DecisionRule, Role
from ..domain.errors import RuleViolation
from ..domain.model import Body, Membership, Organization, Person, Side, default_genitive
from .core import NotFound, Repository, new_id


class Bodies(Repository[Body]):
    table = "bodies"
    model = Body
    order_by = "name"
    noun = "Gremium"

    def add(self, name: str, short: str, kind: BodyKind = BodyKind.STEERING, *,
            article: str | None = None, genitive: str = "",
            sides: tuple[SideTemplate, ...] | None = None,
            advises_body_id: str | None = None,
            decision_rule: DecisionRule = DecisionRule.SIMPLE, **rules: Any) -> Body:
        """A new body with its sides (a steering group gets the four default sides)."""
        if not name.strip() or not short.strip():
            raise RuleViolation("Ein Gremium braucht einen Namen und ein Kürzel.")
        article = article or default_article(name)
        body = Body(new_id(), name.strip(), short.strip(), kind, article,
                    genitive or default_genitive(article, name.strip()),
                    advises_body_id, decision_rule=decision_rule, **rules)
        with self.store.edit():
            if self.count("short = ?", [body.short]):
                raise RuleViolation(f"Das Kürzel {body.short} ist schon vergeben.")
            self._insert_record(body)
            for position, side in enumerate(sides or default_sides(kind)):
                self.store.sides._insert_record(
                    Side(new_id(), body.id, side.name, side.short, side.parity, side.voting,
                         position)
                )
        return body

    def list(self) -> list[Body]:
        return self._find()

    def resolve(self, ref: str) -> Body:
        """A body by id or by its short name (``SG``)."""
        found = self._find("id = ? OR short = ?", [ref, ref])
        if not found:
            raise NotFound(f"Ein Gremium „{ref}“ gibt es nicht.")
        return found[0]

    def parity(self, body_id: str, on: date) -> ParityResult:
        return parity(self.store.sides.list(body_id), self.store.memberships.list(body_id), on)


class Sides(Repository[Side]):
    table = "sides"
    model = Side
    order_by = "position"
    noun = "Seite"

    def list(self, body_id: str) -> list[Side]:
        return self._find("body_id = ?", [body_id])


class Organizations(Repository[Organization]):
    table = "organizations"
    model = Organization
    order_by = "name"
    noun = "Organisation"

    def add(self, name: str, short: str = "", kind: str = "", address: str = "") -> Organization:
        if not name.strip():
            raise RuleViolation("Eine Organisation braucht einen Namen.")
        with self.store.edit():
            return self._insert_record(Organization(new_id(), name.strip(), short, kind, address))

    def list(self) -> list[Organization]:
        return self._find()


class People(Repository[Person]):
    table = "people"
    model = Person
    order_by = "last_name, first_name"
    noun = "Person"

    def add(self, last_name: str, first_name: str = "", *, title: str = "", email: str = "",
            phone: str = "", organization_id: str | None = None) -> Person:
        if not last_name.strip():
            raise RuleViolation("Eine Person braucht einen Nachnamen.")
        with self.store.edit():
            return self._insert_record(Person(new_id(), last_name.strip(), first_name.strip(),
                                              title, email, phone, organization_id))

    def list(self) -> list[Person]:
        return self._find()


class Memberships(Repository[Membership]):
    table = "memberships"
    model = Membership
    noun = "Mitgliedschaft"

    def add(self, body_id: str, person_id: str, side_id: str, role: Role = Role.MEMBER, *,
            voting: bool | None = None, organization_id: str | None = None,
            deputy_person_id: str | None = None, valid_from: date | None = None,
            valid_to: date | None = None) -> Membership:
        """A person's seat in a body; the vote defaults from role and side."""
        side = self.store.sides.get(side_id)
        if side.body_id != body_id:
            raise RuleViolation(f"Die Seite {side.name} gehört nicht zu diesem Gremium.")
        if voting is None:
            voting = side.voting and role in VOTING_ROLES
        if voting and not (side.voting and role in VOTING_ROLES):
            raise RuleViolation(
                f"Als {role.label} auf der Seite {side.name} gibt es kein Stimmrecht."
            )
        if valid_from and valid_to and valid_to < valid_from:
            raise RuleViolation("Die Mitgliedschaft kann nicht enden, bevor sie beginnt.")
        if deputy_person_id == person_id:
            raise RuleViolation("Niemand kann sich selbst vertreten.")
        if organization_id is None:
            organization_id = self.store.people.get(person_id).organization_id
        membership = Membership(new_id(), body_id, person_id, side_id, role, voting,
                                organization_id, deputy_person_id, valid_from, valid_to)
        with self.store.edit():
            return self._insert_record(membership)

    def list(self, body_id: str, on: date | None = None) -> list[Membership]:
        found = self._find("body_id = ?", [body_id])
        return [m for m in found if on is None or m.valid_on(on)]
