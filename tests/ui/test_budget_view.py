"""Haushalt & Stellen (issue 17, items 1 and 2): a year's budget lines typed into the
table in place (no save step: leaving the cell for another row or view stores it), a bad
amount refused with its reason, the totals exact to the cent, a line's decision,
milestone and note, the charts' text alternative, and the posts added, changed and
removed through their dialog; all checked in the file."""

from __future__ import annotations

import shutil
from datetime import date

from acting import find, leave_field, press
from pinned import TODAY
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QWidget,
)

from sro_desktop.domain.budget import totals
from sro_desktop.domain.enums import ParitySide
from sro_desktop.domain.money import euro
from sro_desktop.ui.budget import lines as lines_ui
from sro_desktop.ui.budget import posts as posts_ui
from sro_desktop.ui.budget.model import ACTUAL_COLUMNS, PLAN_COLUMNS, REST, TITLE
from sro_desktop.ui.budget.view import BudgetView
from sro_desktop.ui.common.widgets import qdate

PLAN_Q1 = min(PLAN_COLUMNS)
ACTUAL_Q1 = min(ACTUAL_COLUMNS)


def budget_page(window) -> BudgetView:
    [view] = [v for v in window.views if isinstance(v, BudgetView)]
    window.show_view(window.views.index(view))
    view.tabs.setCurrentWidget(view.lines)
    QApplication.processEvents()
    return view


def click_cell(table: QTableView, row: int, column: int) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    QApplication.processEvents()


def type_into_cell(table: QTableView, row: int, column: int, text: str) -> None:
    """Click the cell and type, as a person does: the first key opens the cell's editor."""
    click_cell(table, row, column)
    table.setFocus()
    QTest.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    QTest.keyClicks(editor, text[1:])


def test_a_new_file_gets_its_first_budget_by_typing_only(open_window, tmp_path,
                                                         empty_store_path, monkeypatch):
    path = tmp_path / "neu.sro"
    shutil.copy(empty_store_path, path)
    window = open_window(path)
    view = budget_page(window)
    panel = view.lines
    year = find(panel, QComboBox, "Haushaltsjahr")
    assert year.currentText() == str(TODAY.year)  # a new file: this year, ready to start
    table = find(panel, QTableView, "Haushaltszeilen")
    press(panel, "Neue Zeile")
    press(panel, "Neue Zeile")
    editor = QApplication.focusWidget()  # the new line's title is being typed
    assert isinstance(editor, QLineEdit)
    assert editor.accessibleName() == "Bezeichnung"
    editor.selectAll()
    QTest.keyClicks(editor, "Fachberatung")
    type_into_cell(table, 1, PLAN_Q1, "1.234,56")  # the title is stored on the way
    row = table.currentIndex().row()  # the lines are in order of area and title
    assert panel.model.record(row).title == "Fachberatung"
    click_cell(table, 1 - row, TITLE)  # another row: the amount stores itself
    type_into_cell(table, row, ACTUAL_Q1, "999,99")
    window.show_view(0)  # another view: stored too
    store = window.context.s
    line = next(x for x in store.budget_lines.list(TODAY.year) if x.title == "Fachberatung")
    assert (line.plan_q1_cents, line.actual_q1_cents) == (123456, 99999)

    budget_page(window)
    row = panel.model.row_of(line.id)
    assert row is not None
    assert panel.model.index(row, REST).data() == "234,57 €"
    total = find(panel, QLabel, "Summe des Jahres").text()
    assert total == f"Summe {TODAY.year}: Soll 1.234,56 € · Ist 999,99 € · Rest 234,57 €"
    chart = find(panel, QWidget, "Diagramm Soll und Ist je Zeile")
    assert chart.accessibleDescription().startswith(total)
    assert "Fachberatung: Soll 1.234,56 €, Ist 999,99 €, Rest 234,57 €" in \
        chart.accessibleDescription()

    type_into_cell(table, row, ACTUAL_Q1 + 1, "12,345")  # three decimals: refused
    click_cell(table, 1 - row, TITLE)
    message = find(panel, QLabel, "Meldung zum Haushalt")
    assert "„12,345“ ist kein Betrag; bitte so schreiben: 25,00" in message.text()
    assert store.budget_lines.get(line.id).actual_q2_cents == 0

    window.context.undo_stack.undo()  # the 999,99 goes back out
    assert store.budget_lines.get(line.id).actual_q1_cents == 0

    monkeypatch.setattr(lines_ui, "ask_year", lambda parent, suggested: suggested)
    press(panel, "Neues Jahr")
    assert year.currentText() == str(TODAY.year + 1)
    assert panel.model.rowCount() == 0
    press(panel, "Neue Zeile")
    leave_field(QApplication.focusWidget())
    assert [x.title for x in store.budget_lines.list(TODAY.year + 1)] == ["Neue Zeile"]
    assert store.budget_lines.years() == [TODAY.year, TODAY.year + 1]


