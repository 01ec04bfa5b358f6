"""The command line: ``sro-desktop demo|check|list …``. No Qt on this path but QtCore's
translator (sro_desktop.language).

It speaks one language: ``SRO_LANG``, else the one chosen in the window, else German
(every message is ``say("cli", "German text")``; English comes from the catalogue).
Exit codes: 0 done, 1 a user error (one line ``Fehler: …`` on stderr),
2 a usage error. No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import __version__
from .domain.errors import RuleViolation
from .domain.words import say


class UserError(Exception):
    """Something the user can fix; printed as one line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sro-desktop",
        description=say("cli", "SRO Desktop: Sitzungen, Beschlüsse und Aufgaben der "
                               "Steuerungsgruppe SRO. Ohne Befehl öffnet sich das Fenster."))
    parser.add_argument("--version", action="version", version=f"SRO Desktop {__version__}",
                        help=say("cli", "die Versionsnummer zeigen und beenden"))
    parser.add_argument("--db", type=Path, help=say("cli", "diese Datei im Fenster öffnen"))
    commands = parser.add_subparsers(dest="command", metavar=say("cli", "BEFEHL"))

    demo = commands.add_parser("demo", help=say("cli", "die Demo-Datenbank schreiben"))
    demo.add_argument("--db", type=Path, required=True,
                      help=say("cli", "die Datei, die geschrieben wird (.sro)"))
    demo.add_argument("--size", choices=("small", "large"), default="small",
                      help=say("cli", "large fügt zehn Jahre erfundener Daten hinzu"))
    demo.add_argument("--force", action="store_true", help=replace_help())

    check = commands.add_parser("check", help=say("cli", "Unversehrtheit und Sperren einer "
                                                         "Datei prüfen"))
    check.add_argument("--db", type=Path, required=True)

    verify = commands.add_parser("verify", help=say(
        "cli", "das auf einem genehmigten Protokoll gedruckte Siegel gegen die Datei prüfen "
               "(Exit-Code 0: es stimmt, 1: es stimmt nicht)"))
    verify.add_argument("--db", type=Path, required=True)
    verify.add_argument("--meeting", required=True, help=meeting_help())
    verify.add_argument("--seal", required=True,
                        help=say("cli", "das Siegel wie gedruckt: XXXX-XXXX-XXXX-XXXX"))
    lint = commands.add_parser("lint", help=say("cli", "das Protokoll einer Sitzung vor dem "
                                                       "Versand prüfen (Protokoll prüfen)"))
    lint.add_argument("--db", type=Path, required=True)
    lint.add_argument("--meeting", required=True, help=meeting_help())

    lister = commands.add_parser("list", help=say("cli", "Einträge auflisten"))
    what = lister.add_subparsers(dest="what", metavar=what_metavar(), required=True)
    meetings = what.add_parser("meetings", help=say("cli", "Sitzungen auflisten"))
    meetings.add_argument("--db", type=Path, required=True)
    meetings.add_argument("--body", help=say("cli", "nur dieses Gremium (ID oder Kurzname)"))
    meetings.add_argument("--json", action="store_true",
                          help=say("cli", "JSON statt einer Tabelle"))
    _add_export(commands)
    _add_import(commands)
    _add_backup(commands)
    _add_privacy(commands)
    from .cli_exchange import add_commands

    add_commands(commands)
    return parser


# The help texts several commands share.
def meeting_help() -> str:
    return say("cli", "die Sitzung: ihre ID, oder Kurzname des Gremiums und Nummer (SG 7)")


def body_help() -> str:
    return say("cli", "das Gremium: ID oder Kurzname (SG)")


def out_help() -> str:
    return say("cli", "die Datei, die geschrieben wird (ihre Endung bestimmt das Format)")


def template_help() -> str:
    return say("cli", "eine Word-Vorlage statt der mitgelieferten")


def replace_help() -> str:
    return say("cli", "eine vorhandene Datei ersetzen")


def what_metavar() -> str:
    return say("cli", "WAS")


def file_metavar() -> str:
    return say("cli", "DATEI")


def written(path: object) -> str:
    return say("cli", "Geschrieben: {path}").format(path=path)


def missing(path: object) -> str:
    return say("cli", "{path} gibt es nicht").format(path=path)


