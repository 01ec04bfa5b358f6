"""The schema as append-only migrations (sqlite-utils ``Migrations``).

Never edit a migration that has shipped: add a new one. Each migration
ends by setting ``PRAGMA user_version`` to its number, so the version a
file carries is the number of migrations applied to it and an older
program can refuse a newer file. The README ("The file format") describes the tables.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x53524F31  # "SRO1" in the file header: this is one of ours

migrations = Migrations("sro_desktop")
_steps: list[str] = []

META = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
"""

# The user tables of format 15, frozen: m015 gives these (and only these) their version
# triggers; a table added later gets them in its own migration.
_M015_TABLES = (
    "bodies", "sides", "organizations", "people", "memberships", "milestones",
    "meetings", "agenda_items", "attendance", "decisions", "votes", "conflicts",
    "recommendations", "tasks", "task_owners", "corrections",
    "minutes_circulations", "objections", "attachments", "ballots", "text_modules",
)
# Every table a user edits, in an order that respects foreign keys.
USER_TABLES = (*_M015_TABLES, "allowance_rates", "learning_events", "learning_participants",
               "budget_lines", "posts")


def migration(func: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register a migration; it also stamps the file with its number."""
    number = len(_steps) + 1

    def step(db: Database) -> None:
        func(db)
        db.execute(f"PRAGMA user_version = {number}")

    _steps.append(func.__name__)
    migrations(name=func.__name__)(step)
    return func


def schema_version() -> int:
    """The newest schema this program knows."""
    return len(_steps)


def step_names() -> list[str]:
    return list(_steps)


@migration
def m001_tables(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.executescript(f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE bodies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    short TEXT NOT NULL CHECK (trim(short) <> ''),
    kind TEXT NOT NULL,
    article TEXT NOT NULL DEFAULT 'die',
    genitive TEXT NOT NULL DEFAULT '',
    advises_body_id TEXT REFERENCES bodies(id),
    quorum_share TEXT NOT NULL DEFAULT '1/2',
    quorum_more_than INTEGER NOT NULL DEFAULT 1,
    quorum_each_parity_side INTEGER NOT NULL DEFAULT 1,
    decision_rule TEXT NOT NULL DEFAULT 'simple',
    notice_days INTEGER NOT NULL DEFAULT 7,{META});

CREATE TABLE sides (
    id TEXT PRIMARY KEY,
    body_id TEXT NOT NULL REFERENCES bodies(id),
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    short TEXT NOT NULL DEFAULT '',
    parity INTEGER NOT NULL DEFAULT 0,
    voting INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,{META});

CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    short TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',{META});

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    last_name TEXT NOT NULL CHECK (trim(last_name) <> ''),
    first_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    organization_id TEXT REFERENCES organizations(id),{META});

CREATE TABLE memberships (
    id TEXT PRIMARY KEY,
    body_id TEXT NOT NULL REFERENCES bodies(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    side_id TEXT NOT NULL REFERENCES sides(id),
    organization_id TEXT REFERENCES organizations(id),
    role TEXT NOT NULL DEFAULT 'member',
    voting INTEGER NOT NULL DEFAULT 1,
    deputy_person_id TEXT REFERENCES people(id),
    valid_from TEXT,
    valid_to TEXT,{META});

CREATE TABLE milestones (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    description TEXT NOT NULL DEFAULT '',
    target_year INTEGER NOT NULL,
    target_quarter INTEGER NOT NULL CHECK (target_quarter BETWEEN 1 AND 4),
    state TEXT NOT NULL DEFAULT 'planned',
    level TEXT NOT NULL DEFAULT 'strategic',
    quality_dimension TEXT NOT NULL DEFAULT 'structure',
    focus_area TEXT NOT NULL DEFAULT '',
    body_id TEXT REFERENCES bodies(id),{META});

CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    body_id TEXT NOT NULL REFERENCES bodies(id),
    number INTEGER NOT NULL,
    date TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    chair_person_id TEXT REFERENCES people(id),
    minute_taker_person_id TEXT REFERENCES people(id),
    state TEXT NOT NULL DEFAULT 'planned',
    approved_in_meeting_id TEXT REFERENCES meetings(id),
    approved_on TEXT,
    cancel_reason TEXT NOT NULL DEFAULT '',{META});

CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    kind TEXT NOT NULL DEFAULT 'information',
    presenter TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    public INTEGER NOT NULL DEFAULT 1,
    papers TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    deferred INTEGER NOT NULL DEFAULT 0,
    recommendation_id TEXT,{META});

CREATE TABLE attendance (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    membership_id TEXT REFERENCES memberships(id),
    status TEXT NOT NULL,
    deputy_person_id TEXT REFERENCES people(id),
    guest_name TEXT NOT NULL DEFAULT '',
    guest_organization TEXT NOT NULL DEFAULT '',
    arrives_at_item_id TEXT REFERENCES agenda_items(id),
    leaves_at_item_id TEXT REFERENCES agenda_items(id),
    note TEXT NOT NULL DEFAULT '',{META},
    CHECK (membership_id IS NOT NULL OR trim(guest_name) <> ''));

CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    body_id TEXT NOT NULL REFERENCES bodies(id),
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    number TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    wording TEXT NOT NULL DEFAULT '',
    meeting_id TEXT REFERENCES meetings(id),
    agenda_item_id TEXT REFERENCES agenda_items(id),
    written_procedure INTEGER NOT NULL DEFAULT 0,
    rule TEXT NOT NULL DEFAULT 'simple',
    procedure TEXT NOT NULL DEFAULT 'vote',
    outcome TEXT,
    result_text TEXT NOT NULL DEFAULT '',{META},
    CHECK (written_procedure = 1 OR meeting_id IS NOT NULL));

CREATE TABLE votes (
    id TEXT PRIMARY KEY,
    decision_id TEXT NOT NULL REFERENCES decisions(id),
    side_id TEXT NOT NULL REFERENCES sides(id),
    yes INTEGER NOT NULL DEFAULT 0 CHECK (yes >= 0),
    no INTEGER NOT NULL DEFAULT 0 CHECK (no >= 0),
    abstain INTEGER NOT NULL DEFAULT 0 CHECK (abstain >= 0),{META});

CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    decision_id TEXT NOT NULL REFERENCES decisions(id),
    membership_id TEXT NOT NULL REFERENCES memberships(id),{META});

CREATE TABLE recommendations (
    id TEXT PRIMARY KEY,
    advisory_body_id TEXT NOT NULL REFERENCES bodies(id),
    addressed_body_id TEXT NOT NULL REFERENCES bodies(id),
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    text TEXT NOT NULL DEFAULT '',
    adopted_on TEXT NOT NULL,
    advisory_meeting_id TEXT REFERENCES meetings(id),
    state TEXT NOT NULL DEFAULT 'received',
    response_text TEXT NOT NULL DEFAULT '',
    response_decision_id TEXT REFERENCES decisions(id),
    response_due TEXT,
    responded_on TEXT,{META});

CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    body_id TEXT NOT NULL REFERENCES bodies(id),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    description TEXT NOT NULL DEFAULT '',
    origin_meeting_id TEXT REFERENCES meetings(id),
    origin_agenda_item_id TEXT REFERENCES agenda_items(id),
    origin_decision_id TEXT REFERENCES decisions(id),
    origin_recommendation_id TEXT REFERENCES recommendations(id),
    tandem INTEGER NOT NULL DEFAULT 0,
    due_date TEXT,
    state TEXT NOT NULL DEFAULT 'open',
    started_on TEXT,
    done_on TEXT,
    report_meeting_id TEXT REFERENCES meetings(id),
    milestone_id TEXT REFERENCES milestones(id),{META});

CREATE TABLE task_owners (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL REFERENCES tasks(id),
    person_id TEXT REFERENCES people(id),
    organization_id TEXT REFERENCES organizations(id),
    side_id TEXT REFERENCES sides(id),{META},
    CHECK (person_id IS NOT NULL OR organization_id IS NOT NULL));

CREATE TABLE corrections (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    corrected_on TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (trim(reason) <> ''),
    text TEXT NOT NULL CHECK (trim(text) <> ''),{META});
""")


