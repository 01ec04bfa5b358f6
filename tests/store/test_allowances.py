"""Sitzungsgeld in the file (issue 17, item 4): rates are kept, checked, exchanged
between laptops and counted by ``check``; the year's allowances come from the recorded
attendance of the demo's advisory board (deputies, cancelled meetings, the office)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from sro_desktop.domain.enums import AttendanceStatus, MeetingState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.schema import USER_TABLES, version_trigger_names


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_path):
    """The demo's advisory board, with one meeting where a member sent her deputy and
    a meeting cancelled after everyone had said they would come."""
    path = tmp_path_factory.mktemp("allowances") / "demo.sro"
    shutil.copyfile(demo_path, path)
    with Store.open(path) as store:
        pg = store.bodies.resolve("PG1")
        seats = {store.people.get(m.person_id).last_name: m
                 for m in store.memberships.list(pg.id)}
        first = store.meetings.list(pg.id)[0]
        deputy = next(p for p in store.people.list() if p.last_name == "Kowalski")
        store.attendance.set(first.id, seats["Engel"].id, AttendanceStatus.REPRESENTED,
                             deputy_person_id=deputy.id)  # no member of the board
        cancelled = store.meetings.add(pg.id, date(2026, 12, 10))
        store.meetings.set_state(cancelled.id, MeetingState.INVITED)
        for seat in seats.values():
            store.attendance.set(cancelled.id, seat.id, AttendanceStatus.PRESENT)
        store.meetings.set_state(cancelled.id, MeetingState.CANCELLED, reason="Krankheit")
    with Store.open(path) as store:
        yield store, store.bodies.resolve("PG1")


def test_the_year_from_the_attendance(demo):
    store, pg = demo
    found = {store.people.get(s.person_id).last_name: (s.count, s.total_cents)
             for s in store.allowance_rates.statements(pg.id, 2026)}
    assert found == {
        "Hoffmann": (4, 12000), "Engel": (3, 9000), "Barth": (4, 12000),
        "Petersen": (4, 12000), "Winter": (4, 12000),
        "Kowalski": (1, 3000),  # the deputy, for Frau Engel
    }  # Lange and Yılmaz work for the office, Schulz takes the minutes; no cancelled one
    assert store.allowance_rates.statements(pg.id, 2025) == []


def test_rates_are_kept_checked_and_exchanged(tmp_path, demo_path):
    path = tmp_path / "d.sro"
    shutil.copyfile(demo_path, path)
    with Store.open(path) as store:
        pg = store.bodies.resolve("PG1")
        (rate,) = store.allowance_rates.list(pg.id)
        assert (rate.amount_cents, rate.travel_cents, rate.office_staff) == (2500, 500, False)
        with pytest.raises(RuleViolation, match="schon ein"):
            store.allowance_rates.add(pg.id, rate.side_id, 3000)
        other_side = store.sides.list(store.bodies.resolve("SG").id)[0]
        with pytest.raises(RuleViolation, match="gehört nicht"):
            store.allowance_rates.add(pg.id, other_side.id, 3000)
        store.allowance_rates.update(rate.id, valid_to=date(2026, 6, 30))
        later = store.allowance_rates.add(pg.id, rate.side_id, 3000, 0,
                                          valid_from=date(2026, 7, 1))
        versions = store.db.execute(
            "SELECT record_id FROM record_versions WHERE table_name = 'allowance_rates'"
        ).fetchall()
        assert {r[0] for r in versions} == {rate.id, later.id}  # the exchange sees them
        store.allowance_rates.delete(later.id)
        assert store.allowance_rates.list(pg.id) == [
            store.allowance_rates.get(rate.id)]
        assert check(store) == []
    assert "allowance_rates" in USER_TABLES
    assert "allowance_rates_version_update" in version_trigger_names()
