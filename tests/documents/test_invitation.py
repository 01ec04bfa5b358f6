"""The invitation as Word reads it: letter, agenda with times, papers, notice warning."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from document_reading import TODAY, paragraphs_of, table_with, text_of
from docx import Document

from sro_desktop.documents.files import ExportError
from sro_desktop.documents.invitation import export_invitation, invitation_context
from sro_desktop.documents.render import TemplateProblem, shipped_template
from sro_desktop.domain.agenda import start_times
from sro_desktop.domain.enums import MeetingState


def sg_meeting(store, state):
    sg = store.bodies.resolve("SG")
    return next(m for m in store.meetings.list(sg.id) if m.state is state)


def export(store, meeting, tmp_path, today=TODAY, **kw):
    return export_invitation(store, meeting.id, tmp_path / "einladung.docx", today=today, **kw)


def test_the_invitation_to_the_next_meeting(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    result = export(demo_store, meeting, tmp_path)
    assert result.path == tmp_path / "einladung.docx"
    assert result.warning == ""  # 16 days ahead, the notice period is 7 days
    text = text_of(result.path)
    assert "Einladung" in paragraphs_of(result.path)
    assert "zur 8. Sitzung der Steuerungsgruppe Sozialraumorientierung" in text
    assert "Rostock, 25.11.2026" in text
    assert "Freitag, 11.12.2026" in text
    assert "09:00 Uhr (Ende voraussichtlich 12:00 Uhr)" in text
    assert "Rathaus Rostock, Neuer Markt 1, Raum 1a" in text
    assert "Stefan Ohmsen" in paragraphs_of(result.path)
    assert "verkürzter Frist" not in text
    assert ("Steuerungsgruppe Sozialraumorientierung · Einladung zur 8. Sitzung am "
            "11.12.2026") in text

    agenda = table_with(result.path, "TOP", "Gegenstand", "Berichterstattung", "Beginn")
    items = demo_store.agenda.list(meeting.id)
    starts = start_times(meeting.start_time, items)
    assert [row[0] for row in agenda] == [str(i.position) for i in items]
    for row, item in zip(agenda, items, strict=True):
        assert row[1].split("\n")[0] == item.title
        assert row[1].split("\n")[1] == item.kind.label
        assert row[2] == item.presenter
        assert row[3] == f"{starts[item.id]} Uhr"
    assert agenda[0][3] == "09:00 Uhr"
    assert any(row[2] == "Anke Hoffmann" for row in agenda)


def test_distribution_names_members_and_deputies(demo_store, tmp_path):
    path = export(demo_store, sg_meeting(demo_store, MeetingState.INVITED), tmp_path).path
    lines = {p.split(":")[0]: p for p in paragraphs_of(path) if ": " in p}
    assert "Birgit Lange (AJSA)" in lines["Verwaltung"]
    assert "Stellvertretung: Daniel Pohl, Heike Krug" in lines["Verwaltung"]
    assert "Anke Hoffmann (KJH Warnowufer)" in lines["Freie Träger"]
    assert "Prof. Dr. Miriam Winter (HS Warnow)" in lines["Wissenschaft"]


def test_notice_period_no_longer_met(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    result = export(demo_store, meeting, tmp_path, today=meeting.date - timedelta(days=3))
    assert result.warning == (
        "Die Einladungsfrist von 7 Tagen ist nicht eingehalten: Versand am 08.12.2026, "
        "Sitzung am 11.12.2026 – bis zur Sitzung bleiben 3 Tage (4 Tage zu kurz).")
    assert ("Diese Einladung erfolgt mit verkürzter Frist; die reguläre Einladungsfrist "
            "beträgt 7 Tage.") in paragraphs_of(result.path)


def test_the_body_sets_the_notice_period(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    demo_store.bodies.update(meeting.body_id, notice_days=21)
    result = export(demo_store, meeting, tmp_path)  # 16 days ahead
    assert "von 21 Tagen" in result.warning
    assert "(5 Tage zu kurz)" in result.warning
    assert "beträgt 21 Tage" in text_of(result.path)


def test_a_past_meeting_warns_the_secretary_only(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    result = export(demo_store, meeting, tmp_path)
    assert result.warning.startswith("Die Sitzung am 13.11.2026 liegt vor dem Versand")
    assert "verkürzter Frist" not in text_of(result.path)


def test_papers_and_non_public_items(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.PLANNED)
    items = demo_store.agenda.list(meeting.id)
    topic = next(i for i in items if i.title == "Jahresplanung")
    demo_store.agenda.update(topic.id, papers="Entwurf Jahresplanung 2027 (PDF)\nAnlage 2",
                             public=False)
    path = export(demo_store, meeting, tmp_path).path
    agenda = table_with(path, "TOP", "Gegenstand")
    row = next(r for r in agenda if r[1].startswith("Jahresplanung"))
    assert row[1].startswith("Jahresplanung (nichtöffentlich)")
    papers = table_with(path, "TOP", "Gegenstand", "Unterlagen")
    assert papers == [[str(topic.position), "Jahresplanung",
                       "Entwurf Jahresplanung 2027 (PDF)\nAnlage 2"]]
    assert "in nichtöffentlicher Sitzung beraten" in text_of(path)


def test_no_papers_says_so(demo_store, tmp_path):
    path = export(demo_store, sg_meeting(demo_store, MeetingState.INVITED), tmp_path).path
    assert "Zu dieser Sitzung sind keine Unterlagen angekündigt." in paragraphs_of(path)
    assert "nichtöffentlicher Sitzung" not in text_of(path)


def test_cancelled_meeting_has_no_invitation(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.CANCELLED)
    with pytest.raises(ExportError, match="abgesagt"):
        export(demo_store, meeting, tmp_path)
    assert not (tmp_path / "einladung.docx").exists()


def test_user_text_appears_literally(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    item = demo_store.agenda.list(meeting.id)[4]
    demo_store.agenda.update(item.id, title="{{ 7*7 }} <w:p> R&D\x07 {% if 1 %}x{% endif %}",
                             presenter="Frau A & Herr B\x1b", papers="Teil 1\r\nTeil 2\x0c")
    demo_store.meetings.update(meeting.id, place="Haus <b>1</b> & Hof")
    path = export(demo_store, meeting, tmp_path).path
    text = text_of(path)
    assert "{{ 7*7 }} <w:p> R&D {% if 1 %}x{% endif %}" in text
    assert "49" not in text
    assert "Frau A & Herr B" in text
    assert "Haus <b>1</b> & Hof" in text
    assert "Teil 1\nTeil 2" in text
    assert not {"\x07", "\x1b", "\x0c"} & set(text)


def test_context_is_plain_text(demo_store):
    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    context = invitation_context(demo_store, meeting.id, TODAY)
    assert context["meeting"]["long_date"] == "Freitag, 11.12.2026"
    assert context["sender"] == "Stefan Ohmsen"
    assert context["notice_days"] == 7
    assert context["short_notice"] == ""


def _broken(tmp_path, text):
    template = tmp_path / "meine-einladung.docx"
    document = Document(str(shipped_template("invitation.docx")))
    document.add_paragraph(text)
    document.save(str(template))
    return template


@pytest.mark.parametrize(
    ("text", "problem"),
    [pytest.param("{{ meeting.briefkopf }}", "unbekanntes Feld", id="unknown-field"),
     pytest.param("{% if meeting.date %}ohne Ende", "fehlerhaften Platzhalter", id="bad-tag"),
     pytest.param("{{ meeting.date | kaputt }}", "fehlerhaften Platzhalter", id="bad-filter")],
)
def test_broken_template_names_itself_and_the_problem(demo_store, tmp_path, text, problem):
    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    template = _broken(tmp_path, text)
    with pytest.raises(TemplateProblem) as caught:
        export(demo_store, meeting, tmp_path, template=template)
    assert "meine-einladung.docx" in str(caught.value)
    assert problem in str(caught.value)
    assert not (tmp_path / "einladung.docx").exists()
    assert export(demo_store, meeting, tmp_path).path.exists()  # the shipped one still works


def test_a_user_template_with_its_own_letterhead(demo_store, tmp_path):
    template = tmp_path / "briefkopf.docx"
    shutil.copy(shipped_template("invitation.docx"), template)
    document = Document(str(template))
    document.sections[0].header.paragraphs[0].text = "Hansestadt Rostock · Jugendamt"
    document.save(str(template))
    path = export(demo_store, sg_meeting(demo_store, MeetingState.INVITED), tmp_path,
                  template=template).path
    assert "Hansestadt Rostock · Jugendamt" in text_of(path)
