"""A child started by the benchmark: the window's start, or the bare empty window's.

``python benchmarks/start_child.py ours FILE``: the program's start,
``sro_desktop.ui.app.run(FILE)``; it prints ``painted`` at the main window's first
paint and ``shown`` at the first paint of the meetings page with the file open, then
ends. ``bare``: an empty QMainWindow, ``painted`` at its first paint.
``memory FILE`` / ``bare-memory``: after that, every view is visited (each painted)
and the peak RSS is printed (RESULT {"maxrss_kb": …}).
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

    from benchmarks.dialogs import no_dialogs

    no_dialogs()  # both: the same work before the window
    if ours:
        from sro_desktop.ui.app import make_application

        app = make_application()
    else:
        app = QApplication(sys.argv[:1])

    def say(word: str) -> None:
        sys.stdout.write(word + "\n")
        sys.stdout.flush()

    def finish(window: QMainWindow | None) -> None:
        if mode.endswith("memory"):
            if ours:
                visit_all(app, window)
            from benchmarks.common import emit

            emit({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)

    class Paints(QObject):
        """"painted" at the main window's first paint; for ours then "shown" at the
        first paint of its meetings page with the file open (what the user came for)."""

        painted = shown = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            window = watched.window()
            if not isinstance(window, QMainWindow):
                return False
            if not self.painted:
                self.painted = True
                if mode in ("ours", "bare"):
                    say("painted")
                if not ours:
                    QTimer.singleShot(0, lambda: finish(window))
            meetings = getattr(window, "meetings", None)
            if (ours and not self.shown and meetings is not None
                    and window.context.store is not None  # type: ignore[attr-defined]
                    and (watched is meetings or meetings.isAncestorOf(watched))):
                self.shown = True
                if mode == "ours":
                    say("shown")
                QTimer.singleShot(0, lambda: finish(window))
            return False

    app.installEventFilter(Paints(app))
    if ours:
        from sro_desktop.ui.app import run

        run(Path(sys.argv[2]))  # the program's own start: window first, file after
    else:
        bare = QMainWindow()
        bare.show()
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
