"""The Empfehlungen view: the list with overdue answers, answering, new ones, agenda."""

from __future__ import annotations

from datetime import date, timedelta

from pinned import TODAY
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel
from waiting import WAIT_MS, wait_for

from sro_desktop.domain.calendar import german_date
from sro_desktop.domain.enums import MeetingState, RecommendationState
from sro_desktop.domain.recommendations import answer_overdue
from sro_desktop.ui.common.palette import DONE, OVERDUE, OVERDUE_BACKGROUND
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.recommendations import view as module
from sro_desktop.ui.recommendations.dialogs import (
    AgendaChoice,
    AgendaDialog,
    NewRecommendation,
    RecommendationDialog,
)
from sro_desktop.ui.recommendations.view import RecommendationsView

R = RecommendationState
RECEIVED_TITLE = "Eltern- und Familienbildung sozialräumlich bündeln"
ON_AGENDA_TITLE = "Beteiligung junger Menschen im Sozialraum"
COLUMNS = ["Nummer", "Beschlossen am", "Von", "An", "Titel", "Status", "Antwort fällig",
           "Beantwortet am"]
REFUSAL = "Eine Empfehlung im Zustand „angenommen“ braucht eine Antwort mit Begründung."


def open_view(window: MainWindow) -> RecommendationsView:
    window.show_view(window.views.index(window.recommendations))
    view = window.recommendations
    assert view.isVisible()
    wait_for(lambda: not view.details_pending())  # the editor after the list's paint
    return view


def row_of(view: RecommendationsView, title: str) -> int:
    titles = [view.model.index(r, 4).data() for r in range(view.model.rowCount())]
    return titles.index(title)


def select(qtbot, view: RecommendationsView, title: str) -> None:
    row = row_of(view, title)
    rect = view.table.visualRect(view.model.index(row, 4))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.editor.rec is not None
    assert view.editor.rec.title == title


