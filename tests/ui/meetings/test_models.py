"""The meeting view's models pass Qt's own model checks, and agenda edits reach the file."""

from __future__ import annotations

from acting import accept, find, type_text, when_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from waiting import WAIT_MS

from sro_desktop.domain.enums import AgendaKind, AttendanceStatus, MeetingState


def _meeting_with_agenda(store, state):
    return next(m for m in store.meetings.list() if m.state is state
                and store.agenda.list(m.id))


def test_meeting_list_model(main_window, qtmodeltester):
    model = main_window.meetings.model
    assert model.rowCount() == len(main_window.context.s.meetings.list())
    qtmodeltester.check(model, force_py=True)


def test_agenda_model(main_window, store_of, qtmodeltester):
    meeting = _meeting_with_agenda(store_of, MeetingState.DRAFT)
    panel = main_window.meetings.open_meeting(meeting.id)
    model = panel.agenda.model
    assert model.rowCount() == len(store_of.agenda.list(meeting.id))
    qtmodeltester.check(model, force_py=True)


def test_attendance_model(main_window, store_of, qtmodeltester):
    meeting = _meeting_with_agenda(store_of, MeetingState.DRAFT)
    panel = main_window.meetings.open_meeting(meeting.id)
    panel.tabs.setCurrentWidget(panel.attendance)
    model = panel.attendance.model
    ctx = store_of.meetings.context(meeting.id)
    recorded = {a.membership_id: a for a in ctx.attendance if a.membership_id}
    assert model.rowCount() == len(ctx.members)
    assert recorded, "the demo meeting has its attendance"
    for row in range(model.rowCount()):
        attendance = recorded.get(model.rows[row].member.id)
        status = model.index(row, 2)
        assert status.data() == (attendance.status.label if attendance else "– nicht erfasst –")
        assert bool(status.flags() & Qt.ItemFlag.ItemIsEditable)
        editor = panel.attendance.table.indexWidget(status)  # the combo box, always open
        assert editor.currentText() == status.data()
        assert editor.accessibleName() == f"Status von {model.rows[row].name}"
    qtmodeltester.check(model, force_py=True)


def test_attendance_choices_follow_the_status(main_window, store_of):
    """The deputy is chosen only for "vertreten", arrival and departure only for those
    there; a refusal of the store reaches the tab."""
    meeting = _meeting_with_agenda(store_of, MeetingState.DRAFT)
    panel = main_window.meetings.open_meeting(meeting.id)
    panel.tabs.setCurrentWidget(panel.attendance)
    tab = panel.attendance
    model = tab.model
    there = (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)
    assert AttendanceStatus.PRESENT in {row.status for row in model.rows}
    for row in range(model.rowCount()):
        status = model.rows[row].status
        editable = [bool(model.index(row, c).flags() & Qt.ItemFlag.ItemIsEditable)
                    for c in (3, 4, 5)]
        assert editable == [status is AttendanceStatus.REPRESENTED,
                            status in there, status in there]
        assert [tab.table.indexWidget(model.index(row, c)).isEnabled()
                for c in (3, 4, 5)] == editable
    # "vertreten" for a member without a deputy in the seat asks who represents:
    # cancelled, nothing changes; a new name becomes a person of the file, one undo step
    without_deputy = next(r for r in model.rows if not r.member.deputy_person_id)
    before = model.rows[model.row_of(without_deputy.name)].status
    answered = when_dialog(lambda dialog: dialog.reject())
    tab.set_status(without_deputy.name, AttendanceStatus.REPRESENTED)
    assert answered.check() == "Vertretung"
    assert model.rows[model.row_of(without_deputy.name)].status is before
    people = len(store_of.people.list())

    def new_person(dialog):
        type_text(find(dialog, QLineEdit, "Name der neuen Person"), "Rita Ruf")
        accept(dialog)

    answered = when_dialog(new_person)
    tab.set_status(without_deputy.name, AttendanceStatus.REPRESENTED)
    answered.check()
    row = model.rows[model.row_of(without_deputy.name)]
    assert row.status is AttendanceStatus.REPRESENTED
    deputy = store_of.people.get(row.attendance.deputy_person_id)
    assert (deputy.first_name, deputy.last_name) == ("Rita", "Ruf")
    main_window.undo_action.trigger()  # the attendance and the new person: one step
    assert len(store_of.people.list()) == people


