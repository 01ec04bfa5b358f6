"""The Empfehlungen view: the advisory board's recommendations and the answers to them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendar import german_date
from ..domain.enums import BodyKind, RecommendationState
from ..domain.model import Body, Recommendation
from ..domain.recommendations import AWAITING, answer_overdue
from ..store import StoreError
from .common.palette import DONE, OVERDUE, OVERDUE_BACKGROUND, text_style
from .common.table_model import Column, RecordTableModel
from .common.view import View
from .common.widgets import (
    ErrorLabel,
    buddy_label,
    date_edit,
    fill_combo,
    heading_label,
    meeting_text,
    record_table,
    run_modal,
    section_label,
    select_row,
    tab_order,
    value_label,
)
from .context import AppContext, EditRefused, label
from .history import HistoryDialog

R = RecommendationState
# The states an answer can give: adopted, partly adopted, rejected, or deferred for now.
ANSWER_STATES = (R.ADOPTED, R.PARTLY_ADOPTED, R.REJECTED, R.DEFERRED)
NO_DECISION = ""
DECISION_CHOICES = 300  # the newest decisions of the addressed body offered for the link


# -- dialogs ----------------------------------------------------------------------------------


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
            self.meeting_combo.addItem(meeting_text(self.tr, meeting), meeting.id)
            self._meeting_days[meeting.id] = meeting.date

    def _adopted_changed(self) -> None:
        """A suggested deadline, and the board's meeting of that day if there is one."""
        if not self.due_check.isChecked():
            self.due_edit.setDate(self.adopted_edit.date().addMonths(3))
        day = self.adopted_edit.date().toPython()
        for index in range(1, self.meeting_combo.count()):
            if self._meeting_days.get(self.meeting_combo.itemData(index)) == day:
                self.meeting_combo.setCurrentIndex(index)
                break

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))

    def values(self) -> NewRecommendation:
        return NewRecommendation(
            self.from_combo.currentData(), self.to_combo.currentData(),
            self.title_edit.text().strip(), self.adopted_edit.date().toPython(),
            self.text_edit.toPlainText().strip(), self.meeting_combo.currentData(),
            self.due_edit.date().toPython() if self.due_check.isChecked() else None)

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


# -- the answer editor ------------------------------------------------------------------------


