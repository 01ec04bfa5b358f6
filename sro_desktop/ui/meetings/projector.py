"""Projektoransicht: a second window for the room's screen. It shows the body, the
meeting, the TOP selected in the agenda and, while a decision is taken there, its
wording and then the votes per side and the outcome as recorded (the sentence the
domain computed when the votes were stored). Large type on near-black, scaled to the
window; nothing personal (no names of those present, no addresses).

What the room sees is what is stored: the wording once its field is left, the votes
once they make a valid count; what is half-typed or refused stays on the secretary's
screen. A TOP that is not public shows "Nichtöffentlicher Teil" instead of its title,
and none of its decisions (the screen may be seen from the door or by the press).

The window follows the agenda by signals only (the TOP chosen, every stored edit, the
decision whose field has the focus); no timer polls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QScreen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import german_date
from ...domain.enums import Outcome, Procedure
from ...domain.model import AgendaItem, Decision, Side, SideVote
from ...domain.votes import opinion_text
from ...domain.words import say
from ...store.errors import NotFound
from ..context import AppContext

if TYPE_CHECKING:
    from .item_panel import ItemPanel
    from .panel import MeetingPanel

SHORTCUT = "F5"
BACKGROUND = "#111318"  # near-black: white type on it reads from the back of a room
FOREGROUND = "#ffffff"
MUTED = "#d6dae0"  # secondary lines, still well above 7:1 on the background
ADOPTED = "#8ee6a0"  # light green and light red: the words carry the outcome too
REJECTED = "#ffb3a7"
DESIGN_HEIGHT = 720  # the pixel sizes below are for a window this high
SIZES = {"body": 30, "meeting": 30, "number": 40, "title": 58, "decision": 28,
         "wording": 38, "votes": 38, "result": 44, "opinion": 30}
NON_PUBLIC = "Nichtöffentlicher Teil"

def target_screen(screens: Sequence[Any], primary: object,
                  ask: Callable[[list[Any]], int | None]) -> tuple[Any, bool]:
    """Where the window goes: (screen, go on). With one screen a normal window
    (None); with exactly one other screen that one; with more, ``ask`` chooses among
    the screens besides the primary one (their index; None: the user cancelled)."""
    others = [s for s in screens if s is not primary]
    if not others or len(screens) < 2:
        return None, True
    if len(others) == 1:
        return others[0], True
    chosen = ask(others)
    return (None, False) if chosen is None else (others[chosen], True)


def ask_screen(parent: QWidget, screens: list[QScreen]) -> int | None:
    """Which screen shows the projector window (more than one besides the primary)."""
    names = [f"{s.name()} ({s.size().width()}×{s.size().height()})" for s in screens]
    text, ok = QInputDialog.getItem(parent, say("ProjectorSwitch", "Projektoransicht"),
                                    say("ProjectorSwitch", "Bildschirm für die Projektoransicht:"),
                                    names, 0, False)
    return names.index(text) if ok and text in names else None


class ProjectorWindow(QWidget):
    """The room's screen: reads what it shows from the store, asked by its switch."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Projektoransicht"))
        self.setAccessibleName(self.tr("Projektoransicht"))
        self.setObjectName("projector")
        self.setStyleSheet(f"#projector {{ background: {BACKGROUND}; }} "
                           f"QLabel {{ color: {FOREGROUND}; background: transparent; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.roles: dict[QLabel, str] = {}
        self.body_label = self._label("body", self.tr("Gremium"), muted=True)
        self.meeting_label = self._label("meeting", self.tr("Sitzung"), muted=True)
        self.number_label = self._label("number", self.tr("TOP"), bold=True)
        self.title_label = self._label("title", self.tr("Titel des TOP"), bold=True)
        self.decision_label = self._label("decision", self.tr("Beschluss"), muted=True)
        self.wording_label = self._label("wording", self.tr("Wortlaut"))
        self.result_label = self._label("result", self.tr("Ergebnis"), bold=True)
        self.opinion_label = self._label("opinion", self.tr("Votum der beratenden Mitglieder"),
                                         muted=True)
        self.votes = QWidget()
        self.votes_grid = QGridLayout(self.votes)
        self.votes_grid.setContentsMargins(0, 0, 0, 0)
        self.vote_labels: list[QLabel] = []
        self.counts: dict[tuple[str, int], QLabel] = {}  # (side id, Ja/Nein/Enthaltung)
        self._sides_shown: list[str] = []
        self.scale = 1.0

        self.item_title = ""  # a decision titled as its TOP is headed by its number only
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the type shrinks
        self.layout_ = layout
        layout.addWidget(self.body_label)
        layout.addWidget(self.meeting_label)
        layout.addSpacing(12)
        layout.addWidget(self.number_label)
        layout.addWidget(self.title_label)
        layout.addSpacing(12)
        layout.addWidget(self.decision_label)
        layout.addWidget(self.wording_label)
        layout.addWidget(self.votes)
        layout.addSpacing(8)
        layout.addWidget(self.result_label)
        layout.addWidget(self.opinion_label)
        layout.addStretch(1)
        # the secretary keeps typing in the main window; a click here and Esc closes it
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.show_nothing()

    def _label(self, role: str, name: str, *, bold: bool = False,
               muted: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a title is shown as typed
        if muted:
            label.setStyleSheet(f"color: {MUTED};")
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        self.roles[label] = role
        return label

    # what is shown ---------------------------------------------------------------------
    def show_nothing(self, body: str = "", meeting: str = "") -> None:
        self.body_label.setText(body)
        self.meeting_label.setText(meeting)
        self.number_label.setText("")
        self.title_label.setText("")
        self.show_decision(None, [])

    def show_item(self, item: AgendaItem | None) -> None:
        """The TOP's number and title; a TOP not public by its number only."""
        self.item_title = item.title.strip() if item is not None else ""
        if item is None:
            self.number_label.setText("")
            self.title_label.setText("")
        else:
            self.number_label.setText(self.tr("TOP %1").replace("%1", str(item.position)))
            title = item.title if item.public else self.tr(NON_PUBLIC)
            self.title_label.setText(title + (self.tr(" (vertagt)") if item.deferred else ""))
        self.fit()

    def show_decision(self, decision: Decision | None, sides: list[Side]) -> None:
        """The decision's wording; the votes per voting side once any is recorded (or
        the item was deferred or withdrawn), with the outcome as the store worded it."""
        shown = decision is not None
        self.decision_label.setVisible(shown)
        self.wording_label.setVisible(decision is not None and bool(decision.wording.strip()))
        voting = [s for s in sides if s.voting]
        counted = (decision is not None and decision.procedure is Procedure.VOTE
                   and any(v.cast for v in decision.votes if v.side_id in {s.id for s in voting}))
        decided = decision is not None and decision.outcome is not None
        self.votes.setVisible(counted)
        self.result_label.setVisible(decided)
        opinion = opinion_text(decision.votes, sides) if counted and decision else ""
        self.opinion_label.setVisible(bool(opinion))
        if decision is not None:
            heading = self.tr("Beschluss %1").replace("%1", decision.number)
            title = decision.title.strip()
            self.decision_label.setText(heading if title in ("", self.item_title)
                                        else f"{heading}: {title}")
            self.wording_label.setText(decision.wording.strip())
            self.result_label.setText(decision.result_text)
            colour = (ADOPTED if decision.outcome is Outcome.ADOPTED else
                      REJECTED if decision.outcome is Outcome.REJECTED else FOREGROUND)
            self.result_label.setStyleSheet(f"color: {colour};")
            self.opinion_label.setText(opinion)
            if counted:
                self._show_votes(decision, voting)
        self.fit()

    def _show_votes(self, decision: Decision, voting: list[Side]) -> None:
        if [s.id for s in voting] != self._sides_shown:
            self._build_votes(voting)
        by_side = {v.side_id: v for v in decision.votes}
        for side in voting:
            vote = by_side.get(side.id, SideVote(side.id))
            for column, value in enumerate((vote.yes, vote.no, vote.abstain)):
                self.counts[side.id, column].setText(str(value))

    def _build_votes(self, voting: list[Side]) -> None:
        for label in self.vote_labels:
            self.roles.pop(label, None)
            label.setParent(None)
            label.deleteLater()
        self.vote_labels = []
        self.counts = {}
        whats = (self.tr("Ja"), self.tr("Nein"), self.tr("Enthaltung"))
        for column, what in enumerate(whats, start=1):
            self._vote_cell(what, what, 0, column, muted=True)
        for row, side in enumerate(voting, start=1):
            self._vote_cell(side.name, side.name, row, 0)
            for column, what in enumerate(whats, start=1):
                cell = self._vote_cell("", f"{side.name} {what}", row, column)
                self.counts[side.id, column - 1] = cell
        self.votes_grid.setColumnStretch(len(whats) + 1, 1)  # the counts beside the names
        self._sides_shown = [s.id for s in voting]

    def _vote_cell(self, text: str, name: str, row: int, column: int, *,
                   muted: bool = False) -> QLabel:
        label = self._label("votes", name, muted=muted)
        label.setWordWrap(column == 0)
        label.setText(text)
        if column:  # the counts under their heading
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.votes_grid.addWidget(label, row, column)
        self.vote_labels.append(label)
        return label

    # size --------------------------------------------------------------------------------
    def fit(self) -> None:
        """Type scaled to the window's height, smaller where the text would not fit."""
        base = max(self.height(), 1) / DESIGN_HEIGHT
        base = min(base, max(self.width(), 1) / (DESIGN_HEIGHT * 16 / 9))
        scale = 1.0
        while True:
            self._apply(base * scale)
            if scale < 0.45 or self.layout_.totalHeightForWidth(self.width()) <= self.height():
                break
            scale *= 0.9
        self.scale = base * scale

    def _apply(self, factor: float) -> None:
        margin = max(int(36 * factor), 8)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.votes_grid.setHorizontalSpacing(max(int(48 * factor), 8))
        for label, role in self.roles.items():
            font = QFont(label.font())
            font.setPixelSize(max(int(SIZES[role] * factor), 8))
            label.setFont(font)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


class ProjectorSwitch(QObject):
    """The checkable action "Projektoransicht" (F5) of a meeting panel, and the window
    it opens: on the other screen full screen, with one screen as a normal window."""

    def __init__(self, context: AppContext, panel: MeetingPanel):
        super().__init__(panel)
        self.context = context
        self.panel = panel
        self.window: ProjectorWindow | None = None
        self.decision_id: str | None = None  # the decision shown, while its TOP is
        self.action = QAction(self.tr("Projektoransicht"), panel)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(self.tr(
            "Zeigt Gremium, Sitzung, den gewählten TOP und den Beschluss mit dem Ergebnis "
            "groß auf dem zweiten Bildschirm (Beamer); Esc schließt sie (F5)"))
        self.action.toggled.connect(self._toggled)
        context.changed.connect(self.refresh)
        panel.meeting_shown.connect(self._meeting_shown)

    def _toggled(self, on: bool) -> None:
        if on:
            if not self.open():
                self.action.setChecked(False)
        elif self.window is not None:
            self.window.close()

    def open(self) -> bool:
        """Open the window on the chosen screen; False when the choice was cancelled."""
        if self.window is not None:
            return True
        screens = QGuiApplication.screens()

        def ask(others: list[QScreen]) -> int | None:
            return ask_screen(self.panel, others)

        screen, go_on = target_screen(screens, QGuiApplication.primaryScreen(), ask)
        if not go_on:
            return False
        window = self.window = ProjectorWindow(self.panel.window())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.closed.connect(self._closed)
        self._item_panel().item_shown.connect(self.refresh)
        if self.panel.meeting is not None:
            self.panel.agenda  # noqa: B018 - a hidden tab reads the meeting: its TOP shows
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            app.screenRemoved.connect(self._screen_removed)
        self.refresh()
        if screen is None:
            window.resize(1024, 576)
            window.show()
        else:
            window.setScreen(screen)
            window.move(screen.geometry().topLeft())
            window.showFullScreen()
        self.panel.window().activateWindow()  # the keyboard stays with the secretary
        return True

    def _closed(self) -> None:
        self.window = None
        self.decision_id = None
        self._item_panel().item_shown.disconnect(self.refresh)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
            app.screenRemoved.disconnect(self._screen_removed)
        self.action.setChecked(False)

    def _screen_removed(self, screen: QScreen) -> None:
        """The projector unplugged: the window would land full screen on the
        secretary's own screen, so it closes."""
        if self.window is not None and self.window.screen() is screen:
            self.window.close()

    def _item_panel(self) -> ItemPanel:
        return self.panel.item_panel

    def _meeting_shown(self) -> None:
        if self.window is not None:
            self.panel.agenda  # noqa: B018 - a hidden tab reads the meeting: its first TOP
            self.refresh()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The secretary moves into another decision of the TOP: that one is shown."""
        editor = new
        editors = self._item_panel().decision_editors
        while editor is not None and editor not in editors:
            editor = editor.parentWidget()
        if editor is not None and editor.decision.id != self.decision_id:
            self.decision_id = editor.decision.id
            self.refresh()

    def refresh(self) -> None:
        """Read what the window shows: the meeting under work, the TOP selected in its
        agenda, the decision of that TOP being taken."""
        window = self.window
        store = self.context.store
        if window is None:
            return
        meeting = self.panel.meeting
        if store is None or meeting is None:
            window.show_nothing()
            return
        try:
            meeting = store.meetings.get(meeting.id)
            body = store.bodies.get(meeting.body_id)
        except NotFound:  # removed, or its creation undone: the panel follows
            window.show_nothing()
            return
        window.body_label.setText(body.name)
        window.meeting_label.setText(self.tr("%1. Sitzung · %2").replace(
            "%1", str(meeting.number)).replace("%2", german_date(meeting.date)))
        shown = self._item_panel().item
        item = None
        if shown is not None and shown.meeting_id == meeting.id:
            try:
                item = store.agenda.get(shown.id)
            except NotFound:  # deleted or undone: the agenda selects another
                item = None
        window.show_item(item)
        decisions = store.decisions.for_agenda_item(item.id) if item and item.public else []
        decision = next((d for d in decisions if d.id == self.decision_id),
                        decisions[-1] if decisions else None)
        self.decision_id = decision.id if decision else None
        window.show_decision(decision, store.sides.list(body.id) if decision else [])
