"""Removing a meeting (one without decisions) from the window: asked first, its agenda,
attendance and papers go with it, Strg+Z brings all back; a meeting with decisions stays
and says why. A TOP removed takes its papers."""

from __future__ import annotations

from acting import answer_question, click_row, find, press, when_dialog
from PySide6.QtWidgets import QTableView

from sro_desktop.domain.enums import MeetingState


def _planned(store):
    return next(m for m in store.meetings.list() if m.state is MeetingState.PLANNED
                and not store.decisions.for_meeting(m.id))


def _live_papers(store):
    return store.db.execute(
        "SELECT count(*) FROM attachments WHERE deleted_at IS NULL").fetchone()[0]


def test_a_meeting_without_decisions_is_removed_with_its_papers_and_comes_back(
        main_window, store_of):
    meeting = _planned(store_of)
    store_of.agenda.add_standard(meeting.id)
    item = store_of.agenda.list(meeting.id)[0]
    store_of.attachments.add(item.id, ("Vorlage.pdf", b"%PDF-1.4 Vorlage"))
    before = _live_papers(store_of)
    items = len(store_of.agenda.list(meeting.id))
    view = main_window.meetings
    view.select_meeting(meeting.id)
    answered = when_dialog(answer_question("Nein"))
    press(view, "Sitzung entfernen …")
    answered.check()
    assert store_of.meetings.count("id = ?", [meeting.id]) == 1  # asked, and kept

    answered = when_dialog(answer_question("Ja"))
    press(view, "Sitzung entfernen …")
    answered.check()
    assert store_of.meetings.count("id = ?", [meeting.id]) == 0
    assert store_of.agenda.list(meeting.id) == []
    assert _live_papers(store_of) == before - 1
    main_window.undo_action.trigger()  # one step brings the meeting, agenda and paper back
    assert store_of.meetings.count("id = ?", [meeting.id]) == 1
    assert len(store_of.agenda.list(meeting.id)) == items
    assert _live_papers(store_of) == before


def test_a_meeting_with_decisions_stays_and_says_why(main_window, store_of):
    meeting = next(m for m in store_of.meetings.list() if store_of.decisions.for_meeting(m.id)
                   and m.state is not MeetingState.APPROVED)
    view = main_window.meetings
    click_row(find(view, QTableView, "Sitzungen"), meeting.date.strftime("%d.%m.%Y"))
    texts = []

    def refused(box):
        texts.append(box.text())
        answer_question("OK")(box)

    answered = when_dialog(answer_question("Ja"), refused)
    press(view, "Sitzung entfernen …")
    answered.check()
    assert "hat Beschlüsse im Register" in texts[0]
    assert store_of.meetings.count("id = ?", [meeting.id]) == 1


def test_a_top_removed_takes_its_papers(main_window, store_of):
    meeting = _planned(store_of)
    item = store_of.agenda.add(meeting.id, "Vorstellung")
    store_of.attachments.add(item.id, ("Folien.pdf", b"%PDF-1.4 Folien"))
    before = _live_papers(store_of)
    store_of.agenda.delete(item.id)
    assert _live_papers(store_of) == before - 1
