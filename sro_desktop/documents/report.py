"""The status report (Sachstandsbericht) to the youth welfare committee, in the shape of
the city's statements (Stellungnahme 08.02.2017): header block, Beratungsfolge,
then the facts — milestones, decisions of the period, open tasks, recommendations.

It goes to a public committee: decisions taken at non-public agenda items are
listed with their number, date and result, not with their subject.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .. import clock
from ..domain import words
from ..domain.agenda import STANDARD_ITEMS, is_titled
from ..domain.calendar import quarter_end
from ..domain.enums import AgendaKind, BodyKind, MilestoneState, Role
from ..domain.learning import parity_of_events, per_organization
from ..domain.meetings import NOT_YET_HELD, TOOK_PLACE
from ..domain.model import Body
from ..domain.recommendations import ANSWERED, AWAITING
from ..domain.tasks import is_overdue
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store import Store
from .budget import report_budget
from .dates import date_text, quarter_name
from .files import ExportError, output_suffix
from .minutes import Names
from .register import check_period, period_text, register_rows
from .render import render_docx, shipped_template
from .task_list import Origins, task_line
from .text import clean_text

TEMPLATE = "report.docx"
LEAD_OFFICE = "Amt für Jugend, Soziales und Asyl"
# translated where written: say("documents.report", …)
STATUS = QT_TRANSLATE_NOOP("documents.report", "Sachstandsbericht")
RESPONSIBILITY = QT_TRANSLATE_NOOP("documents.report", "Kenntnisnahme")
COMMITTEE = QT_TRANSLATE_NOOP("documents.report", "Jugendhilfeausschuss")
NON_PUBLIC = QT_TRANSLATE_NOOP("documents.report", "Gegenstand nichtöffentlich")
# Decisions at these standard items are formalities; the report counts, not lists them.
PROCEDURAL = frozenset(title for title, kind, _minutes in STANDARD_ITEMS
                       if kind is AgendaKind.DECISION)
ACCUSATIVE = {"der": "den"}  # "für den Unterausschuss", "für die Steuerungsgruppe"


def default_period(today: date) -> tuple[date, date]:
    """The last twelve months up to ``today`` (in the calendar's first year: from its
    first day)."""
    if today.year == date.min.year:
        return date.min, today
    try:
        start = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        start = today.replace(year=today.year - 1, day=28)
    return start + timedelta(days=1), today


def report_body(store: Store) -> Body:
    """The body the report is about when none is given: the steering body an advisory
    board advises (the Steuerungsgruppe), or else the only steering body."""
    bodies = store.bodies.list()
    advised = {b.advises_body_id for b in bodies if b.advises_body_id}
    steering = [b for b in bodies if b.kind is BodyKind.STEERING]
    candidates = [b for b in steering if b.id in advised] or steering
    if len(candidates) != 1:
        shorts = ", ".join(b.short for b in candidates) or say("documents.report", "keines")
        raise ExportError(say("documents.report", "Bitte das Gremium des Berichts angeben "
                              "(Steuerungsgremien: {names}).").format(names=shorts))
    return candidates[0]


def consultation(store: Store, today: date) -> list[dict[str, str]]:
    """The Beratungsfolge: the next meeting of each committee (and of a subcommittee that
    has one planned), in date order; the committee without a date if none is planned."""
    rows: list[tuple[date | None, dict[str, str]]] = []
    for body in store.bodies.list():
        if body.kind not in (BodyKind.COMMITTEE, BodyKind.SUBCOMMITTEE):
            continue
        upcoming = [m for m in store.meetings.list(body.id)
                    if m.date >= today and m.state in NOT_YET_HELD]
        if not upcoming and body.kind is BodyKind.SUBCOMMITTEE:
            continue
        day = upcoming[0].date if upcoming else None
        rows.append((day, {"date": date_text(day), "body": clean_text(body.name),
                           "responsibility": say("documents.report", RESPONSIBILITY)}))
    if not rows:
        return [{"date": "", "body": say("documents.report", COMMITTEE),
                 "responsibility": say("documents.report", RESPONSIBILITY)}]
    rows.sort(key=lambda r: (r[0] is None, r[0] or today))
    return [r for _day, r in rows]


def report_context(store: Store, *, body_id: str | None = None,
                   date_from: date | None = None, date_to: date | None = None,
                   today: date | None = None, lead_office: str = LEAD_OFFICE,
                   involved_offices: str = "") -> dict[str, Any]:
    """Everything the report template shows. The period defaults to the last twelve
    months; milestones and open tasks are as of ``today``."""
    today = today or clock.today()
    if date_to is None:
        date_to = today if date_from is not None else default_period(today)[1]
    if date_from is None:
        date_from = default_period(date_to)[0]
    check_period(date_from, date_to)
    body = store.bodies.get(body_id) if body_id else report_body(store)
    names = Names.read(store)
    origins = Origins(store, body.id)

    chair = next((names.person(m.person_id) for m in store.memberships.list(body.id, on=today)
                  if m.role is Role.CHAIR), "")
    milestones = []
    for ms in store.milestones.list():
        if ms.body_id not in (None, body.id):
            continue
        done, counted = store.milestones.progress(ms.id)
        late = (ms.state is not MilestoneState.REACHED
                and quarter_end(ms.target_year, ms.target_quarter) < today)
        progress = say("documents.report", "{done} von {counted} erledigt").format(
            done=done, counted=counted) if counted else "–"
        milestones.append({"title": clean_text(ms.title),
                           "target": quarter_name(ms.target_quarter, ms.target_year),
                           "state": ms.state.label, "late": late,
                           "focus": clean_text(ms.focus_area), "progress": progress})

    decisions = register_rows(
        store, store.decisions.list(body.id, date_from=date_from, date_to=date_to), body.id)
    hidden = 0
    for row in decisions:
        if not row["public"]:
            row["title"], row["wording"] = say("documents.report", NON_PUBLIC), ""
            hidden += 1
    listed = [row for row in decisions
              if not any(is_titled(row["item_title"], title) for title in PROCEDURAL)]
    formalities = len(decisions) - len(listed)

    tasks = store.tasks.list(body.id, active=True)
    tasks.sort(key=lambda t: (t.due_date is None, t.due_date or today))
    open_tasks = [task_line(t, names, origins, today) for t in tasks]
    overdue = sum(1 for t in tasks if is_overdue(t, today))

    recommendations = []
    for rec in store.recommendations.list(body.id):
        if not (date_from <= rec.adopted_on <= date_to or rec.state in AWAITING):
            continue
        recommendations.append({
            "number": rec.number, "date": date_text(rec.adopted_on),
            "title": clean_text(rec.title), "state": rec.state.label,
            "response": clean_text(rec.response_text), "answered": rec.state in ANSWERED,
            "responded_on": date_text(rec.responded_on) if rec.response_text else ""})

    meetings = [m for m in store.meetings.list(body.id)
                if date_from <= m.date <= date_to and m.date <= today
                and m.state in TOOK_PLACE]
    events = [e for e in store.learning_events.list() if date_from <= e.date_from <= date_to]
    learning = [{"date": date_text(e.date_from), "kind": e.kind.label,
                 "title": clean_text(e.title), "place": clean_text(e.place),
                 "parity": store.learning_events.parity(e.id).sentence()} for e in events]
    taking_part = store.learning_participants.list()
    learning_parity = parity_of_events(events, taking_part)
    chosen = {e.id for e in events}
    organizations = {o.id: clean_text(o.short or o.name) for o in store.organizations.list()}
    by_organization = "; ".join(f"{name} {count}" for name, count in per_organization(
        [p for p in taking_part if p.event_id in chosen], organizations))
    steps = consultation(store, today)
    period = period_text(date_from, date_to)
    return {
        "status": say("documents.report", STATUS),
        "today": date_text(today),
        "deciding_body": steps[-1]["body"],
        "lead_office": clean_text(lead_office),
        "involved_offices": clean_text(involved_offices),
        "submitter": chair,
        "body": {"name": clean_text(body.name), "short": clean_text(body.short),
                 "nominative": clean_text(body.nominative), "of_body": clean_text(body.of_body),
                 "for_body": clean_text(f"{ACCUSATIVE.get(body.article, body.article)} "
                                        f"{body.name}")},
        "period": period,
        "consultation": steps,
        "summary": _summary(body, period, len(meetings), len(decisions), len(open_tasks),
                            overdue, len(recommendations),
                            sum(1 for r in recommendations if r["answered"])),
        "milestones": milestones,
        "decisions": listed,
        "decision_notes": _decision_notes(formalities, hidden),
        "open_tasks": open_tasks,
        "overdue": overdue,
        "recommendations": recommendations,
        "learning": learning,
        "learning_parity": learning_parity.sentence(),
        "learning_organizations": by_organization,
        **report_budget(store, date_from, date_to),
    }


def _decision_notes(formalities: int, hidden: int) -> list[str]:
    notes = []
    if formalities == 1:
        notes.append(say("documents.report", "1 Beschluss zur Genehmigung von Tagesordnung und "
                         "Protokoll ist nicht einzeln aufgeführt."))
    elif formalities:
        notes.append(say("documents.report", "{count} Beschlüsse zur Genehmigung von "
                         "Tagesordnung und Protokoll sind nicht einzeln aufgeführt."
                         ).format(count=formalities))
    if hidden == 1:
        notes.append(say("documents.report", "1 Beschluss zu nichtöffentlichen "
                         "Tagesordnungspunkten ist ohne Gegenstand aufgeführt."))
    elif hidden:
        notes.append(say("documents.report", "{count} Beschlüsse zu nichtöffentlichen "
                         "Tagesordnungspunkten sind ohne Gegenstand aufgeführt."
                         ).format(count=hidden))
    return notes


def _summary(body: Body, period: str, meetings: int, decisions: int, tasks: int,
             overdue: int, recommendations: int, answered: int) -> str:
    """The opening paragraph of the Sachverhalt: the period in numbers."""
    # German says the body in the nominative ("die Steuerungsgruppe"), English by its name
    subject = clean_text(body.nominative if words.language() == "de" else body.name)
    held = (say("documents.report", "1 Sitzung") if meetings == 1
            else say("documents.report", "{count} Sitzungen").format(count=meetings))
    taken = (say("documents.report", "1 Beschluss") if decisions == 1
             else say("documents.report", "{count} Beschlüsse").format(count=decisions))
    parts = [say("documents.report", "{subject} hat im Berichtszeitraum ({period}) {meetings} "
                 "durchgeführt und {decisions} gefasst.").format(
        subject=f"{subject[:1].upper()}{subject[1:]}", period=period, meetings=held,
        decisions=taken)]
    late = (say("documents.report", "davon {count} überfällig").format(count=overdue)
            if overdue else say("documents.report", "keine davon überfällig"))
    if tasks == 1:
        parts.append(say("documents.report", "Offen ist 1 Aufgabe, {late}.").format(late=late))
    elif tasks:
        parts.append(say("documents.report", "Offen sind {count} Aufgaben, {late}.").format(
            count=tasks, late=late))
    else:
        parts.append(say("documents.report", "Offene Aufgaben gibt es nicht."))
    if recommendations:
        listed = (say("documents.report", "1 aufgeführten Empfehlung") if recommendations == 1
                  else say("documents.report", "{count} aufgeführten Empfehlungen").format(
                      count=recommendations))
        sentence = (say("documents.report", "Von {listed} des Beirats ist 1 beantwortet")
                    if answered == 1 else
                    say("documents.report", "Von {listed} des Beirats sind {count} beantwortet")
                    ).format(listed=listed, count=answered)
        waiting = recommendations - answered
        if waiting == 1:
            sentence += say("documents.report", "; 1 steht noch aus")
        elif waiting:
            sentence += say("documents.report", "; {count} stehen noch aus").format(count=waiting)
        parts.append(sentence + ".")
    return " ".join(parts)


def export_report(store: Store, target: str | Path, *, body_id: str | None = None,
                  date_from: date | None = None, date_to: date | None = None,
                  template: str | Path | None = None, today: date | None = None,
                  lead_office: str = LEAD_OFFICE, involved_offices: str = "") -> Path:
    """Write the Sachstandsbericht: Word for ``.docx``, PDF for ``.pdf``."""
    output_suffix(target)
    context = report_context(store, body_id=body_id, date_from=date_from, date_to=date_to,
                             today=today, lead_office=lead_office,
                             involved_offices=involved_offices)
    author = (store.bodies.get(body_id) if body_id else report_body(store)).name
    return render_docx(Path(template) if template else shipped_template(TEMPLATE),
                       context, target,
                       properties={"title": "Sachstandsbericht", "author": author})
