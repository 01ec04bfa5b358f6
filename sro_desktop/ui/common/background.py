"""Work that reads the whole file, off the UI thread: the window paints and answers
while it runs (the checksums of approved minutes, the automatic backup).

A job gets no object of the window's store: it opens its own SQLite connection in
its own thread (SQLite's WAL lets it read beside the window's writes). Its result, or
the exception it raised, reaches ``done`` on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Background(QObject):
    """Runs jobs in threads of their own. A window that closes, or a file that is
    replaced by a restore, waits for them first (:meth:`wait`): a backup is never
    left half written."""

    _finished = Signal(object, object, object)  # done, result, error

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._threads: list[threading.Thread] = []
        self._pending = 0  # started, and not yet delivered to ``done``
        self._finished.connect(self._deliver)  # queued: emitted from the job's thread

    def run(self, name: str, work: Callable[[], Any],
            done: Callable[[Any, BaseException | None], None]) -> None:
        def target() -> None:
            result, error = None, None
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - handed to ``done`` on the UI thread
                error = exc
            try:
                self._finished.emit(done, result, error)
            except RuntimeError:  # the window is gone already
                pass

        thread = threading.Thread(target=target, name=name, daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        self._pending += 1
        thread.start()

    def _deliver(self, done: Callable[[Any, BaseException | None], None], result: Any,
                 error: BaseException | None) -> None:
        self._pending -= 1
        done(result, error)

    def idle(self) -> bool:
        """No job running, and every result delivered."""
        return self._pending == 0

    def wait(self) -> None:
        """Let the running jobs finish (their results are delivered later, by the event
        loop, if the window is still there)."""
        for thread in self._threads:
            thread.join()
        self._threads = []
