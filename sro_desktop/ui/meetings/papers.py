"""Unterlagen: the papers of the selected TOP, kept inside the SRO file. Attach files
(a file dialog, or dropped on the box), open a copy with the system's program, save a
copy elsewhere, rename (F2), remove (Strg+Z brings it back). The questions the box asks
and the opener are module functions, so tests can answer them."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.attachments import MAX_SIZE_MB, size_label
from ...domain.model import AgendaItem, Attachment
from ...domain.words import say
from ...store import NotFound
from ...store.os_words import os_reason
from ..common.widgets import ErrorLabel, compact_rows
from ..context import AppContext, EditRefused
from ..exports import export_folder, safe_file_name

# Plain names for the media types a Geschäftsstelle meets; others show their extension.
KINDS = {
    "application/pdf": "PDF",
    "application/msword": "Word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/vnd.oasis.opendocument.text": "Text (ODF)",
    "application/vnd.ms-excel": "Excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
    "application/vnd.oasis.opendocument.spreadsheet": "Tabelle (ODF)",
    "application/vnd.ms-powerpoint": "PowerPoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
    "text/plain": "Text",
    "text/csv": "CSV",
    "application/zip": "ZIP-Archiv",
    "message/rfc822": "E-Mail",
}
ID_ROLE = Qt.ItemDataRole.UserRole

_session_folder: tempfile.TemporaryDirectory[str] | None = None


def kind_label(attachment: Attachment) -> str:
    """ "PDF", "Word", "Bild (PNG)", else the extension in capitals."""
    if attachment.media_type in KINDS:
        return KINDS[attachment.media_type]
    major, _, minor = attachment.media_type.partition("/")
    if major == "image":
        return f"Bild ({minor.upper()})"
    suffix = Path(attachment.name).suffix.lstrip(".")
    return suffix.upper() or "Datei"


def session_folder() -> Path:
    """The folder for copies opened in this session; removed when the program ends."""
    global _session_folder
    if _session_folder is None:
        _session_folder = tempfile.TemporaryDirectory(prefix="sro-unterlagen-",
                                                      ignore_cleanup_errors=True)
    return Path(_session_folder.name)


def ask_files(parent: QWidget) -> list[Path]:
    """The files to attach (none: cancelled). One function, so tests can answer it."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, say("PapersBox", "Datei anhängen"), str(QSettings().value("papers/folder", "")
                                                 or export_folder()),
        say("PapersBox", "Alle Dateien (*)"))
    if names:
        QSettings().setValue("papers/folder", str(Path(names[0]).parent))
    return [Path(n) for n in names]


