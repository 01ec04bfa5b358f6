"""The one object every view shares: the open store, undo, and the change signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import RuleViolation
from ..store.errors import ReadOnly, StoreError
from .common.background import Background

if TYPE_CHECKING:  # the store's modules load with the first file, after the first paint
    from ..domain.enums import Labeled
    from ..store import Store
    from ..store.undo import Step, UndoLog

T = TypeVar("T")


def label(member: Labeled | None) -> str:
    """A coded value's label in the language in use (the label translates itself)."""
    return member.label if member else ""


class EditRefused(Exception):
    """An edit the rules or the file refused; ``str()`` is the German reason,
    ``field`` the record's field it is about, if the rule named one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class StoreStep(QUndoCommand):
    """One user edit on the undo stack; it was already done when pushed."""

    def __init__(self, context: AppContext, text: str, step: Step):
        # Qt: "text\nmenu text"; in the Bearbeiten menu an "&" of a name is no mnemonic
        super().__init__(f"{text}\n{text.replace('&', '&&')}" if "&" in text else text)
        self.context = context
        self.step = step
        self.done = True

    def undo(self) -> None:
        self.step = self.context.apply_step(self.step)
        self.done = False

    def redo(self) -> None:
        if self.done:  # QUndoStack.push calls redo(); the edit already happened
            return
        self.step = self.context.apply_step(self.step)
        self.done = True


class AppContext(QObject):
    """Holds the open file; views edit through :meth:`edit` and listen to :attr:`changed`."""

    changed = Signal()  # after every edit, undo or redo
    file_opened = Signal()  # another file (or none) is open now
    show_record = Signal(str, str)  # kind (table name), record id: "go there"
    flush = Signal()  # store what is still being typed: the view or the file is left
    closing = Signal()  # the open file is about to be closed (after flush; still open)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.store: Store | None = None
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.opening = False  # while file_opened and the "changed" after it are sent
        self.background = Background(self)  # jobs on the whole file, off the UI thread
        self._log: UndoLog | None = None

    # files -----------------------------------------------------------------
    def open_store(self, store: Store | None) -> None:
        if self.store is not None:
            self.flush.emit()
            self.closing.emit()
            self.store.close()
        self.background.wait()  # nothing of the file before is still being read
        self.store = store
        self.read_only = store is not None and store.read_only
        self.undo_stack.clear()
        from ..store.undo import UndoLog

        self._log = UndoLog(store.db, store.user) if store is not None else None
        self.opening = True
        try:
            self.file_opened.emit()
            self.changed.emit()
        finally:
            self.opening = False

    def close_store(self) -> None:
        self.open_store(None)

    @property
    def s(self) -> Store:
        """The open store; views are only shown while a file is open."""
        assert self.store is not None, "no file open"
        return self.store

    # edits -----------------------------------------------------------------
    def edit(self, text: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run one user edit (a store call) as one transaction and one undo step.

        Raises EditRefused with the German reason when the rules or the file say no;
        then nothing was stored.
        """
        import sqlite3

        from ..store.lock import LockLost

        store = self.s
        assert self._log is not None
        mark = self._log.mark()
        try:
            with store.edit():
                result = fn(*args, **kwargs)
        except RuleViolation as exc:
            raise EditRefused(str(exc), exc.field) from exc
        except (ReadOnly, LockLost) as exc:  # "Die Datei ist schreibgeschützt …"
            raise EditRefused(str(exc)) from exc
        except (StoreError, sqlite3.Error) as exc:
            raise EditRefused(self.tr("Die Änderung wurde nicht gespeichert: %1")
                              .replace("%1", str(exc))) from exc
        step = self._log.since(mark)
        if step is not None:
            self.undo_stack.push(StoreStep(self, text, step))
        self.changed.emit()
        return result

    def try_edit(self, parent: QWidget | None, text: str, fn: Callable[..., T], *args: Any,
                 **kwargs: Any) -> T | None:
        """:meth:`edit`, showing a refusal in a message box; None when refused."""
        try:
            return self.edit(text, fn, *args, **kwargs)
        except EditRefused as exc:
            QMessageBox.warning(parent, self.tr("Nicht gespeichert"), str(exc))
            return None

    def apply_step(self, step: Step) -> Step:
        import sqlite3

        assert self._log is not None
        try:
            reverse = self._log.apply(step)
        except sqlite3.DatabaseError as exc:
            message = str(exc).split(": ", 1)[-1]
            QMessageBox.warning(None, self.tr("Rückgängig nicht möglich"), message)
            # Not from inside the command that is running: clear once it has returned.
            QTimer.singleShot(0, self.undo_stack.clear)
            return step
        self.changed.emit()
        return reverse
