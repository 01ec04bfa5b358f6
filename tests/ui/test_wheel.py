"""The mouse wheel scrolls the page, not the combo box or date under the pointer
(ui/app.py WheelGuard, installed by make_application as the program does)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from sro_desktop.ui.common.widgets import date_edit, date_value


def wheel(widget: QWidget, steps: int = -1) -> None:
    """A real wheel event (one notch down) over the middle of ``widget``."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def page(app, qtbot):
    """A tall page in a scroll area, a combo box, a spin box and a date field on it."""
    area = QScrollArea()
    content = QWidget()
    column = QVBoxLayout(content)
    combo = QComboBox()
    combo.addItems(["eins", "zwei", "drei"])
    spin = QSpinBox()
    spin.setValue(5)
    day = date_edit(date(2026, 11, 25))
    other = QComboBox()
    other.addItems(["a", "b"])
    for widget in (combo, spin, day, other):
        column.addWidget(widget)
    column.addSpacing(3000)
    area.setWidget(content)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area)
    return area, combo, spin, day, other


def test_the_wheel_over_an_unfocused_combo_scrolls_the_page(page):
    area, combo, spin, day, other = page
    other.setFocus()
    bar = area.verticalScrollBar()
    assert bar.value() == 0
    wheel(combo)
    assert combo.currentIndex() == 0
    assert bar.value() > 0
    before = bar.value()
    wheel(spin)
    wheel(day)
    assert spin.value() == 5
    assert date_value(day) == date(2026, 11, 25)
    assert bar.value() > before


def test_a_focused_combo_still_takes_the_wheel(page):
    area, combo, _spin, _day, _other = page
    combo.setFocus()
    assert combo.hasFocus()
    wheel(combo)
    assert combo.currentIndex() == 1
    assert area.verticalScrollBar().value() == 0


def test_the_wheel_gives_no_focus(page):
    _area, combo, spin, day, _other = page
    for widget in (combo, spin, day):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
