"""The queries behind the registers: newest first, years, counts, agenda of a recommendation."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from pinned import TODAY

from sro_desktop.domain.enums import AgendaKind, BodyKind, MeetingState, RecommendationState
from sro_desktop.store import Store

R = RecommendationState


@pytest.fixture
def board(steering):
    return steering.store.bodies.add("Planungsgruppe Sozialraumorientierung", "PG1",
                                     BodyKind.ADVISORY, advises_body_id=steering.body.id)


def written(steering, day: date, title: str):
    """A decision in writing (Umlaufverfahren) of the steering group."""
    return steering.store.decisions.add(title, body_id=steering.body.id, decided_on=day)


# -- decisions ---------------------------------------------------------------------------


def test_register_newest_first_with_paging(steering):
    store = steering.store
    a = written(steering, date(2025, 3, 1), "Erster")
    b = written(steering, date(2026, 1, 10), "Zweiter")
    c = written(steering, date(2026, 1, 10), "Dritter, gleicher Tag")
    assert [d.id for d in store.decisions.list()] == [a.id, b.id, c.id]
    assert [d.id for d in store.decisions.list(newest_first=True)] == [c.id, b.id, a.id]
    assert [d.number for d in store.decisions.list(newest_first=True, limit=2, offset=1)] == [
        "SG-2026/001", "SG-2025/001"]


def test_years_run_from_first_to_last_decision(steering):
    store = steering.store
    assert store.decisions.years() == []
    written(steering, date(2023, 6, 1), "Alt")
    written(steering, date(2026, 2, 1), "Neu")
    other = store.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE)
    store.decisions.add("Transfer", body_id=other.id, decided_on=date(2027, 1, 20))
    assert store.decisions.years() == [2027, 2026, 2025, 2024, 2023]
    assert store.decisions.years(steering.body.id) == [2026, 2025, 2024, 2023]
    assert store.decisions.years(other.id) == [2027]


def test_count_list_counts_what_list_gives(steering):
    store = steering.store
    written(steering, date(2025, 3, 1), "Erster")
    written(steering, date(2026, 1, 10), "Zweiter")
    other = store.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE)
    store.decisions.add("Transfer", body_id=other.id, decided_on=date(2026, 5, 20))
    for filters in ({}, {"body_id": steering.body.id},
                    {"date_from": date(2026, 1, 1), "date_to": date(2026, 12, 31)},
                    {"body_id": other.id, "date_from": date(2025, 1, 1),
                     "date_to": date(2025, 12, 31)}):
        assert store.decisions.count_list(**filters) == len(store.decisions.list(**filters))
    assert store.decisions.count_list(date_from=date(2026, 1, 1)) == 2


# -- recommendations -------------------------------------------------------------------------


def test_recommendations_newest_first_and_counted(steering, board):
    store = steering.store
    sg = steering.body.id
    first = store.recommendations.add(board.id, sg, "Modellregion", date(2026, 2, 5))
    second = store.recommendations.add(board.id, sg, "Fortbildung", date(2026, 5, 7))
    third = store.recommendations.add(board.id, sg, "Transfer", date(2026, 5, 7))
    store.recommendations.answer(second.id, R.ADOPTED, "Wir folgen der Empfehlung.")
    assert [r.id for r in store.recommendations.list(newest_first=True)] == [
        third.id, second.id, first.id]
    assert [r.id for r in store.recommendations.list(newest_first=True, limit=1,
                                                     offset=1)] == [second.id]
    assert store.recommendations.count_list() == 3
    assert store.recommendations.count_list(awaiting_only=True) == 2
    assert store.recommendations.count_awaiting() == 2
    assert store.recommendations.count_awaiting(sg) == 2
    assert store.recommendations.count_awaiting(board.id) == 0
    store.recommendations.answer(first.id, R.DEFERRED, "")
    assert store.recommendations.count_awaiting() == 2  # deferred still waits


def test_agenda_items_and_meetings_of_a_recommendation(steering, board):
    store = steering.store
    sg = steering.body.id
    rec = store.recommendations.add(board.id, sg, "Modellregion", date(2026, 2, 5))
    past, _ = steering.meeting(date(2026, 3, 10), ("Begrüßung", AgendaKind.INFORMATION))
    steering.walk(past.id, MeetingState.INVITED, MeetingState.HELD)
    later, _ = steering.meeting(date(2026, 12, 8), ("Begrüßung", AgendaKind.INFORMATION))
    soon, _ = steering.meeting(date(2026, 11, 30))
    cancelled, _ = steering.meeting(date(2026, 12, 1))
    steering.walk(cancelled.id, MeetingState.INVITED)
    store.meetings.set_state(cancelled.id, MeetingState.CANCELLED, reason="Krankheit")
    elsewhere = store.meetings.add(board.id, date(2026, 12, 2))

    assert [m.id for m in store.recommendations.agenda_meetings(rec.id, TODAY)] == [
        soon.id, later.id]
    assert elsewhere.id not in {m.id for m in store.recommendations.agenda_meetings(
        rec.id, date(2026, 1, 1))}
    assert store.recommendations.agenda_items(rec.id) == []

    on_later = store.recommendations.put_on_agenda(rec.id, later.id)
    on_soon = store.recommendations.put_on_agenda(rec.id, soon.id)
    assert [i.id for i in store.recommendations.agenda_items(rec.id)] == [
        on_soon.id, on_later.id]
    assert store.recommendations.agenda_items(rec.id)[1].position == 2


# -- on the large demo: no full scans --------------------------------------------------------


@pytest.fixture(scope="module")
def large(tmp_path_factory, large_demo_path):
    """A copy of the large demo (written once per run for the pinned day)."""
    path = tmp_path_factory.mktemp("large") / "large.sro"
    shutil.copyfile(large_demo_path, path)
    with Store.open(path) as store:
        yield store


def test_register_queries_use_indexes(large):
    body = large.bodies.resolve("SRT-NW")
    calls = {
        "register newest first": lambda: large.decisions.list(limit=200, offset=400,
                                                              newest_first=True),
        "register of a body newest first": lambda: large.decisions.list(
            body.id, limit=200, newest_first=True),
        "register of a year": lambda: large.decisions.list(
            date_from=date(2020, 1, 1), date_to=date(2020, 12, 31), limit=200,
            newest_first=True),
        "years": lambda: large.decisions.years(),
        "years of a body": lambda: large.decisions.years(body.id),
        "count of a year": lambda: large.decisions.count_list(
            date_from=date(2020, 1, 1), date_to=date(2020, 12, 31)),
        "count of a body": lambda: large.decisions.count_list(body.id),
    }
    scans = []
    for name, call in calls.items():
        seen: list[tuple[str, object]] = []
        large.db._tracer = lambda sql, params, seen=seen: seen.append((sql, params))
        try:
            call()
        finally:
            large.db._tracer = None
        for sql, params in seen:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            for row in large.db.query(f"EXPLAIN QUERY PLAN {sql}", params):
                if row["detail"].startswith("SCAN decisions") and "INDEX" not in row["detail"]:
                    scans.append(f"{name}: {row['detail']}")
    assert not scans, scans
    assert large.decisions.years()[0] == TODAY.year
    assert large.decisions.count_list() == large.db["decisions"].count
