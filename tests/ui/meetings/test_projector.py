"""Projektoransicht (issue 17, row 28): the room's screen follows the TOP the secretary
selects in the agenda and the decision as it is recorded there; a TOP that is not
public shows no title. Driven through the real widgets, found by their accessible
names; what the projector shows is read from its labels, the outcome compared with the
sentence the file holds."""

from __future__ import annotations

import pytest
from acting import click_row, find, press, spin_to, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox, QToolButton

from sro_desktop.domain.calendar import german_date
from sro_desktop.domain.enums import MeetingState
from sro_desktop.ui.meetings.projector import ProjectorWindow, target_screen

TOPIC = "Übertragung auf weitere Stadtteile"
MINUTES_TOP = "Genehmigung des Protokolls der letzten Sitzung"
CLOSED_TOP = "Fallbezogene Kooperation im Sozialraum Nordwest"  # not public in the demo
WORDING = "Das Protokoll der letzten Sitzung wird genehmigt."


@pytest.fixture
def projecting(main_window, store_of, qtbot):
    """The draft meeting's agenda shown, the projector opened by its button."""
    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    panel = main_window.meetings.open_meeting(draft.id)
    panel.tabs.setCurrentWidget(panel.agenda)
    panel.agenda.select_item(TOPIC)
    button = find(panel, QToolButton, "Projektoransicht")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    [window] = [w for w in main_window.findChildren(ProjectorWindow) if w.isVisible()]
    return panel, window


def shown(window, name: str) -> str:
    label = find(window, QLabel, name, deadline_ms=0)
    return label.text()


def all_text(window) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def test_the_projector_follows_the_agenda_and_shows_no_closed_title(projecting, store_of):
    panel, window = projecting
    assert panel.projector.action.isChecked()
    assert shown(window, "Gremium") == "Steuerungsgruppe Sozialraumorientierung"
    meeting = panel.meeting
    assert shown(window, "Sitzung") == f"{meeting.number}. Sitzung · {german_date(meeting.date)}"
    assert shown(window, "TOP") == "TOP 5"
    assert shown(window, "Titel des TOP") == TOPIC
    assert shown(window, "Ergebnis") == "einstimmig angenommen"
    assert shown(window, "Freie Träger Ja") == "6"

    click_row(panel.agenda.table, MINUTES_TOP, column=1)
    assert (shown(window, "TOP"), shown(window, "Titel des TOP")) == ("TOP 3", MINUTES_TOP)
    assert not find(window, QLabel, "Wortlaut", visible=False).isVisible()  # no decision

    click_row(panel.agenda.table, CLOSED_TOP, column=1)
    assert (shown(window, "TOP"), shown(window, "Titel des TOP")) == (
        "TOP 6", "Nichtöffentlicher Teil")
    assert "Kooperation" not in all_text(window)
    assert "Anke" not in all_text(window)  # the presenter's name: no person on the screen

    QTest.keyClick(panel.agenda.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (shown(window, "TOP"), shown(window, "Titel des TOP")) == ("TOP 7", "Verschiedenes")

    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert not panel.projector.action.isChecked()
    assert panel.projector.window is None


def test_the_projector_shows_the_decision_as_it_is_recorded(projecting, store_of):
    panel, window = projecting
    click_row(panel.agenda.table, MINUTES_TOP, column=1)
    items = panel.item_panel
    press(items, "+ Beschluss")
    editor = items.decision_editor
    assert shown(window, "Beschluss").startswith("Beschluss SG-")
    assert not find(window, QLabel, "Ergebnis", visible=False).isVisible()  # not voted yet

    wording = find(editor, QPlainTextEdit, "Wortlaut des Beschlusses")
    type_text(wording, WORDING, leave=False)
    wording.clearFocus()  # done with the field (Tab would be typed into it)
    assert shown(window, "Wortlaut") == WORDING
    spin_to(find(editor, QSpinBox, "Verwaltung Ja"), 4)
    spin_to(find(editor, QSpinBox, "Verwaltung Nein"), 1)
    spin_to(find(editor, QSpinBox, "Freie Träger Ja"), 6)

    [decision] = store_of.decisions.for_agenda_item(items.item.id)
    assert decision.wording == WORDING
    assert decision.result_text
    assert shown(window, "Ergebnis") == decision.result_text  # the domain's sentence
    assert [shown(window, f"Verwaltung {what}") for what in ("Ja", "Nein", "Enthaltung")] \
        == ["4", "1", "0"]
    assert shown(window, "Freie Träger Ja") == "6"

    panel.projector.action.trigger()  # F5 again, or the button: closed
    assert not window.isVisible()


def test_the_projector_takes_the_other_screen_and_asks_among_several():
    asked = []

    def ask(others):
        asked.append(others)
        return len(others) - 1

    assert target_screen(["laptop"], "laptop", ask) == (None, True)
    assert target_screen(["laptop", "beamer"], "laptop", ask) == ("beamer", True)
    assert not asked
    assert target_screen(["laptop", "beamer", "tv"], "laptop", ask) == ("tv", True)
    assert asked == [["beamer", "tv"]]
    assert target_screen(["laptop", "beamer", "tv"], "laptop", lambda _o: None) == (None, False)