def rec_titled(store, title: str):
    return next(r for r in store.recommendations.list() if r.title == title)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user; QTest's keyClicks knows ASCII only, so umlauts go as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def choose_text(combo, text: str) -> None:
    """Show an entry (as arrow keys on the closed box do: nothing is stored yet)."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def pick_text(combo, text: str) -> None:
    """Choose an entry in the open list, as with a click: the choice is stored."""
    choose_text(combo, text)
    combo.activated.emit(combo.currentIndex())


def leave_answer(qtbot, view) -> None:
    """The secretary is done with the reason and goes on to the next field: the reason
    loses the focus, and what the answer shows is stored."""
    window = view.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    view.editor.response_edit.setFocus()
    assert view.editor.response_edit.hasFocus()
    view.editor.decision_combo.setFocus()
    assert not view.editor.response_edit.hasFocus()


def test_model_passes_the_model_tester(main_window, qtmodeltester):
    view = open_view(main_window)
    assert view.model.rowCount() == 5
    qtmodeltester.check(view.model)


def test_list_shows_every_recommendation_newest_first(main_window, store_of):
    view = open_view(main_window)
    stored = store_of.recommendations.list(newest_first=True)
    assert [view.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(view.model.columnCount())] == COLUMNS
    assert [view.model.record(r).id for r in range(view.model.rowCount())] == [
        r.id for r in stored]
    answered = next(r for r in stored if r.state is R.PARTLY_ADOPTED)
    row = [view.model.record(r).id for r in range(view.model.rowCount())].index(answered.id)
    assert [view.model.index(row, c).data() for c in range(8)] == [
        answered.number, german_date(answered.adopted_on), "PG1", "SG",
        "Fortbildung gemeinsam ausschreiben", "teilweise angenommen",
        german_date(answered.response_due), german_date(answered.responded_on)]
    assert view.count_label.text() == "5 Empfehlungen, 2 unbeantwortet"


def test_overdue_answers_are_marked(main_window, store_of):
    view = open_view(main_window)
    today = TODAY
    overdue = {r.id for r in store_of.recommendations.list() if answer_overdue(r, today)}
    assert overdue, "the demo has recommendations whose answer is overdue"
    for row in range(view.model.rowCount()):
        rec = view.model.record(row)
        foreground = view.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        background = view.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
        due = view.model.index(row, 6).data()
        tooltip = view.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
        if rec.id in overdue:
            assert foreground == OVERDUE
            assert background == OVERDUE_BACKGROUND
            assert due == f"{german_date(rec.response_due)} – überfällig"
            assert "überfällig" in tooltip
        else:
            assert background is None
            assert "überfällig" not in due
            assert foreground in (None, DONE)
    # the answered ones are greyed as done
    answered = [r for r in range(view.model.rowCount())
                if view.model.record(r).state is R.ADOPTED]
    assert view.model.index(answered[0], 0).data(Qt.ItemDataRole.ForegroundRole) == DONE


def test_editor_shows_the_recommendation_and_its_agenda(main_window, store_of, qtbot):
    view = open_view(main_window)
    select(qtbot, view, ON_AGENDA_TITLE)
    rec = rec_titled(store_of, ON_AGENDA_TITLE)
    item = store_of.recommendations.agenda_items(rec.id)[0]
    meeting = store_of.meetings.get(item.meeting_id)
    editor = view.editor
    assert editor.heading.text() == f"{rec.number} · {ON_AGENDA_TITLE}"
    assert editor.text_label.text() == rec.text
    assert editor.state_label.text() == "auf Tagesordnung"
    assert editor.agenda_label.text() == (
        f"TOP {item.position} der {meeting.number}. Sitzung am {german_date(meeting.date)}")
    assert editor.due_label.text().endswith("überfällig")
    assert editor.state_combo.currentIndex() == -1  # not answered yet: nothing chosen
    assert [editor.state_combo.itemText(i) for i in range(editor.state_combo.count())] == [
        "angenommen", "teilweise angenommen", "abgelehnt", "zurückgestellt"]
    assert editor.answer_box.title() == "Antwort der Steuerungsgruppe Sozialraumorientierung"


def test_answer_is_stored_shown_and_undone(main_window, store_of, qtbot):
    view = open_view(main_window)
    select(qtbot, view, RECEIVED_TITLE)
    rec = rec_titled(store_of, RECEIVED_TITLE)
    sg = store_of.bodies.resolve("SG")
    decision = store_of.decisions.list(sg.id, date_from=rec.adopted_on, newest_first=True)[0]
    editor = view.editor
    assert editor.decision_combo.itemText(0) == "(kein Beschluss)"
    offered = [editor.decision_combo.itemData(i) for i in range(editor.decision_combo.count())]
    assert decision.id in offered
    assert all(store_of.decisions.get(d).body_id == sg.id for d in offered[1:])

    choose_text(editor.state_combo, "teilweise angenommen")
    type_text(qtbot, editor.response_edit, "Wir bündeln die Angebote zunächst im Nordwesten.")
    editor.decision_combo.setCurrentIndex(editor.decision_combo.findData(decision.id))
    editor.responded_edit.setDate(QDate(2026, 11, 20))
    before = main_window.context.undo_stack.count()
    leave_answer(qtbot, view)  # the whole answer as shown, one edit

    stored = store_of.recommendations.get(rec.id)
    assert (stored.state, stored.response_text, stored.response_decision_id,
            stored.responded_on) == (
        R.PARTLY_ADOPTED, "Wir bündeln die Angebote zunächst im Nordwesten.", decision.id,
        date(2026, 11, 20))
    assert not editor.error_label.isVisible()
    assert main_window.context.undo_stack.count() == before + 1
    assert main_window.context.undo_stack.undoText() == "Empfehlung beantworten"
    row = row_of(view, RECEIVED_TITLE)
    assert view.model.index(row, 5).data() == "teilweise angenommen"
    assert view.model.index(row, 7).data() == "20.11.2026"
    assert view.editor.rec.id == rec.id  # still selected after the list was read again
    assert view.count_label.text() == "5 Empfehlungen, 1 unbeantwortet"
    assert main_window.navigation.item(3).text() == "Empfehlungen  (1)"

    main_window.undo_action.trigger()  # Strg+Z
    undone = store_of.recommendations.get(rec.id)
    assert (undone.state, undone.response_text, undone.response_decision_id,
            undone.responded_on) == (R.RECEIVED, "", None, None)
    assert view.model.index(row_of(view, RECEIVED_TITLE), 5).data() == "eingegangen"
    assert editor.state_combo.currentIndex() == -1
    assert editor.response_edit.toPlainText() == ""
    assert main_window.navigation.item(3).text() == "Empfehlungen  (2)"

    main_window.redo_action.trigger()
    assert store_of.recommendations.get(rec.id).state is R.PARTLY_ADOPTED


def test_answer_survives_reopening_the_file(main_window, store_of, qtbot, reopen):
    view = open_view(main_window)
    select(qtbot, view, ON_AGENDA_TITLE)
    rec = rec_titled(store_of, ON_AGENDA_TITLE)
    choose_text(view.editor.state_combo, "abgelehnt")
    type_text(qtbot, view.editor.response_edit, "Zwei Sitze sind zu viele; ein Sitz genügt.")
    with reopen() as store:  # closing the file stores what is typed
        stored = store.recommendations.get(rec.id)
        assert (stored.state, stored.response_text, stored.responded_on) == (
            R.REJECTED, "Zwei Sitze sind zu viele; ein Sitz genügt.", TODAY)


def test_answered_state_without_text_is_refused_in_german(main_window, store_of, qtbot):
    view = open_view(main_window)
    select(qtbot, view, RECEIVED_TITLE)
    rec = rec_titled(store_of, RECEIVED_TITLE)
    before = main_window.context.undo_stack.count()
    pick_text(view.editor.state_combo, "angenommen")
    assert view.editor.error_label.isVisible()
    assert view.editor.error_label.text() == REFUSAL
    stored = store_of.recommendations.get(rec.id)
    assert (stored.state, stored.response_text, stored.responded_on) == (R.RECEIVED, "", None)
    assert main_window.context.undo_stack.count() == before
    # typing a reason clears the message; then it is stored
    type_text(qtbot, view.editor.response_edit, "Wir folgen der Empfehlung.")
    assert not view.editor.error_label.isVisible()
    leave_answer(qtbot, view)
    assert store_of.recommendations.get(rec.id).state is R.ADOPTED


def test_a_reason_typed_before_the_state_is_chosen_is_kept(main_window, store_of, qtbot):
    view = open_view(main_window)
    select(qtbot, view, RECEIVED_TITLE)
    type_text(qtbot, view.editor.response_edit, "Wird vorbereitet.")
    select(qtbot, view, ON_AGENDA_TITLE)  # another recommendation, no answer chosen
    stored = rec_titled(store_of, RECEIVED_TITLE)
    assert (stored.state, stored.response_text) == (R.RECEIVED, "Wird vorbereitet.")
    assert view.editor.rec.title == ON_AGENDA_TITLE


def test_deferring_needs_no_text_and_stays_awaiting(main_window, store_of, qtbot):
    view = open_view(main_window)
    select(qtbot, view, RECEIVED_TITLE)
    pick_text(view.editor.state_combo, "zurückgestellt")
    assert rec_titled(store_of, RECEIVED_TITLE).state is R.DEFERRED
    assert view.attention_count() == 2


def test_only_unanswered_filter(main_window, store_of, qtbot):
    view = open_view(main_window)
    view.awaiting_check.setChecked(True)
    titles = {view.model.record(r).title for r in range(view.model.rowCount())}
    assert titles == {RECEIVED_TITLE, ON_AGENDA_TITLE}
    assert view.count_label.text() == "2 Empfehlungen, 2 unbeantwortet"
    jha = store_of.bodies.resolve("JHA")
    view.body_filter.setCurrentIndex(view.body_filter.findData(jha.id))
    assert view.model.rowCount() == 0
    assert view.editor.placeholder.isVisible()


def test_answered_record_stays_in_the_editor_under_the_filter(main_window, store_of, qtbot):
    view = open_view(main_window)
    view.awaiting_check.setChecked(True)
    select(qtbot, view, RECEIVED_TITLE)
    choose_text(view.editor.state_combo, "angenommen")
    type_text(qtbot, view.editor.response_edit, "Wir folgen der Empfehlung.")
    leave_answer(qtbot, view)
    assert view.model.rowCount() == 1  # it left the list of unanswered ones …
    assert view.editor.rec.title == RECEIVED_TITLE  # … but the answer stays in view
    assert view.editor.state_label.text() == "angenommen"


def test_attention_count_is_the_number_awaiting(main_window, store_of):
    view = open_view(main_window)
    assert view.attention_count() == store_of.recommendations.count_awaiting() == 2
    assert main_window.navigation.item(3).text() == "Empfehlungen  (2)"


def test_new_recommendation_dialog_returns_values(main_window, store_of, qtbot):
    open_view(main_window)
    today = date(2026, 11, 25)
    dialog = RecommendationDialog(main_window, main_window.context, today)
    qtbot.addWidget(dialog)
    pg = store_of.bodies.resolve("PG1")
    sg = store_of.bodies.resolve("SG")
    assert dialog.from_combo.currentData() == pg.id
    assert dialog.to_combo.currentData() == sg.id  # the body the board advises
    assert not dialog.ok_button.isEnabled()  # no title yet
    type_text(qtbot, dialog.title_edit, "Kinderschutz im Sozialraum stärken")
    assert dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.text_edit, "Jedes Sozialraumteam benennt eine Kinderschutzfachkraft.")
    assert dialog.meeting_combo.currentText() == "(ohne Sitzung)"
    meeting = store_of.meetings.list(pg.id)[-1]
    # the board's meeting of the day is suggested with the date
    dialog.adopted_edit.setDate(QDate(meeting.date.year, meeting.date.month, meeting.date.day))
    assert dialog.meeting_combo.currentData() == meeting.id
    dialog.adopted_edit.setDate(QDate(2026, 11, 20))
    dialog.due_check.setChecked(True)
    assert dialog.due_edit.date() == QDate(2027, 2, 20)
    captions = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)
                if label.buddy() is not None}
    assert captions["&Titel:"] is dialog.title_edit
    assert dialog.values() == NewRecommendation(
        pg.id, sg.id, "Kinderschutz im Sozialraum stärken", date(2026, 11, 20),
        "Jedes Sozialraumteam benennt eine Kinderschutzfachkraft.", meeting.id,
        date(2027, 2, 20))


def test_new_recommendation_is_stored_and_selected(main_window, store_of, qtbot,
                                                   monkeypatch):
    view = open_view(main_window)
    pg = store_of.bodies.resolve("PG1")
    sg = store_of.bodies.resolve("SG")
    values = NewRecommendation(pg.id, sg.id, "Kinderschutz im Sozialraum stärken",
                               TODAY, "Jedes Team benennt eine Fachkraft.", None,
                               TODAY + timedelta(days=60))
    monkeypatch.setattr(RecommendationDialog, "ask", classmethod(
        lambda cls, parent, context, today: values))
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    rec = rec_titled(store_of, "Kinderschutz im Sozialraum stärken")
    assert (rec.state, rec.text, rec.response_due) == (
        R.RECEIVED, "Jedes Team benennt eine Fachkraft.", TODAY + timedelta(days=60))
    assert view.editor.rec.id == rec.id
    assert view.model.record(0).id == rec.id  # newest first
    assert view.attention_count() == 3
    assert main_window.context.undo_stack.undoText() == "Empfehlung erfassen"
    main_window.undo_action.trigger()
    assert store_of.recommendations.count_list() == 5


def test_new_recommendation_refused_is_shown(main_window, store_of, qtbot, monkeypatch):
    view = open_view(main_window)
    pg = store_of.bodies.resolve("PG1")
    values = NewRecommendation(pg.id, pg.id, "An sich selbst", TODAY, "", None, None)
    monkeypatch.setattr(RecommendationDialog, "ask", classmethod(
        lambda cls, parent, context, today: values))
    shown = []
    monkeypatch.setattr(module.QMessageBox, "warning", lambda parent, title, text:
                        shown.append(text))
    monkeypatch.setattr("sro_desktop.ui.context.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))
    view.add_recommendation()
    assert shown == ["Eine Empfehlung richtet sich an ein anderes Gremium."]
    assert store_of.recommendations.count_list() == 5


def test_put_on_agenda_of_an_upcoming_meeting(main_window, store_of, qtbot, monkeypatch):
    view = open_view(main_window)
    select(qtbot, view, RECEIVED_TITLE)
    rec = rec_titled(store_of, RECEIVED_TITLE)
    sg = store_of.bodies.resolve("SG")
    upcoming = [m for m in store_of.meetings.list(sg.id) if m.date >= TODAY
                and m.state in (MeetingState.PLANNED, MeetingState.INVITED)]
    offered: list[list[tuple[str, str]]] = []

    def ask(cls, parent, chosen, meetings):
        offered.append(meetings)
        return AgendaChoice(meetings[0][0], 25)

    monkeypatch.setattr(AgendaDialog, "ask", classmethod(ask))
    qtbot.mouseClick(view.editor.agenda_button, Qt.MouseButton.LeftButton)
    assert [m for m, _text in offered[0]] == [m.id for m in upcoming]
    first = upcoming[0]
    assert offered[0][0][1] == f"{first.number}. Sitzung am {german_date(first.date)}"
    item = store_of.recommendations.agenda_items(rec.id)[0]
    assert (item.meeting_id, item.duration_minutes, item.title) == (
        first.id, 25, f"Empfehlung {rec.number}: {RECEIVED_TITLE}")
    assert store_of.recommendations.get(rec.id).state is R.ON_AGENDA
    assert view.editor.agenda_label.text() == (
        f"TOP {item.position} der {first.number}. Sitzung am {german_date(first.date)}")
    assert view.editor.meeting_button.isVisible()
    with qtbot.waitSignal(main_window.context.show_record, timeout=WAIT_MS) as jump:
        qtbot.mouseClick(view.editor.meeting_button, Qt.MouseButton.LeftButton)
    assert jump.args == ["meetings", first.id]
    main_window.undo_action.trigger()
    assert store_of.recommendations.agenda_items(rec.id) == []
    assert store_of.recommendations.get(rec.id).state is R.RECEIVED


def test_agenda_dialog_offers_meetings_and_duration(main_window, store_of, qtbot):
    rec = rec_titled(store_of, RECEIVED_TITLE)
    dialog = AgendaDialog(main_window, rec, [("a", "8. Sitzung am 11.12.2026"),
                                             ("b", "9. Sitzung am 22.01.2027")])
    qtbot.addWidget(dialog)
    dialog.meeting_combo.setCurrentIndex(1)
    dialog.duration.setValue(30)
    assert dialog.values() == AgendaChoice("b", 30)


def test_show_record_clears_a_filter_that_hides_it(main_window, store_of):
    view = open_view(main_window)
    view.awaiting_check.setChecked(True)
    answered = next(r for r in store_of.recommendations.list() if r.state is R.REJECTED)
    assert view.show_record("recommendations", answered.id) is True
    assert not view.awaiting_check.isChecked()
    assert view.editor.rec.id == answered.id
    assert view.model.record(view.table.currentIndex().row()).id == answered.id
    assert view.show_record("decisions", answered.id) is False
    assert view.show_record("recommendations", "gibt-es-nicht") is False


def test_accessible_names_and_mnemonics(main_window):
    view = open_view(main_window)
    assert view.table.accessibleName() == "Empfehlungen"
    assert view.editor.response_edit.accessibleName() == "Antwort mit Begründung"
    assert view.editor.state_combo.accessibleName() == "Antwort: Status"
    captions = {label.text(): label.buddy() for label in view.findChildren(QLabel)
                if label.buddy() is not None}
    assert captions["Ant&wort:"] is view.editor.response_edit
    assert captions["Stat&us:"] is view.editor.state_combo
    assert captions["Besch&luss:"] is view.editor.decision_combo


def test_empty_file_shows_no_recommendations(main_window, tmp_path):
    assert main_window.open_file(tmp_path / "leer.sro", create=True)
    view = open_view(main_window)
    assert view.model.rowCount() == 0
    assert view.attention_count() == 0
    assert view.editor.placeholder.isVisible()
    assert main_window.navigation.item(3).text() == "Empfehlungen"
