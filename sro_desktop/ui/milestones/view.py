"""The Meilensteine view: the process's milestones on a timeline by quarter, today marked."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.calendar import quarter_of
from ...domain.enums import MilestoneState
from ...domain.milestones import target_label
from ...domain.model import Milestone
from ...domain.tasks import ACTIVE_STATES
from ...store import StoreError
from ..common.after_paint import after_paint
from ..common.forms import FormDialog
from ..common.task_table import TaskTable
from ..common.view import View
from ..common.widgets import (
    ErrorLabel,
    buddy_label,
    confirm_removal,
    count_text,
    heading_label,
    plural,
    tab_order,
    value_label,
)
from ..context import AppContext, EditRefused, label
from . import dialogs
from .learning import LearningPanel
from .timeline import Legend, TimelineItem, TimelineScroll, TimelineWidget, quarter_index


class MilestonesView(View):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._scrolled = False
        self._pending = False  # the details are to show the selection after the paint

        self.timeline = TimelineWidget()
        self.timeline_scroll = TimelineScroll()
        self.timeline_scroll.setWidget(self.timeline)
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setAccessibleName(self.tr("Zeitleiste"))
        self.timeline_scroll.setFocusProxy(self.timeline)
        self.timeline_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the timeline takes it
        self.today_button = QPushButton(self.tr("Zu h&eute"))
        self.today_button.setToolTip(self.tr("Die Zeitleiste zum heutigen Quartal rollen"))
        self.today_button.clicked.connect(self.scroll_to_today)
        self.count_label = QLabel()
        self.earlier_button = QPushButton()
        self.earlier_button.setToolTip(self.tr("Zum nächsten Meilenstein links außerhalb"))
        self.earlier_button.clicked.connect(lambda: self._jump(earlier=True))
        self.later_button = QPushButton()
        self.later_button.setToolTip(self.tr("Zum nächsten Meilenstein rechts außerhalb"))
        self.later_button.clicked.connect(lambda: self._jump(earlier=False))
        top = QHBoxLayout()
        top.addWidget(Legend())
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch()
        top.addWidget(self.earlier_button)
        top.addWidget(self.today_button)
        top.addWidget(self.later_button)
        self.new_button = QPushButton(self.tr("&Neuer Meilenstein …"))
        self.new_button.setAccessibleName(self.tr("Neuer Meilenstein"))
        self.new_button.clicked.connect(self.add_milestone)
        self.edit_button = QPushButton(self.tr("Bearbe&iten …"))
        self.edit_button.setAccessibleName(self.tr("Meilenstein bearbeiten"))
        self.edit_button.clicked.connect(self.edit_milestone)
        self.remove_button = QPushButton(self.tr("Entfe&rnen"))
        self.remove_button.setAccessibleName(self.tr("Meilenstein entfernen"))
        self.remove_button.setToolTip(self.tr(
            "Den Meilenstein entfernen; verknüpfte Aufgaben bleiben und verlieren die "
            "Verknüpfung (Strg+Z holt beides zurück)."))
        self.remove_button.clicked.connect(self.remove_milestone)
        top.addSpacing(12)
        top.addWidget(self.new_button)  # editing and removing: beside the chosen one below
        self.message = ErrorLabel()
        self.message.setObjectName("milestonesMessage")
        bar = self.timeline_scroll.horizontalScrollBar()
        bar.valueChanged.connect(self._update_off_screen)
        bar.valueChanged.connect(self.timeline.update)  # the year labels follow the scrolling
        bar.rangeChanged.connect(self._update_off_screen)

        # details of the selected milestone
        self.heading = heading_label(selectable=False)
        self.target_label = value_label()
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Status des Meilensteins"))
        for state in MilestoneState:
            self.state_combo.addItem(label(state), state)
        self.state_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state_error = ErrorLabel()
        self.level_label = value_label()
        self.dimension_label = value_label()
        self.focus_label = value_label()
        self.body_label = value_label()
        self.progress_label = value_label()
        self.description_label = value_label()
        state_row = QHBoxLayout()
        state_row.setContentsMargins(0, 0, 0, 0)
        state_row.addWidget(self.state_combo)
        state_row.addWidget(self.state_error, 1)
        state_row.addStretch()
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("Ziel:"), self.target_label)
        facts.addRow(buddy_label(self.tr("&Status:"), self.state_combo), state_row)
        facts.addRow(self.tr("Ebene:"), self.level_label)
        facts.addRow(self.tr("Qualitätsdimension:"), self.dimension_label)
        facts.addRow(self.tr("Handlungsfeld:"), self.focus_label)
        facts.addRow(self.tr("Gremium:"), self.body_label)
        facts.addRow(self.tr("Fortschritt:"), self.progress_label)
        facts.addRow(self.tr("Beschreibung:"), self.description_label)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 8, 0)
        left_column.addWidget(self.heading)
        left_column.addLayout(facts)
        self.link_button = QPushButton(self.tr("Aufgabe &verknüpfen …"))
        self.link_button.setAccessibleName(self.tr("Aufgabe verknüpfen"))
        self.link_button.setToolTip(self.tr("Eine unerledigte Aufgabe mit diesem Meilenstein "
                                            "verknüpfen"))
        self.link_button.clicked.connect(self.link_task)
        link_row = QHBoxLayout()
        for button in (self.edit_button, self.remove_button, self.link_button):
            link_row.addWidget(button)
        link_row.addStretch()
        left_column.addLayout(link_row)
        left_column.addStretch()

        self.tasks = TaskTable(context, self.tr("Aufgaben zu diesem Meilenstein"),
                               self.tr("Mit diesem Meilenstein sind keine Aufgaben verknüpft."))
        self.tasks_heading, self.tasks_model = self.tasks.heading, self.tasks.model  # for tests

        self.placeholder = QLabel(self.tr("Einen Meilenstein in der Zeitleiste anklicken "
                                          "oder mit den Pfeiltasten wählen."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QSplitter(Qt.Orientation.Horizontal)
        self.details.addWidget(left)
        self.details.addWidget(self.tasks)
        self.details.setChildrenCollapsible(False)
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.placeholder)
        details_layout.addWidget(self.details, 1)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.timeline_scroll)
        splitter.addWidget(details_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([440, 360])
        timeline_tab = QWidget()
        layout = QVBoxLayout(timeline_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.learning = LearningPanel(context)  # the programme beyond meetings
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(timeline_tab, self.tr("Zeitleiste"))
        self.tabs.addTab(self.learning, self.tr("Fortbildungen && Hospitationen"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.timeline_scroll.setFrameShape(QFrame.Shape.StyledPanel)

        self.timeline.selection_changed.connect(self._selection_changed)
        self.state_combo.activated.connect(self._state_chosen)
        tab_order(self.earlier_button, self.today_button, self.later_button, self.new_button,
                  self.edit_button, self.remove_button, self.timeline, self.state_combo,
                  self.link_button, self.tasks.table)
        self._show(None)

    def title(self) -> str:
        return self.tr("Meilensteine")

    @staticmethod
    def today() -> date:
        return clock.today()

    # loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.s
        progress = store.milestones.progress_all()
        items = [TimelineItem(milestone, *progress.get(milestone.id, (0, 0)))
                 for milestone in store.milestones.list()]
        self.timeline.set_items(items, self.today())
        self.learning.refresh()
        reached = sum(i.milestone.state is MilestoneState.REACHED for i in items)
        self.count_label.setText(
            plural(len(items), self.tr("%2 von %1 Meilenstein erreicht"),
                   self.tr("%2 von %1 Meilensteinen erreicht")).replace("%2", count_text(reached)))
        self._pending = self._arriving  # the first visit: the details after the paint
        if self.timeline.current < 0 and items:
            self.timeline.select(self._nearest_to_today(items))
        else:
            self._selection_changed(self.timeline.current)
        if self._pending:
            self._enable_buttons(None)  # at once; the milestone's own with its details
            after_paint(self.timeline, self._show_pending)
        self._update_off_screen()

    def details_pending(self) -> bool:
        """The selected milestone is still to be shown in the details (after the paint)."""
        return self._pending

    def _show_pending(self) -> None:
        if self._pending and self.context.store is not None:
            self._selection_changed(self.timeline.current)
        self._pending = False

    def forget_file(self) -> None:
        super().forget_file()
        self.placeholder.show()  # nothing of the file before until its milestone is shown
        self.details.hide()

    def _nearest_to_today(self, items: list[TimelineItem]) -> int:
        """The milestone closest to today's quarter, to start with (a later one if tied)."""
        now = quarter_index(self.today().year, quarter_of(self.today()))
        return min(range(len(items)), key=lambda n: (
            abs(quarter_index(items[n].milestone.target_year,
                              items[n].milestone.target_quarter) - now), -n))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)
        if not self._scrolled and self.timeline.items:
            self._scrolled = True
            # the timeline as high as its lanes need, the rest for the details
            wanted = (self.timeline.sizeHint().height() + 2 * self.timeline_scroll.frameWidth()
                      + self.timeline_scroll.horizontalScrollBar().sizeHint().height())
            total = sum(self.splitter.sizes())
            if total > 0:
                timeline = min(wanted, total * 3 // 5)
                self.splitter.setSizes([timeline, total - timeline])
            self.scroll_to_today()
            self._ensure_selected_visible()

    def scroll_to_today(self) -> None:
        """Today a little right of the middle: the recent past and the two years ahead."""
        viewport = self.timeline_scroll.viewport().width()
        self.timeline_scroll.horizontalScrollBar().setValue(
            self.timeline.today_x() - viewport * 11 // 20)

    def off_screen(self) -> tuple[list[int], list[int]]:
        """Milestones left and right of what the scroll area shows now."""
        left = self.timeline_scroll.horizontalScrollBar().value()
        right = left + self.timeline_scroll.viewport().width()
        markers = [self.timeline.marker_point(n).x() for n in range(len(self.timeline.items))]
        return ([n for n, x in enumerate(markers) if x < left],
                [n for n, x in enumerate(markers) if x > right])

    def _update_off_screen(self) -> None:
        earlier, later = self.off_screen()
        self.earlier_button.setText(self.tr("◀ %1 &frühere").replace("%1", str(len(earlier))))
        self.later_button.setText(self.tr("%1 spä&tere ▶").replace("%1", str(len(later))))
        self.earlier_button.setEnabled(bool(earlier))
        self.later_button.setEnabled(bool(later))

    def _jump(self, *, earlier: bool) -> None:
        before, after = self.off_screen()
        if earlier and before:
            self.timeline.select(before[-1])
        elif not earlier and after:
            self.timeline.select(after[0])
        self._ensure_selected_visible()

    def _ensure_selected_visible(self) -> None:
        if self.timeline.current >= 0:
            card = self.timeline.card_rect(self.timeline.current)
            self.timeline_scroll.ensureVisible(card.center().x(), card.center().y(),
                                      card.width() // 2 + 16, card.height() // 2 + 8)

    # the selected milestone ------------------------------------------------------------
    def current_milestone(self) -> Milestone | None:
        index = self.timeline.current
        return self.timeline.items[index].milestone if index >= 0 else None

    def _selection_changed(self, index: int) -> None:
        item = self.timeline.items[index] if 0 <= index < len(self.timeline.items) else None
        if not (self._pending and self._arriving):
            self._pending = False
            self._show(item)
        self._ensure_selected_visible()

    def _enable_buttons(self, item: TimelineItem | None) -> None:
        writable = self.context.store is not None and not self.context.read_only
        self.new_button.setEnabled(writable)
        for button in (self.edit_button, self.remove_button, self.link_button):
            button.setEnabled(writable and item is not None)

    def _show(self, item: TimelineItem | None) -> None:
        self.placeholder.setVisible(item is None)
        self.details.setVisible(item is not None)
        self.state_error.hide()
        self._enable_buttons(item)
        if item is None:
            self.tasks.show_tasks(None)
            return
        m = item.milestone
        store = self.context.s
        self.heading.setText(m.title)
        self.target_label.setText(target_label(m))
        self.state_combo.setCurrentIndex(self.state_combo.findData(m.state))
        self.level_label.setText(label(m.level))
        self.dimension_label.setText(label(m.quality_dimension))
        self.focus_label.setText(m.focus_area or self.tr("–"))
        body = ""
        if m.body_id:
            try:
                body = store.bodies.get(m.body_id).name
            except StoreError:
                body = ""
        self.body_label.setText(body or self.tr("–"))
        self.progress_label.setText(self.timeline.progress_text(item))
        self.description_label.setText(m.description or self.tr("–"))
        self.tasks.show_tasks(store.tasks.list(milestone_id=m.id))

    def _state_chosen(self, _index: int) -> None:
        milestone = self.current_milestone()
        state = self.state_combo.currentData()
        if milestone is None or state is None or state is milestone.state:
            return
        try:
            self.context.edit(self.tr("Status des Meilensteins ändern"),
                              self.context.s.milestones.update, milestone.id, state=state)
        except EditRefused as exc:
            self.state_combo.setCurrentIndex(self.state_combo.findData(milestone.state))
            self.state_error.setText(str(exc))
            self.state_error.show()

    # adding, changing, removing ----------------------------------------------------------
    def add_milestone(self) -> Milestone | None:
        """Neuer Meilenstein …: the dialog; the milestone stored is selected."""
        self.message.hide()
        dialog = dialogs.MilestoneDialog(self.context, self)
        stored = self._run(dialog)
        if stored is not None:
            self.refresh_if_stale()
            self.timeline.select_id(stored.id)
            self._ensure_selected_visible()
        return stored

    def edit_milestone(self) -> Milestone | None:
        """Bearbeiten …: every field of the selected milestone in the dialog."""
        milestone = self.current_milestone()
        if milestone is None:
            return None
        self.message.hide()
        return self._run(dialogs.MilestoneDialog(self.context, self, milestone))

    @staticmethod
    def _run(dialog: FormDialog) -> Any:
        try:
            accepted = dialog.exec() == dialog.DialogCode.Accepted
            return dialog.stored if accepted else None
        finally:
            dialog.deleteLater()

    def remove_milestone(self) -> bool:
        """Entfernen, after asking: a tombstone; its tasks stay and lose the link."""
        milestone = self.current_milestone()
        if milestone is None:
            return False
        store = self.context.s
        counts = (store.tasks.count_matching(milestone_id=milestone.id),
                  store.learning_events.count("milestone_id = ?", [milestone.id]),
                  store.budget_lines.count("milestone_id = ?", [milestone.id]))
        linked = [plural(n, one, many) for n, one, many in zip(counts, (
            self.tr("%1 Aufgabe"), self.tr("%1 Veranstaltung"), self.tr("%1 Haushaltszeile")), (
            self.tr("%1 Aufgaben"), self.tr("%1 Veranstaltungen"),
            self.tr("%1 Haushaltszeilen")), strict=True) if n]
        text = self.tr("Den Meilenstein „%1“ entfernen?").replace("%1", milestone.title)
        if linked:
            text += "\n\n" + self.tr("Verknüpft sind %1; sie bleiben und verlieren die "
                                      "Verknüpfung.").replace("%1", ", ".join(linked))
        text += "\n\n" + self.tr("Strg+Z holt ihn zurück.")
        if not confirm_removal(self, self.tr("Meilenstein entfernen"), text):
            return False
        try:
            self.context.edit(self.tr("Meilenstein entfernen"),
                              self.context.s.milestones.delete, milestone.id)
        except EditRefused as refused:
            self.message.show_error(str(refused))
            return False
        self.message.hide()
        return True

    def link_task(self) -> Any:
        """Aufgabe verknüpfen …: an unfinished task of the milestone's body (of any body
        when it has none), not yet linked to it."""
        milestone = self.current_milestone()
        if milestone is None:
            return None
        tasks = [t for t in self.context.s.tasks.list(milestone.body_id, active=True)
                 if t.milestone_id != milestone.id and t.state in ACTIVE_STATES]
        if not tasks:
            self.message.show_error(self.tr("Es gibt keine unerledigte Aufgabe, die noch "
                                            "nicht mit diesem Meilenstein verknüpft ist."))
            return None
        self.message.hide()
        return self._run(dialogs.LinkTaskDialog(self.context, milestone, tasks, self))

    # navigation ------------------------------------------------------------------------
    def show_record(self, kind: str, record_id: str) -> bool:
        if kind != "milestones" or self.context.store is None:
            return False
        self.refresh_if_stale()
        return self.timeline.select_id(record_id)