@migration
def m002_list_indexes(db: Database) -> None:
    """Indexes for every list the program shows; partial on live rows."""
    live = "WHERE deleted_at IS NULL"
    db.executescript(f"""
CREATE UNIQUE INDEX bodies_short ON bodies(short) {live};
CREATE INDEX sides_body ON sides(body_id, position);
CREATE INDEX people_name ON people(last_name, first_name);
CREATE INDEX memberships_body ON memberships(body_id);
CREATE INDEX memberships_person ON memberships(person_id);
CREATE UNIQUE INDEX meetings_number ON meetings(body_id, number) {live};
CREATE INDEX meetings_date ON meetings(date);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
CREATE INDEX agenda_items_recommendation ON agenda_items(recommendation_id);
CREATE UNIQUE INDEX attendance_member ON attendance(meeting_id, membership_id) {live};
CREATE INDEX attendance_meeting ON attendance(meeting_id);
CREATE UNIQUE INDEX decisions_number ON decisions(body_id, year, seq) {live};
CREATE INDEX decisions_meeting ON decisions(meeting_id);
CREATE INDEX decisions_item ON decisions(agenda_item_id);
CREATE INDEX decisions_date ON decisions(decided_on);
CREATE UNIQUE INDEX votes_side ON votes(decision_id, side_id) {live};
CREATE INDEX conflicts_decision ON conflicts(decision_id);
CREATE UNIQUE INDEX recommendations_number ON recommendations(advisory_body_id, year, seq) {live};
CREATE INDEX recommendations_addressed ON recommendations(addressed_body_id, state);
CREATE INDEX recommendations_date ON recommendations(adopted_on);
CREATE INDEX tasks_body ON tasks(body_id, due_date);
CREATE INDEX tasks_due ON tasks(due_date);
CREATE INDEX tasks_state ON tasks(state, due_date);
CREATE INDEX tasks_origin_meeting ON tasks(origin_meeting_id);
CREATE INDEX tasks_origin_item ON tasks(origin_agenda_item_id);
CREATE INDEX tasks_origin_decision ON tasks(origin_decision_id);
CREATE INDEX tasks_report_meeting ON tasks(report_meeting_id);
CREATE INDEX tasks_milestone ON tasks(milestone_id);
CREATE INDEX task_owners_task ON task_owners(task_id);
CREATE INDEX task_owners_person ON task_owners(person_id);
CREATE INDEX task_owners_organization ON task_owners(organization_id);
CREATE INDEX corrections_meeting ON corrections(meeting_id);
""")


LOCK_MARK = "SRO-LOCK"
LOCK_MESSAGE = (
    "Das Protokoll dieser Sitzung ist genehmigt; Anwesenheit, Tagesordnung, "
    "Beschlüsse und Abstimmungen können nur noch durch eine Berichtigung geändert werden."
)

# Table -> SQL giving the meetings a row belongs to, for NEW or OLD. A decision
# belongs to its meeting and to the meeting of its agenda item.
_LOCKED = {
    "agenda_items": ("{r}.meeting_id",),
    "attendance": ("{r}.meeting_id",),
    "decisions": ("{r}.meeting_id",
                  "(SELECT meeting_id FROM agenda_items WHERE id = {r}.agenda_item_id)"),
    "votes": ("(SELECT meeting_id FROM decisions WHERE id = {r}.decision_id)",),
    "conflicts": ("(SELECT meeting_id FROM decisions WHERE id = {r}.decision_id)",),
}


def _approved(meetings: tuple[str, ...], row: str) -> str:
    return " OR ".join(
        f"(SELECT state FROM meetings WHERE id = {m.format(r=row)}) = 'approved'"
        for m in meetings
    )


def _lock_rows(db: Database, locked: Mapping[str, tuple[str, ...]], message: str) -> None:
    """Triggers that refuse to insert, change or delete a row of these tables while the
    meeting it belongs to (``locked``: table -> SQL giving that meeting) is approved."""
    abort = f"SELECT RAISE(ABORT, '{LOCK_MARK}: {message}');"
    for table, meetings in locked.items():
        new, old = _approved(meetings, "NEW"), _approved(meetings, "OLD")
        db.execute(f"""CREATE TRIGGER {table}_lock_insert BEFORE INSERT ON {table}
            WHEN {new} BEGIN {abort} END""")
        db.execute(f"""CREATE TRIGGER {table}_lock_update BEFORE UPDATE ON {table}
            WHEN {old} OR {new} BEGIN {abort} END""")
        db.execute(f"""CREATE TRIGGER {table}_lock_delete BEFORE DELETE ON {table}
            WHEN {old} BEGIN {abort} END""")


@migration
def m003_lock_approved_minutes(db: Database) -> None:
    """Approved minutes are locked by the file itself, whatever program writes to it."""
    _lock_rows(db, _LOCKED, LOCK_MESSAGE)
    abort = f"SELECT RAISE(ABORT, '{LOCK_MARK}: {LOCK_MESSAGE}');"
    db.execute(f"""CREATE TRIGGER meetings_lock_update BEFORE UPDATE ON meetings
        WHEN OLD.state = 'approved' BEGIN {abort} END""")
    db.execute(f"""CREATE TRIGGER meetings_lock_delete BEFORE DELETE ON meetings
        WHEN OLD.state = 'approved' BEGIN {abort} END""")


def lock_trigger_names() -> list[str]:
    """The triggers ``check`` expects in every file."""
    names = [f"{t}_lock_{op}" for t in (*_LOCKED, *_LOCKED_CIRCULATION, *_LOCKED_PAPERS,
                                                    *_LOCKED_BALLOTS)
             for op in ("insert", "update", "delete")]
    return names + ["meetings_lock_update", "meetings_lock_delete"]


