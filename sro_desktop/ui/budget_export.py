"""Export › Haushaltsübersicht …: the budget of the model region (all years, or one) and
the posts as Word, PDF or a CSV for Excel (documents/budget.py does the work)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMenu,
    QMessageBox,
    QWidget,
)

from .. import clock
from ..domain.words import say
from .common.widgets import buddy_label
from .context import AppContext
from .exports import CSV, PDF, WORD, ask_export_path, run_export

if TYPE_CHECKING:
    from .main_window import MainWindow

FILTERS = {".docx": (WORD, PDF, CSV), ".pdf": (PDF, WORD, CSV), ".csv": (CSV, WORD, PDF)}


def budget_entry(window: MainWindow, menu: QMenu) -> QAction:
    """Export › Haushaltsübersicht … (needs a file)."""
    return window._add(menu, say("BudgetExport", "&Haushaltsübersicht …"),
                       lambda: export_budget_from_window(window, window.context))


def ask_budget_export(parent: QWidget, years: list[int]) -> dict[str, Any] | None:
    """Year (None: every year) and format; None when cancelled. One function, so tests can
    answer it."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(say("BudgetExport", "Haushaltsübersicht"))
    year = QComboBox()
    year.setAccessibleName(say("BudgetExport", "Jahr"))
    year.addItem(say("BudgetExport", "alle Jahre"), None)
    for number in years:
        year.addItem(str(number), number)
    year.setCurrentIndex(max(year.findData(clock.today().year), 0))
    kind = QComboBox()
    kind.setAccessibleName(say("BudgetExport", "Format"))
    kind.addItem(say("BudgetExport", "Word (.docx)"), ".docx")
    kind.addItem(say("BudgetExport", "PDF (.pdf)"), ".pdf")
    kind.addItem(say("BudgetExport", "CSV für Excel (.csv)"), ".csv")
    form = QFormLayout(dialog)
    form.addRow(buddy_label(say("BudgetExport", "&Jahr"), year), year)
    form.addRow(buddy_label(say("BudgetExport", "&Format"), kind), kind)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {"year": year.currentData(), "suffix": kind.currentData()}


def export_budget_from_window(parent: QWidget, context: AppContext) -> bool:
    from ..documents.budget import export_budget

    store = context.s
    years = store.budget_lines.years()
    if not years:
        QMessageBox.information(parent, say("BudgetExport", "Kein Haushalt"),
                                say("BudgetExport", "Es sind keine Haushaltszeilen erfasst."))
        return False
    choice = ask_budget_export(parent, years)
    if choice is None:
        return False
    year = choice["year"]
    span = str(year) if year is not None else f"{years[0]}-{years[-1]}"
    path = ask_export_path(parent, say("BudgetExport", "Haushaltsübersicht"),
                           f"Haushaltsübersicht {span}{choice['suffix']}",
                           FILTERS[choice["suffix"]])
    if path is None:
        return False
    return run_export(parent, lambda: export_budget(store, path, year=year),
                      path) is not None
