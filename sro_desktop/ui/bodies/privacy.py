"""Datenschutz in Gremien & Mitglieder: the Auskunft about a member's person, and
anonymising a former member; the questions it asks are module functions tests answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from ... import clock
from ...domain.labels import person_label
from ...domain.model import Membership, Person
from ...domain.words import say
from ...store import NotFound
from ...store.privacy import ANONYMOUS, anonymise, anonymise_refusal, forget_old_pages
from ..context import AppContext, EditRefused
from ..exports import export_folder, run_export, safe_file_name


def ask_personal_data_path(parent: QWidget, name: str) -> Path | None:
    """Where to save the Auskunft (a .json file). One function, so tests can answer it."""
    suggested = Path(export_folder()) / safe_file_name(
        say("PrivacyButton", "Auskunft %1.json").replace("%1", name))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, say("PrivacyButton", "Auskunft exportieren"), str(suggested),
        say("PrivacyButton", "JSON-Datei (*.json)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")


def confirm_anonymise(parent: QWidget, name: str) -> bool:
    """Ask before anonymising. One function, so tests can answer it."""
    answer = QMessageBox.question(
        parent, say("PrivacyButton", "Anonymisieren"),
        say("PrivacyButton",
            "%1 anonymisieren?\n\nName, Vorname, Titel, E-Mail und Telefon werden durch "
            "„%2 …“ ersetzt; die bisherigen Angaben werden aus der Datei gelöscht. "
            "Beschlüsse, Anwesenheit, Aufgaben und Protokolle bleiben vollständig und "
            "zeigen künftig den neuen Namen. Frei geschriebene Texte (z. B. Notizen) "
            "und ältere Sicherungen bleiben unverändert.\n\nSolange die Datei geöffnet "
            "ist, nimmt „Rückgängig“ das zurück.")
        .replace("%1", name).replace("%2", ANONYMOUS),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> None:
    """A message to read and close. One function, so tests can answer it."""
    QMessageBox.information(parent, title, text)


class PrivacyButton(QPushButton):
    """Datenschutz (DSGVO): what the file holds about the selected member's person, as a
    JSON file; anonymising a former member."""

    def __init__(self, context: AppContext, selected: Callable[[], Membership | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.selected = selected
        self.setText(self.tr("Datens&chutz"))
        self.setToolTip(self.tr("Auskunft über die gespeicherten Daten der Person; "
                                "ehemalige Mitglieder anonymisieren"))
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self.export_data_action = menu.addAction(self.tr("&Auskunft exportieren …"))
        self.anonymise_action = menu.addAction(self.tr("A&nonymisieren …"))
        self.export_data_action.triggered.connect(self.export_person_data)
        self.anonymise_action.triggered.connect(self.anonymise_person)
        self.setMenu(menu)

    @property
    def today(self) -> date:
        return clock.today()

    def update_for(self, membership: Membership | None) -> None:
        """Offer what may be done for this member (None: nothing selected)."""
        self.setEnabled(membership is not None)
        self.export_data_action.setEnabled(membership is not None)
        refusal = self.anonymise_refusal(membership)
        self.anonymise_action.setEnabled(membership is not None and refusal is None)
        self.anonymise_action.setToolTip(refusal or self.tr(
            "Name, Vorname, Titel, E-Mail und Telefon durch „%1 …“ ersetzen; Beschlüsse, "
            "Anwesenheit und Protokolle bleiben vollständig.").replace("%1", ANONYMOUS))

    def anonymise_refusal(self, membership: Membership | None) -> str | None:
        """Why the member's person may not be anonymised (None: they may), as the store
        decides it: only former members, and not in a file opened read-only."""
        store = self.context.store
        if membership is None or store is None:
            return None
        if store.read_only:
            return self.tr("Die Datei ist schreibgeschützt geöffnet.")
        try:
            return anonymise_refusal(store, membership.person_id, self.today)
        except NotFound:
            return None

    def _selected_person(self) -> Person | None:
        membership = self.selected()
        if membership is None:
            return None
        try:
            return self.context.s.people.get(membership.person_id)
        except NotFound:
            return None

    def export_person_data(self) -> Path | None:
        """Auskunft: everything the file holds about the selected member's person, as a
        JSON file where the user chooses."""
        person = self._selected_person()
        if person is None:
            return None
        target = ask_personal_data_path(self, person_label(person))
        if target is None:
            return None
        store = self.context.s
        from ...documents.personal_data import export_personal_data  # when asked for

        return run_export(self, lambda: export_personal_data(store, person.id, target,
                                                             today=self.today), target)

    def anonymise_person(self) -> Person | None:
        """Anonymise the selected former member's person after the user confirmed; one
        edit (undo takes it back while the file is open)."""
        person = self._selected_person()
        if person is None:
            return None
        refusal = self.anonymise_refusal(self.selected())
        if refusal:
            inform(self, self.tr("Nicht anonymisiert"), refusal)
            return None
        if not confirm_anonymise(self, person_label(person)):
            return None
        store = self.context.s
        try:
            result = self.context.edit(self.tr("Anonymisieren"), anonymise, store, person.id,
                                       self.today)
        except EditRefused as exc:
            inform(self, self.tr("Nicht anonymisiert"), str(exc))
            return None
        forget_old_pages(store)  # after the edit's commit: the old values leave the log
        if result.notice:
            inform(self, self.tr("Anonymisiert"), result.notice)
        return result.person