# Full-text search: one FTS5 row per searchable record. Its rowid is the
# record's rowid * 8 + the kind's code, so that triggers find it without a scan.
SEARCHED = {
    # table: (code, title SQL, body SQL) over the row {r}
    "meetings": (1, "{r}.number || '. Sitzung ' || {r}.date",
                 "{r}.place || ' ' || {r}.cancel_reason"),
    "agenda_items": (2, "{r}.title", "{r}.notes || ' ' || {r}.papers || ' ' || {r}.presenter"),
    "decisions": (3, "{r}.number || ' ' || {r}.title", "{r}.wording || ' ' || {r}.result_text"),
    "tasks": (4, "{r}.title", "{r}.description"),
    "recommendations": (5, "{r}.number || ' ' || {r}.title",
                        "{r}.text || ' ' || {r}.response_text"),
}


@migration
def m004_search_and_carry_over(db: Database) -> None:
    """FTS5 search over meetings, agenda, decisions, tasks and recommendations,
    kept in sync by triggers; agenda items remember the item they were carried over from."""
    db.execute("ALTER TABLE agenda_items ADD COLUMN carried_from_item_id TEXT "
               "REFERENCES agenda_items(id)")
    db.execute("CREATE INDEX agenda_items_carried ON agenda_items(carried_from_item_id)")
    db.execute("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, record_id "
               "UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')")
    for table, (code, title, body) in SEARCHED.items():
        def insert(r: str, table: str = table, code: int = code, title: str = title,
                   body: str = body) -> str:
            return (f"INSERT INTO search_index (rowid, kind, record_id, title, body) "
                    f"SELECT {r}.rowid * 8 + {code}, '{table}', {r}.id, "
                    f"{title.format(r=r)}, {body.format(r=r)}")

        remove = f"DELETE FROM search_index WHERE rowid = OLD.rowid * 8 + {code};"
        db.execute(f"""CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table}
            WHEN NEW.deleted_at IS NULL BEGIN {insert('NEW')}; END""")
        db.execute(f"""CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table}
            BEGIN {remove} {insert('NEW')} WHERE NEW.deleted_at IS NULL; END""")
        db.execute(f"""CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table}
            BEGIN {remove} END""")
        db.execute(f"{insert(table)} FROM {table} WHERE {table}.deleted_at IS NULL")


@migration
def m005_task_owner_side_index(db: Database) -> None:
    """The task list filters by the owners' side."""
    db.execute("CREATE INDEX task_owners_side ON task_owners(side_id)")


CIRCULATION_LOCK_MESSAGE = (
    "Das Protokoll dieser Sitzung ist genehmigt; Versand und Einwendungen "
    "können nicht mehr geändert werden."
)

# The rows of the minutes' circulation, locked like the minutes themselves (m003).
_LOCKED_CIRCULATION = {
    "minutes_circulations": ("{r}.meeting_id",),
    "objections": ("{r}.meeting_id",),
}


@migration
def m006_circulation_and_objections(db: Database) -> None:
    """Protokollversand and Einwendungen; approval names the approving meeting's TOP.
    Approved minutes lock their circulations and objections."""
    db.executescript(f"""
CREATE TABLE minutes_circulations (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    sent_on TEXT NOT NULL,
    recipients TEXT NOT NULL CHECK (trim(recipients) <> ''),
    note TEXT NOT NULL DEFAULT '',{META});

CREATE TABLE objections (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    person_id TEXT REFERENCES people(id),
    raised_by TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    resolution TEXT NOT NULL DEFAULT '',{META},
    CHECK (person_id IS NOT NULL OR trim(raised_by) <> ''));

CREATE INDEX minutes_circulations_meeting ON minutes_circulations(meeting_id);
CREATE INDEX objections_meeting ON objections(meeting_id);
CREATE INDEX objections_person ON objections(person_id);

ALTER TABLE meetings ADD COLUMN approved_at_item_id TEXT REFERENCES agenda_items(id);
CREATE INDEX meetings_approved_in ON meetings(approved_in_meeting_id);
""")
    _lock_rows(db, _LOCKED_CIRCULATION, CIRCULATION_LOCK_MESSAGE)


# History (Verlauf): who changed what and when, for these tables. Each maps to the
# column naming the record its rows are shown under (a vote under its decision).
HISTORY_TABLES = {
    "decisions": None, "votes": "decision_id", "conflicts": "decision_id",
    "tasks": None, "task_owners": "task_id", "recommendations": None,
    "attendance": "meeting_id", "ballots": "decision_id",
}
_HISTORY_V7 = ("decisions", "votes", "conflicts", "tasks", "task_owners", "recommendations",
               "attendance")  # the tables m007 gave a history; m010 added ballots
# Not recorded as changes: the row's own bookkeeping.
_UNTRACKED = ("id", "created_at", "updated_at", "updated_by")
_NOW = "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')"  # the form of now_utc()


def install_history_triggers(db: Database, table: str) -> None:
    """(Re)create the triggers that write ``table``'s changes into ``history``.

    They name the columns the table has now: a later migration that adds a
    column to one of :data:`HISTORY_TABLES` calls this again for that table.
    """
    parent = HISTORY_TABLES[table]
    tracked = [c.name for c in db[table].columns if c.name not in _UNTRACKED]

    def parent_of(row: str) -> str:
        return f"{row}.{parent}" if parent else "NULL"

    def changed(c: str) -> str:
        return f"OLD.{c} IS NOT NEW.{c}"

    def pairs(old: str, new: str, only_changed: bool) -> str:
        return " UNION ALL ".join(
            f"SELECT '{c}' AS k, json_array({old.format(c=c)}, {new.format(c=c)}) AS v"
            + (f" WHERE {changed(c)}" if only_changed else
               f" WHERE {(new if new != 'NULL' else old).format(c=c)} IS NOT NULL")
            for c in tracked)

    def entry(row: str, who: str, action: str, changes: str) -> str:
        return (f"INSERT INTO history (table_name, record_id, parent_id, changed_at, "
                f"changed_by, action, changes) SELECT '{table}', {row}.id, {parent_of(row)}, "
                f"{_NOW}, {who}, {action}, "
                f"(SELECT coalesce(json_group_object(k, json(v)), '{{}}') FROM ({changes}));")

    for op in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS {table}_history_{op}")
    db.execute(f"""CREATE TRIGGER {table}_history_insert AFTER INSERT ON {table} BEGIN
        {entry("NEW", "NEW.updated_by", "'insert'",
               pairs("NULL", "NEW.{c}", only_changed=False))} END""")
    db.execute(f"""CREATE TRIGGER {table}_history_update AFTER UPDATE ON {table}
        WHEN {" OR ".join(changed(c) for c in tracked)} BEGIN
        {entry("NEW", "NEW.updated_by",
               "CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL "
               "THEN 'delete' ELSE 'update' END",
               pairs("OLD.{c}", "NEW.{c}", only_changed=True))} END""")
    db.execute(f"""CREATE TRIGGER {table}_history_delete AFTER DELETE ON {table} BEGIN
        {entry("OLD", "OLD.updated_by", "'delete'",
               pairs("OLD.{c}", "NULL", only_changed=False))} END""")


