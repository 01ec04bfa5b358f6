"""The seal of approved minutes on paper: in the footer of the approved minutes (drafts
carry none) and beside each decision of an approved meeting in the register."""

from __future__ import annotations

import re

from document_reading import TODAY, read_csv, table_with
from docx import Document

from sro_desktop.documents.minutes import export_minutes
from sro_desktop.documents.register import export_register
from sro_desktop.domain.enums import MeetingState
from sro_desktop.store.approvals import verify
from sro_desktop.store.minutes_hash import seal

SEAL = re.compile(r"Siegel der Genehmigung: ([0-9A-F]{4}(?:-[0-9A-F]{4}){3}) · Seite \d+ von \d+")


def footer(path) -> list[str]:
    return [p.text for s in Document(str(path)).sections for p in s.footer.paragraphs]


def approval_hash(store, meeting_id: str) -> str:
    return store.db.execute("SELECT content_hash FROM approvals WHERE meeting_id = ?",
                            [meeting_id]).fetchone()[0]


def test_approved_minutes_carry_their_seal_in_the_footer(demo_store, tmp_path):
    meeting = demo_store.meetings.resolve("SG 1")
    assert meeting.state is MeetingState.APPROVED
    path = export_minutes(demo_store, meeting.id, tmp_path / "p.docx", today=TODAY)
    (line,) = footer(path)
    printed = SEAL.fullmatch(line)
    assert printed, line
    assert printed.group(1) == seal(approval_hash(demo_store, meeting.id))
    # the seal as printed verifies against the file
    assert verify(demo_store.db, meeting.id, printed.group(1)).code == 0
    # the public version of the same minutes carries the same seal
    public = export_minutes(demo_store, meeting.id, tmp_path / "o.docx", today=TODAY,
                            public=True)
    assert footer(public) == [line]


def test_minutes_not_approved_carry_no_seal(demo_store, tmp_path):
    for ref in ("SG 6", "SG 7"):  # sent, and a draft
        meeting = demo_store.meetings.resolve(ref)
        assert meeting.state is not MeetingState.APPROVED
        path = export_minutes(demo_store, meeting.id, tmp_path / f"{ref}.docx", today=TODAY)
        (line,) = footer(path)
        assert re.fullmatch(r"Seite \d+ von \d+", line), line


def test_the_register_shows_the_seal_of_each_decisions_approved_meeting(demo_store, tmp_path):
    body = demo_store.bodies.resolve("SG")
    path = export_register(demo_store, body.id, tmp_path / "r.docx", today=TODAY)
    rows = table_with(path, "Nr.", "Datum", "Sitzung", "Gegenstand und Wortlaut",
                      "Abstimmung", "Ergebnis")
    decisions = {d.number: d for d in demo_store.decisions.list(body.id)}
    sealed = 0
    for row in rows:
        decision = decisions[row[0]]
        meeting = (demo_store.meetings.get(decision.meeting_id) if decision.meeting_id
                   else None)
        if meeting is not None and meeting.state is MeetingState.APPROVED:
            assert row[2].endswith(f"\nSiegel\n{seal(approval_hash(demo_store, meeting.id))}")
            sealed += 1
        else:
            assert "Siegel" not in row[2]
    assert 0 < sealed < len(rows)
    # the CSV carries it in a column of its own
    csv_rows = read_csv(export_register(demo_store, body.id, tmp_path / "r.csv", today=TODAY))
    assert csv_rows[0][-1] == "Siegel der Genehmigung"
    by_number = {r[0]: r[-1] for r in csv_rows[1:]}
    for row in rows:
        assert by_number[row[0]] == (row[2].rsplit("\n", 1)[-1] if "Siegel" in row[2] else "")
