"""The Aufgaben view on a real window and a real file: filters, colours, editing in place
with undo, the workload chart, the navigation count, and the large demo in pages."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pinned import TODAY
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit
from waiting import WAIT_MS

from sro_desktop.domain.enums import TaskState
from sro_desktop.domain.tasks import ACTIVE_STATES, is_overdue
from sro_desktop.store import Store
from sro_desktop.ui.common.palette import (
    DONE,
    DUE_SOON,
    OPEN,
    OVERDUE,
    OVERDUE_BACKGROUND,
)
from sro_desktop.ui.tasks.model import DUE, REPORT, STATE, TITLE
from sro_desktop.ui.tasks.view import TasksView

FG = Qt.ItemDataRole.ForegroundRole
BG = Qt.ItemDataRole.BackgroundRole


@pytest.fixture
def view(main_window) -> TasksView:
    main_window.show_view(main_window.views.index(main_window.tasks))
    assert main_window.tasks.isVisible()
    return main_window.tasks


def shown_ids(view: TasksView) -> list[str]:
    while view.model.canFetchMore():
        view.model.fetchMore()
    return [view.model.record(row).id for row in range(view.model.rowCount())]


def row_of(view: TasksView, task_id: str) -> int:
    row = view.model.row_of(task_id)
    assert row is not None
    return row


def start_editing(qtbot, view: TasksView, row: int, column: int):
    """Go to the cell and press F2, as the keyboard user does; return the editor."""
    index = view.model.index(row, column)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.indexWidget(index)
    assert editor is not None, "no editor opened"
    return editor


# -- the model ------------------------------------------------------------------------------


def test_model_passes_the_model_tester(view, qtmodeltester, choose):
    qtmodeltester.check(view.model)
    choose(view.filter_bar.state_filter, "all")
    qtmodeltester.check(view.model)


def test_starts_with_the_unfinished_tasks_in_the_stores_order(view, store_of):
    assert view.filter_bar.state_filter.currentText() == "unerledigt (offen, in Arbeit)"
    assert shown_ids(view) == [t.id for t in store_of.tasks.list(active=True)]
    assert view.filter_bar.count_label.text() == \
        f"{store_of.tasks.count_matching(active=True)} Aufgaben"
    assert not view.table.isSortingEnabled()


def test_rows_show_owners_tandem_sides_and_report_meeting(view, store_of):
    task = next(t for t in store_of.tasks.list(active=True)
                if t.tandem and t.report_meeting_id)
    row = row_of(view, task.id)
    texts = [view.model.index(row, c).data() for c in range(view.model.columnCount())]
    people = [store_of.people.get(o.person_id) for o in task.owners]
    meeting = store_of.meetings.get(task.report_meeting_id)
    assert texts[0] == task.due_date.strftime("%d.%m.%Y")
    assert texts[1] == task.title
    assert texts[2] == "Tandem: " + " / ".join(
        f"{p.first_name[0]}. {p.last_name}" for p in people)
    assert texts[3] == "Verwaltung / Freie Träger"
    assert texts[4] == "SG"
    assert texts[5] == {TaskState.OPEN: "offen", TaskState.IN_PROGRESS: "in Arbeit"}[task.state]
    assert texts[6] == f"{meeting.number}. Sitzung · {meeting.date.strftime('%d.%m.%Y')}"
    assert texts[7] == store_of.milestones.get(task.milestone_id).title
    tooltip = view.model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Tandem" in tooltip
    assert people[0].full_name in tooltip


def test_a_page_of_rows_costs_a_fixed_number_of_queries(view, store_of, choose):
    """Owner names, bodies and meetings come from memory, not one query per row."""
    seen = []
    store_of.db._tracer = lambda sql, params: seen.append(sql)
    try:
        choose(view.filter_bar.state_filter, "all")
        for row in range(view.model.rowCount()):
            for column in range(view.model.columnCount()):
                view.model.index(row, column).data()
                view.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    finally:
        store_of.db._tracer = None
    assert view.model.rowCount() == store_of.tasks.count()
    task_reads = [sql for sql in seen if "FROM tasks" in sql or "FROM task_owners" in sql]
    assert len(task_reads) <= 6, task_reads


# -- filters --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "Status erledigt", "Status alle", "Seite", "Organisation", "Person", "Gremium",
    "Meilenstein", "überfällig", "Seite und überfällig"])
def test_filters_show_what_the_store_lists(view, store_of, name, choose):
    tasks = store_of.tasks
    sg = store_of.bodies.resolve("SG")
    schulz = next(p for p in store_of.people.list() if p.last_name == "Schulz")
    warnow = next(o for o in store_of.organizations.list() if o.short == "KJH Warnowufer")
    milestone = next(m for m in store_of.milestones.list() if m.title.startswith("Übertragung"))
    today = TODAY
    if name == "Status erledigt":
        choose(view.filter_bar.state_filter, "done")
        expected = tasks.list(state=TaskState.DONE)
    elif name == "Status alle":
        choose(view.filter_bar.state_filter, "all")
        expected = tasks.list()
    elif name == "Seite":
        choose(view.filter_bar.side_filter, "Freie Träger")
        expected = tasks.list(active=True, side_name="Freie Träger")
    elif name == "Organisation":
        choose(view.filter_bar.organization_filter, warnow.id)
        expected = tasks.list(active=True, owner_organization_id=warnow.id)
    elif name == "Person":
        choose(view.filter_bar.person_filter, schulz.id)
        expected = tasks.list(active=True, person_id=schulz.id)
    elif name == "Gremium":
        choose(view.filter_bar.body_filter, sg.id)
        expected = tasks.list(sg.id, active=True)
    elif name == "Meilenstein":
        choose(view.filter_bar.milestone_filter, milestone.id)
        expected = tasks.list(active=True, milestone_id=milestone.id)
    elif name == "überfällig":
        view.filter_bar.overdue_filter.setChecked(True)
        expected = tasks.list(overdue_on=today)
    else:
        choose(view.filter_bar.side_filter, "Verwaltung")
        view.filter_bar.overdue_filter.setChecked(True)
        expected = tasks.list(side_name="Verwaltung", overdue_on=today)
    assert expected, "the demo should have such tasks"
    assert shown_ids(view) == [t.id for t in expected]
    assert view.filter_bar.count_label.text() in (f"{len(expected)} Aufgaben", "1 Aufgabe")


def test_a_filter_that_matches_nothing_shows_an_empty_table(view, store_of, choose):
    nobody = next(p for p in store_of.people.list()
                  if not store_of.tasks.list(person_id=p.id))
    choose(view.filter_bar.person_filter, nobody.id)
    assert view.model.rowCount() == 0
    assert view.filter_bar.count_label.text() == "0 Aufgaben"


def test_reset_button_brings_back_the_first_view(view, store_of, qtbot, choose):
    choose(view.filter_bar.state_filter, "done")
    view.filter_bar.overdue_filter.setChecked(True)
    assert view.model.rowCount() == 0
    qtbot.mouseClick(view.filter_bar.reset_button, Qt.MouseButton.LeftButton)
    assert not view.filter_bar.overdue_filter.isChecked()
    assert shown_ids(view) == [t.id for t in store_of.tasks.list(active=True)]


def test_side_choices_follow_the_body(view, store_of, choose):
    bar = view.filter_bar
    sg = store_of.bodies.resolve("SG")
    choose(bar.body_filter, sg.id)
    sides = [bar.side_filter.itemText(i) for i in range(1, bar.side_filter.count())]
    assert sides == [s.name for s in store_of.sides.list(sg.id)]
    jha = store_of.bodies.resolve("JHA")
    choose(bar.body_filter, jha.id)
    sides = [bar.side_filter.itemText(i) for i in range(1, bar.side_filter.count())]
    assert sides == [s.name for s in store_of.sides.list(jha.id)]


def test_filter_labels_have_buddies_and_controls_accessible_names(view):
    bar = view.filter_bar
    for caption in bar.filter_labels:
        assert "&" in caption.text()
        assert caption.buddy() is not None
        assert caption.buddy().accessibleName()
    for widget in (bar.overdue_filter, bar.reset_button, view.table, view.chart):
        assert widget.accessibleName()
    assert "&" in bar.overdue_filter.text()
    assert "&" in bar.reset_button.text()


def test_tab_goes_through_the_filters_to_the_table(view, qtbot, next_tab_stop):
    bar = view.filter_bar
    order = [bar.body_filter, bar.state_filter, bar.side_filter, bar.organization_filter,
             bar.person_filter, bar.milestone_filter, bar.overdue_filter,
             bar.reset_button, view.table, view.chart]
    for widget, following in zip(order, order[1:], strict=False):
        assert widget.nextInFocusChain() is following or next_tab_stop(widget) is following


# -- colours --------------------------------------------------------------------------------


def test_overdue_rows_are_muted_red_due_soon_amber_done_grey(view, store_of, choose):
    today = TODAY
    choose(view.filter_bar.state_filter, "all")
    shown_ids(view)
    seen = set()
    for row in range(view.model.rowCount()):
        task = view.model.record(row)
        fg, bg = view.model.index(row, TITLE).data(FG), view.model.index(row, TITLE).data(BG)
        if is_overdue(task, today):
            assert (fg, bg) == (OVERDUE, OVERDUE_BACKGROUND)
            assert view.model.index(row, DUE).data(Qt.ItemDataRole.ToolTipRole).startswith(
                "Überfällig seit")
            seen.add("overdue")
        elif task.state in ACTIVE_STATES and task.due_date and \
                task.due_date <= today + timedelta(days=7):
            assert (fg, bg) == (DUE_SOON, None)
            seen.add("soon")
        elif task.state not in ACTIVE_STATES:
            assert (fg, bg) == (DONE, None)
            seen.add("done")
        else:
            assert (fg, bg) == (None, None)
            seen.add("plain")
    assert seen == {"overdue", "soon", "done", "plain"}


def test_overdue_row_is_painted_red(view, store_of):
    overdue = store_of.tasks.list(overdue_on=TODAY)[0]
    row = row_of(view, overdue.id)
    rect = view.table.visualRect(view.model.index(row, TITLE))
    image = view.table.viewport().grab().toImage()
    pixel = QColor(image.pixel(rect.right() - 3, rect.center().y()))
    assert pixel == OVERDUE_BACKGROUND


# -- editing in place -----------------------------------------------------------------------


def test_status_edited_in_place_is_stored_and_undone(view, store_of, main_window, qtbot):
    task = next(t for t in store_of.tasks.list(active=True) if t.state is TaskState.OPEN)
    editor = start_editing(qtbot, view, row_of(view, task.id), STATE)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "offen", "in Arbeit", "erledigt", "entfallen"]
    assert editor.currentText() == "offen"
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # on the closed box: moves, stores nothing yet
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert store_of.tasks.get(task.id).state is TaskState.OPEN
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store_of.tasks.get(task.id).state is TaskState.DONE, timeout=WAIT_MS)
    assert store_of.tasks.get(task.id).done_on == TODAY
    assert main_window.context.undo_stack.undoText() == "Status „erledigt“ setzen"
    # the filter is "unerledigt": once the view has read the store again, the done task is gone
    qtbot.waitUntil(lambda: view.model.row_of(task.id) is None, timeout=WAIT_MS)
    main_window.undo_action.trigger()
    stored = store_of.tasks.get(task.id)
    assert (stored.state, stored.done_on) == (TaskState.OPEN, None)
    assert view.model.row_of(task.id) is not None


def test_choosing_in_the_open_list_stores_at_once(view, store_of, qtbot):
    task = next(t for t in store_of.tasks.list(active=True) if t.state is TaskState.OPEN)
    editor = start_editing(qtbot, view, row_of(view, task.id), STATE)
    editor.showPopup()
    editor.setCurrentIndex(editor.findData(TaskState.IN_PROGRESS.value))
    editor.hidePopup()
    qtbot.waitUntil(lambda: store_of.tasks.get(task.id).state is TaskState.IN_PROGRESS,
                    timeout=WAIT_MS)
    row = row_of(view, task.id)
    assert view.model.index(row, STATE).data() == "in Arbeit"


def test_title_edited_in_place_is_stored_and_undone(view, store_of, main_window, qtbot):
    task = store_of.tasks.list(active=True)[0]
    editor = start_editing(qtbot, view, row_of(view, task.id), TITLE)
    assert isinstance(editor, QLineEdit)
    assert editor.text() == task.title
    editor.selectAll()
    qtbot.keyClicks(editor, "Konzept bis Mai fertig")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store_of.tasks.get(task.id).title == "Konzept bis Mai fertig",
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.model.index(row_of(view, task.id), TITLE).data()
                    == "Konzept bis Mai fertig", timeout=WAIT_MS)
    main_window.undo_action.trigger()
    assert store_of.tasks.get(task.id).title == task.title
    assert view.model.index(row_of(view, task.id), TITLE).data() == task.title
    main_window.redo_action.trigger()
    assert store_of.tasks.get(task.id).title == "Konzept bis Mai fertig"


def test_an_empty_title_is_refused_and_says_why(view, store_of, main_window, qtbot):
    task = store_of.tasks.list(active=True)[0]
    undo_steps = main_window.context.undo_stack.count()
    editor = start_editing(qtbot, view, row_of(view, task.id), TITLE)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert view.message.isVisible()
    assert "braucht einen Titel" in view.message.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.indexWidget(view.model.index(
        row_of(view, task.id), TITLE)) is None, timeout=WAIT_MS)
    assert view.message.text() == "Nicht gespeichert: Die Aufgabe braucht einen Titel."
    assert store_of.tasks.get(task.id).title == task.title
    assert view.model.index(row_of(view, task.id), TITLE).data() == task.title
    assert main_window.context.undo_stack.count() == undo_steps


def test_due_date_edited_in_place_is_stored_and_undone(view, store_of, main_window, qtbot):
    task = next(t for t in store_of.tasks.list(active=True) if t.due_date)
    new_due = TODAY + timedelta(days=40)
    editor = start_editing(qtbot, view, row_of(view, task.id), DUE)
    assert isinstance(editor, QDateEdit)
    assert editor.date().toPython() == task.due_date
    editor.setDate(QDate(new_due))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store_of.tasks.get(task.id).due_date == new_due, timeout=WAIT_MS)
    # the list follows the store's order by due date, and the cursor follows the task
    qtbot.waitUntil(lambda: shown_ids(view) == [t.id for t in store_of.tasks.list(active=True)],
                    timeout=WAIT_MS)
    assert view.current_task().id == task.id
    assert view.table.currentIndex().column() == DUE
    main_window.undo_action.trigger()
    assert store_of.tasks.get(task.id).due_date == task.due_date
    assert view.current_task().id == task.id


def test_due_date_can_be_removed(view, store_of, qtbot):
    task = next(t for t in store_of.tasks.list(active=True) if t.due_date)
    editor = start_editing(qtbot, view, row_of(view, task.id), DUE)
    editor.setDate(editor.minimumDate())
    assert editor.text() == "ohne Frist"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store_of.tasks.get(task.id).due_date is None, timeout=WAIT_MS)


def test_report_meeting_is_chosen_from_the_bodys_coming_meetings(view, store_of, main_window,
                                                                   qtbot):
    task = next(t for t in store_of.tasks.list(active=True) if not t.report_meeting_id)
    coming = [m for m in store_of.meetings.list(task.body_id) if m.date >= TODAY]
    editor = start_editing(qtbot, view, row_of(view, task.id), REPORT)
    assert isinstance(editor, QComboBox)
    assert [editor.itemData(i) for i in range(editor.count())] == [
        "", *(m.id for m in coming)]
    assert editor.itemText(1) == f"{coming[0].number}. Sitzung · " \
                                 f"{coming[0].date.strftime('%d.%m.%Y')}"
    editor.setCurrentIndex(1)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store_of.tasks.get(task.id).report_meeting_id == coming[0].id,
                    timeout=WAIT_MS)
    assert main_window.context.undo_stack.undoText() == "Wiedervorlage der Aufgabe ändern"
    main_window.undo_action.trigger()
    assert store_of.tasks.get(task.id).report_meeting_id is None


def test_edits_elsewhere_show_up_here(view, store_of, main_window):
    task = store_of.tasks.list(active=True)[0]
    main_window.context.edit("Titel ändern", store_of.tasks.update, task.id,
                             title="Anderswo geändert")
    assert view.model.index(row_of(view, task.id), TITLE).data() == "Anderswo geändert"


def test_another_file_starts_with_fresh_filters(view, store_of, main_window, tmp_path, choose):
    choose(view.filter_bar.body_filter, store_of.bodies.resolve("SG").id)
    view.filter_bar.overdue_filter.setChecked(True)
    assert main_window.open_file(tmp_path / "leer.sro", create=True)
    assert view.isVisible()
    assert view.model.rowCount() == 0
    assert view.filter_bar.body_filter.currentData() is None
    assert view.filter_bar.body_filter.count() == 1  # only "alle Gremien": the new file has none
    assert not view.filter_bar.overdue_filter.isChecked()
    assert view.filter_bar.count_label.text() == "0 Aufgaben"
    assert view.attention_count() == 0


# -- workload chart, navigation count, jumping to a task ------------------------------------


def test_workload_chart_shows_the_stores_numbers(view, store_of, qtbot, choose):
    today = TODAY
    read = lambda: not view.summary_pending()  # noqa: E731 - the chart follows the page
    qtbot.waitUntil(read, timeout=WAIT_MS)
    assert view.chart.workload == store_of.tasks.workload(today)
    side, open_, overdue = view.chart.workload.by_side[0]
    assert f"{side} {open_} offen, davon {overdue} überfällig" in \
        view.chart.accessibleDescription()
    sg = store_of.bodies.resolve("SG")
    choose(view.filter_bar.body_filter, sg.id)
    qtbot.waitUntil(read, timeout=WAIT_MS)
    assert view.chart.workload == store_of.tasks.workload(today, sg.id)
    assert "Steuerungsgruppe" in view.chart_title.text()
    jha = store_of.bodies.resolve("JHA")
    choose(view.filter_bar.body_filter, jha.id)
    qtbot.waitUntil(read, timeout=WAIT_MS)
    assert view.chart.workload == store_of.tasks.workload(today, jha.id)
    assert "keine" in view.chart.accessibleDescription()


def test_the_chart_is_read_again_only_for_another_body_or_an_edit(view, store_of, main_window,
                                                                  qtbot, choose):
    read = lambda: not view.summary_pending()  # noqa: E731
    qtbot.waitUntil(read, timeout=WAIT_MS)
    seen: list[str] = []
    store_of.db._tracer = lambda sql, params: seen.append(sql)
    try:
        choose(view.filter_bar.state_filter, "all")
        view.filter_bar.overdue_filter.setChecked(True)
        qtbot.waitUntil(read, timeout=WAIT_MS)
    finally:
        store_of.db._tracer = None
    assert not [sql for sql in seen if "GROUP BY label" in sql]  # the workload's query
    task = store_of.tasks.list(active=True)[0]
    main_window.context.edit("erledigt", store_of.tasks.set_state, task.id, TaskState.DONE)
    qtbot.waitUntil(read, timeout=WAIT_MS)
    assert view.chart.workload == store_of.tasks.workload(TODAY)


def test_workload_chart_draws_its_bars(view, store_of):
    image = view.chart.grab().toImage()
    colours = {QColor(image.pixel(x, y)).name()
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert OVERDUE.name() in colours
    assert OPEN.name() in colours
    assert isinstance(view.chart_title.buddy(), type(view.chart))
    assert isinstance(view.chart_title, QLabel)


def test_navigation_counts_the_overdue_tasks(view, store_of, main_window, qtbot):
    overdue = store_of.tasks.count_overdue(TODAY)
    assert overdue > 0
    assert view.attention_count() == overdue
    number = main_window.views.index(view)
    assert main_window.navigation.item(number).text() == f"Aufgaben  ({overdue})"
    task = store_of.tasks.list(overdue_on=TODAY)[0]
    main_window.context.edit("erledigt", store_of.tasks.set_state, task.id, TaskState.DONE)
    assert main_window.navigation.item(number).text() == f"Aufgaben  ({overdue - 1})"


def test_show_record_finds_a_task_the_filters_hide(view, store_of, main_window, choose):
    done = store_of.tasks.list(state=TaskState.DONE)[-1]
    choose(view.filter_bar.state_filter, "in_progress")
    main_window.show_view(0)
    main_window.go_to("tasks", done.id)
    assert main_window.stack.currentWidget() is view
    assert view.current_task().id == done.id
    assert view.filter_bar.state_filter.currentData() == "done"
    assert view.show_record("meetings", done.id) is False


def test_show_record_keeps_filters_that_show_the_task(view, store_of):
    task = store_of.tasks.list(active=True)[-1]
    assert view.show_record("tasks", task.id) is True
    assert view.filter_bar.state_filter.currentData() == "active"
    assert view.current_task().id == task.id


# -- pages after the last task loaded ---------------------------------------------------------


def raw_ids(store, where: str = "1", params=()) -> list[str]:
    """What one plain SELECT gives, in the list's order (due date, no date first)."""
    return [r["id"] for r in store.db.query(
        f"SELECT id FROM tasks WHERE deleted_at IS NULL AND ({where}) "
        f"ORDER BY due_date, rowid", list(params))]


