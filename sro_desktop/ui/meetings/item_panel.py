"""The selected agenda item during the meeting: notes, decisions with votes, tasks,
the answer to a recommendation. Results come from the domain rules, live."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import german_date
from ...domain.enums import RecommendationState
from ...domain.labels import organization_label, owners_label, person_label
from ...domain.meeting_record import MeetingContext
from ...domain.meetings import minutes_locked
from ...domain.model import AgendaItem, Decision, Recommendation, TaskOwner
from ...domain.quorum import not_quorate_note
from ...domain.recommendations import RESPONSE_STATES
from ..common import widgets
from ..common.palette import quorum_style
from ..common.widgets import (
    EnumCombo,
    ErrorLabel,
    date_edit,
    date_value,
    fill_combo,
    qdate,
    set_text_quietly,
    tab_order,
    tab_stops,
)
from ..context import AppContext, EditRefused, label
from .decision_editor import AtTheItem, DecisionEditor
from .papers import PapersBox
from .result_text import ModuleInserter, ResultBox
from .roll_call import voters_at

NOTES_SAVE_DELAY_MS = 1500


class TaskForm(QGroupBox):
    """Capture a task in place: title, one or two owners (a tandem), due date."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Neue Aufgabe"), parent)
        self.context = context
        self.item: AgendaItem | None = None
        self.body_id: str | None = None
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Titel der Aufgabe"))
        self.owner_boxes = (QComboBox(), QComboBox())
        for number, box in enumerate(self.owner_boxes, start=1):
            box.setAccessibleName(self.tr("Verantwortlich %1").replace("%1", str(number)))
        self.tandem = QCheckBox(self.tr("Tandem (&je eine Seite)"))
        self.due = date_edit()
        self.due.setAccessibleName(self.tr("Fällig am"))
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Aus Beschluss"))
        self.add_button = QPushButton(self.tr("Aufgabe anlegen"))
        self.add_button.clicked.connect(self.add)
        self.title_edit.returnPressed.connect(self.add)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        title_label = QLabel(self.tr("Auf&gabe"))
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, self.title_edit)
        form.addRow(self.tr("Verantwortlich"), self.owner_boxes[0])
        form.addRow(self.tr("und"), self.owner_boxes[1])
        form.addRow("", self.tandem)
        form.addRow(self.tr("Fällig am"), self.due)
        form.addRow(self.tr("Aus Beschluss"), self.decision)
        form.addRow("", self.add_button)
        form.addRow(self.error)

    def load(self, item: AgendaItem, body_id: str, decisions: list[Decision],
             owners: list[tuple[str, TaskOwner]]) -> None:
        self.item, self.body_id = item, body_id
        for box in self.owner_boxes:
            current = box.currentText()
            box.clear()
            box.addItem(self.tr("– niemand –"), None)
            for text, owner in owners:
                box.addItem(text, owner)
            box.setCurrentIndex(max(box.findText(current), 0))
        self.decision.clear()
        self.decision.addItem(self.tr("– keiner –"), None)
        for decision in decisions:
            self.decision.addItem(f"{decision.number} {decision.title}", decision.id)
        today = qdate(clock.today())
        if self.due.date() <= today:
            self.due.setDate(today.addDays(28))

    def choose_owner(self, number: int, text: str) -> None:
        box = self.owner_boxes[number]
        index = next(i for i in range(box.count()) if box.itemText(i).startswith(text))
        box.setCurrentIndex(index)

    def add(self) -> None:
        if self.item is None or self.body_id is None:
            return
        owners = [box.currentData() for box in self.owner_boxes if box.currentData()]
        due = date_value(self.due)
        try:
            self.context.edit(
                self.tr("Aufgabe anlegen"), self.context.s.tasks.add, self.body_id,
                self.title_edit.text(), owners=owners, tandem=self.tandem.isChecked(),
                due_date=due, origin_agenda_item_id=self.item.id,
                origin_decision_id=self.decision.currentData())
        except EditRefused as exc:
            self.error.show_error(str(exc))
            return
        self.error.show_error("")
        self.title_edit.clear()
        self.tandem.setChecked(False)
        for box in self.owner_boxes:
            box.setCurrentIndex(0)