def test_agenda_cells_edit_the_store(main_window, store_of, qtbot):
    meeting = _meeting_with_agenda(store_of, MeetingState.DRAFT)
    model = main_window.meetings.open_meeting(meeting.id).agenda.model
    item = model.items[5]
    assert model.setData(model.index(5, 2), AgendaKind.DECISION)
    assert model.setData(model.index(5, 4), "25")
    assert model.setData(model.index(5, 6), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    stored = store_of.agenda.get(item.id)
    assert (stored.kind, stored.duration_minutes, stored.public) == (
        AgendaKind.DECISION, 25, True)
    # the table reloads once the cell's editor is done: 09:00 + 5+5+10+15+45+25 minutes
    qtbot.waitUntil(lambda: model.starts[model.items[6].id] == "10:45", timeout=WAIT_MS)
    assert not model.setData(model.index(5, 4), "zwanzig")
    assert store_of.agenda.get(item.id).duration_minutes == 25


def test_search_hit_jumps_to_the_agenda_item(main_window, store_of):
    meeting = _meeting_with_agenda(store_of, MeetingState.DRAFT)
    item = store_of.agenda.list(meeting.id)[4]
    main_window.go_to("agenda_items", item.id)
    panel = main_window.meetings.panel
    assert main_window.stack.currentWidget() is main_window.meetings
    assert panel.meeting.id == meeting.id
    assert panel.tabs.currentWidget() is panel.agenda
    assert panel.agenda.selected_item().id == item.id
    assert panel.agenda.item_panel.heading.text().startswith(f"TOP {item.position} ·")


def test_attendance_combo_boxes_show_each_meeting_opened(main_window, store_of, qtmodeltester):
    """Meetings opened one after another, of bodies with more and fewer members: every
    combo box shows its own row of the meeting open now (the combo boxes stay while the
    rows change), a member is never offered as their own deputy, and the TOP choices
    are this meeting's."""
    view = main_window.meetings
    main_window.show_view(main_window.views.index(view))
    by_members: dict[int, str] = {}
    for meeting in store_of.meetings.list():
        by_members.setdefault(len(store_of.meetings.context(meeting.id).members), meeting.id)
    assert len(by_members) >= 2, "the demo has bodies of different sizes"
    sizes = sorted(by_members)
    tab = view.panel.attendance
    model = tab.model
    qtmodeltester.check(model, force_py=True)
    for size in [*sizes, *reversed(sizes), sizes[0], sizes[-1]]:  # more, fewer, as many
        meeting_id = by_members[size]
        view.open_meeting(meeting_id)
        ctx = store_of.meetings.context(meeting_id)
        recorded = {a.membership_id: a for a in ctx.attendance if a.membership_id}
        tops = [f"TOP {i.position} {i.title}"[:48] for i in ctx.items]
        assert model.rowCount() == size == len(ctx.members)
        for row in range(size):
            member = model.rows[row].member
            attendance = recorded.get(member.id)
            status = tab.choice(row, 2)
            assert status.accessibleName() == f"Status von {model.rows[row].name}"
            assert status.currentText() == (attendance.status.label if attendance
                                            else "– nicht erfasst –")
            deputy = tab.choice(row, 3)
            offered = [deputy.itemData(i) for i in range(deputy.count())]
            assert member.person_id not in offered
            assert len(offered) == len(store_of.people.list())  # "" and all others
            assert deputy.currentText() == model.index(row, 3).data()
            for column in (4, 5, 6):
                combo = tab.choice(row, column)
                assert [combo.itemText(i) for i in range(1, combo.count())] == tops
                assert combo.currentText() == model.index(row, column).data()


def test_the_agenda_tab_shows_the_meeting_opened_while_it_was_hidden(main_window, store_of):
    """The Tagesordnung tab reads a meeting chosen while another tab is shown when it is
    shown itself: its items, the first selected, and edits keep it up to date."""
    view = main_window.meetings
    main_window.show_view(main_window.views.index(view))
    panel = view.panel
    panel.tabs.setCurrentWidget(panel.attendance)
    with_items = [m for m in store_of.meetings.list() if store_of.agenda.list(m.id)]
    first = with_items[0]
    second = next(m for m in with_items if m.state in (MeetingState.PLANNED, MeetingState.DRAFT)
                  and m.id != first.id)
    view.open_meeting(first.id)
    view.open_meeting(second.id)
    panel.tabs.setCurrentIndex(1)  # "Tagesordnung", as a click on the tab
    agenda = panel.tabs.currentWidget()
    items = store_of.agenda.list(second.id)
    assert [i.id for i in agenda.model.items] == [i.id for i in items]
    assert agenda.selected_item().id == items[0].id
    assert agenda.item_panel.heading.text().startswith(f"TOP {items[0].position} ·")
    panel.tabs.setCurrentWidget(panel.attendance)
    main_window.context.edit("Titel", store_of.agenda.update, items[0].id, title="Neu")
    assert agenda.model.items[0].title == "Neu"  # read once, it keeps up while hidden
