"""A child started by the benchmark: the window's start, or the bare empty window's.

``python benchmarks/start_child.py ours FILE``: as ``sro_desktop.ui.app.run(FILE)``;
on the first paint of the main window (or a child of it) while the file is open it
prints ``painted`` and ends. ``bare``: an empty QMainWindow, the same way.
``memory FILE`` / ``bare-memory``: after that paint, every view is visited (each
painted) and the peak RSS is printed (RESULT {"maxrss_kb": …}).
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    mode = sys.argv[1]
    ours = mode in ("ours", "memory")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    if ours:
        from benchmarks.qt_tools import no_dialogs
        from sro_desktop.ui.app import make_application

        no_dialogs()
        app = make_application()
    else:
        app = QApplication(sys.argv[:1])
    holder: dict[str, QMainWindow] = {}

    def finish() -> None:
        if mode in ("ours", "bare"):
            sys.stdout.write("painted\n")
        else:
            if ours:
                visit_all(app, holder["window"])
            from benchmarks.common import emit

            emit({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            window = holder.get("window")
            if (not self.done and window is not None and event.type() == QEvent.Type.Paint
                    and isinstance(watched, QWidget)
                    and (watched is window or window.isAncestorOf(watched))
                    and (not ours or window.context.store is not None)):  # type: ignore[attr-defined]
                self.done = True
                if mode in ("ours", "bare"):
                    finish()
                QTimer.singleShot(0, finish)
            return False

    app.installEventFilter(FirstPaint(app))
    if ours:
        from sro_desktop.ui.main_window import MainWindow

        window = MainWindow()
        holder["window"] = window
        window.show_as_before()
        window.open_file(Path(sys.argv[2]))
    else:
        holder["window"] = QMainWindow()
        holder["window"].show()
    app.exec()
    sys.exit("the event loop ended before the first paint")


def visit_all(app, window) -> None:
    """Every view shown and painted, and the largest meeting opened."""
    from benchmarks.qt_tools import PaintSpy
    from benchmarks.views_child import largest_meeting, open_meeting

    spy = PaintSpy(app)
    for number, view in enumerate(window.views):
        spy.arm(view)
        window.show_view(number)
        spy.wait()
    window.show_view(0)
    open_meeting(window, spy, largest_meeting(window.context.store.db.conn))


if __name__ == "__main__":
    main()
