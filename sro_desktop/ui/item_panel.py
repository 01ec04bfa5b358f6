"""The selected agenda item during the meeting: notes, decisions with votes, tasks,
the answer to a recommendation. Results come from the domain rules, live."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.bodies import is_voting_seat
from ..domain.calendar import german_date
from ..domain.enums import DecisionRule, Procedure, RecommendationState
from ..domain.errors import RuleViolation
from ..domain.meetings import minutes_locked
from ..domain.model import AgendaItem, Decision, Side, SideVote, TaskOwner
from ..domain.recommendations import ANSWERED
from ..domain.votes import check_votes, evaluate
from .common.palette import OVERDUE, quorum_style, text_style
from .common.widgets import EnumCombo, ErrorLabel, set_text_quietly
from .context import AppContext, EditRefused, label
from .history import HistoryDialog

NOTES_SAVE_DELAY_MS = 1500


class DecisionEditor(QGroupBox):
    """One decision: wording, rule, votes per side, conflicts; the result shown live."""

    def __init__(self, context: AppContext, decision: Decision, sides: list[Side],
                 voters: list[tuple[str, str]], locked: bool, parent: QWidget | None = None):
        super().__init__(decision.number, parent)
        self.context = context
        self.decision = decision
        self.sides = [s for s in sides if s.voting]
        self.all_sides = sides
        self.dirty = False

        self.title_edit = QLineEdit(decision.title)
        self.title_edit.setAccessibleName(self.tr("Titel des Beschlusses"))
        self.wording = QPlainTextEdit(decision.wording)
        self.wording.setAccessibleName(self.tr("Wortlaut des Beschlusses"))
        self.wording.setMaximumHeight(80)
        self.rule = EnumCombo(DecisionRule)
        self.rule.setAccessibleName(self.tr("Mehrheitsregel"))
        self.procedure = EnumCombo(Procedure)
        self.procedure.setAccessibleName(self.tr("Verfahren"))

        self.spins: dict[str, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        grid = QGridLayout()
        for column, text in enumerate((self.tr("Ja"), self.tr("Nein"), self.tr("Enth.")),
                                      start=1):
            grid.addWidget(QLabel(text), 0, column)
        for row, side in enumerate(self.sides, start=1):
            grid.addWidget(QLabel(side.name), row, 0)
            spins = tuple(QSpinBox() for _ in range(3))
            for column, (spin, what) in enumerate(
                    zip(spins, (self.tr("Ja"), self.tr("Nein"), self.tr("Enthaltung")),
                        strict=True), start=1):
                spin.setRange(0, 999)
                spin.setMaximumWidth(64)
                spin.setAccessibleName(f"{side.name} {what}")
                spin.valueChanged.connect(self._inputs_changed)
                grid.addWidget(spin, row, column)
            self.spins[side.id] = spins  # type: ignore[assignment]
        self.all_yes_button = QPushButton(self.tr("&Alle dafür"))
        self.all_yes_button.setToolTip(self.tr("Alle anwesenden Stimmberechtigten stimmen mit Ja"))
        self.all_yes_button.clicked.connect(self.all_yes)

        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(self.tr("Befangen"))
        self.conflicts.setMaximumHeight(70)
        for membership_id, name in voters:
            entry = QListWidgetItem(name)
            entry.setData(Qt.ItemDataRole.UserRole, membership_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.conflicts.addItem(entry)
        self.conflicts.itemChanged.connect(self._inputs_changed)

        self.eligible_label = QLabel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Ergebnis"))
        self.save_button = QPushButton(self.tr("Beschluss &speichern"))
        self.save_button.clicked.connect(self.save)
        self.history_button = QPushButton(self.tr("Verlauf …"))
        self.history_button.setToolTip(self.tr("Wer hat den Beschluss, seine Abstimmung und "
                                               "Befangenheiten wann geändert?"))
        self.history_button.clicked.connect(self.show_history)

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Wortlaut"), self.wording)
        rules = QHBoxLayout()
        rules.addWidget(self.rule)
        rules.addWidget(self.procedure)
        form.addRow(self.tr("Regel"), rules)
        form.addRow(self.tr("Stimmen"), grid)
        form.addRow("", self.all_yes_button)
        form.addRow(self.tr("Befangen"), self.conflicts)
        form.addRow("", self.eligible_label)
        form.addRow(self.tr("Ergebnis"), self.result_label)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.history_button)
        actions.addStretch()
        form.addRow("", actions)

        for widget in (self.title_edit,):
            widget.textEdited.connect(self._inputs_changed)
        self.wording.textChanged.connect(self._mark_dirty)
        self.rule.activated.connect(self._inputs_changed)
        self.procedure.activated.connect(self._inputs_changed)
        self.load(decision)
        for widget in (self.title_edit, self.wording, self.rule, self.procedure,
                       self.all_yes_button, self.conflicts, self.save_button,
                       *[s for spins in self.spins.values() for s in spins]):
            widget.setEnabled(not locked)

    # values ----------------------------------------------------------------------------------
    def load(self, decision: Decision) -> None:
        """Show the stored decision, unless the user is in the middle of changing it."""
        if self.dirty:
            return
        self.decision = decision
        self._loading = True
        set_text_quietly(self.title_edit, decision.title)
        set_text_quietly(self.wording, decision.wording)
        self.rule.set_value(decision.rule)
        self.procedure.set_value(decision.procedure)
        votes = {v.side_id: v for v in decision.votes}
        for side_id, spins in self.spins.items():
            vote = votes.get(side_id, SideVote(side_id))
            for spin, value in zip(spins, (vote.yes, vote.no, vote.abstain), strict=True):
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.conflicts.blockSignals(True)
        for row in range(self.conflicts.count()):
            entry = self.conflicts.item(row)
            checked = entry.data(Qt.ItemDataRole.UserRole) in decision.conflicted_membership_ids
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.conflicts.blockSignals(False)
        self._loading = False
        self.dirty = False
        self.update_result()

    def votes(self) -> list[SideVote]:
        return [SideVote(side_id, *(s.value() for s in spins))
                for side_id, spins in self.spins.items()]

    def conflicted(self) -> list[str]:
        return [self.conflicts.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.conflicts.count())
                if self.conflicts.item(r).checkState() == Qt.CheckState.Checked]

    def set_votes(self, side: str, yes: int, no: int, abstain: int) -> None:
        """Type the votes of a side (by its name), as the secretary does."""
        side_id = next(s.id for s in self.sides if s.name == side)
        for spin, value in zip(self.spins[side_id], (yes, no, abstain), strict=True):
            spin.setValue(value)

    def set_conflicted(self, name: str, conflicted: bool = True) -> None:
        entry = next(self.conflicts.item(r) for r in range(self.conflicts.count())
                     if self.conflicts.item(r).text() == name)
        entry.setCheckState(Qt.CheckState.Checked if conflicted else Qt.CheckState.Unchecked)

    def _mark_dirty(self) -> None:
        if not getattr(self, "_loading", False):
            self.dirty = True

    def _inputs_changed(self, *_args: Any) -> None:
        self._mark_dirty()
        self.update_result()

    def update_result(self) -> None:
        """The outcome text from the rule, or what is wrong with the counts."""
        store = self.context.s
        eligible = store.decisions.eligible(self.decision, self.conflicted())
        self.eligible_label.setText(self.tr("Stimmberechtigt anwesend: %1").replace(
            "%1", " · ".join(f"{s.name} {eligible.get(s.id, 0)}" for s in self.sides)))
        procedure = self.procedure.value()
        votes = self.votes()
        try:
            if procedure is Procedure.VOTE:
                check_votes(votes, self.all_sides, eligible)
        except RuleViolation as exc:
            self.result_label.setText(str(exc))
            self.result_label.setStyleSheet(text_style(OVERDUE))
            self.save_button.setEnabled(False)
            return
        result = evaluate(self.rule.value(), votes, self.all_sides, procedure)
        self.result_label.setText(result.text)
        self.result_label.setStyleSheet(quorum_style(result.outcome is not None
                                                     and result.outcome.value == "adopted"))
        self.save_button.setEnabled(self.title_edit.isEnabled())

    def all_yes(self) -> None:
        eligible = self.context.s.decisions.eligible(self.decision, self.conflicted())
        for side in self.sides:
            self.set_votes(side.name, eligible.get(side.id, 0), 0, 0)

    def show_history(self) -> HistoryDialog:
        """Verlauf: the changes of the decision, its votes and conflicts."""
        return HistoryDialog.show_for(self, self.context, "decisions", self.decision.id,
                                      self.tr("Beschluss %1").replace("%1",
                                                                     self.decision.number))

    def save(self) -> bool:
        """Store wording, rule, votes and conflicts as one edit."""
        store = self.context.s
        decision_id = self.decision.id

        def write() -> None:
            store.decisions.update(decision_id, title=self.title_edit.text(),
                                   wording=self.wording.toPlainText(),
                                   rule=self.rule.value())
            procedure = self.procedure.value()
            if procedure is Procedure.VOTE:
                store.decisions.record_votes(decision_id, self.votes(), self.conflicted())
            else:
                store.decisions.set_procedure(decision_id, procedure)

        self.dirty = False
        try:
            self.context.edit(self.tr("Beschluss %1 speichern").replace(
                "%1", self.decision.number), write)
        except EditRefused as exc:
            self.dirty = True
            self.result_label.setText(str(exc))
            self.result_label.setStyleSheet(text_style(OVERDUE))
            return False
        return True


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
        self.tandem = QCheckBox(self.tr("&Tandem (je eine Seite)"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.due.setAccessibleName(self.tr("Fällig am"))
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Aus Beschluss"))
        self.add_button = QPushButton(self.tr("Aufgabe &anlegen"))
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
        if self.due.date() <= QDate.currentDate():
            self.due.setDate(QDate.currentDate().addDays(28))

    def choose_owner(self, number: int, text: str) -> None:
        box = self.owner_boxes[number]
        index = next(i for i in range(box.count()) if box.itemText(i).startswith(text))
        box.setCurrentIndex(index)

    def add(self) -> None:
        if self.item is None or self.body_id is None:
            return
        owners = [box.currentData() for box in self.owner_boxes if box.currentData()]
        due = self.due.date().toPython()
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
    """The body's answer to the recommendation this item deals with."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr("Empfehlung des Beirats"), parent)
        self.context = context
        self.rec_id: str | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.state = EnumCombo(RecommendationState, [
            s for s in RecommendationState if s in ANSWERED or s is RecommendationState.DEFERRED])
        self.state.setAccessibleName(self.tr("Antwort"))
        self.response = QPlainTextEdit()
        self.response.setAccessibleName(self.tr("Begründung der Antwort"))
        self.response.setMaximumHeight(70)
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Beschluss zur Antwort"))
        self.save_button = QPushButton(self.tr("Antwort s&peichern"))
        self.save_button.clicked.connect(self.save)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.text)
        form.addRow(self.tr("Antwort"), self.state)
        form.addRow(self.tr("Begründung"), self.response)
        form.addRow(self.tr("Beschluss"), self.decision)
        form.addRow("", self.save_button)
        form.addRow(self.error)

    def load(self, rec_id: str, decisions: list[Decision], locked: bool) -> None:
        rec = self.context.s.recommendations.get(rec_id)
        first = self.rec_id != rec_id
        self.rec_id = rec_id
        due = german_date(rec.response_due)
        self.text.setText(f"<b>{rec.number}</b> {rec.title}<br>{rec.text}<br>"
                          + self.tr("Stand: %1").replace("%1", label(rec.state))
                          + (self.tr(" · Antwort fällig: %1").replace("%1", due) if due else ""))
        self.decision.clear()
        self.decision.addItem(self.tr("– keiner –"), None)
        for decision in decisions:
            self.decision.addItem(f"{decision.number} {decision.title}", decision.id)
        if first:
            if rec.state in ANSWERED or rec.state is RecommendationState.DEFERRED:
                self.state.set_value(rec.state)
            set_text_quietly(self.response, rec.response_text)
            self.decision.setCurrentIndex(max(self.decision.findData(rec.response_decision_id),
                                              0))
        for widget in (self.state, self.response, self.decision, self.save_button):
            widget.setEnabled(not locked)

    def save(self) -> None:
        if self.rec_id is None:
            return
        try:
            self.context.edit(
                self.tr("Empfehlung beantworten"), self.context.s.recommendations.answer,
                self.rec_id, self.state.value(), self.response.toPlainText(),
                response_decision_id=self.decision.currentData(), responded_on=date.today())
        except EditRefused as exc:
            self.error.show_error(str(exc))
            return
        self.error.show_error("")