@pytest.fixture
def small_pages(view, store_of, main_window):
    """Pages of three rows over tasks with ties on the due date, without a due date and
    with umlauts in their titles."""
    tasks = store_of.tasks.list()
    for task in tasks[::4]:
        main_window.context.edit("ohne Frist", store_of.tasks.update, task.id, due_date=None)
    for task in tasks[1::5]:
        main_window.context.edit("gleiche Frist", store_of.tasks.update, task.id,
                                 title=f"Übergabe {task.title}", due_date=TODAY)
    view.model.PAGE = 3
    view.reset_filters()
    assert view.model.rowCount() == 3
    return view


def test_scrolling_in_pages_shows_the_rows_of_one_select(small_pages, store_of, qtbot,
                                                          choose):
    view = small_pages
    sg = store_of.bodies.resolve("SG")
    active = "state IN ('open', 'in_progress')"
    cases = [
        (lambda: None, active, []),
        (lambda: choose(view.filter_bar.state_filter, "all"), "1", []),
        (lambda: choose(view.filter_bar.body_filter, sg.id), "body_id = ?", [sg.id]),
        (lambda: choose(view.filter_bar.side_filter, "Verwaltung"),
         "body_id = ? AND id IN (SELECT o.task_id FROM task_owners o JOIN sides s "
         "ON s.id = o.side_id WHERE s.name = 'Verwaltung' AND o.deleted_at IS NULL)", [sg.id]),
        (lambda: view.filter_bar.overdue_filter.setChecked(True),
         f"body_id = ? AND {active} AND due_date < ? AND id IN (SELECT o.task_id FROM "
         "task_owners o JOIN sides s ON s.id = o.side_id WHERE s.name = 'Verwaltung' "
         "AND o.deleted_at IS NULL)", [sg.id, TODAY.isoformat()]),
    ]
    for change, where, params in cases:
        change()
        expected = raw_ids(store_of, where, params)
        assert expected, where
        assert shown_ids(view) == expected, where
        qtbot.waitUntil(lambda: not view.summary_pending(), timeout=WAIT_MS)
        assert view.filter_bar.count_label.text() in (
            f"{len(expected)} Aufgaben", "1 Aufgabe")


