"""Protokoll prüfen: what a careful secretary catches before the minutes go out.

:func:`check_minutes` looks at one meeting's records and returns findings in
German, each naming the record it is about, so that a window can go there and
the command line (``sro-desktop lint``) can list them. Nothing here stops an
edit; the findings are advice.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from .bodies import voting_seats
from .calendar import german_date
from .enums import MeetingState, Outcome, TaskState
from .meetings import NOT_YET_HELD
from .model import (
    AgendaItem,
    Attendance,
    Body,
    Decision,
    Meeting,
    Membership,
    Objection,
    Side,
    Task,
)
from .quorum import holdings, present_voting_members, quorum
from .words import language, say

# Outcomes of a vote that was held: the body decided, one way or the other.
VOTED = frozenset({Outcome.ADOPTED, Outcome.REJECTED})


@dataclass(frozen=True)
class Finding:
    """One thing to look at: the German text and the record it is about.

    ``kind`` is the record's table ("decisions", "tasks", "memberships",
    "agenda_items", "objections", "meetings"), ``record_id`` its id; ``item_id``
    and ``item_number`` the agenda item (TOP) it belongs to, if any.
    """

    text: str
    kind: str
    record_id: str
    item_id: str | None = None
    item_number: int | None = None


@dataclass
class MinutesFacts:
    """One meeting's records as the check reads them.

    ``members``: the seats of the body on the meeting's date; ``decisions``: those
    taken at the meeting, with their votes; ``tasks``: those arising from the meeting
    or its items; ``names``: person id -> full name.
    """

    meeting: Meeting
    body: Body
    sides: Sequence[Side]
    members: Sequence[Membership]
    attendance: Sequence[Attendance]
    items: Sequence[AgendaItem]
    decisions: Sequence[Decision] = ()
    tasks: Sequence[Task] = ()
    names: Mapping[str, str] = field(default_factory=dict)
    objections: Sequence[Objection] = ()
    results: Collection[str] = ()  # the TOPs with a result text (typed or a text module's)


def check_minutes(facts: MinutesFacts) -> list[Finding]:
    """The findings for one meeting's minutes, in the order of the minutes: the
    header, attendance, then each TOP, then open objections. Empty: nothing to catch."""
    meeting = facts.meeting
    if meeting.state is MeetingState.CANCELLED:
        return [Finding(say("domain.minutes_check", "Die Sitzung wurde abgesagt; es gibt kein "
                                                    "Protokoll zu prüfen."),
                        "meetings", meeting.id)]
    if meeting.state in NOT_YET_HELD:
        return [Finding(
            say("domain.minutes_check", "Die Sitzung ist im Zustand „{label}“ und hat noch "
                                        "nicht stattgefunden; es gibt noch kein Protokoll zu "
                                        "prüfen.").format(
                                            label=meeting.state.label), "meetings", meeting.id)]
    findings = _header(facts) + _attendance(facts)
    for item in sorted(facts.items, key=lambda i: i.position):
        findings += _item(facts, item)
    item_ids = {i.id for i in facts.items}
    for task in facts.tasks:  # tasks of the meeting but of no TOP
        if task.origin_agenda_item_id not in item_ids:
            findings += _task(task, None)
    findings += _objections(facts)
    return findings


def _header(facts: MinutesFacts) -> list[Finding]:
    meeting, found = facts.meeting, []
    if not meeting.chair_person_id:
        found.append(say("domain.minutes_check", "Die Sitzungsleitung (Vorsitz) ist nicht "
                                                 "angegeben."))
    if not meeting.minute_taker_person_id:
        found.append(say("domain.minutes_check", "Die Protokollführung ist nicht angegeben."))
    if not (meeting.start_time or meeting.end_time):
        found.append(say("domain.minutes_check", "Beginn und Ende der Sitzung fehlen."))
    elif not meeting.start_time:
        found.append(say("domain.minutes_check", "Der Beginn der Sitzung fehlt."))
    elif not meeting.end_time:
        found.append(say("domain.minutes_check", "Das Ende der Sitzung fehlt."))
    return [Finding(text, "meetings", meeting.id) for text in found]


def _attendance(facts: MinutesFacts) -> list[Finding]:
    recorded = {a.membership_id for a in facts.attendance if a.membership_id}
    found = [
        Finding(say("domain.minutes_check", "Für {get} ist keine Anwesenheit erfasst.").format(
                    get=facts.names.get(m.person_id, say("domain.minutes_check", "ein Mitglied"))),
                "memberships", m.id)
        for m in facts.members if m.id not in recorded
    ]
    return found + _second_votes(facts)


def _second_votes(facts: MinutesFacts) -> list[Finding]:
    """A person who would hold two votes (a member who also deputises, a deputy for two):
    by the rules only one counts; the finding names whose seat does not."""
    if facts.body.deputy_multiple_votes:
        return []
    positions = {i.id: i.position for i in facts.items}
    seats = voting_seats(facts.sides, facts.members, facts.meeting.date)
    uncounted: dict[str, tuple[str, int | None]] = {}
    for position in [None, *sorted(positions.values())]:
        for h in holdings(seats, facts.attendance, position, positions):
            if not h.counted and h.membership.id not in uncounted:
                uncounted[h.membership.id] = (h.person_id, position)
    name = facts.names.get
    found = []
    for membership in seats:
        if membership.id in uncounted:
            person, position = uncounted[membership.id]
            template = (say("domain.minutes_check",
                            "{name} hält schon eine Stimme und vertritt zugleich {name2}; nach "
                            "der Geschäftsordnung zählt nur eine Stimme, dieser Sitz zählt "
                            "nicht.") if position is None
                        else say("domain.minutes_check",
                                 "{name} hält ab TOP {position} schon eine Stimme und vertritt "
                                 "zugleich {name2}; nach der Geschäftsordnung zählt nur eine "
                                 "Stimme, dieser Sitz zählt nicht."))
            found.append(
                Finding(
                    template.format(
                        name=name(person, say("domain.minutes_check", "Eine Person")),
                        position=position,
                        name2=name(membership.person_id,
                                   say("domain.minutes_check", "ein Mitglied")),
                    ),
                    "memberships",
                    membership.id,
                )
            )
    return found


def _item(facts: MinutesFacts, item: AgendaItem) -> list[Finding]:
    decisions = [d for d in facts.decisions if d.agenda_item_id == item.id]
    tasks = [t for t in facts.tasks if t.origin_agenda_item_id == item.id]
    found: list[Finding] = []
    if not (item.notes.strip() or decisions or tasks or item.deferred
            or item.id in facts.results):
        found.append(Finding(
            say("domain.minutes_check", "TOP {position} hat kein Ergebnis: keine Notizen, "
                                        "keinen Beschluss, keine Aufgabe.").format(
                position=item.position), "agenda_items", item.id, item.id, item.position))
    for decision in decisions:
        found += _decision(facts, item, decision)
    for task in tasks:
        found += _task(task, item)
    return found


def _decision(facts: MinutesFacts, item: AgendaItem, decision: Decision) -> list[Finding]:
    def finding(template: str, **values: object) -> Finding:
        """``template`` a whole sentence "TOP {position}: Beschluss {number} …"."""
        return Finding(template.format(position=item.position, number=decision.number,
                                       **values),
                       "decisions", decision.id, item.id, item.position)

    if decision.outcome is None:
        if any(v.cast for v in decision.votes):  # counted, but the rule found no result
            return [finding(say("domain.minutes_check", "TOP {position}: Beschluss {number} hat "
                                                        "noch kein Ergebnis: {result_text}."),
                            result_text=decision.result_text)]
        return [finding(say("domain.minutes_check", "TOP {position}: Beschluss {number} hat "
                                                    "keine Abstimmung und kein Ergebnis."))]
    found = []
    if decision.outcome in VOTED and not decision.wording.strip():
        found.append(finding(say("domain.minutes_check", "TOP {position}: Beschluss {number} "
                                                         "hat keinen Wortlaut.")))
    if decision.outcome in VOTED:
        found += [finding(say("domain.minutes_check", "TOP {position}: Beschluss {number} hat "
                                                      "bei {names} {cast} Stimmen, aber nur "
                                                      "{allowed} stimmberechtigte Mitglieder "
                                                      "waren anwesend und nicht befangen. Bitte "
                                                      "Anwesenheit oder Abstimmung prüfen."),
                          **values)
                  for values in _votes_beyond_presence(facts, item, decision)]
        positions = {i.id: i.position for i in facts.items}
        result = quorum(facts.body, facts.sides, facts.members, facts.attendance,
                        facts.meeting.date, item.position, positions,
                        decision.conflicted_membership_ids)
        if not result.quorate:
            found.append(finding(say("domain.minutes_check", "TOP {position}: Beschluss {number} "
                                                             "wurde gefasst, obwohl {nominative} "
                                                             "nicht beschlussfähig war: "
                                                             "{reason}."),
                                 nominative=facts.body.nominative if language() == "de"
                                 else facts.body.name,
                                 reason=result.sentence.split(": ", 1)[-1].rstrip(".")))
    return found


def _votes_beyond_presence(facts: MinutesFacts, item: AgendaItem,
                           decision: Decision) -> list[dict[str, object]]:
    """Counts a side cannot have had: the attendance changed after the vote was recorded
    (the side's name, the votes cast, the members allowed)."""
    positions = {i.id: i.position for i in facts.items}
    seats = voting_seats(facts.sides, facts.members, facts.meeting.date)
    present = [m for m in present_voting_members(seats, facts.attendance, item.position,
                                                 positions, facts.body.deputy_multiple_votes)
               if m.id not in decision.conflicted_membership_ids]
    names = {s.id: s.name for s in facts.sides if s.voting}
    found = []
    for vote in decision.votes:
        allowed = sum(1 for m in present if m.side_id == vote.side_id)
        if vote.side_id in names and vote.cast > allowed:
            found.append({"names": names[vote.side_id], "cast": vote.cast,
                          "allowed": allowed})
    return found


def _task(task: Task, item: AgendaItem | None) -> list[Finding]:
    if task.state is TaskState.DROPPED:
        return []
    found = []
    if not task.owners:
        found.append(say("domain.minutes_check", "TOP {position}: Aufgabe „{title}“ hat keine "
                                                 "Verantwortlichen.") if item
                     else say("domain.minutes_check", "Aufgabe „{title}“ hat keine "
                                                      "Verantwortlichen."))
    if task.due_date is None:
        found.append(say("domain.minutes_check", "TOP {position}: Aufgabe „{title}“ hat kein "
                                                 "Fälligkeitsdatum.") if item
                     else say("domain.minutes_check", "Aufgabe „{title}“ hat kein "
                                                      "Fälligkeitsdatum."))
    found = [text.format(position=item.position if item else None, title=task.title)
             for text in found]
    return [Finding(text, "tasks", task.id, item.id if item else None,
                    item.position if item else None) for text in found]


def _objections(facts: MinutesFacts) -> list[Finding]:
    found = []
    for objection in facts.objections:
        if objection.resolution.strip():
            continue
        who = (facts.names.get(objection.person_id or "") or objection.raised_by.strip()
               or say("domain.minutes_check", "unbekannt"))
        found.append(
            Finding(
                say(
                    "domain.minutes_check",
                    "Die Einwendung von {who} vom {german_date} ist noch nicht erledigt.",
                ).format(who=who, german_date=german_date(objection.received_on)),
                "objections",
                objection.id,
            )
        )
    return found
