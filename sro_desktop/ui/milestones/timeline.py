"""The timeline of the Meilensteine view: quarters as columns, a card per milestone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygon,
    QWheelEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolTip, QWidget

from ... import clock
from ...domain.calendar import german_date, quarter_end, quarter_of, short_quarter_label
from ...domain.enums import MilestoneState
from ...domain.milestones import PROCESS_START_YEAR, target_label
from ...domain.model import Milestone
from ..common.palette import (
    ADOPTED,
    DONE,
    DUE_SOON,
    DUE_SOON_BACKGROUND,
    IN_PROGRESS,
    OVERDUE,
    shown,
)
from ..context import label

# Milestone states on the timeline (muted, as the rest of the window).
STATE_COLOURS = {
    MilestoneState.REACHED: ADOPTED,
    MilestoneState.IN_PROGRESS: IN_PROGRESS,
    MilestoneState.DELAYED: OVERDUE,
    MilestoneState.PLANNED: DONE,
}
TODAY_COLOUR = DUE_SOON
TODAY_BACKGROUND = DUE_SOON_BACKGROUND


def state_colour(state: MilestoneState) -> QColor:
    return shown(STATE_COLOURS.get(state, DONE))


def quarter_index(year: int, quarter: int) -> int:
    return year * 4 + quarter - 1


@dataclass(frozen=True)
class TimelineItem:
    milestone: Milestone
    done: int  # tasks finished
    counted: int  # tasks counted (dropped ones are not)


def two_lines(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """The text in at most two lines of ``width`` pixels; the second elided if needed."""
    words = text.split()
    first: list[str] = []
    while words and metrics.horizontalAdvance(" ".join([*first, words[0]])) <= width:
        first.append(words.pop(0))
    if not first:  # one very long word
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    lines = [" ".join(first)]
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


class TimelineWidget(QWidget):
    """Quarters from the process's first year (2017) on as columns; each milestone a card
    in its target quarter.

    Click a card or use Left/Right (Home/End) to select; ``selection_changed``
    gives the index into :attr:`items` (-1: none).
    """

    selection_changed = Signal(int)
    accessible_role = QAccessible.Role.Chart  # for a screen reader (ui/app.py)

    COLUMN = 64  # pixels per quarter
    MARGIN = 12
    YEAR_ROW = 22
    QUARTER_ROW = 20
    AXIS_GAP = 18  # below the quarter labels: the axis with the markers
    CARD_QUARTERS = 4  # a card is as wide as a year
    MARKER_REACH = 12  # pixels a marker, an outline or a pen reaches beyond its card
    CARD_HEIGHT = 74
    LANE_GAP = 10

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[TimelineItem] = []
        self.today = clock.today()
        self.current = -1
        self.first = quarter_index(PROCESS_START_YEAR, 1)
        self.last = self.first + 7
        self._lanes: list[int] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Zeitleiste der Meilensteine"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(self.font().pointSizeF() * 0.88)
        self.bold = QFont(self.font())
        self.bold.setBold(True)

    # data ---------------------------------------------------------------------------------
    def set_items(self, items: list[TimelineItem], today: date) -> None:
        """Show these milestones (in the store's order: by target quarter)."""
        chosen = self.items[self.current].milestone.id if 0 <= self.current < len(
            self.items) else None
        self.items = items
        self.today = today
        targets = [quarter_index(i.milestone.target_year, i.milestone.target_quarter)
                   for i in items]
        today_index = quarter_index(today.year, quarter_of(today))
        self.first = min([quarter_index(PROCESS_START_YEAR, 1), *targets])
        self.first -= self.first % 4  # whole years
        latest = max([*targets, today_index])
        self.last = max(latest + 4, today_index + 1)  # at least a year after the latest
        self.last += 3 - self.last % 4
        self._layout_lanes()
        self.setMinimumSize(self.sizeHint())
        self.current = next((n for n, i in enumerate(items) if i.milestone.id == chosen), -1)
        self._update_description()
        self.updateGeometry()
        self.update()

    def _layout_lanes(self) -> None:
        """Each card in the first lane where it does not overlap the card before it."""
        ends: list[int] = []
        self._lanes = []
        for item in self.items:
            start = quarter_index(item.milestone.target_year, item.milestone.target_quarter)
            lane = next((n for n, end in enumerate(ends) if end <= start), len(ends))
            if lane == len(ends):
                ends.append(0)
            ends[lane] = start + self.CARD_QUARTERS
            self._lanes.append(lane)

    def quarters(self) -> list[tuple[int, int]]:
        return [(q // 4, q % 4 + 1) for q in range(self.first, self.last + 1)]

    def quarter_text(self, year: int, quarter: int) -> str:
        return short_quarter_label(year, quarter)

    # geometry ----------------------------------------------------------------------------
    @property
    def axis_y(self) -> int:
        return self.YEAR_ROW + self.QUARTER_ROW + self.AXIS_GAP // 2 + 4

    @property
    def lanes_top(self) -> int:
        return self.YEAR_ROW + self.QUARTER_ROW + self.AXIS_GAP + 8

    def sizeHint(self) -> QSize:
        lanes = max(self._lanes, default=0) + 1
        width = 2 * self.MARGIN + (self.last - self.first + 1) * self.COLUMN
        height = self.lanes_top + lanes * (self.CARD_HEIGHT + self.LANE_GAP) + self.MARGIN
        return QSize(width, height)

    def quarter_rect(self, year: int, quarter: int) -> QRect:
        """The whole column of a quarter."""
        x = self.MARGIN + (quarter_index(year, quarter) - self.first) * self.COLUMN
        return QRect(x, 0, self.COLUMN, max(self.height(), self.sizeHint().height()))

    def card_rect(self, index: int) -> QRect:
        m = self.items[index].milestone
        column = self.quarter_rect(m.target_year, m.target_quarter)
        top = self.lanes_top + self._lanes[index] * (self.CARD_HEIGHT + self.LANE_GAP)
        width = self.CARD_QUARTERS * self.COLUMN - 8
        return QRect(column.left() + 3, top, width, self.CARD_HEIGHT)

    def marker_point(self, index: int) -> QPoint:
        m = self.items[index].milestone
        column = self.quarter_rect(m.target_year, m.target_quarter)
        return QPoint(column.left() + 9, self.axis_y)

    def today_quarter(self) -> tuple[int, int]:
        return self.today.year, quarter_of(self.today)

    def today_x(self) -> int:
        """Where today lies, within its quarter's column."""
        year, quarter = self.today_quarter()
        column = self.quarter_rect(year, quarter)
        start = date(year, quarter * 3 - 2, 1)
        share = (self.today - start).days / ((quarter_end(year, quarter) - start).days + 1)
        return column.left() + round(share * self.COLUMN)

    def index_at(self, pos: QPoint) -> int:
        for index in range(len(self.items)):
            marker = self.marker_point(index)
            if self.card_rect(index).contains(pos) or (
                    abs(pos.x() - marker.x()) <= 7 and abs(pos.y() - marker.y()) <= 7):
                return index
        return -1

    # texts --------------------------------------------------------------------------------
    def progress_text(self, item: TimelineItem) -> str:
        if not item.counted:
            return self.tr("keine Aufgaben verknüpft")
        return (self.tr("%1/%2 Aufgaben erledigt").replace("%1", str(item.done))
                .replace("%2", str(item.counted)))

    def item_text(self, item: TimelineItem) -> str:
        m = item.milestone
        return ", ".join((m.title, target_label(m), label(m.state), self.progress_text(item)))

    def _update_description(self) -> None:
        lines = [self.item_text(i) for i in self.items] or [self.tr("keine Meilensteine")]
        chosen = (self.tr("Ausgewählt: %1. ").replace("%1", self.items[self.current]
                                                       .milestone.title)
                  if 0 <= self.current < len(self.items) else "")
        self.setAccessibleDescription(
            chosen + self.tr("Heute ist der %1. ").replace("%1", german_date(self.today))
            + self.tr("Meilensteine: ") + "; ".join(lines)
            + self.tr(". Pfeiltasten links und rechts wählen den vorigen oder nächsten."))

    # selection ----------------------------------------------------------------------------
    def select(self, index: int) -> None:
        if not self.items:
            index = -1
        else:
            index = max(0, min(index, len(self.items) - 1)) if index >= 0 else -1
        if index == self.current:
            return
        self.current = index
        self._update_description()
        self.update()
        self.selection_changed.emit(index)

    def select_id(self, milestone_id: str) -> bool:
        index = next((n for n, i in enumerate(self.items) if i.milestone.id == milestone_id),
                     -1)
        if index >= 0:
            self.select(index)
        return index >= 0

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.index_at(event.position().toPoint())
            if index >= 0:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self.select(index)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Left and self.items:
            self.select(max(self.current - 1, 0) if self.current >= 0 else 0)
        elif key == Qt.Key.Key_Right and self.items:
            self.select(min(self.current + 1, len(self.items) - 1))
        elif key == Qt.Key.Key_Home and self.items:
            self.select(0)
        elif key == Qt.Key.Key_End and self.items:
            self.select(len(self.items) - 1)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            index = self.index_at(pos)
            if index >= 0:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  self.item_text(self.items[index]).replace(", ", "\n", 1),
                                  self)
            elif abs(pos.x() - self.today_x()) <= 4:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  self.tr("Heute, %1").replace("%1", german_date(self.today)),
                                  self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current < 0 and self.items:
            self.select(0)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.text().color()
        grid = QColor(text)
        grid.setAlpha(40)
        year_line = QColor(text)
        year_line.setAlpha(110)
        height = self.height()
        today_year, today_q = self.today_quarter()
        visible_left = self.visibleRegion().boundingRect().left()

        # only what the paint event asks for: the scroll area shows a part of the years
        area = event.rect().adjusted(-self.MARKER_REACH, 0, self.MARKER_REACH, 0)

        def seen(left: int, right: int) -> bool:
            return left <= area.right() and right >= area.left()

        # columns: today's quarter shaded, quarter and year lines, labels
        painter.fillRect(self.quarter_rect(today_year, today_q), shown(TODAY_BACKGROUND))
        metrics_small = QFontMetrics(self.small)
        for year, quarter in self.quarters():
            column = self.quarter_rect(year, quarter)
            if seen(column.left(), column.right()):
                painter.setPen(QPen(year_line if quarter == 1 else grid, 1))
                painter.drawLine(column.left(), self.YEAR_ROW if quarter != 1 else 0,
                                 column.left(), height)
                painter.setFont(self.small)
                painter.setPen(text if (year, quarter) == (today_year, today_q) else
                               palette.placeholderText().color())
                painter.drawText(QRect(column.left(), self.YEAR_ROW, self.COLUMN,
                                       self.QUARTER_ROW),
                                 Qt.AlignmentFlag.AlignCenter, self.quarter_text(year, quarter))
            if quarter == 1 and seen(column.left(), column.left() + 4 * self.COLUMN):
                # the year's label stays in view while its year is
                painter.setFont(self.bold)
                painter.setPen(text)
                width = QFontMetrics(self.bold).horizontalAdvance(str(year))
                x = min(max(column.left(), visible_left) + 6,
                        column.left() + 4 * self.COLUMN - width - 6)
                painter.drawText(QRect(x, 0, width + 2, self.YEAR_ROW),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 str(year))
        right = self.quarter_rect(*self.quarters()[-1]).right() + 1
        painter.setPen(QPen(year_line, 1))
        painter.drawLine(right, 0, right, height)

        # the axis
        painter.setPen(QPen(year_line, 2))
        painter.drawLine(self.MARGIN, self.axis_y, right, self.axis_y)

        # connectors, then cards and markers (those in the area)
        in_view = [index for index in range(len(self.items))
                   if seen(self.marker_point(index).x(), self.card_rect(index).right())]
        for index in in_view:
            marker = self.marker_point(index)
            card = self.card_rect(index)
            colour = state_colour(self.items[index].milestone.state)
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DotLine))
            painter.drawLine(marker.x(), marker.y(), marker.x(), card.top())
        for index in in_view:
            self._paint_card(painter, index, self.items[index], metrics_small)

        # today: a line over everything, with its label at the top
        x = self.today_x()
        painter.setPen(QPen(shown(TODAY_COLOUR), 2, Qt.PenStyle.DashLine))
        painter.drawLine(x, self.YEAR_ROW, x, height)
        painter.setFont(self.small)
        tag_text = self.tr("heute %1").replace("%1", self.today.strftime("%d.%m."))
        tag = metrics_small.boundingRect(tag_text).adjusted(-4, -1, 4, 1)
        tag.moveTopLeft(QPoint(x + 3, (self.YEAR_ROW - tag.height()) // 2))
        painter.fillRect(tag, shown(TODAY_COLOUR))
        painter.setPen(palette.base().color())  # white on amber; black on light amber
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, tag_text)
        painter.end()

    def _paint_card(self, painter: QPainter, index: int, item: TimelineItem,
                    metrics_small: QFontMetrics) -> None:
        m = item.milestone
        colour = state_colour(m.state)
        card = self.card_rect(index)
        selected = index == self.current
        palette = self.palette()
        tint = QColor(colour)
        tint.setAlpha(28 if not selected else 60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.base())
        painter.drawRoundedRect(card, 4, 4)
        painter.setBrush(QBrush(tint))
        painter.drawRoundedRect(card, 4, 4)
        painter.setBrush(QBrush(colour))
        painter.drawRect(QRect(card.left(), card.top(), 5, card.height()))
        if selected:
            pen = QPen(palette.highlight().color(), 2)
            if self.hasFocus():
                pen.setStyle(Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 4, 4)
            if self.hasFocus():
                painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
                painter.drawRoundedRect(card.adjusted(-3, -3, 3, 3), 6, 6)

        inner = card.adjusted(11, 5, -6, -5)
        painter.setFont(self.bold)
        bold_metrics = QFontMetrics(self.bold)
        painter.setPen(palette.text().color())
        y = inner.top()
        for line in two_lines(bold_metrics, m.title, inner.width()):
            painter.drawText(QRect(inner.left(), y, inner.width(), bold_metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += bold_metrics.height()
        painter.setFont(self.small)
        info = f"{target_label(m)} · {label(m.state)}"
        painter.setPen(colour.darker(115))
        row = QRect(inner.left(), inner.bottom() - 2 * metrics_small.height() + 1,
                    inner.width(), metrics_small.height())
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics_small.elidedText(info, Qt.TextElideMode.ElideRight,
                                                  inner.width()))
        # progress: a small bar and the count (no bar without tasks: nothing to measure)
        row.translate(0, metrics_small.height())
        text_row = row
        if item.counted:
            bar = QRect(row.left(), row.center().y() - 3, 56, 7)
            painter.setPen(QPen(shown(DONE), 1))
            painter.setBrush(palette.base())
            painter.drawRect(bar)
            filled = QRect(bar.left(), bar.top(), round(bar.width() * item.done / item.counted),
                           bar.height())
            painter.fillRect(filled, state_colour(MilestoneState.REACHED))
            text_row = row.adjusted(bar.width() + 6, 0, 0, 0)
            painter.setPen(palette.text().color())
        else:
            painter.setPen(palette.placeholderText().color())
        painter.drawText(text_row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.progress_text(item))

        # the marker on the axis: a diamond in the state's colour
        marker = self.marker_point(index)
        size = 7 if selected else 6
        diamond = QPolygon([QPoint(marker.x(), marker.y() - size),
                            QPoint(marker.x() + size, marker.y()),
                            QPoint(marker.x(), marker.y() + size),
                            QPoint(marker.x() - size, marker.y())])
        painter.setPen(QPen(palette.base().color(), 1))
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(diamond)


class TimelineScroll(QScrollArea):
    """Scrolls sideways with the ordinary mouse wheel when there is nothing to scroll down."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if self.verticalScrollBar().maximum() == 0 and abs(delta.y()) > abs(delta.x()):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta.y())
            event.accept()
            return
        super().wheelEvent(event)


class Legend(QWidget):
    """Colour swatches for the states and the today line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for state in (MilestoneState.REACHED, MilestoneState.IN_PROGRESS,
                      MilestoneState.DELAYED, MilestoneState.PLANNED):
            row.addWidget(self._swatch(state_colour(state)))
            row.addWidget(QLabel(label(state)))
            row.addSpacing(10)
        row.addWidget(self._swatch(shown(TODAY_COLOUR), width=3))
        row.addWidget(QLabel(self.tr("heute")))

    @staticmethod
    def _swatch(colour: QColor, width: int = 12) -> QLabel:
        swatch = QLabel()
        swatch.setFixedSize(width, 12)
        swatch.setStyleSheet(f"background: {colour.name()}; border-radius: 2px;")
        return swatch
