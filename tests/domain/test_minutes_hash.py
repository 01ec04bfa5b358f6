"""The checksum of approved minutes: same content, same digest; any locked field
changed, another digest; what legitimately changes after the meeting, the same."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from sro_desktop.domain.enums import AgendaKind, AttendanceStatus, Outcome
from sro_desktop.domain.minutes_hash import FIELDS, MinutesContent, canonical, minutes_hash

MEETING = {
    "id": "m1", "body_id": "sg", "number": 7, "date": "2026-11-12", "start_time": "09:00",
    "end_time": "12:00", "place": "Rathaus", "chair_person_id": "p-chair",
    "minute_taker_person_id": "p-minutes", "cancel_reason": "", "state": "sent",
    "approved_in_meeting_id": "m2", "approved_on": "2026-12-10",
    "approved_at_item_id": "i9", "updated_at": "2026-12-10T10:00:00.000+00:00",
    "updated_by": "Nadine Schulz", "content_hash": None,
}
ATTENDANCE = [
    {"id": "a1", "meeting_id": "m1", "membership_id": "s1", "status": "present",
     "deputy_person_id": None, "guest_name": "", "guest_organization": "",
     "arrives_at_item_id": None, "leaves_at_item_id": None, "note": ""},
    {"id": "a2", "meeting_id": "m1", "membership_id": None, "status": "present",
     "deputy_person_id": None, "guest_name": "Dr. Frauke Albrecht",
     "guest_organization": "Ministerium", "arrives_at_item_id": None,
     "leaves_at_item_id": None, "note": ""},
]
ITEMS = [
    {"id": "i1", "meeting_id": "m1", "position": 1, "title": "Eröffnung", "kind": "information",
     "presenter": "", "duration_minutes": 5, "public": 1, "papers": "", "notes": "Begrüßung.",
     "deferred": 0, "recommendation_id": None, "carried_from_item_id": None},
    {"id": "i2", "meeting_id": "m1", "position": 2, "title": "Modellregion", "kind": "decision",
     "presenter": "Lars Grün", "duration_minutes": 30, "public": 0, "papers": "Vorlage 12",
     "notes": "Aussprache.", "deferred": 0, "recommendation_id": None,
     "carried_from_item_id": None},
]
DECISIONS = [
    {"id": "d1", "body_id": "sg", "year": 2026, "seq": 7, "number": "SG-2026/007",
     "decided_on": "2026-11-12", "title": "Modellregion", "wording": "Die Steuerungsgruppe …",
     "meeting_id": "m1", "agenda_item_id": "i2", "written_procedure": 0, "rule": "double",
     "procedure": "vote", "outcome": "rejected", "result_text": "abgelehnt"},
]
VOTES = [
    {"id": "v1", "decision_id": "d1", "side_id": "V", "yes": 5, "no": 0, "abstain": 0},
    {"id": "v2", "decision_id": "d1", "side_id": "T", "yes": 2, "no": 3, "abstain": 0},
]
CONFLICTS = [{"id": "c1", "decision_id": "d1", "membership_id": "s4"}]
TASKS = [
    {"id": "t1", "created_at": "2026-11-12T10:30:00.000+00:00", "title": "Variante ausarbeiten",
     "state": "open", "due_date": "2026-12-01", "description": "", "report_meeting_id": None},
]


def content(**parts: Any) -> MinutesContent:
    base: dict[str, Any] = {"meeting": MEETING, "attendance": ATTENDANCE, "agenda_items": ITEMS,
                            "decisions": DECISIONS, "votes": VOTES, "conflicts": CONFLICTS,
                            "tasks": TASKS}
    return MinutesContent(**{**base, **parts})


def changed(part: str, index: int | None, **values: Any) -> MinutesContent:
    """The content with one row (or the meeting) changed."""
    if part == "meeting":
        return content(meeting={**MEETING, **values})
    rows = [dict(r) for r in getattr(content(), part)]
    if index is None:
        rows.append(values)
    else:
        rows[index].update(values)
    return content(**{part: rows})


def removed(part: str, index: int) -> MinutesContent:
    rows = [r for n, r in enumerate(getattr(content(), part)) if n != index]
    return content(**{part: rows})


BASE = minutes_hash(content())


def test_the_digest_is_sha256_hex():
    assert re.fullmatch(r"[0-9a-f]{64}", BASE)


@pytest.mark.parametrize("same", [
    content(),
    content(attendance=list(reversed(ATTENDANCE)), votes=list(reversed(VOTES))),  # row order
    changed("meeting", None, state="approved", content_hash="x", updated_by="jemand",
            updated_at="2030-01-01T00:00:00+00:00"),  # state and stamps
    changed("attendance", 0, updated_at="2030-01-01", created_at="x", updated_by="y"),
    # what tasks go on to do after the meeting
    changed("tasks", 0, state="done", due_date="2027-03-01", title="anders formuliert",
            description="neu", report_meeting_id="m9", done_on="2027-02-01"),
    # domain values give the digest of the stored values
    changed("attendance", 0, status=AttendanceStatus.PRESENT),
    changed("agenda_items", 1, kind=AgendaKind.DECISION, public=False),
    changed("decisions", 0, outcome=Outcome.REJECTED, decided_on=date(2026, 11, 12)),
], ids=["identical", "row order", "meeting state and stamps", "row stamps", "task progress",
        "enum status", "enum kind and bool", "enum outcome and date"])
def test_the_same_content_gives_the_same_digest(same):
    assert minutes_hash(same) == BASE


@pytest.mark.parametrize(("part", "index", "values"), [
    ("meeting", None, {"date": "2026-11-13"}),
    ("meeting", None, {"place": "Rathaus, Raum 2"}),
    ("meeting", None, {"chair_person_id": "p-other"}),
    ("meeting", None, {"start_time": "09:30"}),
    ("meeting", None, {"approved_on": "2026-12-11"}),
    ("attendance", 0, {"status": "excused"}),
    ("attendance", 0, {"arrives_at_item_id": "i2"}),
    ("attendance", 1, {"guest_name": "Dr. F. Albrecht"}),
    ("attendance", None, {"id": "a3", "membership_id": "s9", "status": "present"}),
    ("agenda_items", 0, {"title": "Eröffnung und Begrüßung"}),
    ("agenda_items", 0, {"position": 3}),
    ("agenda_items", 1, {"kind": "discussion"}),
    ("agenda_items", 1, {"public": 1}),
    ("agenda_items", 1, {"notes": "Aussprache. Nachtrag"}),
    ("agenda_items", 1, {"deferred": 1}),
    ("decisions", 0, {"wording": "Die Steuerungsgruppe beschließt anders."}),
    ("decisions", 0, {"outcome": "adopted"}),
    ("decisions", 0, {"number": "SG-2026/008"}),
    ("votes", 1, {"yes": 3}),
    ("votes", 1, {"no": 2}),
    ("votes", 1, {"abstain": 1}),
    ("conflicts", 0, {"membership_id": "s5"}),
    ("tasks", 0, {"created_at": "2026-11-12T10:31:00.000+00:00"}),
    ("tasks", None, {"id": "t2", "created_at": "2026-11-12T11:00:00.000+00:00"}),
])
def test_a_locked_field_changed_gives_another_digest(part, index, values):
    assert minutes_hash(changed(part, index, **values)) != BASE


@pytest.mark.parametrize(("part", "index"), [
    ("attendance", 1), ("agenda_items", 0), ("decisions", 0), ("votes", 0), ("conflicts", 0),
    ("tasks", 0)])
def test_a_row_removed_gives_another_digest(part, index):
    assert minutes_hash(removed(part, index)) != BASE


def test_people_appear_by_id_only():
    """Renaming or anonymising a person changes nothing the digest reads."""
    text = canonical(content())
    assert "p-chair" in text
    assert "s1" in text
    assert "Nadine Schulz" not in text  # who edited is not content


def test_every_field_list_names_each_column_once():
    for part, fields in FIELDS.items():
        assert "id" in fields, part
        assert len(set(fields)) == len(fields), part
        assert not {"updated_at", "updated_by", "deleted_at"} & set(fields), part


TRICKY = "Umlaute äöü ß, 😀, \u202eRTL, e\u0301, \x00, {{ x }}, <w:p>"


def test_text_is_taken_as_is():
    """Any text hashes, and only the same text gives the same digest (no normalising)."""
    tricky = changed("agenda_items", 0, notes=TRICKY)
    assert minutes_hash(tricky) != BASE
    assert minutes_hash(tricky) == minutes_hash(changed("agenda_items", 0, notes=TRICKY))
    composed = changed("agenda_items", 0, notes=TRICKY.replace("e\u0301", "é"))
    assert minutes_hash(composed) != minutes_hash(tricky)
