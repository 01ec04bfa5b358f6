"""A month of divergent meetings on two laptops (issue 15, point 7), brought together
by weekly packages in both directions, sometimes taken in the wrong order.

A, "Laptop Geschäftsstelle", keeps the steering group (SG): each week a meeting with
agenda, attendance, a decision with votes and a task from it, and the minutes of last
week's meeting approved; a decision in writing; an answer to the advisory board's
recommendation. B, "Laptop Beirat", a clone of A, keeps the advisory board (PG1): each
week a meeting with agenda and attendance, a recommendation to SG, a task, a paper,
and a decision of SG in writing too, so that the register numbers collide. Both edit
a few of the same records (conflicts, decided: mine, theirs, one field by field).

At the end every change of both is on both, both hold the same rows, no conflict is
open, ``check`` finds nothing, the foreign keys hold, approved minutes keep their
checksums, no number is given twice and none of an approved meeting was changed.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from sro_desktop.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    MeetingState,
    RecommendationState,
)
from sro_desktop.domain.model import SideVote
from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.exchange import Report, clone, export, take_in
from sro_desktop.store.exchange_conflicts import EDIT, MINE, THEIRS, count_open, decide
from sro_desktop.store.exchange_conflicts import open_conflicts as conflicts_of
from sro_desktop.store.history import entry_from_row
from sro_desktop.store.minutes_hash import altered_minutes
from sro_desktop.store.replica import set_name
from sro_desktop.store.schema import USER_TABLES

S = MeetingState
FIRST_MONDAY = date(2026, 11, 30)  # the month: four weeks from here (pinned, as TODAY)
WEEKS = 4


@dataclass
class Laptop:
    name: str
    peer: str
    store: Store
    folder: Path
    reports: list[Report] = field(default_factory=list)
    sent: int = 0

    def package(self) -> Path:
        """What the peer lacks, as the next package of this laptop."""
        self.sent += 1
        path = self.folder / f"{self.name.split()[-1]}-{self.sent}.sroex"
        export(self.store, path, self.peer)
        return path

    def take(self, package: Path) -> Report:
        report = take_in(self.store, package)
        self.reports.append(report)
        return report

    def sg(self) -> str:
        return self.store.bodies.resolve("SG").id

    def pg(self) -> str:
        return self.store.bodies.resolve("PG1").id


def votes_all_yes(store: Store, decision_id: str) -> list[SideVote]:
    decision = store.decisions.get(decision_id)
    per_side: dict[str, int] = {}
    for membership in store.decisions.voters(decision):
        per_side[membership.side_id] = per_side.get(membership.side_id, 0) + 1
    return [SideVote(side, yes=n - (1 if i == 0 else 0), abstain=1 if i == 0 else 0)
            for i, (side, n) in enumerate(sorted(per_side.items()))]


@dataclass
class Expected:
    """What the month made: checked on both laptops at the end."""

    meetings: dict[str, tuple[str, int, str]] = field(default_factory=dict)  # id: body, nr, place
    decisions: dict[str, str] = field(default_factory=dict)  # id -> title
    approved_numbers: dict[str, str] = field(default_factory=dict)  # id -> number at approval
    tasks: dict[str, str] = field(default_factory=dict)  # id -> title
    deleted_tasks: set[str] = field(default_factory=set)
    recommendations: dict[str, str] = field(default_factory=dict)  # id -> title
    answered: str = ""
    paper: tuple[str, str, bytes] = ("", "", b"")  # id, name, bytes
    values: list[tuple[str, str, str, object]] = field(default_factory=list)  # table, id, col, v
    renumbered: list[tuple[str, ...]] = field(default_factory=list)  # (old, new) numbers


def steering_week(a: Laptop, day: date, week: int, last: str | None, x: Expected) -> str:
    """A's week: an SG meeting held with agenda, attendance, a decision with votes and a
    task; last week's minutes approved in it; a decision in writing."""
    s = a.store
    meeting = s.meetings.add(a.sg(), day, start_time="14:00", end_time="16:00",
                             place=f"Rathaus, Raum {week + 1}")
    items = [s.agenda.add(meeting.id, f"Woche {week + 1}: Haushalt Sozialraum {n}",
                          AgendaKind.DECISION, duration_minutes=20) for n in (1, 2)]
    s.agenda.add(meeting.id, f"Woche {week + 1}: Bericht der Träger", AgendaKind.INFORMATION)
    s.meetings.set_state(meeting.id, S.INVITED)
    s.attendance.mark_all_present(meeting.id)
    s.meetings.set_state(meeting.id, S.HELD)
    for item in items:
        decision = s.decisions.add(f"Beschluss zu {item.title}", agenda_item_id=item.id,
                                   wording="Die Steuerungsgruppe beschließt wie vorgelegt.")
        s.decisions.record_votes(decision.id, votes_all_yes(s, decision.id))
        x.decisions[decision.id] = decision.title
        task = s.tasks.add(a.sg(), f"Umsetzen: {decision.title}", origin_decision_id=decision.id,
                           due_date=day + timedelta(days=28))
        x.tasks[task.id] = task.title
    if last is not None:
        s.meetings.set_state(last, S.DRAFT)
        s.meetings.set_state(last, S.SENT)
        s.meetings.set_state(last, S.APPROVED, approving_meeting_id=meeting.id)
        for d in s.decisions.for_meeting(last):
            x.approved_numbers[d.id] = d.number
    written = s.decisions.add(f"Umlauf GS Woche {week + 1}", body_id=a.sg(),
                              decided_on=day + timedelta(days=3))
    x.decisions[written.id] = written.title
    x.meetings[meeting.id] = ("SG", meeting.number, meeting.place)
    return meeting.id


