"""Ten years of synthetic work for the large demo: volume for speed tests.

Five social-space teams, each an equal-membership body meeting monthly for
ten years, with full agendas, attendance, decisions with votes, tasks and the
advisory board's recommendations. A fixed seed makes the content the same on
every run. Rows go in with bulk inserts in one transaction; outcomes and
their texts still come from the domain rules.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from ..domain.bodies import voting_seats
from ..domain.enums import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    DecisionRule,
    MeetingState,
    RecommendationState,
    Role,
    TaskState,
)
from ..domain.model import Side, SideVote
from ..domain.numbering import recommendation_number, register_number
from ..domain.tasks import ACTIVE_STATES
from ..domain.votes import evaluate
from .core import Store
from .mapping import now_utc
from .minutes_hash import content_hashes

TEAMS = {"Nordwest": "NW", "Nordost": "NO", "Mitte": "MI", "Süd": "SU", "Ost": "OS"}
YEARS = 10
ITEMS_PER_MEETING = 20
DECISIONS_PER_MEETING = 10
TASKS_PER_MEETING = 34
RECOMMENDATIONS_PER_YEAR = 205

FIRST = ["Anna", "Bernd", "Claudia", "Dirk", "Elke", "Frank", "Gesa", "Henning", "Ines",
         "Jens", "Katja", "Lutz", "Maren", "Nils", "Olga", "Paul", "Rieke", "Sven"]
LAST = ["Albers", "Bockholt", "Dahl", "Ehlers", "Freese", "Gräf", "Harms", "Jürß", "Kähler",
        "Lüth", "Meier", "Niemann", "Ohde", "Pries", "Rehberg", "Stoll", "Thiede", "Voß"]
TOPICS = ["Fallberatung im Sozialraum", "Sozialraumbudget", "Kooperation mit Schulen",
          "Offene Jugendarbeit", "Hilfen zur Erziehung: Fallzahlen", "Elternbildung",
          "Beteiligung junger Menschen", "Netzwerkkonferenz", "Qualitätsdialog",
          "Personalentwicklung", "Fortbildungsplanung", "Raumnutzung", "Kinderschutz",
          "Ferienangebote", "Familienzentren", "Jugendsozialarbeit an Schulen"]


def build_large(store: Store, today: date, progress: Any = None, scale: float = 1.0) -> None:
    """``scale`` stretches the history: 2 gives twenty years (about twice the meetings,
    decisions and tasks), 0.1 one year; 1 is the large demo as shipped."""
    rng = random.Random(2017)

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    board = store.bodies.resolve("PG1")
    teams = [_team(store, name, short, today, rng) for name, short in TEAMS.items()]
    months = max(round(YEARS * 12 * scale), 1) + 1
    first = _add_months(date(today.year, today.month, 1), 1 - months)
    total = len(teams) * months + 1
    done = 0
    with store.edit():
        for body, sides, seats in teams:
            rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
            register: dict[int, int] = defaultdict(int)
            meetings: list[dict[str, Any]] = []
            for month in range(months):
                day = _add_months(first, month) + timedelta(days=rng.randrange(0, 25))
                meeting = _meeting(body.id, month + 1, day, new_id())
                meetings.append(meeting)
                rows["meetings"].append(meeting)
                _content(rows, meeting, body, sides, seats, register, today, rng, new_id)
                done += 1
                if progress:
                    progress(done, total)
            for table in ("meetings", "agenda_items", "attendance", "decisions", "votes",
                          "tasks", "task_owners"):
                store.insert_rows(table, rows[table])
            _approve(store, meetings, today)
        _recommendations(store, board.id, [t[0].id for t in teams], first, today, rng, new_id)
        if progress:
            progress(total, total)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


def _team(store: Store, name: str, short: str, today: date, rng: random.Random):
    body = store.bodies.add(f"Sozialraumteam {name}", f"SRT-{short}",
                            BodyKind.STEERING, article="das", genitive=f"des Sozialraumteams "
                            f"{name}")
    sides = store.sides.list(body.id)
    for side in sides[:2]:
        for n in range(6):
            person = store.people.add(rng.choice(LAST), rng.choice(FIRST))
            store.memberships.add(body.id, person.id, side.id,
                                  Role.CHAIR if n == 0 and side.position == 0 else Role.MEMBER)
    seats = voting_seats(sides, store.memberships.list(body.id), today)
    return body, sides, seats


def _meeting(body_id: str, number: int, day: date, meeting_id: str) -> dict[str, Any]:
    return {"id": meeting_id, "body_id": body_id, "number": number, "date": day,
            "start_time": "14:00", "end_time": "17:00", "place": "Stadtteilbüro",
            "state": MeetingState.PLANNED}


def _content(rows: dict[str, list[dict[str, Any]]], meeting: dict[str, Any], body: Any,
             sides: list[Side], seats: list, register: dict[int, int], today: date,
             rng: random.Random, new_id: Any) -> None:
    """Agenda, attendance, decisions with votes and tasks of one meeting."""
    day: date = meeting["date"]
    held = day < today
    if held:
        meeting["state"] = MeetingState.DRAFT
    items = []
    for position in range(1, ITEMS_PER_MEETING + 1):
        item = {"id": new_id(), "meeting_id": meeting["id"], "position": position,
                "title": f"{rng.choice(TOPICS)} ({position})",
                "kind": AgendaKind.DECISION if position <= DECISIONS_PER_MEETING
                else AgendaKind.INFORMATION,
                "duration_minutes": rng.choice((5, 10, 15, 20)), "public": int(position % 7 != 0),
                "notes": "Aussprache im Team." if held else ""}
        items.append(item)
    rows["agenda_items"].extend(items)
    if not held:
        return
    present: dict[str, int] = defaultdict(int)
    for seat in seats:
        status = AttendanceStatus.PRESENT if rng.random() < 0.9 else AttendanceStatus.EXCUSED
        if status is AttendanceStatus.PRESENT:
            present[seat.side_id] += 1
        rows["attendance"].append({"id": new_id(), "meeting_id": meeting["id"],
                                   "membership_id": seat.id, "status": status})
    for item in items[:DECISIONS_PER_MEETING]:
        register[day.year] += 1
        seq = register[day.year]
        rule = DecisionRule.DOUBLE if rng.random() < 0.2 else DecisionRule.SIMPLE
        votes = []
        for side in sides[:2]:
            eligible = present[side.id]
            no = rng.choice((0, 0, 0, 1, 2, 4)) if eligible > 4 else 0
            abstain = rng.choice((0, 0, 1))
            yes = max(eligible - no - abstain, 0)
            votes.append(SideVote(side.id, yes, min(no, eligible), min(abstain, eligible - no)))
        result = evaluate(rule, votes, sides)
        decision_id = new_id()
        rows["decisions"].append({
            "id": decision_id, "body_id": body.id, "year": day.year, "seq": seq,
            "number": register_number(body.short, day.year, seq), "decided_on": day,
            "title": item["title"], "wording": f"Das Team beschließt: {item['title']}.",
            "meeting_id": meeting["id"], "agenda_item_id": item["id"], "rule": rule,
            "outcome": result.outcome, "result_text": result.text})
        for v in votes:
            rows["votes"].append({"id": new_id(), "decision_id": decision_id,
                                  "side_id": v.side_id, "yes": v.yes, "no": v.no,
                                  "abstain": v.abstain})
    for n in range(TASKS_PER_MEETING):
        due = day + timedelta(days=rng.randrange(14, 120))
        state = _task_state(due, today, rng)
        task_id = new_id()
        tandem = n % 5 == 0
        rows["tasks"].append({
            "id": task_id, "body_id": body.id, "title": f"{rng.choice(TOPICS)}: Auftrag {n + 1}",
            "origin_meeting_id": meeting["id"], "origin_agenda_item_id": items[n % 20]["id"],
            "tandem": int(tandem), "due_date": due, "state": state,
            "done_on": due if state is TaskState.DONE else None})
        owners = [rng.choice([s for s in seats if s.side_id == side.id]) for side in sides[:2]]
        for seat in owners if tandem else owners[n % 2:n % 2 + 1]:
            rows["task_owners"].append({"id": new_id(), "task_id": task_id,
                                        "person_id": seat.person_id, "side_id": seat.side_id})


def _task_state(due: date, today: date, rng: random.Random) -> TaskState:
    if due < today - timedelta(days=90):
        return TaskState.DONE if rng.random() < 0.97 else TaskState.OPEN
    return rng.choice(sorted(ACTIVE_STATES) + [TaskState.DONE])


def _approve(store: Store, meetings: list[dict[str, Any]], today: date) -> None:
    """Minutes older than two months were approved at the next meeting (with the
    checksum of their content, as approval stores it)."""
    approvals = {earlier["id"]: {"state": MeetingState.APPROVED,
                                 "approved_in_meeting_id": later["id"],
                                 "approved_on": later["date"]}
                 for earlier, later in zip(meetings, meetings[1:], strict=False)
                 if later["date"] < today - timedelta(days=60)}
    stamp = now_utc()
    hashes = content_hashes(store.db, dict.fromkeys(approvals, stamp), approvals)
    for meeting_id, changes in approvals.items():
        store.update_rows("meetings", "id = ?", [meeting_id], {
            **changes, "content_hash": hashes[meeting_id], "updated_at": stamp})


def _recommendations(store: Store, board_id: str, team_ids: list[str], first: date,
                     today: date, rng: random.Random, new_id: Any) -> None:
    board = store.bodies.get(board_id)
    taken = {r["year"]: r["seq"] for r in store.db.query(
        "SELECT year, max(seq) AS seq FROM recommendations WHERE advisory_body_id = ? "
        "GROUP BY year", [board_id])}
    rows = []
    for year_index in range(today.year - first.year + 1):
        year = first.year + year_index
        for n in range(1, RECOMMENDATIONS_PER_YEAR + 1):
            seq = taken.get(year, 0) + n
            adopted = date(year, 1, 1) + timedelta(days=(n * 364) // RECOMMENDATIONS_PER_YEAR)
            if adopted >= today:
                break
            answered = adopted < today - timedelta(days=120)
            state = (rng.choice([RecommendationState.ADOPTED, RecommendationState.PARTLY_ADOPTED,
                                 RecommendationState.REJECTED]) if answered
                     else rng.choice([RecommendationState.RECEIVED,
                                      RecommendationState.ON_AGENDA]))
            rows.append({
                "id": new_id(), "advisory_body_id": board.id,
                "addressed_body_id": rng.choice(team_ids), "year": year, "seq": seq,
                "number": recommendation_number(board.short, year, seq),
                "title": f"Empfehlung zu {rng.choice(TOPICS)}",
                "text": "Die Planungsgruppe empfiehlt, das Vorgehen abzustimmen.",
                "adopted_on": adopted, "state": state,
                "response_text": "Die Empfehlung wurde beraten." if answered else "",
                "response_due": adopted + timedelta(days=90),
                "responded_on": adopted + timedelta(days=60) if answered else None})
    store.insert_rows("recommendations", rows)
