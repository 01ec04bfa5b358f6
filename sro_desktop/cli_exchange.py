"""``sro-desktop exchange …`` and ``sro-desktop merge``: several laptops, one record
(store/exchange.py). Output in the program's language, as the window shows it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import UserError, file_metavar, missing, what_metavar
from .domain.words import say

if TYPE_CHECKING:
    from .store import Store
    from .store.exchange import Report


def add_commands(commands: argparse._SubParsersAction) -> None:
    exchange = commands.add_parser("exchange", help=say(
        "cli", "Änderungen zwischen Kopien einer Datei auf mehreren Laptops austauschen"))
    what = exchange.add_subparsers(dest="what", metavar=what_metavar(), required=True)
    clone = what.add_parser("clone", help=say(
        "cli", "eine Kopie der Datei für einen anderen Laptop, mit eigener Kennung"))
    clone.add_argument("--db", type=Path, required=True)
    clone.add_argument("--out", type=Path, required=True,
                       help=say("cli", "die Kopie, die geschrieben wird (.sro)"))
    clone.add_argument("--name", required=True,
                       help=say("cli", "der andere Laptop, z. B. „Laptop Beirat“"))
    export = what.add_parser("export", help=say(
        "cli", "die Änderungen schreiben, die ein anderer Laptop noch nicht kennt"))
    export.add_argument("--db", type=Path, required=True)
    to = export.add_mutually_exclusive_group(required=True)
    to.add_argument("--for", dest="peer", metavar="LAPTOP",
                    help=say("cli", "der andere Laptop (Name oder ID)"))
    to.add_argument("--all", action="store_true",
                    help=say("cli", "alle Einträge, für jede Kopie"))
    export.add_argument("--out", type=Path, required=True,
                        help=say("cli", "das Paket (.sroex)"))
    dry_run = say("cli", "zeigen, was sich ändern würde")
    take = what.add_parser("import", help=say("cli", "ein Paket einer anderen Kopie "
                                                     "übernehmen"))
    take.add_argument("--db", type=Path, required=True)
    take.add_argument("--from", dest="source", type=Path, required=True,
                      metavar=file_metavar())
    take.add_argument("--dry-run", action="store_true", help=dry_run)
    status = what.add_parser("status", help=say(
        "cli", "Name und ID dieser Kopie, die anderen Laptops, die offenen Konflikte"))
    status.add_argument("--db", type=Path, required=True)
    name = what.add_parser("name", help=say("cli", "diese Kopie (den Laptop) benennen"))
    name.add_argument("--db", type=Path, required=True)
    name.add_argument("name")
    decide = what.add_parser("decide", help=say("cli", "einen offenen Konflikt entscheiden"))
    decide.add_argument("--db", type=Path, required=True)
    decide.add_argument("--conflict", required=True,
                        help=say("cli", "seine ID (oder ihr Anfang)"))
    decide.add_argument("--keep", choices=("mine", "theirs"), required=True, help=say(
        "cli", "mine: die Fassung dieses Laptops, theirs: die des anderen"))
    merge = commands.add_parser("merge", help=say(
        "cli", "eine ganze zweite Kopie der Datei übernehmen"))
    merge.add_argument("--db", type=Path, required=True)
    merge.add_argument("--from", dest="source", type=Path, required=True,
                       metavar=file_metavar())
    merge.add_argument("--dry-run", action="store_true", help=dry_run)


def cmd_exchange(args: argparse.Namespace) -> int:
    from .store import Store

    with Store.open(args.db) as store:
        return {"clone": _clone, "export": _export, "import": _import, "status": _status,
                "name": _name, "decide": _decide}[args.what](store, args)


def cmd_merge(args: argparse.Namespace) -> int:
    from .store import Store
    from .store.exchange import merge_file

    if not args.source.is_file():
        raise UserError(missing(args.source))
    with Store.open(args.db) as store:
        report = merge_file(store, args.source, dry_run=args.dry_run)
        return _print_report(store, report)


def _clone(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange import clone

    print(say("cli", "Kopie geschrieben: {path} ({name})").format(
        path=clone(store, args.out, args.name), name=args.name))
    return 0


def _export(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange import export

    if args.out.is_dir():
        raise UserError(say("cli", "{path} ist ein Ordner; --out nennt die Paketdatei").format(
            path=args.out))
    manifest, notes = export(store, args.out, None if args.all else args.peer)
    for note in notes:
        print(note)
    total = sum(manifest["counts"].values())
    print(say("cli", "Paket geschrieben: {path} ({records} Eintrag/Einträge, {files} "
                     "Anlage(n))").format(path=args.out, records=total,
                                          files=manifest["blobs"]))
    return 0


def _import(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange import take_in

    if not args.source.is_file():
        raise UserError(missing(args.source))
    return _print_report(store, take_in(store, args.source, dry_run=args.dry_run))


def _print_report(store: Store, report: Report) -> int:
    from .store.exchange_conflicts import get

    heading = (say("cli", "Probelauf, nichts geändert. Von „{sender}“:") if report.dry_run
               else say("cli", "Von „{sender}“:"))
    print(heading.format(sender=report.sender))
    for line in report.lines():
        print(f"  {line}")
    if not report.dry_run:
        for conflict_id in report.conflicts:
            conflict = get(store, conflict_id)
            print("  " + say("cli", "Konflikt {id}: {title} ({reason})").format(
                id=conflict.id[:8], title=conflict.title, reason=conflict.reason_label))
            for f in conflict.fields:
                print("    " + say("cli", "{field}: meine „{mine}“ | ihre „{theirs}“").format(
                    field=f.label, mine=f.mine, theirs=f.theirs))
    return 0


def _status(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange import peers
    from .store.exchange_conflicts import open_conflicts
    from .store.replica import this_replica

    me = this_replica(store.db)
    print(say("cli", "Diese Kopie: {name} ({id}), {count} Änderung(en)").format(
        name=me.label, id=me.id, count=me.counter))
    for peer in peers(store.db):
        print(say("cli", "Anderer Laptop: {name} ({id}), zuletzt übernommen {imported}, "
                         "zuletzt weitergegeben {exported}").format(
            name=peer.label, id=peer.replica_id, imported=peer.last_import_at or "-",
            exported=peer.last_export_at or "-"))
    for conflict in open_conflicts(store):
        print(say("cli", "Offener Konflikt {id}: {title} ({reason}, von {name})").format(
            id=conflict.id[:8], title=conflict.title, reason=conflict.reason_label,
            name=conflict.their_name))
    return 0


def _name(store: Store, args: argparse.Namespace) -> int:
    from .store.replica import set_name

    if not args.name.strip():
        raise UserError(say("cli", "der Name ist leer"))
    with store.edit() as db:
        set_name(db, args.name)
    print(say("cli", "Diese Kopie heißt jetzt „{name}“").format(name=args.name.strip()))
    return 0


def _decide(store: Store, args: argparse.Namespace) -> int:
    from .store.exchange_conflicts import decide, open_conflicts

    found = [c for c in open_conflicts(store) if c.id.startswith(args.conflict)]
    if len(found) != 1:
        raise UserError(say("cli", "kein eindeutiger offener Konflikt {id}").format(
            id=args.conflict))
    decide(store, found[0].id, args.keep)
    kept = (say("cli", "Entschieden: {title}, die Fassung dieses Laptops bleibt")
            if args.keep == "mine" else
            say("cli", "Entschieden: {title}, die Fassung des anderen Laptops gilt"))
    print(kept.format(title=found[0].title))
    return 0
