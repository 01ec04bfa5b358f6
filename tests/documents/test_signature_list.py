"""The Unterschriftenliste, read back with python-docx: the meeting head, every member of
the body on the meeting's day under their side, deputies named, rows for guests."""

from __future__ import annotations

import pytest
from docx import Document

from sro_desktop.documents.files import ExportError
from sro_desktop.documents.signature_list import BLANK_GUEST_ROWS, export_signature_list
from sro_desktop.domain.labels import person_label


@pytest.fixture
def written(demo_store, tmp_path):
    meeting = demo_store.meetings.resolve("SG 8")
    path = export_signature_list(demo_store, meeting.id, tmp_path / "liste.docx")
    return meeting, Document(str(path))


def rows(table) -> list[list[str]]:
    return [[cell.text.strip() for cell in row.cells] for row in table.rows]


def test_the_meeting_head(written, demo_store):
    meeting, document = written
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Unterschriftenliste" in text
    assert "8. Sitzung der Steuerungsgruppe Sozialraumorientierung" in text
    facts = {r[0]: r[1] for r in rows(document.tables[0])}
    assert facts["Gremium"] == "Steuerungsgruppe Sozialraumorientierung"
    assert facts["Datum"] == meeting.date.strftime("%d.%m.%Y")
    assert facts["Zeit"].endswith("Uhr")
    assert meeting.start_time in facts["Zeit"]
    assert facts["Ort"] == meeting.place
    core = document.core_properties
    assert core.title == "Unterschriftenliste – 8. Sitzung der Steuerungsgruppe " \
                         "Sozialraumorientierung"
    assert core.author == "Steuerungsgruppe Sozialraumorientierung"
    assert core.language == "de-DE"


def test_one_row_per_member_under_their_side_with_the_deputy(written, demo_store):
    meeting, document = written
    context = demo_store.meetings.context(meeting.id)
    people = {p.id: p for p in demo_store.people.list()}
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    sides = sorted((s for s in context.sides if any(m.side_id == s.id for m in context.members)),
                   key=lambda s: s.position)
    assert headings == [s.name for s in sides] + ["Gäste"]
    member_tables = document.tables[1:1 + len(sides)]
    for side, table in zip(sides, member_tables, strict=True):
        table_rows = rows(table)
        assert table_rows[0] == ["Mitglied", "Unterschrift", "Vertretung",
                                 "Unterschrift Vertretung"]
        members = [m for m in context.members if m.side_id == side.id]
        assert len(table_rows) == 1 + len(members)
        for member in members:
            name = person_label(people[member.person_id])
            row = next(r for r in table_rows if r[0].startswith(name))
            assert row[1] == ""
            assert row[3] == ""
            deputy = people.get(member.deputy_person_id or "")
            assert row[2] == (person_label(deputy) if deputy else "")
    assert any("(Vorsitz)" in r[0] for t in member_tables for r in rows(t))


def test_rows_for_guests(written):
    _meeting, document = written
    guests = rows(document.tables[-1])
    assert guests[0] == ["Name", "Organisation", "Unterschrift"]
    blank = [r for r in guests[1:] if r == ["", "", ""]]
    assert len(blank) >= BLANK_GUEST_ROWS


def test_an_unknown_suffix_is_refused(demo_store, tmp_path):
    meeting = demo_store.meetings.resolve("SG 8")
    with pytest.raises(ExportError, match=r"bitte als \.docx \(Word\) oder \.pdf"):
        export_signature_list(demo_store, meeting.id, tmp_path / "liste.odt")
    assert not list(tmp_path.glob("liste*"))