def test_the_list_scrolled_by_the_view_itself_reaches_the_last_task(small_pages, store_of,
                                                                    qtbot, choose):
    view = small_pages
    choose(view.filter_bar.state_filter, "all")
    expected = raw_ids(store_of)
    while view.model.canFetchMore():
        rows = view.model.rowCount()
        view.table.scrollToBottom()  # the view asks for the next page itself
        qtbot.waitUntil(lambda rows=rows: view.model.rowCount() > rows
                        or not view.model.canFetchMore(), timeout=WAIT_MS)
    assert [view.model.record(r).id for r in range(view.model.rowCount())] == expected


def test_jumping_to_a_task_deep_in_the_list_loads_the_pages_before_it(small_pages, store_of):
    view = small_pages
    expected = raw_ids(store_of, "state IN ('open', 'in_progress')")
    deep = expected[-2]
    assert view.show_record("tasks", deep)
    assert view.current_task().id == deep
    assert [view.model.record(r).id for r in range(view.model.rowCount())] == \
        expected[:view.model.rowCount()]


def test_an_edit_keeps_the_loaded_pages_in_order(small_pages, store_of, qtbot):
    view = small_pages
    view.model.fetchMore()
    view.model.fetchMore()
    task = view.model.record(7)
    editor = start_editing(qtbot, view, 7, TITLE)
    editor.setText("Änderung im Blättern")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.record(7).title == "Änderung im Blättern",
                    timeout=WAIT_MS)
    assert view.model.record(7).id == task.id
    assert shown_ids(view) == raw_ids(store_of, "state IN ('open', 'in_progress')")


