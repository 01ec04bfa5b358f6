"""The seat changes hands during a meeting (issue 11): "Wechsel ab TOP" in the attendance
list, for a member represented who arrives later and for a member present who hands
over to the deputy. Driven through the combo boxes of the table, found by its
accessible name; the file says what was stored."""

from __future__ import annotations

from acting import accept, choose, find, when_dialog
from PySide6.QtWidgets import QComboBox, QTableView

from sro_desktop.domain.enums import AttendanceStatus, MeetingState
from sro_desktop.ui.meetings.attendance_model import ARRIVES, DEPUTY, HANDOVER, LEAVES

A = AttendanceStatus


def draft_meeting(store):
    return next(m for m in store.meetings.list() if m.state is MeetingState.DRAFT
                and store.bodies.get(m.body_id).short == "SG")


def open_attendance(main_window, meeting):
    panel = main_window.meetings.open_meeting(meeting.id)
    panel.tabs.setCurrentWidget(panel.attendance)
    return panel.attendance, find(panel.attendance, QTableView, "Anwesenheitsliste")


def cell(table: QTableView, name: str, column: int) -> QComboBox:
    """The choice in the member's row, in that column."""
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if str(model.index(r, 0).data()).startswith(name))
    combo = table.indexWidget(model.index(row, column))
    assert isinstance(combo, QComboBox), (name, column)
    return combo


def attendance_of(store, meeting, name):
    person = next(p for p in store.people.list() if p.full_name == name)
    seat = next(m for m in store.memberships.list(meeting.body_id, on=meeting.date)
                if m.person_id == person.id)
    return next(a for a in store.attendance.list(meeting.id) if a.membership_id == seat.id)


def item_at(store, meeting, position):
    return next(i for i in store.agenda.list(meeting.id) if i.position == position)


def person_named(store, name):
    return next(p for p in store.people.list() if p.full_name == name)


def test_a_represented_member_takes_the_seat_over(main_window, store_of):
    meeting = draft_meeting(store_of)
    tab, table = open_attendance(main_window, meeting)
    combo = cell(table, "Ulrike Petersen", HANDOVER)
    assert combo.accessibleName() == "Wechsel ab TOP"
    assert combo.isEnabled()
    assert combo.currentText() == ""
    assert "Ulrike Petersen den Sitz selbst" in combo.toolTip()
    choose(combo, "TOP 4 ")
    stored = attendance_of(store_of, meeting, "Ulrike Petersen")
    assert stored.status is A.REPRESENTED
    assert stored.handover_at_item_id == item_at(store_of, meeting, 4).id
    assert stored.deputy_person_id == person_named(store_of, "Jan Nowak").id
    assert cell(table, "Ulrike Petersen", HANDOVER).currentText().startswith("TOP 4 ")
    assert not tab.error_label.isVisible()
    stack = main_window.context.undo_stack
    assert stack.undoText() == "Anwesenheit ändern"
    stack.undo()  # one step
    assert attendance_of(store_of, meeting, "Ulrike Petersen").handover_at_item_id is None
    assert cell(table, "Ulrike Petersen", HANDOVER).currentText() == ""
    stack.redo()
    assert attendance_of(store_of, meeting, "Ulrike Petersen").handover_at_item_id == \
        item_at(store_of, meeting, 4).id


def test_a_present_member_hands_over_to_the_deputy(main_window, store_of):
    """The seat's deputy by default; then the deputy column is open to choose another."""
    meeting = draft_meeting(store_of)
    tab, table = open_attendance(main_window, meeting)
    assert not cell(table, "Thomas Richter", DEPUTY).isEnabled()
    assert cell(table, "Thomas Richter", HANDOVER).isEnabled()
    choose(cell(table, "Thomas Richter", HANDOVER), "TOP 5 ")
    stored = attendance_of(store_of, meeting, "Thomas Richter")
    assert (stored.status, stored.handover_at_item_id, stored.deputy_person_id) == (
        A.PRESENT, item_at(store_of, meeting, 5).id, person_named(store_of, "Jan Nowak").id)
    deputy = cell(table, "Thomas Richter", DEPUTY)
    assert deputy.isEnabled()
    assert deputy.currentText() == "Jan Nowak"
    choose(deputy, "Carola Fuchs")
    stored = attendance_of(store_of, meeting, "Thomas Richter")
    assert stored.deputy_person_id == person_named(store_of, "Carola Fuchs").id
    assert stored.handover_at_item_id == item_at(store_of, meeting, 5).id  # kept
    # no handover any more: no deputy either
    choose(cell(table, "Thomas Richter", HANDOVER), "")
    stored = attendance_of(store_of, meeting, "Thomas Richter")
    assert (stored.handover_at_item_id, stored.deputy_person_id) == (None, None)
    assert not cell(table, "Thomas Richter", DEPUTY).isEnabled()


