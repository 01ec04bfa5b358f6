"""The search field and its results: typing goes on while results show, the list fits
on the screen, Down/Up/Enter/Escape and a click elsewhere, people in the Gremien view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication


def search(window, qtbot, text: str):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.focus_search()
    qtbot.keyClicks(window.search_field, text)
    popup = window.search_popup
    qtbot.waitUntil(popup.isVisible)  # after the short pause the search waits for
    return popup


def texts(popup) -> list[str]:
    return [popup.item(row).text() for row in range(popup.count())]


def test_typing_goes_on_in_the_field_while_results_show(main_window, qtbot):
    popup = search(main_window, qtbot, "Modell")
    assert QApplication.focusWidget() is main_window.search_field
    qtbot.keyClicks(main_window.search_field, "region")
    assert main_window.search_field.text() == "Modellregion"
    qtbot.waitUntil(lambda: all("Modellregion" in t or "Aufgabe" in t for t in texts(popup)))
    assert QApplication.focusWidget() is main_window.search_field


def test_a_word_inside_a_compound_is_found(main_window, qtbot):
    popup = search(main_window, qtbot, "budget")
    assert any("Sozialraumbudget" in t for t in texts(popup))


def test_down_moves_into_the_results_escape_closes_them(main_window, qtbot):
    field = main_window.search_field
    popup = search(main_window, qtbot, "Modellregion")
    assert popup.count() > 2
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is popup
    assert popup.currentRow() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentRow() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Up)
    qtbot.keyClick(popup, Qt.Key.Key_Up)  # up from the first result: back to the field
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClicks(popup, " fest")  # typed in the list: goes on in the field
    assert field.text() == "Modellregion fest"
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert QApplication.focusWidget() is field
    # Escape in the list closes it too and gives the keyboard back to the field
    main_window.run_search()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert QApplication.focusWidget() is field


def test_enter_in_the_results_opens_the_record(main_window, qtbot):
    popup = search(main_window, qtbot, "Modellregion festlegen")
    row = next(r for r, t in enumerate(texts(popup)) if t.startswith("TOP: "))
    qtbot.keyClick(main_window.search_field, Qt.Key.Key_Down)
    for _ in range(row):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert main_window.stack.currentWidget() is main_window.meetings
    item = main_window.meetings.panel.agenda.selected_item()
    assert item is not None
    assert item.title == "Modellregion festlegen"


def test_a_click_elsewhere_closes_the_results(main_window, qtbot):
    popup = search(main_window, qtbot, "Modellregion")
    navigation = main_window.navigation
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=navigation.visualItemRect(navigation.item(1)).center())
    assert not popup.isVisible()


def test_the_results_fit_on_the_screen_and_are_wide_enough(main_window, qtbot):
    main_window.resize(1366, 740)
    popup = search(main_window, qtbot, "e")  # as many hits as the search gives
    assert popup.count() >= 20
    top_left = popup.mapToGlobal(QPoint(0, 0))
    screen = main_window.screen().availableGeometry()
    window = main_window.frameGeometry()
    for corner in (top_left, top_left + QPoint(popup.width() - 1, popup.height() - 1)):
        assert screen.contains(corner)
        assert window.contains(corner)
    assert popup.width() >= min(480, screen.width())
    # under the search field, the field itself not covered
    field_bottom = main_window.search_field.mapToGlobal(
        QPoint(0, main_window.search_field.height())).y()
    assert top_left.y() >= field_bottom
    # a small window: the list shrinks with it
    main_window.resize(520, 360)
    main_window.run_search()
    top_left = popup.mapToGlobal(QPoint(0, 0))
    assert main_window.frameGeometry().contains(
        top_left + QPoint(popup.width() - 1, popup.height() - 1))


def test_a_person_found_is_shown_in_the_gremien_view(main_window, qtbot):
    popup = search(main_window, qtbot, "Wendt")
    assert texts(popup) == ["Person: Marco Wendt"]
    qtbot.keyClick(main_window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert main_window.stack.currentWidget() is main_window.bodies
    selected = main_window.bodies.members.selected_membership()
    store = main_window.context.s
    assert selected is not None
    assert store.people.get(selected.person_id).last_name == "Wendt"


def test_nothing_found_says_so_and_down_stays_in_the_field(main_window, qtbot):
    popup = search(main_window, qtbot, "Xylophon")
    assert texts(popup) == ["Nichts gefunden."]
    qtbot.keyClick(main_window.search_field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is main_window.search_field