def test_the_demo_budget_links_removes_and_shows_its_totals(main_window, reopen,
                                                             monkeypatch, choose):
    view = budget_page(main_window)
    panel = view.lines
    store = main_window.context.s
    lines = store.budget_lines.list(TODAY.year)
    sums = totals(lines)
    total = find(panel, QLabel, "Summe des Jahres").text()
    assert total == (f"Summe {TODAY.year}: Soll {euro(sums.plan)} · Ist {euro(sums.actual)} "
                     f"· Rest {euro(sums.remaining)}")
    assert find(panel, QWidget, "Diagramm Soll und Ist je Zeile").accessibleDescription() \
        .startswith(total)
    years = find(panel, QWidget, "Diagramm Soll und Ist je Jahr").accessibleDescription()
    assert total in years
    assert "Summe 2018: Soll" in years

    table = find(panel, QTableView, "Haushaltszeilen")
    quarters = find(panel, QCheckBox, "Quartale zeigen")
    quarters.click()  # only the sums: the whole row fits a small screen
    assert table.isColumnHidden(PLAN_Q1)
    assert not table.isColumnHidden(REST)
    quarters.click()
    assert not table.isColumnHidden(PLAN_Q1)
    click_cell(table, 0, TITLE)
    first = panel.line()
    assert first is not None
    decision = store.decisions.list()[0]
    milestone = store.milestones.list()[0]
    approving = find(panel, QComboBox, "Genehmigt durch Beschluss")
    assert approving.count() == 1  # "—": the decisions are read when the list opens
    approving.showPopup()
    approving.hidePopup()
    choose(approving, decision.id)
    choose(find(panel, QComboBox, "Meilenstein"), milestone.id)
    note = find(panel, QLineEdit, "Bemerkung")
    note.setFocus()
    QTest.keyClicks(note, "Mittel laut Zuwendungsbescheid")
    click_cell(table, 1, TITLE)  # another row: the note stores itself
    stored = store.budget_lines.get(first.id)
    assert (stored.decision_id, stored.milestone_id, stored.note) == (
        decision.id, milestone.id, "Mittel laut Zuwendungsbescheid")
    click_cell(table, 0, TITLE)  # back: the line shows its decision, number and title
    assert approving.currentText() == f"{decision.number} – {decision.title[:60]}"

    asked: list[str] = []
    funding = next(x for x in store.budget_lines.list(TODAY.year) if x.area.value == "posts")
    assert panel.select_line(funding.id)
    monkeypatch.setattr(lines_ui, "confirm_removal", lambda _p, _t, text: asked.append(text))
    press(panel, "Zeile entfernen")  # the question names the posts it pays; "no" keeps it
    assert "3 Stellen werden aus ihr finanziert" in asked[0]
    assert store.budget_lines.get(funding.id).title == funding.title
    click_cell(table, 1, TITLE)
    removed = panel.line()
    assert removed is not None
    monkeypatch.setattr(lines_ui, "confirm_removal", lambda *args: True)
    press(panel, "Zeile entfernen")
    assert removed.id not in {x.id for x in store.budget_lines.list(TODAY.year)}
    assert panel.model.rowCount() == len(lines) - 1

    again = reopen()
    try:
        assert again.budget_lines.get(first.id).note == "Mittel laut Zuwendungsbescheid"
        assert removed.id not in {x.id for x in again.budget_lines.list()}
    finally:
        again.close()


