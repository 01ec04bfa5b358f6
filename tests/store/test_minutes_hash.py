"""The checksum of approved minutes in the file: stored on approval, recomputed by
``check``; minutes changed behind the lock (triggers dropped, raw SQL) are found,
what legitimately changes later is not; migration m007 stamps older files."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from formats import as_format_6

from sro_desktop.domain.enums import AgendaKind, MeetingState, TaskState
from sro_desktop.domain.minutes_hash import minutes_hash
from sro_desktop.domain.model import SideVote, TaskOwner
from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.demo import write_demo
from sro_desktop.store.minutes_hash import (
    MISMATCH,
    MISSING,
    NOT_APPROVED,
    altered_minutes,
    content_hash,
    content_hashes,
    contents,
    minutes_intact,
)
from sro_desktop.store.schema import (
    SEARCHED,
    history_trigger_names,
    schema_version,
    search_trigger_names,
    step_names,
)

S = MeetingState
V1 = Path(__file__).parents[1] / "fixtures" / "schema_v1.sro"


@pytest.fixture
def approved(steering):
    """The 1st meeting with attendance, a guest, agenda, a decision with votes and a
    conflict, and two tasks; approved at the 2nd."""
    store = steering.store
    meeting, (opening, topic) = steering.meeting(
        date(2026, 3, 10), ("Begrüßung", AgendaKind.INFORMATION), "Modellregion festlegen")
    steering.attend_all(meeting.id)
    guest = store.attendance.add_guest(meeting.id, "Dr. Gast", "Landesjugendamt")
    steering.walk(meeting.id, S.INVITED, S.HELD)
    store.agenda.update(topic.id, notes="Aussprache über die Modellregion.")
    decision = store.decisions.add("Modellregion Lütten Klein", agenda_item_id=topic.id)
    decision = store.decisions.record_votes(decision.id, [
        SideVote(steering.sides["V"].id, yes=6), SideVote(steering.sides["T"].id, yes=4, no=1)],
        conflicted=[steering.providers[1].id])
    owner = TaskOwner(person_id=steering.person[steering.admin[1].id].id)
    task = store.tasks.add(steering.body.id, "Variante ausarbeiten", owners=[owner],
                           due_date=date(2026, 5, 1), origin_agenda_item_id=topic.id,
                           origin_decision_id=decision.id)
    second = store.tasks.add(steering.body.id, "Protokoll übermitteln", owners=[owner],
                             origin_meeting_id=meeting.id)
    steering.walk(meeting.id, S.DRAFT, S.SENT)
    later, _ = steering.meeting(date(2026, 4, 14), "Genehmigung des Protokolls")
    steering.approve(meeting.id, later.id)
    return {"steering": steering, "store": store, "meeting": meeting, "later": later,
            "items": (opening, topic), "decision": decision, "task": task,
            "second": second, "guest": guest}


def stored_hash(store, meeting_id: str) -> str | None:
    return store.db.execute("SELECT content_hash FROM meetings WHERE id = ?",
                            [meeting_id]).fetchone()[0]


def test_approval_stores_the_checksum_of_the_content(approved):
    store, meeting = approved["store"], approved["meeting"]
    stored = stored_hash(store, meeting.id)
    assert re.fullmatch(r"[0-9a-f]{64}", stored)
    stamp = store.db.execute("SELECT updated_at FROM meetings WHERE id = ?",
                             [meeting.id]).fetchone()[0]
    assert content_hash(store.db, meeting.id, stamp) == stored
    assert minutes_intact(store.db, meeting.id)
    assert check(store) == []
    # the meetings not approved carry none
    assert stored_hash(store, approved["later"].id) is None


def test_different_minutes_have_different_checksums(approved):
    store, steering = approved["store"], approved["steering"]
    third, _ = steering.meeting(date(2026, 5, 12), "Genehmigung des Protokolls")
    steering.walk(approved["later"].id, S.DRAFT, S.SENT)
    steering.approve(approved["later"].id, third.id)
    assert stored_hash(store, approved["later"].id) != stored_hash(store, approved["meeting"].id)
    assert check(store) == []


def tamper(store, trigger: str, sql: str, params: list, *, checks: bool = True) -> None:
    """Change the file behind the program's back: lift a lock trigger, write, put it back
    exactly as it was (so that only the checksum can tell); ``checks=False``: with the
    file's CHECKs switched off, as a tool may."""
    conn = sqlite3.connect(store.path)
    try:
        if not checks:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        (definition,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                     [trigger]).fetchone()
        conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute(sql, params)
        conn.execute(definition)
        conn.commit()
    finally:
        conn.close()


