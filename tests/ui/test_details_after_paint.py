"""A view's list is painted first; what it shows beside the list (the chosen record's
details, the tasks' count and chart) follows the paint, and nothing of a file before
shows meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget
from waiting import WAIT_MS

from sro_desktop.store import Store
from sro_desktop.ui.common.after_paint import after_paint


class Paints(QObject):
    """Counts the paint events of a widget."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_after_paint_calls_once_the_widget_has_painted(qtbot):
    label = QLabel("Liste")
    qtbot.addWidget(label)
    label.show()
    paints = Paints(label)
    seen: list[int] = []
    after_paint(label, lambda: seen.append(paints.count))
    assert seen == []  # never at once
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert len(seen) == 1
    assert seen[0] >= 1  # after a paint


def test_after_paint_on_a_hidden_widget_still_calls(qtbot):
    label = QLabel("verborgen")
    qtbot.addWidget(label)
    seen: list[bool] = []
    after_paint(label, lambda: seen.append(True))
    qtbot.waitUntil(lambda: seen == [True], timeout=WAIT_MS)


def test_the_first_decision_is_shown_once_the_register_has_painted(main_window, qtbot):
    view = main_window.decisions
    main_window.show_view(main_window.views.index(view))
    assert view.model.rowCount() > 0
    assert view.table.currentIndex().row() == 0  # chosen at once
    assert view.details_pending()  # its details follow the paint
    qtbot.waitUntil(lambda: not view.details_pending(), timeout=WAIT_MS)
    assert view.current_decision().id == view.model.record(0).id


def test_another_file_shows_no_recommendation_of_the_file_before(main_window, qtbot,
                                                                 tmp_path):
    view = main_window.recommendations
    main_window.show_view(main_window.views.index(view))
    qtbot.waitUntil(lambda: not view.details_pending(), timeout=WAIT_MS)
    assert view.editor.content.isVisible()
    main_window.show_view(0)
    other = tmp_path / "leer.sro"
    Store.open(other, create=True).close()
    assert main_window.open_file(other)
    main_window.show_view(main_window.views.index(view))
    assert not view.editor.content.isVisible()  # the placeholder, not the demo's
    assert view.editor.placeholder.isVisible()


def test_the_tasks_count_and_chart_follow_the_list(main_window, qtbot):
    view = main_window.tasks
    main_window.show_view(main_window.views.index(view))
    assert view.model.rowCount() > 0
    assert view.summary_pending()
    qtbot.waitUntil(lambda: not view.summary_pending(), timeout=WAIT_MS)
    assert view.chart.workload.by_side  # the demo's open tasks, per side
