"""The Gremien & Mitglieder view: the bodies, the selected body's parity, and its tabs.

Everything here shows and edits; the rules (who may vote, what a quorum share is,
when a body is paritätisch) live in ``domain.bodies`` and are enforced by the store.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.enums import BodyKind
from ...domain.model import Body
from ...store import NotFound
from ..common.after_paint import after_paint
from ..common.palette import ADOPTED, DONE, OVERDUE, text_style
from ..common.table_model import (
    RECORD_ROLE,
    Column,
    RecordTableModel,
    list_loader,
    sorted_proxy,
)
from ..common.view import View
from ..common.widgets import buddy_label, tab_order
from ..context import AppContext, label
from .allowances import AllowancesTab
from .dialogs import BodyDialog, BodyValues
from .members import MembersTab
from .organizations import OrganizationsTab
from .people import PeopleTab
from .rules import RulesTab
from .table import table
from .text_modules import TextModulesTab

KIND_ORDER = {kind: number for number, kind in enumerate(BodyKind)}


class BodiesView(View):
    """Gremien & Mitglieder: the bodies above, the selected one with its parity and tabs
    below (Mitglieder; Seiten und Regeln)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._body_id: str | None = None
        self._details_of: str | None = None  # the body the tabs show; None: none yet
        self._loading = False
        self._bodies: dict[str, Body] = {}

        self.pages = QStackedWidget()
        self.empty_page = self._build_empty_page()
        self.content = self._build_content()
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def title(self) -> str:
        return self.tr("Gremien & Mitglieder")

    @property
    def today(self) -> date:
        return clock.today()

    # building ------------------------------------------------------------------------------
    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(2)
        heading = QLabel(self.tr("Noch kein Gremium in dieser Datei"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        text = QLabel(self.tr(
            "Legen Sie zuerst das Gremium an, dessen Sitzungen Sie vorbereiten und "
            "protokollieren – zum Beispiel die Steuerungsgruppe. Eine Steuerungsgruppe "
            "bekommt gleich die Seiten Verwaltung und Freie Träger (paritätisch) sowie "
            "Wissenschaft und Projektberatung; danach tragen Sie die Mitglieder ein."))
        text.setWordWrap(True)
        self.empty_create_button = QPushButton(self.tr("&Gremium anlegen …"))
        self.empty_create_button.clicked.connect(self.create_body)
        box = QWidget()
        box.setFixedWidth(560)
        inner = QVBoxLayout(box)
        inner.setSpacing(12)
        inner.addWidget(heading)
        inner.addWidget(text)
        inner.addWidget(self.empty_create_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(box)
        row.addStretch()
        column.addLayout(row)
        column.addStretch(3)
        return page

    def _build_content(self) -> QWidget:
        # bodies
        self.bodies_model = RecordTableModel([
            Column(self.tr("Name"), lambda b: b.name, lambda b: b.name.casefold()),
            Column(self.tr("Kürzel"), lambda b: b.short),
            Column(self.tr("Art"), lambda b: label(b.kind),
                   lambda b: f"{KIND_ORDER[b.kind]} {b.name.casefold()}"),
            Column(self.tr("berät"), self._advised_short),
        ], self)
        self.bodies_proxy = sorted_proxy(self.bodies_model, self)
        self.bodies_table = table(self.bodies_proxy, self.tr("Gremien"))
        self.bodies_table.setSortingEnabled(True)
        self.bodies_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # steering group first
        header = self.bodies_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for section in (1, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self.bodies_table.selectionModel().currentRowChanged.connect(self._body_chosen)
        bodies_caption = buddy_label(self.tr("Gr&emien"), self.bodies_table)
        bold = bodies_caption.font()
        bold.setWeight(QFont.Weight.DemiBold)
        bodies_caption.setFont(bold)
        self.create_button = QPushButton(self.tr("&Gremium anlegen …"))
        self.create_button.clicked.connect(self.create_body)
        top_row = QHBoxLayout()
        top_row.addWidget(bodies_caption)
        top_row.addStretch()
        top_row.addWidget(self.create_button)
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addLayout(top_row)
        top_column.addWidget(self.bodies_table)

        # the selected body: header with the parity indicator, then tabs
        self.body_title = QLabel()
        title_font = self.body_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.body_title.setFont(title_font)
        self.body_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parity_dot = QLabel("●")
        self.parity_label = QLabel()
        self.parity_label.setAccessibleName(self.tr("Parität"))
        self.parity_label.setToolTip(self.tr(
            "Stimmberechtigte Mitglieder der paritätischen Seiten am heutigen Tag"))
        parity_font = self.parity_label.font()
        parity_font.setWeight(QFont.Weight.DemiBold)
        self.parity_label.setFont(parity_font)
        head = QHBoxLayout()
        head.addWidget(self.body_title, 1)
        head.addWidget(self.parity_dot)
        head.addWidget(self.parity_label)

        self.members = MembersTab(self.context)
        self.rules = RulesTab(self.context)
        self.people = PeopleTab(self.context)
        self.organizations = OrganizationsTab(self.context)
        self.text_modules = TextModulesTab(self.context)
        self.allowances = AllowancesTab(self.context)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its tab bar takes the focus
        self.tabs.setAccessibleName(self.tr("Gremium, Personen und Organisationen"))
        self.tabs.addTab(self.members, self.tr("&Mitglieder"))
        self.tabs.addTab(self.rules, self.tr("&Seiten und Regeln"))
        self.tabs.addTab(self.people, self.tr("&Personen"))
        self.tabs.addTab(self.organizations, self.tr("&Organisationen"))
        self.tabs.addTab(self.text_modules, self.tr("Textba&usteine"))
        self.tabs.addTab(self.allowances, self.tr("Sit&zungsgeld"))
        self.members.reveal.connect(lambda: self.tabs.setCurrentWidget(self.members))
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 6, 0, 0)
        lower_column.addLayout(head)
        lower_column.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 600])
        self.splitter.setChildrenCollapsible(False)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.splitter)

        tab_order(self.bodies_table, self.create_button, self.tabs, *self.members.focus_chain)
        return page

    # reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        if store is None:
            return
        bodies = store.bodies.list()
        self._bodies = {b.id: b for b in bodies}
        if not bodies:
            self._body_id = None
            self.bodies_model.set_loader(None)
            self.rules.sides_model.set_sides([])  # nothing of a file before stays
            self.text_modules.clear()
            self.pages.setCurrentWidget(self.empty_page)
            if self.isVisible():
                self.empty_create_button.setFocus()
            return
        self.pages.setCurrentWidget(self.content)
        if self._body_id not in self._bodies:
            self._body_id = None
        self._loading = True
        try:
            self.bodies_model.set_loader(list_loader(bodies))
            wanted = self._body_id or self.bodies_proxy.index(0, 0).data(RECORD_ROLE).id
            self._select_body_row(wanted)
        finally:
            self._loading = False
        if (self._arriving and self._details_of is None
                and self.tabs.currentWidget() is self.members):
            # the first visit: the tabs once the list has painted (the members' list
            # is empty meanwhile, nothing of a file before shows)
            after_paint(self.bodies_table.viewport(), self._show_chosen_body)
        else:
            self._show_body()

    def forget_file(self) -> None:
        super().forget_file()
        self._details_of = None
        for text in (self.body_title, self.parity_label):
            text.clear()

    def details_pending(self) -> bool:
        """The chosen body's tabs are still to be filled (after the list's paint)."""
        return self._body_id is not None and self._details_of != self._body_id

    def _show_chosen_body(self) -> None:
        if self.context.store is not None and self.details_pending():
            self._show_body()

    def _select_body_row(self, body_id: str) -> None:
        self._body_id = body_id
        for row in range(self.bodies_proxy.rowCount()):
            index = self.bodies_proxy.index(row, 0)
            if index.data(RECORD_ROLE).id == body_id:
                self.bodies_table.setCurrentIndex(index)
                self.bodies_table.selectRow(row)
                return

    def _body_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        body = current.data(RECORD_ROLE)
        if body is not None and body.id != self._body_id:
            self._body_id = body.id
            self.rules.clear_errors()
            self._show_body()

    @property
    def body(self) -> Body | None:
        return self._bodies.get(self._body_id or "") if self._body_id else None

    def _advised_short(self, body: Body) -> str:
        advised = self._bodies.get(body.advises_body_id or "")
        return advised.short if advised else ""

    def _show_body(self) -> None:
        body = self.body
        if body is None:
            return
        self._details_of = body.id
        sides = self.context.s.sides.list(body.id)
        self.body_title.setText(f"{body.name} ({body.short})")
        self.rules.show_body(body, sides, list(self._bodies.values()))
        self.members.show_body(body, sides)
        self.text_modules.show_body(body)
        self.allowances.show_body(body, sides)
        self.people.load()
        self.organizations.load()
        self._update_parity()

    def _update_parity(self) -> None:
        body = self.body
        if body is None:
            return
        result = self.context.s.bodies.parity(body.id, self.today)
        message = result.message
        if len(result.seats) < 2:
            colour = DONE
        elif not self.context.s.memberships.list(body.id, self.today):
            message, colour = self.tr("noch keine Mitglieder"), DONE  # not "paritätisch 0 : 0"
        else:
            colour = ADOPTED if result.balanced else OVERDUE
        self.parity_label.setText(message)
        self.parity_label.setAccessibleDescription(message)
        self.parity_label.setStyleSheet(text_style(colour))
        self.parity_dot.setStyleSheet(text_style(colour))

    def attention_count(self) -> int:
        """Bodies that are not paritätisch today although they should be."""
        store = self.context.store
        if store is None:
            return 0
        return sum(1 for b in store.bodies.list()
                   if not store.bodies.parity(b.id, self.today).balanced)

    def show_record(self, kind: str, record_id: str) -> bool:
        store = self.context.store
        if store is None or kind not in ("bodies", "memberships"):
            return False
        try:
            body_id = (store.bodies.get(record_id).id if kind == "bodies"
                       else store.memberships.get(record_id).body_id)
        except NotFound:
            return False
        self._body_id = body_id
        self.refresh()
        self._stale = False
        self._show_chosen_body()  # at once: the membership is chosen in them
        if kind == "memberships":
            self.tabs.setCurrentWidget(self.members)
            self.members.show_membership(record_id)
        return True

    # bodies --------------------------------------------------------------------------------
    def create_body(self) -> None:
        if self.context.store is not None:
            BodyDialog.ask(self, self.context.s.bodies.list(), self.save_body)

    def save_body(self, values: BodyValues) -> Body:
        body = self.context.edit(self.tr("Gremium anlegen"), self.context.s.bodies.add,
                                 values.name, values.short, values.kind, article=values.article,
                                 advises_body_id=values.advises_body_id, from_preset=True)
        self._body_id = body.id
        self.refresh()
        return body
