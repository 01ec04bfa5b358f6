"""Bodies with their sides, organisations, people and memberships."""

from __future__ import annotations

import builtins
from datetime import date
from typing import Any

from .. import clock
from ..domain.bodies import (
    ParityResult,
    SideTemplate,
    Tenure,
    check_body,
    check_membership,
    check_side,
    check_single_seat,
    default_article,
    default_sides,
    normal_share,
    parity,
    tenure,
    voting_allowed,
)
from ..domain.enums import BodyKind, DecisionRule, OrganizationKind, Role
from ..domain.errors import RuleViolation
from ..domain.model import Body, Membership, Organization, Person, Side, default_genitive
from ..domain.procedure import preset
from ..domain.votes import check_rule
from ..domain.words import QT_TRANSLATE_NOOP, say
from .errors import NotFound
from .repository import Repository, new_id


class Bodies(Repository[Body]):
    table = "bodies"
    model = Body
    order_by = "name"
    noun = QT_TRANSLATE_NOOP("store.repository", "Gremium")

    def add(self, name: str, short: str, kind: BodyKind = BodyKind.STEERING, *,
            article: str | None = None, genitive: str = "",
            sides: tuple[SideTemplate, ...] | None = None,
            advises_body_id: str | None = None,
            decision_rule: DecisionRule | None = None, from_preset: bool = False,
            **rules: Any) -> Body:
        """A new body with its sides (a steering group gets the four default sides).
        ``from_preset``: with the sides, statutory seats and rules of procedure of the
        preset for its kind (see ``domain/procedure.py``); rules given here win."""
        start = preset(kind) if from_preset else None
        if start:
            rules = {**start.rules, **rules}
            sides = sides or start.sides
        decision_rule = decision_rule or rules.pop("decision_rule", DecisionRule.SIMPLE)
        if not name.strip() or not short.strip():
            raise RuleViolation(say("store.bodies", "Ein Gremium braucht einen Namen und ein "
                                                    "Kürzel."),
                                     "short" if name.strip() else "name")
        article = article or default_article(name)
        body = Body(new_id(), name.strip(), short.strip(), kind, article,
                    genitive or default_genitive(article, name.strip()),
                    advises_body_id, decision_rule=decision_rule, **rules)
        check_body(body)
        body.quorum_share = normal_share(body.quorum_share)
        with self.store.edit():
            self._check_short(body.short, body.id, body.name)
            self._insert_record(body)
            made = [Side(new_id(), body.id, side.label, side.short_label, side.parity,
                         side.voting,
                         position, start.statutory[position] if start and
                         position < len(start.statutory) else None)
                    for position, side in enumerate(sides or default_sides(kind))]
            check_rule(body.decision_rule, made)
            for side in made:
                self.store.sides.insert_checked(side)
        return body

    def apply_preset(self, body_id: str, kind: BodyKind) -> Body:
        """The rules of procedure of a preset for this body (one undo step); its sides
        and members stay as they are."""
        return self.update(body_id, **preset(BodyKind(kind)).rules)

    def list(self) -> list[Body]:
        return self._find()

    def _check_short(self, short: str, body_id: str, name: str | None = None) -> None:
        """The short name is the register's prefix: unique; so is the name, which
        sentences and lists show."""
        if self.count("short = ? AND id <> ?", [short, body_id]):
            raise RuleViolation(
                say("store.bodies", "Das Kürzel {short} ist schon vergeben.").format(
                                    short=short), "short")
        same = next((b for b in self.list() if name is not None and b.id != body_id
                     and b.name.casefold() == name.casefold()), None)
        if same is not None:
            raise RuleViolation(say("store.bodies", "Ein Gremium „{name}“ gibt es schon.").format(
                                    name=same.name), "name")

    def _check_update(self, current: Body, changes: dict[str, Any]) -> None:
        merged = Body(**{**current.__dict__, **changes})
        check_body(merged)
        if "decision_rule" in changes:
            check_rule(merged.decision_rule, self.store.sides.list(current.id))
        if {"short", "name"} & set(changes):
            self._check_short(merged.short, current.id, merged.name)

    def update(self, record_id: str, **changes: Any) -> Body:
        """Change a body; names are trimmed, the share reduced ("2/4" → "1/2"), and a
        genitive that was the guessed one follows a new name or article."""
        for key in ("name", "short", "genitive", "signing_place"):
            if isinstance(changes.get(key), str):
                changes[key] = changes[key].strip()
        if isinstance(changes.get("quorum_share"), str):
            changes["quorum_share"] = normal_share(changes["quorum_share"])
        with self.store.edit():
            current = self.get(record_id)
            if ({"name", "article"} & set(changes) and "genitive" not in changes
                    and current.genitive in ("", default_genitive(current.article,
                                                                  current.name))):
                changes["genitive"] = default_genitive(changes.get("article", current.article),
                                                       changes.get("name", current.name))
            return super().update(record_id, **changes)

    def resolve(self, ref: str) -> Body:
        """A body by id or by its short name (``SG``)."""
        found = self._find("id = ? OR short = ?", [ref, ref])
        if not found:
            raise NotFound(say("store.bodies", "Ein Gremium „{ref}“ gibt es nicht.").format(
                               ref=ref))
        return found[0]

    def parity(self, body_id: str, on: date) -> ParityResult:
        return parity(self.store.sides.list(body_id), self.store.memberships.list(body_id), on)