def board_week(b: Laptop, day: date, week: int, x: Expected) -> None:
    """B's week: a PG1 meeting with agenda and attendance, a recommendation to SG, a task
    and (in the first week) a paper; a decision of SG in writing, numbered on B."""
    s = b.store
    meeting = s.meetings.add(b.pg(), day, start_time="17:00", end_time="19:00",
                             place=f"Jugendclub Nord {week + 1}")
    item = s.agenda.add(meeting.id, f"Woche {week + 1}: Empfehlung Offene Arbeit",
                        AgendaKind.DECISION)
    s.agenda.add(meeting.id, f"Woche {week + 1}: Verschiedenes", AgendaKind.INFORMATION)
    members = s.memberships.list(b.pg())
    for i, m in enumerate(members):
        s.attendance.set(meeting.id, m.id, AttendanceStatus.EXCUSED if i == 0
                         else AttendanceStatus.PRESENT)
    rec = s.recommendations.add(b.pg(), b.sg(), f"Jugendtreff Woche {week + 1} öffnen",
                                day, text="Der Beirat empfiehlt längere Öffnungszeiten.",
                                advisory_meeting_id=meeting.id,
                                response_due=day + timedelta(days=42))
    x.recommendations[rec.id] = rec.title
    task = s.tasks.add(b.pg(), f"Beirat Woche {week + 1}: Stellungnahme schreiben",
                       origin_meeting_id=meeting.id, due_date=day + timedelta(days=14))
    x.tasks[task.id] = task.title
    if week == 0:
        data = b"%PDF-1.4\n% Konzept Offene Arbeit\n" + bytes(range(256)) * 8
        paper = s.attachments.add(item.id, ("Konzept Offene Arbeit.pdf", data))
        x.paper = (paper.id, paper.name, data)
    written = s.decisions.add(f"Umlauf Beirat Woche {week + 1}", body_id=b.sg(),
                              decided_on=day + timedelta(days=4))
    x.decisions[written.id] = written.title
    x.meetings[meeting.id] = ("PG1", meeting.number, meeting.place)


def rows(store: Store, table: str) -> list[tuple]:
    return store.db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_a_month_on_two_laptops_comes_together(tmp_path: Path, demo_path: Path) -> None:
    a_path, b_path = tmp_path / "geschaeftsstelle.sro", tmp_path / "beirat.sro"
    shutil.copyfile(demo_path, a_path)
    x = Expected()
    with Store.open(a_path) as sa:
        with sa.edit() as db:
            set_name(db, "Laptop Geschäftsstelle")
        clone(sa, b_path, "Laptop Beirat")
        with Store.open(b_path) as sb:
            a = Laptop("Laptop Geschäftsstelle", "Laptop Beirat", sa, tmp_path)
            b = Laptop("Laptop Beirat", "Laptop Geschäftsstelle", sb, tmp_path)
            month(a, b, x)
    # closed and opened again: what is on disk
    with Store.open(a_path) as sa, Store.open(b_path) as sb:
        for store in (sa, sb):
            everything_present(store, x)
            sound(store)
        for table in USER_TABLES:
            assert rows(sa, table) == rows(sb, table), f"{table} differs between the laptops"
        # each renumbering is in the decision's history: where the number was changed in
        # place (an incoming record renumbered is recorded as added with its new number)
        recorded = numbers_changed(sa) | numbers_changed(sb)
        assert set(x.renumbered) <= recorded, set(x.renumbered) - recorded


