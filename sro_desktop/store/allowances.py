"""The attendance allowance rates of each body (Sitzungsgeld), and the allowances of a
year computed from the recorded attendance (domain/allowances.py has the rules)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from ..domain.allowances import (
    Allowance,
    AllowanceRate,
    Statement,
    check_rate,
    meeting_allowances,
    statements,
)
from ..domain.enums import OrganizationKind
from ..domain.errors import RuleViolation
from ..domain.model import Membership
from ..domain.words import QT_TRANSLATE_NOOP, say
from .bodies import normal_kind
from .repository import Repository, new_id


class AllowanceRates(Repository[AllowanceRate]):
    table = "allowance_rates"
    model = AllowanceRate
    order_by = "valid_from IS NOT NULL, valid_from, rowid"
    noun = QT_TRANSLATE_NOOP("store.repository", "Sitzungsgeldsatz")

    def list(self, body_id: str) -> builtins.list[AllowanceRate]:
        return self._find('body_id = ?', [body_id])

    def add(self, body_id: str, side_id: str, amount_cents: int, travel_cents: int = 0, *,
            valid_from: date | None = None, valid_to: date | None = None,
            office_staff: bool = False) -> AllowanceRate:
        rate = AllowanceRate(new_id(), body_id, side_id, amount_cents, travel_cents,
                             valid_from, valid_to, office_staff)
        with self.store.edit():
            self.store.bodies.get(body_id)
            self._check_side(rate)
            check_rate(rate, self.list(body_id))
            return self._insert_record(rate)

    def _check_side(self, rate: AllowanceRate) -> None:
        if rate.side_id not in {s.id for s in self.store.sides.list(rate.body_id)}:
            raise RuleViolation(say("store.allowances", "Die Seite gehört nicht zu diesem "
                                                        "Gremium."))

    def _check_update(self, current: AllowanceRate, changes: dict[str, Any]) -> None:
        if "body_id" in changes and changes["body_id"] != current.body_id:
            raise RuleViolation(say("store.allowances", "Ein Sitzungsgeldsatz bleibt bei seinem "
                                                        "Gremium."))
        changed = replace(current, **changes)
        self._check_side(changed)
        check_rate(changed, self.list(current.body_id))

    # the allowances -----------------------------------------------------------------------
    def allowances(self, body_id: str, year: int) -> builtins.list[Allowance]:
        """Every allowance of the body's meetings in ``year``, by day."""
        rates = self.list(body_id)
        if not rates:
            return []
        seats = {m.id: m for m in self.store.memberships.list(body_id)}
        staff = self.office_staff(seats.values())
        found: builtins.list[Allowance] = []
        for meeting in self.store.meetings.list(body_id):
            if meeting.date.year == year:
                found += meeting_allowances(meeting, self.store.attendance.list(meeting.id),
                                            seats, rates, staff)
        return found

    def office_staff(self, seats: Iterable[Membership]) -> set[str]:
        """The people who work for the office: their seat's organisation (else their
        own) is of the kind "Amt/Verwaltung"."""
        office = {o.id for o in self.store.organizations.list()
                  if normal_kind(o.kind) == OrganizationKind.OFFICE.value}
        seat_org = {m.person_id: m.organization_id for m in seats if m.organization_id}
        return {p.id for p in self.store.people.list()
                if seat_org.get(p.id, p.organization_id) in office}

    def statements(self, body_id: str, year: int) -> builtins.list[Statement]:
        """The allowances of ``year`` per person."""
        seats = {m.id: m for m in self.store.memberships.list(body_id)}
        return statements(self.allowances(body_id, year), seats)
