"""``sro-desktop export ics``: a meeting's invitation, or task due dates, as iCalendar
(documents/calendar.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import UserError

if TYPE_CHECKING:
    from .domain.model import TaskOwner
    from .store import Store


def add_exports(what: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:
    ics = what.add_parser("ics", help="a meeting's invitation (or cancellation), or the due "
                                      "dates of open tasks, as a calendar file (.ics)")
    ics.add_argument("--db", type=Path, required=True)
    ics.add_argument("--meeting", help='the meeting: id, or body and number ("SG 3")')
    ics.add_argument("--tasks", action="store_true",
                     help="the due dates of open tasks (with --body and/or --owner)")
    ics.add_argument("--body", help="the tasks of this body (id or short name)")
    ics.add_argument("--owner", help='the tasks of this owner: a person ("Nachname, '
                                     'Vorname") or an organisation (short name or name)')
    ics.add_argument("--out", type=Path, required=True, help="file to write (.ics)")
    return {"ics": cmd_ics}


def cmd_ics(args: argparse.Namespace) -> int:
    from .documents.calendar import meeting_invitation, tasks_ics, write_ics
    from .store import Store

    if bool(args.meeting) == bool(args.tasks):
        raise UserError("give either --meeting ID or --tasks (with --body and/or --owner)")
    if args.tasks and not (args.body or args.owner):
        raise UserError("--tasks needs --body or --owner")
    if args.meeting and (args.body or args.owner):
        raise UserError("--body and --owner go with --tasks, not with --meeting")
    if args.out.suffix.lower() != ".ics":
        raise UserError(f"--out must name a .ics file, not {args.out.name[:60]!r}")
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
        print(f"warning: without an e-mail address, not invited: {', '.join(missing)}",
              file=sys.stderr)
    print(f"Written: {path}")
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
        raise UserError(f"more than one organisation is called {ref[:60]!r}; give its id")
    try:
        return TaskOwner(person_id=find_person(store, ref).id)
    except NotFound as exc:
        if "nicht eindeutig" in str(exc):
            raise
        raise UserError(f"no person or organisation {ref[:60]!r} in this file") from exc
