"""``sro-desktop exchange …`` and ``sro-desktop merge``: several laptops, one record
(store/exchange.py). Output in English, the program's own words (reports, conflicts)
in German as the window shows them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import UserError

if TYPE_CHECKING:
    from .store import Store
    from .store.exchange import Report


def add_commands(commands: argparse._SubParsersAction) -> None:
    exchange = commands.add_parser("exchange", help="exchange changes between copies of a "
                                                    "file on several laptops")
    what = exchange.add_subparsers(dest="what", metavar="WHAT", required=True)
    clone = what.add_parser("clone", help="a copy of the file for another laptop, with an "
                                          "identity of its own")
    clone.add_argument("--db", type=Path, required=True)
    clone.add_argument("--out", type=Path, required=True, help="the copy to write (.sro)")
    clone.add_argument("--name", required=True, help='the other laptop, e.g. "Laptop Beirat"')
    export = what.add_parser("export", help="write the changes a peer has not seen yet")
    export.add_argument("--db", type=Path, required=True)
    to = export.add_mutually_exclusive_group(required=True)
    to.add_argument("--for", dest="peer", metavar="PEER", help="the peer (name or id)")
    to.add_argument("--all", action="store_true", help="every record, for any copy")
    export.add_argument("--out", type=Path, required=True, help="the package (.sroex)")
    take = what.add_parser("import", help="take in a package of another copy")
    take.add_argument("--db", type=Path, required=True)
    take.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    take.add_argument("--dry-run", action="store_true", help="show what would change")
    status = what.add_parser("status", help="this copy's name and id, its peers, the open "
                                            "conflicts")
    status.add_argument("--db", type=Path, required=True)
    name = what.add_parser("name", help="name this copy (the laptop)")
    name.add_argument("--db", type=Path, required=True)
    name.add_argument("name")
    decide = what.add_parser("decide", help="decide an open conflict")
    decide.add_argument("--db", type=Path, required=True)
    decide.add_argument("--conflict", required=True, help="its id (or the id's start)")
    decide.add_argument("--keep", choices=("mine", "theirs"), required=True)
    merge = commands.add_parser("merge", help="take in a whole second copy of the file")
    merge.add_argument("--db", type=Path, required=True)
    merge.add_argument("--from", dest="source", type=Path, required=True, metavar="OTHER")
    merge.add_argument("--dry-run", action="store_true", help="show what would change")


def cmd_exchange(args: argparse.Namespace) -> int:
    from .store import Store

    with Store.open(args.db) as store:
        return {"clone": _clone, "export": _export, "import": _import, "status": _status,
                "name": _name, "decide": _decide}[args.what](store, args)


def cmd_merge(args: argparse.Namespace) -> int:
    from .store import Store
    from .store.exchange import merge_file

    if not args.source.is_file():
        raise UserError(f"{args.source} does not exist")
    with Store.open(args.db) as store:
        report = merge_file(store, args.source, dry_run=args.dry_run)
        return _print_report(store, report)


def _clone(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange import clone

    print(f"Copy written: {clone(store, args.out, args.name)} ({args.name})")
    return 0


def _export(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange import export

    if args.out.is_dir():
        raise UserError(f"{args.out} is a folder; --out names the package file")
    manifest, notes = export(store, args.out, None if args.all else args.peer)
    for note in notes:
        print(note)
    total = sum(manifest["counts"].values())
    print(f"Package written: {args.out} ({total} record(s), {manifest['blobs']} paper(s))")
    return 0


def _import(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange import take_in

    if not args.source.is_file():
        raise UserError(f"{args.source} does not exist")
    return _print_report(store, take_in(store, args.source, dry_run=args.dry_run))


def _print_report(store: Store, report: Report) -> int:
    from .store.exchange_conflicts import get

    print(("Dry run, nothing changed. " if report.dry_run else "") + f"From „{report.sender}“:")
    for line in report.lines():
        print(f"  {line}")
    if not report.dry_run:
        for conflict_id in report.conflicts:
            conflict = get(store, conflict_id)
            print(f"  Konflikt {conflict.id[:8]}: {conflict.title} ({conflict.reason_label})")
            for f in conflict.fields:
                print(f"    {f.label}: meine „{f.mine}“ | ihre „{f.theirs}“")
    return 0


def _status(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange import peers
    from .store.exchange_conflicts import open_conflicts
    from .store.replica import this_replica

    me = this_replica(store.db)
    print(f"This copy: {me.label} ({me.id}), {me.counter} change(s)")
    for peer in peers(store.db):
        print(f"Peer: {peer.label} ({peer.replica_id}), last import "
              f"{peer.last_import_at or '-'}, last export {peer.last_export_at or '-'}")
    for conflict in open_conflicts(store):
        print(f"Open conflict {conflict.id[:8]}: {conflict.title} ({conflict.reason_label}, "
              f"from {conflict.their_name})")
    return 0


def _name(store: Store, args: argparse.Namespace) -> int:
    from .store.replica import set_name

    if not args.name.strip():
        raise UserError("the name is empty")
    with store.edit() as db:
        set_name(db, args.name)
    print(f"This copy is now called „{args.name.strip()}“")
    return 0


def _decide(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange_conflicts import decide, open_conflicts

    found = [c for c in open_conflicts(store) if c.id.startswith(args.conflict)]
    if len(found) != 1:
        raise UserError(f"no single open conflict {args.conflict}")
    decide(store, found[0].id, args.keep)
    print(f"Decided: {found[0].title}, {args.keep} kept")
    return 0