class RecommendationEditor(QWidget):
    """One recommendation: what it says, where it is on an agenda, and the answer to it."""

    def __init__(self, view: RecommendationsView):
        super().__init__(view)
        self.view = view
        self.context = view.context
        self.rec: Recommendation | None = None

        self.heading = heading_label()
        self.from_label = value_label()
        self.to_label = value_label()
        self.adopted_label = value_label()
        self.due_label = value_label()
        self.due_label.setAccessibleName(self.tr("Antwort fällig"))
        self.state_label = value_label()
        self.agenda_label = value_label()
        self.agenda_label.setAccessibleName(self.tr("Tagesordnung"))
        self.agenda_button = QPushButton(self.tr("Auf &Tagesordnung setzen …"))
        self.agenda_button.setToolTip(self.tr(
            "Die Empfehlung als TOP in eine kommende Sitzung des angesprochenen Gremiums "
            "aufnehmen"))
        self.agenda_button.clicked.connect(view.put_on_agenda)
        self.meeting_button = QPushButton(self.tr("&Zur Sitzung"))
        self.meeting_button.clicked.connect(self._go_to_meeting)
        self._agenda_meeting_id: str | None = None
        agenda_buttons = QHBoxLayout()
        agenda_buttons.setContentsMargins(0, 0, 0, 0)
        agenda_buttons.addWidget(self.agenda_button)
        agenda_buttons.addWidget(self.meeting_button)
        agenda_buttons.addStretch()
        self.text_label = value_label()
        self.text_label.setAccessibleName(self.tr("Wortlaut der Empfehlung"))

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("Von:"), self.from_label)
        facts.addRow(self.tr("An:"), self.to_label)
        facts.addRow(self.tr("Beschlossen am:"), self.adopted_label)
        facts.addRow(self.tr("Status:"), self.state_label)
        facts.addRow(self.tr("Antwort fällig:"), self.due_label)
        facts.addRow(self.tr("Tagesordnung:"), self.agenda_label)
        facts.addRow("", agenda_buttons)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 8, 0)
        left_column.addWidget(self.heading)
        left_column.addLayout(facts)
        left_column.addSpacing(4)
        left_column.addWidget(section_label(self.tr("Wortlaut der Empfehlung")))
        left_column.addWidget(self.text_label)
        left_column.addStretch()
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setWidget(left)

        # the answer
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Antwort: Status"))
        self.state_combo.setPlaceholderText(self.tr("– bitte wählen –"))
        for state in ANSWER_STATES:
            self.state_combo.addItem(label(state), state)
        self.response_edit = QPlainTextEdit()
        self.response_edit.setAccessibleName(self.tr("Antwort mit Begründung"))
        self.response_edit.setTabChangesFocus(True)
        self.response_edit.setPlaceholderText(self.tr(
            "Die Antwort mit Begründung, wie sie der Planungsgruppe mitgeteilt wird"))
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("answerError")
        self.error_label.setAccessibleName(self.tr("Fehler"))
        self.decision_combo = QComboBox()
        self.decision_combo.setAccessibleName(self.tr("Beschluss zur Antwort"))
        self.decision_combo.setMinimumContentsLength(30)
        self.decision_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.responded_edit = date_edit(date.today())
        self.responded_edit.setAccessibleName(self.tr("Beantwortet am"))
        self.save_button = QPushButton(self.tr("Antwort &speichern"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_answer)

        response_column = QVBoxLayout()
        response_column.setContentsMargins(0, 0, 0, 0)
        response_column.addWidget(self.response_edit, 1)
        response_column.addWidget(self.error_label)
        answer_form = QFormLayout()
        answer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        answer_form.addRow(buddy_label(self.tr("Stat&us:"), self.state_combo), self.state_combo)
        answer_form.addRow(buddy_label(self.tr("Ant&wort:"), self.response_edit),
                           response_column)
        answer_form.addRow(buddy_label(self.tr("Besch&luss:"), self.decision_combo),
                           self.decision_combo)
        answer_form.addRow(buddy_label(self.tr("Beantwortet a&m:"), self.responded_edit),
                           self.responded_edit)
        self.history_button = QPushButton(self.tr("Verlauf …"))
        self.history_button.setToolTip(self.tr("Wer hat die Empfehlung wann geändert?"))
        self.history_button.clicked.connect(self.show_history)
        save_row = QHBoxLayout()
        save_row.addWidget(self.history_button)
        save_row.addStretch()
        save_row.addWidget(self.save_button)
        self.answer_box = QGroupBox(self.tr("Antwort"))
        answer_column = QVBoxLayout(self.answer_box)
        answer_column.addLayout(answer_form, 1)
        answer_column.addLayout(save_row)

        self.placeholder = QLabel(self.tr("Eine Empfehlung in der Liste auswählen."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.addWidget(left_scroll)
        self.content.addWidget(self.answer_box)
        self.content.setChildrenCollapsible(False)
        self.content.setStretchFactor(0, 1)
        self.content.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content, 1)

        self.state_combo.currentIndexChanged.connect(self.clear_error)
        self.response_edit.textChanged.connect(self.clear_error)
        tab_order(self.agenda_button, self.meeting_button, self.state_combo, self.response_edit,
                  self.decision_combo, self.responded_edit, self.save_button)
        self.show_recommendation(None)

    # showing ------------------------------------------------------------------------
    def show_recommendation(self, rec: Recommendation | None) -> None:
        """Show a recommendation; the answer fields are refilled only when it changed,
        so that what the user is typing survives an unrelated edit elsewhere."""
        unchanged = rec is not None and rec == self.rec
        same_record = rec is not None and self.rec is not None and rec.id == self.rec.id
        self.rec = rec
        self.placeholder.setVisible(rec is None)
        self.content.setVisible(rec is not None)
        if rec is None:
            return
        if not same_record:
            self.clear_error()
        store = self.context.s
        bodies = self.view.body_names()
        self.heading.setText(f"{rec.number} · {rec.title}")
        self.from_label.setText(bodies.get(rec.advisory_body_id, ""))
        self.to_label.setText(bodies.get(rec.addressed_body_id, ""))
        adopted = german_date(rec.adopted_on)
        if rec.advisory_meeting_id:
            try:
                meeting = store.meetings.get(rec.advisory_meeting_id)
                adopted = self.tr("%1 (%2. Sitzung)").replace("%1", adopted).replace(
                    "%2", str(meeting.number))
            except StoreError:
                pass
        self.adopted_label.setText(adopted)
        self.state_label.setText(label(rec.state))
        self.due_label.setText(self.view.due_text(rec) or self.tr("ohne Frist"))
        overdue = answer_overdue(rec, self.view.today())
        self.due_label.setStyleSheet(text_style(OVERDUE, bold=True) if overdue else "")
        self._show_agenda(rec)
        self.text_label.setText(rec.text or self.tr("(kein Wortlaut erfasst)"))
        addressed = self.view.body(rec.addressed_body_id)
        self.answer_box.setTitle(self.tr("Antwort %1").replace(
            "%1", addressed.of_body if addressed else ""))
        if unchanged:
            return
        self.state_combo.setCurrentIndex(self.state_combo.findData(rec.state)
                                         if rec.state in ANSWER_STATES else -1)
        if not (same_record and self.response_edit.hasFocus()):
            self.response_edit.setPlainText(rec.response_text)
        self._fill_decisions(rec)
        self.responded_edit.setDate(QDate(rec.responded_on or self.view.today()))

    def _show_agenda(self, rec: Recommendation) -> None:
        store = self.context.s
        items = store.recommendations.agenda_items(rec.id)
        lines = []
        self._agenda_meeting_id = None
        for item in items:
            try:
                meeting = store.meetings.get(item.meeting_id)
            except StoreError:
                continue
            lines.append(self.tr("TOP %1 der %2").replace("%1", str(item.position))
                         .replace("%2", meeting_text(self.tr, meeting)))
            self._agenda_meeting_id = meeting.id
        self.agenda_label.setText("\n".join(lines) or self.tr("noch nicht"))
        self.meeting_button.setVisible(self._agenda_meeting_id is not None)
        self.agenda_button.setEnabled(rec.state in AWAITING)

    def _fill_decisions(self, rec: Recommendation) -> None:
        """The addressed body's decisions since the recommendation, newest first."""
        store = self.context.s
        decisions = store.decisions.list(rec.addressed_body_id, date_from=rec.adopted_on,
                                         limit=DECISION_CHOICES, newest_first=True)
        if rec.response_decision_id and all(d.id != rec.response_decision_id
                                            for d in decisions):
            try:
                decisions.append(store.decisions.get(rec.response_decision_id))
            except StoreError:
                pass
        self.decision_combo.clear()
        self.decision_combo.addItem(self.tr("(kein Beschluss)"), NO_DECISION)
        for decision in decisions:
            self.decision_combo.addItem(
                f"{decision.number} · {decision.title} ({german_date(decision.decided_on)})",
                decision.id)
        self.decision_combo.setCurrentIndex(
            max(self.decision_combo.findData(rec.response_decision_id or NO_DECISION), 0))

    # editing ------------------------------------------------------------------------
    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.response_edit.setStyleSheet("")

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.response_edit.setStyleSheet(
            f"QPlainTextEdit {{ border: 1px solid {OVERDUE.name()}; }}")

    def save_answer(self) -> bool:
        """Store the answer as one edit; a refusal is shown beside the field."""
        rec = self.rec
        if rec is None:
            return False
        state = self.state_combo.currentData()
        if state is None:
            self.show_error(self.tr("Bitte wählen Sie, wie die Empfehlung beantwortet wird."))
            self.state_combo.setFocus()
            return False
        try:
            self.context.edit(
                self.tr("Empfehlung beantworten"), self.context.s.recommendations.answer,
                rec.id, state, self.response_edit.toPlainText().strip(),
                response_decision_id=self.decision_combo.currentData() or None,
                responded_on=self.responded_edit.date().toPython())
        except EditRefused as exc:
            self.show_error(str(exc))
            self.response_edit.setFocus()
            return False
        return True

    def show_history(self) -> HistoryDialog | None:
        """Verlauf: who changed the recommendation (its answer, its state) when."""
        if self.rec is None:
            return None
        return HistoryDialog.show_for(self, self.context, "recommendations", self.rec.id,
                                      self.tr("Empfehlung %1").replace("%1", self.rec.number))

    def _go_to_meeting(self) -> None:
        if self._agenda_meeting_id:
            self.context.show_record.emit("meetings", self._agenda_meeting_id)


# -- the view ----------------------------------------------------------------------------------


class RecommendationsView(View):
    """All recommendations, newest first; overdue answers in red; the answer below."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._bodies: dict[str, Body] = {}

        self.body_filter = QComboBox()
        self.body_filter.setAccessibleName(self.tr("Angesprochenes Gremium filtern"))
        self.body_filter.setMinimumContentsLength(18)
        self.awaiting_check = QCheckBox(self.tr("Nur unbeantw&ortete"))
        self.awaiting_check.setToolTip(self.tr(
            "Nur Empfehlungen, die eingegangen, auf der Tagesordnung oder zurückgestellt sind"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl der Empfehlungen"))
        self.new_button = QPushButton(self.tr("&Neue Empfehlung …"))
        self.new_button.setToolTip(self.tr("Eine eingegangene Empfehlung des Beirats erfassen"))
        self.new_button.clicked.connect(self.add_recommendation)
        filters = QHBoxLayout()
        filters.addWidget(buddy_label(self.tr("An &Gremium:"), self.body_filter))
        filters.addWidget(self.body_filter)
        filters.addSpacing(12)
        filters.addWidget(self.awaiting_check)
        filters.addStretch()
        filters.addWidget(self.count_label)
        filters.addSpacing(12)
        filters.addWidget(self.new_button)

        self.model = RecordTableModel([
            Column(self.tr("Nummer"), lambda r: r.number),
            Column(self.tr("Beschlossen am"), lambda r: german_date(r.adopted_on),
                   sort=lambda r: r.adopted_on),
            Column(self.tr("Von"), lambda r: self._short(r.advisory_body_id)),
            Column(self.tr("An"), lambda r: self._short(r.addressed_body_id)),
            Column(self.tr("Titel"), lambda r: r.title),
            Column(self.tr("Status"), lambda r: label(r.state)),
            Column(self.tr("Antwort fällig"), self.due_text,
                   sort=lambda r: r.response_due or date.max),
            Column(self.tr("Beantwortet am"), lambda r: german_date(r.responded_on),
                   sort=lambda r: r.responded_on or date.min),
        ], self)
        self.model.foreground = lambda r: (OVERDUE if answer_overdue(r, self.today())
                                           else DONE if r.state not in AWAITING else None)
        self.model.background = lambda r: (OVERDUE_BACKGROUND
                                           if answer_overdue(r, self.today()) else None)
        self.model.tooltip = self._tooltip
        self.table = record_table(
            self.model, self.tr("Empfehlungen"),
            self.tr("Empfehlungen des Beirats, die neuesten zuerst; überfällige Antworten rot. "
                    "Die Antwort wird unter der Liste erfasst."),
            widths=(120, 110, 60, 60, 300, 150, 170, 110), stretch=4)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor = RecommendationEditor(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.body_filter.currentIndexChanged.connect(self._filters_changed)
        self.awaiting_check.toggled.connect(self._filters_changed)
        tab_order(self.body_filter, self.awaiting_check, self.new_button, self.table,
                  self.editor.agenda_button)

    def title(self) -> str:
        return self.tr("Empfehlungen")

    @staticmethod
    def today() -> date:
        return date.today()

    # columns ---------------------------------------------------------------------------
    def body(self, body_id: str) -> Body | None:
        return self._bodies.get(body_id)

    def body_names(self) -> dict[str, str]:
        return {body_id: body.name for body_id, body in self._bodies.items()}

    def _short(self, body_id: str) -> str:
        body = self._bodies.get(body_id)
        return body.short if body else ""

    def due_text(self, rec: Recommendation) -> str:
        if rec.response_due is None:
            return ""
        text = german_date(rec.response_due)
        if answer_overdue(rec, self.today()):
            text = self.tr("%1 – überfällig").replace("%1", text)
        return text

    def _tooltip(self, rec: Recommendation) -> str:
        names = self.body_names()
        lines = [rec.title, self.tr("von %1 an %2").replace(
            "%1", names.get(rec.advisory_body_id, "")).replace(
            "%2", names.get(rec.addressed_body_id, ""))]
        if answer_overdue(rec, self.today()):
            lines.append(self.tr("Die Antwort ist seit dem %1 überfällig.")
                         .replace("%1", german_date(rec.response_due)))
        return "\n".join(lines)

    # loading ---------------------------------------------------------------------------
    def attention_count(self) -> int:
        return self.context.s.recommendations.count_awaiting()

    def refresh(self) -> None:
        store = self.context.s
        self._bodies = {b.id: b for b in store.bodies.list()}
        fill_combo(self.body_filter, [(self.tr("Alle Gremien"), ""), *(
            (body.name, body.id) for body in self._bodies.values()
            if body.kind is not BodyKind.ADVISORY)], self.body_filter.currentData())
        current = self.editor.rec
        self._load(keep=current.id if current else None)

    def _filters_changed(self) -> None:
        self._load(keep=None)

    def _filters(self) -> dict[str, Any]:
        return {"addressed_body_id": self.body_filter.currentData() or None,
                "awaiting_only": self.awaiting_check.isChecked()}

    def _load(self, keep: str | None) -> None:
        store = self.context.s
        filters = self._filters()
        if keep is not None and self.model.records:
            self.model.reload()
        else:
            self.model.set_loader(lambda limit, offset: store.recommendations.list(
                **filters, limit=limit, offset=offset, newest_first=True))
        awaiting = store.recommendations.count_awaiting(filters["addressed_body_id"])
        total = store.recommendations.count_list(**filters)
        self.count_label.setText(self.tr("%1 Empfehlungen, %2 unbeantwortet")
                                 .replace("%1", str(total)).replace("%2", str(awaiting)))
        row = None
        if keep is not None:
            row = self.model.row_of(keep)
            if row is None:  # it left the list (answered while "unbeantwortete" is on)
                try:
                    self.editor.show_recommendation(store.recommendations.get(keep))
                    self.table.clearSelection()
                    return
                except StoreError:
                    pass
        if row is None and self.model.rowCount():
            row = 0
        if row is None:
            self.editor.show_recommendation(None)
        else:
            select_row(self.table, row)
            self._current_changed(self.model.index(row, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if current.isValid():
            self.editor.show_recommendation(self.model.record(current.row()))

    # actions ---------------------------------------------------------------------------
    def add_recommendation(self) -> None:
        values = RecommendationDialog.ask(self, self.context, self.today())
        if values is None:
            return
        store = self.context.s
        rec = self.context.try_edit(  # a lambda: "text" is also try_edit's own parameter
            self, self.tr("Empfehlung erfassen"), lambda: store.recommendations.add(
                values.advisory_body_id, values.addressed_body_id, values.title,
                values.adopted_on, text=values.text,
                advisory_meeting_id=values.advisory_meeting_id,
                response_due=values.response_due))
        if rec is not None:
            self.show_record("recommendations", rec.id)

    def put_on_agenda(self) -> None:
        rec = self.editor.rec
        if rec is None:
            return
        store = self.context.s
        meetings = store.recommendations.agenda_meetings(rec.id, self.today())
        if not meetings:
            QMessageBox.information(self, self.tr("Keine Sitzung geplant"), self.tr(
                "Für %1 ist keine kommende Sitzung angelegt. Legen Sie die Sitzung unter "
                "„Sitzungen“ an und setzen Sie die Empfehlung dann auf die Tagesordnung.")
                .replace("%1", self.body_names().get(rec.addressed_body_id, "")))
            return
        choice = AgendaDialog.ask(self, rec, [(m.id, meeting_text(self.tr, m))
                                              for m in meetings])
        if choice is None:
            return
        self.context.try_edit(self, self.tr("Empfehlung auf die Tagesordnung setzen"),
                              store.recommendations.put_on_agenda, rec.id, choice.meeting_id,
                              duration_minutes=choice.duration_minutes)

    # navigation ------------------------------------------------------------------------
    def show_record(self, kind: str, record_id: str) -> bool:
        if kind != "recommendations" or self.context.store is None:
            return False
        try:
            rec = self.context.s.recommendations.get(record_id)
        except StoreError:
            return False
        self.refresh_if_stale()
        filters = self._filters()
        if (filters["addressed_body_id"] not in (None, rec.addressed_body_id)
                or (filters["awaiting_only"] and rec.state not in AWAITING)):
            for widget in (self.body_filter, self.awaiting_check):
                widget.blockSignals(True)
            self.body_filter.setCurrentIndex(0)
            self.awaiting_check.setChecked(False)
            for widget in (self.body_filter, self.awaiting_check):
                widget.blockSignals(False)
            self._load(keep=None)
        row = self.model.fetch_row(record_id)
        if row is None:
            return False
        select_row(self.table, row)
        self._current_changed(self.model.index(row, 0))
        return True
