"""The muted colours of UX.md; every view takes its colours from here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ...domain.model import Task
from ...domain.tasks import ACTIVE_STATES, is_overdue

# The muted colours of UX.md; the views take theirs from here. Each is written as text
# on white (and the warnings on their own backgrounds) with a contrast of at least
# 4.5:1 (WCAG 2.1 AA, as BITV 2.0 asks; tests/ui/test_palette.py computes it).
OVERDUE = QColor("#b03a2e")  # red: overdue, refused, not quorate, not paritätisch, delayed


DUE_SOON = QColor("#8c5c0b")  # amber: due this week; the today line


DONE = QColor("#636e6f")  # grey: done, dropped, planned; hints


ADOPTED = QColor("#1e7145")  # green: adopted, quorate, paritätisch, reached


IN_PROGRESS = QColor("#2e6da4")  # blue: a milestone under way


OPEN = QColor("#4d6d8a")  # slate: open work, not (yet) overdue


OVERDUE_BACKGROUND = QColor("#f9e5e3")


DUE_SOON_BACKGROUND = QColor("#fdf2d0")


def text_style(colour: QColor, *, bold: bool = False) -> str:
    """The style sheet of a label written in one of these colours."""
    return f"color: {colour.name()};" + (" font-weight: bold;" if bold else "")


def task_foreground(task: Task, today: date) -> QColor | None:
    """A task row's text: red when overdue, grey once done or dropped."""
    if is_overdue(task, today):
        return OVERDUE
    return DONE if task.state not in ACTIVE_STATES else None


def task_background(task: Task, today: date) -> QColor | None:
    return OVERDUE_BACKGROUND if is_overdue(task, today) else None


def quorum_style(quorate: bool) -> str:
    return text_style(ADOPTED if quorate else OVERDUE, bold=True)


def paint_focus_frame(widget: QWidget, width: int = 2) -> None:
    """A frame in the highlight colour along the widget's edge while it has the focus
    (WCAG 2.4.7): for the hand-drawn charts, and for lists and tables (ui/app.py), which
    show no focus of their own while they hold no current cell."""
    if not widget.hasFocus():
        return
    painter = QPainter(widget)
    try:
        pen = QPen(widget.palette().color(QPalette.ColorRole.Highlight), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2
        painter.drawRect(QRectF(widget.rect()).adjusted(half, half, -half, -half))
    finally:
        painter.end()
