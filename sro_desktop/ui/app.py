"""Starting the window: which file, the translations, the first-start demo."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QFileOpenEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .. import language, paths
from .common.after_paint import after_paint


def _read_sources_lightly() -> None:
    """PySide6 reads the source of every module imported after it, to see whether it
    mentions "PySide6" (its ``__feature__`` switching, PYSIDE-2029), through
    ``inspect.getsource``, whose ``linecache`` then keeps every line of every module
    for good: 9 MB in this program. The same question answered from the file, with
    nothing kept. (No module here uses ``__feature__``; if PySide6 changes, this does
    nothing.)"""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return

    def mentions_pyside(module: object) -> bool:
        try:
            with open(getattr(module, "__file__", None) or "", encoding="utf-8",
                      errors="replace") as source:
                return "PySide6" in source.read()
        except (AttributeError, TypeError, OSError):  # built in, or no file
            return False

    setattr(feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010 - PySide6's own


_read_sources_lightly()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APPLICATION)
    app.setOrganizationName(paths.ORGANIZATION)
    app.setApplicationDisplayName(paths.APPLICATION)
    app.setDesktopFileName("sro-desktop")  # Wayland: the window's icon from the .desktop file
    from .about import application_icon

    app.setWindowIcon(application_icon())
    language.use(language.chosen())
    if app.findChild(WheelGuard) is None:
        app.installEventFilter(WheelGuard(app))
        QAccessible.installFactory(accessible_with_role)
    return app


def accessible_with_role(_key: str, obj: QObject) -> QAccessibleInterface | None:
    """A widget that paints itself (a chart, the timeline) names its role for a screen
    reader in ``accessible_role`` (a QAccessible.Role); else Qt's own interface."""
    role = getattr(obj, "accessible_role", None)
    if role is None or not isinstance(obj, QWidget):
        return None
    return QAccessibleWidget(obj, role)


class WheelGuard(QObject):
    """The mouse wheel scrolls the page, not the choice or number under the pointer:
    a combo box, spin box or date field changes by the wheel only while it has the
    focus (it takes the focus by a click or Tab, no longer by the wheel). Lists and
    tables: Tab leaves them, and their frame shows when they have the focus; Tab
    leaves a text field too."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QComboBox | QAbstractSpinBox):
            # QtCore.Qt when first needed: its namespace loads slowly, and the window's
            # frame, painted first, has no combo box
            if watched.focusPolicy() == QtCore.Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Polish and isinstance(watched, QAbstractItemView):
            # Tab leaves a list or table (arrows move in it; while a cell is edited, Tab
            # still goes on to the next cell): a keyboard user is not held for every cell
            watched.setTabKeyNavigation(False)
        elif kind == QEvent.Type.Polish and isinstance(watched, QPlainTextEdit | QTextEdit):
            # Tab leaves a text field (no keyboard trap, WCAG 2.1.2): no field here needs
            # a tab character
            watched.setTabChangesFocus(True)
        elif kind == QEvent.Type.Paint and isinstance(watched, QAbstractItemView) \
                and watched.hasFocus():
            # its frame in the highlight colour while it has the focus: an empty list or a
            # table without a current cell shows the focus no other way (WCAG 2.4.7)
            from .common.palette import paint_focus_frame

            watched.event(event)
            paint_focus_frame(watched)
            return True
        elif kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            owner = watched if isinstance(watched, QComboBox | QAbstractSpinBox) else \
                watched.parentWidget()
            if isinstance(owner, QComboBox | QAbstractSpinBox) and not owner.hasFocus():
                assert isinstance(event, QWheelEvent)
                self._scroll_around(owner, event)
                return True
        return False

    @staticmethod
    def _scroll_around(widget: QWidget, event: QWheelEvent) -> None:
        """Hand the wheel to the scroll area the widget is in (if any)."""
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        viewport = area.viewport()
        position = widget.mapTo(viewport, event.position().toPoint())
        QApplication.sendEvent(viewport, QWheelEvent(
            position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
            event.buttons(), event.modifiers(), event.phase(), event.inverted()))


class FileOpener(QObject):
    """macOS hands a double-clicked or dropped ``.sro`` to the program as a FileOpen
    event, not as an argument (Info.plist's document type, packaging/sro_desktop.spec).
    Before the first file is open it replaces that file; after, the window opens it."""

    def __init__(self, app: QApplication, open_file: Callable[[Path], object]):
        super().__init__(app)
        self.open_file = open_file
        self.requested: Path | None = None
        self.started = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            if self.started:
                self.open_file(path)
            else:
                self.requested = path
            return True
        return False


def start_path(requested: Path | None) -> Path:
    """``--db``, else the last file used, else the demo (not written here)."""
    from .main_window import settings

    if requested is not None:
        return requested
    last = settings().value("files/last")
    if last and Path(str(last)).exists():
        return Path(str(last))
    return paths.demo_db_path()


def start_file(requested: Path | None) -> Path:
    """:func:`start_path`; the demo is created on the very first start."""
    path = start_path(requested)
    if requested is None and path == paths.demo_db_path() and not path.exists():
        from ..store.demo import write_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        write_demo(path)
    return path


def run(db: Path | None = None) -> int:
    """The window first, painted at once; then the file, the pages and the store.
    A crash is reported (ui/crash.py): installed first, told after the first paint."""
    from . import crash

    reporter = crash.install()
    app = make_application()
    from .main_window import MainWindow

    window = MainWindow(pages_later=True)
    window.show_opening(start_path(db))
    window.show_as_before()
    opener = FileOpener(app, window.open_file)

    def open_first_file() -> None:
        opener.started = True
        path = start_file(opener.requested or db)
        window.open_file(path)
        crash.after_start(reporter, window)
        if os.environ.get("SRO_QUIT_AFTER_START") == "1":  # smoke test of a build
            print(f"Window opened: {path}", file=sys.stderr)
            QtCore.QTimer.singleShot(0, app.quit)

    # not painted at all (started minimised): the file after half a second anyway
    after_paint(window, open_first_file, fallback_ms=500)
    code = app.exec()
    reporter.finish()  # a clean exit: no report, no marker left
    return code
