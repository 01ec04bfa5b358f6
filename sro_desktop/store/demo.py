"""The demo database: Rostock's SRO steering group, modelled on the 2017 statement.

Everything here is written through the public store API, so the demo obeys
the same rules as a secretary's edits. Dates are counted from ``today`` so
that the demo always has a past and a next meeting, overdue and upcoming
tasks; with a fixed ``today`` it is the same file every time. All names of
people and providers are fictional.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .. import clock
from ..domain.agenda import CLOSING, MINUTES_APPROVAL, RECOMMENDATIONS, STANDARD_ITEMS
from ..domain.bodies import STEERING_SIDES, voting_seats
from ..domain.enums import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    DecisionRule,
    LearningKind,
    MeetingState,
    MilestoneLevel,
    MilestoneState,
    ParitySide,
    Procedure,
    QualityDimension,
    RecommendationState,
    Role,
    TaskState,
)
from ..domain.model import Body, Decision, Meeting, Membership, Side, SideVote, TaskOwner
from .core import Store
from .demo_budget import build_budget
from .errors import StoreError
from .lock import FileLock
from .repository import current_user

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised from a progress callback to stop writing the demo; nothing is left behind."""


ORGANIZATIONS = [
    # (key, name, short, kind)
    ("amt", "Amt für Jugend, Soziales und Asyl", "AJSA", "office"),
    ("warnow", "Kinder- und Jugendhilfe Warnowufer gGmbH", "KJH Warnowufer", "provider"),
    ("kompass", "Kompass Erziehungshilfen gGmbH", "Kompass", "provider"),
    ("leuchtturm", "Jugendwerk Leuchtturm e. V.", "Leuchtturm", "provider"),
    ("hanse", "Hanse Jugendsozialwerk gGmbH", "HJSW", "provider"),
    ("luetten", "Familienzentrum Lütten Eck e. V.", "FZ Lütten Eck", "provider"),
    ("suedstadt", "Verbund Offene Jugendarbeit Südstadt e. V.", "VOJ Südstadt", "provider"),
    ("hochschule", "Hochschule an der Warnow, Fachbereich Soziale Arbeit", "HS Warnow",
     "university"),
    ("beratung", "Raumwerk Projektberatung GmbH", "Raumwerk", "consultancy"),
]

# (key, title, first, last, organisation, side, role, deputy key)
STEERING_MEMBERS = [
    ("ohm", "", "Stefan", "Ohmsen", "amt", "Verwaltung", Role.CHAIR, "krug"),
    ("lange", "", "Birgit", "Lange", "amt", "Verwaltung", Role.MEMBER, "pohl"),
    ("wendt", "", "Marco", "Wendt", "amt", "Verwaltung", Role.MEMBER, "pohl"),
    ("seidel", "", "Kathrin", "Seidel", "amt", "Verwaltung", Role.MEMBER, "krug"),
    ("brandt", "", "Jörg", "Brandt", "amt", "Verwaltung", Role.MEMBER, None),
    ("yilmaz", "", "Derya", "Yılmaz", "amt", "Verwaltung", Role.MEMBER, None),
    ("hoffmann", "", "Anke", "Hoffmann", "warnow", "Freie Träger", Role.VICE_CHAIR, "fuchs"),
    ("kowalski", "", "Piotr", "Kowalski", "kompass", "Freie Träger", Role.MEMBER, "fuchs"),
    ("petersen", "", "Ulrike", "Petersen", "leuchtturm", "Freie Träger", Role.MEMBER, "nowak"),
    ("richter", "", "Thomas", "Richter", "hanse", "Freie Träger", Role.MEMBER, "nowak"),
    ("engel", "", "Sabine", "Engel", "luetten", "Freie Träger", Role.MEMBER, None),
    ("barth", "", "Holger", "Barth", "suedstadt", "Freie Träger", Role.MEMBER, None),
    ("winter", "Prof. Dr.", "Miriam", "Winter", "hochschule", "Wissenschaft", Role.ADVISORY, None),
    ("gruen", "", "Lars", "Grün", "beratung", "Projektberatung", Role.ADVISORY, None),
    ("schulz", "", "Nadine", "Schulz", "amt", "Verwaltung", Role.MINUTES, None),
]
DEPUTIES = [
    ("krug", "", "Heike", "Krug", "amt"),
    ("pohl", "", "Daniel", "Pohl", "amt"),
    ("fuchs", "", "Carola", "Fuchs", "kompass"),
    ("nowak", "", "Jan", "Nowak", "hanse"),
]
ADVISORY_MEMBERS = [
    ("hoffmann", Role.CHAIR), ("lange", Role.MEMBER), ("engel", Role.MEMBER),
    ("barth", Role.MEMBER), ("petersen", Role.MEMBER), ("yilmaz", Role.MEMBER),
    ("winter", Role.MEMBER), ("schulz", Role.MINUTES),
]

