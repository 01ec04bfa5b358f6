"""The decision register (Beschlussregister) of a body for a period."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from .. import clock
from ..domain.model import AgendaItem, Decision, Side
from ..domain.votes import opinion_text
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store import Store
from ..store.approvals import seals
from .csv_files import write_csv
from .dates import date_text
from .files import WORD_PDF_OR_CSV, ExportError, output_suffix
from .render import render_docx, shipped_template
from .task_list import Origins
from .text import clean_text

TEMPLATE = "register.docx"
# translated where written: say("documents.register", …)
WRITTEN = QT_TRANSLATE_NOOP("documents.register", "Umlaufverfahren")
NO_RESULT = QT_TRANSLATE_NOOP("documents.register", "noch kein Ergebnis")
# a meeting deleted behind the program's back
MEETING_GONE = QT_TRANSLATE_NOOP("documents.register", "Sitzung fehlt (gelöscht)")

CSV_HEADER = (QT_TRANSLATE_NOOP("documents.register", "Nummer"),
              QT_TRANSLATE_NOOP("documents.register", "Datum"),
              QT_TRANSLATE_NOOP("documents.register", "Sitzung"),
              QT_TRANSLATE_NOOP("documents.register", "TOP"),
              QT_TRANSLATE_NOOP("documents.register", "nichtöffentlich"),
              QT_TRANSLATE_NOOP("documents.register", "Titel"),
              QT_TRANSLATE_NOOP("documents.register", "Wortlaut"),
              QT_TRANSLATE_NOOP("documents.register", "Abstimmung"),
              QT_TRANSLATE_NOOP("documents.register", "Mehrheitsregel"),
              QT_TRANSLATE_NOOP("documents.register", "Ergebnis"),
              QT_TRANSLATE_NOOP("documents.register", "Siegel der Genehmigung"))


def period_text(date_from: date | None, date_to: date | None) -> str:
    """ "01.01.2026 bis 31.12.2026", "ab 01.01.2026", "bis 31.12.2026" or ""."""
    if date_from and date_to:
        return say("documents.register", "{start} bis {end}").format(
            start=date_text(date_from), end=date_text(date_to))
    if date_from:
        return say("documents.register", "ab {start}").format(start=date_text(date_from))
    if date_to:
        return say("documents.register", "bis {end}").format(end=date_text(date_to))
    return ""


def check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_to < date_from:
        raise ExportError(say("documents.register", "Der Zeitraum endet ({end}) vor seinem "
                              "Beginn ({start}).").format(end=date_text(date_to),
                                                          start=date_text(date_from)))


def votes_text(decision: Decision, sides: dict[str, Side], separator: str = "; ") -> str:
    """ "Verwaltung: Ja 5, Nein 0, Enthaltung 0; Freie Träger: …", the sides with vote; the
    advisory members' opinion after them ("Votum der beratenden Mitglieder: …")."""
    voting = [v for v in decision.votes if v.side_id in sides and sides[v.side_id].voting]
    line = say("documents.register", "{side}: Ja {yes}, Nein {no}, Enthaltung {abstain}")
    lines = [line.format(side=clean_text(sides[v.side_id].name), yes=v.yes, no=v.no,
                         abstain=v.abstain) for v in voting]
    opinion = opinion_text(decision.votes, list(sides.values()))
    return separator.join([*lines, opinion] if opinion else lines)


class _Items:
    """Agenda items by id, read once per meeting."""

    def __init__(self, store: Store):
        self.store = store
        self.by_id: dict[str, AgendaItem] = {}
        self._read: set[str] = set()

    def get(self, decision: Decision) -> AgendaItem | None:
        if decision.meeting_id and decision.meeting_id not in self._read:
            self._read.add(decision.meeting_id)
            self.by_id.update((i.id, i) for i in self.store.agenda.list(decision.meeting_id))
        return self.by_id.get(decision.agenda_item_id or "")


def register_rows(store: Store, decisions: list[Decision],
                  body_id: str | None = None) -> list[dict[str, Any]]:
    """The decisions as the register shows them."""
    origins = Origins(store, body_id)
    items = _Items(store)
    sides: dict[str, Side] = {}
    for body in {d.body_id for d in decisions}:
        sides.update((s.id, s) for s in store.sides.list(body))
    sealed = seals(store.db, {d.meeting_id for d in decisions if d.meeting_id})
    rows = []
    for d in decisions:
        meeting = origins.meeting(d.meeting_id)
        item = items.get(d)
        rows.append({
            "number": d.number, "date": date_text(d.decided_on), "decided_on": d.decided_on,
            "meeting": say("documents.register", WRITTEN)
            if d.written_procedure or not d.meeting_id
            else say("documents.register", MEETING_GONE) if meeting is None
            else say("documents.register", "{number}. Sitzung").format(number=meeting.number),
            # the seal of the approved minutes the decision stands in (README)
            "seal": sealed.get(d.meeting_id or "", "") if meeting is not None else "",
            "item": say("documents.register", "TOP {number}").format(number=item.position)
            if item else "",
            "item_title": item.title if item else "",
            "public": item.public if item else True,
            "title": clean_text(d.title), "wording": clean_text(d.wording),
            "votes": votes_text(d, sides),
            "vote_lines": votes_text(d, sides, "\n"), "rule": d.rule.label,
            "result": clean_text(d.result_text) if d.outcome
            else say("documents.register", NO_RESULT),
        })
    return rows


def register_context(store: Store, body_id: str, date_from: date | None = None,
                     date_to: date | None = None, today: date | None = None) -> dict[str, Any]:
    """The register of ``body_id`` from ``date_from`` to ``date_to`` (both included; None:
    open ended), oldest first."""
    check_period(date_from, date_to)
    body = store.bodies.get(body_id)
    decisions = store.decisions.list(body_id, date_from=date_from, date_to=date_to)
    rows = register_rows(store, decisions, body_id)
    period = period_text(date_from, date_to)
    return {
        "body": {"name": clean_text(body.name), "short": clean_text(body.short),
                 "of_body": clean_text(body.of_body)},
        "period": period,
        "period_line": (say("documents.register", "Zeitraum: {period}").format(period=period)
                        if period else say("documents.register", "Alle Beschlüsse")),
        "today": date_text(today or clock.today()),
        "count": len(rows),
        "decisions": rows,
    }


def csv_rows(context: dict[str, Any]) -> list[list[Any]]:
    return [[r["number"], r["decided_on"], r["meeting"], r["item"], not r["public"],
             r["title"], r["wording"], r["votes"], r["rule"], r["result"], r["seal"]]
            for r in context["decisions"]]


def export_register(store: Store, body_id: str, target: str | Path, *,
                    date_from: date | None = None, date_to: date | None = None,
                    template: str | Path | None = None, today: date | None = None) -> Path:
    """Write the register: a Word file for ``.docx``, a CSV file for ``.csv`` (the template
    does not apply)."""
    kind = output_suffix(target, WORD_PDF_OR_CSV)
    context = register_context(store, body_id, date_from, date_to, today)
    if kind == ".csv":
        return write_csv(target, [say("documents.register", h) for h in CSV_HEADER],
                         csv_rows(context))
    body = store.bodies.get(body_id)
    return render_docx(Path(template) if template else shipped_template(TEMPLATE),
                       context, target,
                       properties={"title": say("documents.register",
                                                "Beschlussregister – {body}").format(
                                                    body=body.name),
                                   "author": body.name})
