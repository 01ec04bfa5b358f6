"""What every row shares: foreign keys, UUIDs, change stamps and tombstones."""

from __future__ import annotations

import re
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from sro_desktop.domain.enums import AgendaKind
from sro_desktop.store import NotFound, Store, StoreError

# ISO-8601 in UTC: date, "T", time to the second (fractions allowed), "+00:00"
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?\+00:00")


def raw_row(store: Store, table: str, row_id: str) -> dict:
    rows = list(store.db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
    assert len(rows) == 1
    return rows[0]


@pytest.fixture(autouse=True)
def began() -> datetime:
    """The clock before the test and its fixtures wrote anything (autouse fixtures come
    first in their scope), to the millisecond: the file keeps milliseconds."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def assert_utc_stamp(value: str, began: datetime) -> datetime:
    """UTC ISO-8601 as now_utc() writes it (sortable as text); and written between
    ``began`` and now."""
    assert STAMP.fullmatch(value), value
    parsed = datetime.fromisoformat(value)
    assert parsed.utcoffset() == timedelta(0)
    assert began <= parsed <= datetime.now(UTC)
    return parsed


def assert_uuid(value: str) -> None:
    assert str(uuid.UUID(value)) == value
    assert uuid.UUID(value).version == 4


# -- foreign keys --------------------------------------------------------------------------


def test_raw_agenda_item_for_a_missing_meeting_is_refused(store):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.db.execute(
            "INSERT INTO agenda_items (id, meeting_id, position, title, created_at, updated_at) "
            "VALUES (?, ?, 1, 'Begrüßung', '2026-01-01T00:00:00+00:00', "
            "'2026-01-01T00:00:00+00:00')", [str(uuid.uuid4()), str(uuid.uuid4())])
    assert store.db.execute("SELECT count(*) FROM agenda_items").fetchone() == (0,)
    assert not store.db.conn.in_transaction


def test_foreign_keys_hold_after_reopening(tmp_path):
    path = tmp_path / "fk.sro"
    with Store.open(path, create=True) as s:
        s.bodies.add("Steuerungsgruppe", "SG")
    with Store.open(path) as s:
        assert s.db.execute("PRAGMA foreign_keys").fetchone() == (1,)
        with pytest.raises(sqlite3.IntegrityError):
            s.db.execute(
                "INSERT INTO sides (id, body_id, name, created_at, updated_at) "
                "VALUES ('s', 'kein-gremium', 'Verwaltung', 'x', 'x')")


def test_repository_write_against_a_missing_reference_is_a_store_error(steering):
    store = steering.store
    with pytest.raises(StoreError, match="passt nicht zu den gespeicherten Daten"):
        store.people.add("Niemand", organization_id=str(uuid.uuid4()))
    assert not store.db.conn.in_transaction


# -- ids and stamps ------------------------------------------------------------------------


def test_new_rows_get_uuids_and_utc_stamps_by_the_configured_user(steering, began):
    store = steering.store
    assert store.user == "Testschreiberin"
    meeting, (item,) = steering.meeting(date(2026, 3, 4), "Modellregion")
    for table, row_id in (("bodies", steering.body.id), ("people", steering.person[
            steering.admin[0].id].id), ("memberships", steering.admin[0].id),
            ("meetings", meeting.id), ("agenda_items", item.id)):
        row = raw_row(store, table, row_id)
        assert_uuid(row["id"])
        assert row["updated_by"] == "Testschreiberin"
        assert row["deleted_at"] is None
        assert (assert_utc_stamp(row["created_at"], began)
                <= assert_utc_stamp(row["updated_at"], began))
    for side in store.sides.list(steering.body.id):
        assert_uuid(side.id)


def test_update_moves_updated_at_but_not_created_at(steering, began):
    store = steering.store
    person = steering.person[steering.providers[2].id]
    before = raw_row(store, "people", person.id)
    store.db.execute("UPDATE people SET updated_at = '2020-01-01T00:00:00+00:00', "
                     "updated_by = 'jemand anders' WHERE id = ?", [person.id])
    store.people.update(person.id, email="ines.meyer@diakonie.example")
    after = raw_row(store, "people", person.id)
    assert after["email"] == "ines.meyer@diakonie.example"
    assert after["created_at"] == before["created_at"]
    assert assert_utc_stamp(after["updated_at"], began) > datetime.fromisoformat(
        "2020-01-01T00:00:00+00:00")
    assert after["updated_by"] == "Testschreiberin"


def test_the_user_comes_from_sro_user(tmp_path, monkeypatch):
    monkeypatch.setenv("SRO_USER", "  Frau Schmidt  ")
    with Store.open(tmp_path / "u.sro", create=True) as s:
        body = s.bodies.add("Beirat", "PG1")
        assert raw_row(s, "bodies", body.id)["updated_by"] == "Frau Schmidt"


# -- tombstones ----------------------------------------------------------------------------


def test_delete_leaves_a_tombstone_hidden_from_reads(steering, began):
    store = steering.store
    guest = store.people.add("Gast", "Greta")
    count = len(store.people.list())
    store.people.delete(guest.id)

    row = raw_row(store, "people", guest.id)
    assert row["last_name"] == "Gast"
    assert_utc_stamp(row["deleted_at"], began)
    assert row["updated_by"] == "Testschreiberin"
    assert (assert_utc_stamp(row["deleted_at"], began)
            <= assert_utc_stamp(row["updated_at"], began))
    assert guest.id not in [p.id for p in store.people.list()]
    assert len(store.people.list()) == count - 1
    with pytest.raises(NotFound, match="gibt es nicht"):
        store.people.get(guest.id)
    with pytest.raises(NotFound):
        store.people.delete(guest.id)
    with pytest.raises(NotFound):
        store.people.update(guest.id, first_name="Gerda")
    assert raw_row(store, "people", guest.id)["first_name"] == "Greta"


def test_deleted_meeting_item_is_a_tombstone_and_the_agenda_renumbers(steering):
    store = steering.store
    meeting, items = steering.meeting(date(2026, 3, 4), ("Begrüßung", AgendaKind.INFORMATION),
                                      "Modellregion", "Verschiedenes")
    store.agenda.delete(items[1].id)
    assert [(i.position, i.title) for i in store.agenda.list(meeting.id)] == [
        (1, "Begrüßung"), (2, "Verschiedenes")]
    tomb = raw_row(store, "agenda_items", items[1].id)
    assert tomb["deleted_at"] is not None
    assert tomb["updated_by"] == "Testschreiberin"
    with pytest.raises(NotFound):
        store.agenda.get(items[1].id)


def test_a_deleted_short_name_can_be_used_again(store):
    old = store.bodies.add("Planungsgruppe", "PG1")
    store.bodies.delete(old.id)
    new = store.bodies.add("Planungsgruppe SRO", "PG1")
    assert store.bodies.resolve("PG1").id == new.id
    assert store.db.execute("SELECT count(*) FROM bodies WHERE short = 'PG1'").fetchone() == (2,)


def test_deleted_meeting_frees_its_number_but_stays_in_the_file(steering):
    store = steering.store
    first, _ = steering.meeting(date(2026, 1, 20))
    second, _ = steering.meeting(date(2026, 2, 20))
    assert (first.number, second.number) == (1, 2)
    store.meetings.delete(second.id)
    assert [m.id for m in store.meetings.list(steering.body.id)] == [first.id]
    third, _ = steering.meeting(date(2026, 3, 20))
    assert third.number == 2
    assert store.db.execute("SELECT count(*) FROM meetings").fetchone() == (3,)
