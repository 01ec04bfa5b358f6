"""A file of the first schema (the committed fixture) is brought up to date on opening."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from sro_desktop import __version__
from sro_desktop.domain.enums import AttendanceStatus, Role
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.store import Store
from sro_desktop.store.schema import APPLICATION_ID, lock_trigger_names, schema_version, step_names

FIXTURES = Path(__file__).parents[1] / "fixtures"
V1 = FIXTURES / "schema_v1.sro"

# ids and values the fixture was made with (see tests/fixtures/make_schema_v1.py)
BODY_ID = "6f0c2a8e-3b1d-4c55-9a77-1d2e3f405161"
ORGANIZATION_ID = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"
PERSON_ID = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
DEPUTY_ID = "7c8d9e0f-1a2b-4c3d-b4e5-f6a7b8c9d0e1"
MEMBERSHIP_ID = "9d0e1f2a-3b4c-4d5e-86f7-a8b9c0d1e2f3"
STAMP = "2025-11-03T09:15:00+00:00"


def schema_objects(db, kind: str) -> dict[str, str]:
    """Name -> SQL of the indexes or triggers the program made (not SQLite's own)."""
    return {r["name"]: r["sql"] for r in db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL", [kind])}


@pytest.fixture
def v1_copy(tmp_path) -> Path:
    """The committed fixture, copied: the test never writes to the original."""
    assert V1.is_file(), "tests/fixtures/schema_v1.sro fehlt (siehe make_schema_v1.py)"
    copy = tmp_path / "alt.sro"
    shutil.copyfile(V1, copy)
    return copy


def test_fixture_is_a_version_1_file(v1_copy):
    raw = sqlite3.connect(v1_copy)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        applied = [r[0] for r in raw.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == step_names()[:1]
        objects = {r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "AND sql IS NOT NULL AND tbl_name <> '_sqlite_migrations'")}
        assert objects == set()
    finally:
        raw.close()


def test_opening_an_old_file_migrates_it_and_keeps_the_data(v1_copy):
    with Store.open(v1_copy) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert s.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        applied = [r["name"] for r in s.db.query("SELECT name FROM _sqlite_migrations "
                                                  "ORDER BY id")]
        assert applied == step_names()

        body = s.bodies.get(BODY_ID)
        assert (body.name, body.short, body.of_body) == (
            "Steuerungsgruppe", "SG", "der Steuerungsgruppe")
        assert [(x.short, x.parity, x.voting) for x in s.sides.list(BODY_ID)] == [
            ("V", True, True), ("T", True, True), ("W", False, False), ("P", False, False)]
        person = s.people.get(PERSON_ID)
        assert (person.last_name, person.first_name, person.organization_id) == (
            "Möller", "Karin", ORGANIZATION_ID)
        assert s.organizations.get(ORGANIZATION_ID).name == "Jugendamt Rostock"
        membership = s.memberships.get(MEMBERSHIP_ID)
        assert membership.role is Role.CHAIR
        assert membership.voting is True
        assert membership.deputy_person_id == DEPUTY_ID
        assert membership.valid_from == date(2025, 1, 1)
        stamps = s.db.execute("SELECT created_at, updated_at, updated_by FROM people "
                              "WHERE id = ?", [PERSON_ID]).fetchone()
        assert stamps == (STAMP, STAMP, "Frau Beispiel")
        written_by = s.db.execute("SELECT value FROM meta WHERE key = 'written_by'").fetchone()
        assert written_by == (__version__,)


def test_migrated_file_has_the_indexes_and_lock_triggers(v1_copy, tmp_path):
    with Store.open(v1_copy) as old, Store.open(tmp_path / "frisch.sro", create=True) as new:
        indexes = schema_objects(old.db, "index")
        triggers = schema_objects(old.db, "trigger")
        assert indexes == schema_objects(new.db, "index")
        assert triggers == schema_objects(new.db, "trigger")
    for name in ("bodies_short", "meetings_number", "decisions_number", "votes_side",
                 "attendance_member", "recommendations_number", "tasks_due"):
        assert name in indexes
    assert "WHERE deleted_at IS NULL" in indexes["decisions_number"]
    assert set(lock_trigger_names()) <= set(triggers)
    # m003: 17; m006: circulations, objections; m008: papers; m010: ballots
    assert len(lock_trigger_names()) == 29


def test_migrated_file_works_like_a_new_one(v1_copy):
    with Store.open(v1_copy) as s:
        with pytest.raises(RuleViolation, match="Kürzel SG"):
            s.bodies.add("Noch eine Steuerungsgruppe", "SG")
        with pytest.raises(sqlite3.IntegrityError):  # the partial unique index from m002
            s.db.execute(
                "INSERT INTO bodies (id, name, short, kind, created_at, updated_at) "
                "VALUES ('x', 'Doppelt', 'SG', 'steering', ?, ?)", [STAMP, STAMP])
        meeting = s.meetings.add(BODY_ID, date(2026, 2, 10))
        assert meeting.number == 1
        s.attendance.set(meeting.id, MEMBERSHIP_ID, AttendanceStatus.REPRESENTED)
        (row,) = s.attendance.list(meeting.id)
        assert row.deputy_person_id == DEPUTY_ID
    with Store.open(v1_copy) as again:  # a second opening has nothing left to migrate
        assert again.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert again.meetings.get(meeting.id).number == 1


def test_the_committed_fixture_is_not_touched(v1_copy):
    before = hashlib.sha256(V1.read_bytes()).hexdigest()
    with Store.open(v1_copy):
        pass
    assert hashlib.sha256(V1.read_bytes()).hexdigest() == before
    assert hashlib.sha256(v1_copy.read_bytes()).hexdigest() != before
    assert not Path(f"{V1}-wal").exists()