def month(a: Laptop, b: Laptop, x: Expected) -> None:
    sa, sb = a.store, b.store
    person = sa.memberships.list(a.sg())[1].person_id  # an SG member both edit
    old_task = sa.tasks.list(a.sg())[0].id  # a task of the demo both edit
    planned = next(m.id for m in sa.meetings.list(a.sg()) if m.state is S.PLANNED)
    last: str | None = None
    waiting_b: Path | None = None
    for week in range(WEEKS):
        monday = FIRST_MONDAY + timedelta(days=7 * week)
        # A works first each week, B after: B's decisions in writing are created later
        last = steering_week(a, monday + timedelta(days=2), week, last, x)
        board_week(b, monday + timedelta(days=1), week, x)
        if week == 1:  # both edit the same records
            sa.people.update(person, email="gs.neu@rostock.de")
            sb.people.update(person, email="beirat.neu@rostock.de", phone="0381 381-2345")
            sa.tasks.update(old_task, title="Sozialraumanalyse: Fassung der Geschäftsstelle")
            sb.tasks.update(old_task, title="Sozialraumanalyse: Fassung des Beirats")
            sa.meetings.update(planned, place="Rathaus, Festsaal")
            sb.meetings.update(planned, place="Jugendclub Nord")
        if week == 2:  # A answers a recommendation B sent; B deletes a task of A's
            rec = next(r for r in x.recommendations if r in
                       {r.id for r in sa.recommendations.list()})
            answering = next(d for d in x.decisions if d in
                             {d.id for d in sa.decisions.for_meeting(last)})
            sa.recommendations.answer(rec, RecommendationState.ADOPTED,
                                      "Die Öffnungszeiten werden verlängert.",
                                      response_decision_id=answering,
                                      responded_on=monday + timedelta(days=2))
            x.answered = rec
            gone = next(t for t in x.tasks if t in {t.id for t in sb.tasks.list()}
                        and t in {t.id for t in sa.tasks.list(a.sg())})
            sb.tasks.delete(gone)
            x.deleted_tasks.add(gone)

        if week in (0, 1):  # A -> B, B decides, then B -> A
            b.take(a.package())
            decided = decide_open(b, week)
            assert decided == (["meetings", "people", "tasks"] if week == 1 else []), decided
            a.take(b.package())
        elif week == 2:  # B's package waits; A sends two, B takes the later first
            waiting_b = b.package()
            first = a.package()
            noted = next(t for t in reversed(x.tasks) if t in {t.id for t in sa.tasks.list()})
            sa.tasks.update(noted, description="Nachtrag der Geschäftsstelle")
            x.values.append(("tasks", noted, "description", "Nachtrag der Geschäftsstelle"))
            second = a.package()
            b.take(second)
            assert b.take(first).nothing  # all in the later one already
        else:  # B -> A first (last week's package late, then this one), A decides
            assert waiting_b is not None
            a.take(b.package())
            assert a.take(waiting_b).nothing
            decide_open(a, week)
            b.take(a.package())
    # until nothing is new either way
    for _ in range(3):
        if b.take(a.package()).nothing and a.take(b.package()).nothing:
            break
    else:
        pytest.fail("the two laptops do not settle")

    renumbered = [r for report in a.reports + b.reports for r in report.renumbered]
    assert len(renumbered) >= WEEKS, renumbered  # each week's numbers collided
    assert all(r.startswith("SG-2026/") for r in renumbered), renumbered
    x.renumbered = [tuple(r.split(" → ")) for r in renumbered]
    x.values += [("people", person, "email", "gs.neu@rostock.de"),
                 ("people", person, "phone", "0381 381-2345"),
                 ("tasks", old_task, "title", "Sozialraumanalyse: Fassung des Beirats"),
                 ("meetings", planned, "place", "Rathaus, Festsaal")]


def decide_open(laptop: Laptop, week: int) -> list[str]:
    """The conflicts of the week: the person field by field (their e-mail, my phone),
    the task: mine, the meeting's place: theirs. Returns their tables."""
    found = conflicts_of(laptop.store)
    for conflict in found:
        if conflict.table == "people":
            theirs = {f.column: f.theirs for f in conflict.fields}
            assert "email" in theirs
            decide(laptop.store, conflict.id, EDIT, {"email": theirs["email"]})
        elif conflict.table == "tasks":
            decide(laptop.store, conflict.id, MINE)
        elif conflict.table == "meetings":
            decide(laptop.store, conflict.id, THEIRS)
        else:
            pytest.fail(f"an unexpected conflict in week {week + 1}: {conflict.title} "
                        f"({conflict.reason_label})")
    assert count_open(laptop.store) == 0
    return sorted(c.table for c in found)