class Sides(Repository[Side]):
    table = "sides"
    model = Side
    order_by = "position"
    noun = QT_TRANSLATE_NOOP("store.repository", "Seite")

    def list(self, body_id: str) -> list[Side]:
        return self._find('body_id = ?', [body_id])

    def add(self, body_id: str, name: str, short: str = "", *, parity: bool = False,
            voting: bool = True) -> Side:
        """A further side of a body, placed after the others."""
        with self.store.edit():
            self.store.bodies.get(body_id)
            side = Side(new_id(), body_id, name.strip(), short.strip(), parity, voting,
                        self.highest("position", 'body_id = ?', [body_id]) + 1)
            self._check(side)
            return self._insert_record(side)

    def insert_checked(self, side: Side) -> Side:
        """Store a side whose body and position the caller chose (inside its edit):
        the default sides of a new body."""
        return self._insert_record(side)

    def _check(self, side: Side) -> None:
        check_side(side)
        if side.statutory_seats is not None and (
                isinstance(side.statutory_seats, bool) or not isinstance(side.statutory_seats, int)
                or side.statutory_seats < 0):
            raise RuleViolation(say("store.bodies", "Die Sollzahl der Sitze ist eine Zahl, 0 "
                                                    "oder mehr."),
                                "statutory_seats")
        others = [s for s in self.list(side.body_id) if s.id != side.id]
        if any(s.name.casefold() == side.name.casefold() for s in others):
            raise RuleViolation(say("store.bodies", "Eine Seite {name} gibt es in diesem "
                                                    "Gremium schon.").format(name=side.name),
                                     "name")
        if side.short and any(s.short.casefold() == side.short.casefold() for s in others):
            raise RuleViolation(
                say("store.bodies", "Das Kürzel {short} hat schon eine andere Seite dieses "
                                    "Gremiums.").format(short=side.short), "short")

    def _check_update(self, current: Side, changes: dict[str, Any]) -> None:
        if {"body_id", "position"} & set(changes):
            raise RuleViolation(say("store.bodies", "Eine Seite bleibt in ihrem Gremium und an "
                                                    "ihrem Platz."))
        merged = Side(**{**current.__dict__, **changes})
        self._check(merged)
        body = self.store.bodies.get(current.body_id)
        if current.parity and not merged.parity:
            others = [s for s in self.list(current.body_id) if s.id != current.id]
            try:
                check_rule(body.decision_rule, [*others, merged])
            except RuleViolation:
                raise RuleViolation(
                    say(
                        "store.bodies",
                        "{upper}{value} beschließt mit doppelter Mehrheit; "
                        "dafür braucht es zwei paritätische Seiten. Bitte "
                        "zuerst die Beschlussregel des Gremiums ändern.",
                    ).format(upper=body.nominative[0].upper(), value=body.nominative[1:]),
                    "parity",
                ) from None
        if current.voting and not merged.voting:
            today = clock.today()
            holding = sum(1 for m in self.store.memberships.list(current.body_id)
                          if m.side_id == current.id and m.voting
                          and tenure(m, today) is not Tenure.ENDED)
            if holding:
                raise RuleViolation(
                    say("store.bodies", "Auf der Seite {name} haben noch {holding} Mitglieder "
                                        "Stimmrecht. Bitte zuerst deren Stimmrecht ändern oder "
                                        "die Mitgliedschaften beenden.").format(
                        name=current.name, holding=holding),
                    "voting")

    def update(self, record_id: str, **changes: Any) -> Side:
        for key in ("name", "short"):
            if isinstance(changes.get(key), str):
                changes[key] = changes[key].strip()
        return super().update(record_id, **changes)


