"""The list of approvals (m014) and the seal: written on approval, refused to change, and
read by ``check``, which names approved meetings and decisions deleted or tombstoned
behind the program's back, and minutes changed under a recomputed checksum, as
"SG 1 vom 10.03.2026"."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date

import pytest

from sro_desktop.documents.register import MEETING_GONE, WRITTEN, register_context
from sro_desktop.domain.enums import AgendaKind, MeetingState
from sro_desktop.domain.model import SideVote
from sro_desktop.domain.names import meeting_label
from sro_desktop.store import Store
from sro_desktop.store.approvals import seals, verify
from sro_desktop.store.check import check
from sro_desktop.store.minutes_hash import (
    GONE,
    MISMATCH,
    STORED_CHANGED,
    TOMBSTONED,
    altered_minutes,
    content_hash,
    seal,
    seal_digits,
)
from sro_desktop.store.schema import APPROVALS_MESSAGE, schema_version, step_names

S = MeetingState
LABEL = "SG 1 vom 10.03.2026"


@pytest.fixture
def approved(steering):
    """The 1st meeting with a decision (votes) at a TOP, approved at the 2nd."""
    store = steering.store
    meeting, (_, topic) = steering.meeting(
        date(2026, 3, 10), ("Begrüßung", AgendaKind.INFORMATION), "Modellregion festlegen")
    steering.attend_all(meeting.id)
    steering.walk(meeting.id, S.INVITED, S.HELD)
    decision = store.decisions.add("Modellregion Lütten Klein", agenda_item_id=topic.id)
    decision = store.decisions.record_votes(decision.id, [
        SideVote(steering.sides["V"].id, yes=6), SideVote(steering.sides["T"].id, yes=4)])
    steering.walk(meeting.id, S.DRAFT, S.SENT)
    later, _ = steering.meeting(date(2026, 4, 14), "Genehmigung des Protokolls")
    steering.approve(meeting.id, later.id)
    return {"store": store, "meeting": meeting, "later": later, "topic": topic,
            "decision": decision}


def raw(store, *statements: tuple[str, list], drop: tuple[str, ...] = ()) -> None:
    """Write with plain sqlite3 as another program could: the named triggers lifted for the
    writes and put back exactly as they were."""
    conn = sqlite3.connect(store.path)
    try:
        kept = [conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [t]).fetchone()[0]
                for t in drop]
        for trigger in drop:
            conn.execute(f"DROP TRIGGER {trigger}")
        for sql, params in statements:
            conn.execute(sql, params)
        for sql in kept:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def approvals(store) -> list[dict]:
    return list(store.db.query("SELECT * FROM approvals"))


def test_the_migration_is_number_14():
    assert step_names().index("m014_approval_seals") + 1 == 14 <= schema_version()


def test_approval_appends_the_meeting_with_its_checksum_and_decisions(approved):
    store, meeting, decision = approved["store"], approved["meeting"], approved["decision"]
    (row,) = approvals(store)
    stored = store.db.execute("SELECT content_hash, updated_at FROM meetings WHERE id = ?",
                              [meeting.id]).fetchone()
    assert row["meeting_id"] == meeting.id
    assert (row["body_short"], row["number"], row["date"]) == ("SG", 1, "2026-03-10")
    assert row["content_hash"] == stored[0]
    assert row["approved_at"] == stored[1]
    assert json.loads(row["decisions"]) == [{"id": decision.id, "number": decision.number}]
    assert check(store) == []


def test_the_seal_is_the_checksums_head_in_groups_of_four(approved):
    store, meeting = approved["store"], approved["meeting"]
    (row,) = approvals(store)
    printed = seals(store.db, [meeting.id, approved["later"].id])
    assert list(printed) == [meeting.id]  # the meeting not approved has none
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", printed[meeting.id])
    assert seal_digits(printed[meeting.id]) == row["content_hash"][:16].upper()
    assert seal_digits(" 3f2a-9c1b 0d4e-7A55 ") == "3F2A9C1B0D4E7A55"
    assert seal("0123456789abcdef" * 4) == "0123-4567-89AB-CDEF"


@pytest.mark.parametrize("sql", ["UPDATE approvals SET content_hash = 'x'",
                                 "UPDATE approvals SET decisions = '[]'",
                                 "DELETE FROM approvals"])
def test_the_list_of_approvals_refuses_any_change(approved, sql):
    store = approved["store"]
    before = approvals(store)
    conn = sqlite3.connect(store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match=APPROVALS_MESSAGE):
            conn.execute(sql)
    finally:
        conn.close()
    assert approvals(store) == before


def test_changed_minutes_with_a_recomputed_checksum_are_still_caught(approved):
    store, meeting, topic = approved["store"], approved["meeting"], approved["topic"]
    printed = seals(store.db, [meeting.id])[meeting.id]
    assert verify(store.db, meeting.id, printed).code == 0
    stamp = store.db.execute("SELECT updated_at FROM meetings WHERE id = ?",
                             [meeting.id]).fetchone()[0]
    raw(store, ("UPDATE agenda_items SET title = 'Modellregion Evershagen' WHERE id = ?",
                [topic.id]), drop=("agenda_items_lock_update",))
    # the forger recomputes the documented checksum and stores it
    forged = content_hash(store.db, meeting.id, stamp)
    raw(store, ("UPDATE meetings SET content_hash = ? WHERE id = ?", [forged, meeting.id]),
        drop=("meetings_lock_update",))
    assert store.db.execute("SELECT content_hash FROM meetings WHERE id = ?",
                            [meeting.id]).fetchone()[0] == forged
    assert check(store) == [f"{LABEL}: {MISMATCH}"]
    assert approvals(store)[0]["content_hash"] != forged  # the list kept the approval's
    verdict = verify(store.db, meeting.id, printed)
    assert verdict.code == 1
    assert verdict.message.startswith(f"Siegel stimmt nicht: Das Protokoll {LABEL} wurde")
    # the seal of the forged content verifies: the paper copy is the anchor, not the file
    assert verify(store.db, meeting.id, seal(forged)).code == 0


def test_a_stored_checksum_changed_alone_is_reported(approved):
    store, meeting = approved["store"], approved["meeting"]
    raw(store, ("UPDATE meetings SET content_hash = ? WHERE id = ?", ["0" * 64, meeting.id]),
        drop=("meetings_lock_update",))
    assert check(store) == [f"{LABEL}: {STORED_CHANGED}"]


def test_an_approved_meeting_tombstoned_is_named(approved):
    store, meeting, decision = approved["store"], approved["meeting"], approved["decision"]
    raw(store, ("UPDATE meetings SET deleted_at = '2026-05-01T10:00:00+00:00' WHERE id = ?",
                [meeting.id]), drop=("meetings_lock_update",))
    assert check(store) == [f"{LABEL}: {TOMBSTONED}"]
    assert [(a.label, a.problem) for a in altered_minutes(store.db)] == [(LABEL, TOMBSTONED)]
    assert verify(store.db, meeting.id, "0000-0000-0000-0000").code == 2
    # its decisions are not passed off as written procedures in the register
    rows = register_context(store, meeting.body_id)["decisions"]
    (row,) = [r for r in rows if r["number"] == decision.number]
    assert row["meeting"] == MEETING_GONE != WRITTEN
    assert row["seal"] == ""


def test_an_approved_meeting_deleted_outright_is_named(approved):
    store, meeting = approved["store"], approved["meeting"]
    # plain sqlite3 opens a file with foreign keys off: the rows can simply go
    raw(store, ("DELETE FROM decisions WHERE meeting_id = ?", [meeting.id]),
        ("DELETE FROM meetings WHERE id = ?", [meeting.id]),
        drop=("decisions_lock_delete", "meetings_lock_delete"))
    found = check(store)
    assert f"{LABEL}: {GONE}" in found
    number = approved["decision"].number
    assert (f"{LABEL}: Beschluss {number} des genehmigten Protokolls fehlt in der Datei "
            f"(gelöscht).") in found
    verdict = verify(store.db, meeting.id, "0000-0000-0000-0000")
    assert verdict.code == 2
    assert verdict.message.startswith(f"{LABEL}: Die genehmigte Sitzung fehlt")


def test_a_decision_of_approved_minutes_tombstoned_is_named(approved):
    store, decision = approved["store"], approved["decision"]
    raw(store, ("UPDATE decisions SET deleted_at = '2026-05-01T10:00:00+00:00' WHERE id = ?",
                [decision.id]), drop=("decisions_lock_update",))
    assert check(store) == [
        f"{LABEL}: {MISMATCH}",
        f"{LABEL}: Beschluss {decision.number} des genehmigten Protokolls ist als gelöscht "
        f"markiert.",
    ]


def test_every_meeting_check_reports_is_named_by_body_number_and_date(approved):
    store, meeting = approved["store"], approved["meeting"]
    raw(store, ("UPDATE meetings SET approved_on = NULL WHERE id = ?", [meeting.id]),
        drop=("meetings_lock_update",))
    found = check(store)
    assert f"{LABEL}: genehmigt, aber ohne genehmigende Sitzung." in found
    assert all(f.startswith(LABEL) for f in found)
    assert meeting_label("SG", 4, "2026-07-07") == "SG 4 vom 07.07.2026"
    assert meeting_label("SG", 4, date(2026, 7, 7)) == "SG 4 vom 07.07.2026"


def test_a_missing_guard_of_the_list_is_reported(approved):
    store = approved["store"]
    raw(store, ("DROP TRIGGER approvals_no_delete", []))
    assert check(store) == ["Die Liste genehmigter Protokolle ist nicht geschützt, Trigger "
                            "fehlen: approvals_no_delete"]


def test_the_migration_lists_the_meetings_approved_before(approved, tmp_path):
    store, meeting = approved["store"], approved["meeting"]
    before = approvals(store)
    older = tmp_path / "aelter.sro"  # the file as the format before left it
    source, target = sqlite3.connect(store.path), sqlite3.connect(older)
    source.backup(target)
    source.close()
    with target:
        target.execute("DROP TABLE approvals")
        target.execute("DROP TRIGGER approvals_record")
        target.execute("DELETE FROM _sqlite_migrations WHERE name IN "
                       "('m014_approval_seals', 'm015_exchange', "
                       "'m016_calendar_sequence', 'm017_allowances', "
                       "'m018_learning', 'm019_budget')")  # later ones again
        target.execute("PRAGMA user_version = 13")
    target.close()
    with Store.open(older) as again:
        assert again.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert approvals(again) == before
        assert [r["meeting_id"] for r in before] == [meeting.id]
        assert check(again) == []