# -- the large demo ------------------------------------------------------------------------


@pytest.fixture
def large_window(large_window):
    """The window on the large demo (conftest), showing the tasks."""
    large_window.show_view(large_window.views.index(large_window.tasks))
    return large_window


def test_large_demo_opens_with_one_page_and_fetches_more(large_window, qtbot, choose):
    view = large_window.tasks
    store = large_window.context.s
    assert store.tasks.count() >= 20_000
    assert 0 < view.model.rowCount() <= 200
    assert view.model.canFetchMore()
    first = view.model.rowCount()
    view.model.fetchMore()
    assert view.model.rowCount() == min(2 * first, store.tasks.count_matching(active=True))
    assert [view.model.record(r).id for r in range(view.model.rowCount())] == [
        t.id for t in store.tasks.list(active=True, limit=view.model.rowCount())]
    choose(view.filter_bar.state_filter, "all")
    assert view.model.rowCount() == 200
    view.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: view.model.rowCount() > 200, timeout=WAIT_MS)


def test_large_demo_filters_in_pages(large_window, choose):
    view = large_window.tasks
    store = large_window.context.s
    team = store.bodies.resolve("SRT-NW")
    choose(view.filter_bar.state_filter, "all")
    choose(view.filter_bar.body_filter, team.id)
    choose(view.filter_bar.side_filter, "Freie Träger")
    assert view.model.rowCount() == 200
    assert view.model.canFetchMore()
    expected = store.tasks.list(team.id, side_name="Freie Träger", limit=200)
    assert [view.model.record(r).id for r in range(200)] == [t.id for t in expected]
    view.filter_bar.overdue_filter.setChecked(True)
    overdue = store.tasks.list(team.id, side_name="Freie Träger", overdue_on=TODAY)
    assert shown_ids(view) == [t.id for t in overdue]
    total = store.tasks.count_matching(team.id, side_name="Freie Träger",
                                       overdue_on=TODAY)
    assert view.filter_bar.count_label.text() == f"{total} Aufgaben"


