"""The documents in English: the English templates (templates/en/), the words the code
writes from the catalogue, dates and quarters from Babel; German stays as it was."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest
from document_reading import TODAY, paragraphs_of, text_of

from sro_desktop import language
from sro_desktop.documents.dates import date_text, long_date_text, quarter_name, weekday_name
from sro_desktop.documents.invitation import export_invitation
from sro_desktop.documents.minutes import export_minutes
from sro_desktop.documents.render import shipped_template
from sro_desktop.documents.report import export_report
from sro_desktop.domain import words
from sro_desktop.domain.enums import MeetingState

# Words of the German templates and of the code below them; none may be left in an
# English document (the demo's own data, titles and notes, stay German).
GERMAN = ("Anwesenheit", "Entschuldigt:", "Nicht anwesend:", "Gäste:",
          "Verlauf und Ergebnisse", "Berichterstattung", "Verteiler", "Stellvertretung",
          "Offene Aufgaben des Gremiums", "Verantwortlich", "Fällig", "Berichtigungen",
          "ENTWURF", "noch nicht genehmigt", "Seite ", "Verlaufsprotokoll",
          "Sehr geehrte", "Mit freundlichen Grüßen", "Unterlagen",
          "Ende voraussichtlich", "Sachstand", "Berichtszeitraum", "Meilenstein",
          "Quartal ", "Beschlüsse im", "Empfehlungen des Beirats", "Haushaltsjahr",
          "Inhaber/in", "erledigt", "Kenntnisnahme", "Dezember", "November", "Freitag")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


@pytest.fixture
def english():
    """English for the test, German again afterwards (the other tests read German)."""
    assert language.use("en") == "en"
    try:
        yield
    finally:
        language.use("de")


def sg_meeting(store, state):
    sg = store.bodies.resolve("SG")
    return next(m for m in store.meetings.list(sg.id) if m.state is state)


def xml_text(path):
    """The text runs of the body, the headers and the footers, from the DOCX XML."""
    with zipfile.ZipFile(path) as docx:
        parts = [n for n in docx.namelist()
                 if n.startswith(("word/document", "word/header", "word/footer"))]
        return "\n".join(docx.read(n).decode("utf-8") for n in parts)


def document_language(path):
    with zipfile.ZipFile(path) as docx:
        styles = docx.read("word/styles.xml").decode("utf-8")
        core = docx.read("docProps/core.xml").decode("utf-8")
    return ('w:lang w:val="en-GB"' in styles, "<dc:language>en-GB</dc:language>" in core)


def left_german(text):
    return [word for word in GERMAN if word in text]


def short_english(day):
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def test_dates_and_quarters_per_language(english):
    day = date(2026, 12, 7)
    assert (date_text(day), long_date_text(day), weekday_name(day)) == (
        "07/12/2026", "Monday, 7 December 2026", "Monday")
    assert quarter_name(3, 2018) == "Q3 2018"
    assert quarter_name(1) == "Q1"
    language.use("de")
    assert (date_text(day), long_date_text(day), weekday_name(day)) == (
        "07.12.2026", "Montag, 07.12.2026", "Montag")
    assert date_text(date(1, 1, 1)) == "01.01.0001"
    assert quarter_name(3, 2018) == "III. Quartal 2018"
    with pytest.raises(ValueError, match="Quartal 5"):
        quarter_name(5)


def test_the_english_template_is_chosen_in_english(english):
    assert shipped_template("minutes.docx").parent.name == "en"
    assert shipped_template("mail_minutes.txt").read_text(encoding="utf-8").count("Subject:")
    language.use("de")
    assert shipped_template("minutes.docx").parent.name == "templates"


def test_minutes_in_english(demo_store, tmp_path, english):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    path = export_minutes(demo_store, meeting.id, tmp_path / "minutes.docx", today=TODAY)
    text = xml_text(path)
    paragraphs = paragraphs_of(path)
    assert words.language() == "en"
    for heading in ("Minutes", "Attendance", "Agenda", "Proceedings and results",
                    "Open tasks of the body", "DRAFT – not yet approved"):
        assert heading in paragraphs
    day = short_english(meeting.date)
    assert f"DRAFT · Steuerungsgruppe Sozialraumorientierung · Meeting no. 7 on {day}" \
        in text_of(path)
    assert "Page " in text
    assert " of " in text
    assert "Item 1" in text
    assert "yes 5, no 0, abstentions 0" in text
    assert document_language(path) == (True, True)
    assert "Niederschrift" not in paragraphs  # the demo's notes may say it
    assert left_german(text) == []


def test_invitation_in_english(demo_store, tmp_path, english):
    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    path = export_invitation(demo_store, meeting.id, tmp_path / "invitation.docx",
                             today=TODAY).path
    text = xml_text(path)
    assert "Invitation" in paragraphs_of(path)
    assert "Einladung" not in paragraphs_of(path)
    day = meeting.date
    assert f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}" in text
    assert f"Rostock, {short_english(TODAY)}" in text
    assert "09:00 (expected to end at 12:00)" in text
    assert left_german(text) == []


def test_progress_report_in_english(demo_store, tmp_path, english):
    path = export_report(demo_store, tmp_path / "report.docx", today=TODAY)
    text = xml_text(path)
    paragraphs = paragraphs_of(path)
    for heading in ("Progress of the social-area orientation", "Milestones",
                    "Decisions in the reporting period", "Open tasks"):
        assert heading in paragraphs
    assert any(line.startswith("In the reporting period (") for line in paragraphs)
    assert " Q" in text_of(path)  # the milestones' target quarters
    assert left_german(text) == []


def test_german_after_english(demo_store, tmp_path, english):
    """Back in German, the same meeting's minutes are German again, as before."""
    language.use("de")
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    path = export_minutes(demo_store, meeting.id, tmp_path / "protokoll.docx", today=TODAY)
    text = text_of(path)
    assert "ENTWURF · Steuerungsgruppe Sozialraumorientierung · 7. Sitzung am 13.11.2026" in text
    assert "Niederschrift" in paragraphs_of(path)
    assert document_language(path) == (False, False)
