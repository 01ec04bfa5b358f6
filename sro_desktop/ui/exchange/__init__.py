"""Datei › the exchange between laptops (store/exchange.py does the work): a copy for
another laptop, changes out and in with a preview, the conflicts to decide, the
exchange folder written on closing and read on opening.

Only Qt here: the window's frame installs the menu before the store is loaded; the
flows (``actions``) and dialogs load when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ...domain.words import say

if TYPE_CHECKING:
    from ..context import AppContext


def install_exchange_menu(window: QMainWindow, file_menu: QMenu) -> None:
    """The exchange's entries in the Datei menu, and what follows the open file: the
    entries' state, the status note of open conflicts, the exchange folder."""
    context: AppContext = window.context  # type: ignore[attr-defined]
    file_menu.addSeparator()
    entries: dict[str, QAction] = {}
    for key, text in (("clone", say("Exchange", "Kopie für einen anderen &Laptop …")),
                      ("export", say("Exchange", "Änderungen wei&tergeben …")),
                      ("take_in", say("Exchange", "Änderungen &übernehmen …")),
                      ("conflicts", say("Exchange", "Konflikte &entscheiden …")),
                      ("setup", say("Exchange", "&Austausch einrichten …"))):
        action = QAction(text, window)
        action.setObjectName(f"exchange_{key}")
        action.setEnabled(False)
        action.triggered.connect(lambda _c=False, k=key: _run(window, k))
        file_menu.addAction(action)
        entries[key] = action
    window.exchange_actions = entries  # type: ignore[attr-defined]

    def refresh() -> None:
        from .actions import refresh_state

        refresh_state(window, context, entries)

    def opened() -> None:
        refresh()
        if context.store is not None and not context.read_only:
            from ..common.after_paint import after_paint
            from .actions import offer_waiting

            store = context.store
            after_paint(window, lambda: offer_waiting(window, context, store))

    def closing() -> None:
        from .actions import write_folder_package

        write_folder_package(window, context)

    context.file_opened.connect(opened)
    context.changed.connect(refresh)
    context.closing.connect(closing)


def _run(window: QMainWindow, key: str) -> None:
    from .actions import FLOWS

    FLOWS[key](window, window.context)  # type: ignore[attr-defined]
