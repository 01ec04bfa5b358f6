"""Mitglieder importieren: a list from Excel (CSV or XLSX) into the selected body — the
columns as recognised (changeable), every row with what importing it does, and nothing
written until "Importieren" is pressed (then one undo step)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Body
from ...domain.words import say
from ...store.member_import import (
    FIELDS,
    ImportPlan,
    ImportResult,
    PlannedRow,
    RowStatus,
    apply_plan,
    field_name,
    guess_mapping,
    plan_import,
    read_table,
)
from ..common.palette import DONE, OVERDUE
from ..common.table_model import Column, RecordTableModel, list_loader
from ..common.widgets import ErrorLabel, buddy_label, record_table
from ..context import AppContext, EditRefused, label
from ..exports import export_folder


def ask_import_path(parent: QWidget) -> Path | None:
    """Which list to read; remembers the folder. One function, so tests can answer it."""
    folder = str(QSettings().value("import/folder", "") or "") or export_folder()
    chosen, _ = QFileDialog.getOpenFileName(
        parent, say("ImportDialog", "Mitgliederliste wählen"), folder,
        say("ImportDialog", "Listen (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)"))
    if not chosen:
        return None
    QSettings().setValue("import/folder", str(Path(chosen).parent))
    return Path(chosen)


class ImportDialog(QDialog):
    """The preview of a member import. Raises ImportProblem when the list cannot be read."""

    def __init__(self, parent: QWidget | None, context: AppContext, body: Body, path: Path):
        super().__init__(parent)
        self.context = context
        self.body = body
        self.table_data = read_table(path)
        self.imported: ImportResult | None = None
        self.plan = ImportPlan(body.id)
        self.setWindowTitle(self.tr("Mitglieder importieren – %1").replace("%1", body.short))

        # the columns: which column of the file each field comes from
        self.combos: dict[str, QComboBox] = {}
        mapping = guess_mapping(self.table_data.headers)
        columns = QGroupBox(self.tr("Spalten der Liste"))
        grid = QGridLayout(columns)
        for number, name in enumerate(FIELDS):
            shown = field_name(name)  # in the program's language
            combo = QComboBox()
            combo.addItem(self.tr("– nicht vorhanden –"), None)
            for index, header in enumerate(self.table_data.headers):
                combo.addItem(header or self.tr("Spalte %1").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(max(combo.findData(mapping[name]), 0))
            combo.setAccessibleName(self.tr("Spalte für %1").replace("%1", shown))
            combo.currentIndexChanged.connect(self.replan)
            self.combos[name] = combo
            row, col = divmod(number, 3)
            grid.addWidget(buddy_label(shown + ":", combo), row, 2 * col)
            grid.addWidget(combo, row, 2 * col + 1)

        self.model = RecordTableModel([
            Column(self.tr("Zeile"), lambda r: r.line),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Organisation"), lambda r: r.organization),
            Column(self.tr("Seite"), lambda r: r.side.name if r.side else ""),
            Column(self.tr("Rolle"), lambda r: label(r.role) if r.status is RowStatus.NEW else ""),
            Column(self.tr("Stellvertretung"), lambda r: r.deputy),
            Column(self.tr("Status"), lambda r: r.status_text),
        ], self)
        self.model.foreground = _colour
        self.rows_table = record_table(self.model, self.tr("Vorschau"),
                                       self.tr("Die Zeilen der Liste und was der Import mit ihnen "
                                          "macht"), [50, 180, 180, 110, 110, 150], 6)
        self.rows_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Zusammenfassung"))
        self.summary.setWordWrap(True)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Importieren"))
        self.import_button.setAccessibleName(self.tr("Importieren"))
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        hint = QLabel(self.tr("Aus %1 werden Mitglieder für %2 gelesen. Personen und "
                              "Organisationen, die es schon gibt, werden wiedererkannt; wer "
                              "schon Mitglied ist, wird nicht noch einmal eingetragen. Zeilen "
                              "mit Fehlern werden übersprungen.").replace("%1", path.name)
                      .replace("%2", body.name))
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addWidget(columns)
        column.addWidget(self.rows_table, 1)
        column.addWidget(self.summary)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.resize(980, 620)
        self.replan()

    def mapping(self) -> dict[str, int | None]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def replan(self) -> None:
        """What importing would do with the columns as chosen now (nothing is written)."""
        self.error.show_error("")
        mapping = self.mapping()
        if mapping["last_name"] is None:
            self.plan = ImportPlan(self.body.id)
            self.model.set_loader(list_loader([]))
            self.summary.setText(self.tr("Bitte die Spalte mit dem Nachnamen wählen."))
            self.import_button.setEnabled(False)
            return
        self.plan = plan_import(self.context.s, self.body.id, self.table_data, mapping)
        self.model.set_loader(list_loader(self.plan.rows))
        self.summary.setText(self.plan.summary())
        self.import_button.setEnabled(bool(self.plan.of(RowStatus.NEW)))

    def run_import(self) -> None:
        """Write the new rows as one edit (one undo step) and close."""
        self.replan()
        if not self.plan.of(RowStatus.NEW):
            return
        try:
            self.imported = self.context.edit(self.tr("Mitglieder importieren"), apply_plan,
                                            self.context.s, self.plan)
        except EditRefused as exc:
            self.error.show_error(str(exc))
            return
        self.accept()


def _colour(row: PlannedRow) -> QColor | None:
    if row.status is RowStatus.ERROR:
        return OVERDUE
    return DONE if row.status is RowStatus.EXISTING else None
