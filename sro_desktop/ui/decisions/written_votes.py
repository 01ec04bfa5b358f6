"""The answers to a decision in writing counted per side, as older files hold them (no
ballot per member), changed in the register."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from ...domain.model import Decision, Side, SideVote
from ..common.widgets import clear_layout
from ..context import AppContext, EditRefused

KINDS = ("yes", "no", "abstain")


class WrittenVotes(QWidget):
    """Ja, Nein, Enthaltung per voting side of the body; a count stores itself when left
    (one undo step) and the result follows the rule. What the rules refuse (more answers
    than voting members) stays typed, and ``refused`` names the reason."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.decision: Decision | None = None
        self.refused = lambda text: None
        self.stored = lambda decision: None
        self._sides: list[Side] = []
        self.spins: dict[tuple[str, str], QSpinBox] = {}  # (side id, kind) -> count
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)

    def show_decision(self, decision: Decision) -> None:
        self.decision = decision
        sides = [s for s in self.context.s.sides.list(decision.body_id) if s.voting]
        if [s.id for s in sides] != [s.id for s in self._sides]:
            self._build(sides)
        votes = {v.side_id: v for v in decision.votes}
        for side in sides:
            vote = votes.get(side.id, SideVote(side.id, 0, 0, 0))
            for kind in KINDS:
                spin = self.spins[(side.id, kind)]
                if not spin.hasFocus():
                    with QSignalBlocker(spin):
                        spin.setValue(getattr(vote, kind))

    def _build(self, sides: list[Side]) -> None:
        clear_layout(self.grid)
        self._sides, self.spins = sides, {}
        captions = (self.tr("Ja"), self.tr("Nein"), self.tr("Enthaltung"))
        for col, text in enumerate((self.tr("Seite"), *captions)):
            cell = QLabel(text)
            if col:
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(cell, 0, col)
        for row, side in enumerate(sides, start=1):
            self.grid.addWidget(QLabel(side.name), row, 0)
            for col, (kind, caption) in enumerate(zip(KINDS, captions, strict=True), start=1):
                spin = QSpinBox()
                spin.setRange(0, 999)
                spin.setAccessibleName(f"{side.name}: {caption}")
                spin.editingFinished.connect(self._left)
                self.grid.addWidget(spin, row, col)
                self.spins[(side.id, kind)] = spin
        self.grid.setColumnStretch(4, 1)

    def votes(self) -> list[SideVote]:
        return [SideVote(s.id, *(self.spins[(s.id, k)].value() for k in KINDS))
                for s in self._sides]

    def _left(self) -> None:
        decision = self.decision
        if decision is None or self.context.read_only:
            return
        votes = self.votes()
        stored = {v.side_id: (v.yes, v.no, v.abstain) for v in decision.votes}
        if all(stored.get(v.side_id, (0, 0, 0)) == (v.yes, v.no, v.abstain) for v in votes):
            return
        try:
            changed = self.context.edit(self.tr("Antworten im Umlaufverfahren ändern"),
                                        self.context.s.decisions.record_votes, decision.id,
                                        votes)
        except EditRefused as refused:
            self.refused(str(refused))
            return
        self.stored(changed)