def test_large_demo_jumps_to_an_old_task(large_window):
    view = large_window.tasks
    store = large_window.context.s
    team = store.bodies.resolve("SRT-MI")
    old = store.tasks.list(team.id, state=TaskState.DONE, limit=1, offset=2500)[0]
    assert view.show_record("tasks", old.id)
    assert view.current_task().id == old.id
    assert view.model.rowCount() < 3000


def test_large_demo_pages_use_indexes(large_window, choose):
    """Every page a filter change loads walks an index, never the whole table (how fast
    it is, is the benchmark's to say: python -m benchmarks)."""
    store: Store = large_window.context.s
    view = large_window.tasks
    seen = []
    store.db._tracer = lambda sql, params: seen.append((sql, params))
    try:
        for change in (lambda: choose(view.filter_bar.state_filter, "all"),
                       lambda: choose(view.filter_bar.side_filter, "Verwaltung"),
                       lambda: choose(view.filter_bar.organization_filter,
                                      view.filter_bar.organization_filter.itemData(1)),
                       view.reset_filters,
                       lambda: view.filter_bar.overdue_filter.setChecked(True)):
            change()
    finally:
        store.db._tracer = None
    scans = []
    for sql, params in seen:
        if "FROM tasks" not in sql or "LIMIT" not in sql:
            continue
        for row in store.db.query(f"EXPLAIN QUERY PLAN {sql}", params):
            if row["detail"].startswith("SCAN tasks") and "INDEX" not in row["detail"]:
                scans.append((row["detail"], sql))
    assert not scans, scans