def history_trigger_names() -> list[str]:
    """The triggers ``check`` expects, so that no change goes unrecorded."""
    return [f"{t}_history_{op}" for t in HISTORY_TABLES for op in ("insert", "update", "delete")]


@migration
def m007_minutes_hash_and_history(db: Database) -> None:
    """Approved minutes carry a checksum of their content (``meetings.content_hash``,
    computed here for minutes approved before); ``history`` records who changed
    decisions, votes, conflicts, tasks, their owners, recommendations and attendance."""
    # One statement at a time: executescript() would commit the migration's transaction.
    db.execute("ALTER TABLE meetings ADD COLUMN content_hash TEXT")
    db.execute("""CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    parent_id TEXT,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    changes TEXT NOT NULL DEFAULT '{}')""")
    db.execute("CREATE INDEX history_record ON history(record_id)")
    db.execute("CREATE INDEX history_parent ON history(parent_id) WHERE parent_id IS NOT NULL")
    for table in _HISTORY_V7:
        install_history_triggers(db, table)
    from .m007_checksums import stamp_approved_minutes  # frozen as of this format

    stamp_approved_minutes(db)


# The papers of a TOP belong to its meeting and are locked with its minutes.
_LOCKED_PAPERS = {
    "attachments": ("(SELECT meeting_id FROM agenda_items WHERE id = {r}.agenda_item_id)",),
}


@migration
def m008_attachments(db: Database) -> None:
    """Papers of a TOP (Vorlagen) kept inside the file: name, media type, size,
    SHA-256 and the bytes; locked with the approved minutes of their meeting."""
    db.execute(f"""CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id),
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,{META})""")
    db.execute("CREATE INDEX attachments_item ON attachments(agenda_item_id, position)")
    _lock_rows(db, _LOCKED_PAPERS, LOCK_MESSAGE)


# m009: the search finds words inside words ("Budget" in "Sozialraumbudget") and people.
# FTS5's trigram tokenizer (SQLite 3.40) folds case but not diacritics, so the text it
# indexes (the column ``words``) is folded in SQL: the letters of Latin-1 and Latin
# Extended-A to their base letter, combining marks (text pasted decomposed) dropped.
# Frozen with m009; store/search.py folds the query with the same table.
FOLD_FROM = ("ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎď"
             "ĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũ"
             "ŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž")
FOLD_TO = ("AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDd"
           "EeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUu"
           "UuUuUuUuUuWwYyYZzZzZz")
FOLD_MARKS = "".join(chr(c) for c in (*range(0x300, 0x30D), 0x327, 0x328))

# table: (code, title SQL, body SQL) over the row {r}; the kinds of m004 and people.
SEARCHED_V9 = {
    "meetings": (1, "{r}.number || '. Sitzung ' || {r}.date",
                 "{r}.place || ' ' || {r}.cancel_reason"),
    "agenda_items": (2, "{r}.title", "{r}.notes || ' ' || {r}.papers || ' ' || {r}.presenter"),
    "decisions": (3, "{r}.number || ' ' || {r}.title", "{r}.wording || ' ' || {r}.result_text"),
    "tasks": (4, "{r}.title", "{r}.description"),
    "recommendations": (5, "{r}.number || ' ' || {r}.title",
                        "{r}.text || ' ' || {r}.response_text"),
    "people": (6, "trim(trim({r}.title || ' ' || {r}.first_name) || ' ' || {r}.last_name)",
               "{r}.email || ' ' || coalesce((SELECT o.name || ' ' || o.short "
               "FROM organizations o WHERE o.id = {r}.organization_id), '')"),
}


def _fold_steps() -> list[list[tuple[str, str]]]:
    """The replacements of the folding, in steps of 20 (SQLite's parser allows no
    deeper nesting of replace() calls in one expression)."""
    pairs = [*zip(FOLD_FROM, FOLD_TO, strict=True), *((mark, "") for mark in FOLD_MARKS)]
    return [pairs[n:n + 20] for n in range(0, len(pairs), 20)]


def search_trigger_names() -> list[str]:
    """The triggers ``check`` expects, so that the search follows every change."""
    return [f"{t}_search_{op}" for t in SEARCHED_V9 for op in ("insert", "update", "delete")
            ] + ["organizations_search_update"]


