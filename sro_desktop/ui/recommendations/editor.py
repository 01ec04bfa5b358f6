"""One recommendation in the Empfehlungen view: what it says, its agenda, and the answer.
The answer stores itself when a field is left or a choice made; there is no save button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import german_date
from ...domain.enums import RecommendationState
from ...domain.model import Recommendation
from ...domain.recommendations import RESPONSE_STATES, answer_overdue, is_answered
from ...store import StoreError
from ..common import widgets
from ..common.palette import OVERDUE, shown, text_style
from ..common.widgets import (
    ErrorLabel,
    buddy_label,
    date_edit,
    date_value,
    heading_label,
    meeting_text,
    qdate,
    section_label,
    tab_order,
    value_label,
)
from ..context import EditRefused, label
from ..history import HistoryDialog

if TYPE_CHECKING:
    from .view import RecommendationsView

NO_DECISION = ""
DECISION_CHOICES = 300  # the newest decisions of the addressed body offered for the link


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
        left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields

        # the answer
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Antwort: Status"))
        self.state_combo.setPlaceholderText(self.tr("– bitte wählen –"))
        # the states an answer can give, in their order: adopted, partly adopted, rejected,
        # or deferred for now
        for state in RecommendationState:
            if state in RESPONSE_STATES:
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
        self.responded_edit = date_edit(clock.today())
        self.responded_edit.setAccessibleName(self.tr("Beantwortet am"))
        self.state_combo.activated.connect(self.save_answer)
        self.decision_combo.activated.connect(self.save_answer)
        self.responded_edit.editingFinished.connect(self.save_answer)
        self.response_edit.installEventFilter(self)  # stored when left
        self.context.flush.connect(self.save_answer)

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
                  self.decision_combo, self.responded_edit)
        self.show_recommendation(None)

    # showing ------------------------------------------------------------------------
    def show_recommendation(self, rec: Recommendation | None) -> None:
        """Show a recommendation; the answer typed for the one shown before is stored."""
        before = self.rec
        leaving = rec is None or before is None or rec.id != before.id
        typed = self._answer_change() if leaving else None
        self._show(rec)
        if before is not None and typed is not None and not self._store(typed):
            widgets.warn_unstored(self, f"{before.number}: {self.error_label.text()}")
            self.clear_error()

    def blank(self) -> None:
        """The placeholder shown, the recommendation kept (nothing typed is lost): another
        file was opened, its recommendation follows."""
        self.placeholder.setVisible(True)
        self.content.setVisible(False)

    def _show(self, rec: Recommendation | None) -> None:
        """The answer fields are refilled only when the record changed, so that what the
        user is typing survives an unrelated edit elsewhere."""
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
                                         if rec.state in RESPONSE_STATES else -1)
        if not (same_record and self.response_edit.hasFocus()):
            self.response_edit.setPlainText(rec.response_text)
        self._fill_decisions(rec)
        self.responded_edit.setDate(qdate(rec.responded_on or self.view.today()))

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
                         .replace("%2", meeting_text(meeting)))
            self._agenda_meeting_id = meeting.id
        self.agenda_label.setText("\n".join(lines) or self.tr("noch nicht"))
        self.meeting_button.setVisible(self._agenda_meeting_id is not None)
        self.agenda_button.setEnabled(not is_answered(rec))

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
            f"QPlainTextEdit {{ border: 1px solid {shown(OVERDUE).name()}; }}")

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is getattr(self, "response_edit", None) and event.type() == event.Type.FocusOut:
            self.save_answer()
        return super().eventFilter(watched, event)

    def save_answer(self) -> bool:
        """Store the answer as shown, if it differs from the stored one, as one edit; a
        refusal is shown beside the field. True when nothing shown is left unstored."""
        return self._store(self._answer_change())

    def _answer_change(self) -> Callable[[], Any] | None:
        """The edit that stores the answer as shown (None: it is stored). A reason typed
        before the answer is chosen is kept as it is."""
        rec = self.rec
        if rec is None or self.context.store is None or self.context.read_only:
            return None
        store = self.context.s
        state = self.state_combo.currentData()
        text = self.response_edit.toPlainText().strip()
        decision_id = self.decision_combo.currentData() or None
        if state is None:
            if (text, decision_id) == (rec.response_text, rec.response_decision_id):
                return None
            return lambda: store.recommendations.update(
                rec.id, response_text=text, response_decision_id=decision_id)
        day = date_value(self.responded_edit)
        if (state, text, decision_id, day) == (
                rec.state, rec.response_text, rec.response_decision_id, rec.responded_on):
            return None
        return lambda: store.recommendations.answer(
            rec.id, state, text, response_decision_id=decision_id, responded_on=day)

    def _store(self, change: Callable[[], Any] | None) -> bool:
        if change is None:
            return True
        try:
            self.context.edit(self.tr("Empfehlung beantworten"), change)
        except EditRefused as exc:
            self.show_error(str(exc))
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
