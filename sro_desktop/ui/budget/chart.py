"""Plain bar charts of the budget, painted with QPainter: plan against actual per line of
a year, and per year over all years. The numbers are also in the accessible description,
for a screen reader and for a look without the picture."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.money import euro
from ..common.palette import ADOPTED, IN_PROGRESS, OVERDUE, paint_focus_frame

# All on white with at least 4.5:1: the plan blue, the actual green, text dark grey, an
# overspent rest red.
PLAN = IN_PROGRESS
ACTUAL = ADOPTED
TEXT = QColor("#222222")
OVERSPENT = OVERDUE
BAR_HEIGHT = 9
ROW_GAP = 8


@dataclass(frozen=True)
class Bar:
    """One group of the chart: a label, its plan and its actual (cents)."""

    label: str
    plan: int
    actual: int

    @property
    def remaining(self) -> int:
        return self.plan - self.actual


class BudgetChart(QWidget):
    """Per bar group: the plan (blue) above the actual (green), the rest written right."""

    accessible_role = QAccessible.Role.Chart  # for a screen reader (ui/app.py)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    def show_bars(self, bars: list[Bar], summary: str) -> None:
        """The groups to paint and the text alternative (totals first, then each group)."""
        self.bars = bars
        lines = [summary] + [self.tr("%1: Soll %2, Ist %3, Rest %4")
                             .replace("%1", bar.label).replace("%2", euro(bar.plan))
                             .replace("%3", euro(bar.actual)).replace("%4", euro(bar.remaining))
                             for bar in bars]
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return max(2 * BAR_HEIGHT + 2, self.fontMetrics().height()) + ROW_GAP

    def sizeHint(self) -> QSize:
        return QSize(360, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        legend = self.fontMetrics().height() + 8
        return QSize(240, legend + max(len(self.bars), 1) * self._row_height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            self._paint(painter)
        finally:
            painter.end()
        paint_focus_frame(self)

    def _paint(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        width = self.width()
        top = self._legend(painter)
        if not self.bars:
            painter.setPen(TEXT)
            painter.drawText(4, top + metrics.ascent(), self.tr("Keine Beträge"))
            return
        label_width = min(max(metrics.horizontalAdvance(b.label) for b in self.bars) + 8,
                          width // 3)
        rest_width = max(metrics.horizontalAdvance(self._rest_text(b)) for b in self.bars) + 8
        bar_room = max(width - label_width - rest_width - 8, 20)
        largest = max(max(b.plan, b.actual) for b in self.bars) or 1
        row = self._row_height()
        for number, bar in enumerate(self.bars):
            y = top + number * row
            painter.setPen(TEXT)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            middle = y + BAR_HEIGHT + 1
            painter.drawText(4, middle + metrics.ascent() // 2 - 1, label)
            x = label_width
            for offset, value, colour in ((0, bar.plan, PLAN), (BAR_HEIGHT + 2, bar.actual,
                                                                  ACTUAL)):
                length = round(bar_room * value / largest)
                painter.fillRect(QRectF(x, y + offset, max(length, 1), BAR_HEIGHT), colour)
            painter.setPen(OVERSPENT if bar.remaining < 0 else TEXT)
            painter.drawText(x + bar_room + 6, middle + metrics.ascent() // 2 - 1,
                             self._rest_text(bar))

    def _rest_text(self, bar: Bar) -> str:
        return self.tr("Rest %1").replace("%1", euro(bar.remaining))

    def _legend(self, painter: QPainter) -> int:
        metrics = self.fontMetrics()
        x = 4
        for text, colour in ((self.tr("Soll"), PLAN), (self.tr("Ist"), ACTUAL)):
            painter.fillRect(QRectF(x, 4 + (metrics.height() - BAR_HEIGHT) / 2, 16,
                                    BAR_HEIGHT), colour)
            painter.setPen(QPen(TEXT))
            painter.drawText(x + 20, 4 + metrics.ascent(), text)
            x += 20 + metrics.horizontalAdvance(text) + 16
        return metrics.height() + 10
