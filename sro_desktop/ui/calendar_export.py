"""Export › calendar files (.ics): the invitation to the meeting under work as a calendar
entry, and the due dates of open tasks of a body or of one owner (documents/calendar.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from .. import clock
from ..domain.model import TaskOwner
from ..domain.words import say
from .common.widgets import buddy_label
from .exports import ask_export_path, run_export

if TYPE_CHECKING:
    from .main_window import MainWindow

ICS = "Kalender (*.ics)"


def _ics(path: Path) -> Path:
    """The save dialog adds .docx to a name typed without suffix: a calendar is .ics."""
    return path if path.suffix.lower() == ".ics" else path.with_suffix(".ics")


def export_meeting_calendar(window: MainWindow) -> bool:
    """The meeting chosen in the meetings view as an invitation (or, cancelled, its
    cancellation) for the members' calendars; says who was left out for want of an
    e-mail address."""
    from ..documents.calendar import meeting_invitation, write_ics

    context = window.context
    if context.store is None:
        return False
    window.show_view(0)
    chosen = window.meetings.panel.meeting
    if chosen is None:
        QMessageBox.information(window, say("CalendarExport", "Keine Sitzung gewählt"),
                                say("CalendarExport", "Bitte zuerst eine Sitzung wählen."))
        return False
    store = context.s
    meeting = store.meetings.get(chosen.id)
    body = store.bodies.get(meeting.body_id)
    title = say("CalendarExport", "Einladung als Kalendereintrag")
    path = ask_export_path(window, title, f"Einladung {body.short} {meeting.number} "
                                          f"{meeting.date.isoformat()}.ics", (ICS,))
    if path is None:
        return False
    path = _ics(path)

    def write() -> Any:
        result = meeting_invitation(store, meeting.id)
        write_ics(result.data, path)
        return result

    result = run_export(window, write, path)
    if result is None:
        return False
    if result.without_address:
        names = ", ".join(result.without_address)
        QMessageBox.information(window, title, say("CalendarExport",
            "Ohne E-Mail-Adresse nicht eingeladen: %1. Die Adressen stehen bei den "
            "Personen (Gremien › Mitglieder).").replace("%1", names))
    return True


class TasksCalendarChoice(QDialog):
    """Whose due dates: a body's, a person's or an organisation's."""

    def __init__(self, parent: QWidget | None, choices: list[tuple[str, Any]],
                 current: Any = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Termine der Aufgaben"))
        self.whose = QComboBox()
        self.whose.setAccessibleName(self.tr("Aufgaben von"))
        for label, value in choices:
            self.whose.addItem(label, value)
        self.whose.setCurrentIndex(max(next(
            (n for n, (_label, value) in enumerate(choices) if value == current), 0), 0))
        form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("&Aufgaben von"), self.whose), self.whose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, choices: list[tuple[str, Any]],
            current: Any = None) -> Any:
        """The chosen value ("body", id) or ("owner", TaskOwner); None: cancelled."""
        dialog = cls(parent, choices, current)
        return dialog.whose.currentData() if dialog.exec() == QDialog.DialogCode.Accepted \
            else None


def export_tasks_calendar(window: MainWindow) -> bool:
    """Open tasks' due dates as a calendar to subscribe to (or import)."""
    from ..documents.calendar import task_owner_choices, tasks_ics, write_ics

    context = window.context
    if context.store is None:
        return False
    store = context.s
    bodies = store.bodies.list()
    choices: list[tuple[str, Any]] = [
        (say("CalendarExport", "Gremium: %1").replace("%1", f"{b.name} ({b.short})"),
         ("body", b.id))
        for b in bodies]
    choices += [(say("CalendarExport", "Verantwortlich: %1").replace("%1", label), ("owner", owner))
                for label, owner in task_owner_choices(store)]
    if not choices:
        QMessageBox.information(window, say("CalendarExport", "Kein Gremium"),
                                say("CalendarExport", "Zuerst ein Gremium anlegen."))
        return False
    steering = next((("body", b.id) for b in bodies if b.kind.value == "steering"), None)
    chosen = TasksCalendarChoice.ask(window, choices, steering)
    if chosen is None:
        return False
    kind, value = chosen
    label = next(text for text, v in choices if v == chosen).split(": ", 1)[-1]
    short = store.bodies.get(value).short if kind == "body" else label
    path = ask_export_path(window, say("CalendarExport", "Termine der Aufgaben"),
                           f"Aufgaben {short} {clock.today().isoformat()}.ics", (ICS,))
    if path is None:
        return False
    path = _ics(path)
    owner: TaskOwner | None = value if kind == "owner" else None
    body_id = value if kind == "body" else None
    return run_export(window, lambda: write_ics(tasks_ics(store, body_id, owner), path),
                      path) is not None
