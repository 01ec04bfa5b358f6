"""Nothing typed at a TOP is lost: the decision's fields store themselves when they are
left, and leaving the TOP, the view or the file stores what is still being typed.
Typed with keys into the real widgets, found by their accessible names; the file says
what was stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

from sro_desktop.domain.enums import MeetingState, RecommendationState
from sro_desktop.store import Store
from sro_desktop.ui.common import widgets

TOPIC = "Übertragung auf weitere Stadtteile"


@pytest.fixture
def agenda(main_window, store_of):
    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    agenda = main_window.meetings.open_meeting(draft.id).agenda
    main_window.meetings.panel.tabs.setCurrentWidget(agenda)
    return agenda


def field(parent, kind, name):
    [widget] = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    return widget


def click_item(qtbot, agenda, title):
    """Click the TOP's row in the agenda, as the secretary does."""
    row = next(r for r, i in enumerate(agenda.model.items) if i.title == title)
    rect = agenda.table.visualRect(agenda.model.index(row, 1))
    qtbot.mouseClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert agenda.item_panel.item.title == title


def other_item(agenda):
    return next(i.title for i in agenda.model.items if i.title != TOPIC)


def type_into(qtbot, widget, text):
    """Keys typed into the field (QTest types ASCII only)."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_wording_title_and_votes_survive_a_click_on_another_top(qtbot, agenda, store_of):
    item = agenda.select_item(TOPIC)
    editor = agenda.item_panel.decision_editor
    type_into(qtbot, field(editor, QLineEdit, "Titel des Beschlusses"), "Modellregion Nord")
    type_into(qtbot, field(editor, QPlainTextEdit, "Wortlaut des Beschlusses"),
              "Die Steuerungsgruppe empfiehlt Evershagen.")
    yes = field(editor, QSpinBox, "Freie Träger Ja")
    type_into(qtbot, yes, "4")  # the cursor is still in the field
    click_item(qtbot, agenda, other_item(agenda))

    [decision] = store_of.decisions.for_agenda_item(item.id)
    assert decision.title == "Modellregion Nord"
    assert decision.wording == "Die Steuerungsgruppe empfiehlt Evershagen."
    side = next(s for s in editor.sides if s.name == "Freie Träger")
    assert next(v for v in decision.votes if v.side_id == side.id).yes == 4


def test_each_field_left_is_one_undo_step(qtbot, main_window, agenda, store_of):
    item = agenda.select_item(TOPIC)
    editor = agenda.item_panel.decision_editor
    [before] = store_of.decisions.for_agenda_item(item.id)
    title = field(editor, QLineEdit, "Titel des Beschlusses")
    type_into(qtbot, title, "Erster Titel")
    qtbot.keyClick(title, Qt.Key.Key_Return)  # done with the field: it is stored
    assert store_of.decisions.get(before.id).title == "Erster Titel"
    type_into(qtbot, field(editor, QPlainTextEdit, "Wortlaut des Beschlusses"), "Neu.")
    click_item(qtbot, agenda, other_item(agenda))
    assert store_of.decisions.get(before.id).wording == "Neu."

    main_window.undo_action.trigger()
    assert (store_of.decisions.get(before.id).title, store_of.decisions.get(before.id).wording
            ) == ("Erster Titel", before.wording)
    main_window.undo_action.trigger()
    assert store_of.decisions.get(before.id).title == before.title


def test_votes_the_rules_refuse_are_named_when_the_top_is_left(qtbot, agenda, store_of,
                                                               monkeypatch):
    warnings = []
    monkeypatch.setattr(widgets, "warn_unstored", lambda parent, text: warnings.append(text))
    item = agenda.select_item(TOPIC)
    [before] = store_of.decisions.for_agenda_item(item.id)
    editor = agenda.item_panel.decision_editor
    type_into(qtbot, field(editor, QSpinBox, "Freie Träger Nein"), "40")
    click_item(qtbot, agenda, other_item(agenda))

    assert store_of.decisions.get(before.id).votes == before.votes
    [text] = warnings
    assert before.number in text
    assert "stimmberechtigte Mitglieder anwesend" in text


@pytest.mark.parametrize("leave", ["view", "close file", "close window"])
def test_leaving_the_view_or_the_file_keeps_the_wording(qtbot, main_window, agenda,
                                                        store_of, demo_file, leave):
    item = agenda.select_item(TOPIC)
    editor = agenda.item_panel.decision_editor
    type_into(qtbot, field(editor, QPlainTextEdit, "Wortlaut des Beschlusses"),
              "Getippt und dann weg.")
    if leave == "view":
        main_window.show_view(1)
        stored = store_of.decisions.for_agenda_item(item.id)
    else:
        main_window.close_file() if leave == "close file" else main_window.close()
        with Store.open(demo_file) as store:
            stored = store.decisions.for_agenda_item(item.id)
    assert [d.wording for d in stored] == ["Getippt und dann weg."]


def test_a_reason_typed_before_the_answer_is_chosen_is_kept(qtbot, main_window, store_of):
    rec_item = next(i for m in store_of.meetings.list()
                    if m.state is not MeetingState.APPROVED
                    for i in store_of.agenda.list(m.id) if i.recommendation_id)
    agenda = main_window.meetings.open_meeting(rec_item.meeting_id).agenda
    main_window.meetings.panel.tabs.setCurrentWidget(agenda)
    agenda.select_item(rec_item.id)
    answer = agenda.item_panel.recommendation
    type_into(qtbot, field(answer, QPlainTextEdit, "Begründung der Antwort"),
              "Wird in der Modellregion erprobt.")
    click_item(qtbot, agenda, next(i.title for i in agenda.model.items if i.id != rec_item.id))
    rec = store_of.recommendations.get(rec_item.recommendation_id)
    assert rec.response_text == "Wird in der Modellregion erprobt."
    assert rec.state is not RecommendationState.ADOPTED  # no answer was chosen

    agenda.select_item(rec_item.id)
    state = field(answer, type(answer.state), "Antwort")
    state.setCurrentIndex(state.findData(RecommendationState.ADOPTED.value))
    state.activated.emit(state.currentIndex())
    assert store_of.recommendations.get(rec.id).state is RecommendationState.ADOPTED