@dataclass
class _Demo:
    store: Store
    today: date
    org: dict[str, str] = field(default_factory=dict)
    person: dict[str, str] = field(default_factory=dict)
    sg: Body | None = None
    pg: Body | None = None
    sides: dict[str, Side] = field(default_factory=dict)
    seat: dict[str, Membership] = field(default_factory=dict)
    milestone: dict[str, str] = field(default_factory=dict)
    next_meeting_id: str | None = None  # where open tasks are reported back

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)


def write_demo(path: str | Path, *, size: str = "small", force: bool = False,
               today: date | None = None, progress: Progress | None = None,
               scale: float = 1.0) -> Path:
    """Write the demo file at ``path``, atomically: a failed run leaves nothing behind.
    ``scale`` stretches the large demo's history (2: twice the meetings and tasks)."""
    path = Path(path)
    if size not in ("small", "large"):
        raise StoreError(f"Unbekannte Größe {size!r}: small oder large.")
    if path.exists() and not force:
        raise StoreError(f"{path} gibt es schon; mit --force wird die Datei ersetzt.")
    if not path.parent.is_dir():
        raise StoreError(f"Den Ordner {path.parent} gibt es nicht.")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _remove(tmp)
    target_lock = FileLock.acquire(path, user=current_user())  # never under an open file
    try:
        with Store.open(tmp, create=True, user="Demo") as store:
            # The demo is where every copy of it starts: its records carry no version
            # of an exchange (store/replica.py), and writing it costs no counting.
            with store.db.atomic():
                store.db.execute("UPDATE replica SET applying = 1")
            demo = _Demo(store, today or clock.today())
            build_small(demo)
            if size == "large":
                from .demo_large import build_large

                build_large(store, demo.today, progress, scale)
            with store.db.atomic():
                store.db.execute("UPDATE replica SET applying = 0")
            store.db.execute("PRAGMA optimize")
        for suffix in ("-wal", "-shm"):
            _remove(Path(f"{path}{suffix}"))
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    finally:
        target_lock.release()
    return path


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def build_small(d: _Demo) -> None:
    _people(d)
    _bodies(d)
    _milestones(d)
    _steering_meetings(d)
    _advisory_and_committees(d)
    _learning(d)
    build_budget(d)


def _people(d: _Demo) -> None:
    s = d.store
    for key, name, short, kind in ORGANIZATIONS:
        d.org[key] = s.organizations.add(name, short, kind, "Rostock").id
    for key, title, first, last, org, *_ in STEERING_MEMBERS:
        d.person[key] = s.people.add(
            last, first, title=title, organization_id=d.org[org],
            email=f"{_ascii(first)}.{_ascii(last)}@example.org").id
    for key, title, first, last, org in DEPUTIES:
        d.person[key] = s.people.add(
            last, first, title=title, organization_id=d.org[org],
            email=f"{_ascii(first)}.{_ascii(last)}@example.org").id


