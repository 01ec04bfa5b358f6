"""The Meilensteine view: the timeline by quarter, today marked, selection by click and keys."""

from __future__ import annotations

from pinned import TODAY
from PySide6.QtCore import QPoint, Qt
from waiting import wait_for

from sro_desktop.domain.calendar import quarter_of
from sro_desktop.domain.enums import MilestoneState
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.milestones.timeline import (
    STATE_COLOURS,
    TODAY_BACKGROUND,
    TODAY_COLOUR,
    TimelineWidget,
)
from sro_desktop.ui.milestones.view import MilestonesView

FACHKONZEPT = "Fachkonzept Sozialraumorientierung erarbeitet"
TRANSFER = "Übertragung auf die gesamte Hansestadt nach JHA-Beschluss"


def open_view(window: MainWindow) -> MilestonesView:
    window.show_view(window.views.index(window.milestones))
    wait_for(lambda: not window.milestones.details_pending())  # details after the paint
    view = window.milestones
    assert view.isVisible()
    return view


def index_of(timeline: TimelineWidget, title: str) -> int:
    return [i.milestone.title for i in timeline.items].index(title)


def click(qtbot, view: MilestonesView, index: int) -> None:
    timeline = view.timeline
    card = timeline.card_rect(index)
    view.timeline_scroll.ensureVisible(card.center().x(), card.center().y())
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=card.center())


def test_timeline_holds_every_milestone_in_its_quarter(main_window, store_of):
    view = open_view(main_window)
    timeline = view.timeline
    stored = store_of.milestones.list()
    assert [i.milestone.id for i in timeline.items] == [m.id for m in stored]
    bounds = timeline.rect()
    for index, item in enumerate(timeline.items):
        m = item.milestone
        column = timeline.quarter_rect(m.target_year, m.target_quarter)
        card = timeline.card_rect(index)
        assert column.left() <= card.left() < column.right()
        assert column.left() <= timeline.marker_point(index).x() <= column.right()
        assert bounds.contains(card)
        assert (item.done, item.counted) == store_of.milestones.progress(m.id)
    # cards never overlap: a milestone that would collide goes to the next lane
    cards = [timeline.card_rect(n) for n in range(len(timeline.items))]
    assert not any(a.intersects(b) for n, a in enumerate(cards) for b in cards[n + 1:])


def test_quarters_run_from_2017_to_a_year_after_the_latest(main_window, store_of):
    timeline = open_view(main_window).timeline
    quarters = timeline.quarters()
    assert quarters[0] == (2017, 1)
    latest = max((m.target_year, m.target_quarter) for m in store_of.milestones.list())
    assert quarters[-1] >= (latest[0] + 1, latest[1])
    assert quarters[-1][1] == 4  # whole years
    assert timeline.quarter_text(2018, 1) == "I/2018"
    assert timeline.quarter_text(2018, 3) == "III/2018"
    assert timeline.width() >= timeline.sizeHint().width()


def test_todays_quarter_is_marked(main_window):
    view = open_view(main_window)
    timeline = view.timeline
    today = TODAY
    assert timeline.today_quarter() == (today.year, quarter_of(today))
    column = timeline.quarter_rect(today.year, quarter_of(today))
    x = timeline.today_x()
    assert column.left() <= x <= column.right()
    # the quarter's column is shaded and the day has its line, drawn on the widget
    far = column.left() + 3 if x - column.left() > column.width() // 2 else column.right() - 3
    image = timeline.grab().toImage()
    assert image.pixelColor(QPoint(far, timeline.height() - 4)) == TODAY_BACKGROUND
    line = [image.pixelColor(QPoint(x, y)) for y in range(timeline.lanes_top,
                                                           timeline.height() - 2)]
    assert sum(c == TODAY_COLOUR for c in line) > len(line) // 3  # dashed
    # and today is in view when the view opens
    left = view.timeline_scroll.horizontalScrollBar().value()
    assert left <= x <= left + view.timeline_scroll.viewport().width()
    assert "Heute ist der" in timeline.accessibleDescription()


def test_markers_are_coloured_by_state(main_window):
    view = open_view(main_window)
    timeline = view.timeline
    image = timeline.grab().toImage()
    for index, item in enumerate(timeline.items):
        if index == timeline.current:
            continue
        marker = timeline.marker_point(index)
        assert image.pixelColor(marker) == STATE_COLOURS[item.milestone.state]
    states = {i.milestone.state for i in timeline.items}
    assert {MilestoneState.REACHED, MilestoneState.IN_PROGRESS,
            MilestoneState.PLANNED} <= states


def test_accessible_name_and_description_list_the_milestones(main_window, store_of):
    timeline = open_view(main_window).timeline
    assert timeline.accessibleName() == "Zeitleiste der Meilensteine"
    description = timeline.accessibleDescription()
    for milestone in store_of.milestones.list():
        assert milestone.title in description
    assert "III. Quartal 2018" in description
    done, counted = store_of.milestones.progress(
        next(m.id for m in store_of.milestones.list() if m.title == TRANSFER))
    assert f"{TRANSFER}, I. Quartal 2021, in Arbeit, {done}/{counted} Aufgaben erledigt" \
        in description