def test_a_handover_without_a_deputy_in_the_seat_asks_who(main_window, store_of):
    meeting = draft_meeting(store_of)
    tab, table = open_attendance(main_window, meeting)
    answered = when_dialog(lambda dialog: dialog.reject())
    choose(cell(table, "Jörg Brandt", HANDOVER), "TOP 5 ")
    assert answered.check() == "Vertretung"
    stored = attendance_of(store_of, meeting, "Jörg Brandt")
    assert (stored.handover_at_item_id, stored.deputy_person_id) == (None, None)
    assert cell(table, "Jörg Brandt", HANDOVER).currentText() == ""

    def krug(dialog):
        choose(find(dialog, QComboBox, "Vertreten durch"), "Krug, Heike")
        accept(dialog)

    answered = when_dialog(krug)
    choose(cell(table, "Jörg Brandt", HANDOVER), "TOP 5 ")
    answered.check()
    stored = attendance_of(store_of, meeting, "Jörg Brandt")
    assert stored.handover_at_item_id == item_at(store_of, meeting, 5).id
    assert stored.deputy_person_id == person_named(store_of, "Heike Krug").id
    assert cell(table, "Jörg Brandt", DEPUTY).currentText() == "Heike Krug"


def test_a_refused_handover_says_why_and_loses_nothing(main_window, store_of):
    meeting = draft_meeting(store_of)
    tab, table = open_attendance(main_window, meeting)
    choose(cell(table, "Thomas Richter", HANDOVER), "TOP 5 ")
    # arriving after the handover: refused, the handover and the arrival stay as stored
    choose(cell(table, "Thomas Richter", ARRIVES), "TOP 6 ")
    assert tab.error_label.isVisible()
    assert tab.error_label.text() == ("Der Wechsel zwischen Mitglied und Stellvertretung "
                                      "liegt zwischen Eintreffen und Abgang.")
    stored = attendance_of(store_of, meeting, "Thomas Richter")
    assert (stored.arrives_at_item_id, stored.handover_at_item_id) == (
        None, item_at(store_of, meeting, 5).id)
    assert cell(table, "Thomas Richter", ARRIVES).currentText() == "von Beginn"
    assert cell(table, "Thomas Richter", HANDOVER).currentText().startswith("TOP 5 ")
    # a handover at the first TOP is none
    choose(cell(table, "Thomas Richter", HANDOVER), "TOP 1 ")
    assert tab.error_label.text().startswith("Ein Wechsel beim ersten TOP ist keiner")
    assert attendance_of(store_of, meeting, "Thomas Richter").handover_at_item_id == \
        item_at(store_of, meeting, 5).id
    # a departure after the handover is fine; the message goes
    choose(cell(table, "Thomas Richter", LEAVES), "TOP 7 ")
    assert not tab.error_label.isVisible()
    stored = attendance_of(store_of, meeting, "Thomas Richter")
    assert (stored.leaves_at_item_id, stored.handover_at_item_id) == (
        item_at(store_of, meeting, 7).id, item_at(store_of, meeting, 5).id)


def test_excused_keeps_no_handover(main_window, store_of):
    meeting = draft_meeting(store_of)
    tab, table = open_attendance(main_window, meeting)
    choose(cell(table, "Thomas Richter", HANDOVER), "TOP 5 ")
    tab.set_status("Thomas Richter", A.EXCUSED)
    stored = attendance_of(store_of, meeting, "Thomas Richter")
    assert (stored.status, stored.handover_at_item_id, stored.deputy_person_id) == (
        A.EXCUSED, None, None)
    assert not cell(table, "Thomas Richter", HANDOVER).isEnabled()