def tamperings(approved) -> dict[str, tuple[str, str, list]]:
    m = approved["meeting"].id
    opening, topic = approved["items"]
    d = approved["decision"].id
    member = approved["steering"].admin[2].id
    return {
        "agenda notes": ("agenda_items_lock_update",
                         "UPDATE agenda_items SET notes = 'nachträglich' WHERE id = ?",
                         [topic.id]),
        "agenda title": ("agenda_items_lock_update",
                         "UPDATE agenda_items SET title = 'Anderes Thema' WHERE id = ?",
                         [opening.id]),
        "agenda position": ("agenda_items_lock_update",
                            "UPDATE agenda_items SET position = 9 WHERE id = ?", [opening.id]),
        "agenda tombstone": ("agenda_items_lock_update",
                             "UPDATE agenda_items SET deleted_at = '2026-05-01' WHERE id = ?",
                             [opening.id]),
        "attendance status": ("attendance_lock_update",
                              "UPDATE attendance SET status = 'absent' WHERE meeting_id = ? "
                              "AND membership_id = ?", [m, member]),
        "guest name": ("attendance_lock_update",
                       "UPDATE attendance SET guest_name = 'Jemand anderes' WHERE id = ?",
                       [approved["guest"].id]),
        "attendance removed": ("attendance_lock_delete",
                               "DELETE FROM attendance WHERE id = ?", [approved["guest"].id]),
        "decision wording": ("decisions_lock_update",
                             "UPDATE decisions SET wording = 'Anders beschlossen.' WHERE id = ?",
                             [d]),
        "decision outcome": ("decisions_lock_update",
                             "UPDATE decisions SET outcome = 'rejected' WHERE id = ?", [d]),
        "vote count": ("votes_lock_update",
                       "UPDATE votes SET no = 5, yes = 0 WHERE decision_id = ? AND side_id = ?",
                       [d, approved["steering"].sides["T"].id]),
        "conflict removed": ("conflicts_lock_delete",
                             "DELETE FROM conflicts WHERE decision_id = ?", [d]),
        "meeting place": ("meetings_lock_update",
                          "UPDATE meetings SET place = 'Anderswo' WHERE id = ?", [m]),
        "meeting date": ("meetings_lock_update",
                         "UPDATE meetings SET date = '2026-03-11' WHERE id = ?", [m]),
    }


@pytest.mark.parametrize("what", [
    "agenda notes", "agenda title", "agenda position", "agenda tombstone", "attendance status",
    "guest name", "attendance removed", "decision wording", "decision outcome", "vote count",
    "conflict removed", "meeting place", "meeting date"])
def test_minutes_changed_behind_the_lock_are_found(approved, what):
    store, meeting = approved["store"], approved["meeting"]
    trigger, sql, params = tamperings(approved)[what]
    tamper(store, trigger, sql, params)
    day = "11.03.2026" if what == "meeting date" else "10.03.2026"  # named as it is now
    expected = f"SG 1 vom {day}: {MISMATCH}"
    assert check(store) == [expected]  # the stamps were left alone: only the checksum tells
    assert "wurde nach der Genehmigung verändert (Prüfsumme stimmt nicht)" in expected
    assert not minutes_intact(store.db, meeting.id)
    assert [a.meeting_id for a in altered_minutes(store.db)] == [meeting.id]
    assert minutes_intact(store.db, approved["later"].id)


def test_a_recorded_task_removed_outright_is_found(approved):
    store = approved["store"]
    conn = sqlite3.connect(store.path)
    conn.execute("DELETE FROM task_owners WHERE task_id = ?", [approved["second"].id])
    conn.execute("DELETE FROM tasks WHERE id = ?", [approved["second"].id])
    conn.commit()
    conn.close()
    assert check(store) == [f"SG 1 vom 10.03.2026: {MISMATCH}"]


def test_a_task_slipped_in_with_an_old_date_is_found(approved):
    store, meeting, steering = approved["store"], approved["meeting"], approved["steering"]
    conn = sqlite3.connect(store.path)
    conn.execute("INSERT INTO tasks (id, body_id, title, origin_meeting_id, created_at, "
                 "updated_at) VALUES ('t-x', ?, 'Nachgeschoben', ?, '2026-03-10T12:00:00+00:00', "
                 "'2026-03-10T12:00:00+00:00')", [steering.body.id, meeting.id])
    conn.commit()
    conn.close()
    assert check(store) == [f"SG 1 vom 10.03.2026: {MISMATCH}"]


