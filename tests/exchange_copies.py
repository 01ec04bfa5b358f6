"""Several copies of one small file for the exchange tests: a steering group with two
voting sides of two members each, copied for other laptops with ``exchange.clone``;
what each copy holds (every row of every user table) and sending packages between
them until nothing is new."""

from __future__ import annotations

import random
import shutil
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

from sro_desktop.domain.enums import AgendaKind, BodyKind, Role
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.store import Store, exchange, exchange_conflicts
from sro_desktop.store.errors import StoreError
from sro_desktop.store.replica import this_replica
from sro_desktop.store.schema import USER_TABLES

NAMES = ("Laptop Geschäftsstelle", "Laptop Beirat", "Laptop Vertretung")


def build_small_file(path: Path) -> Path:
    """A steering group "SG" whose voting sides (V, T) have two members each, two
    meetings with two TOPs each, a task."""
    with Store.open(path, create=True, user="Testschreiberin") as store:
        body = store.bodies.add("Steuerungsgruppe", "SG", BodyKind.STEERING)
        sides = {s.short: s for s in store.sides.list(body.id)}
        org = store.organizations.add("Jugendamt Rostock", "JA", "Verwaltung")
        for n, (side, last) in enumerate([("V", "Becker"), ("V", "Schulz"),
                                          ("T", "Fischer"), ("T", "Weber")]):
            person = store.people.add(last, "Anke", organization_id=org.id)
            store.memberships.add(body.id, person.id, sides[side].id,
                                  Role.CHAIR if n == 0 else Role.MEMBER)
        for day in (date(2026, 3, 2), date(2026, 4, 6)):
            meeting = store.meetings.add(body.id, day, place="Rathaus")
            for title in ("Haushalt", "Kita-Bedarf"):
                store.agenda.add(meeting.id, title, AgendaKind.DECISION)
        store.tasks.add(body.id, "Bericht schreiben")
        _name(store, NAMES[0])
    return path


def _name(store: Store, name: str) -> None:
    from sro_desktop.store.replica import set_name

    with store.edit() as db:
        set_name(db, name)


def open_copies(template: Path, folder: Path, n: int) -> list[Store]:
    """``n`` copies of ``template`` in ``folder``: the first a plain copy, the others
    made from it with ``exchange.clone``; all open."""
    folder.mkdir(parents=True, exist_ok=True)
    first = folder / "a.sro"
    shutil.copyfile(template, first)
    stores = [Store.open(first, user="Schreiberin A")]
    for i in range(1, n):
        path = exchange.clone(stores[0], folder / f"{'abc'[i]}.sro", NAMES[i])
        stores.append(Store.open(path, user=f"Schreiberin {'ABC'[i]}"))
    return stores


def rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every user table, all columns, in the order of their ids."""
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in USER_TABLES}


def live_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every live row of every user table, all columns, in the order of their ids."""
    return {t: store.db.execute(f"SELECT * FROM {t} WHERE deleted_at IS NULL "
                                f"ORDER BY id").fetchall() for t in USER_TABLES}


STAMPS = {"updated_at", "updated_by"}


def approved_rows(store: Store) -> set[str]:
    """The ids of approved meetings and of the rows of their minutes. Minutes approved
    on two copies independently keep each copy's stamps of the approval: the file
    refuses any change of approved minutes, their stamps too (a known limit)."""
    from sro_desktop.store.check import MINUTES_CONTENT

    ids = {r[0] for r in store.db.execute("SELECT id FROM meetings WHERE state = 'approved'")}
    for table, meeting in MINUTES_CONTENT.items():
        ids |= {r[0] for r in store.db.execute(
            f"SELECT t.id FROM {table} t JOIN meetings m ON m.id = {meeting} "
            f"WHERE m.state = 'approved'")}
    return ids


def differences(a: Store, b: Store) -> list[str]:
    """Where two copies differ, row by row (empty: equal). A deletion is compared by
    being deleted: a record deleted on one copy and never stored on the other (a new
    record refused by approved minutes there) is the same on both."""
    out = []
    mine, theirs = live_rows(a), live_rows(b)
    locked = approved_rows(a), approved_rows(b)
    for table in USER_TABLES:
        if mine[table] == theirs[table]:
            continue
        cols = [r[1] for r in a.db.execute(f"PRAGMA table_info({table})")]
        left = {r[0]: r for r in mine[table]}
        right = {r[0]: r for r in theirs[table]}
        for rid in sorted(set(left) | set(right)):
            lr, rr = left.get(rid), right.get(rid)
            if lr == rr:
                continue
            if lr is None or rr is None:
                out.append(f"{table} {rid[:8]}: only on {'b' if lr is None else 'a'}")
                continue
            diff = {c: (x, y) for c, x, y in zip(cols, lr, rr, strict=True) if x != y}
            if set(diff) <= STAMPS and rid in locked[0] and rid in locked[1]:
                continue  # approved on both copies, each with its own stamps (see below)
            out.append(f"{table} {rid[:8]}: {diff}")
    return out


_packages = count()


def send(source: Store, target: Store, folder: Path, *, everything: bool = False) -> Path:
    """A package from ``source`` for ``target``: what it has not seen yet when ``source``
    knows it as a peer, else everything."""
    peer = None if everything else this_replica(target.db).id
    out = folder / f"p{next(_packages)}{exchange.SUFFIX}"
    try:
        exchange.export(source, out, peer)
    except StoreError:
        if peer is None:
            raise
        exchange.export(source, out, None)
    return out


def decide(store: Store, conflict_id: str, mine: bool) -> str:
    """Keep mine or take theirs; theirs refused (it would change approved minutes, the
    file refuses that) leaves mine, as the user then would. Gives what was decided."""
    if not mine:
        try:
            exchange_conflicts.decide(store, conflict_id, exchange_conflicts.THEIRS)
            return exchange_conflicts.THEIRS
        except RuleViolation:  # refused (approved minutes, a number taken here)
            pass
    exchange_conflicts.decide(store, conflict_id, exchange_conflicts.MINE)
    return exchange_conflicts.MINE


def decide_all(store: Store, rng: random.Random) -> int:
    """Decide every open conflict of ``store`` (mine or theirs, as ``rng`` says)."""
    decided = 0
    while conflicts := exchange_conflicts.open_conflicts(store):  # some follow others
        decide(store, conflicts[0].id, rng.random() < 0.5)
        decided += 1
    return decided


def exchange_all(stores: list[Store], folder: Path) -> list[str]:
    """Every copy sends to every other once; what changed anywhere."""
    changed = []
    for a in stores:
        for b in stores:
            if a is not b:
                report = exchange.take_in(b, send(a, b, folder))
                if not report.nothing:
                    changed.append(f"{stores.index(a)} -> {stores.index(b)}: "
                                   f"{'; '.join(report.lines())}")
    return changed


def converge(stores: list[Store], folder: Path, rng: random.Random, rounds: int = 12) -> None:
    """Exchange all ways until quiet; open conflicts are decided on one copy at a time
    (the first that has any), as a user would, and the decision travels."""
    changed: list[str] = []
    for _ in range(rounds):
        changed = exchange_all(stores, folder)
        open_on = [s for s in stores if exchange_conflicts.count_open(s)]
        if open_on:
            decide_all(open_on[0], rng)
            continue
        if not changed:
            return
    raise AssertionError(f"no quiet after {rounds} rounds of exchanging all ways: "
                         f"open conflicts {[exchange_conflicts.count_open(s) for s in stores]}; "
                         f"last round: {changed}")
