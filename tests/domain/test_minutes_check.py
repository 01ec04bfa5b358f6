"""Protokoll prüfen: each rule on a small meeting built from plain dataclasses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from domain_factories import (
    DAY,
    STEERING_SIDES,
    TRAEGER,
    VERWALTUNG,
    attend,
    meeting,
    owner,
    steering_body,
    steering_members,
    vote,
)

from sro_desktop.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    MeetingState,
    Outcome,
    Procedure,
    TaskState,
)
from sro_desktop.domain.minutes_check import Finding, MinutesFacts, check_minutes
from sro_desktop.domain.model import AgendaItem, Decision, Objection, Task

A = AttendanceStatus
SEATS = steering_members(3, 3)  # v1 (chair) v2 v3, t1 t2 t3
NAMES = {m.person_id: f"Name {m.id}" for m in SEATS}


def item(n: int, notes: str = "Aussprache.", **fields) -> AgendaItem:
    return AgendaItem(id=f"top{n}", meeting_id="m1", position=n, title=f"Thema {n}",
                      notes=notes, **fields)


def decision(at: int = 2, outcome: Outcome | None = Outcome.ADOPTED, *,
             wording: str = "Die Steuerungsgruppe beschließt.", **fields) -> Decision:
    votes = [vote(VERWALTUNG, yes=2), vote(TRAEGER, yes=2)] if outcome else []
    return Decision(id="d1", body_id="sg", year=2026, seq=12, number="SG-2026/012",
                    decided_on=DAY, title="Modellregion", wording=wording, meeting_id="m1",
                    agenda_item_id=f"top{at}", outcome=outcome, votes=votes, **fields)


def task(at: int | None = 2, *, owners=None, due: date | None = date(2026, 4, 30),
         state: TaskState = TaskState.OPEN) -> Task:
    return Task(id="task1", body_id="sg", title="Konzept überarbeiten", origin_meeting_id="m1",
                origin_agenda_item_id=f"top{at}" if at else None, due_date=due, state=state,
                owners=[owner(VERWALTUNG)] if owners is None else owners)


def facts(**changes) -> MinutesFacts:
    """A held meeting with a clean record: everyone present, every TOP with notes."""
    base = MinutesFacts(
        meeting=replace(meeting(state=MeetingState.DRAFT), start_time="09:00",
                        end_time="12:00", chair_person_id="person-v1",
                        minute_taker_person_id="person-v2"),
        body=steering_body(), sides=STEERING_SIDES, members=SEATS,
        attendance=[attend(m) for m in SEATS], items=[item(1), item(2), item(3)],
        decisions=[decision()], tasks=[task()], names=NAMES)
    return replace(base, **changes)


def texts(found: list[Finding]) -> list[str]:
    return [f.text for f in found]


def test_a_clean_record_has_no_findings():
    assert check_minutes(facts()) == []


CASES = [
    pytest.param(
        {"decisions": [decision(outcome=None)]},
        ["TOP 2: Beschluss SG-2026/012 hat keine Abstimmung und kein Ergebnis."],
        id="decision-without-vote"),
    pytest.param(
        {"decisions": [decision(wording="  ")]},
        ["TOP 2: Beschluss SG-2026/012 hat keinen Wortlaut."],
        id="decision-without-wording"),
    pytest.param(
        {"decisions": [decision(outcome=Outcome.DEFERRED, wording="",
                                procedure=Procedure.DEFERRED)]},
        [], id="deferred-decision-needs-no-vote-nor-wording"),
    pytest.param(
        {"tasks": [task(owners=[])]},
        ["TOP 2: Aufgabe „Konzept überarbeiten“ hat keine Verantwortlichen."],
        id="task-without-owner"),
    pytest.param(
        {"tasks": [task(due=None)]},
        ["TOP 2: Aufgabe „Konzept überarbeiten“ hat kein Fälligkeitsdatum."],
        id="task-without-due-date"),
    pytest.param(
        {"tasks": [task(at=None, owners=[], due=None)]},
        ["Aufgabe „Konzept überarbeiten“ hat keine Verantwortlichen.",
         "Aufgabe „Konzept überarbeiten“ hat kein Fälligkeitsdatum."],
        id="task-of-the-meeting-without-top"),
    pytest.param(
        {"tasks": [task(owners=[], due=None, state=TaskState.DROPPED)]},
        [], id="dropped-task-is-left-alone"),
    pytest.param(
        {"attendance": [attend(m) for m in SEATS if m.id != "t2"]},
        ["Für Name t2 ist keine Anwesenheit erfasst."],
        id="member-without-attendance"),
    pytest.param(
        {"attendance": [attend(m, A.EXCUSED if m.id == "t2" else A.PRESENT) for m in SEATS]},
        [], id="excused-is-a-status"),
    pytest.param(
        {"items": [item(1), item(2), item(3, notes="  ")]},
        ["TOP 3 hat kein Ergebnis: keine Notizen, keinen Beschluss, keine Aufgabe."],
        id="item-without-result"),
    pytest.param(
        {"items": [item(1), item(2, notes=""), item(3)]},
        [], id="decision-and-task-are-a-result"),
    pytest.param(
        {"items": [item(1), item(2), item(3, notes="", deferred=True)]},
        [], id="deferred-item-is-a-result"),
    pytest.param(
        {"meeting": replace(facts().meeting, chair_person_id=None,
                            minute_taker_person_id=None, end_time="")},
        ["Die Sitzungsleitung (Vorsitz) ist nicht angegeben.",
         "Die Protokollführung ist nicht angegeben.",
         "Das Ende der Sitzung fehlt."],
        id="header-incomplete"),
    pytest.param(
        {"meeting": replace(facts().meeting, start_time="", end_time="")},
        ["Beginn und Ende der Sitzung fehlen."],
        id="no-times"),
    pytest.param(
        {"meeting": meeting(state=MeetingState.INVITED)},
        ["Die Sitzung ist im Zustand „eingeladen“ und hat noch nicht stattgefunden; es gibt "
         "noch kein Protokoll zu prüfen."],
        id="not-yet-held"),
    pytest.param(
        {"meeting": meeting(state=MeetingState.CANCELLED)},
        ["Die Sitzung wurde abgesagt; es gibt kein Protokoll zu prüfen."],
        id="cancelled"),
]


@pytest.mark.parametrize(("changes", "expected"), CASES)
def test_rules(changes, expected):
    assert texts(check_minutes(facts(**changes))) == expected


def test_decision_taken_while_not_quorate():
    # Only the Verwaltung is there from TOP 2 on: the providers left at TOP 2.
    attendance = [attend(m) if m.side_id == "v" else attend(m, leaves="top2") for m in SEATS]
    found = check_minutes(facts(attendance=attendance))
    assert texts(found) == [
        # the providers' votes were recorded while they were there
        "TOP 2: Beschluss SG-2026/012 hat bei Freie Träger 2 Stimmen, aber nur 0 "
        "stimmberechtigte Mitglieder waren anwesend und nicht befangen. Bitte Anwesenheit "
        "oder Abstimmung prüfen.",
        "TOP 2: Beschluss SG-2026/012 wurde gefasst, obwohl die Steuerungsgruppe nicht "
        "beschlussfähig war: 3 von 6 Stimmberechtigten anwesend (Verwaltung 3, Freie Träger "
        "0); erforderlich sind mehr als die Hälfte der Stimmberechtigten; Freie Träger nicht "
        "vertreten."]
    assert found[1] == Finding(found[1].text, "decisions", "d1", "top2", 2)


def test_quorum_is_taken_at_the_decisions_item():
    # The providers leave only at TOP 3; the decision at TOP 2 was quorate.
    attendance = [attend(m) if m.side_id == "v" else attend(m, leaves="top3") for m in SEATS]
    assert check_minutes(facts(attendance=attendance)) == []


def test_a_deferred_decision_needs_no_quorum():
    attendance = [attend(m, A.EXCUSED) for m in SEATS]
    deferred = decision(outcome=Outcome.DEFERRED, procedure=Procedure.DEFERRED)
    assert check_minutes(facts(attendance=attendance, decisions=[deferred])) == []


def test_findings_name_their_record_and_top():
    found = check_minutes(facts(
        attendance=[attend(m) for m in SEATS if m.id != "v3"],
        items=[item(1, notes=""), item(2), item(3)],
        decisions=[decision(outcome=None)], tasks=[task(owners=[])]))
    assert [(f.kind, f.record_id, f.item_id, f.item_number) for f in found] == [
        ("memberships", "v3", None, None),
        ("agenda_items", "top1", "top1", 1),
        ("decisions", "d1", "top2", 2),
        ("tasks", "task1", "top2", 2),
    ]


def test_open_objections_are_findings_resolved_ones_not():
    open_ = Objection("o1", "m1", date(2026, 3, 20), "TOP 2 fehlt ein Satz.",
                      person_id="person-t1")
    by_name = Objection("o2", "m1", date(2026, 3, 21), "Tippfehler.", raised_by="Frau Kühn")
    done = Objection("o3", "m1", date(2026, 3, 22), "Name falsch.", person_id="person-t2",
                     resolution="Im Entwurf berichtigt.")
    found = check_minutes(facts(meeting=replace(facts().meeting, state=MeetingState.SENT),
                                objections=[open_, by_name, done]))
    assert texts(found) == [
        "Die Einwendung von Name t1 vom 20.03.2026 ist noch nicht erledigt.",
        "Die Einwendung von Frau Kühn vom 21.03.2026 ist noch nicht erledigt.",
    ]
    assert [(f.kind, f.record_id) for f in found] == [("objections", "o1"), ("objections", "o2")]


def test_the_order_follows_the_minutes():
    items = [item(2, notes=""), item(1, notes="", kind=AgendaKind.DECISION), item(3)]
    found = check_minutes(facts(items=items, decisions=[], tasks=[]))
    assert [f.item_number for f in found] == [1, 2]