def _ascii(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"})
    return text.lower().translate(table)


def _bodies(d: _Demo) -> None:
    s = d.store
    since = d.day(-700)
    d.sg = s.bodies.add("Steuerungsgruppe Sozialraumorientierung", "SG", BodyKind.STEERING,
                        article="die", genitive="der Steuerungsgruppe Sozialraumorientierung",
                        decision_rule=DecisionRule.SIMPLE, signing_place="Rostock")
    d.pg = s.bodies.add("Planungsgruppe Sozialraumorientierung (PG 1)", "PG1",
                        BodyKind.ADVISORY, article="die",
                        genitive="der Planungsgruppe Sozialraumorientierung (PG 1)",
                        advises_body_id=d.sg.id)
    # by the German names the demo's tables use (a body made in English has English ones)
    names = {template.label: template.name for template in STEERING_SIDES}
    d.sides = {names.get(side.name, side.name): side for side in s.sides.list(d.sg.id)}
    for key, _t, _f, _l, org, side, role, deputy in STEERING_MEMBERS:
        d.seat[key] = s.memberships.add(
            d.sg.id, d.person[key], d.sides[side].id, role, organization_id=d.org[org],
            deputy_person_id=d.person[deputy] if deputy else None, valid_from=since)
    # A member who left: the seat passed from Frau Engel's predecessor.
    former = s.people.add("Maaß", "Gerd", organization_id=d.org["luetten"])
    s.memberships.add(d.sg.id, former.id, d.sides["Freie Träger"].id, Role.MEMBER,
                      valid_from=d.day(-1400), valid_to=since - timedelta(days=1))
    pg_side = s.sides.list(d.pg.id)[0]
    for key, role in ADVISORY_MEMBERS:
        s.memberships.add(d.pg.id, d.person[key], pg_side.id, role, valid_from=since)
    # The rules of procedure name the statutory seats (Sollzahl): all are filled.
    for body in (d.sg, d.pg):
        for voting_side in s.sides.list(body.id):
            if voting_side.voting:
                seats = voting_seats([voting_side], s.memberships.list(body.id), d.today)
                s.sides.update(voting_side.id, statutory_seats=len(seats))


MILESTONES = [
    # key, title, year, quarter, state, level, dimension, focus
    ("sg", "Paritätische Steuerungsgruppe eingerichtet", 2017, 2, MilestoneState.REACHED,
     MilestoneLevel.STRATEGIC, QualityDimension.STRUCTURE, ""),
    ("land", "Antrag als Modellprojekt des Landes Mecklenburg-Vorpommern", 2017, 4,
     MilestoneState.REACHED, MilestoneLevel.STRATEGIC, QualityDimension.STRUCTURE, ""),
    ("stellen", "Zwei Personalstellen (Verwaltung und Leistungsträger) besetzt", 2018, 1,
     MilestoneState.REACHED, MilestoneLevel.OPERATIONAL, QualityDimension.STRUCTURE, ""),
    ("konzept", "Fachkonzept Sozialraumorientierung erarbeitet", 2018, 3,
     MilestoneState.REACHED, MilestoneLevel.STRATEGIC, QualityDimension.PROCESS,
     "Hilfen zur Erziehung"),
    ("fortbildung", "Gemeinsame Fortbildung aller Ebenen von Verwaltung und Trägern", 2019, 2,
     MilestoneState.REACHED, MilestoneLevel.OPERATIONAL, QualityDimension.PROCESS, ""),
    ("hospitation", "Hospitationen und Praktika in SRO-Kommunen", 2019, 4,
     MilestoneState.REACHED, MilestoneLevel.OPERATIONAL, QualityDimension.PROCESS,
     "Jugend- und Jugendsozialarbeit"),
    ("modell", "Erprobung in der budgetierten Modellregion abgeschlossen", 2020, 3,
     MilestoneState.REACHED, MilestoneLevel.STRATEGIC, QualityDimension.RESULT,
     "Hilfen zur Erziehung"),
    ("transfer", "Übertragung auf die gesamte Hansestadt nach JHA-Beschluss", 2021, 1,
     MilestoneState.IN_PROGRESS, MilestoneLevel.STRATEGIC, QualityDimension.RESULT, ""),
    ("familie", "Sozialräumliche Eltern- und Familienbildung in allen Stadtteilen", 0, 0,
     MilestoneState.IN_PROGRESS, MilestoneLevel.OPERATIONAL, QualityDimension.RESULT,
     "Eltern- und Familienbildung"),
    ("wirkung", "Wirkungsbericht an den Jugendhilfeausschuss", 0, 1,
     MilestoneState.PLANNED, MilestoneLevel.STRATEGIC, QualityDimension.RESULT, ""),
]


def _milestones(d: _Demo) -> None:
    """The statement's milestones; the last two lie ahead of ``today``."""
    for key, title, year, quarter, state, level, dim, focus in MILESTONES:
        if year == 0:  # relative: this year's or next year's quarter
            target = d.day(120 + 200 * quarter)
            year, quarter = target.year, (target.month - 1) // 3 + 1
        d.milestone[key] = d.store.milestones.add(
            title, year, quarter, state=state, level=level, quality_dimension=dim,
            focus_area=focus, body_id=d.sg.id if d.sg else None).id


# (offset in days, place, final state, topics); topics are (title, kind, minutes, public)
SG_MEETINGS = [
    (-330, "Rathaus Rostock, Neuer Markt 1, Raum 1a", MeetingState.APPROVED, [
        ("Geschäftsordnung der Steuerungsgruppe", AgendaKind.DECISION, 30, True),
        ("Zeitplan Fachkonzept Sozialraumorientierung", AgendaKind.DISCUSSION, 40, True),
    ]),
    (-270, "KJH Warnowufer, Am Strande 3", MeetingState.APPROVED, [
        ("Auswahlkriterien für die Modellregion", AgendaKind.DISCUSSION, 45, True),
        ("Fortbildungskonzept für Verwaltung und Träger", AgendaKind.DECISION, 30, True),
    ]),
    (-210, "Familienzentrum Lütten Eck, Ahornstraße 12", MeetingState.APPROVED, [
        ("Modellregion festlegen", AgendaKind.DECISION, 45, True),
        ("Budget der Modellregion", AgendaKind.DECISION, 30, False),
    ]),
    (-150, "Rathaus Rostock, Neuer Markt 1, Raum 1a", MeetingState.APPROVED, [
        ("Hospitationen in SRO-Kommunen", AgendaKind.DECISION, 20, True),
        ("Stellenbesetzung Koordination Sozialraum", AgendaKind.INFORMATION, 20, False),
    ]),
    (-90, "Jugendwerk Leuchtturm, Kopenhagener Straße 5", MeetingState.CANCELLED, [
        ("Sondersitzung Haushalt", AgendaKind.DISCUSSION, 60, False),
    ]),
    (-70, "Hanse Jugendsozialwerk, Lange Straße 20", MeetingState.SENT, [
        ("Zwischenbericht der wissenschaftlichen Begleitung", AgendaKind.INFORMATION, 40, True),
        ("Sozialraumbudget 2027", AgendaKind.DECISION, 40, True),
    ]),
    (-12, "Kompass Erziehungshilfen, Goethestraße 8", MeetingState.DRAFT, [
        ("Übertragung auf weitere Stadtteile", AgendaKind.DECISION, 45, True),
        ("Fallbezogene Kooperation im Sozialraum Nordwest", AgendaKind.DISCUSSION, 30, False),
    ]),
    (16, "Rathaus Rostock, Neuer Markt 1, Raum 1a", MeetingState.INVITED, [
        ("Wirkungsbericht an den Jugendhilfeausschuss", AgendaKind.DISCUSSION, 40, True),
    ]),
    (58, "Verbund Offene Jugendarbeit Südstadt, Ziolkowskistraße 2", MeetingState.PLANNED, [
        ("Jahresplanung", AgendaKind.DISCUSSION, 40, True),
    ]),
]

# Who is not there as usual, per meeting index: key -> status.
ABSENCES = {
    0: {"brandt": AttendanceStatus.EXCUSED},
    1: {"seidel": AttendanceStatus.REPRESENTED, "engel": AttendanceStatus.EXCUSED},
    2: {"lange": AttendanceStatus.REPRESENTED, "richter": AttendanceStatus.REPRESENTED,
        "engel": AttendanceStatus.EXCUSED, "yilmaz": AttendanceStatus.ABSENT},
    3: {"kowalski": AttendanceStatus.REPRESENTED},
    5: {"ohm": AttendanceStatus.REPRESENTED, "barth": AttendanceStatus.EXCUSED},
    6: {"petersen": AttendanceStatus.REPRESENTED, "wendt": AttendanceStatus.EXCUSED},
}


def _steering_meetings(d: _Demo) -> None:
    s, sg = d.store, d.sg
    assert sg is not None
    held: list[tuple[Meeting, MeetingState]] = []
    approval_items: dict[str, str] = {}  # meeting id -> its TOP "Genehmigung des Protokolls"
    meetings = [s.meetings.add(sg.id, d.day(offset), start_time="09:00", end_time="12:00",
                               place=place, chair_person_id=d.person["ohm"],
                               minute_taker_person_id=d.person["schulz"])
                for offset, place, _final, _topics in SG_MEETINGS]
    d.next_meeting_id = next(m.id for m, spec in zip(meetings, SG_MEETINGS, strict=True)
                             if spec[2] is MeetingState.INVITED)
    for index, (meeting, (_o, _p, final, topics)) in enumerate(
            zip(meetings, SG_MEETINGS, strict=True)):
        items = [s.agenda.add(meeting.id, t, k, duration_minutes=m)
                 for t, k, m in STANDARD_ITEMS if t not in (RECOMMENDATIONS, CLOSING)]
        topic_items = [s.agenda.add(meeting.id, t, k, duration_minutes=m, public=pub,
                                    presenter=_presenter(index, n))
                       for n, (t, k, m, pub) in enumerate(topics)]
        items += topic_items
        approval_items[meeting.id] = next(i.id for i in items if i.title == MINUTES_APPROVAL)
        items.append(s.agenda.add(meeting.id, CLOSING, AgendaKind.INFORMATION,
                                  duration_minutes=10))
        if final is MeetingState.PLANNED:
            continue
        s.meetings.set_state(meeting.id, MeetingState.INVITED)
        if final is MeetingState.CANCELLED:
            s.meetings.set_state(meeting.id, MeetingState.CANCELLED,
                                 reason="Haushaltsentwurf lag nicht rechtzeitig vor.")
            continue
        if final is MeetingState.INVITED:
            continue
        _attendance(d, meeting, items, ABSENCES.get(index, {}), late=index == 2)
        _record(d, index, meeting, items, topic_items)
        s.meetings.set_state(meeting.id, MeetingState.HELD)
        held.append((meeting, final))
        if final in (MeetingState.DRAFT, MeetingState.SENT, MeetingState.APPROVED):
            s.meetings.set_state(meeting.id, MeetingState.DRAFT)
        if final in (MeetingState.SENT, MeetingState.APPROVED):
            _circulate(d, meeting, objection=final is MeetingState.SENT)
    # Each approved meeting was approved at the next meeting that was held, at its TOP
    # "Genehmigung des Protokolls der letzten Sitzung".
    for (earlier, final), (later, _) in zip(held, held[1:], strict=False):
        if final is MeetingState.APPROVED:
            s.meetings.set_state(earlier.id, MeetingState.APPROVED,
                                 approving_meeting_id=later.id,
                                 approving_item_id=approval_items[later.id])
    # Where no minutes were approved, the TOP says why (its text module has nothing to say)
    for meeting, final in held[1:]:
        item_id = approval_items[meeting.id]
        if final is not MeetingState.APPROVED and not s.meetings.approved_in(meeting.id,
                                                                              item_id):
            s.agenda.update(item_id, notes="Die Genehmigung der Niederschrift der letzten "
                                           "Sitzung wird zurückgestellt, bis die Einwendung "
                                           "geklärt ist.")


def _circulate(d: _Demo, meeting: Meeting, objection: bool) -> None:
    """The draft went to the members a week after the meeting; the last one drew an
    objection that is still open."""
    s = d.store
    sent = s.circulations.send(meeting.id, meeting.date + timedelta(days=7),
                               s.circulations.default_recipients(meeting.id),
                               note="per E-Mail als Word-Datei")
    if objection:
        s.objections.add(
            meeting.id, sent.sent_on + timedelta(days=4),
            "Zu TOP „Sozialraumbudget 2027“: Die Träger hatten um eine Übergangsregelung "
            "für laufende Hilfen gebeten; das fehlt im Protokoll.",
            person_id=d.person["hoffmann"])


def _presenter(index: int, n: int) -> str:
    names = ["Stefan Ohmsen", "Anke Hoffmann", "Prof. Dr. Miriam Winter", "Lars Grün",
             "Birgit Lange", "Thomas Richter"]
    return names[(index + n) % len(names)]


def _attendance(d: _Demo, meeting: Meeting, items: list, absences: dict,
                late: bool) -> None:
    s = d.store
    for key, *_rest in STEERING_MEMBERS:
        status = absences.get(key, AttendanceStatus.PRESENT)
        s.attendance.set(meeting.id, d.seat[key].id, status)
    if late:  # one member arrives at the first topic, one leaves before "Verschiedenes"
        s.attendance.set(meeting.id, d.seat["barth"].id, AttendanceStatus.PRESENT,
                         arrives_at_item_id=items[4].id, note="verspätet")
        s.attendance.set(meeting.id, d.seat["wendt"].id, AttendanceStatus.PRESENT,
                         leaves_at_item_id=items[-1].id)
    s.attendance.add_guest(meeting.id, "Dr. Frauke Albrecht", "Ministerium für Soziales, "
                           "Integration und Gleichstellung M-V")


def _votes(d: _Demo, v: tuple[int, int, int], t: tuple[int, int, int]) -> list[SideVote]:
    return [SideVote(d.sides["Verwaltung"].id, *v), SideVote(d.sides["Freie Träger"].id, *t)]


# The notes of the standard TOPs; their result sentences come from the text modules.
NOTES = {
    "Eröffnung und Feststellung der Beschlussfähigkeit":
        "Herr Ohmsen begrüßt die Anwesenden.",
    "Genehmigung der Tagesordnung": "",
    "Genehmigung des Protokolls der letzten Sitzung": "",
    "Bericht zu offenen Aufgaben":
        "- Die Hospitationsberichte liegen vor.\n- Die Terminabstimmung läuft noch.",
    "Empfehlungen des Beirats": "",
    "Verschiedenes": "",
}


def _record(d: _Demo, index: int, meeting: Meeting, items: list, topics: list) -> None:
    """Notes, decisions, votes and tasks as the secretary records them in the meeting."""
    s = d.store
    assert d.sg is not None
    for item in items:
        note = NOTES.get(item.title, f"Aussprache zu „{item.title}“. Die Mitglieder tauschen "
                                     "Erfahrungen aus.")
        if item.title == MINUTES_APPROVAL and index == 0:
            note = "Eine Niederschrift zur Genehmigung liegt nicht vor (erste Sitzung)."
        s.agenda.update(item.id, notes=note)
    agenda_ok = s.decisions.add("Tagesordnung", agenda_item_id=items[1].id,
                                wording="Die Tagesordnung wird in der vorliegenden Fassung "
                                        "genehmigt.")
    s.decisions.record_votes(agenda_ok.id, _unanimous(d, agenda_ok))
    main = topics[0]
    if index == 2:  # the double-majority vote that fails on the providers' side
        d1 = s.decisions.add(
            "Modellregion Lütten Klein / Evershagen", agenda_item_id=main.id,
            rule=DecisionRule.DOUBLE,
            wording="Die Steuerungsgruppe legt die Stadtteile Lütten Klein und Evershagen "
                    "als budgetierte Modellregion fest.")
        s.decisions.record_votes(d1.id, _votes(d, (5, 0, 0), (2, 3, 0)))
        d2 = s.decisions.add(
            "Erneute Beratung der Modellregion", agenda_item_id=main.id,
            wording="Die Geschäftsstelle legt zur nächsten Sitzung eine Variante mit "
                    "Groß Klein vor, erarbeitet im Tandem von Verwaltung und Trägern.")
        s.decisions.record_votes(d2.id, _votes(d, (5, 0, 0), (4, 0, 1)))
        _task(d, meeting, "Variante Modellregion mit Groß Klein ausarbeiten", 30, tandem=True,
              owners=[TaskOwner(person_id=d.person["wendt"]),
                      TaskOwner(person_id=d.person["kowalski"])],
              origin_agenda_item_id=main.id, origin_decision_id=d2.id,
              milestone_id=d.milestone["modell"])
        budget = s.decisions.add("Budget der Modellregion", agenda_item_id=topics[1].id)
        s.decisions.set_procedure(budget.id, Procedure.DEFERRED)
        s.agenda.update(topics[1].id, deferred=True)
    for topic in topics if index != 2 else []:
        if topic.kind is not AgendaKind.DECISION:
            continue
        dec = s.decisions.add(topic.title, agenda_item_id=topic.id,
                              wording=f"Die Steuerungsgruppe beschließt: {topic.title}.")
        s.decisions.record_votes(dec.id, _votes(d, (5, 0, 0), (4, 1, 0))
                                 if index % 2 else _unanimous(d, dec))
        _task(d, meeting, f"Umsetzung vorbereiten: {topic.title}", 60, tandem=True,
              owners=[TaskOwner(person_id=d.person["lange"]),
                      TaskOwner(person_id=d.person["hoffmann"])],
              origin_agenda_item_id=topic.id, origin_decision_id=dec.id,
              milestone_id=d.milestone["transfer"])
    _task(d, meeting, f"Ergebnisse zu „{main.title}“ an die Träger weitergeben", 30,
          owners=[TaskOwner(organization_id=d.org["warnow"])], origin_agenda_item_id=main.id,
          milestone_id=d.milestone["familie"], dropped=index == 1)
    _task(d, meeting, "Protokoll an die Planungsgruppe übermitteln", 14,
          owners=[TaskOwner(person_id=d.person["schulz"])], origin_meeting_id=meeting.id)


def _task(d: _Demo, meeting: Meeting, title: str, days: int, *, dropped: bool = False,
          **fields: Any) -> None:
    """A task due ``days`` after the meeting; older ones are done, the rest still open.

    Tasks of the third meeting stay open past their date: the demo's overdue ones.
    """
    assert d.sg is not None
    due = meeting.date + timedelta(days=days)
    report = d.next_meeting_id if due >= d.day(-30) else None
    task = d.store.tasks.add(d.sg.id, title, due_date=due, report_meeting_id=report, **fields)
    age = (d.today - meeting.date).days
    if dropped:
        d.store.tasks.set_state(task.id, TaskState.DROPPED, today=due)
    elif age > 200 or (age > 100 and days < 30):
        d.store.tasks.set_state(task.id, TaskState.DONE, today=due - timedelta(days=3))
    elif 60 < age < 100:
        d.store.tasks.set_state(task.id, TaskState.IN_PROGRESS, today=meeting.date)


def _unanimous(d: _Demo, decision: Decision) -> list[SideVote]:
    """Everyone who may vote at the item votes yes."""
    return [SideVote(side_id, n, 0, 0)
            for side_id, n in d.store.decisions.eligible(decision).items()]


def _advisory_and_committees(d: _Demo) -> None:
    s = d.store
    assert d.sg is not None
    assert d.pg is not None
    jha = s.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE, article="der",
                       genitive="des Jugendhilfeausschusses")
    ua = s.bodies.add("Unterausschuss Jugendhilfeplanung", "UA-JHP", BodyKind.SUBCOMMITTEE,
                      article="der", genitive="des Unterausschusses Jugendhilfeplanung")
    s.meetings.add(jha.id, d.day(30), start_time="16:00", place="Rathaus, Bürgerschaftssaal")
    s.meetings.add(ua.id, d.day(9), start_time="15:00", place="Amt für Jugend, Raum 2.14")
    pg_meetings = [s.meetings.add(d.pg.id, d.day(off), start_time="13:00", end_time="15:30",
                                  place="Familienzentrum Lütten Eck")
                   for off in (-300, -200, -100, -30)]
    pg_seats = s.memberships.list(d.pg.id)
    for m in pg_meetings:
        s.meetings.set_state(m.id, MeetingState.INVITED)
        for seat in pg_seats:
            s.attendance.set(m.id, seat.id, AttendanceStatus.PRESENT)
        s.meetings.set_state(m.id, MeetingState.HELD)
    # Sitzungsgeld for the advisory board's members: 25,00 € a meeting and 5,00 € for
    # travel; the office's own staff are not paid (the rate leaves them out).
    s.allowance_rates.add(d.pg.id, pg_seats[0].side_id, 2500, 500, valid_from=d.day(-700))
    recs = [
        (0, "Sozialraumteams paritätisch besetzen",
         "Die Planungsgruppe empfiehlt, jedes Sozialraumteam mit Fachkräften von Verwaltung "
         "und Trägern in gleicher Zahl zu besetzen.", RecommendationState.ADOPTED,
         "Die Steuerungsgruppe folgt der Empfehlung; die Besetzung erfolgt zum Quartalsbeginn."),
        (0, "Fortbildung gemeinsam ausschreiben",
         "Fortbildungen zur Sozialraumorientierung sollen gemeinsam für Verwaltung und Träger "
         "ausgeschrieben werden.", RecommendationState.PARTLY_ADOPTED,
         "Gemeinsame Ausschreibung ja; die Kosten trägt zunächst die Verwaltung allein."),
        (1, "Hospitationen auch für Leitungskräfte",
         "Hospitationen in SRO-Kommunen sollen auch Leitungskräften offenstehen.",
         RecommendationState.REJECTED,
         "Die Mittel reichen in diesem Jahr nur für Fachkräfte; Wiedervorlage im nächsten Jahr."),
        (2, "Beteiligung junger Menschen im Sozialraum",
         "Junge Menschen sollen in jeder Sozialraumkonferenz mit zwei Sitzen vertreten sein.",
         RecommendationState.ON_AGENDA, ""),
        (2, "Eltern- und Familienbildung sozialräumlich bündeln",
         "Angebote der Eltern- und Familienbildung sollen je Sozialraum gebündelt werden.",
         RecommendationState.RECEIVED, ""),
    ]
    next_sg = s.meetings.list(d.sg.id)[-2]  # the invited next meeting
    for n, (pg_index, title, text, state, answer) in enumerate(recs):
        rec = s.recommendations.add(d.pg.id, d.sg.id, title, pg_meetings[pg_index].date,
                                    text=text, advisory_meeting_id=pg_meetings[pg_index].id,
                                    response_due=pg_meetings[pg_index].date
                                    + timedelta(days=90))
        if state is RecommendationState.ON_AGENDA:
            s.recommendations.put_on_agenda(rec.id, next_sg.id, duration_minutes=20)
        elif answer:
            s.recommendations.answer(rec.id, state, answer,
                                     responded_on=pg_meetings[pg_index].date
                                     + timedelta(days=40 + n))