def everything_present(store: Store, x: Expected) -> None:
    meetings = {m.id: m for m in store.meetings.list()}
    for meeting_id, (body, number, place) in x.meetings.items():
        m = meetings[meeting_id]
        assert (store.bodies.get(m.body_id).short, m.number, m.place) == (body, number, place)
        assert store.agenda.list(meeting_id), "its agenda travelled"
        assert store.attendance.list(meeting_id), "its attendance travelled"
    decisions = {d.id: d for d in store.decisions.list()}
    for decision_id, title in x.decisions.items():
        assert decisions[decision_id].title == title
    for decision_id, number in x.approved_numbers.items():
        assert decisions[decision_id].number == number, "a number of approved minutes changed"
    voted = [d for d in decisions.values() if d.id in x.decisions and d.meeting_id]
    assert voted
    assert all(store.db.execute("SELECT count(*) FROM votes WHERE decision_id = ? AND "
                                "deleted_at IS NULL", [d.id]).fetchone()[0] for d in voted)
    tasks = {t.id: t for t in store.tasks.list()}
    for task_id, title in x.tasks.items():
        if task_id in x.deleted_tasks:
            assert task_id not in tasks
        else:
            assert tasks[task_id].title == title
    recommendations = {r.id: r for r in store.recommendations.list()}
    for rec_id, title in x.recommendations.items():
        assert recommendations[rec_id].title == title
    answered = recommendations[x.answered]
    assert answered.state is RecommendationState.ADOPTED
    assert answered.response_decision_id in x.decisions
    paper_id, name, data = x.paper
    assert store.attachments.get(paper_id).name == name
    assert store.attachments.content(paper_id) == data
    for table, record_id, column, value in x.values:
        found = store.db.execute(f"SELECT {column} FROM {table} WHERE id = ?",
                                 [record_id]).fetchone()
        assert found == (value,), (table, column, found, value)


def numbers_changed(store: Store) -> set[tuple[str, ...]]:
    """(old, new) of every number of a decision changed in place, by its history."""
    entries = map(entry_from_row, store.db.query(
        "SELECT * FROM history WHERE table_name = 'decisions'"))
    return {tuple(e.changes["number"]) for e in entries
            if e.changes.get("number", (None,))[0] is not None}


def sound(store: Store) -> None:
    assert count_open(store) == 0
    assert check(store) == []
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert altered_minutes(store.db) == []
    assert store.db.execute(
        "SELECT number, count(*) FROM decisions WHERE deleted_at IS NULL GROUP BY number "
        "HAVING count(*) > 1").fetchall() == []
    assert store.db.execute(
        "SELECT body_id, number FROM meetings WHERE deleted_at IS NULL GROUP BY body_id, "
        "number HAVING count(*) > 1").fetchall() == []


def test_an_approved_decision_keeps_its_number_against_an_earlier_one(
        tmp_path: Path, demo_path: Path) -> None:
    """B numbers a decision in writing first; A numbers one at a meeting later and has
    its minutes approved before they exchange. The approved number must stay: B's
    decision, not approved, is the one to get the next number, on both laptops."""
    a_path, b_path = tmp_path / "a.sro", tmp_path / "b.sro"
    shutil.copyfile(demo_path, a_path)
    with Store.open(a_path) as sa:
        with sa.edit() as db:
            set_name(db, "Laptop Geschäftsstelle")
        clone(sa, b_path, "Laptop Beirat")
        with Store.open(b_path) as sb:
            sg = sa.bodies.resolve("SG").id
            written = sb.decisions.add("Umlauf des Beirats", body_id=sg,
                                       decided_on=FIRST_MONDAY)
            held = sa.meetings.add(sg, FIRST_MONDAY + timedelta(days=2))
            item = sa.agenda.add(held.id, "Haushalt", AgendaKind.DECISION)
            for state in (S.INVITED, S.HELD):
                sa.meetings.set_state(held.id, state)
            approved = sa.decisions.add("Haushalt beschlossen", agenda_item_id=item.id)
            assert approved.number == written.number  # the collision
            later = sa.meetings.add(sg, FIRST_MONDAY + timedelta(days=9))
            for state in (S.INVITED, S.HELD):
                sa.meetings.set_state(later.id, state)
            for state in (S.DRAFT, S.SENT):
                sa.meetings.set_state(held.id, state)
            sa.meetings.set_state(held.id, S.APPROVED, approving_meeting_id=later.id)

            export(sa, tmp_path / "a.sroex", "Laptop Beirat")
            take_in(sb, tmp_path / "a.sroex")  # B's own decision gives way
            export(sb, tmp_path / "b.sroex", "Laptop Geschäftsstelle")
            take_in(sa, tmp_path / "b.sroex")  # B's renumbering arrives, nothing collides
            for store in (sa, sb):
                assert store.decisions.get(approved.id).number == approved.number
                assert store.decisions.get(written.id).number != approved.number
                assert store.meetings.get(held.id).state is S.APPROVED
                assert count_open(store) == 0
                assert altered_minutes(store.db) == []
