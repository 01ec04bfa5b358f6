"""At 200 % on a 1366×768 screen the window has 683 logical pixels: each view still fits
(what does not fit scrolls, BITV 2.0 / EN 301 549 text resize). Logical pixels do not
depend on QT_SCALE_FACTOR, so this holds at any scale."""

from __future__ import annotations

NARROW = 680


def test_each_view_lets_the_window_be_narrow(main_window, qtbot):
    for number, view in enumerate(main_window.views):
        main_window.show_view(number)
        assert main_window.minimumSizeHint().width() <= NARROW, view.title()
        main_window.resize(NARROW, 400)
        qtbot.waitUntil(lambda: main_window.width() == NARROW)


def test_a_narrow_window_scrolls_a_page_only_for_its_own_width(main_window, qtbot):
    """The pages' stack asks for the room of the page shown, not of the widest page (the
    meetings page, 1052 px): each page scrolls sideways only as far as it needs itself."""
    main_window.resize(NARROW, 500)
    qtbot.waitUntil(lambda: main_window.width() == NARROW)
    area = main_window.stack_area
    for number, view in enumerate(main_window.views):
        main_window.show_view(number)

        def scrolls_for_itself(page=view) -> bool:
            need = max(0, page.minimumSizeHint().width() - area.viewport().width())
            return (main_window.stack.minimumSizeHint() == page.minimumSizeHint()
                    and area.horizontalScrollBar().maximum() == need)

        qtbot.waitUntil(scrolls_for_itself)
        if view is main_window.meetings:  # 574 px before, for its hidden tabs' width
            assert area.horizontalScrollBar().maximum() < 400


def test_the_meeting_tabs_ask_for_the_room_of_the_tab_shown(main_window, qtbot):
    main_window.show_view(0)
    panel = main_window.meetings.panel
    panel.tabs.setCurrentWidget(panel.attendance)
    frame = 12  # the tab widget's frame around the page
    qtbot.waitUntil(lambda: panel.tabs.minimumSizeHint().width() <=
                    panel.attendance.minimumSizeHint().width() + frame)
    assert panel.minutes_tab.minimumSizeHint().width() > \
        panel.attendance.minimumSizeHint().width() + frame  # the hidden tab does not count
