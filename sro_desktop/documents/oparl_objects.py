"""OParl 1.1 objects out of the file: the URLs, the times, and the objects of the
organisation side (Body, Organization, Person, Membership). What is public: see
``documents/oparl.py``. Meetings, agenda items, files and papers: ``oparl_meetings.py``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from ..domain.enums import BodyKind, OrganizationKind, Role
from ..domain.model import Body, Membership, Organization, Person, Side
from ..store import Store
from ..store.stamps import Stamps, deleted_ids, row_stamps
from .text import clean_text

SCHEMA = "https://schema.oparl.org/1.1/"
VENDOR = "sroRostock:"  # the prefix of our own fields (OParl 1.1, "Herstellerspezifische
# Erweiterungen": a vendor prefix and a colon; never an "@")
BODY_KEY = "sro"  # the one OParl Body: the city's SRO programme

ORG_TYPES = {  # our kind of organisation -> OParl organizationType
    OrganizationKind.OFFICE: "Verwaltungsbereich", OrganizationKind.MINISTRY: "Verwaltungsbereich",
    OrganizationKind.PROVIDER: "Institution", OrganizationKind.UNIVERSITY: "Institution",
    OrganizationKind.CONSULTANCY: "Institution", OrganizationKind.OTHER: "Sonstiges",
}

Obj = dict[str, Any]


def typed(kind: str) -> str:
    return f"{SCHEMA}{kind}"


class Urls:
    """Every URL of the tree: ``<base>/<kind>/<record id>.json``; lists under
    ``<base>/body/sro/``; the bytes of files under ``<base>/download/``."""

    def __init__(self, base: str):
        self.base = base.rstrip("/")

    def obj(self, kind: str, record_id: str) -> str:
        return f"{self.base}/{kind}/{record_id}.json"

    def system(self) -> str:
        return f"{self.base}/system.json"

    def body_list(self) -> str:
        return f"{self.base}/bodies.json"

    def body(self) -> str:
        return self.obj("body", BODY_KEY)

    def list_page(self, name: str, page: int = 1) -> str:
        suffix = "" if page == 1 else f"-{page}"
        return f"{self.base}/body/{BODY_KEY}/{name}{suffix}.json"

    def download(self, name: str) -> str:
        return f"{self.base}/download/{name}"

    def path(self, url: str) -> str:
        """The file's path in the tree (relative, "/"-separated) for a URL of the tree."""
        if not url.startswith(self.base + "/"):
            raise ValueError(f"{url} is not under {self.base}")
        return url[len(self.base) + 1:]


# --- times --------------------------------------------------------------------------

def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def berlin_offset_utc(moment: datetime) -> timezone:
    """Germany's offset at a UTC moment: CEST (+2) from the last Sunday of March 01:00 UTC
    to the last Sunday of October 01:00 UTC, else CET (+1) (the EU rule since 1996; no
    tz database needed, which Windows lacks)."""
    start = datetime.combine(_last_sunday(moment.year, 3), datetime.min.time(), UTC) \
        + timedelta(hours=1)
    end = datetime.combine(_last_sunday(moment.year, 10), datetime.min.time(), UTC) \
        + timedelta(hours=1)
    summer = start <= moment.astimezone(UTC) < end
    return timezone(timedelta(hours=2 if summer else 1))


def berlin_local(day: date, hhmm: str) -> str | None:
    """A wall-clock time in Rostock with its offset: "2026-05-11T16:00:00+02:00"; None
    without a time (or one that is no "HH:MM")."""
    try:
        hour, minute = (int(p) for p in hhmm.strip().split(":"))
        naive = datetime(day.year, day.month, day.day, hour, minute)
    except ValueError:
        return None
    guess = naive.replace(tzinfo=timezone(timedelta(hours=1)))
    offset = berlin_offset_utc(guess)
    if offset != berlin_offset_utc(naive.replace(tzinfo=offset)):
        offset = timezone(timedelta(hours=1))  # the hour that does not exist or repeats
    return naive.replace(tzinfo=offset).isoformat()