def test_what_changes_after_the_meeting_keeps_the_checksum(approved):
    """Tasks go on, people are renamed (or anonymised), corrections are added: the
    minutes as approved are unchanged."""
    store, steering = approved["store"], approved["steering"]
    meeting, task, second = approved["meeting"], approved["task"], approved["second"]
    before = stored_hash(store, meeting.id)
    store.tasks.set_state(task.id, TaskState.IN_PROGRESS, today=date(2026, 4, 20))
    store.tasks.set_state(task.id, TaskState.DONE, today=date(2026, 4, 30))
    store.tasks.update(task.id, due_date=date(2026, 6, 1), title="Variante mit Groß Klein",
                       description="erweitert", report_meeting_id=approved["later"].id)
    store.tasks.set_owners(task.id, [TaskOwner(person_id=steering.person[
        steering.admin[3].id].id)])
    store.tasks.delete(second.id)
    store.tasks.add(steering.body.id, "Nachtrag aus der Sitzung", origin_meeting_id=meeting.id,
                    owners=[TaskOwner(person_id=steering.person[steering.admin[1].id].id)])
    chair = steering.person[steering.admin[0].id]
    store.people.update(chair.id, last_name="Ehemaliges Mitglied", first_name="",
                        email="")
    store.corrections.add(meeting.id, date(2026, 5, 12), "Schreibfehler",
                          "In TOP 2 muss es „Lütten Klein“ heißen.")
    assert stored_hash(store, meeting.id) == before
    assert check(store) == []


def test_a_cleared_checksum_and_a_revoked_approval_are_reported(approved):
    store, meeting = approved["store"], approved["meeting"]
    label = "SG 1 vom 10.03.2026"
    tamper(store, "meetings_lock_update",
           "UPDATE meetings SET content_hash = NULL WHERE id = ?", [meeting.id])
    assert check(store) == [f"{label}: {MISSING}"]
    tamper(store, "meetings_lock_update",
           "UPDATE meetings SET content_hash = 'abc', state = 'sent' WHERE id = ?",
           [meeting.id])
    assert check(store) == [f"{label}: {NOT_APPROVED}"]


# migration m007 ---------------------------------------------------------------------------------


def undo_m009(conn: sqlite3.Connection) -> None:
    """The search index as m004 made it: words (unicode61) over five kinds, no people."""
    for name in search_trigger_names():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    views = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'search%' "
        "ORDER BY name = 'search_source', name DESC")]
    for name in views:  # the chain from its top
        conn.execute(f"DROP VIEW {name}")
    conn.execute("DROP TABLE search_index")
    conn.execute("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, record_id "
                 "UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')")
    for table, (code, title, body) in SEARCHED.items():
        def insert(r: str, table: str = table, code: int = code, title: str = title,
                   body: str = body) -> str:
            return (f"INSERT INTO search_index (rowid, kind, record_id, title, body) "
                    f"SELECT {r}.rowid * 8 + {code}, '{table}', {r}.id, "
                    f"{title.format(r=r)}, {body.format(r=r)}")

        remove = f"DELETE FROM search_index WHERE rowid = OLD.rowid * 8 + {code};"
        conn.execute(f"""CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table}
            WHEN NEW.deleted_at IS NULL BEGIN {insert('NEW')}; END""")
        conn.execute(f"""CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table}
            BEGIN {remove} {insert('NEW')} WHERE NEW.deleted_at IS NULL; END""")
        conn.execute(f"""CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table}
            BEGIN {remove} END""")
        conn.execute(f"{insert(table)} FROM {table} WHERE {table}.deleted_at IS NULL")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_search_inside_words'")


