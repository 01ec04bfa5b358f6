"""A crash is never silent: a report in the user data folder, and German words to the user.

- A hard crash (a segmentation fault, an abort): Python's ``faulthandler`` writes the
  tracebacks of all threads into this run's report file, which holds the program's,
  Python's and Qt's versions, the platform and the user's last actions from the start
  on (rewritten with each action, so that it is complete whenever the crash comes).
- An unhandled exception (in a slot, a timer, a thread): its traceback goes into a report
  file of its own, and a message box says in German what happened and where the report
  is; the program keeps running.
- A marker says the program runs (``laeuft-<pid>.json``, with the process's identity);
  a clean exit removes it and this run's report file. A marker left by a process that is
  gone means that run ended unexpectedly: the next start says so, that every stored entry
  is still there, and names its report.

The last actions are names only (a view, a menu entry, a dialog's class): never what was
typed, never a record's content. An exception's message is left out of the report for
the same reason (it may repeat a value); its type and the code's lines are kept.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import threading
from collections import deque
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from .. import __version__, paths
from ..domain.words import say

REPORTS = "Absturzberichte"
LAST_ACTIONS = 20
KEEP_REPORTS = 20  # the newest reports kept in the folder
_MARKER_PREFIX = "laeuft-"


def reports_dir() -> Path:
    return paths.user_data_dir() / REPORTS


def _stamp() -> str:
    return datetime.now().strftime("%Y-%m-%d_%H-%M-%S")


class CrashReporter:
    """Installed once by :func:`install` at the program's start."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.actions: deque[str] = deque(maxlen=LAST_ACTIONS)
        self.fault_path: Path | None = None
        self._fault_file: IO[str] | None = None
        self.marker: Path | None = None
        self._showing = False  # a message box about an exception is open
        self._previous_hooks: tuple[Any, Any] | None = None
        self.last_report: Path | None = None  # the last exception's report (tests)
        self._watching = False
        self._teller: Any = None  # tells the user of an error in a thread, in the UI's

    # start and end --------------------------------------------------------------------
    def start(self) -> None:
        """The exception hooks, and faulthandler into this run's report file (OSError:
        no report file can be written; the hooks still tell the user)."""
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        self.folder.mkdir(parents=True, exist_ok=True)
        self.fault_path = self.folder / f"absturz-{_stamp()}-{os.getpid()}.txt"
        # kept open: faulthandler writes into its descriptor when the process dies
        self._fault_file = open(self.fault_path, "w", encoding="utf-8")  # noqa: SIM115
        self._write_fault_head()
        faulthandler.enable(self._fault_file, all_threads=True)

    def mark_running(self) -> list[Path | None]:
        """Write this run's marker; returns the reports of the runs before that ended
        unexpectedly (None: a run without a report), their markers removed."""
        import json

        from ..store.lock import LockOwner

        ended: list[Path | None] = []
        for marker in sorted(self.folder.glob(f"{_MARKER_PREFIX}*.json")):
            if marker == self.marker:
                continue
            try:
                data = json.loads(marker.read_text(encoding="utf-8"))
                owner = LockOwner.from_json(json.dumps(data["owner"]).encode("utf-8"))
            except (OSError, ValueError, KeyError, TypeError):
                owner = None
            if owner is not None and not owner.is_stale():
                continue  # another window of the program, still running
            report = Path(str(data.get("report", ""))) if owner is not None else None
            ended.append(report if report is not None and report.is_file() else None)
            marker.unlink(missing_ok=True)
        self._keep_newest(KEEP_REPORTS, {r for r in ended if r is not None})
        owner = LockOwner.me("")  # the process, not who uses it
        self.marker = self.folder / f"{_MARKER_PREFIX}{os.getpid()}.json"
        self.marker.write_text(json.dumps({
            "owner": json.loads(owner.to_json()), "report": str(self.fault_path or "")},
            ensure_ascii=False, indent=1), encoding="utf-8")
        return ended

    def _keep_newest(self, count: int, named: set[Path]) -> None:
        """The folder keeps the newest reports only (those just named stay)."""
        reports = [p for pattern in ("absturz-*.txt", "fehler-*.txt")
                   for p in self.folder.glob(pattern) if p != self.fault_path]
        reports.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in reports[count:]:
            if old not in named:
                old.unlink(missing_ok=True)

    def finish(self) -> None:
        """A clean exit: no marker, no report of this run, the hooks as before."""
        global _current
        if _current is self:
            _current = None
        faulthandler.disable()
        if self._fault_file is not None:
            self._fault_file.close()
            self._fault_file = None
        if self.fault_path is not None:
            self.fault_path.unlink(missing_ok=True)
        if self.marker is not None:
            self.marker.unlink(missing_ok=True)
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    # the last actions -------------------------------------------------------------------
    def note(self, action: str) -> None:
        """One of the user's actions, by name only (no typed text, no record)."""
        self.actions.append(f"{datetime.now():%H:%M:%S} {action}")
        self._write_fault_head()

    def watch_dialogs(self) -> None:
        """Note each dialog that takes the focus (the window notes its view switches and
        menu entries itself, through :func:`note`, before they run)."""
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QGuiApplication) and not self._watching:
            self._watching = True
            app.focusWindowChanged.connect(lambda _window: self._note_dialog())
            self._teller = _teller(app, self._tell)

    def _note_dialog(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog

        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        if isinstance(dialog, QDialog):
            name = dialog.objectName()
            self.note(f"Dialog {type(dialog).__name__}" + (f" ({name})" if name else ""))

    # reports ------------------------------------------------------------------------------
    def _head(self, what: str) -> list[str]:
        try:
            from PySide6 import __version__ as pyside
            from PySide6.QtCore import qVersion
            qt = f"Qt {qVersion()}, PySide6 {pyside}"
        except ImportError:  # pragma: no cover - the window needs them
            qt = "Qt unbekannt"
        return [f"SRO Desktop {__version__}: {what}",
                f"Zeit: {datetime.now().astimezone().isoformat(timespec='seconds')}",
                f"Python {sys.version.split()[0]}, {qt}",
                f"System: {_system()}",
                "",
                "Letzte Aktionen (nur Namen, keine Eingaben):",
                *(f"  {action}" for action in self.actions or ["(keine)"]),
                ""]

    def _write_fault_head(self) -> None:
        """This run's report as it would stand if the process died now (faulthandler
        appends the tracebacks at the descriptor's position)."""
        file = self._fault_file
        if file is None:
            return
        try:
            file.seek(0)
            file.write("\n".join(self._head(
                "Das Programm wurde unerwartet beendet (Absturz).")) + "\n"
                "Traceback (von faulthandler, falls es einen Absturz gab):\n")
            file.truncate()
            file.flush()
        except (OSError, ValueError):  # a full disk: the program goes on without it
            pass

    def write_report(self, kind: type[BaseException], tb: TracebackType | None,
                     where: str = "") -> Path | None:
        """A report of an unhandled exception; None if it could not be written."""
        import traceback

        lines = self._head(f"Unerwarteter Fehler{where}")
        lines.append("Traceback (most recent call last):")
        lines += [line.rstrip("\n") for line in traceback.format_tb(tb)]
        lines.append(f"{kind.__module__}.{kind.__qualname__} "
                     "(message left out: it may repeat what was typed)")
        path = self.folder / f"fehler-{_stamp()}-{os.getpid()}.txt"
        number = 1
        while path.exists():
            number += 1
            path = self.folder / f"fehler-{_stamp()}-{os.getpid()}-{number}.txt"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        except OSError:
            return None
        self.last_report = path
        return path

    def _excepthook(self, kind: type[BaseException], value: BaseException,
                    tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report = self.write_report(kind, tb)
        print(f"SRO Desktop: unexpected error {kind.__name__}; report: {report}",
              file=sys.stderr)
        if threading.current_thread() is threading.main_thread():
            self._tell(report)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        report = self.write_report(args.exc_type, args.exc_traceback, f" im Thread {name}")
        print(f"SRO Desktop: unexpected error {args.exc_type.__name__} in a thread; "
              f"report: {report}", file=sys.stderr)
        if self._teller is not None:  # queued to the UI's thread
            self._teller.report.emit(report)

    def _tell(self, report: Path | None) -> None:
        """The German message box; one at a time (an error while it is open is only
        written down)."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        if self._showing or not isinstance(QApplication.instance(), QApplication):
            return
        self._showing = True
        try:
            QMessageBox.critical(QApplication.activeWindow(),
                                 say("Crash", "Unerwarteter Fehler"),
                                 unexpected_error_text(report))
        finally:
            self._showing = False


def unexpected_error_text(report: Path | None) -> str:
    where = (say("Crash", "Ein Bericht für die Fehlersuche liegt hier:") + f"\n{report}"
             if report is not None
             else say("Crash", "Ein Bericht konnte nicht geschrieben werden."))
    return say("Crash", "Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Einträge "
               "sind erhalten: jedes Feld wird beim Verlassen sofort in der Datei gespeichert."
               "\n\nDas Programm läuft weiter; wenn etwas nicht wie erwartet aussieht, "
               "schließen Sie es bitte und starten es neu.") + f"\n\n{where}"


def ended_unexpectedly_text(reports: list[Path | None]) -> str:
    written = [report for report in reports if report is not None]
    if written:
        where = (say("Crash", "Ein Bericht für die Fehlersuche liegt hier:") + "\n"
                 + "\n".join(str(report) for report in written[-3:]))
    else:
        where = say("Crash", "Ein Bericht wurde nicht geschrieben (das Programm wurde von "
                    "außen beendet).")
    return say("Crash", "SRO Desktop wurde beim letzten Mal unerwartet beendet.\n\n"
               "Alle gespeicherten Einträge sind erhalten: jedes Feld wird beim Verlassen "
               "sofort in der Datei gespeichert. Nur ein Feld, in dem in diesem Moment "
               "noch geschrieben wurde, fehlt vielleicht.") + f"\n\n{where}"


def _teller(parent: Any, tell: Callable[[Path | None], None]) -> Any:
    """An object of the UI's thread whose ``report`` signal, emitted in any thread, calls
    ``tell`` in the UI's thread."""
    from PySide6.QtCore import QObject, Qt, Signal

    class Teller(QObject):
        report = Signal(object)

    teller = Teller(parent)
    teller.report.connect(tell, Qt.ConnectionType.QueuedConnection)
    return teller


_current: CrashReporter | None = None  # installed at the program's start


def note(action: str) -> None:
    """One of the user's actions (a name, never typed text), for a crash report."""
    if _current is not None:
        _current.note(action)


def _system() -> str:
    """The operating system in a few words; cheap, as the report's head is written at
    the start (``platform.platform()`` reads the Python binary for its C library)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        system = uname()
        return f"{system.sysname} {system.release} {system.machine}"
    version = sys.getwindowsversion()  # type: ignore[attr-defined]  # Windows has no uname
    return f"Windows {version.major}.{version.minor}.{version.build}"


def install() -> CrashReporter:
    """At the program's start, before anything else: cheap (no Qt, no store)."""
    global _current
    reporter = _current = CrashReporter(reports_dir())
    try:
        reporter.start()
    except OSError:  # no user data folder: the program runs without reports
        pass
    return reporter


def after_start(reporter: CrashReporter, window: Any) -> None:
    """Once the window shows its file: the marker of this run, the note about a run
    that ended unexpectedly, and the window's actions watched."""
    try:
        ended = reporter.mark_running()
    except OSError:
        ended = []
    reporter.watch_dialogs()
    if ended:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(window, say("Crash", "Unerwartet beendet"),
                                ended_unexpectedly_text(ended))