@migration
def m009_search_inside_words(db: Database) -> None:
    """The search index again, with the trigram tokenizer over folded text (a word is
    found inside a compound), and people by name, e-mail and organisation.

    The view ``search_rows`` gives every record's index row (folded by a chain of views
    ``search_fold_<n>`` over ``search_source``); the triggers copy a record's row from it."""
    for table in SEARCHED_V9:
        for op in ("insert", "update", "delete"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_search_{op}")
    db.execute("DROP TRIGGER IF EXISTS organizations_search_update")
    db.execute("DROP TABLE IF EXISTS search_index")
    db.execute("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, record_id "
               "UNINDEXED, title UNINDEXED, body UNINDEXED, words, tokenize = 'trigram')")
    source = " UNION ALL ".join(
        f"SELECT t.rowid * 8 + {code} AS key, '{table}' AS kind, t.id AS record_id, "
        f"{title.format(r='t')} AS title, {body.format(r='t')} AS body FROM {table} t"
        for table, (code, title, body) in SEARCHED_V9.items())
    db.execute("CREATE VIEW search_source AS SELECT key, kind, record_id, title, body, "
               f"title || char(10) || body AS words FROM ({source})")
    below = "search_source"
    steps = _fold_steps()
    for number, step in enumerate(steps, start=1):
        words = "words"
        for character, replacement in step:
            words = f"replace({words}, '{character}', '{replacement}')"
        name = "search_rows" if number == len(steps) else f"search_fold_{number}"
        db.execute(f"CREATE VIEW {name} AS SELECT key, kind, record_id, title, body, "
                   f"{words} AS words FROM {below}")
        below = name

    def insert(table: str, which: str) -> str:
        return ("INSERT INTO search_index (rowid, kind, record_id, title, body, words) "
                "SELECT key, kind, record_id, title, body, words FROM search_rows "
                f"WHERE kind = '{table}' AND record_id {which}")

    for table, (code, _title, _body) in SEARCHED_V9.items():
        remove = f"DELETE FROM search_index WHERE rowid = OLD.rowid * 8 + {code};"
        db.execute(f"""CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table}
            WHEN NEW.deleted_at IS NULL BEGIN {insert(table, '= NEW.id')}; END""")
        db.execute(f"""CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table}
            BEGIN {remove} {insert(table, '= NEW.id')} AND NEW.deleted_at IS NULL; END""")
        db.execute(f"""CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table}
            BEGIN {remove} END""")
        db.execute(insert(table, f"IN (SELECT id FROM {table} WHERE deleted_at IS NULL)"))
    # People are found by their organisation's name: a renamed one re-indexes its people.
    people_code = SEARCHED_V9["people"][0]
    db.execute(f"""CREATE TRIGGER organizations_search_update AFTER UPDATE OF name, short
        ON organizations BEGIN
        DELETE FROM search_index WHERE rowid IN (
            SELECT p.rowid * 8 + {people_code} FROM people p
            WHERE p.organization_id = NEW.id);
        {insert('people', "IN (SELECT id FROM people WHERE organization_id = NEW.id "
                          "AND deleted_at IS NULL)")}; END""")


def _add_column(db: Database, table: str, definition: str) -> None:
    """ALTER TABLE … ADD COLUMN, unless the column is there (a file whose later
    migrations were taken back by hand keeps the columns they added)."""
    if definition.split()[0] not in db[table].columns_dict:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {definition}")


# The ballots of a decision belong to its meeting and are locked with its minutes.
_LOCKED_BALLOTS = {
    "ballots": ("(SELECT meeting_id FROM decisions WHERE id = {r}.decision_id)",),
}


@migration
def m010_rules_of_procedure(db: Database) -> None:
    """The rules of procedure (Geschäftsordnung) per body: the base of the quorum and of
    a majority, the chair's casting vote, one vote per person, the written procedure;
    statutory seats per side; a seat that changes hands during a meeting; the way a
    decision was voted on, with each member's ballot (roll call, written procedure).

    Existing files keep their results: the new defaults are today's rules, and the
    statutory seats of a side are the voting seats filled on the day of the migration."""
    for column in (
        "quorum_base TEXT NOT NULL DEFAULT 'statutory'",
        "majority_base TEXT NOT NULL DEFAULT 'yes_no'",
        "casting_vote INTEGER NOT NULL DEFAULT 0",
        "deputy_multiple_votes INTEGER NOT NULL DEFAULT 0",
        "written_consent INTEGER NOT NULL DEFAULT 1",
        "roll_call_names INTEGER NOT NULL DEFAULT 1",
    ):
        _add_column(db, "bodies", column)
    _add_column(db, "sides", "statutory_seats INTEGER "
                "CHECK (statutory_seats IS NULL OR statutory_seats >= 0)")
    db.execute("""UPDATE sides SET statutory_seats = (
        SELECT count(*) FROM memberships m WHERE m.side_id = sides.id
        AND m.deleted_at IS NULL AND m.voting = 1
        AND m.role IN ('chair', 'vice_chair', 'member')
        AND (m.valid_from IS NULL OR m.valid_from <= date('now', 'localtime'))
        AND (m.valid_to IS NULL OR m.valid_to >= date('now', 'localtime')))
        WHERE voting = 1""")
    _add_column(db, "attendance", "handover_at_item_id TEXT REFERENCES agenda_items(id)")
    _add_column(db, "decisions", "voting_method TEXT NOT NULL DEFAULT 'open'")
    _add_column(db, "decisions", "chair_vote TEXT")
    _add_column(db, "decisions", "deadline TEXT")
    # Approved minutes are locked: their decisions keep the default way of voting
    # ('open'); written decisions have no meeting and are never locked.
    db.execute("UPDATE decisions SET voting_method = 'written' WHERE written_procedure = 1")
    db.execute(f"""CREATE TABLE ballots (
    id TEXT PRIMARY KEY,
    decision_id TEXT NOT NULL REFERENCES decisions(id),
    membership_id TEXT NOT NULL REFERENCES memberships(id),
    choice TEXT NOT NULL DEFAULT 'none',
    answered_on TEXT,{META})""")
    db.execute("CREATE UNIQUE INDEX ballots_member ON ballots(decision_id, membership_id) "
               "WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX ballots_membership ON ballots(membership_id)")
    _lock_rows(db, _LOCKED_BALLOTS, LOCK_MESSAGE)
    for table in ("decisions", "attendance", "ballots"):
        install_history_triggers(db, table)


@migration
def m011_text_modules(db: Database) -> None:
    """Text modules (Textbausteine) per body: the result text of each standard TOP with
    placeholders, and the secretary's own modules; a TOP's own result text (typed over
    the suggestion); the place the minutes are signed at ("Rostock, den …")."""
    _add_column(db, "bodies", "signing_place TEXT NOT NULL DEFAULT ''")
    _add_column(db, "agenda_items", "result_text TEXT NOT NULL DEFAULT ''")
    db.execute(f"""CREATE TABLE IF NOT EXISTS text_modules (
    id TEXT PRIMARY KEY,
    body_id TEXT NOT NULL REFERENCES bodies(id),
    key TEXT NOT NULL CHECK (trim(key) <> ''),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    text TEXT NOT NULL DEFAULT '',{META})""")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS text_modules_key ON text_modules(body_id, key) "
               "WHERE deleted_at IS NULL")


@migration
def m012_agenda_as_invited(db: Database) -> None:
    """The number each TOP had in the invitation, so that the minutes can say how the
    agenda changed before it was approved (TOPs added, withdrawn, moved)."""
    _add_column(db, "agenda_items", "invited_position INTEGER")


@migration
def m013_typed_columns(db: Database) -> None:
    """Typed columns: CHECK constraints for every date, time, coded value, yes/no, count
    and timestamp (store/typed_columns.py), so that no tool writes a value the program
    cannot read. Values written before stay and are named by ``check``."""
    from .typed_columns import add_checks  # the catalogue of this format

    add_checks(db)


APPROVALS_MESSAGE = ("Die Liste genehmigter Protokolle wird nur ergänzt, nie geändert "
                     "oder gelöscht.")


@migration
def m014_approval_seals(db: Database) -> None:
    """An append-only list of approved meetings with the checksum of their minutes and
    their decisions, kept apart from the meetings: a meeting or decision deleted or
    tombstoned behind the program's back, or minutes changed and their checksum
    recomputed, are still told by it (``check``). The file writes a row itself when a
    meeting first gets its checksum (approval), and refuses to change or delete one.
    Meetings approved before get theirs now."""
    db.execute("""CREATE TABLE IF NOT EXISTS approvals (
    meeting_id TEXT PRIMARY KEY,
    body_id TEXT NOT NULL,
    body_short TEXT NOT NULL,
    number INTEGER NOT NULL,
    date TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    decisions TEXT NOT NULL DEFAULT '[]',
    approved_at TEXT NOT NULL)""")
    row = """SELECT m.id, m.body_id, coalesce(b.short, ''), m.number, m.date, m.content_hash,
        (SELECT json_group_array(json_object('id', d.id, 'number', d.number)) FROM (
            SELECT id, number FROM decisions WHERE deleted_at IS NULL AND (meeting_id = m.id
            OR agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = m.id))
            ORDER BY year, seq, id) d),
        m.updated_at FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id"""
    db.execute(f"""CREATE TRIGGER IF NOT EXISTS approvals_record AFTER UPDATE OF content_hash
        ON meetings WHEN OLD.content_hash IS NULL AND NEW.content_hash IS NOT NULL
        AND NEW.state = 'approved' BEGIN
        INSERT OR IGNORE INTO approvals {row} WHERE m.id = NEW.id; END""")
    refuse = f"SELECT RAISE(ABORT, '{APPROVALS_MESSAGE}');"
    db.execute(f"CREATE TRIGGER IF NOT EXISTS approvals_no_update BEFORE UPDATE ON approvals "
               f"BEGIN {refuse} END")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS approvals_no_delete BEFORE DELETE ON approvals "
               f"BEGIN {refuse} END")
    db.execute(f"INSERT OR IGNORE INTO approvals {row} WHERE m.state = 'approved' "
               f"AND m.content_hash IS NOT NULL AND m.deleted_at IS NULL "
               f"ORDER BY m.updated_at, m.id")