def strip_m007(path: Path) -> None:
    """Turn a current file into one as the previous version left it (format 6): without
    m009 (the trigram search) and m008 (attachments), then without m007."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE approvals")  # m014, with its triggers
    conn.execute("DROP TRIGGER approvals_record")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm014_approval_seals'")
    conn.execute("DROP TABLE ballots")  # m010; its columns stay (m010 keeps them)
    # the later migrations run again; they keep the columns they added
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m010_rules_of_procedure', "
                 "'m011_text_modules', 'm012_agenda_as_invited', 'm013_typed_columns', "
                 "'m015_exchange', 'm016_calendar_sequence', 'm017_allowances', 'm018_learning', "
                 "'m019_budget')")
    undo_m009(conn)
    conn.execute("DROP TABLE attachments")  # m008 and later, newer than format 6
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_attachments'")
    for name in history_trigger_names():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.execute("DROP TABLE history")
    conn.execute("ALTER TABLE meetings DROP COLUMN content_hash")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_minutes_hash_and_history'")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()


def test_the_migration_computes_the_checksum_of_minutes_approved_before(tmp_path):
    assert step_names()[6] == "m007_minutes_hash_and_history"
    path = tmp_path / "alt.sro"
    write_demo(path, today=date(2026, 11, 12))
    as_format_6(path)  # without the TOP results approval froze since issue 12
    with Store.open(path) as store:
        approved = dict(store.db.execute(
            "SELECT id, content_hash FROM meetings WHERE state = 'approved'").fetchall())
    assert len(approved) >= 4
    assert all(approved.values())
    strip_m007(path)
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        again = dict(store.db.execute(
            "SELECT id, content_hash FROM meetings WHERE state = 'approved'").fetchall())
        assert again == approved  # the migration computes what approval computed
        assert check(store) == []
        assert store.db.execute("SELECT count(*) FROM history").fetchone() == (0,)


def test_the_migration_stamps_a_first_format_file(tmp_path):
    """The committed format-1 fixture plus an approved meeting written with plain SQL in
    the tables of that version (no locks then): opening migrates it through m007."""
    path = tmp_path / "v1.sro"
    shutil.copyfile(V1, path)
    conn = sqlite3.connect(path)
    body, side, member = conn.execute(
        "SELECT m.body_id, m.side_id, m.id FROM memberships m").fetchone()
    stamp, later_stamp = "2025-11-10T12:00:00+00:00", "2025-12-09T12:00:00+00:00"
    meta = "created_at, updated_at, updated_by"

    def insert(table: str, row: dict, when: str = stamp) -> None:
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO {table} ({names}, {meta}) VALUES ({marks}, ?, ?, 'Alt')",
                     [*row.values(), when, when])

    insert("meetings", {"id": "m2", "body_id": body, "number": 2, "date": "2025-12-08",
                        "state": "held"}, later_stamp)
    insert("meetings", {"id": "m1", "body_id": body, "number": 1, "date": "2025-11-10",
                        "place": "Rathaus", "state": "approved",
                        "approved_in_meeting_id": "m2", "approved_on": "2025-12-08"},
           later_stamp)
    insert("agenda_items", {"id": "i1", "meeting_id": "m1", "position": 1, "title": "Budget",
                            "kind": "decision", "notes": "Aussprache."})
    insert("attendance", {"id": "a1", "meeting_id": "m1", "membership_id": member,
                          "status": "present"})
    insert("decisions", {"id": "d1", "body_id": body, "year": 2025, "seq": 1,
                         "number": "SG-2025/001", "decided_on": "2025-11-10", "title": "Budget",
                         "meeting_id": "m1", "agenda_item_id": "i1", "outcome": "adopted"})
    insert("votes", {"id": "v1", "decision_id": "d1", "side_id": side, "yes": 1})
    insert("tasks", {"id": "t1", "body_id": body, "title": "Umsetzen",
                     "origin_meeting_id": "m1", "origin_agenda_item_id": "i1"})
    # a task recorded after the approval does not belong to the approved minutes
    insert("tasks", {"id": "t2", "body_id": body, "title": "Später",
                     "origin_meeting_id": "m1"}, "2026-01-05T09:00:00+00:00")
    conn.commit()
    conn.close()

    with Store.open(path) as store:
        stored = stored_hash(store, "m1")
        assert re.fullmatch(r"[0-9a-f]{64}", stored)
        assert stored == content_hash(store.db, "m1", later_stamp)
        assert stored_hash(store, "m2") is None
        assert check(store) == []
        # the lock trigger lifted for the stamping is back, exactly
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("UPDATE meetings SET place = 'x' WHERE id = 'm1'")
        # and the task after the approval may go without tripping the checksum
        store.tasks.delete("t2")
        store.tasks.set_state("t1", TaskState.DONE, today=date(2026, 1, 10))
        assert check(store) == []


# many approved minutes at once ------------------------------------------------------------------


def clone_approved(store, meeting_id: str, count: int) -> list[str]:
    """``count`` copies of an approved meeting with its agenda and attendance, written
    behind the program's back (triggers off), each with the checksum of its content."""
    conn = sqlite3.connect(store.path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                            ).fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    clones = []
    for i in range(count):
        clone = f"clone-{i:03d}"
        for table, key, changes in (("meetings", "id", {"id": "?", "number": str(1000 + i)}),
                                    ("agenda_items", "meeting_id", {"meeting_id": "?"}),
                                    ("attendance", "meeting_id", {"meeting_id": "?"})):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            if table != "meetings":
                changes = {**changes, "id": f"id || '-{i:03d}'"}
            picked = [changes.get(c, c) for c in columns]
            conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT "
                         f"{', '.join(picked)} FROM {table} WHERE {key} = ?",
                         [clone] * (picked.count("?")) + [meeting_id])
        clones.append(clone)
    conn.commit()
    db = store.db
    stamps = {r["id"]: r["updated_at"] for r in db.query(
        "SELECT id, updated_at FROM meetings WHERE id LIKE 'clone-%'")}
    conn.executemany("UPDATE meetings SET content_hash = ? WHERE id = ?",
                     [(content_hash(db, m, stamp), m) for m, stamp in stamps.items()])
    for _, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return clones