def test_posts_are_added_changed_and_removed(main_window, reopen, monkeypatch):
    view = budget_page(main_window)
    view.tabs.setCurrentWidget(view.posts)
    panel = view.posts
    table = find(panel, QTableWidget, "Stellen")
    shown = [[table.item(r, c).text() for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    assert any(row[2] == "Marco Wendt" and row[6] == "1,0 Stelle" for row in shown)
    store = main_window.context.s
    person = next(p for p in store.people.list() if p.organization_id and
                  store.learning_participants.side_of(p.organization_id) is ParitySide.OFFICE)
    line = store.budget_lines.list(TODAY.year)[0]
    answers = iter([
        {"Bezeichnung": "Sozialraumteam Evershagen", "Inhaber/in": person.id,
         "Anteil (Stelle)": "0,75", "finanziert aus": line.id},
        {"Anteil (Stelle)": "0,1234"},  # refused: four decimals; then fixed
        {"Anteil (Stelle)": "0,5"},
    ])

    def ask(context, parent=None, post=None):
        dialog = posts_ui.PostDialog(context, parent, post)
        while True:
            for name, value in next(answers).items():
                field = find(dialog, QWidget, name, visible=False)
                if isinstance(field, QComboBox):
                    field.setCurrentIndex(field.findData(value))
                    field.activated.emit(field.currentIndex())
                else:
                    field.setText(value)
            dialog.ok_button.click()
            if dialog.stored is not None:
                break
            assert "höchstens drei Nachkommastellen" in dialog.errors["share_permille"].text()
        stored = dialog.stored
        dialog.deleteLater()
        return stored

    monkeypatch.setattr(posts_ui.PostDialog, "ask", staticmethod(ask))
    press(panel, "Neue Stelle")
    added = panel.current_post()
    assert added is not None
    assert (added.person_id, added.organization_id, added.side, added.share_permille,
            added.budget_line_id) == (person.id, person.organization_id, ParitySide.OFFICE,
                                      750, line.id)
    row = table.currentRow()
    assert table.item(row, 6).text() == "0,75 Stelle"
    assert table.item(row, 7).text() == f"{line.title} ({line.year})"
    press(panel, "Stelle bearbeiten")
    assert store.posts.get(added.id).share_permille == 500
    monkeypatch.setattr(posts_ui, "confirm_removal", lambda *args: True)
    press(panel, "Stelle entfernen")
    assert added.id not in {p.id for p in store.posts.list()}
    main_window.context.undo_stack.undo()  # Strg+Z brings it back
    assert store.posts.get(added.id).share_permille == 500
    again = reopen()
    try:
        assert again.posts.get(added.id).title == "Sozialraumteam Evershagen"
    finally:
        again.close()


def test_tab_moves_on_from_a_changed_amount_into_the_next_cell(open_window, demo_file):
    """Keyboard only: F2, a new amount, Tab; the amount is stored and the next quarter's
    cell is being edited (the table is not rebuilt under the open editor)."""
    window = open_window(demo_file)
    panel = budget_page(window).lines
    table = find(panel, QTableView, "Haushaltszeilen")
    line = panel.model.record(0)
    click_cell(table, 0, PLAN_Q1)
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "100,01")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    QApplication.processEvents()
    assert window.context.s.budget_lines.get(line.id).plan_q1_cents == 10001
    following = QApplication.focusWidget()
    assert isinstance(following, QLineEdit)
    assert table.currentIndex().column() == PLAN_Q1 + 1
    QTest.keyClicks(following, "7")
    QTest.keyClick(following, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.context.s.budget_lines.get(line.id).plan_q2_cents == 700


def test_a_new_holder_begins_a_new_record_and_the_old_one_ends(main_window, monkeypatch):
    """Stelle bearbeiten with another holder: the post as held so far ends the day before
    the change, the new holder's record begins on it (the history stays); a change
    before the old holder's start is refused at its field."""
    view = budget_page(main_window)
    view.tabs.setCurrentWidget(view.posts)
    panel = view.posts
    store = main_window.context.s
    office = next(p for p in store.posts.on(TODAY) if p.side is ParitySide.OFFICE)
    successor = next(p for p in store.people.list() if p.last_name == "Seidel")
    change_days = iter([date(2017, 6, 1), date(2026, 10, 1)])

    def ask(context, parent=None, post=None):
        dialog = posts_ui.PostDialog(context, parent, post)
        since = find(dialog, QDateEdit, "besetzt ab", visible=False)
        note = find(dialog, QLabel, "Hinweis zur neuen Besetzung", visible=False)
        assert since.date() == qdate(office.date_from)
        assert note.isHidden()  # the same holder: a correction, no change
        holder = find(dialog, QComboBox, "Inhaber/in", visible=False)
        holder.setCurrentIndex(holder.findData(successor.id))
        holder.activated.emit(holder.currentIndex())
        assert since.date() == qdate(TODAY)  # the change begins today, until changed
        assert not note.isHidden()
        assert "endet am Tag davor" in note.text()
        since.setDate(qdate(next(change_days)))
        dialog.ok_button.click()
        assert dialog.stored is None
        assert "nach dem Beginn" in dialog.errors["date_from"].text()
        since.setDate(qdate(next(change_days)))
        dialog.ok_button.click()
        stored = dialog.stored
        dialog.deleteLater()
        return stored

    monkeypatch.setattr(posts_ui.PostDialog, "ask", staticmethod(ask))
    assert panel.select(office.id)
    press(panel, "Stelle bearbeiten")
    ended = store.posts.get(office.id)
    assert (ended.person_id, ended.date_from, ended.date_to) == (
        office.person_id, office.date_from, date(2026, 9, 30))
    (following,) = [p for p in store.posts.on(date(2026, 10, 1)) if p.side is ParitySide.OFFICE]
    assert (following.person_id, following.title, following.share_permille) == (
        successor.id, office.title, office.share_permille)
    main_window.context.undo_stack.undo()  # one step takes the whole change back
    assert store.posts.get(office.id).date_to is None
    assert following.id not in {p.id for p in store.posts.list()}
