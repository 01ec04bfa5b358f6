"""Tab reaches every control of each view: pressed from the view's first control until
the focus comes round again, it passes every visible, enabled control that takes the
focus by Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from waiting import wait_for


def tab_stops(root: QWidget) -> list[QWidget]:
    """The controls of root that Tab should reach."""
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None:
            continue  # its proxy takes the focus
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(),
                                                        QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo box or spin box
        found.append(widget)
    return found


def tab_round(start: QWidget) -> list[QWidget]:
    """The widgets Tab gives the focus to, from start until it comes back (or 400)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    wait_for(lambda: QApplication.focusWidget() is start)
    reached = [start]
    for _ in range(400):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start or now is None:
            break
        reached.append(now)
    return reached


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName() or getattr(widget, "text", str)()
    return f"{type(widget).__name__} {name!r} in {type(widget.parent()).__name__}"


def pages(view: QWidget):
    tabs = next((t for t in view.findChildren(QTabWidget) if t.isVisible()), None)
    if tabs is None:
        yield view
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield tabs.currentWidget()


@pytest.mark.parametrize("view", range(7))
def test_tab_reaches_every_control(main_window, view):
    main_window.activateWindow()
    main_window.show_view(view)
    shown = main_window.views[view]
    pending = getattr(shown, "details_pending", None)
    if pending is not None:
        wait_for(lambda: not pending())
    missing = []
    for page in pages(shown):
        QApplication.processEvents()
        stops = tab_stops(page)
        assert stops, "the page has controls"
        reached = set(tab_round(stops[0]))
        missing += [describe(w) for w in stops if w not in reached]
    assert missing == [], "Tab never reaches:\n" + "\n".join(missing)


def test_tab_goes_through_the_decisions_where_they_are_on_screen(main_window, store_of):
    """The decision editors, made after the rest of the window, sit between the item's
    result and "+ Beschluss" in the Tab order too (not after every other control)."""
    main_window.activateWindow()
    sg = store_of.bodies.resolve("SG")
    draft = next(m for m in store_of.meetings.list(sg.id) if m.state.value == "draft")
    item = store_of.agenda.list(draft.id)[0]
    for title in ("Erster Beschluss", "Zweiter Beschluss"):
        main_window.context.edit("Beschluss", store_of.decisions.add, title,
                                 agenda_item_id=item.id)
    main_window.go_to("agenda_items", item.id)
    panel = main_window.meetings.panel.agenda.item_panel
    wait_for(lambda: len(panel.decision_editors) == 2 and all(
        e.history_button.isVisible() for e in panel.decision_editors))
    first, last = panel.decision_editors
    reached = tab_round(panel.notes)
    assert first.title_edit in reached
    assert last.history_button in reached
    order = [reached.index(w) for w in (panel.notes, first.title_edit, first.history_button,
                                        last.title_edit, last.history_button,
                                        panel.add_decision_button, panel.tasks_list)]
    assert order == sorted(order), "\n".join(describe(w) for w in reached[:max(order) + 1])
    assert reached[reached.index(last.history_button) + 1] is panel.add_decision_button
