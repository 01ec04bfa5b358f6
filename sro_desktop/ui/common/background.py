"""Work that reads the whole file, off the UI thread: the window paints and answers
while it runs (the checksums of approved minutes, the automatic backup).

A job gets no object of the window's store: it opens its own SQLite connection in
its own thread (SQLite's WAL lets it read beside the window's writes). Its result, or
the exception it raised, reaches ``done`` on the UI thread. Jobs run one after the
other, in one thread: they do not compete with each other for the disk and the
memory, and the window keeps a core to itself.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

Done = Callable[[Any, BaseException | None], None]


class Background(QObject):
    """Runs jobs in a thread of its own, in the order given. A window that closes, or a
    file that is replaced by a restore, waits for them first (:meth:`wait`): a backup
    is never left half written."""

    _finished = Signal(object, object, object)  # done, result, error

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: deque[tuple[Callable[[], Any], Done]] = deque()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None  # while there are jobs
        self._pending = 0  # given, and not yet delivered to ``done``
        self._finished.connect(self._deliver)  # queued: emitted from the worker thread

    def run(self, name: str, work: Callable[[], Any], done: Done) -> None:
        """Run ``work`` (``name`` says what it is) after the jobs given before."""
        self._pending += 1
        with self._lock:
            self._jobs.append((work, done))
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name=name, daemon=True)
                self._thread.start()

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._jobs:
                    self._thread = None
                    return
                work, done = self._jobs.popleft()
            result, error = None, None
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - handed to ``done`` on the UI thread
                error = exc
            try:
                self._finished.emit(done, result, error)
            except RuntimeError:  # the window is gone already
                pass

    def _deliver(self, done: Done, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        done(result, error)

    def idle(self) -> bool:
        """No job waiting or running, and every result delivered."""
        return self._pending == 0

    def wait(self) -> None:
        """Let the jobs given finish (their results are delivered later, by the event
        loop, if the window is still there)."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()
