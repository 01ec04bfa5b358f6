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