# (offset in days, days long, kind, title, place or host, level, people of the office,
# people of the providers): the programme beyond meetings, one of each balance.
LEARNING = [
    (-250, 2, LearningKind.TRAINING, "Gemeinsame Fortbildung Sozialraumorientierung",
     "Rostock, Amt für Jugend", MilestoneLevel.OPERATIONAL, 4, 4),
    (-120, 1, LearningKind.VISIT, "Hospitation in Rosenheim", "Stadtjugendamt Rosenheim",
     MilestoneLevel.STRATEGIC, 3, 1),
    (60, 1, LearningKind.CONFERENCE, "Fachtag Sozialraumorientierung Graz", "Graz",
     MilestoneLevel.STRATEGIC, 2, 3),
]


def _learning(d: _Demo) -> None:
    """Fortbildungen und Hospitationen with office and providers side by side; the side
    follows from each person's organisation."""
    s = d.store
    people = s.people.list()
    office = [p for p in people
              if s.learning_participants.side_of(p.organization_id) == ParitySide.OFFICE]
    providers = [p for p in people if p not in office]
    for offset, days, kind, title, place, level, n_office, n_providers in LEARNING:
        event = s.learning_events.add(
            kind, title, d.day(offset), date_to=d.day(offset + days - 1) if days > 1 else None,
            place=place, level=level)
        for person in office[:n_office] + providers[:n_providers]:
            s.learning_participants.add(event.id, person.id)
