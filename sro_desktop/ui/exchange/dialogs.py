"""The small dialogs of the exchange: names for a copy, the peer a package is for, the
preview of an import, and the exchange's setup (fields that store themselves)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import german_date
from ...domain.words import say
from ...store.exchange import peers
from ...store.replica import set_exchange_folder, set_name, this_replica
from ..context import AppContext, EditRefused

if TYPE_CHECKING:
    from ...store.exchange import Peer, Report


def when(stamp: str | None) -> str:
    """ "07.12.2026, 13:50" in local time; "noch nie" for none."""
    if not stamp:
        return say("Exchange", "noch nie")
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return f"{german_date(moment.date())}, {moment:%H:%M}"


def _field(placeholder: str, accessible: str, text: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible)
    field.setMaxLength(80)
    return field


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox()
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(say("Exchange", "Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class CloneDialog(QDialog):
    """Datei › Kopie für einen anderen Laptop: the other laptop's name, and this one's
    if it has none yet."""

    def __init__(self, parent: QWidget, own_name: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kopie für einen anderen Laptop"))
        intro = QLabel(self.tr("Die Kopie bekommt eine eigene Kennung. Änderungen auf beiden "
                               "Laptops lassen sich danach mit „Änderungen weitergeben“ und "
                               "„Änderungen übernehmen“ zusammenführen."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.own = _field(self.tr("z. B. Laptop Geschäftsstelle"), self.tr("Name dieses Laptops"),
                          own_name)
        if not own_name:
            form.addRow(self.tr("Name &dieses Laptops:"), self.own)
        self.other = _field(self.tr("z. B. Laptop Beirat"), self.tr("Name des anderen Laptops"))
        form.addRow(self.tr("Name des &anderen Laptops:"), self.other)
        self.box = _buttons(self, self.tr("Weiter …"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.box)
        for field in (self.own, self.other):
            field.textChanged.connect(self._ready)
        self._ready()
        self.setMinimumWidth(480)

    def _ready(self) -> None:
        ok = bool(self.own_name() and self.other_name()) and self.own_name() != \
            self.other_name()
        self.box.buttons()[0].setEnabled(ok)

    def own_name(self) -> str:
        return self.own.text().strip()

    def other_name(self) -> str:
        return self.other.text().strip()


class PeerDialog(QDialog):
    """Datei › Änderungen weitergeben: for which laptop (or for every copy)."""

    def __init__(self, parent: QWidget, known: list[Peer]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Änderungen weitergeben"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Für"))
        for peer in known:
            self.combo.addItem(self.tr("an „%1“ (was „%1“ noch nicht hat)")
                               .replace("%1", peer.label[:80]), peer.replica_id)
        self.combo.addItem(self.tr("alle Änderungen (für jede Kopie)"), None)
        label = QLabel(self.tr("&Für:"))
        label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(_buttons(self, self.tr("Weiter …")))
        self.setMinimumWidth(480)

    def peer_id(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data else None


class PreviewDialog(QDialog):
    """What an import would do (a dry run): "Übernehmen" or "Abbrechen"."""

    def __init__(self, parent: QWidget, name: str, report: Report):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Änderungen übernehmen – Vorschau"))
        head = QLabel(self.tr("Aus <b>%1</b> von „%2“ würde Folgendes übernommen. Noch ist "
                              "nichts geändert.").replace("%1", _html(name[:80]))
                      .replace("%2", _html(report.sender[:80])))
        head.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Vorschau"))
        self.lines.setWordWrap(True)
        self.lines.addItems(report.lines())
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        foot = QLabel(self.tr("Was auf beiden Laptops geändert wurde, wird nicht überschrieben: "
                              "es wird als Konflikt zum Entscheiden angezeigt."))
        foot.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.lines, 1)
        layout.addWidget(foot)
        layout.addWidget(_buttons(self, self.tr("Übernehmen")))
        self.resize(620, 360)

    def texts(self) -> list[str]:
        return [self.lines.item(i).text() for i in range(self.lines.count())]


def _html(text: str) -> str:
    import html

    return html.escape(text)


class SetupDialog(QDialog):
    """Datei › Austausch einrichten: this laptop's name and the exchange folder (each
    stores itself when left), and the laptops this copy has exchanged with."""

    def __init__(self, parent: QWidget, context: AppContext,
                 ask_folder: Callable[[QWidget, str], str]):
        super().__init__(parent)
        self.context = context
        self.ask_folder = ask_folder
        self.setWindowTitle(self.tr("Austausch einrichten"))
        me = this_replica(context.s.db)
        self.name = _field(self.tr("z. B. Laptop Geschäftsstelle"), self.tr("Name dieses Laptops"),
                           me.name)
        self.name.editingFinished.connect(self._store_name)
        self.folder = _field(self.tr("kein Ordner: Pakete von Hand weitergeben"),
                             self.tr("Austauschordner"), me.exchange_folder)
        self.folder.setMaxLength(1000)
        self.folder.editingFinished.connect(self._store_folder)
        choose = QPushButton(self.tr("Ordner &wählen …"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Name dieses Laptops:"), self.name)
        folder_label = QLabel(self.tr("Austausch&ordner:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        hint = QLabel(self.tr("Im Austauschordner (z. B. ein mit der Cloud der Stadt "
                              "abgeglichener Ordner) legt das Programm beim Schließen die "
                              "Änderungen dieser Datei ab und bietet beim Öffnen die "
                              "Änderungen der anderen Laptops an."))
        hint.setWordWrap(True)
        self.peers = QTableWidget(0, 3)
        self.peers.setAccessibleName(self.tr("Bekannte Laptops"))
        self.peers.setHorizontalHeaderLabels([self.tr("Laptop"), self.tr("Zuletzt übernommen"),
                                              self.tr("Zuletzt weitergegeben")])
        self.peers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peers.verticalHeader().hide()
        header = self.peers.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fill_peers()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Laptops, mit denen diese Datei Änderungen getauscht "
                                        "hat:")))
        layout.addWidget(self.peers, 1)
        layout.addWidget(close)
        self.resize(640, 420)
        self.finished.connect(lambda _r: self._store_all())

    def _fill_peers(self) -> None:
        known = peers(self.context.s.db)
        self.peers.setRowCount(len(known))
        for row, peer in enumerate(known):
            for column, text in enumerate((peer.label, when(peer.last_import_at),
                                           when(peer.last_export_at))):
                self.peers.setItem(row, column, QTableWidgetItem(text))

    def _store_all(self) -> None:
        if self.context.store is not None:
            self._store_name()
            self._store_folder()

    def _store_name(self) -> None:
        name = self.name.text().strip()
        if self.context.store is None or name == this_replica(self.context.s.db).name:
            return
        self._edit(self.tr("Name dieses Laptops"), set_name, name)

    def _store_folder(self) -> None:
        folder = self.folder.text().strip()
        if self.context.store is None or \
                folder == this_replica(self.context.s.db).exchange_folder:
            return
        if folder and not Path(folder).is_dir():
            QMessageBox.warning(self, self.tr("Ordner nicht gespeichert"), self.tr(
                "Den Ordner %1 gibt es nicht. Bitte einen vorhandenen Ordner wählen.")
                .replace("%1", folder[:80]))
            self.folder.setText(this_replica(self.context.s.db).exchange_folder)
            return
        self._edit(self.tr("Austauschordner"), set_exchange_folder, folder)

    def _choose_folder(self) -> None:
        chosen = self.ask_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self._store_folder()

    def _edit(self, text: str, fn: Callable[..., None], value: str) -> None:
        try:
            self.context.edit(text, fn, self.context.s.db, value)
        except EditRefused as exc:
            QMessageBox.warning(self, self.tr("Nicht gespeichert"), str(exc))
