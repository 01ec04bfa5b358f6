"""The minutes as Word reads them: text, tables, marks — from the demo and from hostile input."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from document_reading import pdf_text
from docx import Document

from sro_desktop.documents.files import ExportError
from sro_desktop.documents.minutes import export_minutes
from sro_desktop.documents.render import TemplateProblem, shipped_template
from sro_desktop.documents.text import clean_text, note_blocks
from sro_desktop.domain.enums import AttendanceStatus, MeetingState
from sro_desktop.domain.model import SideVote
from sro_desktop.store import Store

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo(demo_path, tmp_path):
    """A copy of the demo written once per run for TODAY (tests/conftest.py), open."""
    copy = tmp_path / "demo.sro"
    shutil.copy(demo_path, copy)
    with Store.open(copy) as store:
        yield store


def sg_meeting(store, state):
    sg = store.bodies.resolve("SG")
    return next(m for m in store.meetings.list(sg.id) if m.state is state)


def text_of(path):
    """All text of the document: body paragraphs, tables, headers and footers."""
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
        parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def export(store, meeting, tmp_path, **kw):
    return export_minutes(store, meeting.id, tmp_path / "protokoll.docx", today=TODAY, **kw)


def test_draft_minutes_carry_the_draft_mark_and_the_record(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    text = text_of(export(demo, meeting, tmp_path))
    assert "ENTWURF – noch nicht genehmigt" in text
    assert "ENTWURF · Steuerungsgruppe Sozialraumorientierung · 7. Sitzung am 13.11.2026" in text
    assert "über die 7. Sitzung der Steuerungsgruppe Sozialraumorientierung" in text
    assert "Kompass Erziehungshilfen, Goethestraße 8" in text
    assert "Ulrike Petersen | Jugendwerk Leuchtturm e. V. | Mitglied | vertreten durch Jan Nowak" \
        in text
    assert "Entschuldigt: Marco Wendt" in text
    assert "Gäste: Dr. Frauke Albrecht (Ministerium für Soziales" in text
    # TOP 1 says it with the text module of the opening
    assert ("Stefan Ohmsen eröffnet die Sitzung um 09:00 Uhr und stellt die ordnungsgemäße "
            "Einladung und die Beschlussfähigkeit fest (11 von 12 Stimmberechtigten "
            "anwesend: Verwaltung 5, Freie Träger 6).") in text
    assert "Beschluss SG-2026/012: Übertragung auf weitere Stadtteile" in text
    assert ("Abstimmung (einfache Mehrheit): Verwaltung: Ja 5, Nein 0, Enthaltung 0; "
            "Freie Träger: Ja 6, Nein 0, Enthaltung 0") in text
    assert "Ergebnis: einstimmig angenommen" in text
    assert "Birgit Lange, Anke Hoffmann (Tandem)" in text
    assert "Offene Aufgaben des Gremiums" in text
    assert "Vorsitz | Protokoll\nStefan Ohmsen | Nadine Schulz" in text  # the signatures
    assert "{{" not in text
    assert "{%" not in text


def test_notes_keep_bullets_and_line_breaks(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    path = export(demo, meeting, tmp_path)
    document = Document(str(path))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "Die Hospitationsberichte liegen vor." in bullets
    assert "Die Terminabstimmung läuft noch." in bullets


def test_the_failed_double_majority_and_approval(demo, tmp_path):
    approved = next(m for m in demo.meetings.list(demo.bodies.resolve("SG").id)
                    if m.state is MeetingState.APPROVED and m.number == 3)
    approving = demo.meetings.get(approved.approved_in_meeting_id)
    item = demo.agenda.get(approved.approved_at_item_id)
    text = text_of(export(demo, approved, tmp_path))
    assert "ENTWURF" not in text
    assert (f"Genehmigt in der {approving.number}. Sitzung am "
            f"{approving.date.strftime('%d.%m.%Y')} zu TOP {item.position}.") in text
    assert ("Ergebnis: abgelehnt: keine Mehrheit bei Freie Träger "
            "(Verwaltung 5 : 0, Freie Träger 2 : 3)") in text
    assert "Abstimmung (doppelte Mehrheit): Verwaltung: Ja 5, Nein 0, Enthaltung 0; " \
        "Freie Träger: Ja 2, Nein 3, Enthaltung 0" in text
    assert "Holger Barth | Verbund Offene Jugendarbeit Südstadt e. V. | Mitglied | ab TOP 5" \
        in text
    later = text_of(export_minutes(demo, approving.id, tmp_path / "spaeter.docx", today=TODAY))
    # the approving TOP says it with its text module (frozen when that meeting's minutes
    # were approved)
    assert (f"Die Niederschrift der 3. Sitzung vom {approved.date.strftime('%d.%m.%Y')} "
            f"wird ohne Einwendungen genehmigt.") in later


def test_public_version_leaves_out_non_public_items_and_says_so(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    secret = next(i for i in demo.agenda.list(meeting.id) if not i.public)
    full = text_of(export(demo, meeting, tmp_path))
    public = text_of(export(demo, meeting, tmp_path, public=True))
    assert secret.title in full
    assert secret.title not in public
    assert "Öffentliche Fassung: 1 nichtöffentlicher Tagesordnungspunkt ist nicht enthalten." \
        in public
    assert "7. Sitzung am 13.11.2026 · öffentliche Fassung" in public  # the page header
    # guests are private persons: the public version counts them, the full one names them
    (guest,) = [a.guest_name for a in demo.attendance.list(meeting.id) if not a.membership_id]
    assert f"Gäste: {guest}" in full
    assert guest not in public
    assert "Gäste: 1 Gast" in public


def test_results_only_leaves_out_the_discussion(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    text = text_of(export(demo, meeting, tmp_path, results_only=True))
    assert "Ergebnisprotokoll" in text
    assert "Die Mitglieder tauschen Erfahrungen aus." not in text
    assert "Ergebnis: einstimmig angenommen" in text


def test_skeleton_before_the_meeting(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.INVITED)
    text = text_of(export(demo, meeting, tmp_path))
    assert "Tagesordnung und Protokollvorlage" in text
    assert "Eingeladene Mitglieder" in text
    assert "Jörg Brandt | Amt für Jugend, Soziales und Asyl | Mitglied" in text
    assert "Verlauf:" in text
    assert "_" * 60 in text
    assert "beschlussfähig" not in text.split("Tagesordnung\n")[0]


def test_cancelled_meeting_is_a_short_note(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.CANCELLED)
    text = text_of(export(demo, meeting, tmp_path))
    assert "Die Sitzung wurde abgesagt." in text
    assert "Haushaltsentwurf lag nicht rechtzeitig vor." in text
    assert "Verlauf und Ergebnisse" not in text


def test_corrections_are_listed(demo, tmp_path):
    approved = sg_meeting(demo, MeetingState.APPROVED)
    demo.corrections.add(approved.id, TODAY, "Name falsch geschrieben",
                         "Statt „Maas“ muss es „Maaß“ heißen.")
    text = text_of(export(demo, approved, tmp_path))
    assert "Berichtigungen" in text
    assert "25.11.2026 | Name falsch geschrieben | Statt „Maas“ muss es „Maaß“ heißen." in text


HOSTILE = "{{ 7*7 }} {% if true %}x{% endif %} <w:p> R&D \"Anführung\" 'x' {_{ }_} Ünïcødé 😀"


def test_user_text_appears_literally(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    item = demo.agenda.list(meeting.id)[6]
    demo.agenda.update(item.id, title=HOSTILE, notes=f"Zeile 1\nZeile 2 {HOSTILE}\x07\x0b\x00")
    demo.meetings.update(meeting.id, place="R&D <Raum> {{ place }}")
    path = export(demo, meeting, tmp_path)
    text = text_of(path)
    assert f"TOP 7   {HOSTILE}" in text
    assert f"Zeile 1\nZeile 2 {HOSTILE}" in text
    assert "R&D <Raum> {{ place }}" in text
    assert "49" not in text.split("TOP 7")[-1].split("\n")[0]


def test_line_breaks_stay_line_breaks(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    item = demo.agenda.list(meeting.id)[0]
    demo.agenda.update(item.id, notes="Erste Zeile\nzweite Zeile\n\nNeuer Absatz")
    document = Document(str(export(demo, meeting, tmp_path)))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Erste Zeile\nzweite Zeile" in paragraphs
    assert "Neuer Absatz" in paragraphs


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("a\x00b", "ab"), ("a\x07b\x0bc\x0cd", "abcd"), ("tab\there", "tab\there"),
     ("CR\r\nLF", "CR\nLF"), ("alt\rMac", "alt\nMac"), ("Ümläüt 😀 ‏עברית‎", "Ümläüt 😀 ‏עברית‎"),
     ("\ufffe\uffff", ""), ("e\u0301", "e\u0301")],
)
def test_clean_text_drops_only_what_xml_cannot_hold(raw, clean):
    assert clean_text(raw) == clean


def test_note_blocks():
    blocks = note_blocks("Absatz eins\nmit Umbruch\n\n- Punkt A\n• Punkt B\nNach der Liste")
    assert [(b.text, b.bullet) for b in blocks] == [
        ("Absatz eins\nmit Umbruch", False), ("Punkt A", True), ("Punkt B", True),
        ("Nach der Liste", False)]


def test_broken_template_names_itself_and_the_problem(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    broken = tmp_path / "meine-vorlage.docx"
    document = Document(str(shipped_template("minutes.docx")))
    document.add_paragraph("{{ meeting.unbekannt }}")
    document.save(str(broken))
    with pytest.raises(TemplateProblem, match="meine-vorlage.docx.*unbekanntes Feld"):
        export(demo, meeting, tmp_path, template=broken)
    bad_tag = tmp_path / "kaputt.docx"
    document = Document(str(shipped_template("minutes.docx")))
    document.add_paragraph("{% if %}")
    document.save(str(bad_tag))
    with pytest.raises(TemplateProblem, match="kaputt.docx.*fehlerhaften Platzhalter"):
        export(demo, meeting, tmp_path, template=bad_tag)
    assert not (tmp_path / "protokoll.docx").exists()
    # the shipped template still works
    assert "Niederschrift" in text_of(export(demo, meeting, tmp_path))


def test_template_cannot_reach_out_of_the_sandbox(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    sneaky = tmp_path / "neugierig.docx"
    document = Document(str(shipped_template("minutes.docx")))
    document.add_paragraph("{{ meeting.__class__.__mro__ }}")
    document.save(str(sneaky))
    with pytest.raises(TemplateProblem, match="neugierig.docx"):
        export(demo, meeting, tmp_path, template=sneaky)


def test_a_user_template_with_new_letterhead_is_used(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    mine = tmp_path / "briefkopf.docx"
    document = Document(str(shipped_template("minutes.docx")))
    document.sections[0].header.paragraphs[0].insert_paragraph_before(
        "Hansestadt Rostock · Amt für Jugend, Soziales und Asyl")
    document.save(str(mine))
    text = text_of(export(demo, meeting, tmp_path, template=mine))
    assert "Hansestadt Rostock · Amt für Jugend, Soziales und Asyl" in text
    assert "Niederschrift" in text


def test_failed_export_leaves_the_old_file_and_no_temporary_one(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    target = tmp_path / "protokoll.docx"
    target.write_bytes(b"the old minutes")
    broken = tmp_path / "broken.docx"
    broken.write_text("not a word file", encoding="utf-8")
    with pytest.raises(TemplateProblem):
        export(demo, meeting, tmp_path, template=broken)
    assert target.read_bytes() == b"the old minutes"
    with pytest.raises(ExportError, match="Ordner"):
        export_minutes(demo, meeting.id, tmp_path / "fehlt" / "x.docx", today=TODAY)
    assert not (tmp_path / "fehlt").exists()
    assert not list(tmp_path.glob(".protokoll*"))


def test_read_only_folder_gives_a_clear_message(demo, tmp_path):
    import os

    if os.geteuid() == 0:  # root writes anywhere: use a read-only file system instead
        target = "/proc/protokoll.docx"
    else:
        folder = tmp_path / "nur-lesen"
        folder.mkdir()
        folder.chmod(0o500)
        target = str(folder / "protokoll.docx")
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    with pytest.raises(ExportError, match="kann nicht geschrieben werden"):
        export_minutes(demo, meeting.id, target, today=TODAY)


def test_not_quorate_decision_is_flagged(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    ctx = demo.meetings.context(meeting.id)
    for membership in ctx.members:
        demo.attendance.set(meeting.id, membership.id, AttendanceStatus.EXCUSED)
    item = demo.agenda.list(meeting.id)[5]
    decision = demo.decisions.add("Ohne Mehrheit im Raum", agenda_item_id=item.id)
    demo.decisions.record_votes(decision.id, [SideVote(ctx.sides[0].id, 0, 0, 0)])
    text = text_of(export(demo, meeting, tmp_path))
    assert ("Die Steuerungsgruppe Sozialraumorientierung ist nicht beschlussfähig: 0 von 12 "
            "Stimmberechtigten anwesend") in text  # at the opening
    assert ("Hinweis: nicht beschlussfähig bei "
            f"TOP {item.position}: erforderlich sind mehr als die Hälfte der "
            "Stimmberechtigten; Verwaltung und Freie Träger nicht vertreten") in text


@pytest.mark.libreoffice
def test_libreoffice_opens_the_minutes(demo, tmp_path):
    meeting = sg_meeting(demo, MeetingState.DRAFT)
    text = pdf_text(export(demo, meeting, tmp_path), tmp_path)
    assert "Niederschrift" in text
    assert "SG-2026/012" in text
    assert "Seite 1 von" in text


def test_each_template_renders_its_own_text_also_when_templates_are_kept(demo_store, tmp_path):
    """Compiled templates are kept for the next document; a document from another template
    is still that template's, and the same template gives the same document again."""
    from docx import Document

    from sro_desktop.documents.minutes import export_minutes

    meeting = demo_store.meetings.list()[0].id
    older = Path(__file__).parent / "templates" / "minutes_before_12.docx"

    def text(path: Path) -> str:
        return "\n".join(p.text for p in Document(str(path)).paragraphs)

    first = text(export_minutes(demo_store, meeting, tmp_path / "a.docx"))
    other = text(export_minutes(demo_store, meeting, tmp_path / "b.docx", template=older))
    again = text(export_minutes(demo_store, meeting, tmp_path / "c.docx"))
    assert first == again
    assert other != first
    assert text(export_minutes(demo_store, meeting, tmp_path / "d.docx", template=older)) == other
