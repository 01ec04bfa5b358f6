"""Taking a package in, record by record (store/exchange.py reads it and calls
:class:`Merge` inside one transaction): new records added, a version after ours
taken, one we have seen skipped, one changed on both sides kept aside as a conflict;
a unique key made on two copies settled the same way on every copy; approvals
applied last, onto the content they were approved with."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain.words import QT_TRANSLATE_NOOP, say
from .exchange_package import Change, Package, PackageRefused
from .mapping import now_utc
from .replica import (
    AFTER,
    BEFORE,
    CONCURRENT,
    EQUAL,
    Vector,
    compare,
    dumps,
    local_change,
    merge_version,
    merged,
    set_version,
    this_replica,
    vector,
    version_of,
)
from .repository import new_id
from .schema import LOCK_MARK, USER_TABLES

if TYPE_CHECKING:
    from sqlite_utils import Database


def columns_of(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()]


# Not compared when telling whether two versions of a record differ.
BOOKKEEPING = ("updated_at", "updated_by")
# Tables whose records carry a number unique per body (and year): a number given on
# two laptops at once is given anew to the later record, before it is approved.
NUMBERED: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    # table: (its counter, the number made of it, what the counter counts within)
    "decisions": ("seq", "number", ("body_id", "year")),
    "recommendations": ("seq", "number", ("advisory_body_id", "year")),
    "meetings": ("number", None, ("body_id",)),
}
GONE = "(gelöscht)"  # their side of a conflict with a record deleted outright there
# why a record waits as a conflict (its key is stored; reason_words gives the words)
REASONS = {
    "both": QT_TRANSLATE_NOOP("store.exchange_merge", "auf beiden Laptops geändert"),
    "approved": QT_TRANSLATE_NOOP("store.exchange_merge",
                                  "gehört zu einem genehmigten Protokoll"),
    "duplicate": QT_TRANSLATE_NOOP("store.exchange_merge",
                                   "auf beiden Laptops getrennt angelegt"),
    "history": QT_TRANSLATE_NOOP("store.exchange_merge", "auf beiden Laptops verschieden "
                                 "(ohne gemeinsamen früheren Stand)"),
    "with_parent": QT_TRANSLATE_NOOP("store.exchange_merge",
                                     "dort zusammen mit dem zugehörigen Eintrag gelöscht"),
    "parent_waits": QT_TRANSLATE_NOOP("store.exchange_merge",
                                      "gehört zu einem Eintrag, der als Konflikt wartet"),
}


def reason_words(reason: str) -> str:
    """Why a conflict waits, in the language in use (an unknown key as it is)."""
    return say("store.exchange_merge", REASONS[reason]) if reason in REASONS else reason


def parents_of(db: Database, table: str) -> list[tuple[str, str]]:
    """(parent table, referencing column) of each foreign key of ``table``."""
    return [(r[2], r[3]) for r in db.execute(f"PRAGMA foreign_key_list({table})")]


@dataclass
class Report:
    """What an import did (or, as a dry run, would do)."""

    sender: str = ""
    added: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    conflicts: list[str] = field(default_factory=list)  # conflict ids, new or renewed
    renumbered: list[str] = field(default_factory=list)
    decided_elsewhere: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def nothing(self) -> bool:
        return not (self.added or self.changed or self.deleted or self.conflicts
                    or self.renumbered or self.decided_elsewhere)

    def lines(self) -> list[str]:
        from .privacy import table_count

        def counted(counter: Counter[str]) -> str:
            return ", ".join(table_count(t, n) for t, n in
                             sorted(counter.items(), key=lambda i: USER_TABLES.index(i[0])))

        out = list(self.notes)
        if self.added:
            out.append(say("store.exchange_merge", "Neu: {counted}").format(
                           counted=counted(self.added)))
        if self.changed:
            out.append(say("store.exchange_merge", "Geändert: {counted}").format(
                           counted=counted(self.changed)))
        if self.deleted:
            out.append(say("store.exchange_merge", "Gelöscht: {counted}").format(
                           counted=counted(self.deleted)))
        out += [
            say("store.exchange_merge", "Neu nummeriert: {r}").format(r=r) for r in self.renumbered]
        if self.conflicts:
            out.append(say("store.exchange_merge", "Konflikte zum Entscheiden: {count}").format(
                           count=len(self.conflicts)))
        if self.decided_elsewhere:
            out.append(say("store.exchange_merge", "Auf dem anderen Laptop entschiedene "
                                                   "Konflikte: {decided_elsewhere}").format(
                           decided_elsewhere=self.decided_elsewhere))
        if self.nothing:
            out.append(say("store.exchange_merge", "Nichts Neues: alle Änderungen sind schon "
                                                   "übernommen."))
        return out


class Merge:
    """One package taken in, inside the caller's transaction."""

    def __init__(self, db: Database, package: Package, report: Report, user: str):
        self.db, self.package, self.report, self.user = db, package, report, user
        self.columns = {t: columns_of(db, t) for t in USER_TABLES}
        self.written: dict[str, set[str]] = {}
        self.approving: list[Change] = []
        self.settled: set[str] = set()  # records given a new number or deleted as doubles
        self.arriving_approved = {c.id for c in package.changes if c.table == "meetings"
                                  and c.row is not None and c.row.get("state") == "approved"}

    def run(self) -> None:
        db = self.db
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.execute("UPDATE replica SET applying = 1")
        order = {t: n for n, t in enumerate(USER_TABLES)}
        exists = {(c.table, c.id) for c in self.package.changes if self._local(c) is not None}
        # by table; within one, changes to records there are before new records, so that
        # a number given anew on the other side is free before a new record takes it
        for change in sorted(self.package.changes,
                             key=lambda c: (order[c.table], (c.table, c.id) not in exists)):
            if self._approves(change):
                self.approving.append(change)  # after the content of its minutes
            else:
                self._apply(change)
        for change in self.approving:
            self._apply_approval(change)
        db.execute("UPDATE replica SET applying = 0")
        check_references(self.db, self.written)
        remember_sender(self.db, self.package)

    # -- reading --
    def _local(self, change: Change) -> dict[str, Any] | None:
        cur = self.db.execute(f"SELECT * FROM {change.table} WHERE id = ?", [change.id])
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row,
                                                  strict=True))

    def _approves(self, change: Change) -> bool:
        if change.table != "meetings" or change.row is None:
            return False
        local = self._local(change)
        return change.row.get("state") == "approved" and (
            local is None or local["state"] != "approved")

    def _row(self, change: Change) -> dict[str, Any]:
        assert change.row is not None
        return {k: v for k, v in change.row.items() if k in self.columns[change.table]}

    # -- applying --
    def _apply(self, change: Change) -> None:
        local = self._local(change)
        mine = version_of(self.db, change.table, change.id)
        if local is None:
            if change.row is not None and self._parent_waits(change):
                self._conflict(change, "parent_waits")
                return
            if change.row is not None and compare(change.vv, mine) != BEFORE:
                try:
                    self._write(change, insert=True)
                except _Locked:  # a new record in minutes approved here: kept aside
                    self._conflict(change, "approved")
                    return
                self.report.added[change.table] += 1
            else:
                self.report.unchanged += 1
            return
        relation = compare(change.vv, mine)
        same = change.row is not None and same_content(local, change.row)
        if relation == BEFORE or (relation == EQUAL and (same or change.row is None)):
            self.report.unchanged += 1
        elif relation == AFTER:
            self._take(change, local, same)
        elif same:  # both sides made the same change
            self._later_stamps(change, local)
            merge_version(self.db, change.table, change.id, merged(change.vv, mine))
            self.report.unchanged += 1
        elif change.row is None and local["deleted_at"] is not None:
            merge_version(self.db, change.table, change.id, merged(change.vv, mine))
            self.report.unchanged += 1
        else:
            self._conflict(change, "both" if relation == CONCURRENT else "history")

    def _later_stamps(self, change: Change, local: dict[str, Any]) -> None:
        """The same change made on both sides: both keep the later stamps, so that the
        copies end equal (approved minutes keep theirs: the file refuses a change)."""
        assert change.row is not None
        theirs = {k: change.row.get(k) for k in BOOKKEEPING if k in change.row}
        if tuple(str(v) for v in theirs.values()) > tuple(str(local.get(k)) for k in theirs):
            try:
                self._savepoint(lambda: self._update(change.table, change.id, theirs))
            except _Locked:
                pass

    def _parent_waits(self, change: Change) -> bool:
        """A new record whose parent this file does not have because it waits as a
        conflict (a TOP of minutes approved here, and then its paper)."""
        assert change.row is not None
        return any(
            change.row.get(column) and self.db.execute(
                f"SELECT 1 FROM {parent} WHERE id = ?", [change.row[column]]).fetchone() is None
            and self.db.execute(
                "SELECT 1 FROM exchange_conflicts WHERE table_name = ? AND record_id = ? "
                "AND decided_at IS NULL", [parent, change.row[column]]).fetchone()
            for parent, column in parents_of(self.db, change.table))

    def _deleted_with_parent(self, change: Change, local: dict[str, Any]) -> bool:
        """Their deletion of a record whose parent's deletion waits as a conflict (a task
        deleted there, edited here: its owners) waits with it, so that keeping the
        parent keeps its children (exchange_conflicts.decide follows the parent)."""
        deleting = local["deleted_at"] is None and (
            change.row is None or change.row.get("deleted_at") is not None)
        return deleting and any(
            local.get(column) and self.db.execute(
                "SELECT 1 FROM exchange_conflicts WHERE table_name = ? AND record_id = ? "
                "AND decided_at IS NULL AND json_extract(theirs, '$.deleted_at') IS NOT NULL",
                [parent, local[column]]).fetchone()
            for parent, column in parents_of(self.db, change.table))

    def _take(self, change: Change, local: dict[str, Any], same: bool) -> None:
        """Their version follows ours: take it."""
        if self._deleted_with_parent(change, local):
            self._conflict(change, "with_parent")
            return
        if change.row is None:
            if local["deleted_at"] is None:
                try:
                    self._savepoint(lambda: self._update(change.table, change.id,
                                                         {"deleted_at": now_utc()}))
                except _Locked:
                    self._conflict(change, "approved")
                    return
                self.report.deleted[change.table] += 1
            set_version(self.db, change.table, change.id, change.vv, change.by, change.seq)
        elif any(local.get(k) != v for k, v in self._row(change).items()):
            try:
                self._write(change, insert=False)  # the same content: its stamps too
            except _Locked:
                if same:  # only their stamps differ: the approved row (stamps and all)
                    # is to win everywhere, so it becomes a change here that follows theirs
                    local_change(self.db, change.table, change.id,
                                 merged(version_of(self.db, change.table, change.id),
                                        change.vv))
                    self._close_decided(change)
                else:
                    self._conflict(change, "approved")
                return
            if not same:
                gone = local["deleted_at"] is None and change.row.get("deleted_at") is not None
                (self.report.deleted if gone else self.report.changed)[change.table] += 1
        else:
            set_version(self.db, change.table, change.id, change.vv, change.by, change.seq)
        self._close_decided(change)

    def _write(self, change: Change, *, insert: bool) -> None:
        """Write their row; a unique number or key taken on this side is settled first."""
        row = self._row(change)
        for _attempt in range(4):
            try:
                self._savepoint(lambda: self._insert(change.table, row) if insert
                                else self._update(change.table, change.id, row))
                break
            except sqlite3.IntegrityError as exc:
                if "UNIQUE" not in str(exc) or not self._settle_duplicate(change, row, exc):
                    raise PackageRefused(
                        say("store.exchange_merge", "Der Eintrag {value} ({table}) passt nicht "
                                                    "in diese Datei ({exc}). Nichts wurde "
                                                    "übernommen.").format(
                            value=change.id[:8], table=change.table, exc=exc)) from exc
        else:
            raise PackageRefused(say("store.exchange_merge", "Doppelte Nummern ließen sich "
                                                             "nicht auflösen. Nichts wurde "
                                                             "übernommen."))
        if change.id in self.settled:  # changed here: every copy is to take that
            local_change(self.db, change.table, change.id, change.vv)
        else:
            set_version(self.db, change.table, change.id, change.vv, change.by, change.seq)
        self.written.setdefault(change.table, set()).add(change.id)

    def _savepoint(self, fn: Any) -> None:
        self.db.execute('SAVEPOINT exchange_record')
        try:
            fn()
        except sqlite3.IntegrityError as exc:
            self.db.execute('ROLLBACK TO exchange_record')
            self.db.execute('RELEASE exchange_record')
            if str(exc).startswith(LOCK_MARK):
                raise _Locked(str(exc)) from exc
            raise
        self.db.execute('RELEASE exchange_record')

    def _insert(self, table: str, row: Mapping[str, Any]) -> None:
        names = ", ".join(row)
        self.db.execute(f"INSERT INTO {table} ({names}) VALUES "
                        f"({', '.join('?' for _ in row)})", list(row.values()))

    def _update(self, table: str, record_id: str, row: Mapping[str, Any]) -> None:
        sets = ", ".join(f"{k} = ?" for k in row if k != "id")
        self.db.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                        [v for k, v in row.items() if k != "id"] + [record_id])

    # -- duplicates --
    def _settle_duplicate(self, change: Change, row: dict[str, Any],
                          exc: sqlite3.IntegrityError) -> bool:
        """Two live records with one unique key (a number, a member's attendance): the
        later one (by creation, then id) gets a new number, or, without a number, is
        deleted and kept as a conflict where its content differs. False: unsettled."""
        table = change.table
        key = [c.split(".", 1)[1] for c in str(exc).split(": ", 1)[1].split(", ")]
        other = self.db.execute(
            f"SELECT * FROM {table} WHERE deleted_at IS NULL AND id <> ? AND "
            + " AND ".join(f"{c} IS ?" for c in key), [change.id, *(row.get(c) for c in key)])
        found = other.fetchone()
        if found is None:
            return False
        theirs = dict(zip([d[0] for d in other.description], found, strict=True))
        later_is_incoming = self._incoming_gives_way(table, row, change.id, theirs)
        if later_is_incoming is None:
            return False
        if table in NUMBERED:
            return self._renumber(table, row, change.id, theirs, later_is_incoming)
        if later_is_incoming:
            row["deleted_at"] = now_utc()
            self.settled.add(change.id)
            if not same_content(theirs, row, ignore=("id", "created_at", "deleted_at")):
                self._conflict(Change(table, theirs["id"], change.vv, {**row, "id": theirs["id"],
                                                                         "deleted_at": None}),
                               "duplicate")
            return True
        try:
            self._savepoint(lambda: self._update(table, theirs["id"], {"deleted_at": now_utc()}))
        except _Locked:
            return False
        local_change(self.db, table, theirs["id"], version_of(self.db, table, theirs["id"]))
        if not same_content(theirs, row, ignore=("id", "created_at", "deleted_at")):
            self._conflict(Change(table, change.id, version_of(self.db, table, theirs["id"]),
                                  {**theirs, "id": change.id, "deleted_at": None}), "duplicate")
        return True

    def _incoming_gives_way(self, table: str, row: Mapping[str, Any], record_id: str,
                            theirs: Mapping[str, Any]) -> bool | None:
        """Which of two records with one key gives way: never one of approved minutes
        (here, or arriving approved); else the one created later. None: both approved."""
        incoming_fixed = self._approved(table, row, arriving=True)
        local_fixed = self._approved(table, theirs, arriving=False)
        if incoming_fixed and local_fixed:
            return None
        if incoming_fixed or local_fixed:
            return local_fixed
        return (row.get("created_at") or "", record_id) > (theirs["created_at"] or "",
                                                           theirs["id"])

    def _approved(self, table: str, row: Mapping[str, Any], *, arriving: bool) -> bool:
        """Whether the record belongs to minutes approved here (or, ``arriving``, in
        this package: a record of ours in minutes approved there is not what they
        approved)."""
        meeting = row.get("id") if table == "meetings" else row.get("meeting_id")
        if meeting is None and row.get("agenda_item_id"):
            item = self.db.execute("SELECT meeting_id FROM agenda_items WHERE id = ?",
                                   [row["agenda_item_id"]]).fetchone()
            meeting = item[0] if item else None
        if meeting is None or table not in ("meetings", "decisions"):
            return False
        if arriving and meeting in self.arriving_approved:
            return True
        found = self.db.execute("SELECT state FROM meetings WHERE id = ?", [meeting]).fetchone()
        return found is not None and found[0] == "approved"

    def _renumber(self, table: str, row: dict[str, Any], record_id: str,
                  theirs: dict[str, Any], later_is_incoming: bool) -> bool:
        seq_column, number_column, scope = NUMBERED[table]
        loser = row if later_is_incoming else theirs
        highest = self.db.execute(
            f"SELECT max({seq_column}) FROM {table} WHERE "
            + " AND ".join(f"{c} IS ?" for c in scope), [loser.get(c) for c in scope]).fetchone()
        seq = max(int(highest[0] or 0), int(row.get(seq_column) or 0)) + 1
        changes: dict[str, Any] = {seq_column: seq}
        if number_column:
            old = str(loser[number_column])
            new = changes[number_column] = f"{old.rsplit('/', 1)[0]}/{seq:03d}"
        else:
            short = self.db.execute("SELECT short FROM bodies WHERE id = ?",
                                    [loser.get("body_id")]).fetchone()
            old, new = (say("store.exchange_merge", "Sitzung {value} {n}").format(
                            value=short[0] if short else '?', n=n) for n in
                        (loser[seq_column], seq))
        if later_is_incoming:
            row.update(changes)
            self.settled.add(record_id)
        else:
            try:
                self._savepoint(lambda: self._update(table, theirs["id"], changes))
            except _Locked:
                return False
            local_change(self.db, table, theirs["id"], version_of(self.db, table, theirs["id"]))
        self.report.renumbered.append(f"{old} → {new}")
        return True

    # -- approvals --
    def _apply_approval(self, change: Change) -> None:
        """Approved minutes arrive last, and only onto the content they were approved
        with: otherwise the approval waits as a conflict."""
        from .check import stamped_after_approval
        from .minutes_hash import altered_minutes

        before = copy.deepcopy(self.report)
        self.db.execute('SAVEPOINT exchange_approval')
        try:
            self._apply(change)
            altered = change.id in self.written.get("meetings", set()) and bool(
                altered_minutes(self.db, [change.id]) or stamped_after_approval(
                    self.db, change.id) or not rows_as_approved(self.db, change))
        except BaseException:
            self.db.execute('ROLLBACK TO exchange_approval')
            self.db.execute('RELEASE exchange_approval')
            raise
        if altered:
            self.db.execute('ROLLBACK TO exchange_approval')
            vars(self.report).update(vars(before))  # its counts are undone too
            self.written["meetings"].discard(change.id)
            if self._local(change) is None:  # new here: it comes, not approved
                self._insert_unapproved(change)
            self._conflict(change, "approved")
        self.db.execute('RELEASE exchange_approval')

    def _insert_unapproved(self, change: Change) -> None:
        """A meeting whose approval does not fit the content here arrives as held, its
        approval kept as a conflict, so that its agenda and decisions have their meeting."""
        row = {**self._row(change), "state": "held", "content_hash": None,
               "approved_in_meeting_id": None, "approved_on": None,
               "approved_at_item_id": None}
        self._savepoint(lambda: self._insert("meetings", row))
        set_version(self.db, "meetings", change.id, {}, None, 0)
        self.written.setdefault("meetings", set()).add(change.id)
        self.report.added["meetings"] += 1

    # -- conflicts --
    def _conflict(self, change: Change, reason: str) -> None:
        db = self.db
        theirs = change.row if change.row is not None else {"deleted_at": GONE}
        stored = {k: v for k, v in theirs.items() if not isinstance(v, bytes)}  # no papers
        if change.extra:
            stored["$extra"] = change.extra  # what an approval covered, for the decision
        found = db.execute("SELECT id, their_vv FROM exchange_conflicts WHERE table_name = ? "
                           "AND record_id = ? AND decided_at IS NULL",
                           [change.table, change.id]).fetchone()
        if found is not None:
            kept = vector(found[1])
            if compare(change.vv, kept) in (BEFORE, EQUAL):
                return
            # The newest version is shown; the decision is to follow every version that
            # met this record (a third copy's too), or it would come back as a conflict.
            db.execute("UPDATE exchange_conflicts SET theirs = ?, their_vv = ?, reason = ?, "
                       "their_replica = ?, their_name = ?, arrived_at = ? WHERE id = ?",
                       [json.dumps(stored, ensure_ascii=False), dumps(merged(kept, change.vv)),
                        reason,
                        self.package.sender, self.package.sender_name, now_utc(), found[0]])
            self.report.conflicts.append(found[0])
            return
        conflict_id = new_id()
        db.execute("INSERT INTO exchange_conflicts (id, table_name, record_id, reason, theirs, "
                   "their_vv, their_replica, their_name, arrived_at) VALUES (?,?,?,?,?,?,?,?,?)",
                   [conflict_id, change.table, change.id, reason,
                    json.dumps(stored, ensure_ascii=False), dumps(change.vv),
                    self.package.sender, self.package.sender_name, now_utc()])
        self.report.conflicts.append(conflict_id)

    def _close_decided(self, change: Change) -> None:
        """An open conflict their version has decided (it follows what we kept aside)."""
        for conflict_id, their_vv in self.db.execute(
                "SELECT id, their_vv FROM exchange_conflicts WHERE table_name = ? AND "
                "record_id = ? AND decided_at IS NULL", [change.table, change.id]).fetchall():
            if compare(vector(their_vv), change.vv) in (BEFORE, EQUAL):
                self.db.execute("UPDATE exchange_conflicts SET decided_at = ?, decision = "
                                "'elsewhere', decided_by = ? WHERE id = ?",
                                [now_utc(), self.package.sender_name, conflict_id])
                self.report.decided_elsewhere += 1

    # -- after --


