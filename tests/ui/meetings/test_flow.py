"""The secretary's whole meeting, driven through the real widgets, then found in the file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pinned import TODAY
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit
from waiting import WAIT_MS

from sro_desktop.domain.enums import (
    AttendanceStatus,
    DecisionRule,
    MeetingState,
    Outcome,
    RecommendationState,
)
from sro_desktop.ui.meetings import agenda as agenda_tab
from sro_desktop.ui.meetings import panel as panel_module
from sro_desktop.ui.meetings.circulation_dialogs import (
    ApprovalDialog,
    ApprovalValues,
    CirculationDialog,
    CirculationValues,
)
from sro_desktop.ui.meetings.view import NewMeetingDialog

MEETING_DAY = TODAY + timedelta(days=3)


@pytest.fixture
def new_meeting(main_window, monkeypatch, store_of):
    """A new meeting of the steering group, created with the "Neue Sitzung" button."""
    body = store_of.bodies.resolve("SG")
    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(lambda cls, parent, bodies, body_id: {
        "body_id": body.id, "day": MEETING_DAY, "start_time": "09:00", "end_time": "12:00",
        "place": "Jugendwerk Leuchtturm, Kopenhagener Straße 5"}))
    view = main_window.meetings
    view.new_button.click()
    panel = view.panel
    assert panel.meeting is not None
    assert panel.meeting.date == MEETING_DAY
    return panel


def test_the_whole_meeting(main_window, new_meeting, store_of, reopen, qtbot, monkeypatch):
    panel = new_meeting
    meeting_id = panel.meeting.id
    number = panel.meeting.number
    assert panel.heading.text().startswith(f"{number}. Sitzung der Steuerungsgruppe")

    # The agenda: standard items, open points, a topic moved up.
    agenda = panel.agenda
    panel.tabs.setCurrentWidget(agenda)
    agenda.standard_button.click()
    titles = [i.title for i in agenda.model.items]
    assert titles[0] == "Eröffnung und Feststellung der Beschlussfähigkeit"
    assert titles[-1] == "Verschiedenes"
    shown = []  # the summary after carrying over is a message box: read it instead
    monkeypatch.setattr(agenda_tab.QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    agenda.carry_button.click()
    assert "Empfehlungen des Beirats" in shown[0]
    rec_items = [i for i in agenda.model.items if i.recommendation_id]
    assert rec_items, "open recommendations come onto the agenda"

    new_item = agenda.shortcuts["Ctrl+N"]  # offscreen windows get no key focus: fire it
    assert new_item.key() == QKeySequence("Ctrl+N")
    new_item.activated.emit()
    editor = agenda.table.viewport().findChild(QLineEdit)  # the new item's title, open
    editor.setText("Modellregion festlegen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Modellregion festlegen" in [i.title for i in agenda.model.items],
                    timeout=WAIT_MS)
    topic = next(i for i in agenda.model.items if i.title == "Modellregion festlegen")
    before_closing = len(agenda.model.items) - 1
    assert topic.position == before_closing  # new topics go before "Verschiedenes"
    agenda.select_item(topic.id)
    agenda.up_button.click()
    assert agenda.selected_item().title == "Modellregion festlegen"
    assert agenda.selected_item().position == before_closing - 1
    # Drag and drop: onto the row of TOP 4.
    model = agenda.model
    data = model.mimeData([model.index(agenda.selected_item().position - 1, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    topic = next(i for i in agenda.model.items if i.title == "Modellregion festlegen")
    assert topic.position == 4
    assert [i.position for i in agenda.model.items] == list(range(1, len(model.items) + 1))
    starts = agenda.model.starts
    assert starts[agenda.model.items[0].id] == "09:00"

    # Attendance: everyone, one represented by the deputy, one arriving at the topic.
    attendance = panel.attendance
    panel.tabs.setCurrentWidget(attendance)
    rows = attendance.table.model()
    names = [rows.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(rows.rowCount())]
    for name in names:
        attendance.set_status(name, AttendanceStatus.PRESENT)
    attendance.set_status("Ulrike Petersen", AttendanceStatus.REPRESENTED)
    attendance.set_status("Holger Barth", AttendanceStatus.PRESENT, arrives_at=topic.position)
    attendance.set_status("Jörg Brandt", AttendanceStatus.EXCUSED)
    # At the opening Herr Barth is not there yet.
    assert "beschlussfähig: 10 von 12" in panel.quorum_label.text()

    # The decision at the topic: double majority, failing on the providers' side.
    panel.tabs.setCurrentWidget(agenda)
    agenda.select_item(topic.id)
    item_panel = agenda.item_panel
    assert "11 von 12" in item_panel.quorum_label.text()
    item_panel.add_decision_button.click()
    decision = item_panel.decision_editor
    decision.wording.setPlainText("Lütten Klein und Evershagen werden Modellregion.")
    decision.rule.setCurrentIndex(decision.rule.findData(DecisionRule.DOUBLE))
    decision.rule.activated.emit(decision.rule.currentIndex())
    decision.set_votes("Verwaltung", 5, 0, 0)
    decision.set_votes("Freie Träger", 2, 3, 1)
    assert decision.result_label.text() == (
        "abgelehnt: keine Mehrheit bei Freie Träger "
        "(Verwaltung 5 : 0, Freie Träger 2 : 3, Enthaltung 1)")
    decision.set_votes("Freie Träger", 2, 3, 2)  # one more than present: not stored
    assert "nur 6 stimmberechtigte Mitglieder anwesend" in decision.result_label.text()
    assert "nur 6" in (decision.unstored() or "")
    decision.set_votes("Freie Träger", 2, 3, 1)
    assert decision.unstored() is None
    number_text = decision.title()

    # A tandem task from the topic.
    form = item_panel.task_form
    form.title_edit.setText("Variante mit Groß Klein ausarbeiten")
    form.choose_owner(0, "Marco Wendt")
    form.choose_owner(1, "Piotr Kowalski")
    form.tandem.setChecked(True)
    form.add_button.click()
    assert item_panel.tasks_list.count() == 1
    assert "Tandem" in item_panel.tasks_list.item(0).text()

    # The answer to the recommendation on the agenda.
    agenda.select_item(rec_items[0].id)
    answer = item_panel.recommendation
    assert answer.isVisible()
    answer.response.setPlainText("Zwei Sitze ja, aber zunächst nur in der Modellregion.")
    answer.state.setCurrentIndex(answer.state.findData(RecommendationState.PARTLY_ADOPTED))
    answer.state.activated.emit(answer.state.currentIndex())
    assert not answer.error.isVisible()

    # The meeting moves on: invited, held (three days early, after a question).
    asked = []
    monkeypatch.setattr(panel_module, "confirm_held_ahead",
                        lambda parent, day: asked.append(day) or True)
    panel.step_buttons[MeetingState.INVITED].click()
    panel.step_buttons[MeetingState.HELD].click()
    assert asked == [MEETING_DAY.strftime("%d.%m.%Y")]
    assert "durchgeführt" in panel.state_label.text()

    # Close, reopen: everything is in the file.
    with reopen() as store:
        meeting = store.meetings.get(meeting_id)
        assert meeting.state is MeetingState.HELD
        assert meeting.place == "Jugendwerk Leuchtturm, Kopenhagener Straße 5"
        items = store.agenda.list(meeting_id)
        assert items[3].title == "Modellregion festlegen"
        by_name = {}
        people = {p.id: p.full_name for p in store.people.list()}
        members = {m.id: people[m.person_id] for m in store.memberships.list(meeting.body_id)}
        for a in store.attendance.list(meeting_id):
            if a.membership_id:
                by_name[members[a.membership_id]] = a
        assert by_name["Ulrike Petersen"].status is AttendanceStatus.REPRESENTED
        assert people[by_name["Ulrike Petersen"].deputy_person_id] == "Jan Nowak"
        assert by_name["Holger Barth"].arrives_at_item_id == items[3].id
        assert by_name["Jörg Brandt"].status is AttendanceStatus.EXCUSED
        [stored] = store.decisions.for_agenda_item(items[3].id)
        assert stored.number == number_text
        assert stored.rule is DecisionRule.DOUBLE
        assert stored.outcome is Outcome.REJECTED
        assert stored.result_text == (
            "abgelehnt: keine Mehrheit bei Freie Träger "
            "(Verwaltung 5 : 0, Freie Träger 2 : 3, Enthaltung 1)")
        assert stored.wording == "Lütten Klein und Evershagen werden Modellregion."
        [task] = store.tasks.for_agenda_item(items[3].id)
        assert task.tandem
        assert {people[o.person_id] for o in task.owners} == {"Marco Wendt", "Piotr Kowalski"}
        rec = store.recommendations.get(rec_items[0].recommendation_id)
        assert rec.state is RecommendationState.PARTLY_ADOPTED
        assert rec.response_text.startswith("Zwei Sitze ja")


def test_undo_and_redo_of_an_agenda_edit(main_window, new_meeting, store_of):
    agenda = new_meeting.agenda
    agenda.standard_button.click()
    assert len(store_of.agenda.list(new_meeting.meeting.id)) == 6
    main_window.undo_action.trigger()
    assert store_of.agenda.list(new_meeting.meeting.id) == []
    assert agenda.model.rowCount() == 0
    main_window.redo_action.trigger()
    assert len(store_of.agenda.list(new_meeting.meeting.id)) == 6
    assert agenda.model.rowCount() == 6
    assert main_window.undo_action.text() == "&Rückgängig Standard-TOPs einfügen" or \
        "Standard-TOPs einfügen" in main_window.undo_action.text()


def test_end_before_start_is_refused_at_the_field(new_meeting, store_of, qtbot):
    panel = new_meeting
    panel.end.setFocus()
    panel.end.setText("08:00")
    panel.end.editingFinished.emit()
    assert panel.header_error.text() == "Das Ende der Sitzung muss nach dem Beginn liegen."
    assert store_of.meetings.get(panel.meeting.id).end_time == "12:00"


def test_empty_title_is_refused(new_meeting, store_of):
    agenda = new_meeting.agenda
    agenda.standard_button.click()
    index = agenda.model.index(0, 1)
    assert not agenda.model.setData(index, "   ")
    assert agenda.error_label.text() == "Der Tagesordnungspunkt braucht einen Titel."
    assert store_of.agenda.list(new_meeting.meeting.id)[0].title.startswith("Eröffnung")


def test_approved_minutes_cannot_be_edited(main_window, store_of):
    approved = next(m for m in store_of.meetings.list() if m.state is MeetingState.APPROVED)
    panel = main_window.meetings.open_meeting(approved.id)
    assert "genehmigt in der" in panel.lock_label.text()
    assert not panel.place.isEnabled()
    agenda = panel.agenda
    assert not agenda.add_button.isEnabled()
    assert not agenda.model.flags(agenda.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    item_panel = agenda.item_panel
    assert item_panel.notes.isReadOnly()
    # Even if a change reaches the store, the file refuses it.
    first = agenda.model.items[0]
    assert not agenda.model.setData(agenda.model.index(0, 1), "Anders")
    assert store_of.agenda.get(first.id).title == first.title
    assert panel.step_buttons == {}


def test_approving_asks_for_the_approving_meeting(main_window, store_of, monkeypatch):
    sent = next(m for m in store_of.meetings.list() if m.state is MeetingState.SENT)
    panel = main_window.meetings.open_meeting(sent.id)
    later = next(m for m in store_of.meetings.list(sent.body_id)
                 if m.date > sent.date and m.state is MeetingState.DRAFT)
    offered = []

    def choose(cls, parent, choices):
        offered.extend(choices)
        return ApprovalValues(later.id, store_of.meetings.approval_item(later.id).id)

    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(choose))
    panel.step_buttons[MeetingState.APPROVED].click()
    assert [c.meeting_id for c in offered] == [later.id]
    stored = store_of.meetings.get(sent.id)
    assert stored.state is MeetingState.APPROVED
    assert stored.approved_in_meeting_id == later.id
    assert f"genehmigt in der {later.number}. Sitzung" in panel.lock_label.text()
    assert panel.tabs.currentWidget() is panel.minutes_tab


def test_sending_the_minutes_records_the_circulation(main_window, store_of, monkeypatch):
    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    panel = main_window.meetings.open_meeting(draft.id)
    monkeypatch.setattr(CirculationDialog, "ask", classmethod(
        lambda cls, parent, recipients, sent_on, _recipients_for=None: CirculationValues(
            recipients, sent_on, "per E-Mail")))
    panel.step_buttons[MeetingState.SENT].click()
    assert store_of.meetings.get(draft.id).state is MeetingState.SENT
    [sent] = store_of.circulations.list(draft.id)
    assert "Stefan Ohmsen" in sent.recipients
    assert sent.note == "per E-Mail"


def test_typed_votes_survive_another_edit(main_window, store_of):
    """Notes saved meanwhile must not wipe votes the secretary is still typing."""
    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    agenda = main_window.meetings.open_meeting(draft.id).agenda
    agenda.select_item("Übertragung auf weitere Stadtteile")
    item_panel = agenda.item_panel
    editor = item_panel.decision_editor
    editor.set_votes("Freie Träger", 4, 1, 1)
    item_panel.notes.setPlainText("Diskussion über den Zeitplan.")
    item_panel.save_notes()
    assert store_of.agenda.get(agenda.selected_item().id).notes == "Diskussion über den Zeitplan."
    assert item_panel.decision_editor is editor
    assert [s.value() for s in editor.spins[editor.sides[1].id]] == [4, 1, 1]


def test_closing_the_window_keeps_what_is_being_typed(main_window, store_of, demo_file):
    from sro_desktop.store import Store

    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    agenda = main_window.meetings.open_meeting(draft.id).agenda
    item = agenda.select_item("Übertragung auf weitere Stadtteile")
    panel = agenda.item_panel
    panel.notes.setFocus()
    panel.notes.setPlainText("Noch während der Sitzung getippt.")
    panel.decision_editor.set_votes("Freie Träger", 5, 1, 0)
    main_window.close()
    with Store.open(demo_file) as store:
        assert store.agenda.get(item.id).notes == "Noch während der Sitzung getippt."
        [decision] = store.decisions.for_agenda_item(item.id)
        assert decision.result_text == "mehrheitlich angenommen (Ja 10, Nein 1, Enthaltung 0)"
