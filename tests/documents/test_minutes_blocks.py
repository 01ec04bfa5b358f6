"""The blocks of a German Niederschrift as Word reads them: the quorum under the opening
TOP, the Anlagen numbered in TOP order and referenced from their TOP, the Verteiler, and
the signature block with place and date — in the full, the results-only and the public
version, and with a template copied from the version before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from document_reading import TODAY, paragraphs_of, table_with, text_of
from docx import Document

from sro_desktop.documents.minutes import annex_reference, export_minutes, minutes_context
from sro_desktop.documents.preview import minutes_html
from sro_desktop.domain.agenda import OPENING
from sro_desktop.domain.enums import MeetingState

SMALL = b"y" * 24_576  # 24 KB
QUORUM = ("Die Steuerungsgruppe Sozialraumorientierung ist beschlussfähig: 11 von 12 "
          "Stimmberechtigten anwesend")
# under TOP 1 the opening's text module says it (and the sentence above gives way)
OPENED = ("Stefan Ohmsen eröffnet die Sitzung um 09:00 Uhr und stellt die ordnungsgemäße "
          "Einladung und die Beschlussfähigkeit fest (11 von 12 Stimmberechtigten anwesend")
BEFORE_12 = Path(__file__).parent / "templates" / "minutes_before_12.docx"


def sg_meeting(store, state):
    sg = store.bodies.resolve("SG")
    return next(m for m in store.meetings.list(sg.id) if m.state is state)


def export(store, meeting, tmp_path, name="protokoll.docx", **kw):
    return export_minutes(store, meeting.id, tmp_path / name, today=TODAY, **kw)


def headings(path):
    return [p.text for p in Document(str(path)).paragraphs
            if p.style is not None and p.style.name.startswith("Heading")]


def index_of(paragraphs, start):
    return next(n for n, p in enumerate(paragraphs) if p.startswith(start))


# -- the quorum ---------------------------------------------------------------------------------
def test_the_quorum_is_stated_under_the_opening_top(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    path = export(demo_store, meeting, tmp_path)
    paragraphs = paragraphs_of(path)
    assert "Feststellung der Beschlussfähigkeit" not in headings(path)
    quorum = index_of(paragraphs, OPENED)
    assert index_of(paragraphs, f"TOP 1   {OPENING}") < quorum < index_of(paragraphs, "TOP 2 ")
    assert not [p for p in paragraphs if p.startswith(QUORUM)]  # said once, by the module
    # without a text at the opening TOP, the sentence of the rules stands there
    demo_store.text_modules.set_text(meeting.body_id, "opening", "")
    paragraphs = paragraphs_of(export(demo_store, meeting, tmp_path))
    quorum = index_of(paragraphs, QUORUM)
    assert index_of(paragraphs, f"TOP 1   {OPENING}") < quorum < index_of(paragraphs, "TOP 2 ")


def test_without_an_opening_top_the_quorum_has_its_own_block(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    first = demo_store.agenda.list(meeting.id)[0]
    demo_store.agenda.update(first.id, title="Begrüßung")
    path = export(demo_store, meeting, tmp_path)
    paragraphs = paragraphs_of(path)
    assert "Feststellung der Beschlussfähigkeit" in headings(path)
    assert (index_of(paragraphs, "Feststellung der Beschlussfähigkeit")
            < index_of(paragraphs, QUORUM) < index_of(paragraphs, "Tagesordnung"))
    assert len([p for p in paragraphs if p.startswith(QUORUM)]) == 1


# -- Anlagen -----------------------------------------------------------------------------------
def test_annex_references():
    assert annex_reference([]) == ""
    assert annex_reference([3]) == "(Anlage 3)"
    assert annex_reference([3, 4]) == "(Anlagen 3–4)"
    assert annex_reference([3, 4, 5]) == "(Anlagen 3–5)"


def with_papers(store, meeting):
    """Papers at TOP 5 (added first) and at TOP 3: numbered in TOP order all the same."""
    items = store.agenda.list(meeting.id)
    store.attachments.add(items[4].id, ("Karte.png", SMALL))
    store.attachments.add(items[2].id, ("Protokoll 6.pdf", SMALL))
    store.attachments.add(items[2].id, ("Einwendung.docx", b"z" * 24_576))
    return items


def test_the_papers_are_numbered_as_anlagen_and_named_under_their_top(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    items = with_papers(demo_store, meeting)
    path = export(demo_store, meeting, tmp_path)
    paragraphs = paragraphs_of(path)
    assert ("Unterlagen: Protokoll 6.pdf (24 KB), Einwendung.docx (24 KB) (Anlagen 1–2)"
            in paragraphs)
    assert "Unterlagen: Karte.png (24 KB) (Anlage 3)" in paragraphs
    assert table_with(path, "Nr.", "Anlage", "zu TOP") == [
        ["1", "Protokoll 6.pdf", f"TOP 3 {items[2].title}"],
        ["2", "Einwendung.docx", f"TOP 3 {items[2].title}"],
        ["3", "Karte.png", f"TOP 5 {items[4].title}"]]
    assert "Anlagen" in headings(path)
    html = minutes_html(minutes_context(demo_store, meeting.id, today=TODAY))
    assert "(Anlagen 1–2)" in html
    assert "<td>Karte.png</td>" in html


def test_minutes_without_papers_have_no_anlagen_block(demo_store, tmp_path):
    path = export(demo_store, sg_meeting(demo_store, MeetingState.DRAFT), tmp_path)
    assert "Anlagen" not in headings(path)


def test_the_public_version_leaves_out_the_anlagen_of_non_public_tops(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    items = with_papers(demo_store, meeting)
    demo_store.agenda.update(items[2].id, public=False)
    public = export(demo_store, meeting, tmp_path, "oeffentlich.docx", public=True)
    assert table_with(public, "Nr.", "Anlage", "zu TOP") == [
        ["1", "Karte.png", f"TOP 5 {items[4].title}"]]
    assert "Unterlagen: Karte.png (24 KB) (Anlage 1)" in paragraphs_of(public)
    assert ("Die Anlagen zu nichtöffentlichen Tagesordnungspunkten sind nicht beigefügt."
            in paragraphs_of(public))
    assert "Einwendung.docx" not in text_of(public)
    full = export(demo_store, meeting, tmp_path, "voll.docx")
    assert len(table_with(full, "Nr.", "Anlage", "zu TOP")) == 3
    assert "nicht beigefügt" not in text_of(full)


# -- Verteiler ---------------------------------------------------------------------------------
def test_the_distribution_list_names_members_by_side_and_their_deputies(demo_store, tmp_path):
    path = export(demo_store, sg_meeting(demo_store, MeetingState.DRAFT), tmp_path)
    paragraphs = paragraphs_of(path)
    assert "Verteiler" in headings(path)
    administration = next(p for p in paragraphs[index_of(paragraphs, "Verteiler"):]
                          if p.startswith("Verwaltung: "))
    assert "Stefan Ohmsen (AJSA)" in administration
    assert "; Stellvertretung: Daniel Pohl, Heike Krug" in administration
    providers = next(p for p in paragraphs if p.startswith("Freie Träger: "))
    assert "Ulrike Petersen (Leuchtturm)" in providers


# -- signatures --------------------------------------------------------------------------------
def test_draft_minutes_are_signed_at_the_bodys_place_on_a_blank_day(demo_store, tmp_path):
    path = export(demo_store, sg_meeting(demo_store, MeetingState.DRAFT), tmp_path)
    paragraphs = paragraphs_of(path)
    assert "Rostock, den ____________" in paragraphs
    assert "Vorsitz | Protokoll\nStefan Ohmsen | Nadine Schulz" in text_of(path)
    assert index_of(paragraphs, "Verteiler") < index_of(paragraphs, "Rostock, den")


def test_without_a_place_both_are_written_in_by_hand(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    demo_store.bodies.update(meeting.body_id, signing_place="")
    path = export(demo_store, meeting, tmp_path)
    assert "____________, den ____________" in paragraphs_of(path)


def test_sent_minutes_carry_the_day_they_were_sent(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.SENT)
    sent = min(c.sent_on for c in demo_store.circulations.list(meeting.id))
    path = export(demo_store, meeting, tmp_path)
    assert f"Rostock, den {sent:%d.%m.%Y}" in paragraphs_of(path)


def test_approved_minutes_name_the_approving_meeting_below_the_signatures(demo_store, tmp_path):
    sg = demo_store.bodies.resolve("SG")
    meeting = next(m for m in demo_store.meetings.list(sg.id)
                   if m.state is MeetingState.APPROVED and m.number == 4)
    path = export(demo_store, meeting, tmp_path)
    paragraphs = [p for p in paragraphs_of(path) if p.strip()]
    signed = next(p for p in paragraphs if p.startswith("Rostock, den "))
    assert "_" not in signed
    context = minutes_context(demo_store, meeting.id, today=TODAY)
    assert context["signature"]["date"] in signed
    approving = demo_store.meetings.get(meeting.approved_in_meeting_id)
    assert paragraphs[-1].startswith(
        f"Genehmigt in der {approving.number}. Sitzung am {approving.date:%d.%m.%Y}")


def test_the_signature_date_is_the_first_sending_else_the_approval(demo_store):
    meeting = sg_meeting(demo_store, MeetingState.SENT)
    demo_store.circulations.send(meeting.id, date(2026, 11, 20), "alle")
    first = min(c.sent_on for c in demo_store.circulations.list(meeting.id))
    assert first < date(2026, 11, 20)
    context = minutes_context(demo_store, meeting.id, today=TODAY)
    assert context["signature"]["date"] == f"{first:%d.%m.%Y}"


# -- a TOP's result, the versions ---------------------------------------------------------------
def test_a_tops_own_result_text_is_printed_under_it(demo_store, tmp_path):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    second = demo_store.agenda.list(meeting.id)[1]
    demo_store.agenda.update(second.id, result_text="Die Tagesordnung wird mit folgender "
                                                     "Änderung genehmigt: TOP 6 entfällt.")
    paragraphs = paragraphs_of(export(demo_store, meeting, tmp_path))
    result = paragraphs.index("Die Tagesordnung wird mit folgender Änderung genehmigt: "
                              "TOP 6 entfällt.")
    assert index_of(paragraphs, "TOP 2 ") < result < index_of(paragraphs, "TOP 3 ")


@pytest.mark.parametrize("version", [{"results_only": True}, {"public": True}])
def test_results_only_and_public_minutes_have_the_same_blocks(demo_store, tmp_path, version):
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    with_papers(demo_store, meeting)
    path = export(demo_store, meeting, tmp_path, **version)
    paragraphs = paragraphs_of(path)
    assert {"Anlagen", "Verteiler"} <= set(headings(path))
    assert index_of(paragraphs, OPENED) > index_of(paragraphs, "TOP 1 ")
    assert "Rostock, den ____________" in paragraphs


def test_a_template_copied_before_these_blocks_still_works(demo_store, tmp_path):
    """A user's copy of the shipped template of the version before: no new field is
    needed; it shows the quorum apart, as it did."""
    meeting = sg_meeting(demo_store, MeetingState.DRAFT)
    with_papers(demo_store, meeting)
    path = export_minutes(demo_store, meeting.id, tmp_path / "alt.docx", today=TODAY,
                          template=BEFORE_12)
    text = text_of(path)
    assert "Feststellung der Beschlussfähigkeit" in headings(path)
    assert QUORUM in text
    assert "Vorsitz: Stefan Ohmsen" in text
    assert "Unterlagen: Protokoll 6.pdf (24 KB), Einwendung.docx (24 KB)" in text


def test_approval_freezes_the_suggested_results(demo_store):
    """Approved minutes keep the text their modules suggested then: a module changed later
    changes no approved minutes (and their checksum holds)."""
    from sro_desktop.documents.minutes import minutes_context
    from sro_desktop.domain.enums import MeetingState
    from sro_desktop.store.check import check

    sg = demo_store.bodies.resolve("SG")
    approved = next(m for m in demo_store.meetings.list(sg.id)
                    if m.state is MeetingState.APPROVED and m.number == 4)
    opening = demo_store.agenda.list(approved.id)[0]
    assert opening.result_text.startswith("Stefan Ohmsen eröffnet die Sitzung")
    before = [i["result"] for i in minutes_context(demo_store, approved.id)["items"]]
    demo_store.text_modules.set_text(sg.id, "opening", "{Vorsitz} eröffnet.")
    after = [i["result"] for i in minutes_context(demo_store, approved.id)["items"]]
    assert after == before
    assert check(demo_store) == []


def test_the_agenda_approval_says_what_changed_since_the_invitation(demo_store, tmp_path):
    invited = sg_meeting(demo_store, MeetingState.INVITED)
    demo_store.agenda.add(invited.id, "Hospitation in Graz")
    demo_store.meetings.set_state(invited.id, MeetingState.HELD)
    text = text_of(export(demo_store, invited, tmp_path))
    added = next(i for i in demo_store.agenda.list(invited.id)
                 if i.title == "Hospitation in Graz")
    # (the demo put a recommendation on it after the invitation, too)
    assert "Die Tagesordnung wird mit folgenden Änderungen genehmigt: TOP " in text
    assert f"; TOP {added.position} „Hospitation in Graz“ neu aufgenommen." in text