def approval_trigger_names() -> list[str]:
    """The triggers that write and guard the list of approvals (m014)."""
    return ["approvals_record", "approvals_no_update", "approvals_no_delete"]


@migration
def m015_exchange(db: Database) -> None:
    """Several laptops, one record: the copy's identity (replica id, name, change
    counter, what it has taken in), the version of every record kept by triggers on
    every user table, the peers it exchanged with, and the conflicts of an exchange
    (store/replica.py reads them, store/exchange.py exchanges)."""
    _install_exchange(db, _first_dataset_id(db))


def _install_exchange(db: Database, dataset_id: str) -> None:
    """The tables and triggers of the exchange. ``dataset_id`` is shared by all copies
    of one record (Datenbestand)."""
    db.execute("""CREATE TABLE IF NOT EXISTS replica (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    id TEXT NOT NULL,
    dataset_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    counter INTEGER NOT NULL DEFAULT 0,
    known TEXT NOT NULL DEFAULT '{}',
    applying INTEGER NOT NULL DEFAULT 0,
    file_key TEXT NOT NULL DEFAULT '',
    exchange_folder TEXT NOT NULL DEFAULT '')""")
    db.execute("""CREATE TABLE IF NOT EXISTS record_versions (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    vv TEXT NOT NULL DEFAULT '{}',
    replica_id TEXT,
    seq INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (table_name, record_id)) WITHOUT ROWID""")
    db.execute("CREATE INDEX IF NOT EXISTS record_versions_change "
               "ON record_versions(replica_id, seq)")
    db.execute("""CREATE TABLE IF NOT EXISTS exchange_peers (
    replica_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    known TEXT NOT NULL DEFAULT '{}',
    last_import_at TEXT,
    last_export_at TEXT)""")
    db.execute("""CREATE TABLE IF NOT EXISTS exchange_conflicts (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT 'both',
    theirs TEXT NOT NULL,
    their_vv TEXT NOT NULL DEFAULT '{}',
    their_replica TEXT NOT NULL DEFAULT '',
    their_name TEXT NOT NULL DEFAULT '',
    arrived_at TEXT NOT NULL,
    decided_at TEXT,
    decision TEXT,
    decided_by TEXT)""")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS exchange_conflicts_open ON "
               "exchange_conflicts(table_name, record_id) WHERE decided_at IS NULL")
    db.execute("INSERT OR IGNORE INTO replica (one, id, dataset_id) VALUES (1, ?, ?)",
               [str(uuid.uuid4()), dataset_id])
    for table in _M015_TABLES:
        _install_version_triggers(db, table)


def _install_version_triggers(db: Database, table: str) -> None:
    def stamp(row: str, gone: int) -> str:
        return f"""UPDATE replica SET counter = counter + 1;
        INSERT INTO record_versions (table_name, record_id, vv, replica_id, seq, gone)
        SELECT '{table}', {row}.id, json_set(coalesce((SELECT v.vv FROM record_versions v
            WHERE v.table_name = '{table}' AND v.record_id = {row}.id), '{{}}'),
            '$."' || r.id || '"', r.counter), r.id, r.counter, {gone} FROM replica r WHERE true
        ON CONFLICT (table_name, record_id) DO UPDATE SET vv = excluded.vv,
            replica_id = excluded.replica_id, seq = excluded.seq, gone = excluded.gone;"""

    when = "WHEN (SELECT applying FROM replica) = 0"
    for op, row, gone in (("insert", "NEW", 0), ("update", "NEW", 0), ("delete", "OLD", 1)):
        db.execute(f"DROP TRIGGER IF EXISTS {table}_version_{op}")
        db.execute(f"""CREATE TRIGGER {table}_version_{op} AFTER {op.upper()} ON {table}
            {when} BEGIN {stamp(row, gone)} END""")


def version_trigger_names() -> list[str]:
    """The triggers ``check`` expects, so that no change escapes the exchange."""
    return [f"{t}_version_{op}" for t in USER_TABLES for op in ("insert", "update", "delete")]


def _first_dataset_id(db: Database) -> str:
    """The dataset id an existing file gets: its first body's id, so that copies made
    by hand before the exchange existed still recognise each other; a new id else."""
    row = db.execute("SELECT id FROM bodies ORDER BY created_at, id LIMIT 1").fetchone()
    return str(row[0]) if row else str(uuid.uuid4())


# The calendar invitation's revision (documents/calendar.py): what a change of it is.
_CALENDAR_CHANGE = ("OLD.date IS NOT NEW.date OR OLD.start_time IS NOT NEW.start_time "
                    "OR OLD.end_time IS NOT NEW.end_time OR OLD.place IS NOT NEW.place "
                    "OR ((OLD.state = 'cancelled') IS NOT (NEW.state = 'cancelled'))")


@migration
def m016_calendar_sequence(db: Database) -> None:
    """The revision of a meeting's calendar invitation (iCalendar ``SEQUENCE``): raised
    by the file itself on each real change of date, time or place, and when the meeting
    is cancelled or taken back out of cancellation; never lowered (a calendar keeps the
    revision with the highest number, so an undo is one more change). While a package
    of another laptop is taken in (``replica.applying``) the row arriving carries its
    own number and nothing is raised. Self-contained (no code of other modules)."""
    # No CHECK: adding a column with one makes SQLite test every CHECK of the table
    # against the rows, and a file may keep values m013 let stay (``check`` names them).
    _add_column(db, "meetings", "calendar_sequence INTEGER NOT NULL DEFAULT 0")
    db.execute("DROP TRIGGER IF EXISTS meetings_calendar_sequence")
    # One trigger for both rules, so that their order does not matter: a real change
    # raises the highest number seen by one; a write that would lower it (an undo that
    # restores the whole row) keeps the highest. The nested UPDATE names no column of
    # the trigger's list but calendar_sequence, and its WHEN is then false.
    lower = "NEW.calendar_sequence < OLD.calendar_sequence"
    db.execute(f"""CREATE TRIGGER meetings_calendar_sequence
        AFTER UPDATE OF date, start_time, end_time, place, state, calendar_sequence
        ON meetings WHEN (SELECT applying FROM replica) = 0
        AND (({_CALENDAR_CHANGE}) OR {lower}) BEGIN
        UPDATE meetings SET calendar_sequence =
            max(OLD.calendar_sequence, NEW.calendar_sequence)
            + (CASE WHEN {_CALENDAR_CHANGE} THEN 1 ELSE 0 END)
        WHERE id = NEW.id; END""")


