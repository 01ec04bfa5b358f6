"""The Beschlüsse view: the register, its filters, details with votes and tasks, paging."""

from __future__ import annotations

from datetime import date

import pytest
from pinned import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from waiting import WAIT_MS, wait_for

from sro_desktop.domain.calendar import german_date
from sro_desktop.domain.enums import Outcome
from sro_desktop.ui.decisions.view import DecisionsView
from sro_desktop.ui.main_window import MainWindow

DOUBLE_MAJORITY = "Modellregion Lütten Klein / Evershagen"
COLUMNS = ["Nummer", "Datum", "Gremium", "Titel", "Ergebnis", "Sitzung"]


def open_view(window: MainWindow) -> DecisionsView:
    window.show_view(window.views.index(window.decisions))
    wait_for(lambda: not window.decisions.details_pending())  # details after the paint
    view = window.decisions
    assert view.isVisible()
    return view


def row_texts(view: DecisionsView, row: int) -> list[str]:
    model = view.model
    return [model.index(row, col).data() for col in range(model.columnCount())]


def row_of(view: DecisionsView, title: str) -> int:
    titles = [view.model.index(r, 3).data() for r in range(view.model.rowCount())]
    return titles.index(title)


def click_row(qtbot, view: DecisionsView, row: int) -> None:
    view.table.scrollTo(view.model.index(row, 0))
    rect = view.table.visualRect(view.model.index(row, 3))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def votes_shown(view: DecisionsView) -> list[list[str]]:
    grid = view.details.votes_grid
    rows = []
    for row in range(1, grid.rowCount()):
        cells = [grid.itemAtPosition(row, col) for col in range(4)]
        if all(c is not None for c in cells):
            rows.append([c.widget().text() for c in cells])  # type: ignore[union-attr]
    return rows


def test_models_pass_the_model_tester(main_window, qtmodeltester):
    view = open_view(main_window)
    assert view.model.rowCount() > 0
    qtmodeltester.check(view.model)
    assert view.details.tasks_model.rowCount() >= 0
    qtmodeltester.check(view.details.tasks_model)


def test_register_lists_every_decision_newest_first(main_window, store_of):
    view = open_view(main_window)
    stored = store_of.decisions.list()
    assert [view.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(view.model.columnCount())] == COLUMNS
    assert view.model.rowCount() == len(stored)
    assert [view.model.record(r).id for r in range(view.model.rowCount())] == [
        d.id for d in reversed(stored)]
    assert view.count_label.text() == f"{len(stored)} Beschlüsse"
    # the first row is selected, so the details are never empty on arrival
    assert view.table.currentIndex().row() == 0
    assert view.details.decision.id == stored[-1].id


def test_double_majority_decision_with_its_result_text(main_window, store_of, qtbot):
    view = open_view(main_window)
    decision = next(d for d in store_of.decisions.list() if d.title == DOUBLE_MAJORITY)
    meeting = store_of.meetings.get(decision.meeting_id)
    row = row_of(view, DOUBLE_MAJORITY)
    result = "abgelehnt: keine Mehrheit bei Freie Träger (Verwaltung 5 : 0, Freie Träger 2 : 3)"
    assert decision.outcome is Outcome.REJECTED
    assert row_texts(view, row) == [decision.number, german_date(decision.decided_on), "SG",
                                    DOUBLE_MAJORITY, result, f"{meeting.number}. Sitzung"]
    assert "budgetierte Modellregion" in view.model.index(row, 3).data(
        Qt.ItemDataRole.ToolTipRole)

    click_row(qtbot, view, row)
    details = view.details
    assert details.decision.id == decision.id
    assert details.heading.text() == f"{decision.number} · {DOUBLE_MAJORITY}"
    assert details.result_label.text() == result
    assert details.wording_edit.toPlainText() == (
        "Die Steuerungsgruppe legt die Stadtteile Lütten Klein und Evershagen als "
        "budgetierte Modellregion fest.")
    assert details.rule_combo.currentText() == "doppelte Mehrheit"
    assert details.meeting_label.text() == (
        f"{meeting.number}. Sitzung am {german_date(meeting.date)}")
    assert votes_shown(view) == [["Verwaltung", "5", "0", "0"],
                                 ["Freie Träger", "2", "3", "0"]]
    assert details.conflicts_label.text() == "niemand"