def test_large_demo_scrolled_to_the_end_shows_every_task_in_the_order_of_one_select(
        large_window, qtbot, choose):
    view = large_window.tasks
    store = large_window.context.s
    choose(view.filter_bar.state_filter, "all")
    assert shown_ids(view) == raw_ids(store)
    qtbot.waitUntil(lambda: not view.summary_pending(), timeout=WAIT_MS)
    total = store.tasks.count()
    assert view.filter_bar.count_label.text() == f"{total:,} Aufgaben".replace(",", ".")


def test_large_demo_shows_the_page_first_then_the_count_and_chart(large_window, qtbot,
                                                                  choose):
    view = large_window.tasks
    store = large_window.context.s
    team = store.bodies.resolve("SRT-NW")
    qtbot.waitUntil(lambda: not view.summary_pending(), timeout=WAIT_MS)
    choose(view.filter_bar.state_filter, "done")
    choose(view.filter_bar.body_filter, team.id)
    assert view.model.rowCount() == 200  # the page is there before the count
    assert view.summary_pending()
    qtbot.waitUntil(lambda: not view.summary_pending(), timeout=WAIT_MS)
    total = store.tasks.count_matching(team.id, state=TaskState.DONE)
    assert total > 200
    assert view.filter_bar.count_label.text() == f"{total:,} Aufgaben".replace(",", ".")
    assert view.chart.workload == store.tasks.workload(TODAY, team.id)
    assert team.name in view.chart_title.text()
