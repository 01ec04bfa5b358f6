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


# -- the rest of the documents: what the code writes (headers, sentences, titles) --------

CODE_GERMAN = ("Beschlussregister", "Zeitraum", "Alle Beschlüsse", "Umlaufverfahren",
               "noch kein Ergebnis", "Ja ", "Nein ", "Enthaltung", "Beschlusskontrolle",
               "offene Aufgabe", "überfällig", "ohne Seite", "ohne Verantwortliche",
               "Sitzung am", "Unterschriftenliste", "Teilnahmebescheinigung",
               "teilgenommen", "Geschäftsstelle", "Mitgliederliste", "Stimmrecht",
               "Haushaltsübersicht", "Haushaltsjahr", "Haushaltszeile", "Zusammenfassung",
               "Nach Finanzierung", "Stellen", "unbesetzt", "Summe", "Soll", "Stand",
               "Inhaber/in", "Tagesordnung", "Verantwortlich", "Fällig", "Beschluss:",
               "Aufgaben –", "alle Gremien", "bitte als", "Quartal", "Mitglieder")


def code_german(text, allowed=()):
    return [w for w in CODE_GERMAN if w in text and w not in allowed]


def csv_table(path):
    import csv
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def sg(store):
    return store.bodies.resolve("SG")


def without_data(text, own):
    """``text`` without the record's own words (German in the demo, and stored so)."""
    for words_ in sorted(own, key=len, reverse=True):
        text = text.replace(words_, "") if words_ else text
    return text


def decision_words(store):
    return [w for d in store.decisions.list(sg(store).id)
            for w in (d.title, d.wording, d.result_text)]


def test_register_in_english(demo_store, tmp_path, english):
    from sro_desktop.documents.register import export_register

    path = export_register(demo_store, sg(demo_store).id, tmp_path / "register.docx",
                           date_from=date(2026, 1, 1), today=TODAY)
    text = without_data(xml_text(path), decision_words(demo_store))
    assert "Register of decisions" in text
    assert f"Period: from {short_english(date(2026, 1, 1))}" in text
    assert ": yes " in text
    assert code_german(text) == []
    rows = csv_table(export_register(demo_store, sg(demo_store).id, tmp_path / "register.csv"))
    assert rows[0][:4] == ["Number", "Date", "Meeting", "Item"]
    assert any(row[2].startswith("Meeting no. ") for row in rows[1:])
    assert any(row[3].startswith("Item ") for row in rows[1:])
    assert code_german(without_data(" ".join(" ".join(row) for row in rows),
                                    decision_words(demo_store))) == []


def test_task_list_in_english(demo_store, tmp_path, english):
    from sro_desktop.documents.task_list import export_task_list

    path = export_task_list(demo_store, sg(demo_store).id, tmp_path / "tasks.docx",
                            today=TODAY)
    text = xml_text(path)
    assert "Decision follow-up" in text
    assert " open tasks, " in text
    assert "overdue by " in text
    assert code_german(text) == []
    rows = csv_table(export_task_list(demo_store, sg(demo_store).id, tmp_path / "tasks.csv",
                                      today=TODAY))
    assert rows[0][:3] == ["Side", "Responsible", "Organisation"]
    assert {row[8] for row in rows[1:]} <= {"yes", "no"}
    assert any(" on " in row[5] and ", item " in row[5] for row in rows[1:])
    assert code_german(" ".join(" ".join(row) for row in rows)) == []


def test_signature_list_and_certificate_in_english(demo_store, tmp_path, english):
    from docx import Document

    from sro_desktop.documents.learning import export_certificate
    from sro_desktop.documents.signature_list import export_signature_list

    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    path = export_signature_list(demo_store, meeting.id, tmp_path / "signatures.docx")
    assert Document(str(path)).core_properties.title.startswith("Signature list – ")
    assert code_german(xml_text(path)) == []
    event = demo_store.learning_events.list()[0]
    person = demo_store.learning_participants.list(event.id)[0].person_id
    path = export_certificate(demo_store, event.id, person, tmp_path / "certificate.docx")
    text = xml_text(path)
    assert "Certificate of attendance" in text
    assert " took part in the " in text
    assert "Office of the steering group SRO" in text
    assert code_german(text) == []


def test_member_list_in_english(demo_store, tmp_path, english):
    from sro_desktop.documents.member_list import CSV_HEADER, export_member_list

    path = export_member_list(demo_store, sg(demo_store).id, tmp_path / "members.docx",
                              today=TODAY)
    text = xml_text(path)
    assert "Member list " in text
    assert "Side / role" in text
    assert code_german(text) == []
    # the CSV's headers are those the member import reads: German in either language
    rows = csv_table(export_member_list(demo_store, sg(demo_store).id,
                                        tmp_path / "members.csv", today=TODAY))
    assert tuple(rows[0]) == CSV_HEADER
    assert {row[6] for row in rows[1:]} <= {"yes", "no"}


def test_budget_in_english(demo_store, tmp_path, english):
    from sro_desktop.documents.budget import export_budget

    text = xml_text(export_budget(demo_store, tmp_path / "budget.docx", year=2026))
    for own in [x.title for x in demo_store.budget_lines.list()] + [
            x.title for x in demo_store.posts.list()]:
        text = text.replace(own, "")  # the demo's own words ("… (zwei Stellen)")
    for words_ in ("Budget overview 2026", "Summary", "By funding", "Budget year 2026",
                   "Budget line", "Q1", "Planned", "Actual", "Remaining", "Posts", "Holder"):
        assert words_ in text
    assert code_german(text) == []
    rows = csv_table(export_budget(demo_store, tmp_path / "budget.csv", year=2026))
    assert rows[0][:5] == ["Year", "Area", "Title", "Funding", "Planned Q1 (€)"]
    assert code_german(" ".join(rows[0])) == []


def test_calendars_in_english(demo_store, english):
    from ical.calendar_stream import IcsCalendarStream

    from sro_desktop.documents.calendar import meeting_ics, tasks_ics

    def events(data):
        return IcsCalendarStream.calendar_from_ics(data.decode("utf-8")).events

    meeting = sg_meeting(demo_store, MeetingState.INVITED)
    (event,) = events(meeting_ics(demo_store, meeting.id))
    assert "\nAgenda:\nItem 1 " in event.description
    titles = [i.title for i in demo_store.agenda.list(meeting.id)]
    assert code_german(without_data(event.description, titles)) == []
    due = events(tasks_ics(demo_store, sg(demo_store).id))
    assert due
    for task in due:
        assert task.summary.startswith("Due: ")
        assert "\nResponsible: " in task.description
        assert "\nDue on " in task.description
        assert "\nState: " in task.description
        title = task.summary.removeprefix("Due: ")  # the demo's own words stay German
        assert code_german(task.description.replace(title, "")) == []


def test_refusals_in_english(tmp_path, english):
    from sro_desktop.documents.files import ExportError, output_suffix, write_atomically

    with pytest.raises(ExportError, match=r"please save as \.docx \(Word\) or \.pdf"):
        output_suffix(tmp_path / "x.txt")
    with pytest.raises(ExportError, match="does not exist"):
        write_atomically(tmp_path / "missing" / "x.docx", lambda tmp: None)