def calendar_trigger_names() -> list[str]:
    """The trigger ``check`` expects, so that a changed meeting is sent as an update."""
    return ["meetings_calendar_sequence"]


# The typed columns' CHECKs of allowance_rates (store/typed_columns.py's catalogue as it
# was for format 17), written out: a migration runs frozen text, not the live catalogue.
_M017_CHECKS = """,
    CONSTRAINT typed_amount_cents CHECK ("amount_cents" IS NULL OR (typeof("amount_cents") = 'integer' AND "amount_cents" >= 0)),
    CONSTRAINT typed_travel_cents CHECK ("travel_cents" IS NULL OR (typeof("travel_cents") = 'integer' AND "travel_cents" >= 0)),
    CONSTRAINT typed_office_staff CHECK ("office_staff" IN (0, 1)),
    CONSTRAINT typed_valid_from CHECK (date("valid_from", '+0 days') IS "valid_from" AND "valid_from" >= '0001-01-01'),
    CONSTRAINT typed_valid_to CHECK (date("valid_to", '+0 days') IS "valid_to" AND "valid_to" >= '0001-01-01'),
    CONSTRAINT typed_created_at CHECK ("created_at" IS NULL OR (date(substr("created_at", 1, 10), '+0 days') IS substr("created_at", 1, 10) AND julianday("created_at") IS NOT NULL)),
    CONSTRAINT typed_updated_at CHECK ("updated_at" IS NULL OR (date(substr("updated_at", 1, 10), '+0 days') IS substr("updated_at", 1, 10) AND julianday("updated_at") IS NOT NULL)),
    CONSTRAINT typed_deleted_at CHECK ("deleted_at" IS NULL OR (date(substr("deleted_at", 1, 10), '+0 days') IS substr("deleted_at", 1, 10) AND julianday("deleted_at") IS NOT NULL))"""  # noqa: E501


@migration
def m017_allowances(db: Database) -> None:
    """Attendance allowances (Sitzungsgeld): the rates of a body per entitled side, in
    whole cents (an amount per meeting and an optional travel allowance), each valid
    from/to a day; a side without a rate is not entitled, nor the office's own staff
    unless the rate says so (``office_staff``). The table takes part in the
    exchange between laptops (its version triggers, as m015 gave the others)."""
    db.execute(f"""CREATE TABLE IF NOT EXISTS allowance_rates (
    id TEXT PRIMARY KEY,
    body_id TEXT NOT NULL REFERENCES bodies(id),
    side_id TEXT NOT NULL REFERENCES sides(id),
    amount_cents INTEGER NOT NULL DEFAULT 0,
    travel_cents INTEGER NOT NULL DEFAULT 0,
    office_staff INTEGER NOT NULL DEFAULT 0,
    valid_from TEXT,
    valid_to TEXT,{META}{_M017_CHECKS})""")
    db.execute("CREATE INDEX IF NOT EXISTS allowance_rates_body ON allowance_rates(body_id)")
    db.execute("CREATE INDEX IF NOT EXISTS allowance_rates_side ON allowance_rates(side_id)")
    _install_version_triggers(db, "allowance_rates")


# The typed columns' CHECKs of learning_events and learning_participants (the catalogue
# as it was for format 18), written out: a migration runs frozen text.
_M018_EVENT_CHECKS = """,
    CONSTRAINT typed_kind CHECK ("kind" IN ('training', 'visit', 'internship', 'conference')),
    CONSTRAINT typed_date_from CHECK (date("date_from", '+0 days') IS "date_from" AND "date_from" >= '0001-01-01'),
    CONSTRAINT typed_date_to CHECK (date("date_to", '+0 days') IS "date_to" AND "date_to" >= '0001-01-01'),
    CONSTRAINT typed_level CHECK ("level" IN ('strategic', 'operational')),
    CONSTRAINT typed_created_at CHECK ("created_at" IS NULL OR (date(substr("created_at", 1, 10), '+0 days') IS substr("created_at", 1, 10) AND julianday("created_at") IS NOT NULL)),
    CONSTRAINT typed_updated_at CHECK ("updated_at" IS NULL OR (date(substr("updated_at", 1, 10), '+0 days') IS substr("updated_at", 1, 10) AND julianday("updated_at") IS NOT NULL)),
    CONSTRAINT typed_deleted_at CHECK ("deleted_at" IS NULL OR (date(substr("deleted_at", 1, 10), '+0 days') IS substr("deleted_at", 1, 10) AND julianday("deleted_at") IS NOT NULL))"""  # noqa: E501
_M018_PARTICIPANT_CHECKS = """,
    CONSTRAINT typed_side CHECK ("side" IN ('office', 'providers')),
    CONSTRAINT typed_created_at CHECK ("created_at" IS NULL OR (date(substr("created_at", 1, 10), '+0 days') IS substr("created_at", 1, 10) AND julianday("created_at") IS NOT NULL)),
    CONSTRAINT typed_updated_at CHECK ("updated_at" IS NULL OR (date(substr("updated_at", 1, 10), '+0 days') IS substr("updated_at", 1, 10) AND julianday("updated_at") IS NOT NULL)),
    CONSTRAINT typed_deleted_at CHECK ("deleted_at" IS NULL OR (date(substr("deleted_at", 1, 10), '+0 days') IS substr("deleted_at", 1, 10) AND julianday("deleted_at") IS NOT NULL))"""  # noqa: E501


@migration
def m018_learning(db: Database) -> None:
    """The programme beyond meetings: trainings, visits (Hospitationen), internships and
    conferences (``learning_events``), each with its participants
    (``learning_participants``); a participant's parity side (office or providers) is
    stored with the participation, so that the balance is known for a person in no
    body too. Both tables take part in the exchange (their version triggers)."""
    db.execute(f"""CREATE TABLE IF NOT EXISTS learning_events (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'training',
    title TEXT NOT NULL DEFAULT '',
    date_from TEXT NOT NULL,
    date_to TEXT,
    place TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT 'operational',
    milestone_id TEXT REFERENCES milestones(id),
    note TEXT NOT NULL DEFAULT '',{META}{_M018_EVENT_CHECKS})""")
    db.execute(f"""CREATE TABLE IF NOT EXISTS learning_participants (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES learning_events(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    organization_id TEXT REFERENCES organizations(id),
    side TEXT NOT NULL DEFAULT 'providers',{META}{_M018_PARTICIPANT_CHECKS})""")
    db.execute("CREATE INDEX IF NOT EXISTS learning_events_from ON learning_events(date_from)")
    db.execute("CREATE INDEX IF NOT EXISTS learning_participants_event "
               "ON learning_participants(event_id)")
    db.execute("CREATE INDEX IF NOT EXISTS learning_participants_person "
               "ON learning_participants(person_id)")
    for table in ("learning_events", "learning_participants"):
        _install_version_triggers(db, table)


