"""The dialogs of the Empfehlungen view: a new recommendation, and putting one on an agenda."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import BodyKind
from ...domain.model import Body, Recommendation
from ..common.widgets import buddy_label, date_edit, date_value, meeting_text, run_modal
from ..context import AppContext


@dataclass(frozen=True)
class NewRecommendation:
    """What the dialog asks for a recommendation that came in."""

    advisory_body_id: str
    addressed_body_id: str
    title: str
    adopted_on: date
    text: str
    advisory_meeting_id: str | None
    response_due: date | None


class RecommendationDialog(QDialog):
    """Record a recommendation the advisory board adopted."""

    def __init__(self, parent: QWidget | None, context: AppContext, today: date):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Neue Empfehlung erfassen"))
        store = context.s
        bodies = store.bodies.list()
        advisory = [b for b in bodies if b.kind is BodyKind.ADVISORY] or bodies
        self._bodies = {b.id: b for b in bodies}
        self._meeting_days: dict[str, date] = {}

        self.from_combo = QComboBox()
        for body in advisory:
            self.from_combo.addItem(body.name, body.id)
        self.to_combo = QComboBox()
        for body in bodies:
            self.to_combo.addItem(body.name, body.id)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Worum es geht, in einer Zeile"))
        self.adopted_edit = date_edit(today)
        self.meeting_combo = QComboBox()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Der Wortlaut der Empfehlung"))
        self.due_check = QCheckBox(self.tr("Antwort &fällig bis:"))
        self.due_edit = date_edit(today)
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch()

        for widget, name in ((self.from_combo, self.tr("Von Gremium")),
                             (self.to_combo, self.tr("An Gremium")),
                             (self.title_edit, self.tr("Titel")),
                             (self.adopted_edit, self.tr("Beschlossen am")),
                             (self.meeting_combo, self.tr("Sitzung des Beirats")),
                             (self.text_edit, self.tr("Wortlaut")),
                             (self.due_edit, self.tr("Antwort fällig bis"))):
            widget.setAccessibleName(name)

        form = QFormLayout()
        for text, field in ((self.tr("&Von:"), self.from_combo),
                            (self.tr("&An:"), self.to_combo),
                            (self.tr("&Titel:"), self.title_edit),
                            (self.tr("Beschlossen a&m:"), self.adopted_edit),
                            (self.tr("in der &Sitzung:"), self.meeting_combo),
                            (self.tr("&Wortlaut:"), self.text_edit)):
            form.addRow(buddy_label(text, field), field)
        form.addRow("", due_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Empfehlung &erfassen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

        self.from_combo.currentIndexChanged.connect(self._from_changed)
        self.adopted_edit.dateChanged.connect(self._adopted_changed)
        self.title_edit.textChanged.connect(self._update_ok)
        self._from_changed()
        self._adopted_changed()
        self._update_ok()

    def _from_changed(self) -> None:
        """The board's meetings to choose from, and the body it advises as addressee."""
        board: Body | None = self._bodies.get(self.from_combo.currentData())
        if board is None:
            return
        if board.advises_body_id:
            self.to_combo.setCurrentIndex(max(self.to_combo.findData(board.advises_body_id), 0))
        self.meeting_combo.clear()
        self.meeting_combo.addItem(self.tr("(ohne Sitzung)"), None)
        self._meeting_days = {}
        for meeting in reversed(self.context.s.meetings.list(board.id)):
            self.meeting_combo.addItem(meeting_text(meeting), meeting.id)
            self._meeting_days[meeting.id] = meeting.date

    def _adopted_changed(self) -> None:
        """A suggested deadline, and the board's meeting of that day if there is one."""
        if not self.due_check.isChecked():
            self.due_edit.setDate(self.adopted_edit.date().addMonths(3))
        day = date_value(self.adopted_edit)
        for index in range(1, self.meeting_combo.count()):
            if self._meeting_days.get(self.meeting_combo.itemData(index)) == day:
                self.meeting_combo.setCurrentIndex(index)
                break

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))

    def values(self) -> NewRecommendation:
        return NewRecommendation(
            self.from_combo.currentData(), self.to_combo.currentData(),
            self.title_edit.text().strip(), date_value(self.adopted_edit),
            self.text_edit.toPlainText().strip(), self.meeting_combo.currentData(),
            date_value(self.due_edit) if self.due_check.isChecked() else None)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext,
            today: date) -> NewRecommendation | None:
        dialog = cls(parent, context, today)
        return run_modal(dialog, dialog.values)


@dataclass(frozen=True)
class AgendaChoice:
    meeting_id: str
    duration_minutes: int


class AgendaDialog(QDialog):
    """Choose the meeting whose agenda takes up the recommendation."""

    def __init__(self, parent: QWidget | None, rec: Recommendation,
                 meetings: list[tuple[str, str]]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Auf die Tagesordnung setzen"))
        intro = QLabel(self.tr("Empfehlung %1 „%2“ in dieser Sitzung beraten:")
                       .replace("%1", rec.number).replace("%2", rec.title))
        intro.setWordWrap(True)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("Sitzung"))
        for meeting_id, text in meetings:
            self.meeting_combo.addItem(text, meeting_id)
        self.duration = QSpinBox()
        self.duration.setRange(0, 480)
        self.duration.setSingleStep(5)
        self.duration.setValue(20)
        self.duration.setSuffix(self.tr(" Min."))
        self.duration.setAccessibleName(self.tr("Dauer in Minuten"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Sitzung:"), self.meeting_combo), self.meeting_combo)
        form.addRow(buddy_label(self.tr("&Dauer:"), self.duration), self.duration)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Auf &Tagesordnung setzen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> AgendaChoice:
        return AgendaChoice(self.meeting_combo.currentData(), self.duration.value())

    @classmethod
    def ask(cls, parent: QWidget | None, rec: Recommendation,
            meetings: list[tuple[str, str]]) -> AgendaChoice | None:
        dialog = cls(parent, rec, meetings)
        return run_modal(dialog, dialog.values)
