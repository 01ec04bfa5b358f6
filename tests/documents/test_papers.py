"""The papers kept in the file are named in the invitation (table „Unterlagen“) and in
the minutes under their TOP ("Unterlagen: a.pdf (1,2 MB), …"), as Word and the preview
show them; the public version leaves out those of non-public TOPs."""

from __future__ import annotations

from document_reading import TODAY, paragraphs_of, table_with
from markupsafe import escape

from sro_desktop.documents.invitation import export_invitation
from sro_desktop.documents.minutes import export_minutes, minutes_context
from sro_desktop.documents.preview import minutes_html
from sro_desktop.domain.enums import MeetingState

BIG = b"x" * 1_258_291  # 1,2 MB
SMALL = b"y" * 24_576  # 24 KB
NAME = "Bericht & Anlage (Entwurf).pdf"


def sg_meeting(store, state):
    sg = store.bodies.resolve("SG")
    return next(m for m in store.meetings.list(sg.id) if m.state is state)


def test_the_invitation_names_the_papers_of_each_top(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    items = demo_store.agenda.list(meeting.id)
    first, second = items[1], items[2]
    demo_store.attachments.add(first.id, (NAME, BIG))
    demo_store.attachments.add(first.id, ("Tabelle.xlsx", SMALL))
    demo_store.agenda.update(second.id, papers="Wird nachgereicht")
    demo_store.attachments.add(second.id, ("Karte.png", SMALL))
    path = export_invitation(demo_store, meeting.id, tmp_path / "einladung.docx",
                             today=TODAY).path
    papers = table_with(path, "TOP", "Gegenstand", "Unterlagen")
    assert papers == [
        [str(first.position), first.title, f"{NAME} (1,2 MB), Tabelle.xlsx (24 KB)"],
        [str(second.position), second.title, "Wird nachgereicht\nKarte.png (24 KB)"]]
    assert "Zu dieser Sitzung sind keine Unterlagen angekündigt." not in paragraphs_of(path)


def test_the_minutes_name_the_papers_under_their_top(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    items = demo_store.agenda.list(meeting.id)
    item = items[2]
    demo_store.attachments.add(item.id, (NAME, BIG))
    demo_store.attachments.add(item.id, ("Tabelle.xlsx", SMALL))
    path = export_minutes(demo_store, meeting.id, tmp_path / "protokoll.docx", today=TODAY)
    paragraphs = paragraphs_of(path)
    line = f"Unterlagen: {NAME} (1,2 MB), Tabelle.xlsx (24 KB) (Anlagen 1–2)"
    assert paragraphs.count(line) == 1
    heading = next(n for n, p in enumerate(paragraphs) if p.startswith(f"TOP {item.position} "))
    following = next(n for n, p in enumerate(paragraphs)
                     if n > heading and p.startswith("TOP "))
    assert heading < paragraphs.index(line) < following
    assert not [p for p in paragraphs if p.startswith("Unterlagen:") and p != line]
    html = minutes_html(minutes_context(demo_store, meeting.id, today=TODAY))
    assert str(escape(line)) in html


def test_the_public_minutes_leave_out_papers_of_non_public_tops(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    item = demo_store.agenda.list(meeting.id)[2]
    demo_store.agenda.update(item.id, public=False)
    demo_store.attachments.add(item.id, ("Vertraulich.pdf", SMALL))
    public = export_minutes(demo_store, meeting.id, tmp_path / "oeffentlich.docx",
                            today=TODAY, public=True)
    assert not [p for p in paragraphs_of(public) if "Vertraulich.pdf" in p]
    full = export_minutes(demo_store, meeting.id, tmp_path / "voll.docx", today=TODAY)
    assert "Unterlagen: Vertraulich.pdf (24 KB) (Anlage 1)" in paragraphs_of(full)