class _Locked(Exception):
    pass


def vector_of(value: Any) -> Vector:
    return {str(k): int(v) for k, v in (value or {}).items()}


def _peer_known(db: Database, replica_id: str) -> Vector:
    row = db.execute("SELECT known FROM exchange_peers WHERE replica_id = ?",
                     [replica_id]).fetchone()
    return vector(row[0]) if row else {}


def same_content(mine: Mapping[str, Any], theirs: Mapping[str, Any],
                 ignore: tuple[str, ...] = ()) -> bool:
    """Whether two versions of a record say the same (bookkeeping aside; a deletion is
    a deletion, whenever it was made)."""
    for key, value in theirs.items():
        if key in BOOKKEEPING or key in ignore or key not in mine:
            continue
        if key == "deleted_at":
            if (value is None) != (mine[key] is None):
                return False
        elif mine[key] != value:
            return False
    return True


def minutes_rows(db: Database, meeting_id: str) -> dict[str, list[str]]:
    """The live records of a meeting's minutes by table (what approval locks)."""
    from .check import MINUTES_CONTENT

    return {table: [r[0] for r in db.execute(
        f"SELECT t.id FROM {table} t WHERE t.deleted_at IS NULL AND {meeting} = ? "
        f"ORDER BY t.id", [meeting_id])] for table, meeting in MINUTES_CONTENT.items()}