def test_more_than_two_hundred_approved_minutes_are_checked_all_at_once(approved):
    """One round of queries for all approved minutes finds exactly the altered ones, and
    gives each meeting the checksum it has when computed alone."""
    store, meeting = approved["store"], approved["meeting"]
    clones = clone_approved(store, meeting.id, 250)
    assert altered_minutes(store.db) == []
    stamps = {r["id"]: r["updated_at"] for r in store.db.query(
        "SELECT id, updated_at FROM meetings WHERE state = 'approved'")}
    assert len(stamps) > 250
    assert content_hashes(store.db, stamps) == {
        m: content_hash(store.db, m, stamp) for m, stamp in stamps.items()}
    tamper(store, "meetings_lock_update", "UPDATE meetings SET place = 'Keller' WHERE id = ?",
           [clones[5]])
    tamper(store, "agenda_items_lock_update",
           "UPDATE agenda_items SET title = 'Anders' WHERE meeting_id = ? AND position = 2",
           [clones[150]])
    tamper(store, "attendance_lock_delete",
           "DELETE FROM attendance WHERE id = (SELECT min(id) FROM attendance "
           "WHERE meeting_id = ?)", [clones[230]])
    found = altered_minutes(store.db)
    assert [(a.meeting_id, a.problem) for a in found] == [
        (clones[5], MISMATCH), (clones[150], MISMATCH), (clones[230], MISMATCH)]
    assert minutes_intact(store.db, meeting.id)
    assert not minutes_intact(store.db, clones[5])


ODD_TEXT = ("".join(chr(i) for i in range(0x20)) + '"\\/\x7f\u2028\u2029😀 äöü ß e\u0301 '
            "{{ x }} <w:p> ' ; --")


def test_the_checksum_is_the_digest_of_the_canonical_form(approved):
    """content_hashes lets SQLite render the rows; the text is the one the domain's
    canonical form makes, for any text, the fields added later set or at their default,
    and values the program never writes (floats, which SQLite writes differently)."""
    store = approved["store"]
    opening, topic = approved["items"]
    decision = approved["decision"].id

    def same() -> None:
        stamps = {r["id"]: r["updated_at"] for r in store.db.query(
            "SELECT id, updated_at FROM meetings")}
        assert content_hashes(store.db, stamps) == {
            m: minutes_hash(c) for m, c in contents(store.db, stamps).items()}

    same()
    tamper(store, "agenda_items_lock_update",
           "UPDATE agenda_items SET notes = ?, title = ?, result_text = ?, invited_position = 3 "
           "WHERE id = ?", [ODD_TEXT, ODD_TEXT[::-1], ODD_TEXT, topic.id])
    tamper(store, "decisions_lock_update",
           "UPDATE decisions SET wording = ?, voting_method = 'secret', chair_vote = 'yes', "
           "deadline = '2026-04-01' WHERE id = ?", [ODD_TEXT, decision])
    same()
    tamper(store, "agenda_items_lock_update",
           "UPDATE agenda_items SET duration_minutes = 0.1 + 0.2, position = 1e100, "
           "notes = 0.1 + 0.2, presenter = ? WHERE id = ?", [1e-7, opening.id], checks=False)
    tamper(store, "decisions_lock_update",
           "UPDATE decisions SET voting_method = 'open', chair_vote = NULL, deadline = -0.0 "
           "WHERE id = ?",
           [decision], checks=False)
    same()


def test_altered_minutes_runs_on_its_own_connection_in_a_thread(approved):
    """The window checks off the UI thread: a second connection, read-only, in a thread."""
    import threading

    from sqlite_utils import Database

    store, meeting = approved["store"], approved["meeting"]
    tamper(store, "meetings_lock_update", "UPDATE meetings SET place = 'Keller' WHERE id = ?",
           [meeting.id])
    found: list = []

    def run() -> None:
        conn = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found.extend(altered_minutes(Database(conn)))
        finally:
            conn.close()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    assert [(a.meeting_id, a.problem) for a in found] == [(meeting.id, MISMATCH)]
    assert found == altered_minutes(store.db)