def warn(message: str) -> None:
    print(say("cli", "Warnung: {message}").format(message=message), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--version" not in argv:  # the version needs no language (nor QtCore's time)
        _speak()
    parser = build_parser()
    args = parser.parse_args(_file_as_db(parser, argv))
    if args.command is None:
        return _window(args)
    try:
        return COMMANDS[args.command](args)
    except (UserError, RuleViolation) as exc:
        return _fail(str(exc))
    except BrokenPipeError:  # output piped into `head`: stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep Python's exit flush quiet
        return 0
    except Exception as exc:  # noqa: BLE001 - the last guard before a user sees a traceback
        from .store import StoreError

        if isinstance(exc, StoreError | OSError | sqlite3.Error):
            return _fail(_describe(exc))
        return _fail(say("cli", "unerwarteter Fehler ({kind}: {message})").format(
            kind=type(exc).__name__, message=exc))
    except KeyboardInterrupt:
        return _fail(say("cli", "abgebrochen"))


def _speak() -> None:
    """Every message from here on in the program's language (SRO_LANG, else the one
    chosen in the window, else German)."""
    try:
        from . import language

        language.use(language.chosen())
    except (ImportError, OSError):  # no Qt libraries, no cache to build the catalogue in:
        pass  # the source language, German


def _file_as_db(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """``sro-desktop FILE`` (how the desktop's "open with" and a double-click on a .sro
    file start the program) means ``sro-desktop --db FILE``: the window on that file.
    Only what looks like a file counts (a path, a .sro name, an existing file): a
    mistyped command stays an error."""
    argv = list(argv)
    commands = {name for action in parser._actions
                if isinstance(action, argparse._SubParsersAction) for name in action.choices}
    if len(argv) != 1 or argv[0].startswith("-") or argv[0] in commands:
        return argv
    given = Path(argv[0])
    if given.suffix.lower() == ".sro" or len(given.parts) > 1 or given.is_file():
        return ["--db", argv[0]]
    return argv


def _fail(message: object) -> int:
    """One line ``Fehler: …`` on stderr; exit code 1."""
    print(say("cli", "Fehler: {message}").format(message=message), file=sys.stderr)
    return 1


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError | sqlite3.Error):
        from .store.os_words import os_error_text

        return os_error_text(exc)
    return str(exc)


def _window(args: argparse.Namespace) -> int:
    try:
        from .ui.app import run
    except ImportError as exc:  # Qt's system libraries missing
        return _fail(say("cli", "das Fenster kann nicht starten: {reason}").format(reason=exc))
    return run(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    from .store.demo import write_demo

    path = write_demo(args.db, size=args.size, force=args.force)
    print(say("cli", "Demo geschrieben: {path}").format(path=path))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .store.soundness import Soundness

    # SQLite's checks of the whole file begin at once and run in C while the store is
    # imported and the file opened; their result counts only for the file opened as is.
    soundness = Soundness(args.db) if args.db.is_file() else None
    from .store import Store
    from .store.check import check

    with Store.open(args.db, read_only=True) as store:  # beside a window that has it open
        older = store.snapshot_of
        findings = check(store, soundness if older is None else None)
    if older is not None:
        print(say("cli", "Hinweis: {path} hat noch das ältere Datenformat {version}; geprüft "
                         "wurde eine im Speicher aktualisierte Kopie. Die Datei wird beim "
                         "nächsten Öffnen zum Bearbeiten aktualisiert.").format(
            path=args.db, version=older))
    for finding in findings:
        print(finding)
    if findings:
        return _fail(say("cli", "{count} Befund(e) in {path}").format(count=len(findings),
                                                                       path=args.db))
    print(say("cli", "{path}: in Ordnung").format(path=args.db))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """The printed seal against the minutes as the file holds them now: 0 it holds, 1 it
    does not, 2 the meeting cannot be verified."""
    from .store import NotFound, Store
    from .store.approvals import approved_meeting_id, verify

    with Store.open(args.db, read_only=True) as store:
        meeting_id: str | None
        try:
            meeting_id = store.meetings.resolve(args.meeting).id
        except NotFound as exc:  # gone or tombstoned: the list of approvals still knows it
            meeting_id = approved_meeting_id(store.db, args.meeting)
            if meeting_id is None:
                _fail(exc)
                return 2
        verdict = verify(store.db, meeting_id, args.seal)
    print(verdict.message, file=sys.stdout if verdict.code == 0 else sys.stderr)
    return verdict.code


def cmd_lint(args: argparse.Namespace) -> int:
    from .domain.calendar import german_date
    from .store import Store

    with Store.open(args.db, read_only=True) as store:
        meeting = store.meetings.resolve(args.meeting)
        title = say("cli", "{meeting} am {date}").format(meeting=store.meetings.title(meeting),
                                                         date=german_date(meeting.date))
        findings = store.meetings.check_minutes(meeting.id)
    for finding in findings:
        print(finding.text)
    if findings:
        return _fail(say("cli", "{count} Befund(e)").format(count=len(findings)))
    print(say("cli", "{title}: in Ordnung").format(title=title))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows = _meetings(args.db, args.body)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    from .domain.calendar import german_date

    for r in rows:
        day = (german_date(date.fromisoformat(str(r["date"]))) if r["date_valid"] else
               _invalid(r["date"]))
        print(f"{day}  {r['body']:<7} {r['number']:>3}  {r['state_label']:<20} {r['id']}")
    return 0


def _meetings(path: Path, body_ref: str | None) -> list[dict[str, object]]:
    """The listed meetings: read plainly when the file is ours and current (the whole
    store costs more to import than the listing), through the Store otherwise."""
    from .domain.names import meeting_heading, of_body
    from .store import plain

    conn = plain.connect(path)
    if conn is not None:
        try:
            found = plain.meetings(conn, body_ref)
        except sqlite3.DatabaseError:  # changed while read: the Store reads it properly
            found = None
        finally:
            conn.close()
        if found is not None:
            return [_listed(r["id"], r["short"], r["name"], r["number"], r["date"],
                            r["state"], meeting_heading(
                                r["number"], of_body(r["article"], r["genitive"], r["name"])),
                            r["place"]) for r in found]
    from .store import Store
    from .store.mapping import unreadable

    with Store.open(path, read_only=True) as store:
        bodies = {b.id: b for b in store.bodies.list()}
        body_id = store.bodies.resolve(body_ref).id if body_ref else None
        return [_listed(m.id, bodies[m.body_id].short, bodies[m.body_id].name, m.number,
                        unreadable(m).get("date", m.date.isoformat()),
                        unreadable(m).get("state", m.state.value), store.meetings.title(m),
                        m.place)
                for m in store.meetings.list(body_id)]


def _listed(meeting_id: str, short: str, name: str, number: int, day: object,
            state: object, title: str, place: str) -> dict[str, object]:
    """One listed meeting; a date or state another tool wrote that is none is listed cut
    short and marked (``check`` names it), never repeated whole."""
    from .domain.enums import MeetingState
    from .store.cut import cut

    known = MeetingState._value2member_map_.get(state)  # type: ignore[arg-type]
    valid = isinstance(day, str) and _iso_date(day)
    return {"id": meeting_id, "body": short, "body_name": name, "number": number,
            "date": day if valid else cut(day, 30), "date_valid": valid,
            "state": known.value if known else cut(state, 30),
            "state_label": known.label if isinstance(known, MeetingState) else
            _invalid(cut(state, 20)),
            "title": title, "place": place}


def _invalid(value: object) -> str:
    return say("cli", "ungültig: {value}").format(value=value)


def _iso_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _day(text: str) -> date:
    """A date as 2026-03-12 or 12.03.2026 (argparse type: a bad one is a usage error)."""
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(say("cli", "ungültiges Datum {text}: bitte JJJJ-MM-TT "
                                                "oder TT.MM.JJJJ").format(text=repr(text)))


def _add_export(commands: argparse._SubParsersAction) -> None:
    exporter = commands.add_parser("export", help=say(
        "cli", "ein Word-, PDF- oder CSV-Dokument schreiben (die Endung von --out "
               "entscheidet)"))
    what = exporter.add_subparsers(dest="what", metavar=what_metavar(), required=True)
    parsers = {
        "minutes": what.add_parser("minutes", help=say(
            "cli", "das Protokoll einer Sitzung (.docx oder .pdf; genehmigte Protokolle als "
                   "PDF/A-2b)")),
        "invitation": what.add_parser("invitation", help=say(
            "cli", "die Einladung zu einer Sitzung (.docx oder .pdf)")),
        "tasks": what.add_parser("tasks", help=say(
            "cli", "die offenen Aufgaben eines Gremiums (.docx, .pdf oder .csv)")),
        "decisions": what.add_parser("decisions", help=say(
            "cli", "die Beschlusssammlung (.docx, .pdf oder .csv)")),
        "report": what.add_parser("report", help=say(
            "cli", "der Sachstandsbericht an den Ausschuss (.docx oder .pdf)")),
        "members": what.add_parser("members", help=say(
            "cli", "die Mitgliederliste eines Gremiums als Verteiler (.docx, .pdf oder .csv)")),
    }
    day = say("cli", "DATUM")
    for name, sub in parsers.items():
        sub.add_argument("--db", type=Path, required=True)
        if name in ("minutes", "invitation"):
            sub.add_argument("--meeting", required=True, help=meeting_help())
        elif name in ("tasks", "decisions", "members"):
            sub.add_argument("--body", required=True, help=body_help())
        else:
            sub.add_argument("--body", help=say("cli", "das Gremium, über das berichtet wird "
                                                       "(sonst die Steuerungsgruppe)"))
        if name in ("decisions", "report"):
            sub.add_argument("--from", dest="date_from", type=_day, metavar=day,
                             help=say("cli", "erster Tag (JJJJ-MM-TT oder TT.MM.JJJJ)"))
            sub.add_argument("--to", dest="date_to", type=_day, metavar=day,
                             help=say("cli", "letzter Tag (JJJJ-MM-TT oder TT.MM.JJJJ)"))
        sub.add_argument("--out", type=Path, required=True, help=out_help())
        if name != "members":
            sub.add_argument("--template", type=Path, help=template_help())
    parsers["minutes"].add_argument("--public", action="store_true",
                                    help=say("cli", "nichtöffentliche TOPs weglassen"))
    parsers["minutes"].add_argument("--results-only", action="store_true",
                                    help=say("cli", "nur die Ergebnisse (Ergebnisprotokoll)"))
    for module in _export_modules():
        OWN_EXPORTS.update(module.add_exports(what))


# Export kinds written by a module of their own: name -> handler(args) -> exit code. Each
# module has ``add_exports(what) -> {name: handler}``; it imports its writers lazily.
OWN_EXPORTS: dict[str, Callable[[argparse.Namespace], int]] = {}


def _export_modules() -> list[Any]:
    from . import (
        cli_allowances,
        cli_budget,
        cli_calendar,
        cli_learning,
        cli_mail,
        cli_oparl,
        cli_pdf,
    )

    return [cli_pdf, cli_mail, cli_calendar, cli_oparl, cli_allowances, cli_learning,
            cli_budget]


def cmd_export(args: argparse.Namespace) -> int:
    from .documents.files import ExportError
    from .store import Store

    if args.what in OWN_EXPORTS:
        try:
            return OWN_EXPORTS[args.what](args)
        except ExportError as exc:
            raise UserError(str(exc)) from exc

    from .documents.files import WORD_OR_PDF, WORD_PDF_OR_CSV, output_suffix

    try:  # refused before the file is opened
        suffix = output_suffix(args.out, WORD_PDF_OR_CSV if args.what in (
            "tasks", "decisions", "members") else WORD_OR_PDF)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    if getattr(args, "template", None) and suffix == ".csv":
        raise UserError(say("cli", "--template gilt nur für Word-Dateien (.docx, .pdf)"))
    warning = ""
    try:
        with Store.open(args.db, read_only=True) as store:
            if args.what in ("minutes", "invitation"):
                meeting_id = store.meetings.resolve(args.meeting).id
            if args.what == "minutes":
                from .documents.minutes import export_minutes

                path = export_minutes(store, meeting_id, args.out, template=args.template,
                                      public=args.public, results_only=args.results_only)
            elif args.what == "invitation":
                from .documents.invitation import export_invitation

                result = export_invitation(store, meeting_id, args.out, template=args.template)
                path, warning = result.path, result.warning
            elif args.what == "tasks":
                from .documents.task_list import export_task_list

                path = export_task_list(store, store.bodies.resolve(args.body).id, args.out,
                                        template=args.template)
            elif args.what == "members":
                from .documents.member_list import export_member_list

                path = export_member_list(store, store.bodies.resolve(args.body).id, args.out)
            elif args.what == "decisions":
                from .documents.register import export_register

                path = export_register(store, store.bodies.resolve(args.body).id, args.out,
                                       date_from=args.date_from, date_to=args.date_to,
                                       template=args.template)
            else:
                from .documents.report import export_report

                body_id = store.bodies.resolve(args.body).id if args.body else None
                path = export_report(store, args.out, body_id=body_id,
                                     date_from=args.date_from, date_to=args.date_to,
                                     template=args.template)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    if warning:
        warn(warning)
    print(written(path))
    return 0


def _add_import(commands: argparse._SubParsersAction) -> None:
    importer = commands.add_parser("import", help=say("cli", "Einträge aus einer Liste "
                                                             "einlesen"))
    what = importer.add_subparsers(dest="what", metavar=what_metavar(), required=True)
    members = what.add_parser("members", help=say(
        "cli", "die Mitglieder eines Gremiums aus einer .csv- oder .xlsx-Liste (deutsche "
               "Spaltenüberschriften)"))
    members.add_argument("--db", type=Path, required=True)
    members.add_argument("--body", required=True, help=body_help())
    members.add_argument("--from", dest="source", type=Path, required=True,
                         metavar=file_metavar(), help=say("cli", "die Liste (.csv oder .xlsx)"))
    members.add_argument("--dry-run", action="store_true", help=say(
        "cli", "nur sagen, was eingelesen würde; nichts schreiben"))


def cmd_import(args: argparse.Namespace) -> int:
    from .store import Store
    from .store.member_import import RowStatus, apply_plan, plan_file

    with Store.open(args.db, read_only=args.dry_run) as store:
        body = store.bodies.resolve(args.body)
        plan = plan_file(store, body.id, args.source)
        for row in plan.errors:
            print(say("cli", "Zeile {line}: {reason} – übersprungen").format(
                line=row.line, reason=row.reason), file=sys.stderr)
        for row in plan.of(RowStatus.NEW):
            added = (say("cli", "würde hinzugefügt: {name} (Zeile {line})") if args.dry_run
                     else say("cli", "hinzugefügt: {name} (Zeile {line})"))
            print(added.format(name=row.name, line=row.line))
        if not args.dry_run:
            result = apply_plan(store, plan)
            print(say("cli", "Eingelesen in {body}: {members} Mitglied(er), {people} neue "
                             "Person(en), {organizations} neue Organisation(en)").format(
                body=body.short, members=result.members, people=result.people,
                organizations=result.organizations))
    print(plan.summary())
    if plan.errors:
        return _fail(say("cli", "{count} Zeile(n) übersprungen").format(
            count=len(plan.errors)))
    return 0


def _add_backup(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help=say(
        "cli", "eine Sicherung einer Datei schreiben (Online-Sicherung von SQLite; geht auch, "
               "während die Datei offen ist)"))
    backup.add_argument("--db", type=Path, required=True)
    backup.add_argument("--out", type=Path, required=True,
                        help=say("cli", "die Sicherungsdatei, die geschrieben wird (.sro)"))
    backup.add_argument("--force", action="store_true", help=replace_help())
    restore = commands.add_parser("restore", help=say(
        "cli", "eine Datei durch eine Sicherung ersetzen; ihr jetziger Stand wird vorher "
               "gesichert"))
    restore.add_argument("--db", type=Path, required=True,
                         help=say("cli", "die Datei, die ersetzt wird"))
    restore.add_argument("--from", dest="source", type=Path, required=True,
                         metavar=file_metavar(),
                         help=say("cli", "die Sicherung, die wiederhergestellt wird"))
    restore.add_argument("--yes", action="store_true", help=yes_help())


def cmd_backup(args: argparse.Namespace) -> int:
    from .store.backup import back_up_to

    if args.out.is_dir():
        raise UserError(say("cli", "{path} ist ein Ordner; --out nennt die Sicherungsdatei")
                        .format(path=args.out))
    if args.out.exists() and not args.force:
        raise UserError(say("cli", "{path} gibt es schon; --force ersetzt die Datei")
                        .format(path=args.out))
    print(say("cli", "Sicherung geschrieben: {path}").format(
        path=back_up_to(args.db, args.out)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .store.backup import check_restore, restore

    check_restore(args.db, args.source)  # refuse before asking: foreign, newer, damaged
    if not args.yes:
        _confirm(say("cli", "{path} aus {source} wiederherstellen? Der jetzige Stand wird "
                            "vorher gesichert.").format(path=args.db, source=args.source))
    previous = restore(args.db, args.source)
    print(say("cli", "Wiederhergestellt: {path} aus {source}").format(path=args.db,
                                                                     source=args.source))
    if previous is not None:
        print(say("cli", "Vorheriger Stand gesichert: {path}").format(path=previous.path))
    return 0


def _add_privacy(commands: argparse._SubParsersAction) -> None:
    privacy = commands.add_parser("privacy", help=say(
        "cli", "personenbezogene Daten (DSGVO): was die Datei über eine Person enthält, "
               "Anonymisierung"))
    what = privacy.add_subparsers(dest="what", metavar=what_metavar(), required=True)
    export = what.add_parser("export", help=say(
        "cli", "alles über eine Person Gespeicherte (Auskunft) als JSON-Datei"))
    export.add_argument("--db", type=Path, required=True)
    export.add_argument("--person", required=True, help=person_help())
    export.add_argument("--out", type=Path, required=True,
                        help=say("cli", "die Datei, die geschrieben wird (.json)"))
    anonymise = what.add_parser("anonymise", help=say(
        "cli", "ein früheres Mitglied anonymisieren; Beschlüsse und Protokolle bleiben "
               "lesbar"))
    anonymise.add_argument("--db", type=Path, required=True)
    anonymise.add_argument("--person", required=True, help=person_help())
    anonymise.add_argument("--yes", action="store_true", help=yes_help())


def person_help() -> str:
    return say("cli", "die Person: ID, oder „Nachname, Vorname“")


def yes_help() -> str:
    return say("cli", "nicht nachfragen")


def cmd_privacy(args: argparse.Namespace) -> int:
    from .documents.files import ExportError
    from .store import Store
    from .store.privacy import ANONYMOUS, anonymise, anonymise_refusal, find_person

    if args.what == "export":
        from .documents.personal_data import export_personal_data

        try:
            with Store.open(args.db, read_only=True) as store:
                person = find_person(store, args.person)
                path = export_personal_data(store, person.id, args.out)
        except ExportError as exc:
            raise UserError(str(exc)) from exc
        print(written(path))
        return 0
    with Store.open(args.db) as store:
        person = find_person(store, args.person)
        refusal = anonymise_refusal(store, person.id)
        if refusal:
            raise UserError(refusal)
        if not args.yes:
            _confirm(say("cli", "{name} ({id}) anonymisieren? Name, Vorname, Titel, E-Mail "
                                "und Telefon werden endgültig durch „{anonymous} …“ ersetzt; "
                                "Beschlüsse und Protokolle bleiben, wie sie sind.").format(
                name=person.full_name, id=person.id, anonymous=ANONYMOUS))
        result = anonymise(store, person.id)
    print(say("cli", "Anonymisiert: {former} → {now}").format(former=result.former_name,
                                                              now=result.person.full_name))
    if result.notice:
        warn(result.notice)
    return 0


def _confirm(question: str) -> None:
    """Ask on the terminal; no terminal or no "y" means no."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(say("cli", "nicht bestätigt: kein Terminal zum Nachfragen (mit --yes "
                                   "geht es ohne Nachfrage weiter)"))
    print(say("cli", "{question} [j/N] ").format(question=question), end="", file=sys.stderr,
          flush=True)
    if sys.stdin.readline().strip().lower() not in ("y", "yes", "j", "ja"):
        raise UserError(say("cli", "nicht bestätigt; nichts geändert"))


def _exchange(args: argparse.Namespace) -> int:
    from .cli_exchange import cmd_exchange

    return cmd_exchange(args)


def _merge(args: argparse.Namespace) -> int:
    from .cli_exchange import cmd_merge

    return cmd_merge(args)


COMMANDS = {"demo": cmd_demo, "check": cmd_check, "verify": cmd_verify, "lint": cmd_lint,
            "list": cmd_list,
            "export": cmd_export, "import": cmd_import, "backup": cmd_backup,
            "restore": cmd_restore,
            "privacy": cmd_privacy, "exchange": _exchange, "merge": _merge}