def rows_as_approved(db: Database, change: Change) -> bool:
    """The minutes here hold the records the approving copy had (a package names them
    with an approved meeting); True when the package does not say."""
    named = (change.extra or {}).get("minutes_rows")
    return named is None or minutes_rows(db, change.id) == {
        t: sorted(ids) for t, ids in named.items()}


def check_references(db: Database, written: Mapping[str, set[str]]) -> None:
    """No record taken in may point at a record this file does not have."""
    for table, ids in written.items():
        broken = db.execute(f"PRAGMA foreign_key_check({table})").fetchall()
        if not broken:
            continue
        rowids = {r[1] for r in broken}
        marks = ",".join("?" for _ in ids)
        bad = db.execute(f"SELECT id FROM {table} WHERE rowid IN "
                         f"({','.join(str(r) for r in rowids)}) AND id IN ({marks})",
                         list(ids)).fetchall()
        if bad:
            from .privacy import table_label

            raise PackageRefused(
                say("store.exchange_merge", "Das Paket verweist auf Einträge, die es in dieser "
                                            "Datei nicht gibt ({get} {value}…). Nichts wurde "
                                            "übernommen.").format(
                    get=table_label(table), value=bad[0][0][:8]))

def remember_sender(db: Database, package: Package) -> None:
    """What the sender has (and this copy has now, when the package was built for
    what it has); the sender as a peer."""
    m = package.manifest
    me = this_replica(db)
    their_known = vector_of(m.get("known"))
    base = m.get("base")
    # The package holds all the sender has beyond ``base``: a reader that has base
    # has now all the sender has (a reader that lacks some of base does not).
    if base is None or compare(vector_of(base), me.knows) in (BEFORE, EQUAL):
        db.execute("UPDATE replica SET known = ?", [dumps(merged(me.known, their_known))])
    now = now_utc()
    db.execute(
        "INSERT INTO exchange_peers (replica_id, name, known, last_import_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (replica_id) DO UPDATE SET name = excluded.name, "
        "known = excluded.known, last_import_at = excluded.last_import_at",
        [package.sender, m["from"].get("name") or "",
         dumps(merged(_peer_known(db, package.sender), their_known)), now])