# The typed columns' CHECKs of budget_lines and posts (the catalogue as it was for format
# 19), written out: a migration runs frozen text.
_M019_LINE_CHECKS = """,
    CONSTRAINT typed_year CHECK ("year" IS NULL OR (typeof("year") = 'integer' AND "year" >= 0)),
    CONSTRAINT typed_area CHECK ("area" IN ('educational_aid', 'youth_work', 'family_education', 'posts', 'training', 'other')),
    CONSTRAINT typed_funding CHECK ("funding" IN ('city', 'state', 'providers')),
    CONSTRAINT typed_plan_q1_cents CHECK ("plan_q1_cents" IS NULL OR (typeof("plan_q1_cents") = 'integer' AND "plan_q1_cents" >= 0)),
    CONSTRAINT typed_plan_q2_cents CHECK ("plan_q2_cents" IS NULL OR (typeof("plan_q2_cents") = 'integer' AND "plan_q2_cents" >= 0)),
    CONSTRAINT typed_plan_q3_cents CHECK ("plan_q3_cents" IS NULL OR (typeof("plan_q3_cents") = 'integer' AND "plan_q3_cents" >= 0)),
    CONSTRAINT typed_plan_q4_cents CHECK ("plan_q4_cents" IS NULL OR (typeof("plan_q4_cents") = 'integer' AND "plan_q4_cents" >= 0)),
    CONSTRAINT typed_actual_q1_cents CHECK ("actual_q1_cents" IS NULL OR (typeof("actual_q1_cents") = 'integer' AND "actual_q1_cents" >= 0)),
    CONSTRAINT typed_actual_q2_cents CHECK ("actual_q2_cents" IS NULL OR (typeof("actual_q2_cents") = 'integer' AND "actual_q2_cents" >= 0)),
    CONSTRAINT typed_actual_q3_cents CHECK ("actual_q3_cents" IS NULL OR (typeof("actual_q3_cents") = 'integer' AND "actual_q3_cents" >= 0)),
    CONSTRAINT typed_actual_q4_cents CHECK ("actual_q4_cents" IS NULL OR (typeof("actual_q4_cents") = 'integer' AND "actual_q4_cents" >= 0)),
    CONSTRAINT typed_created_at CHECK ("created_at" IS NULL OR (date(substr("created_at", 1, 10), '+0 days') IS substr("created_at", 1, 10) AND julianday("created_at") IS NOT NULL)),
    CONSTRAINT typed_updated_at CHECK ("updated_at" IS NULL OR (date(substr("updated_at", 1, 10), '+0 days') IS substr("updated_at", 1, 10) AND julianday("updated_at") IS NOT NULL)),
    CONSTRAINT typed_deleted_at CHECK ("deleted_at" IS NULL OR (date(substr("deleted_at", 1, 10), '+0 days') IS substr("deleted_at", 1, 10) AND julianday("deleted_at") IS NOT NULL))"""  # noqa: E501
_M019_POST_CHECKS = """,
    CONSTRAINT typed_side CHECK ("side" IN ('office', 'providers')),
    CONSTRAINT typed_date_from CHECK (date("date_from", '+0 days') IS "date_from" AND "date_from" >= '0001-01-01'),
    CONSTRAINT typed_date_to CHECK (date("date_to", '+0 days') IS "date_to" AND "date_to" >= '0001-01-01'),
    CONSTRAINT typed_share_permille CHECK ("share_permille" IS NULL OR (typeof("share_permille") = 'integer' AND "share_permille" >= 0)),
    CONSTRAINT typed_created_at CHECK ("created_at" IS NULL OR (date(substr("created_at", 1, 10), '+0 days') IS substr("created_at", 1, 10) AND julianday("created_at") IS NOT NULL)),
    CONSTRAINT typed_updated_at CHECK ("updated_at" IS NULL OR (date(substr("updated_at", 1, 10), '+0 days') IS substr("updated_at", 1, 10) AND julianday("updated_at") IS NOT NULL)),
    CONSTRAINT typed_deleted_at CHECK ("deleted_at" IS NULL OR (date(substr("deleted_at", 1, 10), '+0 days') IS substr("deleted_at", 1, 10) AND julianday("deleted_at") IS NOT NULL))"""  # noqa: E501


@migration
def m019_budget(db: Database) -> None:
    """The budget of the model region and the programme's posts. A budget line
    (``budget_lines``) is one year's money for one focus area from one source, with plan
    (Soll) and actual (Ist) per quarter in whole cents, optionally linked to the decision
    that approved it and to a milestone. A post (``posts``) is held by one person on one
    parity side from/to a day, as a share of a full post in thousandths, funded by a
    budget line. Both take part in the exchange (their version triggers)."""
    db.execute(f"""CREATE TABLE IF NOT EXISTS budget_lines (
    id TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    area TEXT NOT NULL DEFAULT 'other',
    title TEXT NOT NULL DEFAULT '',
    funding TEXT NOT NULL DEFAULT 'city',
    plan_q1_cents INTEGER NOT NULL DEFAULT 0,
    plan_q2_cents INTEGER NOT NULL DEFAULT 0,
    plan_q3_cents INTEGER NOT NULL DEFAULT 0,
    plan_q4_cents INTEGER NOT NULL DEFAULT 0,
    actual_q1_cents INTEGER NOT NULL DEFAULT 0,
    actual_q2_cents INTEGER NOT NULL DEFAULT 0,
    actual_q3_cents INTEGER NOT NULL DEFAULT 0,
    actual_q4_cents INTEGER NOT NULL DEFAULT 0,
    decision_id TEXT REFERENCES decisions(id),
    milestone_id TEXT REFERENCES milestones(id),
    note TEXT NOT NULL DEFAULT '',{META}{_M019_LINE_CHECKS})""")
    db.execute(f"""CREATE TABLE IF NOT EXISTS posts (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    side TEXT NOT NULL DEFAULT 'providers',
    date_from TEXT NOT NULL,
    date_to TEXT,
    person_id TEXT REFERENCES people(id),
    organization_id TEXT REFERENCES organizations(id),
    share_permille INTEGER NOT NULL DEFAULT 1000,
    budget_line_id TEXT REFERENCES budget_lines(id),
    note TEXT NOT NULL DEFAULT '',{META}{_M019_POST_CHECKS})""")
    db.execute("CREATE INDEX IF NOT EXISTS budget_lines_year ON budget_lines(year)")
    for column in ("decision_id", "milestone_id"):
        db.execute(f"CREATE INDEX IF NOT EXISTS budget_lines_{column} "
                   f"ON budget_lines({column})")
    for column in ("person_id", "organization_id", "budget_line_id"):
        db.execute(f"CREATE INDEX IF NOT EXISTS posts_{column} ON posts({column})")
    for table in ("budget_lines", "posts"):
        _install_version_triggers(db, table)
