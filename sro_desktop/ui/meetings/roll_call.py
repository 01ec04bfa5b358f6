"""A roll-call vote (namentliche Abstimmung) at a TOP: one row per member who holds a
vote there, one choice each — by a click in the choice's column or by a key (J, N, E,
B, K) on the current row, which then moves on to the next member. Each choice is stored
at once (one undo step); the counts per side and the conflicts follow in the store."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.bodies import voting_seats
from ...domain.enums import Choice
from ...domain.labels import person_label
from ...domain.meeting_record import MeetingContext
from ...domain.model import Ballot, Decision, Person
from ...domain.quorum import holdings
from ...domain.votes import counts_text
from ..common.palette import ADOPTED, DONE, shown, text_style
from ..common.widgets import ErrorLabel, compact_rows
from ..context import AppContext, EditRefused

# The choices of a member at a meeting, in their columns, with the key that chooses each.
CHOICES = (Choice.YES, Choice.NO, Choice.ABSTAIN, Choice.CONFLICTED, Choice.NONE)
KEYS = {Qt.Key.Key_J: Choice.YES, Qt.Key.Key_Y: Choice.YES, Qt.Key.Key_N: Choice.NO,
        Qt.Key.Key_E: Choice.ABSTAIN, Qt.Key.Key_B: Choice.CONFLICTED,
        Qt.Key.Key_K: Choice.NONE, Qt.Key.Key_Delete: Choice.NONE,
        Qt.Key.Key_Backspace: Choice.NONE}
CHOSEN, NOT_CHOSEN = "●", "○"
CHOICE_WIDTH = 50


@dataclass(frozen=True)
class Voter:
    """A seat whose vote is held at the TOP, and who holds it."""

    membership_id: str
    name: str  # who votes: the member, or the deputy "… (i. V. Petersen)"
    side_id: str
    side_name: str
    present: bool = True  # False: a ballot of a member no longer present at the TOP


def voters_at(ctx: MeetingContext, item_id: str | None,
              people: dict[str, Person]) -> list[Voter]:
    """The members (or their deputies) who hold a vote at the TOP, side by side, as the
    store asks them in a roll call."""
    position = ctx.positions.get(item_id or "")
    sides = {s.id: s for s in ctx.sides}
    seats = voting_seats(ctx.sides, ctx.members, ctx.meeting.date)
    voters = []
    for held in holdings(seats, ctx.attendance, position, ctx.positions,
                         ctx.body.deputy_multiple_votes):
        if not held.counted:
            continue
        m = held.membership
        name = person_label(people.get(held.person_id))
        if held.by_deputy:
            name += f" (i. V. {people[m.person_id].last_name})" if m.person_id in people else ""
        voters.append(Voter(m.id, name, m.side_id, sides[m.side_id].name))
    order = {s.id: (s.position, n) for n, s in enumerate(ctx.sides)}
    return sorted(voters, key=lambda v: order[v.side_id])


class BallotTable(QTableWidget):
    """The members and their choices; a choice key chooses for the current member and
    moves on to the next one."""

    def __init__(self, roll_call: RollCall):
        super().__init__(0, 1 + len(CHOICES))
        self.roll_call = roll_call

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        choice = KEYS.get(Qt.Key(event.key()))
        if choice is None and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return,
                                              Qt.Key.Key_Enter) and self.currentColumn() > 0:
            choice = CHOICES[self.currentColumn() - 1]
        if choice is None or row < 0 or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        self.roll_call.choose(row, choice)
        if row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, max(self.currentColumn(), 0))


class RollCall(QWidget):
    """The members present at the TOP and how each voted; the counts per side under it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.decision: Decision | None = None
        self.voters: list[Voter] = []
        self.choices: dict[str, Choice] = {}  # membership id -> as shown
        self.cells: list[list[QTableWidgetItem]] = []  # per row, the cells of CHOICES
        self.table = BallotTable(self)
        self.table.setAccessibleName(self.tr("Namentliche Abstimmung"))
        self.table.setAccessibleDescription(self.tr(
            "Je Mitglied eine Stimme: Klick in die Spalte oder Taste J (Ja), N (Nein), "
            "E (Enthaltung), B (befangen), K (keine Stimme); danach ist das nächste "
            "Mitglied dran."))
        headers = (self.tr("Mitglied"), self.tr("Ja"), self.tr("Nein"), self.tr("Enth."),
                   self.tr("bef."), self.tr("keine"))
        tips = (self.tr("Wer die Stimme hält (ein Vertreter mit „i. V.“)"),
                self.tr("Ja (Taste J)"), self.tr("Nein (Taste N)"),
                self.tr("Enthaltung (Taste E)"), self.tr("befangen (Taste B)"),
                self.tr("keine Stimme (Taste K)"))
        for column, (text, tip) in enumerate(zip(headers, tips, strict=True)):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(column, item)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, CHOICE_WIDTH)
        self.table.cellClicked.connect(self._clicked)

        self.rest_yes_button = QPushButton(self.tr("Übrige mit Ja"))
        self.rest_yes_button.setToolTip(self.tr("Alle, die noch keine Stimme haben, "
                                                "stimmen mit Ja"))
        self.rest_yes_button.clicked.connect(self.rest_yes)
        hint = QLabel(self.tr("Tasten: J Ja · N Nein · E Enth. · B befangen · K keine"))
        hint.setStyleSheet(text_style(DONE))
        hint.setWordWrap(True)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setAccessibleName(self.tr("Stimmen je Seite"))
        self.error = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.counts_label, 1)
        row.addWidget(self.rest_yes_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(self.error)

    # showing ---------------------------------------------------------------------------------
    def load(self, decision: Decision, voters: list[Voter]) -> None:
        """Show the decision's ballots for the members who hold a vote at the TOP (and a
        ballot of a member no longer there, marked so)."""
        self.decision = decision
        stored = {b.membership_id: b.choice for b in decision.ballots}
        shown = list(voters)
        known = {v.membership_id for v in voters}
        sides = {v.side_id: v.side_name for v in voters}
        absent = [b.membership_id for b in decision.ballots if b.membership_id not in known]
        for membership_id in absent:
            voter = self._absent_voter(membership_id, sides)
            shown.append(voter)
        if [v.membership_id for v in shown] != [v.membership_id for v in self.voters]:
            self.table.setRowCount(len(shown))
            self.cells = []
            for row, voter in enumerate(shown):
                name = QTableWidgetItem(voter.name)
                name.setToolTip(f"{voter.name} – {voter.side_name}")
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, 0, name)
                self.cells.append([])
                for column, choice in enumerate(CHOICES, start=1):
                    cell = QTableWidgetItem()
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    cell.setToolTip(f"{voter.name}: {choice.label}")
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.table.setItem(row, column, cell)
                    self.cells[row].append(cell)
            self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                      + self.table.verticalHeader().defaultSectionSize()
                                      * max(len(shown), 1) + 2 * self.table.frameWidth())
        self.voters = shown
        self.choices = {v.membership_id: stored.get(v.membership_id, Choice.NONE)
                        for v in shown}
        self._show_choices()

    def _absent_voter(self, membership_id: str, sides: dict[str, str]) -> Voter:
        store = self.context.s
        membership = store.memberships.get(membership_id)
        name = person_label(store.people.get(membership.person_id))
        side = sides.get(membership.side_id) or store.sides.get(membership.side_id).name
        return Voter(membership_id, self.tr("%1 (nicht anwesend)").replace("%1", name),
                     membership.side_id, side, present=False)

    def _show_choices(self) -> None:
        for row, voter in enumerate(self.voters):
            chosen = self.choices[voter.membership_id]
            for cell, choice in zip(self.cells[row], CHOICES, strict=True):
                cell.setText(CHOSEN if choice is chosen else NOT_CHOSEN)
                cell.setForeground(shown(ADOPTED if choice is chosen else DONE))
        self.counts_label.setText(self.counts_text())

    def counts_text(self) -> str:
        """"Verwaltung: Ja 4, Nein 0, Enthaltung 0; befangen 1" per side, as chosen."""
        lines = []
        for side_id, side_name in dict.fromkeys((v.side_id, v.side_name)
                                                for v in self.voters):
            mine = [self.choices[v.membership_id] for v in self.voters if v.side_id == side_id]
            text = f"{side_name}: " + counts_text(mine.count(Choice.YES), mine.count(Choice.NO),
                                                  mine.count(Choice.ABSTAIN))
            extra = [f"{Choice.CONFLICTED.label} {mine.count(Choice.CONFLICTED)}"
                     if Choice.CONFLICTED in mine else "",
                     f"{Choice.NONE.label} {mine.count(Choice.NONE)}"
                     if Choice.NONE in mine else ""]
            lines.append(text + "".join(f"; {e}" for e in extra if e))
        return "\n".join(lines)

    def ballots(self) -> list[Ballot]:
        return [Ballot(v.membership_id, self.choices[v.membership_id]) for v in self.voters]

    # choosing --------------------------------------------------------------------------------
    def _clicked(self, row: int, column: int) -> None:
        if column > 0:
            self.choose(row, CHOICES[column - 1])

    def choose(self, row: int, choice: Choice) -> None:
        """The member in ``row`` votes ``choice``: stored at once."""
        voter = self.voters[row]
        if self.choices[voter.membership_id] is not choice:
            self._record({**self.choices, voter.membership_id: choice},
                         self.tr("Stimme von %1").replace("%1", voter.name))

    def rest_yes(self) -> None:
        """Everyone without a vote yet votes yes."""
        choices: dict[str, Choice] = {m: Choice.YES if c is Choice.NONE else c
                                      for m, c in self.choices.items()}
        if choices != self.choices:
            self._record(choices, self.tr("Übrige mit Ja"))

    def _record(self, choices: dict[str, Choice], what: str) -> None:
        decision = self.decision
        if decision is None or self.context.store is None:
            return
        ballots = [Ballot(m, c) for m, c in choices.items()]
        self.choices = choices  # shown at once; the store's refresh confirms it
        self._show_choices()
        try:
            self.context.edit(self.tr("Beschluss %1: %2").replace("%1", decision.number)
                              .replace("%2", what), self.context.s.decisions.record_ballots,
                              decision.id, ballots)
        except EditRefused as exc:
            self.error.show_error(str(exc))
            self.load(self.context.s.decisions.get(decision.id), [
                v for v in self.voters if v.present])
            return
        self.error.show_error("")
