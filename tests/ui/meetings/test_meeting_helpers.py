"""Helpers of the Sitzungen view (issue 10): a TOP deferred, "Alle anwesend", a new
meeting's chair and minute-taker, a meeting held before its day, the exports saying
where they went and offering "eingeladen", the agenda's title column at 1366×768.
Driven through the real widgets, found by their accessible names; the file says what
was stored."""

from __future__ import annotations

from pinned import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from sro_desktop.domain.calendar import german_date
from sro_desktop.domain.enums import AttendanceStatus, MeetingState, Role
from sro_desktop.ui.meetings import minutes_tab
from sro_desktop.ui.meetings import panel as panel_module
from sro_desktop.ui.meetings.agenda import PRESENTER, TITLE
from sro_desktop.ui.meetings.view import NewMeetingDialog

A = AttendanceStatus
S = MeetingState
TOPIC = "Übertragung auf weitere Stadtteile"


def named(parent, kind, name):
    [widget] = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    return widget


def sg_meeting(store, state):
    return next(m for m in store.meetings.list() if m.state is state
                and store.bodies.get(m.body_id).short == "SG")


def open_tab(main_window, meeting, tab):
    panel = main_window.meetings.open_meeting(meeting.id)
    widget = getattr(panel, tab)
    panel.tabs.setCurrentWidget(widget)
    return panel, widget


# -- vertagt -------------------------------------------------------------------------------


def test_a_top_is_deferred_with_one_click_and_one_undo_step(main_window, store_of, qtbot,
                                                             reopen):
    draft = sg_meeting(store_of, S.DRAFT)
    panel, agenda = open_tab(main_window, draft, "agenda")
    item = agenda.select_item(TOPIC)
    box = named(agenda, QCheckBox, "TOP vertagt")
    assert box.isEnabled()
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert store_of.agenda.get(item.id).deferred
    row = agenda.select_item(item.id).position - 1
    assert agenda.model.index(row, TITLE).data() == f"{TOPIC} (vertagt)"
    assert agenda.model.index(row, TITLE).data(Qt.ItemDataRole.EditRole) == TOPIC
    panel.tabs.setCurrentWidget(panel.minutes_tab)
    assert "Der Tagesordnungspunkt wurde vertagt." in panel.minutes_tab.preview.toPlainText()

    context = main_window.context
    assert context.undo_stack.undoText() == "TOP vertagen"
    context.undo_stack.undo()
    assert not store_of.agenda.get(item.id).deferred
    panel.tabs.setCurrentWidget(agenda)
    assert not box.isChecked()
    context.undo_stack.redo()
    assert box.isChecked()

    # Another TOP shows its own state; "Offene Punkte übernehmen" brings the deferred one in.
    other = agenda.select_item("Verschiedenes")
    assert not box.isChecked()
    assert not other.deferred
    later = sg_meeting(store_of, S.INVITED)
    main_window.context.edit("Offene Punkte", store_of.agenda.carry_over, later.id)
    with reopen() as store:
        assert store.agenda.get(item.id).deferred
        assert TOPIC in [i.title for i in store.agenda.list(later.id)]


def test_the_deferral_is_locked_with_approved_minutes(main_window, store_of):
    _panel, agenda = open_tab(main_window, sg_meeting(store_of, S.APPROVED), "agenda")
    assert not named(agenda, QCheckBox, "TOP vertagt").isEnabled()


# -- Alle anwesend -----------------------------------------------------------------------------


def test_all_present_keeps_excused_and_represented(main_window, store_of, qtbot, reopen):
    meeting = sg_meeting(store_of, S.INVITED)
    members = store_of.memberships.list(meeting.body_id, on=meeting.date)
    excused = members[0]
    represented = next(m for m in members if m.deputy_person_id and m is not excused)
    store_of.attendance.set(meeting.id, excused.id, A.EXCUSED)
    store_of.attendance.set(meeting.id, represented.id, A.REPRESENTED)
    _panel, tab = open_tab(main_window, meeting, "attendance")
    button = named(tab, QPushButton, "Alle anwesend")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # no one is left without a status
    assert tab.model.rows[0].status is not None
    context = main_window.context
    assert context.undo_stack.undoText() == "Alle anwesend"
    context.undo_stack.undo()  # one step: every member marked at once
    assert len(store_of.attendance.list(meeting.id)) == 2
    context.undo_stack.redo()
    with reopen() as store:
        status = {a.membership_id: a.status for a in store.attendance.list(meeting.id)}
    assert status == {m.id: (A.EXCUSED if m.id == excused.id else A.REPRESENTED
                             if m.id == represented.id else A.PRESENT) for m in members}


# -- a new meeting's chair and minute-taker ------------------------------------------------


def test_a_new_meeting_takes_chair_and_minute_taker_from_the_roles(main_window, store_of,
                                                                   monkeypatch):
    body = store_of.bodies.resolve("SG")
    day = TODAY.replace(year=TODAY.year + 1)
    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(
        lambda cls, parent, bodies, body_id: {"body_id": body.id, "day": day,
                                              "start_time": "09:00", "end_time": "12:00",
                                              "place": "Rathaus"}))
    view = main_window.meetings
    view.new_button.click()
    meeting = store_of.meetings.get(view.panel.meeting.id)
    members = store_of.memberships.list(body.id, on=day)
    chair = next(m.person_id for m in members if m.role is Role.CHAIR)
    writer = next(m.person_id for m in members if m.role is Role.MINUTES)
    assert (meeting.chair_person_id, meeting.minute_taker_person_id) == (chair, writer)
    assert view.panel.chair.currentData() == chair
    assert view.panel.minutes.currentData() == writer