class Organizations(Repository[Organization]):
    table = "organizations"
    model = Organization
    order_by = "name"
    noun = QT_TRANSLATE_NOOP("store.repository", "Organisation")

    # the live records that name an organisation: (table, column, German noun, plural)
    REFERENCES = (
        ("people", "organization_id", QT_TRANSLATE_NOOP("store.bodies", "Person"),
         QT_TRANSLATE_NOOP("store.bodies", "Personen")),
        ("memberships", "organization_id", QT_TRANSLATE_NOOP("store.bodies", "Mitgliedschaft"),
         QT_TRANSLATE_NOOP("store.bodies", "Mitgliedschaften")),
        ("task_owners", "organization_id", QT_TRANSLATE_NOOP("store.bodies", "Aufgabe"),
         QT_TRANSLATE_NOOP("store.bodies", "Aufgaben")),
        ("posts", "organization_id", QT_TRANSLATE_NOOP("store.bodies", "Stelle"),
         QT_TRANSLATE_NOOP("store.bodies", "Stellen")),
        ("learning_participants", "organization_id",
         QT_TRANSLATE_NOOP("store.bodies", "Teilnahme an einer Fortbildung"),
         QT_TRANSLATE_NOOP("store.bodies", "Teilnahmen an Fortbildungen")),
    )

    def add(self, name: str, short: str = "", kind: str = "", address: str = "") -> Organization:
        if not name.strip():
            raise RuleViolation(
                say("store.bodies", "Eine Organisation braucht einen Namen."), "name")
        with self.store.edit():
            return self._insert_record(Organization(new_id(), name.strip(), short.strip(),
                                                    normal_kind(kind), address.strip()))

    def list(self) -> list[Organization]:
        return self._find()

    def _check_update(self, current: Organization, changes: dict[str, Any]) -> None:
        if not str(changes.get("name", current.name)).strip():
            raise RuleViolation(
                say("store.bodies", "Eine Organisation braucht einen Namen."), "name")

    def update(self, record_id: str, **changes: Any) -> Organization:
        changes = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
        if "kind" in changes:
            changes["kind"] = normal_kind(changes["kind"])
        return super().update(record_id, **changes)

    def references(self, organization_id: str) -> dict[str, int]:
        """How many live records name the organisation, by table (only those that do)."""
        found = {}
        for table, column, _one, _many in self.REFERENCES:
            count = next(self.db.query(
                f"SELECT count(*) AS n FROM {table} WHERE deleted_at IS NULL AND {column} = ?",
                [organization_id]))["n"]
            if count:
                found[table] = count
        return found

    def references_text(self, organization_id: str) -> str:
        """"2 Personen, 1 Mitgliedschaft" ("" when nothing names it)."""
        counts = self.references(organization_id)
        return ", ".join(f"{counts[table]} "
                         + say("store.bodies", one if counts[table] == 1 else many)
                         for table, _column, one, many in self.REFERENCES if table in counts)

    def delete(self, record_id: str) -> None:
        """Remove an organisation nothing names any more (a tombstone; undo brings it back)."""
        with self.store.edit():
            organization = self.get(record_id)
            named = self.references_text(record_id)
            if named:
                raise RuleViolation(
                    say("store.bodies", "„{name}“ ist noch eingetragen bei: {named}. Bitte die "
                                        "Organisation mit einer anderen zusammenführen oder die "
                                        "Einträge zuerst ändern.").format(
                        name=organization.name, named=named))
            self._tombstone("id = ?", [record_id])

    def merge(self, keep_id: str, duplicate_id: str) -> Organization:
        """Merge a duplicate into the organisation kept: every person, membership and task
        owner naming the duplicate names the kept one; fields the kept one leaves empty
        (short name, kind, address) come from the duplicate; the duplicate is removed."""
        if keep_id == duplicate_id:
            raise RuleViolation(say("store.bodies", "Bitte zwei verschiedene Organisationen "
                                                    "wählen."))
        with self.store.edit():
            keep, duplicate = self.get(keep_id), self.get(duplicate_id)
            for table, column, _one, _many in self.REFERENCES:
                self.store.update_rows(table, f"{column} = ?", [duplicate.id],
                                       {column: keep.id})
            filled = {field: getattr(duplicate, field) for field in ("short", "kind", "address")
                      if not getattr(keep, field) and getattr(duplicate, field)}
            self._update(keep.id, filled)
            self._tombstone("id = ?", [duplicate.id])
        return self.get(keep_id)