class RecommendationAnswer(QGroupBox):
    """The body's answer to the recommendation this item deals with; stored when a
    choice is made or the reason is left."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Empfehlung des Beirats"), parent)
        self.context = context
        self.rec_id: str | None = None
        # the answer as last shown from the file or stored: only what differs from it is
        # stored (not an answer undone since, when the view is left before it is read again)
        self.rec: Recommendation | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.state = EnumCombo(RecommendationState,
                               [s for s in RecommendationState if s in RESPONSE_STATES])
        self.state.insertItem(0, self.tr("– noch keine –"), None)
        self.state.setAccessibleName(self.tr("Antwort"))
        self.response = QPlainTextEdit()
        self.response.setAccessibleName(self.tr("Begründung der Antwort"))
        self.response.setMaximumHeight(70)
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Beschluss zur Antwort"))
        self.state.activated.connect(self.save)
        self.decision.activated.connect(self.save)
        self.response.installEventFilter(self)  # stored when left
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.text)
        form.addRow(self.tr("Antwort"), self.state)
        form.addRow(self.tr("Begründung"), self.response)
        form.addRow(self.tr("Beschluss"), self.decision)
        form.addRow(self.error)

    def load(self, rec_id: str, decisions: list[Decision], locked: bool) -> None:
        rec = self.context.s.recommendations.get(rec_id)
        first = self.rec_id != rec_id
        # what is shown differs from what was last stored or shown: typed, not yet stored
        typed = not first and self.rec is not None and self._shown() != self._answer(self.rec)
        self.rec_id, self.rec = rec_id, rec
        due = german_date(rec.response_due)
        self.text.setText(f"<b>{rec.number}</b> {rec.title}<br>{rec.text}<br>"
                          + self.tr("Stand: %1").replace("%1", label(rec.state))
                          + (self.tr(" · Antwort fällig: %1").replace("%1", due) if due else ""))
        fill_combo(self.decision, [(self.tr("– keiner –"), None), *[
            (f"{d.number} {d.title}", d.id) for d in decisions]],
            self.decision.currentData() if typed else rec.response_decision_id)
        if not typed:  # the stored answer (also after an undo); what is typed stays
            self.state.set_value(rec.state if rec.state in RESPONSE_STATES else None)
            set_text_quietly(self.response, rec.response_text)
        for widget in (self.state, self.response, self.decision):
            widget.setEnabled(not locked)

    def _shown(self) -> tuple[Any, str, Any]:
        return self.state.value(), self.response.toPlainText(), self.decision.currentData()

    @staticmethod
    def _answer(rec: Recommendation) -> tuple[Any, str, Any]:
        return (rec.state if rec.state in RESPONSE_STATES else None, rec.response_text,
                rec.response_decision_id)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is getattr(self, "response", None) and event.type() == event.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    def save(self) -> None:
        """Store the answer as shown, if it was changed since it was shown or stored and
        differs from the stored one."""
        if (self.rec_id is None or self.rec is None or self.context.store is None
                or not self.state.isEnabled()):
            return
        store = self.context.s
        rec_id = self.rec_id
        state = self.state.value()
        text, decision_id = self.response.toPlainText(), self.decision.currentData()
        if any((state or rec.state, text, decision_id) == (
                rec.state, rec.response_text, rec.response_decision_id)
               for rec in (self.rec, store.recommendations.get(rec_id))):
            return  # nothing typed since (an answer undone since stays undone), or stored
        if state is None:  # no answer chosen yet: keep what is typed for it
            try:
                self.context.edit(self.tr("Antwort vorbereiten"), store.recommendations.update,
                                  rec_id, response_text=text,
                                  response_decision_id=decision_id)
            except EditRefused as exc:
                self.error.show_error(str(exc))
                return
        else:
            try:
                self.context.edit(
                    self.tr("Empfehlung beantworten"), store.recommendations.answer,
                    rec_id, state, text, response_decision_id=decision_id,
                    responded_on=clock.today())
            except EditRefused as exc:
                self.error.show_error(str(exc))
                return
        self.error.show_error("")
        if self.rec_id == rec_id:
            self.rec = store.recommendations.get(rec_id)


class ItemPanel(QScrollArea):
    """Everything for the item under discussion on one screen."""

    item_shown = Signal()  # another TOP (or none) is selected

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.item: AgendaItem | None = None
        self.decision_editors: list[DecisionEditor] = []
        self.setWidgetResizable(True)
        self.setMinimumWidth(350)  # its fields need 331 px, and the scroll bar
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.setWidget(inner)
        self.layout_ = QVBoxLayout(inner)
        self.layout_.setContentsMargins(6, 6, 4, 6)  # narrow at 1366 wide: nothing cut off

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setAccessibleName(self.tr("Beschlussfähigkeit bei diesem TOP"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notizen"))
        self.notes.setPlaceholderText(self.tr(
            "Notizen zum Verlauf – Absätze; Aufzählungen mit „- “ am Zeilenanfang"))
        self.notes.setMinimumHeight(110)
        self.notes_label = QLabel(self.tr("Noti&zen"))
        self.notes_label.setBuddy(self.notes)
        self.notes_error = ErrorLabel()
        self._notes_typed_unstored = False
        self.notes_timer = QTimer(self, singleShot=True, interval=NOTES_SAVE_DELAY_MS)
        self.notes_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_typed)
        self.notes.installEventFilter(self)
        self.modules = ModuleInserter(context, self.notes, lambda: self.item)
        self.result = ResultBox(context)

        self.decisions_box = QVBoxLayout()
        self.add_decision_button = QPushButton(self.tr("+ Bes&chluss"))
        self.add_decision_button.clicked.connect(self.add_decision)
        self.tasks_list = QListWidget()
        self.tasks_list.setAccessibleName(self.tr("Aufgaben aus diesem TOP"))
        self.tasks_list.setMaximumHeight(90)
        self.task_form = TaskForm(context)
        self.recommendation = RecommendationAnswer(context)
        self.papers = PapersBox(context)

        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.quorum_label)
        self.layout_.addWidget(self.notes_label)
        self.layout_.addWidget(self.notes)
        self.layout_.addWidget(self.notes_error)
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(QLabel(self.tr("<b>Beschlüsse</b>")))
        self.layout_.addLayout(self.decisions_box)
        self.layout_.addWidget(self.add_decision_button)
        self.layout_.addWidget(QLabel(self.tr("<b>Aufgaben</b>")))
        self.layout_.addWidget(self.tasks_list)
        self.layout_.addWidget(self.task_form)
        self.layout_.addWidget(self.recommendation)
        self.layout_.addWidget(self.papers)
        self.layout_.addStretch()
        context.flush.connect(self.store_pending)

    @property
    def decision_editor(self) -> DecisionEditor:
        """The last decision's editor (the one being recorded)."""
        return self.decision_editors[-1]

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is getattr(self, "notes", None) and event.type() == event.Type.FocusOut:
            self.save_notes()
        return super().eventFilter(watched, event)

    def set_item(self, item: AgendaItem | None) -> None:
        if item is None or self.item is None or item.id != self.item.id:
            self.store_pending()  # what is typed at the item being left
            self._notes_typed_unstored = False
        self.item = item
        self._clear_decisions()
        self.recommendation.rec_id = None
        self.refresh()
        self.item_shown.emit()

    def _clear_decisions(self) -> None:
        for editor in self.decision_editors:
            editor.setParent(None)
            editor.deleteLater()
        self.decision_editors = []

    def refresh(self) -> None:
        store = self.context.store
        self.setEnabled(store is not None and self.item is not None)
        if store is None or self.item is None:
            self.heading.setText(self.tr("Kein TOP gewählt"))
            return
        try:
            self.item = store.agenda.get(self.item.id)
        except Exception:  # noqa: BLE001 - the item was deleted or undone
            self.item = None
            self.refresh()
            return
        item = self.item
        ctx = store.meetings.context(item.meeting_id)
        locked = minutes_locked(ctx.meeting)
        self.heading.setText(self.tr("TOP %1 · %2").replace("%1", str(item.position))
                             .replace("%2", item.title)
                             + (self.tr(" (vertagt)") if item.deferred else ""))
        decisions = store.decisions.for_agenda_item(item.id)
        self._show_quorum(ctx, item, decisions)
        if not self._notes_typed_unstored:  # an edit elsewhere keeps what is being typed
            set_text_quietly(self.notes, item.notes)
        self.notes.setReadOnly(locked)
        self.result.load(item, locked)

        people = {p.id: p for p in store.people.list()}
        sides = {s.id: s for s in ctx.sides}
        organizations = {o.id: o for o in store.organizations.list()}
        holders = voters_at(ctx, item.id, people)  # who holds a vote here may be befangen
        at = AtTheItem(ctx, [(v.membership_id, v.name) for v in holders], holders)
        if [e.decision.id for e in self.decision_editors] == [d.id for d in decisions]:
            for editor, decision in zip(self.decision_editors, decisions, strict=True):
                editor.load(decision, at)
        else:
            self._clear_decisions()
            for decision in decisions:
                editor = DecisionEditor(self.context, decision, at, locked)
                self.decision_editors.append(editor)
                self.decisions_box.addWidget(editor)
            self._order_decisions()
        self.add_decision_button.setEnabled(not locked)

        self.tasks_list.clear()
        for task in store.tasks.for_agenda_item(item.id):
            names = owners_label(task.owners, people, organizations)
            tandem = self.tr(" · Tandem") if task.tandem else ""
            self.tasks_list.addItem(f"{task.title} · {names}{tandem} · "
                                    f"{german_date(task.due_date)}")
        owners = [(f"{person_label(people[m.person_id])} ({sides[m.side_id].name})",
                   TaskOwner(person_id=m.person_id)) for m in ctx.members]
        owners += [(organization_label(o), TaskOwner(organization_id=o.id))
                   for o in organizations.values()]
        self.task_form.load(item, ctx.meeting.body_id, decisions, owners)
        self.task_form.setEnabled(True)

        self.papers.load(item, locked)
        self.recommendation.setVisible(item.recommendation_id is not None)
        if item.recommendation_id:
            body_decisions = store.decisions.for_meeting(item.meeting_id)
            self.recommendation.load(item.recommendation_id, body_decisions, locked)

    def _order_decisions(self) -> None:
        """Tab goes through the decisions where they are on screen: after the result, before
        "+ Beschluss" (made later than the rest, they would come after the whole window)."""
        tab_order(self.result.take_button,
                  *[stop for editor in self.decision_editors for stop in tab_stops(editor)],
                  self.add_decision_button)

    def _show_quorum(self, ctx: MeetingContext, item: AgendaItem,
                     decisions: list[Decision]) -> None:
        """The quorum at the TOP, and for each decision there whose conflicted members
        leave the body without it, a warning (the decision is recorded all the same)."""
        result = ctx.quorum(item.id)
        lines = [result.sentence]
        for decision in decisions:
            if decision.conflicted_membership_ids:
                note = not_quorate_note(ctx.decision_quorum(decision), item.position)
                if note:
                    lines.append(self.tr("Beschluss %1: %2").replace(
                        "%1", decision.number).replace("%2", note))
        self.quorum_label.setText("\n".join(lines))
        self.quorum_label.setStyleSheet(quorum_style(result.quorate and len(lines) == 1))

    # editing -------------------------------------------------------------------------------
    def store_pending(self) -> None:
        """Before the item is left or the file closes: what is typed in the notes, the
        decisions and the answer. What the rules refuse to store is named in a message."""
        if self.context.store is None:
            return
        self.save_notes()
        self.result.save()
        self.recommendation.save()
        refused = []
        for editor in self.decision_editors:
            if not editor.commit():
                refused.append(f"{editor.decision.number}: {editor.unstored()}")
        if refused:
            widgets.warn_unstored(self, "\n".join(refused))

    def _notes_typed(self) -> None:
        self._notes_typed_unstored = True
        if self.notes.hasFocus():
            self.notes_timer.start()

    def save_notes(self) -> None:
        self.notes_timer.stop()
        if self.item is None or self.context.store is None:
            return
        text = self.notes.toPlainText()
        if text == self.item.notes:
            self._notes_typed_unstored = False
            return
        try:
            self.context.edit(self.tr("Notizen zu TOP %1").replace("%1", str(self.item.position)),
                              self.context.s.agenda.update, self.item.id, notes=text)
            self._notes_typed_unstored = False
            self.notes_error.show_error("")
        except EditRefused as exc:
            self.notes_error.show_error(str(exc))

    def add_decision(self) -> DecisionEditor | None:
        if self.item is None:
            return None
        try:
            self.context.edit(self.tr("Beschluss anlegen"), self.context.s.decisions.add,
                              self.item.title, agenda_item_id=self.item.id)
        except EditRefused as exc:
            self.notes_error.show_error(str(exc))
            return None
        editor = self.decision_editor
        editor.title_edit.setFocus()
        return editor