def ask_save_path(parent: QWidget, name: str) -> Path | None:
    """Where to save a copy of a paper (None: cancelled). One function, so tests can
    answer it."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, say("PapersBox", "Unterlage speichern unter"),
        str(Path(export_folder()) / safe_file_name(name)), say("PapersBox", "Alle Dateien (*)"))
    return Path(chosen) if chosen else None


def open_with_system(path: Path) -> bool:
    """Open a file with the program the system has for it. One function, so tests can
    take its place."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PapersBox(QGroupBox):
    """The papers of one TOP: a list with name, kind and size, and its buttons."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Unterlagen"), parent)
        self.context = context
        self.item: AgendaItem | None = None
        self.locked = False
        self.papers: list[Attachment] = []
        self.setAccessibleName(self.tr("Unterlagen des TOP"))
        self.setAcceptDrops(True)

        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Unterlagen des TOP"))
        self.table.setAccessibleDescription(self.tr(
            "Dateien zu diesem TOP, in der SRO-Datei gespeichert. Doppelklick öffnet, "
            "F2 benennt um, Entf entfernt."))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Art"),
                                              self.tr("Größe")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setMaximumHeight(120)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._renamed)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.installEventFilter(self)

        self.attach_button = QPushButton(self.tr("Datei anh&ängen …"))
        self.attach_button.setAccessibleName(self.tr("Datei anhängen"))
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("Öffnen"))
        self.open_button.setAccessibleName(self.tr("Unterlage öffnen"))
        self.open_button.setToolTip(self.tr(
            "Öffnet eine Kopie mit dem Programm des Systems; Änderungen an der Kopie "
            "kommen nicht in die SRO-Datei."))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Speichern unter …"))
        self.save_button.setAccessibleName(self.tr("Unterlage speichern unter"))
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button = QPushButton(self.tr("Entfernen"))
        self.remove_button.setAccessibleName(self.tr("Unterlage entfernen"))
        self.remove_button.setToolTip(self.tr("Strg+Z holt sie zurück."))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = ErrorLabel()

        buttons = QGridLayout()  # two by two: the TOP's panel is narrow at 1366 wide
        for number, button in enumerate((self.attach_button, self.open_button,
                                         self.save_button, self.remove_button)):
            buttons.addWidget(button, number // 2, number % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self._enable()

    # showing ------------------------------------------------------------------------------
    def load(self, item: AgendaItem, locked: bool) -> None:
        """Show the TOP's papers (after every edit, undo or redo)."""
        if self.item is None or self.item.id != item.id:
            self.error.show_error("")
        self.item, self.locked = item, locked
        selected = self.selected()
        self.papers = self.context.s.attachments.list(item.id)
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self.papers))
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            for row, paper in enumerate(self.papers):
                # Cells are reused: a rename reloads the list while its cell is signalling.
                name, kind, size = (self._cell(row, col) for col in range(3))
                name.setText(paper.name)
                name.setData(ID_ROLE, paper.id)
                name.setToolTip(paper.name)
                name.setFlags(flags if locked else flags | Qt.ItemFlag.ItemIsEditable)
                kind.setText(kind_label(paper))
                kind.setToolTip(paper.media_type)
                size.setText(size_label(paper.size))
                size.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                size.setToolTip(self.tr("%1 Bytes · SHA-256 %2")
                                .replace("%1", f"{paper.size:,}".replace(",", "."))
                                .replace("%2", paper.sha256))
                for cell in (kind, size):
                    cell.setFlags(flags)
            ids = [p.id for p in self.papers]
            if selected is not None and selected.id in ids:
                self.table.selectRow(ids.index(selected.id))
            elif self.papers:
                self.table.selectRow(0)
        finally:
            self.table.blockSignals(False)
        self._enable()

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        cell = self.table.item(row, col)
        if cell is None:
            cell = QTableWidgetItem()
            self.table.setItem(row, col, cell)
        return cell

    def _enable(self) -> None:
        chosen = self.selected() is not None
        writable = self.item is not None and not self.locked and not self.context.read_only
        why = ""
        if self.locked:
            why = self.tr("Das Protokoll ist genehmigt; die Unterlagen bleiben, wie sie sind.")
        elif self.context.read_only:
            why = self.tr("Die Datei ist schreibgeschützt geöffnet.")
        self.attach_button.setEnabled(writable)
        self.attach_button.setToolTip(why or self.tr(
            "Dateien bis %1 MB; sie werden in der SRO-Datei gespeichert. Dateien lassen "
            "sich auch hierher ziehen.").replace("%1", str(MAX_SIZE_MB)))
        self.remove_button.setEnabled(writable and chosen)
        self.remove_button.setToolTip(why or self.tr("Strg+Z holt sie zurück."))
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def selected(self) -> Attachment | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.papers[row] if row < len(self.papers) else None

    def select(self, name: str) -> None:
        """Select a paper by its name."""
        row = next(r for r, p in enumerate(self.papers) if p.name == name)
        self.table.selectRow(row)

    # editing ------------------------------------------------------------------------------
    def attach(self) -> None:
        """"Datei anhängen …": the files chosen in the dialog."""
        if self.item is None or self.locked:
            return
        self.attach_paths(ask_files(self))

    def attach_paths(self, paths: list[Path]) -> None:
        """Attach files, each one undo step; refusals are named, the others attached."""
        if self.item is None or self.locked or not paths:
            return
        refused, added = [], None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                try:
                    added = self.context.edit(
                        self.tr("Unterlage „%1“ anhängen").replace("%1", path.name),
                        self.context.s.attachments.add, self.item.id, path)
                except EditRefused as exc:
                    refused.append(str(exc))
        finally:
            QApplication.restoreOverrideCursor()
        self.error.show_error("\n".join(refused))
        if added is not None and self.item is not None:
            self.load(self.item, self.locked)
            self.select(added.name)

    def _renamed(self, cell: QTableWidgetItem) -> None:
        attachment_id = cell.data(ID_ROLE)
        if cell.column() != 0 or not attachment_id:
            return
        try:
            self.context.edit(self.tr("Unterlage umbenennen"),
                              self.context.s.attachments.rename, attachment_id, cell.text())
            self.error.show_error("")
        except EditRefused as exc:
            self.error.show_error(str(exc))
            if self.item is not None:
                self.load(self.item, self.locked)

    def remove_selected(self) -> None:
        paper = self.selected()
        if paper is None or self.locked:
            return
        try:
            self.context.edit(self.tr("Unterlage „%1“ entfernen").replace("%1", paper.name),
                              self.context.s.attachments.delete, paper.id)
            self.error.show_error("")
        except EditRefused as exc:
            self.error.show_error(str(exc))

    # reading ------------------------------------------------------------------------------
    def _bytes(self, paper: Attachment) -> bytes | None:
        try:
            return self.context.s.attachments.content(paper.id)
        except NotFound as exc:
            self.error.show_error(str(exc))
            return None

    def open_selected(self) -> Path | None:
        """"Öffnen": a copy named like the paper in this session's folder, opened with
        the system's program; the copy's path (None: not opened)."""
        paper = self.selected()
        data = self._bytes(paper) if paper is not None else None
        if paper is None or data is None:
            return None
        try:
            folder = Path(tempfile.mkdtemp(dir=session_folder()))
            copy = folder / paper.name
            copy.write_bytes(data)
            copy.chmod(0o444)  # a copy to read: changes would not reach the SRO file
        except OSError as exc:
            self.error.show_error(self.tr("Die Kopie zum Öffnen ließ sich nicht schreiben: %1")
                                  .replace("%1", os_reason(exc)))
            return None
        if not open_with_system(copy):
            self.error.show_error(self.tr(
                "Für „%1“ ist kein Programm eingerichtet. Bitte mit „Speichern unter …“ "
                "speichern und von dort öffnen.").replace("%1", paper.name))
            return None
        self.error.show_error("")
        return copy

    def save_selected(self) -> Path | None:
        """"Speichern unter …": a copy where the user chooses."""
        paper = self.selected()
        if paper is None:
            return None
        target = ask_save_path(self, paper.name)
        data = self._bytes(paper) if target is not None else None
        if target is None or data is None:
            return None
        try:
            target.write_bytes(data)
        except OSError as exc:
            self.error.show_error(self.tr("„%1“ ließ sich nicht speichern: %2")
                                  .replace("%1", str(target))
                                  .replace("%2", os_reason(exc)))
            return None
        self.error.show_error("")
        return target

    # keys and dropping ------------------------------------------------------------------------
    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (watched is getattr(self, "table", None) and event.type() == event.Type.KeyPress
                and self.table.state() != QAbstractItemView.State.EditingState):
            if event.matches(QKeySequence.StandardKey.Delete):
                self.remove_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.attach_button.isEnabled() and _dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if self.attach_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_files(event)
        if not paths or self.item is None or self.locked:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_paths(paths)


def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()]
