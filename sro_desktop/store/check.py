"""``sro-desktop check``: is the file sound, and are approved minutes as approved?"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..domain.names import meeting_label
from ..domain.words import say
from .approvals import missing_decisions
from .minutes_hash import altered_minutes
from .schema import (
    USER_TABLES,
    approval_trigger_names,
    calendar_trigger_names,
    history_trigger_names,
    lock_trigger_names,
    migrations,
    schema_version,
    search_trigger_names,
)
from .soundness import Soundness, main_file
from .typed_columns import bad_values_findings

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .core import Store

# Tables whose rows belong to a meeting's approved minutes, and how to reach the meeting.
MINUTES_CONTENT = {
    "agenda_items": "t.meeting_id",
    "attendance": "t.meeting_id",
    "decisions": "t.meeting_id",
    "votes": "(SELECT meeting_id FROM decisions WHERE id = t.decision_id)",
    "conflicts": "(SELECT meeting_id FROM decisions WHERE id = t.decision_id)",
    "minutes_circulations": "t.meeting_id",
    "objections": "t.meeting_id",
    "attachments": "(SELECT meeting_id FROM agenda_items WHERE id = t.agenda_item_id)",
}


def check(store: Store, soundness: Soundness | None = None) -> list[str]:
    """Findings in German; an empty list means the file is clean.

    SQLite's own checks of the whole file run on a second connection in a thread (in
    C, beside the Python of the other checks) when the data is a file; ``soundness``
    are those checks begun earlier on the store's file (the command line begins them
    before it imports the store)."""
    db = store.db
    if soundness is None:
        file = main_file(db.conn)
        soundness = Soundness(file) if file else Soundness(conn=db.conn)
    bad_values = bad_values_findings(store)  # begun now, beside the checks below
    findings: list[str] = []
    version = next(db.query("PRAGMA user_version"))["user_version"]
    if version != schema_version():
        findings.append(
            say("store.check", "Datenformat {version}, erwartet {schema_version}.").format(
                            version=version, schema_version=schema_version()))
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        findings.append(say("store.check", "Nicht angewandte Schemaänderungen: {list}").format(
                            list=', '.join(pending)))
    missing_tables = {*USER_TABLES, "approvals"} - set(db.table_names())
    if missing_tables:
        findings.append(say("store.check", "Tabellen fehlen: {list}").format(
                            list=', '.join(sorted(missing_tables))))
    triggers = {t.name for t in db.triggers}
    missing = [name for name in lock_trigger_names() if name not in triggers]
    if missing:
        findings.append(say("store.check", "Sperre genehmigter Protokolle fehlt: {list}").format(
                            list=', '.join(missing)))
    missing = [name for name in history_trigger_names() if name not in triggers]
    if missing:
        findings.append(say("store.check", "Verlauf wird nicht aufgezeichnet, Trigger fehlen: "
                                           "{list}").format(list=', '.join(missing)))
    missing = [name for name in search_trigger_names() if name not in triggers]
    if missing:
        findings.append(say("store.check", "Die Suche folgt nicht allen Änderungen, Trigger "
                                           "fehlen: {list}").format(list=', '.join(missing)))
    missing = [name for name in approval_trigger_names() if name not in triggers]
    if missing:
        findings.append(say("store.check", "Die Liste genehmigter Protokolle ist nicht "
                                           "geschützt, Trigger fehlen: {list}").format(
                            list=', '.join(missing)))
    missing = [name for name in calendar_trigger_names() if name not in triggers]
    if missing:
        findings.append(say("store.check", "Geänderte Sitzungstermine werden nicht als neue "
                                           "Fassung der Kalendereinladung gezählt, Trigger "
                                           "fehlen: {list}").format(list=', '.join(missing)))
    findings += _exchange(db, triggers)
    findings += _approved_minutes(store)
    findings += _register_gaps(store)
    findings += _papers(store)
    findings += bad_values()
    return soundness.findings() + findings


def _exchange(db: Database, triggers: set[str]) -> list[str]:
    """The exchange between laptops counts every change (store/replica.py)."""
    from .schema import version_trigger_names

    found = []
    missing = [name for name in version_trigger_names() if name not in triggers]
    if missing:
        found.append(say("store.check", "Der Austausch zwischen Laptops bemerkt nicht alle "
                                        "Änderungen, Trigger fehlen: {list}").format(
                         list=', '.join(missing)))
    if "replica" in db.table_names():
        rows = db.execute("SELECT applying FROM replica").fetchall()
        if len(rows) != 1:
            found.append(say("store.check", "Die Kennung dieser Kopie für den Austausch fehlt."))
        elif rows[0][0] != 0:
            found.append(say("store.check", "Der Austausch zählt keine Änderungen: eine "
                                            "Übernahme ist nicht abgeschlossen "
                                            "(replica.applying)."))
    return found


def _approved_minutes(store: Store) -> list[str]:
    findings = []
    approved = list(store.db.query(
        "SELECT m.id, coalesce(b.short, '') AS short, m.number, m.date, "
        "m.approved_in_meeting_id, m.approved_on FROM meetings m "
        "LEFT JOIN bodies b ON b.id = m.body_id "
        "WHERE m.state = 'approved' AND m.deleted_at IS NULL"))
    for m in approved:
        if not (m["approved_in_meeting_id"] and m["approved_on"]):
            findings.append(say("store.check", "{label}: genehmigt, aber ohne genehmigende "
                                               "Sitzung.").format(label=_label(m)))
    for r in stamped_after_approval(store.db):
        findings.append(say("store.check", "{label}: {table} {id} wurde nach der Genehmigung "
                                           "des Protokolls geändert.").format(
                            label=_label(r), table=r['table'], id=r['id']))
    # The checksum stored on approval (m007) and the list of approvals (m014) against the
    # content as it is now; approved meetings and decisions gone or tombstoned.
    if "content_hash" in {c.name for c in store.db["meetings"].columns}:
        findings += [f"{a.label}: {a.words}" for a in altered_minutes(store.db)]
    findings += missing_decisions(store.db)
    return findings


def stamped_after_approval(db: Database, meeting_id: str | None = None
                           ) -> list[dict[str, Any]]:
    """Live records of approved minutes stamped after the approval (the meeting's last
    change): changed behind the lock. All approved meetings, or the one given. A
    deleted record is not part of the minutes (one made on another laptop after the
    approval and deleted before it arrived here)."""
    only, params = (" AND m.id = ?", [meeting_id]) if meeting_id else ("", [])
    return [{"table": table, **r} for table, meeting in MINUTES_CONTENT.items()
            for r in db.query(
                f"SELECT t.id AS id, coalesce(b.short, '') AS short, m.number AS number, "
                f"m.date AS date FROM {table} t JOIN meetings m ON m.id = {meeting} "
                f"LEFT JOIN bodies b ON b.id = m.body_id "
                f"WHERE m.state = 'approved' AND t.updated_at > m.updated_at "
                f"AND t.deleted_at IS NULL{only}", params)]


def _label(row: Mapping[str, Any]) -> str:
    """"SG 4 vom 07.07.2026": every meeting ``check`` reports is named so."""
    return meeting_label(row["short"], row["number"], row["date"])


def _papers(store: Store) -> list[str]:
    """Papers whose bytes no longer match the size and SHA-256 stored when attached."""
    if "attachments" not in store.db.table_names():
        return []
    findings = []
    for r in store.db.execute("SELECT id, name, size, sha256, content FROM attachments "
                              "WHERE deleted_at IS NULL ORDER BY rowid"):
        attachment_id, name, size, sha256, content = r
        data = bytes(content or b"")
        if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
            findings.append(say("store.check", "Unterlage „{name}“ ({attachment_id}): Inhalt "
                                               "passt nicht zu Größe und Prüfsumme beim "
                                               "Anhängen.").format(
                                name=name, attachment_id=attachment_id))
    return findings


def _register_gaps(store: Store) -> list[str]:
    findings = []
    for r in store.db.query(
        "SELECT b.short AS short, d.year AS year, count(DISTINCT d.seq) AS n, "
        "max(d.seq) AS top FROM decisions d JOIN bodies b ON b.id = d.body_id "
        "GROUP BY d.body_id, d.year HAVING n <> top"
    ):
        findings.append(say("store.check", "Beschlussregister {short} {year}: {n} Beschlüsse, "
                                           "aber Nummern bis {top} – Lücke.").format(
                            short=r['short'], year=r['year'], n=r['n'], top=r['top']))
    return findings
