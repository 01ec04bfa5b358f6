"""Focus is always visible: each kind of control the views use looks different when it
has the focus (WCAG 2.4.7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from waiting import wait_for


def kinds_of_controls(window) -> dict[str, QWidget]:
    """One visible control of each class that takes the focus by Tab, over all views."""
    found: dict[str, QWidget] = {}
    for number, view in enumerate(window.views):
        window.show_view(number)
        pending = getattr(view, "details_pending", None)
        if pending is not None:
            wait_for(lambda pending=pending: not pending())
        for widget in view.findChildren(QWidget):
            if (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.width() > 4 and widget.height() > 4):
                found.setdefault(type(widget).__name__, widget)
    return found


def picture(widget: QWidget):
    QApplication.processEvents()
    return widget.grab().toImage()


@pytest.mark.slow
def test_a_focused_control_looks_different(main_window):
    main_window.activateWindow()
    unchanged = []
    for name, widget in kinds_of_controls(main_window).items():
        view = next(v for v in main_window.views if v.isAncestorOf(widget))
        main_window.show_view(main_window.views.index(view))
        main_window.navigation.setFocus()
        wait_for(lambda widget=widget: not widget.hasFocus())
        before = picture(widget)
        # focus by the keyboard (Tab on, Shift+Tab back): the styles draw the focus
        # frame of a button or box only then
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.ShiftModifier)
        wait_for(lambda widget=widget: widget.hasFocus())
        after = picture(widget)
        if before == after:
            unchanged.append(name)
    assert unchanged == [], "no visible focus: " + ", ".join(unchanged)