def test_click_selects_and_shows_details(main_window, store_of, qtbot, qtmodeltester):
    view = open_view(main_window)
    timeline = view.timeline
    index = index_of(timeline, FACHKONZEPT)
    click(qtbot, view, index)
    assert timeline.current == index
    assert view.heading.text() == FACHKONZEPT
    assert view.target_label.text() == "III. Quartal 2018"
    assert view.state_combo.currentText() == "erreicht"
    assert view.level_label.text() == "strategisch"
    assert view.dimension_label.text() == "Prozessqualität"
    assert view.focus_label.text() == "Hilfen zur Erziehung"
    assert view.body_label.text() == "Steuerungsgruppe Sozialraumorientierung"
    assert f"Ausgewählt: {FACHKONZEPT}" in timeline.accessibleDescription()

    # a milestone with tasks lists them, with its progress
    index = index_of(timeline, TRANSFER)
    click(qtbot, view, index)
    milestone = timeline.items[index].milestone
    tasks = store_of.tasks.list(milestone_id=milestone.id)
    done, counted = store_of.milestones.progress(milestone.id)
    assert tasks
    assert view.progress_label.text() == f"{done}/{counted} Aufgaben erledigt"
    assert view.tasks_model.rowCount() == len(tasks)
    assert [view.tasks_model.index(r, 0).data() for r in range(len(tasks))] == [
        t.title for t in tasks]
    assert view.tasks_heading.text() == f"Aufgaben zu diesem Meilenstein ({len(tasks)})"
    qtmodeltester.check(view.tasks_model)

    # a click beside the cards changes nothing
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(2, timeline.height() - 2))
    assert timeline.current == index


def test_keys_select_previous_and_next(main_window, qtbot):
    view = open_view(main_window)
    timeline = view.timeline
    timeline.setFocus()
    start = index_of(timeline, FACHKONZEPT)
    timeline.select(start)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current == start + 1
    assert view.heading.text() == timeline.items[start + 1].milestone.title
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current == start - 1
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.current == 0
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current == 0  # stays at the first
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    last = len(timeline.items) - 1
    assert timeline.current == last
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current == last
    # the selected card is scrolled into view
    card = timeline.card_rect(last)
    left = view.timeline_scroll.horizontalScrollBar().value()
    assert left <= card.left()
    assert card.right() <= left + view.timeline_scroll.viewport().width()


def test_earlier_and_later_buttons(main_window, qtbot):
    view = open_view(main_window)
    earlier, later = view.off_screen()
    assert earlier, "the demo's first milestones lie years before today"
    assert view.earlier_button.text() == f"◀ {len(earlier)} &frühere"
    qtbot.mouseClick(view.earlier_button, Qt.MouseButton.LeftButton)
    assert view.timeline.current == earlier[-1]
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    left = view.timeline_scroll.horizontalScrollBar().value()
    assert left <= view.timeline.today_x() <= left + view.timeline_scroll.viewport().width()


def test_state_change_is_stored_and_undone(main_window, store_of, qtbot):
    view = open_view(main_window)
    timeline = view.timeline
    index = index_of(timeline, TRANSFER)
    click(qtbot, view, index)
    milestone_id = timeline.items[index].milestone.id
    combo = view.state_combo
    combo.setCurrentIndex(combo.findData(MilestoneState.DELAYED))
    combo.activated.emit(combo.currentIndex())
    assert store_of.milestones.get(milestone_id).state is MilestoneState.DELAYED
    assert timeline.items[timeline.current].milestone.id == milestone_id  # still selected
    assert timeline.items[timeline.current].milestone.state is MilestoneState.DELAYED
    assert main_window.context.undo_stack.undoText() == "Status des Meilensteins ändern"
    main_window.undo_action.trigger()
    assert store_of.milestones.get(milestone_id).state is MilestoneState.IN_PROGRESS
    assert view.state_combo.currentText() == "in Arbeit"


def test_show_record_selects_the_milestone(main_window, store_of):
    view = main_window.milestones
    milestone = next(m for m in store_of.milestones.list() if m.title == FACHKONZEPT)
    assert view.show_record("milestones", milestone.id) is True
    assert view.current_milestone().id == milestone.id
    assert view.show_record("milestones", "gibt-es-nicht") is False
    assert view.show_record("tasks", milestone.id) is False


def test_new_milestone_appears_after_an_edit(main_window, store_of):
    view = open_view(main_window)
    before = len(view.timeline.items)
    main_window.context.edit("Meilenstein", store_of.milestones.add,
                             "Evaluation abgeschlossen", TODAY.year + 3, 2)
    assert len(view.timeline.items) == before + 1
    assert view.timeline.quarters()[-1] >= (TODAY.year + 4, 2)
    main_window.undo_action.trigger()
    assert len(view.timeline.items) == before


def test_empty_file_shows_an_empty_timeline(main_window, qtbot, tmp_path):
    assert main_window.open_file(tmp_path / "leer.sro", create=True)
    view = open_view(main_window)
    assert view.timeline.items == []
    assert view.timeline.quarters()[0] == (2017, 1)
    today = TODAY
    assert view.timeline.quarters()[-1] >= (today.year, quarter_of(today))
    assert view.placeholder.isVisible()
    assert "keine Meilensteine" in view.timeline.accessibleDescription()
    view.timeline.setFocus()
    qtbot.keyClick(view.timeline, Qt.Key.Key_Right)  # nothing to select, nothing breaks
    assert view.timeline.current == -1
    assert view.count_label.text() == "0 von 0 Meilensteinen erreicht"