def normal_kind(kind: str) -> str:
    """An organisation's kind as its code ("freier Träger" → "provider"); free text that
    is no known kind stays as it is."""
    kind = (kind or "").strip()
    for member in OrganizationKind:
        if kind.casefold() in (member.value, member.label.casefold()):
            return member.value
    return kind


class People(Repository[Person]):
    table = "people"
    model = Person
    order_by = "last_name, first_name"
    noun = QT_TRANSLATE_NOOP("store.repository", "Person")

    def add(self, last_name: str, first_name: str = "", *, title: str = "", email: str = "",
            phone: str = "", organization_id: str | None = None) -> Person:
        if not last_name.strip():
            raise RuleViolation(
                say("store.bodies", "Eine Person braucht einen Nachnamen."), "last_name")
        with self.store.edit():
            return self._insert_record(Person(new_id(), last_name.strip(), first_name.strip(),
                                              title.strip(), email.strip(), phone.strip(),
                                              organization_id))

    # the live records that name a person: (table, column, German noun, plural)
    REFERENCES = (
        ("memberships", "person_id", QT_TRANSLATE_NOOP("store.bodies", "Mitgliedschaft"),
         QT_TRANSLATE_NOOP("store.bodies", "Mitgliedschaften")),
        ("memberships", "deputy_person_id", QT_TRANSLATE_NOOP("store.bodies", "Stellvertretung"),
         QT_TRANSLATE_NOOP("store.bodies", "Stellvertretungen")),
        ("task_owners", "person_id", QT_TRANSLATE_NOOP("store.bodies", "Aufgabe"),
         QT_TRANSLATE_NOOP("store.bodies", "Aufgaben")),
        ("meetings", "chair_person_id", QT_TRANSLATE_NOOP("store.bodies", "Sitzungsleitung"),
         QT_TRANSLATE_NOOP("store.bodies", "Sitzungsleitungen")),
        ("meetings", "minute_taker_person_id",
         QT_TRANSLATE_NOOP("store.bodies", "Protokollführung"),
         QT_TRANSLATE_NOOP("store.bodies", "Protokollführungen")),
        ("attendance", "deputy_person_id",
         QT_TRANSLATE_NOOP("store.bodies", "Vertretung in einer Sitzung"),
         QT_TRANSLATE_NOOP("store.bodies", "Vertretungen in Sitzungen")),
        ("objections", "person_id", QT_TRANSLATE_NOOP("store.bodies", "Einwendung"),
         QT_TRANSLATE_NOOP("store.bodies", "Einwendungen")),
        ("posts", "person_id", QT_TRANSLATE_NOOP("store.bodies", "Stelle"),
         QT_TRANSLATE_NOOP("store.bodies", "Stellen")),
        ("learning_participants", "person_id",
         QT_TRANSLATE_NOOP("store.bodies", "Teilnahme an einer Fortbildung"),
         QT_TRANSLATE_NOOP("store.bodies", "Teilnahmen an Fortbildungen")),
    )

    def list(self) -> list[Person]:
        return self._find()

    def _check_update(self, current: Person, changes: dict[str, Any]) -> None:
        if not str(changes.get("last_name", current.last_name)).strip():
            raise RuleViolation(
                say("store.bodies", "Eine Person braucht einen Nachnamen."), "last_name")

    def references_text(self, person_id: str) -> str:
        """"1 Mitgliedschaft, 2 Aufgaben": the live records naming the person ("": none)."""
        parts = []
        for table, column, one, many in self.REFERENCES:
            count = next(self.db.query(
                f"SELECT count(*) AS n FROM {table} WHERE deleted_at IS NULL AND {column} = ?",
                [person_id]))["n"]
            if count:
                parts.append(f"{count} " + say("store.bodies", one if count == 1 else many))
        return ", ".join(parts)

    def delete(self, record_id: str) -> None:
        """Remove a person nothing names any more (a tombstone; undo brings them back)."""
        with self.store.edit():
            person = self.get(record_id)
            named = self.references_text(record_id)
            if named:
                raise RuleViolation(
                    say(
                        "store.bodies",
                        "{full_name} ist noch eingetragen bei: {named}. Eine "
                        "Person, die in Gremien, Sitzungen, Aufgaben, Stellen "
                        "oder Fortbildungen vorkommt, bleibt in der Datei; "
                        "ausgeschiedene Mitglieder lassen sich anonymisieren.",
                    ).format(full_name=person.full_name, named=named)
                )
            self._tombstone("id = ?", [record_id])

    def update(self, record_id: str, **changes: Any) -> Person:
        changes = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
        return super().update(record_id, **changes)


