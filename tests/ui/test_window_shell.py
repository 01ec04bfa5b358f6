"""The window's frame on a small screen: it fits 1366×768, comes back maximised if it
was, and a "&" in a name shown in a menu is no mnemonic."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from sro_desktop.ui.main_window import MainWindow

# A 1366×768 screen less a task bar (40) and the window's title bar (30).
LAPTOP_ROOM = (1366, 768 - 40 - 30)


def test_every_view_fits_a_1366_by_768_screen(main_window):
    """The window starts no larger than the screen and never needs more than the laptop's
    room (a page taller than that scrolls in the window: a fallback)."""
    width, height = main_window.size().toTuple()
    available = main_window.screen().availableGeometry()
    assert width <= max(available.width(), main_window.minimumSizeHint().width())
    assert height <= max(available.height(), main_window.minimumSizeHint().height())
    main_window.resize(*LAPTOP_ROOM)
    for number, view in enumerate(main_window.views):
        main_window.show_view(number)
        width, height = main_window.minimumSizeHint().toTuple()
        assert width <= LAPTOP_ROOM[0], view.title()
        assert height <= LAPTOP_ROOM[1], view.title()


def test_the_pages_need_no_scrolling_on_a_1366_by_768_screen(main_window):
    """Each page's own minimum fits the room the window gives it at 1366×698."""
    main_window.resize(*LAPTOP_ROOM)
    for number, view in enumerate(main_window.views):
        main_window.show_view(number)
        needed = view.minimumSizeHint()
        shown = main_window.stack_area.viewport().size()
        assert needed.height() <= shown.height(), view.title()
        assert needed.width() <= shown.width(), view.title()


def test_a_maximised_window_comes_back_maximised(app, qtbot, demo_file):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show_as_before()
    first.open_file(demo_file)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    assert QSettings().value("window/maximized") in (True, "true")

    second = MainWindow()
    qtbot.addWidget(second)
    second.show_as_before()
    assert second.isMaximized()
    second.showNormal()
    qtbot.waitUntil(lambda: not second.isMaximized())
    second.close()

    third = MainWindow()
    qtbot.addWidget(third)
    third.show_as_before()
    assert not third.isMaximized()
    third.close()


def test_the_first_start_on_a_small_screen_is_maximised(app, qtbot):
    """No settings yet, and the test screen is smaller than 1280×800."""
    assert QSettings().value("window/maximized") is None
    window = MainWindow()
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.width() < 1280 or available.height() < 800
    window.show_as_before()
    assert window.isMaximized()
    window.close()


def test_an_ampersand_in_a_name_is_shown_in_the_menus(main_window, tmp_path):
    view_menu = next(a.menu() for a in main_window.menuBar().actions()
                     if a.text() == "&Ansicht")
    texts = [a.text() for a in view_menu.actions()]
    assert "Gremien && Mitglieder" in texts
    # a recent file whose path has an "&"
    odd = tmp_path / "Jugend & Familie.sro"
    QSettings().setValue("files/recent", [str(odd)])
    main_window._fill_recent_menu()
    (entry,) = main_window.recent_menu.actions()
    assert entry.text() == f"&1 {str(odd).replace('&', '&&')}"


def test_an_ampersand_in_an_undo_entry_is_shown(main_window, store_of):
    meeting = store_of.meetings.list()[-1]
    main_window.context.edit("Ort „Jugend & Familie“", store_of.meetings.update, meeting.id,
                             place="Jugend & Familie")
    assert main_window.undo_action.text() == "&Rückgängig Ort „Jugend && Familie“"
    assert main_window.context.undo_stack.text(main_window.context.undo_stack.count() - 1) \
        == "Ort „Jugend & Familie“"


def test_the_search_field_lies_wholly_inside_the_window(main_window):
    from PySide6.QtCore import QPoint

    field = main_window.search_field
    for width in (main_window.minimumSizeHint().width(), 1366):
        main_window.resize(width, 700)
        right = field.mapTo(main_window, QPoint(field.width(), 0)).x()
        assert right <= main_window.width()
        assert field.width() >= 250


def test_a_form_dialog_is_wide_enough_for_its_title(app, qtbot):
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    from sro_desktop.ui.common.forms import TITLE_BAR_BUTTONS, FormDialog

    dialog = FormDialog(None, None)
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    dialog.field_row(form, "&Name", QLineEdit())
    dialog.setWindowTitle("Empfehlung der Planungsgruppe Sozialraumorientierung beantworten")
    dialog.show()
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= min(title + TITLE_BAR_BUTTONS,
                                 dialog.screen().availableGeometry().width())
    dialog.close()


def test_the_minutes_tab_side_panel_is_not_cut_off(main_window, store_of, qtbot):
    """Beside the preview, the check, the circulation and the corrections fit their
    column (it scrolls up and down, never sideways, so a wider part would be cut off)."""
    main_window.resize(*LAPTOP_ROOM)
    draft = next(m for m in store_of.meetings.list() if m.state.value == "draft")
    panel = main_window.meetings.open_meeting(draft.id)
    tab = next(panel.tabs.widget(n) for n in range(panel.tabs.count())
               if panel.tabs.tabText(n).replace("&", "") == "Protokoll")
    panel.tabs.setCurrentWidget(tab)
    parts = tab.parts.parentWidget()
    qtbot.waitUntil(lambda: parts.parentWidget().width() > 0)
    assert parts.minimumSizeHint().width() <= parts.parentWidget().width()


def test_no_two_entries_of_a_menu_share_a_mnemonic(main_window):
    """Alt+letter opens one entry: in each menu of the bar every mnemonic is its own."""
    import re

    def letter(text: str) -> str | None:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        return found.group(1).lower() if found else None

    menus = [a.menu() for a in main_window.menuBar().actions() if a.menu()]
    assert len(menus) >= 4
    for menu in menus:
        letters = [letter(a.text()) for a in menu.actions() if not a.isSeparator()]
        taken = [x for x in letters if x]
        assert len(taken) == len(set(taken)), (menu.title(), sorted(taken))
