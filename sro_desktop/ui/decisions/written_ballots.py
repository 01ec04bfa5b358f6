"""The members asked in a written procedure (Umlaufverfahren), each with an answer and
the day it came; every change stores itself."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QWidget

from ... import clock
from ...domain.enums import Choice
from ...domain.labels import person_label, person_sort_key
from ...domain.model import Ballot, Decision
from ...domain.votes import in_time
from ..common.palette import OVERDUE, text_style
from ..common.widgets import clear_layout, date_edit, date_value, qdate
from ..context import AppContext, EditRefused


@dataclass
class _Row:
    name: str
    answer: QComboBox
    day: QDateEdit
    late: QLabel


class WrittenBallots(QWidget):
    """One row per member asked: name, side, answer (Ja, Nein, Enthaltung, widerspricht
    dem Verfahren, befangen, keine Antwort) and the day of the answer. Choosing an answer
    dates it today; each answer or day stores itself (one undo step). An answer dated
    after the deadline is marked: it does not count. ``refused`` names what the rules
    refused, ``stored`` gets the decision stored."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.decision: Decision | None = None
        self.refused = lambda text: None
        self.stored = lambda decision: None
        self.rows: dict[str, _Row] = {}  # membership id -> its row
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(3)

    def answers(self) -> list[tuple[str, str]]:
        """(text, stored choice): the answers offered, in their order."""
        return [(self.tr("keine Antwort"), Choice.NONE.value), (self.tr("Ja"), Choice.YES.value),
                (self.tr("Nein"), Choice.NO.value),
                (self.tr("Enthaltung"), Choice.ABSTAIN.value),
                (self.tr("widerspricht dem Verfahren"), Choice.OBJECTS.value),
                (self.tr("befangen"), Choice.CONFLICTED.value)]

    # what it shows ---------------------------------------------------------------
    def show_decision(self, decision: Decision) -> None:
        self.decision = decision
        ballots = {b.membership_id: b for b in decision.ballots}
        if set(ballots) != set(self.rows):
            self._build(decision)
        writable = not self.context.read_only
        for membership_id, row in self.rows.items():
            ballot = ballots[membership_id]
            with QSignalBlocker(row.answer):
                row.answer.setCurrentIndex(max(row.answer.findData(ballot.choice.value), 0))
            row.answer.setEnabled(writable)
            answered = ballot.choice is not Choice.NONE
            if not row.day.hasFocus():
                with QSignalBlocker(row.day):
                    row.day.setDate(qdate(ballot.answered_on or clock.today()))
            row.day.setEnabled(writable and answered)
            row.day.setVisible(answered)
            row.late.setVisible(answered and not in_time(ballot, decision.deadline))

    def _build(self, decision: Decision) -> None:
        clear_layout(self.grid)
        self.rows = {}
        store = self.context.s
        people = {p.id: p for p in store.people.list()}
        sides = {s.id: s for s in store.sides.list(decision.body_id)}
        seats = {m.id: m for m in store.memberships.list(decision.body_id)}

        def order(ballot: Ballot) -> tuple[int, tuple[str, ...] | str]:
            seat = seats.get(ballot.membership_id)
            side = sides.get(seat.side_id) if seat else None
            person = people.get(seat.person_id) if seat else None
            return (side.position if side else 0,
                    person_sort_key(person) if person else "")

        for col, text in enumerate((self.tr("Mitglied"), self.tr("Seite"),
                                    self.tr("Antwort"), self.tr("am"))):
            caption = QLabel(text)
            font = caption.font()
            font.setItalic(True)
            caption.setFont(font)
            self.grid.addWidget(caption, 0, col)
        for number, ballot in enumerate(sorted(decision.ballots, key=order), start=1):
            seat = seats.get(ballot.membership_id)
            name = person_label(people.get(seat.person_id)) if seat else "?"
            side = sides.get(seat.side_id) if seat else None
            answer = QComboBox()
            for text, value in self.answers():
                answer.addItem(text, value)
            answer.setAccessibleName(self.tr("Antwort von %1").replace("%1", name))
            answer.activated.connect(
                lambda _index, m=ballot.membership_id: self._answer_chosen(m))
            day = date_edit()
            day.setAccessibleName(self.tr("Datum der Antwort von %1").replace("%1", name))
            day.editingFinished.connect(lambda m=ballot.membership_id: self._day_left(m))
            late = QLabel(self.tr("nach der Frist"))
            late.setStyleSheet(text_style(OVERDUE))
            late.setToolTip(self.tr("Eine Antwort nach der Frist zählt nicht."))
            self.grid.addWidget(QLabel(name), number, 0)
            self.grid.addWidget(QLabel(side.name if side else ""), number, 1)
            self.grid.addWidget(answer, number, 2)
            self.grid.addWidget(day, number, 3)
            self.grid.addWidget(late, number, 4)
            self.rows[ballot.membership_id] = _Row(name, answer, day, late)
        self.grid.setColumnStretch(5, 1)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    # storing -----------------------------------------------------------------------
    def _answer_chosen(self, membership_id: str) -> None:
        decision = self.decision
        if decision is None:
            return
        choice = Choice(self.rows[membership_id].answer.currentData())
        old = next(b for b in decision.ballots if b.membership_id == membership_id)
        if choice is old.choice:
            return
        day = None if choice is Choice.NONE else old.answered_on or clock.today()
        self._store(self.tr("Antwort von %1 erfassen")
                    .replace("%1", self.rows[membership_id].name),
                    replace(old, choice=choice, answered_on=day))

    def _day_left(self, membership_id: str) -> None:
        decision = self.decision
        if decision is None:
            return
        old = next(b for b in decision.ballots if b.membership_id == membership_id)
        day = date_value(self.rows[membership_id].day)
        if old.choice is Choice.NONE or day == old.answered_on:
            return
        self._store(self.tr("Datum der Antwort von %1 ändern")
                    .replace("%1", self.rows[membership_id].name),
                    replace(old, answered_on=day))

    def _store(self, text: str, changed: Ballot) -> None:
        decision = self.decision
        if decision is None or self.context.read_only:
            return
        ballots = [changed if b.membership_id == changed.membership_id else b
                   for b in decision.ballots]
        try:
            stored = self.context.edit(text, self.context.s.decisions.record_ballots,
                                       decision.id, ballots)
        except EditRefused as refused:
            self.refused(str(refused))
            return
        self.stored(stored)