def test_without_a_sole_chair_nothing_is_prefilled(main_window, store_of, monkeypatch):
    body = store_of.bodies.resolve("JHA")
    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(
        lambda cls, parent, bodies, body_id: {"body_id": body.id, "day": TODAY,
                                              "start_time": "", "end_time": "",
                                              "place": ""}))
    main_window.meetings.new_button.click()
    meeting = store_of.meetings.get(main_window.meetings.panel.meeting.id)
    assert (meeting.chair_person_id, meeting.minute_taker_person_id) == (None, None)


# -- durchgeführt before the day ---------------------------------------------------------------


def test_a_meeting_ahead_is_marked_held_only_after_a_question(main_window, store_of, qtbot,
                                                              monkeypatch):
    meeting = sg_meeting(store_of, S.INVITED)
    assert meeting.date > TODAY
    panel = main_window.meetings.open_meeting(meeting.id)
    asked, answer = [], [False]
    monkeypatch.setattr(panel_module, "confirm_held_ahead",
                        lambda parent, day: asked.append(day) or answer[0])
    qtbot.mouseClick(panel.step_buttons[S.HELD], Qt.MouseButton.LeftButton)
    assert asked == [german_date(meeting.date)]
    assert store_of.meetings.get(meeting.id).state is S.INVITED  # refused: unchanged
    assert main_window.context.undo_stack.count() == 0
    answer[0] = True
    qtbot.mouseClick(panel.step_buttons[S.HELD], Qt.MouseButton.LeftButton)
    assert store_of.meetings.get(meeting.id).state is S.HELD


def test_the_question_names_the_day(app, qtbot, monkeypatch):
    seen = []

    def question(parent, title, text, buttons, default):
        seen.append((title, text, default))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(panel_module.QMessageBox, "question", question)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert panel_module.confirm_held_ahead(parent, "11.12.2026") is False
    assert seen == [("Sitzung in der Zukunft", "Die Sitzung liegt in der Zukunft (11.12.2026). "
                     "Trotzdem als durchgeführt markieren?", QMessageBox.StandardButton.No)]


def test_a_meeting_of_today_is_marked_held_without_a_question(main_window, store_of,
                                                              monkeypatch):
    meeting = sg_meeting(store_of, S.INVITED)
    main_window.context.edit("Datum", store_of.meetings.update, meeting.id, date=TODAY)
    panel = main_window.meetings.open_meeting(meeting.id)
    monkeypatch.setattr(panel_module, "confirm_held_ahead",
                        lambda parent, day: (_ for _ in ()).throw(AssertionError("asked")))
    panel.step_buttons[S.HELD].click()
    assert store_of.meetings.get(meeting.id).state is S.HELD


# -- exports ---------------------------------------------------------------------------------


def test_the_invitation_says_where_it_went_and_offers_invited(main_window, store_of,
                                                              tmp_path, monkeypatch, reopen):
    planned = sg_meeting(store_of, S.PLANNED)
    _panel, tab = open_tab(main_window, planned, "minutes_tab")
    target = tmp_path / "Einladung.docx"
    monkeypatch.setattr(minutes_tab, "ask_export_path", lambda parent, title, name: target)
    monkeypatch.setattr(minutes_tab.QMessageBox, "information", lambda *args: None)
    offered, answer = [], [False]
    monkeypatch.setattr(minutes_tab, "confirm_mark_invited",
                        lambda parent: offered.append(True) or answer[0])
    tab.invitation_button.click()
    assert target.exists()
    assert str(target) in main_window.statusBar().currentMessage()
    assert offered == [True]
    assert store_of.meetings.get(planned.id).state is S.PLANNED  # no: stays planned

    answer[0] = True
    tab.invitation_button.click()
    assert store_of.meetings.get(planned.id).state is S.INVITED
    context = main_window.context
    assert context.undo_stack.undoText() == "Zustand: eingeladen"
    context.undo_stack.undo()
    assert store_of.meetings.get(planned.id).state is S.PLANNED
    context.undo_stack.redo()

    # An invited meeting is not asked again.
    tab.invitation_button.click()
    assert offered == [True, True]
    with reopen() as store:
        assert store.meetings.get(planned.id).state is S.INVITED


def test_the_minutes_say_where_they_went(main_window, store_of, tmp_path, monkeypatch):
    _panel, tab = open_tab(main_window, sg_meeting(store_of, S.DRAFT), "minutes_tab")
    target = tmp_path / "Niederschrift.docx"
    monkeypatch.setattr(minutes_tab, "ask_export_path", lambda parent, title, name: target)
    monkeypatch.setattr(minutes_tab, "confirm_mark_invited",
                        lambda parent: (_ for _ in ()).throw(AssertionError("asked")))
    tab.export_button.click()
    assert main_window.statusBar().currentMessage() == f"Exportiert nach {target}"


# -- the agenda at 1366×768 ------------------------------------------------------------------


def test_the_title_column_takes_the_room_at_1366_by_768(main_window, store_of, qtbot):
    main_window.resize(1366, 768)
    _panel, agenda = open_tab(main_window, sg_meeting(store_of, S.DRAFT), "agenda")
    qtbot.waitUntil(lambda: agenda.table.viewport().width() > 0)
    header = agenda.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[TITLE] == max(widths)
    assert widths[TITLE] >= 150, widths
    assert widths[PRESENTER] <= 100
    assert not agenda.table.wordWrap()
    row = agenda.select_item(TOPIC).position - 1
    assert agenda.model.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole) == TOPIC
