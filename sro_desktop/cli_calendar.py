"""``sro-desktop export ics``: a meeting's invitation, or task due dates, as iCalendar
(documents/calendar.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import UserError, warn, written
from .domain.words import say

if TYPE_CHECKING:
    from .domain.model import TaskOwner
    from .store import Store


def add_exports(what: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:
    ics = what.add_parser("ics", help=say(
        "cli", "die Einladung zu einer Sitzung (oder ihre Absage), oder die Fälligkeiten "
               "offener Aufgaben, als Kalenderdatei (.ics)"))
    ics.add_argument("--db", type=Path, required=True)
    ics.add_argument("--meeting", help=say("cli", "die Sitzung: ID, oder Gremium und Nummer "
                                                  "(„SG 3“)"))
    ics.add_argument("--tasks", action="store_true", help=say(
        "cli", "die Fälligkeiten offener Aufgaben (mit --body und/oder --owner)"))
    ics.add_argument("--body", help=say("cli", "die Aufgaben dieses Gremiums (ID oder "
                                               "Kurzname)"))
    ics.add_argument("--owner", help=say(
        "cli", "die Aufgaben dieser Zuständigen: eine Person („Nachname, Vorname“) oder eine "
               "Organisation (Kurzname oder Name)"))
    ics.add_argument("--out", type=Path, required=True,
                     help=say("cli", "die Datei, die geschrieben wird (.ics)"))
    return {"ics": cmd_ics}


def cmd_ics(args: argparse.Namespace) -> int:
    from .documents.calendar import meeting_invitation, tasks_ics, write_ics
    from .store import Store

    if bool(args.meeting) == bool(args.tasks):
        raise UserError(say("cli", "entweder --meeting ID oder --tasks (mit --body und/oder "
                                   "--owner) angeben"))
    if args.tasks and not (args.body or args.owner):
        raise UserError(say("cli", "--tasks braucht --body oder --owner"))
    if args.meeting and (args.body or args.owner):
        raise UserError(say("cli", "--body und --owner gehören zu --tasks, nicht zu "
                                   "--meeting"))
    if args.out.suffix.lower() != ".ics":
        raise UserError(say("cli", "--out muss eine .ics-Datei nennen, nicht {name}").format(
            name=repr(args.out.name[:60])))
    missing: tuple[str, ...] = ()
    with Store.open(args.db, read_only=True) as store:
        if args.meeting:
            result = meeting_invitation(store, store.meetings.resolve(args.meeting).id)
            data, missing = result.data, result.without_address
        else:
            body_id = store.bodies.resolve(args.body).id if args.body else None
            data = tasks_ics(store, body_id, _owner(store, args.owner) if args.owner else None)
    path = write_ics(data, args.out)
    if missing:
        warn(say("cli", "ohne E-Mail-Adresse, nicht eingeladen: {names}").format(
            names=", ".join(missing)))
    print(written(path))
    return 0


def _owner(store: Store, ref: str) -> TaskOwner:
    """An organisation by id, short name or name, else a person (store/privacy.py)."""
    from .domain.model import TaskOwner
    from .store.errors import NotFound
    from .store.privacy import find_person

    wanted = ref.strip().casefold()
    orgs = [o for o in store.organizations.list()
            if wanted in (o.id.casefold(), o.short.strip().casefold(), o.name.strip().casefold())]
    if len(orgs) == 1:
        return TaskOwner(organization_id=orgs[0].id)
    if len(orgs) > 1:
        raise UserError(say("cli", "mehr als eine Organisation heißt {name}; bitte ihre ID "
                                   "angeben").format(name=repr(ref[:60])))
    try:
        return TaskOwner(person_id=find_person(store, ref).id)
    except NotFound as exc:
        if any(f"({p.id})" in str(exc) for p in store.people.list()):
            raise  # several people of that name: the refusal lists them (in any language)
        raise UserError(say("cli", "keine Person und keine Organisation {name} in dieser "
                                   "Datei").format(name=repr(ref[:60]))) from exc
