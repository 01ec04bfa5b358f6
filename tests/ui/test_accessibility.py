"""Every control a user can reach has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from waiting import wait_for

CONTROLS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
            QAbstractItemView)


def unnamed_controls(root):
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    missing, checked = [], 0
    for kind in CONTROLS:
        for widget in root.findChildren(kind):
            if not widget.isVisibleTo(root) or widget.parent() is None:
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox,
                                                                               QAbstractSpinBox)):
                continue  # the editor inside a combo box or spin box
            if isinstance(widget, QHeaderView):
                continue  # a table's header is named by its table
            checked += 1
            if widget.accessibleName() or widget in buddies:
                continue
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert checked >= 1, "the view shows controls"
    return missing


@pytest.mark.parametrize("view", range(6))
def test_views_name_their_controls(main_window, view):
    main_window.show_view(view)
    shown = main_window.views[view]
    pending = getattr(shown, "details_pending", None)  # details follow the list's paint
    if pending is not None:
        wait_for(lambda: not pending())
    assert unnamed_controls(shown) == []


def test_meeting_tabs_name_their_controls(main_window, store_of):
    draft = next(m for m in store_of.meetings.list() if m.state.value == "draft")
    panel = main_window.meetings.open_meeting(draft.id)
    for tab in (panel.attendance, panel.agenda):
        panel.tabs.setCurrentWidget(tab)
        assert unnamed_controls(tab) == []