def stamp(text: str) -> str:
    """A stored UTC stamp as Rostock time with offset, to the second."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(berlin_offset_utc(moment)).isoformat(timespec="seconds")


def times(*stamps: Stamps | None) -> Obj:
    """``created`` of the first, ``modified``: the latest change of any (an object changes
    when one embedded in it does)."""
    found = [s for s in stamps if s is not None]
    if not found:
        return {}
    return {"created": stamp(found[0].created_at),
            "modified": stamp(max(s.updated_at for s in found))}


def deleted_marker(kind: str, url: str, stamps: Stamps) -> Obj:
    """A deleted object: id, type, created, modified (the deletion) and ``deleted``."""
    return {"id": url, "type": typed(kind), "created": stamp(stamps.created_at),
            "modified": stamp(stamps.deleted_at or stamps.updated_at), "deleted": True}


# --- what is read from the file, once -----------------------------------------------

@dataclass
class Source:
    bodies: dict[str, Body]
    sides: dict[str, Side]
    organizations: dict[str, Organization]
    people: dict[str, Person]
    memberships: list[Membership]  # published ones (no guests), by body
    stamps: dict[str, dict[str, Stamps]] = field(default_factory=dict)

    @classmethod
    def read(cls, store: Store) -> Source:
        bodies = {b.id: b for b in store.bodies.list()}
        sides = {s.id: s for b in bodies for s in store.sides.list(b)}
        members = [m for b in sorted(bodies) for m in store.memberships.list(b)
                   if m.role is not Role.GUEST]
        return cls(bodies, sides, {o.id: o for o in store.organizations.list()},
                   {p.id: p for p in store.people.list()}, members,
                   {t: row_stamps(store, t) for t in (
                       "bodies", "organizations", "people", "memberships", "meetings",
                       "agenda_items", "decisions", "recommendations", "attachments")})

    def stamps_of(self, table: str, record_id: str) -> Stamps | None:
        return self.stamps[table].get(record_id)


# --- the organisation side ----------------------------------------------------------

def org_kind(text: str) -> tuple[str, str]:
    """(organizationType, classification) of an organisation's stored kind (a code, or free
    text in older files)."""
    try:
        kind = OrganizationKind(OrganizationKind.parse(text))
    except ValueError:
        return "Sonstiges", clean_text(text)
    return ORG_TYPES[kind], kind.label


def body_organization(body: Body, urls: Urls, source: Source, membership_urls: list[str]) -> Obj:
    obj: Obj = {
        "id": urls.obj("organization", body.id), "type": typed("Organization"),
        "body": urls.body(), "name": clean_text(body.name), "shortName": clean_text(body.short),
        "organizationType": "Gremium", "classification": body.kind.label,
        "membership": membership_urls,
    }
    if body.kind is BodyKind.ADVISORY and body.advises_body_id in source.bodies:
        obj[f"{VENDOR}advises"] = urls.obj("organization", body.advises_body_id or "")
    return obj | times(source.stamps_of("bodies", body.id))


def member_organization(org: Organization, urls: Urls, source: Source) -> Obj:
    kind, classification = org_kind(org.kind)
    return {"id": urls.obj("organization", org.id), "type": typed("Organization"),
            "body": urls.body(), "name": clean_text(org.name),
            "shortName": clean_text(org.short), "organizationType": kind,
            "classification": classification} | times(source.stamps_of("organizations", org.id))


def on_behalf_of(member: Membership, source: Source) -> str | None:
    """The organisation a member sits for: the membership's, else the person's."""
    person = source.people.get(member.person_id)
    org_id = member.organization_id or (person.organization_id if person else None)
    return org_id if org_id in source.organizations else None


def membership(member: Membership, urls: Urls, source: Source) -> Obj:
    org_id = on_behalf_of(member, source)
    side = source.sides.get(member.side_id)
    return {
        "id": urls.obj("membership", member.id), "type": typed("Membership"),
        "person": urls.obj("person", member.person_id),
        "organization": urls.obj("organization", member.body_id),
        "role": member.role.label, "votingRight": member.voting,
        "startDate": member.valid_from.isoformat() if member.valid_from else None,
        "endDate": member.valid_to.isoformat() if member.valid_to else None,
        "onBehalfOf": urls.obj("organization", org_id) if org_id else None,
        f"{VENDOR}side": clean_text(side.name) if side else None,
    } | times(source.stamps_of("memberships", member.id))


def person(someone: Person, urls: Urls, source: Source, memberships: list[Obj]) -> Obj:
    """Name and memberships only: no e-mail, phone or address."""
    return {"id": urls.obj("person", someone.id), "type": typed("Person"), "body": urls.body(),
            "name": clean_text(someone.full_name), "familyName": clean_text(someone.last_name),
            "givenName": clean_text(someone.first_name),
            "title": [clean_text(someone.title)] if someone.title.strip() else None,
            "membership": memberships} | times(source.stamps_of("people", someone.id))


def organisation_side(store: Store, urls: Urls, source: Source) -> dict[str, list[Obj]]:
    """The objects of the organisation side by list name: organization, person, membership
    (Memberships embedded in their Person as well)."""
    by_person: dict[str, list[Obj]] = defaultdict(list)
    by_body: dict[str, list[str]] = defaultdict(list)
    member_objs = []
    for member in source.memberships:
        if member.person_id not in source.people:
            continue
        obj = membership(member, urls, source)
        member_objs.append(obj)
        by_person[member.person_id].append(obj)
        by_body[member.body_id].append(obj["id"])
    orgs = [body_organization(b, urls, source, by_body[b.id])
            for b in source.bodies.values()]
    behalf = {on_behalf_of(m, source) for m in source.memberships} - {None}
    orgs += [member_organization(source.organizations[o], urls, source)
             for o in sorted(o for o in behalf if o)]
    people = [person(source.people[p], urls, source, by_person[p]) for p in sorted(by_person)]
    gone_people = deleted_ids(store, "people", "id IN (SELECT person_id FROM memberships "
                                               "WHERE role != 'guest')")
    gone_orgs = deleted_ids(store, "bodies") + deleted_ids(
        store, "organizations", "id IN (SELECT organization_id FROM memberships)")
    people += [deleted_marker("Person", urls.obj("person", p),
                              source.stamps["people"][p]) for p in gone_people]
    orgs += [deleted_marker("Organization", urls.obj("organization", o),
                            source.stamps_of("bodies", o) or source.stamps["organizations"][o])
             for o in gone_orgs]
    return {"organization": orgs, "person": people, "membership": member_objs}


def body_object(urls: Urls, source: Source, name: str, lists: list[str]) -> Obj:
    """The one OParl Body: the SRO programme, whose committees are Organizations."""
    body_stamps = [source.stamps_of("bodies", b) for b in sorted(
        source.bodies, key=lambda b: source.stamps["bodies"][b].created_at)]
    return {"id": urls.body(), "type": typed("Body"), "system": urls.system(),
            "name": name, "shortName": "SRO", "classification": "Jugendhilfe",
            **{n: urls.list_page(n) for n in lists},
            "legislativeTerm": []} | times(*body_stamps)
