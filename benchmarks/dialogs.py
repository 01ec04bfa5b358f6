"""No modal dialogs in a benchmark child. Apart from qt_tools so that the start's
children load nothing more than this (qt_tools loads Qt's namespace: ~12 ms)."""

from __future__ import annotations

from typing import Any


def no_dialogs() -> None:
    """A modal dialog would wait for a click for ever: in a benchmark child it ends the
    child instead, its text on stderr for the parent's report."""
    import os
    import sys

    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(*args: Any, **_kwargs: Any) -> Any:
        text = " / ".join(str(a) for a in args if isinstance(a, str))
        sys.stderr.write(f"a modal dialog opened: {text or args}\n")
        sys.stderr.flush()
        sys.stdout.flush()
        os._exit(3)

    for name in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, name, staticmethod(refuse))
    QDialog.exec = refuse  # type: ignore[method-assign]
