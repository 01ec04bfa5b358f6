"""The counts of an open or secret vote at a TOP: Ja, Nein, Enthaltung per voting side,
and under them the non-binding opinion of the advisory members (Votum der beratenden
Mitglieder), counted on the sides without vote."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from ...domain.model import Side, SideVote
from ..common.widgets import section_label


class VoteCounts(QWidget):
    """Spin boxes per side; ``edited`` while a count changes, ``left`` when its field is
    left (then the editor stores the counts)."""

    edited = Signal()
    left = Signal()

    def __init__(self, sides: list[Side], parent: QWidget | None = None):
        super().__init__(parent)
        self.voting = [s for s in sides if s.voting]
        self.advisory = [s for s in sides if not s.voting]
        self.spins: dict[str, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        self.side_labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        captions = (self.tr("Ja"), self.tr("Nein"), self.tr("Enth."))
        for column, text in enumerate(captions, start=1):
            grid.addWidget(QLabel(text), 0, column)
        row = 1
        for side in self.voting:
            self._add_side(grid, row, side)
            row += 1
        self.advisory_heading = section_label(
            self.tr("Votum der beratenden Mitglieder (nicht bindend)"))
        self.advisory_heading.setWordWrap(True)
        self.advisory_heading.setAccessibleName(self.advisory_heading.text())
        if self.advisory:
            grid.addWidget(self.advisory_heading, row, 0, 1, 4)
            row += 1
        for side in self.advisory:
            self._add_side(grid, row, side)
            row += 1
        grid.setColumnStretch(0, 1)

    def _add_side(self, grid: QGridLayout, row: int, side: Side) -> None:
        caption = QLabel(side.name)
        caption.setWordWrap(True)
        grid.addWidget(caption, row, 0)
        self.side_labels[side.id] = caption
        spins = (QSpinBox(), QSpinBox(), QSpinBox())
        for column, (spin, what) in enumerate(
                zip(spins, (self.tr("Ja"), self.tr("Nein"), self.tr("Enthaltung")),
                    strict=True), start=1):
            spin.setRange(0, 999)
            spin.setMaximumWidth(64)
            spin.setAccessibleName(f"{side.name} {what}")
            spin.valueChanged.connect(self.edited)
            spin.editingFinished.connect(self.left)
            grid.addWidget(spin, row, column)
        self.spins[side.id] = spins

    def votes(self) -> list[SideVote]:
        """The counts as shown: each voting side, then the advisory sides whose opinion
        was given (a side without one gets no row)."""
        voting = {s.id for s in self.voting}
        votes = [SideVote(side_id, *(s.value() for s in spins))
                 for side_id, spins in self.spins.items()]
        return [v for v in votes if v.side_id in voting or v.cast]

    def show_votes(self, votes: Iterable[SideVote]) -> None:
        """Show stored counts, firing no signal."""
        by_side = {v.side_id: v for v in votes}
        for side_id, spins in self.spins.items():
            vote = by_side.get(side_id, SideVote(side_id))
            for spin, value in zip(spins, (vote.yes, vote.no, vote.abstain), strict=True):
                with QSignalBlocker(spin):
                    spin.setValue(value)

    def set_counts(self, side_id: str, yes: int, no: int, abstain: int) -> None:
        for spin, value in zip(self.spins[side_id], (yes, no, abstain), strict=True):
            spin.setValue(value)

    def show_present(self, present: Mapping[str, int]) -> None:
        """The advisory sides with how many of their members are present at the TOP."""
        for side in self.advisory:
            self.side_labels[side.id].setText(self.tr("%1 (%2 anwesend)").replace(
                "%1", side.name).replace("%2", str(present.get(side.id, 0))))

    def all_spins(self) -> list[QSpinBox]:
        return [spin for spins in self.spins.values() for spin in spins]