def test_conflicted_members_are_named(main_window, store_of, qtbot):
    """A member marked conflicted (befangen) shows by name in the details."""
    decision = next(d for d in store_of.decisions.list() if d.title == "Sozialraumbudget 2027")
    seat = next(m for m in store_of.memberships.list(decision.body_id)
                if store_of.people.get(m.person_id).last_name == "Lange")
    votes = [v for v in decision.votes]
    main_window.context.edit("befangen", store_of.decisions.record_votes, decision.id, votes,
                             [seat.id])
    view = open_view(main_window)
    click_row(qtbot, view, row_of(view, "Sozialraumbudget 2027"))
    assert view.details.conflicts_label.text() == store_of.people.get(seat.person_id).full_name


def test_filters_by_body_and_year(main_window, store_of):
    view = open_view(main_window)
    sg = store_of.bodies.resolve("SG")
    jha = store_of.bodies.resolve("JHA")
    view.body_filter.setCurrentIndex(view.body_filter.findData(jha.id))
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "0 Beschlüsse"
    assert view.details.placeholder.isVisible()
    assert view.year_filter.count() == 1  # "Alle Jahre" only: JHA has no decisions yet

    view.body_filter.setCurrentIndex(view.body_filter.findData(sg.id))
    assert view.model.rowCount() == len(store_of.decisions.list(sg.id))
    years = [view.year_filter.itemData(i) for i in range(1, view.year_filter.count())]
    assert years == store_of.decisions.years(sg.id)
    year = years[-1]
    view.year_filter.setCurrentIndex(view.year_filter.findData(year))
    shown = [view.model.record(r) for r in range(view.model.rowCount())]
    expected = store_of.decisions.list(sg.id, date_from=date(year, 1, 1),
                                       date_to=date(year, 12, 31))
    assert {d.id for d in shown} == {d.id for d in expected}
    assert all(d.decided_on.year == year for d in shown)
    assert view.count_label.text() == (
        "1 Beschluss" if len(expected) == 1 else f"{len(expected)} Beschlüsse")

    view.body_filter.setCurrentIndex(0)  # all bodies again; the year stays
    assert view.year_filter.currentData() == year


def test_keyboard_reaches_the_filters(main_window, qtbot, next_tab_stop):
    view = open_view(main_window)
    captions = {label.text(): label.buddy() for label in view.findChildren(QLabel)
                if label.buddy() is not None}
    assert captions["&Gremium:"] is view.body_filter
    assert captions["&Jahr:"] is view.year_filter
    assert view.table.accessibleName() == "Beschlussregister"
    assert next_tab_stop(view.body_filter) is view.year_filter
    assert next_tab_stop(view.year_filter) is view.table


def test_linked_tasks_are_shown(main_window, store_of, qtbot):
    view = open_view(main_window)
    decision = next(d for d in store_of.decisions.list()
                    if d.title == "Erneute Beratung der Modellregion")
    task = store_of.tasks.for_decision(decision.id)[0]
    click_row(qtbot, view, row_of(view, "Erneute Beratung der Modellregion"))
    tasks = view.details.tasks_model
    assert view.details.tasks_table.isVisible()
    assert tasks.rowCount() == 1
    owners = " / ".join(store_of.people.get(o.person_id).full_name for o in task.owners)
    assert [tasks.index(0, c).data() for c in range(4)] == [
        "Variante Modellregion mit Groß Klein ausarbeiten", owners,
        german_date(task.due_date), task.state.label]
    assert view.details.tasks_heading.text() == "Aufgaben aus diesem Beschluss (1)"

    # a decision without tasks says so
    click_row(qtbot, view, row_of(view, DOUBLE_MAJORITY))
    assert view.details.tasks_model.rowCount() == 0
    assert view.details.no_tasks_label.isVisible()
    assert not view.details.tasks_table.isVisible()


def test_jumps_to_meeting_and_task(main_window, store_of, qtbot):
    view = open_view(main_window)
    decision = next(d for d in store_of.decisions.list()
                    if d.title == "Erneute Beratung der Modellregion")
    click_row(qtbot, view, row_of(view, decision.title))
    with qtbot.waitSignal(main_window.context.show_record, timeout=WAIT_MS) as meeting_jump:
        qtbot.mouseClick(view.details.meeting_button, Qt.MouseButton.LeftButton)
    assert meeting_jump.args == ["meetings", decision.meeting_id]
    task = store_of.tasks.for_decision(decision.id)[0]
    with qtbot.waitSignal(main_window.context.show_record, timeout=WAIT_MS) as task_jump:
        view.details.tasks_table.doubleClicked.emit(view.details.tasks_model.index(0, 0))
    assert task_jump.args == ["tasks", task.id]


