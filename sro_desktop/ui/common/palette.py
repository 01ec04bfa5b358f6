"""The muted colours of UX.md; every view takes its colours from here, through
:func:`shown` (light variants on a dark or high-contrast system palette)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
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

# The same meanings on a dark ground (a dark or high-contrast system theme): light text
# colours with at least 4.5:1 on black and on a dark grey up to #3c3c3c, dark tints
# behind rows on which white and the light colour still read (tests/ui/test_palette.py).
DARK_VARIANTS = {
    OVERDUE.rgb(): QColor("#ff8a80"),
    DUE_SOON.rgb(): QColor("#f5c265"),
    DONE.rgb(): QColor("#b4bcbd"),
    ADOPTED.rgb(): QColor("#7fd89d"),
    IN_PROGRESS.rgb(): QColor("#8cbff0"),
    OPEN.rgb(): QColor("#a9c1d9"),
    OVERDUE_BACKGROUND.rgb(): QColor("#4a1c17"),
    DUE_SOON_BACKGROUND.rgb(): QColor("#42330c"),
}


def dark_ground() -> bool:
    """Whether the system palette writes on a dark ground (lists, tables, fields: Base)."""
    if QGuiApplication.instance() is None:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5


def shown(colour: QColor) -> QColor:
    """One of the colours above as the system palette needs it: itself on a light
    ground, its light variant (or dark tint, for a background) on a dark one. Asked when
    a label is styled, a cell's data is read or a chart is painted, never at import."""
    return DARK_VARIANTS.get(colour.rgb(), colour) if dark_ground() else colour


def text_style(colour: QColor, *, bold: bool = False) -> str:
    """The style sheet of a label written in one of these colours."""
    return f"color: {shown(colour).name()};" + (" font-weight: bold;" if bold else "")


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