class ItemPanel(QScrollArea):
    """Everything for the item under discussion on one screen."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.item: AgendaItem | None = None
        self.decision_editors: list[DecisionEditor] = []
        self.setWidgetResizable(True)
        self.setMinimumWidth(400)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.setWidget(inner)
        self.layout_ = QVBoxLayout(inner)

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
        self.notes_label = QLabel(self.tr("&Notizen"))
        self.notes_label.setBuddy(self.notes)
        self.notes_error = ErrorLabel()
        self.notes_timer = QTimer(self, singleShot=True, interval=NOTES_SAVE_DELAY_MS)
        self.notes_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_typed)
        self.notes.installEventFilter(self)

        self.decisions_box = QVBoxLayout()
        self.add_decision_button = QPushButton(self.tr("+ &Beschluss"))
        self.add_decision_button.clicked.connect(self.add_decision)
        self.tasks_list = QListWidget()
        self.tasks_list.setAccessibleName(self.tr("Aufgaben aus diesem TOP"))
        self.tasks_list.setMaximumHeight(90)
        self.task_form = TaskForm(context)
        self.recommendation = RecommendationAnswer(context)

        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.quorum_label)
        self.layout_.addWidget(self.notes_label)
        self.layout_.addWidget(self.notes)
        self.layout_.addWidget(self.notes_error)
        self.layout_.addWidget(QLabel(self.tr("<b>Beschlüsse</b>")))
        self.layout_.addLayout(self.decisions_box)
        self.layout_.addWidget(self.add_decision_button)
        self.layout_.addWidget(QLabel(self.tr("<b>Aufgaben</b>")))
        self.layout_.addWidget(self.tasks_list)
        self.layout_.addWidget(self.task_form)
        self.layout_.addWidget(self.recommendation)
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
        if self.notes_timer.isActive():
            self.save_notes()
        self.item = item
        self._clear_decisions()
        self.recommendation.rec_id = None
        self.refresh()

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
        self.heading.setText(f"TOP {item.position} · {item.title}"
                             + (self.tr(" (vertagt)") if item.deferred else ""))
        result = ctx.quorum(item.id)
        self.quorum_label.setText(result.sentence)
        self.quorum_label.setStyleSheet(quorum_style(result.quorate))
        set_text_quietly(self.notes, item.notes)
        self.notes.setReadOnly(locked)

        decisions = store.decisions.for_agenda_item(item.id)
        people = {p.id: p for p in store.people.list()}
        sides = {s.id: s for s in ctx.sides}
        voters = [(m.id, people[m.person_id].full_name) for m in ctx.members
                  if is_voting_seat(m, sides[m.side_id])]
        if [e.decision.id for e in self.decision_editors] == [d.id for d in decisions]:
            for editor, decision in zip(self.decision_editors, decisions, strict=True):
                editor.load(decision)
        else:
            self._clear_decisions()
            for decision in decisions:
                editor = DecisionEditor(self.context, decision, ctx.sides, voters, locked)
                self.decision_editors.append(editor)
                self.decisions_box.addWidget(editor)
        self.add_decision_button.setEnabled(not locked)

        self.tasks_list.clear()
        for task in store.tasks.for_agenda_item(item.id):
            owners = ", ".join(_owner_name(o, people, store) for o in task.owners)
            tandem = self.tr(" · Tandem") if task.tandem else ""
            self.tasks_list.addItem(f"{task.title} · {owners}{tandem} · "
                                    f"{german_date(task.due_date)}")
        owners = [(f"{p.full_name} ({sides[m.side_id].name})", TaskOwner(person_id=p.id))
                  for m in ctx.members for p in [people[m.person_id]]]
        owners += [(o.name, TaskOwner(organization_id=o.id))
                   for o in store.organizations.list()]
        self.task_form.load(item, ctx.meeting.body_id, decisions, owners)
        self.task_form.setEnabled(True)

        self.recommendation.setVisible(item.recommendation_id is not None)
        if item.recommendation_id:
            body_decisions = store.decisions.for_meeting(item.meeting_id)
            self.recommendation.load(item.recommendation_id, body_decisions, locked)

    # editing -------------------------------------------------------------------------------
    def store_pending(self) -> None:
        """Before the file closes: notes being typed, and votes typed but not yet saved."""
        self.save_notes()
        for editor in self.decision_editors:
            if editor.dirty and editor.save_button.isEnabled():
                editor.save()

    def _notes_typed(self) -> None:
        if self.notes.hasFocus():
            self.notes_timer.start()

    def save_notes(self) -> None:
        self.notes_timer.stop()
        if self.item is None or self.context.store is None:
            return
        text = self.notes.toPlainText()
        if text == self.item.notes:
            return
        try:
            self.context.edit(self.tr("Notizen zu TOP %1").replace("%1", str(self.item.position)),
                              self.context.s.agenda.update, self.item.id, notes=text)
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


def _owner_name(owner: TaskOwner, people: dict, store: Any) -> str:
    if owner.person_id and owner.person_id in people:
        return people[owner.person_id].full_name
    if owner.organization_id:
        return store.organizations.get(owner.organization_id).name
    return "?"