def test_show_record_selects_the_decision(main_window, store_of):
    view = open_view(main_window)
    decision = next(d for d in store_of.decisions.list() if d.title == DOUBLE_MAJORITY)
    assert view.show_record("decisions", decision.id) is True
    assert view.model.record(view.table.currentIndex().row()).id == decision.id
    assert view.details.decision.id == decision.id
    assert view.show_record("tasks", decision.id) is False
    assert view.show_record("decisions", "no-such-id") is False

    # a filter that hides it gives way to its body and year
    jha = store_of.bodies.resolve("JHA")
    view.body_filter.setCurrentIndex(view.body_filter.findData(jha.id))
    assert view.show_record("decisions", decision.id) is True
    assert view.body_filter.currentData() == decision.body_id
    assert view.year_filter.currentData() == decision.year
    assert view.details.decision.id == decision.id


def test_register_follows_edits_and_undo(main_window, store_of):
    view = open_view(main_window)
    sg = store_of.bodies.resolve("SG")
    before = view.model.rowCount()
    main_window.context.edit("Umlaufbeschluss", store_of.decisions.add,
                             "Umlaufbeschluss zur Fortbildung", body_id=sg.id,
                             decided_on=TODAY)
    assert view.model.rowCount() == before + 1
    assert view.model.index(0, 3).data() == "Umlaufbeschluss zur Fortbildung"
    assert view.model.index(0, 5).data() == "Umlaufverfahren"
    assert view.model.index(0, 4).data() == "noch nicht abgestimmt"
    main_window.undo_action.trigger()
    assert view.model.rowCount() == before


# -- the large demo -----------------------------------------------------------------------------


def test_large_register_loads_in_pages(large_window, qtbot, qtmodeltester):
    view = open_view(large_window)
    store = large_window.context.s
    total = store.decisions.count_list()
    assert total > 6000
    assert view.count_label.text() == f"{total:,} Beschlüsse".replace(",", ".")
    assert view.model.rowCount() == 200
    assert view.model.canFetchMore()
    newest = store.decisions.list(limit=1, newest_first=True)[0]
    assert view.model.record(0).id == newest.id

    view.model.fetchMore()
    assert view.model.rowCount() == 400
    view.table.scrollToBottom()  # the view asks for more when scrolled to the end
    qtbot.waitUntil(lambda: view.model.rowCount() == 600, timeout=WAIT_MS)
    records = [view.model.record(r) for r in range(view.model.rowCount())]
    assert len({d.id for d in records}) == len(records)
    assert [d.decided_on for d in records] == sorted((d.decided_on for d in records),
                                                     reverse=True)

    # the oldest decision is found without loading the whole register
    oldest = store.decisions.list(limit=1)[0]
    assert view.show_record("decisions", oldest.id)
    assert view.details.decision.id == oldest.id
    assert (view.body_filter.currentData(), view.year_filter.currentData()) == (
        oldest.body_id, oldest.year)
    assert view.model.rowCount() == store.decisions.count_list(
        oldest.body_id, date_from=date(oldest.year, 1, 1), date_to=date(oldest.year, 12, 31))


def test_large_register_model_passes_the_model_tester(large_window, qtmodeltester):
    view = open_view(large_window)
    assert view.model.rowCount() == 200
    qtmodeltester.check(view.model)  # it fetches more pages itself
    assert view.model.rowCount() > 200


def test_empty_file_shows_an_empty_register(main_window, tmp_path):
    assert main_window.open_file(tmp_path / "leer.sro", create=True)
    view = open_view(main_window)
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "0 Beschlüsse"
    assert view.year_filter.count() == 1
    assert view.details.placeholder.isVisible()


@pytest.mark.parametrize("attribute", ["decisions", "recommendations", "milestones", "tasks"])
def test_mnemonics_are_unique_in_each_view(main_window, attribute):
    """Alt+letter reaches one control: none taken twice, none taken from the menu bar."""
    view = getattr(main_window, attribute)
    main_window.show_view(main_window.views.index(view))
    letters = [action.text().split("&")[1][0].lower()
               for action in main_window.menuBar().actions() if "&" in action.text()]
    for widget in view.findChildren(QWidget):
        if not widget.isVisible() or not hasattr(widget, "text"):
            continue
        text = widget.text()
        if isinstance(text, str) and "&" in text.replace("&&", ""):
            letters.append(text.replace("&&", "").split("&")[1][0].lower())
    assert len(letters) >= 6  # the four menus and at least two controls of the view
    assert len(letters) == len(set(letters)), sorted(letters)
