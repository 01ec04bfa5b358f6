"""The workload chart of the Aufgaben view: open tasks per side and per organisation."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...store.work import Workload
from ..common.palette import OPEN, OVERDUE, paint_focus_frame, shown
from ..common.widgets import count_text


class WorkloadChart(QWidget):
    """Open tasks per side and per organisation as bars; the overdue part of each in red.

    Drawn by hand (no chart library); the numbers are written beside the bars and the
    accessible description says them in words.
    """

    MARGIN = 8
    GAP = 24
    accessible_role = QAccessible.Role.Chart  # for a screen reader (ui/app.py)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.workload = Workload([], [])
        self.setAccessibleName(self.tr("Offene Aufgaben je Seite und Organisation"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.set_workload(self.workload)

    def set_workload(self, workload: Workload) -> None:
        self.workload = workload
        description = self.summary()
        self.setAccessibleDescription(description)
        self.setToolTip(description.replace(". ", ".\n"))
        self.updateGeometry()
        self.update()

    def groups(self) -> list[tuple[str, list[tuple[str, int, int]]]]:
        return [(self.tr("nach Seite"), self.workload.by_side),
                (self.tr("nach Organisation"), self.workload.by_organization)]

    def summary(self) -> str:
        """"Nach Seite: Verwaltung 5 offen, davon 2 überfällig; …"."""
        parts = []
        for title, rows in self.groups():
            items = "; ".join(
                self.tr("%1 %2 offen, davon %3 überfällig").replace("%1", name)
                .replace("%2", count_text(open_)).replace("%3", count_text(overdue))
                for name, open_, overdue in rows)
            parts.append(self.tr("Offene Aufgaben %1: %2").replace("%1", title)
                         .replace("%2", items or self.tr("keine")))
        return ". ".join(parts) + "."

    def number_text(self, open_: int, overdue: int) -> str:
        if not overdue:
            return count_text(open_)
        return (self.tr("%1 · %2 überfällig").replace("%1", count_text(open_))
                .replace("%2", count_text(overdue)))

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _heading_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        rows = max(len(self.workload.by_side), len(self.workload.by_organization), 1)
        height = 2 * self.MARGIN + 2 * self._heading_height() + rows * self._row_height()
        return QSize(720, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        m = self.MARGIN
        top = m + self._draw_legend(painter, text)
        groups = self.groups()
        width = (self.width() - 2 * m - self.GAP) / len(groups)
        for number, (title, rows) in enumerate(groups):
            left = m + number * (width + self.GAP)
            self._draw_group(painter, QRectF(left, top, width, self.height() - top - m),
                             title, rows, text)
        painter.end()
        paint_focus_frame(self)

    def _draw_legend(self, painter: QPainter, text: QColor) -> int:
        metrics = self.fontMetrics()
        height = self._heading_height()
        x = float(self.MARGIN)
        box = metrics.height() * 0.7
        for colour, words in ((OPEN, self.tr("offen")), (OVERDUE, self.tr("davon überfällig"))):
            y = (height - box) / 2
            painter.fillRect(QRectF(x, y, box, box), shown(colour))
            x += box + 5
            painter.setPen(text)
            painter.drawText(QRectF(x, 0, metrics.horizontalAdvance(words) + 2, height),
                             Qt.AlignmentFlag.AlignVCenter, words)
            x += metrics.horizontalAdvance(words) + 18
        return height

    def _draw_group(self, painter: QPainter, area: QRectF, title: str,
                    rows: list[tuple[str, int, int]], text: QColor) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        heading = self._heading_height()
        painter.drawText(QRectF(area.left(), area.top(), area.width(), heading),
                         Qt.AlignmentFlag.AlignVCenter, self.tr("Offene Aufgaben %1")
                         .replace("%1", title))
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        top = area.top() + heading
        row_height = self._row_height()
        if not rows:
            painter.drawText(QRectF(area.left(), top, area.width(), row_height),
                             Qt.AlignmentFlag.AlignVCenter, self.tr("keine offenen Aufgaben"))
            return
        label_width = min(max(metrics.horizontalAdvance(name) for name, _, _ in rows) + 10,
                          area.width() * 0.38)
        number_width = max(metrics.horizontalAdvance(self.number_text(o, d))
                           for _, o, d in rows) + 8
        bar_left = area.left() + label_width
        bar_width = max(area.width() - label_width - number_width, 10)
        largest = max(open_ for _, open_, _ in rows) or 1
        for number, (name, open_, overdue) in enumerate(rows):
            y = top + number * row_height
            painter.setPen(text)
            painter.drawText(QRectF(area.left(), y, label_width - 8, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                int(label_width - 8)))
            full = bar_width * open_ / largest
            late = bar_width * overdue / largest
            bar_top, bar_height = y + 3, row_height - 6
            painter.fillRect(QRectF(bar_left, bar_top, late, bar_height), shown(OVERDUE))
            painter.fillRect(QRectF(bar_left + late, bar_top, full - late, bar_height),
                             shown(OPEN))
            painter.drawText(QRectF(bar_left + full + 6, y, number_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter, self.number_text(open_, overdue))
