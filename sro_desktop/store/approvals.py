"""The list of approvals (m014) and the seal printed from it: read, named, verified.

The file keeps an append-only row per approved meeting (its checksum, its decisions);
the seal is the short form of that checksum (:func:`~.minutes_hash.seal`), printed on
the minutes and in the register. A signed paper copy with the seal is the anchor
outside the file: :func:`verify` recomputes the checksum of the minutes as they are
now and compares it with the seal, whatever checksum the file stores.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.names import meeting_label
from ..domain.words import say
from .minutes_hash import content_hash, has_approvals, seal, seal_digits


def seals(db: Database, meeting_ids: Iterable[str]) -> dict[str, str]:
    """Meeting id -> the seal of its approval, for those of the meetings that are
    approved: from the list of approvals, else (a file whose list lacks the meeting)
    from the checksum stored with the meeting."""
    ids = json.dumps(list(dict.fromkeys(meeting_ids)))
    found = {r["id"]: r["content_hash"] for r in db.query(
        "SELECT id, content_hash FROM meetings WHERE state = 'approved' AND content_hash "
        "IS NOT NULL AND id IN (SELECT value FROM json_each(?))", [ids])}
    if has_approvals(db):
        found.update((r["meeting_id"], r["content_hash"]) for r in db.query(
            "SELECT meeting_id, content_hash FROM approvals "
            "WHERE meeting_id IN (SELECT value FROM json_each(?))", [ids]))
    return {m: seal(h) for m, h in found.items()}


def approved_meeting_id(db: Database, ref: str) -> str | None:
    """The id of a meeting in the list of approvals, by its id or body and number ("SG 7"),
    for a meeting the file no longer shows (gone or tombstoned); None if not one."""
    if not has_approvals(db):
        return None
    ref = ref.strip()
    named = re.fullmatch(r"(.*?)[\s/_-]*(\d+)\.?", ref)
    found = {r["meeting_id"] for r in db.query(
        "SELECT meeting_id FROM approvals WHERE meeting_id = ? OR "
        "(lower(body_short) = lower(?) AND number = ?)",
        [ref, named.group(1) if named else "", int(named.group(2)) if named else -1])}
    return found.pop() if len(found) == 1 else None


def missing_decisions(db: Database) -> list[str]:
    """Findings (German) for each decision of an approved meeting, by the list of
    approvals, that is gone from the file or tombstoned."""
    if not has_approvals(db):
        return []
    findings = []
    for r in db.query(
        "SELECT a.body_short, a.number, a.date, json_extract(j.value, '$.id') AS decision, "
        "json_extract(j.value, '$.number') AS decision_number, d.id AS present, "
        "d.deleted_at FROM approvals a, json_each(a.decisions) j "
        "LEFT JOIN decisions d ON d.id = json_extract(j.value, '$.id') "
        "WHERE d.id IS NULL OR d.deleted_at IS NOT NULL ORDER BY a.date, a.number, j.key"
    ):
        how = say("store.approvals", "fehlt in der Datei (gelöscht)") if r["present"] is None \
            else say("store.approvals", "ist als gelöscht markiert")
        findings.append(
            say(
                "store.approvals",
                "{meeting_label}: Beschluss {decision_number} des genehmigten Protokolls {how}.",
            ).format(
                meeting_label=meeting_label(r["body_short"], r["number"], r["date"]),
                decision_number=r["decision_number"],
                how=how,
            )
        )
    return findings


@dataclass(frozen=True)
class Verdict:
    """The answer of :func:`verify`: ``code`` 0 the seal holds, 1 it does not, 2 the
    meeting cannot be verified (not approved, gone, or the seal is no seal)."""

    code: int
    message: str


def verify(db: Database, meeting_id: str, printed: str) -> Verdict:
    """Compare a printed seal with the checksum of the meeting's minutes as the file holds
    them now (recomputed, not the checksum stored)."""
    digits = seal_digits(printed)
    if len(digits) != 16 or any(c not in "0123456789ABCDEF" for c in digits):
        return Verdict(2, say("store.approvals", "Das ist kein Siegel: erwartet sind 16 "
                                                 "Hex-Ziffern in Vierergruppen (z. B. "
                                                 "3F2A-9C1B-0D4E-7A55)."))
    listed = has_approvals(db)
    row = next(db.query(
        "SELECT m.id, m.number, m.date, m.state, m.deleted_at, m.updated_at, "
        "coalesce(b.short, '') AS short FROM meetings m "
        "LEFT JOIN bodies b ON b.id = m.body_id WHERE m.id = ?", [meeting_id]), None)
    approval = next(db.query("SELECT * FROM approvals WHERE meeting_id = ?", [meeting_id]),
                    None) if listed else None
    if row is None:
        if approval is None:
            return Verdict(2, say("store.approvals", "Diese Sitzung gibt es in der Datei nicht."))
        return Verdict(2, say("store.approvals", "{label}: Die genehmigte Sitzung fehlt in der "
                                                 "Datei (gelöscht); das Siegel lässt sich nicht "
                                                 "prüfen.").format(
                              label=_label(approval, 'body_short')))
    label = _label(row, "short")
    if row["deleted_at"] is not None:
        return Verdict(
            2,
            say(
                "store.approvals",
                "{label}: Die Sitzung ist als gelöscht "
                "markiert; das Siegel lässt sich nicht prüfen.",
            ).format(label=label),
        )
    if row["state"] != "approved":
        return Verdict(2, say("store.approvals", "{label}: Das Protokoll ist nicht genehmigt "
                                                 "und trägt daher kein Siegel.").format(
                              label=label))
    stamp = approval["approved_at"] if approval else row["updated_at"]
    current = seal(content_hash(db, meeting_id, stamp))
    if seal_digits(current) == digits:
        return Verdict(0, say("store.approvals", "Siegel stimmt: Das Protokoll {label} ist "
                                                 "unverändert, wie mit dem Siegel {current} "
                                                 "genehmigt.").format(label=label, current=current))
    return Verdict(1, say("store.approvals", "Siegel stimmt nicht: Das Protokoll {label} wurde "
                                             "nach der Genehmigung verändert (oder das Siegel "
                                             "gehört zu einem anderen Protokoll); die Datei "
                                             "ergibt heute {current}.").format(
                          label=label, current=current))


def _label(row: dict[str, object], short: str) -> str:
    number = row["number"]
    return meeting_label(str(row[short] or ""), int(number) if isinstance(number, int) else 0,
                         row["date"])
