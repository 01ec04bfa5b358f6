"""Export › Sitzungsgeld …: a body's attendance allowances of a year as a CSV for payroll
or as statements per person (documents/allowances.py does the work)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QSpinBox, QWidget

from .. import clock
from ..domain.enums import BodyKind
from ..domain.words import say
from .common.widgets import buddy_label
from .context import AppContext
from .exports import CSV, PDF, WORD, ExportChoice, ask_export_path, run_export

if TYPE_CHECKING:
    from .main_window import MainWindow


def allowance_entry(window: MainWindow, menu: QMenu) -> QAction:
    """Export › Sitzungsgeld … (needs a file)."""
    return window._add(menu, say("AllowanceExport", "Sit&zungsgeld …"),
                       lambda: export_allowances_from_window(window, window.context))


def ask_allowance_export(parent: QWidget, bodies: list[tuple[str, str]],
                         body_id: str | None) -> dict[str, Any] | None:
    """Body, year and format; None when cancelled. One function, so tests can answer it."""
    dialog = ExportChoice(parent, say("AllowanceExport", "Sitzungsgeld"), bodies, body_id,
                          period=False, csv=True)
    year = QSpinBox()
    year.setRange(1990, 2100)
    year.setValue(clock.today().year)
    year.setAccessibleName(say("AllowanceExport", "Jahr"))
    dialog.form.insertRow(1, buddy_label(say("AllowanceExport", "&Jahr"), year), year)
    if not dialog.exec():
        return None
    return {**dialog.values(), "year": year.value()}


def export_allowances_from_window(parent: QWidget, context: AppContext) -> bool:
    from ..documents.allowances import export_allowances

    store = context.s
    bodies = store.bodies.list()
    if not bodies:
        QMessageBox.information(parent, say("AllowanceExport", "Kein Gremium"),
                                say("AllowanceExport", "Zuerst ein Gremium anlegen."))
        return False
    paid = next((b.id for b in bodies if store.allowance_rates.list(b.id)), None)
    advisory = next((b.id for b in bodies if b.kind is BodyKind.ADVISORY), None)
    choice = ask_allowance_export(parent, [(f"{b.name} ({b.short})", b.id) for b in bodies],
                                  paid or advisory)
    if choice is None:
        return False
    body = store.bodies.get(choice["body_id"])
    filters = {".docx": (WORD, PDF, CSV), ".pdf": (PDF, WORD, CSV),
               ".csv": (CSV, WORD, PDF)}[choice["suffix"]]
    path = ask_export_path(parent, say("AllowanceExport", "Sitzungsgeld"),
                           f"Sitzungsgeld {body.short} {choice['year']}{choice['suffix']}",
                           filters)
    if path is None:
        return False
    return run_export(parent, lambda: export_allowances(store, body.id, choice["year"], path),
                      path) is not None