class Memberships(Repository[Membership]):
    table = "memberships"
    model = Membership
    noun = QT_TRANSLATE_NOOP("store.repository", "Mitgliedschaft")

    def add(self, body_id: str, person_id: str, side_id: str, role: Role = Role.MEMBER, *,
            voting: bool | None = None, organization_id: str | None = None,
            deputy_person_id: str | None = None, valid_from: date | None = None,
            valid_to: date | None = None) -> Membership:
        """A person's seat in a body; the vote defaults from role and side."""
        side = self.store.sides.get(side_id)
        if voting is None:
            voting = voting_allowed(role, side)
        if organization_id is None:
            organization_id = self.store.people.get(person_id).organization_id
        membership = Membership(new_id(), body_id, person_id, side_id, role, voting,
                                organization_id, deputy_person_id, valid_from, valid_to)
        check_membership(membership, side)
        with self.store.edit():
            check_single_seat(membership, self.list(body_id))
            return self._insert_record(membership)

    def list(self, body_id: str, on: date | None = None) -> builtins.list[Membership]:
        found = self._find('body_id = ?', [body_id])
        return [m for m in found if on is None or m.valid_on(on)]

    def of_person(self, person_id: str) -> builtins.list[Membership]:
        """The person's seats in every body, past ones included."""
        return self._find('person_id = ?', [person_id])

    def deputised_by(self, person_id: str) -> builtins.list[Membership]:
        """The seats for which the person is the named deputy."""
        return self._find('deputy_person_id = ?', [person_id])

    def _check_update(self, current: Membership, changes: dict[str, Any]) -> None:
        if "body_id" in changes and changes["body_id"] != current.body_id:
            raise RuleViolation(say("store.bodies", "Eine Mitgliedschaft bleibt in ihrem "
                                                    "Gremium; für ein anderes Gremium bitte "
                                                    "eine neue anlegen."))
        merged = Membership(**{**current.__dict__, **changes})
        check_membership(merged, self.store.sides.get(merged.side_id))
        check_single_seat(merged, self.list(merged.body_id))

    def end(self, membership_id: str, last_day: date) -> Membership:
        """The seat ends after ``last_day``; the membership stays in the file (its history)."""
        return self.update(membership_id, valid_to=last_day)
