"""A steering group built through the public store API, for the store tests.

``steering`` is the Steuerungsgruppe "SG" of the fresh ``store``: six voting
members on Verwaltung and six on Freie Träger, each with a deputy, and one
advisory member without vote on Wissenschaft. ``meeting``, ``attend_all``,
``walk`` and ``approve`` on it shorten the life of a meeting in a test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from sro_desktop.domain.enums import AgendaKind, AttendanceStatus, BodyKind, MeetingState, Role
from sro_desktop.domain.model import (
    AgendaItem,
    Body,
    Meeting,
    Membership,
    Organization,
    Person,
    Side,
)
from sro_desktop.store import Store

S = MeetingState

# The life of a meeting up to the minutes being circulated.
TO_SENT = (S.INVITED, S.HELD, S.DRAFT, S.SENT)

ADMIN = [  # (last name, first name, deputy last name)
    ("Becker", "Anke", "Vogel"),
    ("Schulz", "Jens", "Brandt"),
    ("Hoffmann", "Petra", "Lorenz"),
    ("Krüger", "Uwe", "Berger"),
    ("Wolf", "Sabine", "Franke"),
    ("Neumann", "Olaf", "Albrecht"),
]
PROVIDERS = [  # (organisation, last name, first name, deputy last name)
    ("AWO Rostock", "Fischer", "Kerstin", "Simon"),
    ("Caritas Mecklenburg", "Weber", "Thomas", "Ludwig"),
    ("Diakonie Rostock", "Meyer", "Ines", "Böhm"),
    ("DRK Kreisverband", "Wagner", "Frank", "Winter"),
    ("Der Paritätische MV", "Schäfer", "Birgit", "Kraus"),
    ("Jugendwerk Rostock", "Koch", "Martin", "Haas"),
]


@dataclass
class SteeringGroup:
    store: Store
    body: Body
    sides: dict[str, Side]  # by short: V, T, W, P
    admin: list[Membership]  # Verwaltung, voting; admin[0] chairs
    providers: list[Membership]  # Freie Träger, voting; providers[0] is vice chair
    advisor: Membership  # Wissenschaft, advisory, no vote
    city: Organization
    provider_orgs: list[Organization]
    university: Organization
    person: dict[str, Person] = field(default_factory=dict)  # membership id -> member
    deputy: dict[str, Person] = field(default_factory=dict)  # membership id -> deputy

    @property
    def voting(self) -> list[Membership]:
        return self.admin + self.providers

    def meeting(self, day: date, *items: str | tuple[str, AgendaKind],
                **kw) -> tuple[Meeting, list[AgendaItem]]:
        """A planned meeting of the group with agenda items (title or (title, kind))."""
        meeting = self.store.meetings.add(self.body.id, day, start_time="14:00",
                                          end_time="16:00", place="Rathaus Rostock", **kw)
        added = []
        for item in items:
            title, kind = (item, AgendaKind.DECISION) if isinstance(item, str) else item
            added.append(self.store.agenda.add(meeting.id, title, kind, duration_minutes=20))
        return meeting, added

    def attend_all(self, meeting_id: str,
                   status: AttendanceStatus = AttendanceStatus.PRESENT) -> None:
        for m in [*self.voting, self.advisor]:
            self.store.attendance.set(meeting_id, m.id, status)

    def walk(self, meeting_id: str, *states: MeetingState) -> Meeting:
        meeting = self.store.meetings.get(meeting_id)
        for state in states:
            meeting = self.store.meetings.set_state(meeting_id, state)
        return meeting

    def approve(self, meeting_id: str, approving_id: str) -> Meeting:
        """Minutes approved at ``approving_id``, which is brought to "held" if needed."""
        if self.store.meetings.get(approving_id).state is S.PLANNED:
            self.walk(approving_id, S.INVITED, S.HELD)
        return self.store.meetings.set_state(meeting_id, S.APPROVED,
                                             approving_meeting_id=approving_id)


def build_steering_group(store: Store) -> SteeringGroup:
    body = store.bodies.add("Steuerungsgruppe", "SG", BodyKind.STEERING)
    sides = {s.short: s for s in store.sides.list(body.id)}
    city = store.organizations.add("Jugendamt Rostock", "JA", "Verwaltung")
    university = store.organizations.add("Hochschule Neubrandenburg", "HSNB", "Wissenschaft")
    person: dict[str, Person] = {}
    deputy: dict[str, Person] = {}

    def seat(side: str, last: str, first: str, deputy_last: str, org: Organization,
             role: Role) -> Membership:
        member = store.people.add(last, first, organization_id=org.id,
                                  email=f"{first.lower()}.{last.lower()}@example.org")
        stand_in = store.people.add(deputy_last, "", organization_id=org.id)
        membership = store.memberships.add(body.id, member.id, sides[side].id, role,
                                           deputy_person_id=stand_in.id)
        person[membership.id], deputy[membership.id] = member, stand_in
        return membership

    admin = [seat("V", last, first, dep, city, Role.CHAIR if i == 0 else Role.MEMBER)
             for i, (last, first, dep) in enumerate(ADMIN)]
    provider_orgs, providers = [], []
    for i, (org_name, last, first, dep) in enumerate(PROVIDERS):
        org = store.organizations.add(org_name, kind="Freier Träger")
        provider_orgs.append(org)
        providers.append(seat("T", last, first, dep, org,
                              Role.VICE_CHAIR if i == 0 else Role.MEMBER))
    scientist = store.people.add("Lange", "Heike", title="Prof. Dr.",
                                 organization_id=university.id)
    advisor = store.memberships.add(body.id, scientist.id, sides["W"].id, Role.ADVISORY)
    person[advisor.id] = scientist
    return SteeringGroup(store, body, sides, admin, providers, advisor, city, provider_orgs,
                         university, person, deputy)


@pytest.fixture
def steering(store) -> SteeringGroup:
    return build_steering_group(store)
