"""The budget of the model region and the posts in the file (issue 17, items 1 and 2):
lines and posts are kept in whole cents and thousandths, checked by the file itself,
exchanged between two laptops (a line booked on both is a conflict), undone, and the
demo's shape holds."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

import pytest

from sro_desktop.domain.budget import QUARTERS
from sro_desktop.domain.enums import BudgetArea, FundingSource, LearningKind, ParitySide
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.store import Store, exchange, exchange_conflicts
from sro_desktop.store.check import check
from sro_desktop.store.schema import USER_TABLES, version_trigger_names
from sro_desktop.store.undo import UndoLog
from tests.exchange_copies import build_small_file, decide, differences, open_copies, send
from tests.pinned import TODAY


@pytest.fixture
def store(tmp_path, demo_path):
    path = tmp_path / "demo.sro"
    shutil.copyfile(demo_path, path)
    with Store.open(path) as opened:
        yield opened


def test_the_demo_has_the_model_region_from_2018_and_the_two_posts(store):
    years = store.budget_lines.years()
    assert years == list(range(2018, TODAY.year + 2))
    assert {x.area for x in store.budget_lines.list(2018)} == set(BudgetArea) - {
        BudgetArea.OTHER}
    # a year past is booked in every quarter, next year is a plan only
    assert all(x.actual(q) > 0 for x in store.budget_lines.list(2019) for q in QUARTERS)
    assert store.budget_lines.totals(TODAY.year + 1).actual == 0
    assert all(x.decision_id for x in store.budget_lines.list(TODAY.year + 1))
    held = store.posts.on(TODAY)
    assert [(p.side, p.share_permille) for p in held] == [(ParitySide.OFFICE, 1000),
                                                          (ParitySide.PROVIDERS, 1000)]
    assert all(p.person_id and p.budget_line_id for p in held)
    first_holder = store.posts.on(date(2019, 6, 1))[1]
    assert first_holder.person_id != held[1].person_id
    assert first_holder.share_permille == 750
    assert check(store) == []


def test_a_line_is_kept_in_whole_cents_and_checked(store):
    decision = store.decisions.list()[1]
    line = store.budget_lines.add(2031, BudgetArea.YOUTH_WORK, "Streetwork Südstadt",
                                  funding=FundingSource.PROVIDERS, plan_q1_cents=123_456,
                                  actual_q1_cents=99, decision_id=decision.id)
    store.budget_lines.update(line.id, plan_q3_cents=1)
    row = store.db.execute("SELECT year, area, funding, plan_q1_cents, plan_q3_cents, "
                           "actual_q1_cents, typeof(plan_q1_cents) FROM budget_lines "
                           "WHERE id = ?", [line.id]).fetchone()
    assert row == (2031, "youth_work", "providers", 123_456, 1, 99, "integer")
    assert store.budget_lines.totals(2031).remaining == 123_457 - 99
    with pytest.raises(RuleViolation, match="ab 0,00"):
        store.budget_lines.update(line.id, actual_q2_cents=-5)
    with pytest.raises(RuleViolation, match="Bezeichnung"):
        store.budget_lines.update(line.id, title=" ")
    with pytest.raises(Exception, match="gibt es nicht"):
        store.budget_lines.update(line.id, milestone_id="no-such-milestone")
    with pytest.raises(sqlite3.IntegrityError, match="typed_plan_q2_cents"):
        store.db.execute("UPDATE budget_lines SET plan_q2_cents = 12.5 WHERE id = ?",
                         [line.id])  # another program writing a float: the file refuses
    assert check(store) == []


def test_removing_a_line_keeps_its_posts_and_undo_brings_both_back(store):
    (funded,) = {p.budget_line_id for p in store.posts.list()}
    log = UndoLog(store.db)
    mark = log.mark()
    store.budget_lines.delete(funded)
    assert all(p.budget_line_id is None for p in store.posts.list())
    assert len(store.posts.list()) == 3
    step = log.since(mark)
    assert step is not None
    log.apply(step)
    assert {p.budget_line_id for p in store.posts.list()} == {funded}
    assert check(store) == []


def test_a_post_with_its_holder_is_kept_and_checked(store):
    person = store.people.list()[0]
    post = store.posts.add("Koordination Sozialraum Nord", ParitySide.PROVIDERS,
                           date(2031, 1, 1), person_id=person.id, share_permille=875)
    with pytest.raises(RuleViolation, match="besetzt bis"):
        store.posts.update(post.id, date_to=date(2030, 12, 31))
    with pytest.raises(RuleViolation, match="Stellenanteil"):
        store.posts.update(post.id, share_permille=1200)
    store.posts.update(post.id, person_id=None, date_to=date(2031, 12, 31))
    row = store.db.execute("SELECT side, share_permille, person_id, date_to FROM posts "
                           "WHERE id = ?", [post.id]).fetchone()
    assert row == ("providers", 875, None, "2031-12-31")


def test_lines_and_posts_travel_between_two_laptops(tmp_path):
    template = build_small_file(tmp_path / "t.sro")
    here, there = open_copies(template, tmp_path / "copies", 2)
    try:
        line = here.budget_lines.add(2026, BudgetArea.POSTS, "Koordination",
                                     funding=FundingSource.STATE, plan_q1_cents=500_000)
        post = here.posts.add("Koordination (Träger)", ParitySide.PROVIDERS,
                              date(2026, 1, 1), budget_line_id=line.id, share_permille=500)
        exchange.take_in(there, send(here, there, tmp_path))
        assert there.budget_lines.get(line.id).plan_q1_cents == 500_000
        assert there.posts.get(post.id).budget_line_id == line.id
        # a booking made here travels; two bookings of one line at once are a conflict
        # the secretary decides (here: theirs), never a silent loss
        here.budget_lines.update(line.id, actual_q1_cents=480_012)
        exchange.take_in(there, send(here, there, tmp_path))
        assert there.budget_lines.get(line.id).actual_q1_cents == 480_012
        here.budget_lines.update(line.id, actual_q2_cents=1)
        there.budget_lines.update(line.id, actual_q2_cents=7)
        exchange.take_in(there, send(here, there, tmp_path))
        (conflict,) = exchange_conflicts.open_conflicts(there)
        decide(there, conflict.id, mine=True)
        exchange.take_in(here, send(there, here, tmp_path))
        for copy in (here, there):
            booked = copy.budget_lines.get(line.id)
            assert (booked.actual_q1_cents, booked.actual_q2_cents) == (480_012, 7)
        here.posts.delete(post.id)
        exchange.take_in(there, send(here, there, tmp_path))
        assert there.posts.list() == []
        assert differences(here, there) == []
        assert check(here) == []
        assert check(there) == []
    finally:
        here.close()
        there.close()


def test_the_tables_take_part_in_exchange_and_check():
    assert {"budget_lines", "posts"} <= set(USER_TABLES)
    assert {"budget_lines_version_update", "posts_version_delete"} <= set(
        version_trigger_names())


def test_links_to_a_milestone_gone_are_cleared_and_an_approving_decision_stays(store):
    sg = store.bodies.resolve("SG")
    decision = store.decisions.add_written("Mittel für Fachtag", sg.id, date(2031, 2, 1))
    milestone = store.milestones.add("Fachtag ausgerichtet", 2031, 2)
    line = store.budget_lines.add(2031, BudgetArea.TRAINING, "Fachtag",
                                  decision_id=decision.id, milestone_id=milestone.id)
    event = store.learning_events.add(LearningKind.CONFERENCE, "Fachtag", date(2031, 5, 1),
                                      milestone_id=milestone.id)
    with pytest.raises(RuleViolation, match="Haushaltszeile"):
        store.decisions.delete(decision.id)
    store.milestones.delete(milestone.id)
    assert store.budget_lines.get(line.id).milestone_id is None
    assert store.learning_events.get(event.id).milestone_id is None
    store.budget_lines.update(line.id, decision_id=None)
    store.decisions.delete(decision.id)
    assert check(store) == []


def test_a_holder_or_participant_is_not_removed_and_a_merge_takes_their_posts_along(store):
    holder = store.people.get(store.posts.on(TODAY)[0].person_id)
    with pytest.raises(RuleViolation, match="Stelle"):
        store.people.delete(holder.id)
    participant = store.people.add("Acker", "Anna")
    event = store.learning_events.list()[0]
    store.learning_participants.add(event.id, participant.id)
    with pytest.raises(RuleViolation, match="1 Teilnahme an einer Fortbildung"):
        store.people.delete(participant.id)
    employer = holder.organization_id
    twin = store.organizations.add("Amt für Jugend (Dublette)", "", "office")
    post = store.posts.add("Sachbearbeitung", ParitySide.OFFICE, TODAY, organization_id=twin.id)
    with pytest.raises(RuleViolation, match="1 Stelle"):
        store.organizations.delete(twin.id)
    store.organizations.merge(employer, twin.id)
    assert store.posts.get(post.id).organization_id == employer
    assert check(store) == []
