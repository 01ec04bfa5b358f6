"""Sitze laut GO: the statutory number of voting seats per voting side of a body, beside
the seats filled today and the vacancies; each number stores itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ... import clock
from ...domain.bodies import voting_seats
from ...domain.model import Membership, Side
from ...domain.quorum import statutory_seats
from ..common.palette import DONE, DUE_SOON, OVERDUE, text_style
from ..common.widgets import ErrorLabel, buddy_label, plural
from ..context import AppContext, EditRefused

NAME_WIDTH = 190  # the widest a side's name is shown on one line
AS_FILLED = -1  # the spin box's special value: no statutory number, as many as are filled


class SeatsSpin(QSpinBox):
    """A number of seats, or "wie besetzt": below 0, typed (or begun), or the field
    emptied."""

    def _as_filled(self, text: str) -> bool:
        return self.specialValueText().casefold().startswith(text.strip().casefold())

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._as_filled(text):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        return self.minimum() if self._as_filled(text) else super().valueFromText(text)


class StatutorySeats(QWidget):
    """One row per voting side: its name, the Sollzahl (a spin box whose lowest value
    reads "wie besetzt") and how many seats are filled today."""

    rebuilt = Signal()  # other spin boxes now: their place in the tab order is to be set

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.spins: dict[str, SeatsSpin] = {}  # side id -> its Sollzahl
        self.states: dict[str, QLabel] = {}  # side id -> "9 Sitze laut GO, 8 besetzt …"
        self._rows: list[QWidget] = []
        self._shape: tuple[tuple[str, str], ...] = ()
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setColumnStretch(2, 1)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Sitze laut GO zusammen"))
        self.none_label = QLabel(self.tr("keine Seite mit Stimmrecht"))
        self.none_label.setStyleSheet(text_style(DONE))
        self.error = ErrorLabel()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(self.grid)
        column.addWidget(self.none_label)
        column.addWidget(self.total)
        column.addWidget(self.error)

    def show_sides(self, sides: Sequence[Side], memberships: Sequence[Membership]) -> None:
        """The voting sides of a body with their seats filled today (``clock.today()``)."""
        voting = [s for s in sorted(sides, key=lambda s: s.position) if s.voting]
        shape = tuple((s.id, s.name) for s in voting)
        if shape != self._shape:
            self._build(voting)
            self._shape = shape
            self.rebuilt.emit()
        seats = voting_seats(sides, memberships, clock.today())
        statutory = statutory_seats(voting, seats)
        for side in voting:
            spin = self.spins[side.id]
            with QSignalBlocker(spin):
                spin.setValue(self._stored(side))
            filled = sum(1 for m in seats if m.side_id == side.id)
            text, colour = self._state(side.statutory_seats, filled)
            self.states[side.id].setText(text)
            self.states[side.id].setStyleSheet(text_style(colour))
            spin.setAccessibleDescription(text)
        self.none_label.setVisible(not voting)
        self.total.setVisible(len(voting) > 1)
        if len(voting) > 1:
            declared = any(s.statutory_seats is not None for s in voting)
            text, colour = self._state(sum(statutory.values()) if declared else None,
                                       len([m for m in seats if m.side_id in statutory]))
            self.total.setText(self.tr("Zusammen: %1").replace("%1", text))
            self.total.setStyleSheet(text_style(colour))

    @staticmethod
    def _stored(side: Side) -> int:
        return AS_FILLED if side.statutory_seats is None else side.statutory_seats

    def _state(self, statutory: int | None, filled: int) -> tuple[str, QColor]:
        """"9 Sitze laut GO, 8 besetzt – 1 unbesetzt" and its colour."""
        if statutory is None:
            return plural(filled, self.tr("%1 Sitz besetzt"), self.tr("%1 Sitze besetzt")), DONE
        text = plural(statutory, self.tr("%1 Sitz laut GO"), self.tr("%1 Sitze laut GO"))
        if filled == statutory:
            return text + self.tr(", alle besetzt"), DONE
        text += self.tr(", %1 besetzt").replace("%1", str(filled))
        if filled < statutory:
            return text + self.tr(" – %1 unbesetzt").replace("%1", str(statutory - filled)), \
                DUE_SOON
        return text + self.tr(" – %1 mehr als vorgesehen").replace(
            "%1", str(filled - statutory)), OVERDUE

    def _build(self, voting: Sequence[Side]) -> None:
        for widget in self._rows:
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()  # perhaps inside its own signal: not at once
        self._rows = []
        self.spins.clear()
        self.states.clear()
        for row, side in enumerate(voting):
            spin = SeatsSpin()
            spin.setRange(AS_FILLED, 999)
            spin.setSpecialValueText(self.tr("wie besetzt"))
            spin.setKeyboardTracking(False)
            spin.setMinimumWidth(110)
            spin.setAccessibleName(self.tr("Sitze laut GO: %1").replace("%1", side.name))
            spin.setToolTip(self.tr("Gesetzliche Zahl der stimmberechtigten Sitze dieser "
                                    "Seite (Sollzahl); „wie besetzt“: so viele, wie heute "
                                    "besetzt sind."))
            spin.valueChanged.connect(lambda value, side_id=side.id: self._store(side_id, value))
            caption = buddy_label(side.name.replace("&", "&&") + ":", spin)
            caption.setWordWrap(caption.sizeHint().width() > NAME_WIDTH)  # a long name wraps
            caption.setMaximumWidth(NAME_WIDTH)
            state = QLabel()
            state.setWordWrap(True)
            state.setAccessibleName(self.tr("Besetzung: %1").replace("%1", side.name))
            self.grid.addWidget(caption, row, 0)
            self.grid.addWidget(spin, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(state, row, 2)
            self._rows += [caption, spin, state]
            self.spins[side.id] = spin
            self.states[side.id] = state

    def _store(self, side_id: str, value: int) -> None:
        self.error.show_error("")
        seats = None if value == AS_FILLED else value
        try:
            self.context.edit(self.tr("Sitze laut GO ändern"), self.context.s.sides.update,
                              side_id, statutory_seats=seats)
        except EditRefused as exc:  # the reason under the seats, the stored number back
            self.error.show_error(str(exc))
            side = self.context.s.sides.get(side_id)
            with QSignalBlocker(self.spins[side_id]):
                self.spins[side_id].setValue(self._stored(side))
