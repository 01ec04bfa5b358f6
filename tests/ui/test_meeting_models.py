"""The meeting view's models pass Qt's own model checks, and agenda edits reach the file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sro_desktop.domain.enums import AgendaKind, MeetingState


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


def test_agenda_cells_edit_the_store(main_window, store_of):
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
    starts = model.starts
    assert starts[model.items[6].id] == "10:45"  # 09:00 + 5+5+10+15+45+25 minutes
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
