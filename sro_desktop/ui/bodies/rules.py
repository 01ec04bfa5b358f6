"""The Seiten und Regeln tab of Gremien & Mitglieder: the body's name and notice, its
sides, and its rules of procedure (``procedure.py``: quorum with the statutory seats, how
it decides; a preset to start from), each stored as soon as it is left or chosen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.bodies import ARTICLES
from ...domain.enums import BodyKind
from ...domain.model import Body, Membership, Side
from ..common.palette import DONE, text_style
from ..common.table_model import RECORD_ROLE, Index
from ..common.widgets import ErrorLabel, fill_combo, set_current_data
from ..context import AppContext, EditRefused, label
from .presets import PresetDialog
from .procedure import ProcedureForm, form_row
from .table import table


class SidesModel(QAbstractTableModel):
    """The sides of one body; names are edited in place, the two flags are check boxes."""

    NAME, SHORT, PARITY, VOTING = range(4)
    FIELDS = ("name", "short", "parity", "voting")

    def __init__(self, headers: Sequence[str], on_edit: Callable[[Side, str, Any], bool],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.on_edit = on_edit
        self.sides: list[Side] = []

    def set_sides(self, sides: Sequence[Side]) -> None:
        """New contents; the same sides are updated in place (safe inside an edit)."""
        if [s.id for s in sides] == [s.id for s in self.sides]:
            self.sides = list(sides)
            if self.sides:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.sides) - 1, len(self.FIELDS) - 1))
            return
        self.beginResetModel()
        self.sides = list(sides)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.sides)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sides):
            return None
        side = self.sides[index.row()]
        column = index.column()
        if column in (self.NAME, self.SHORT):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return side.name if column == self.NAME else side.short
        elif role == Qt.ItemDataRole.CheckStateRole:
            on = side.parity if column == self.PARITY else side.voting
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            on = side.parity if column == self.PARITY else side.voting
            return self.tr("ja") if on else self.tr("nein")
        if role == RECORD_ROLE:
            return side
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.NAME, self.SHORT):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.sides):
            return False
        side = self.sides[index.row()]
        column = index.column()
        if column in (self.NAME, self.SHORT) and role == Qt.ItemDataRole.EditRole:
            new: Any = str(value)
            if new == getattr(side, self.FIELDS[column]):
                return False
        elif column in (self.PARITY, self.VOTING) and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState.Checked
            new = value in (checked, checked.value)
        else:
            return False
        return self.on_edit(side, self.FIELDS[column], new)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None


class RulesTab(QWidget):
    """The sides of the selected body (edited in place) and its name and rules."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._body: Body | None = None
        self._bodies: list[Body] = []
        self._sides: list[Side] = []
        self._memberships: list[Membership] = []
        self.sides_model = SidesModel(
            [self.tr("Seite"), self.tr("Kürzel"), self.tr("paritätisch"),
             self.tr("stimmberechtigt")],
            self._edit_side, self)
        self.sides_table = table(self.sides_model, self.tr("Seiten"))
        self.sides_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.sides_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        sides_header = self.sides_table.horizontalHeader()
        sides_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sides_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sides_error = ErrorLabel()
        self.new_side_name = QLineEdit()
        self.new_side_name.setPlaceholderText(self.tr("Name der neuen Seite"))
        self.new_side_name.setAccessibleName(self.tr("Name der neuen Seite"))
        self.new_side_short = QLineEdit()
        self.new_side_short.setPlaceholderText(self.tr("Kürzel"))
        self.new_side_short.setAccessibleName(self.tr("Kürzel der neuen Seite"))
        self.new_side_short.setMaximumWidth(70)
        self.add_side_button = QPushButton(self.tr("Seite hinzuf&ügen"))
        self.add_side_button.clicked.connect(self.add_side)
        self.new_side_name.returnPressed.connect(self.add_side)
        self.new_side_short.returnPressed.connect(self.add_side)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_side_name, 1)
        add_row.addWidget(self.new_side_short)
        add_row.addWidget(self.add_side_button)
        sides_hint = QLabel(self.tr("Umbenennen mit Doppelklick oder F2. Für die Parität zählen "
                                    "die stimmberechtigten Mitglieder der paritätischen Seiten."))
        sides_hint.setWordWrap(True)
        sides_hint.setStyleSheet(text_style(DONE))
        sides_box = QGroupBox(self.tr("Seiten"))
        sides_column = QVBoxLayout(sides_box)
        sides_column.addWidget(self.sides_table, 1)
        sides_column.addWidget(sides_hint)
        sides_column.addWidget(self.sides_error)
        sides_column.addLayout(add_row)

        # the body's name and notice; its rules of procedure beside them
        self.form_errors: dict[str, ErrorLabel] = {}
        self.form_fields: dict[str, QWidget] = {}
        self.name_edit = QLineEdit()
        self.short_edit = QLineEdit()
        self.short_edit.setMaxLength(16)
        self.article_combo = QComboBox()
        for article in ARTICLES:
            self.article_combo.addItem(article, article)
        self.genitive_edit = QLineEdit()
        self.genitive_edit.setToolTip(self.tr("Wie der Name nach „Sitzung“ lautet, z. B. "
                                              "„des Beirats“ – für Einladungen und Protokolle."))
        self.signing_place_edit = QLineEdit()
        self.signing_place_edit.setPlaceholderText(self.tr("z. B. Rostock"))
        self.signing_place_edit.setToolTip(self.tr("Der Ort im Unterschriftenblock des Protokolls: "
                                                   "„Rostock, den …“."))
        self.kind_combo = QComboBox()
        for kind in BodyKind:
            self.kind_combo.addItem(label(kind), kind)
        self.advises_combo = QComboBox()
        self.notice_spin = QSpinBox()
        self.notice_spin.setRange(0, 365)
        self.notice_spin.setKeyboardTracking(False)
        self.notice_spin.setMinimumWidth(110)
        self._notice_suffix(7)
        self.notice_spin.valueChanged.connect(self._notice_suffix)
        self.procedure = ProcedureForm(context, self._save_rule, self.form_errors,
                                       self.form_fields)
        self.share_edit = self.procedure.share_edit
        self.more_than_combo = self.procedure.more_than_combo
        self.each_side_check = self.procedure.each_side_check
        self.rule_combo = self.procedure.rule_combo
        self.preset_button = QPushButton(self.tr("Vorlage an&wenden …"))
        self.preset_button.setToolTip(self.tr("Die Regeln einer Geschäftsordnungs-Vorlage "
                                              "übernehmen; Seiten und Mitglieder bleiben."))
        self.preset_button.clicked.connect(self.apply_preset)

        body_box = QGroupBox(self.tr("Gremium"))
        body_form = QFormLayout(body_box)
        self._form_row(body_form, self.tr("&Name:"), self.name_edit, "name")
        self._form_row(body_form, self.tr("&Kürzel:"), self.short_edit, "short")
        self._form_row(body_form, self.tr("Art&ikel:"), self.article_combo, "article")
        self._form_row(body_form, self.tr("Geniti&v:"), self.genitive_edit, "genitive")
        self._form_row(body_form, self.tr("Ar&t:"), self.kind_combo, "kind")
        self._form_row(body_form, self.tr("ber&ät:"), self.advises_combo, "advises_body_id")
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_spin)
        notice_row.addWidget(QLabel(self.tr("vor der Sitzung")))
        notice_row.addStretch()
        self._form_row(body_form, self.tr("Ladungs&frist:"), notice_row, "notice_days",
                       buddy=self.notice_spin)
        self._form_row(body_form, self.tr("Ort der Unters&chrift:"), self.signing_place_edit,
                       "signing_place")
        self.form_error = ErrorLabel()

        left = QVBoxLayout()
        left.addWidget(body_box)
        left.addWidget(sides_box, 1)
        rules_head = QHBoxLayout()
        rules_caption = QLabel(self.tr("Regeln der Geschäftsordnung"))
        rules_caption.setStyleSheet(text_style(DONE))
        rules_head.addWidget(rules_caption, 1)
        rules_head.addWidget(self.preset_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(rules_head)
        right.addWidget(self.procedure)
        right.addWidget(self.form_error)
        right.addStretch()
        rules_page = QWidget()
        rules_page.setLayout(right)
        rules_scroll = QScrollArea()
        rules_scroll.setWidget(rules_page)
        rules_scroll.setWidgetResizable(True)
        rules_scroll.setFrameShape(QFrame.Shape.NoFrame)
        rules_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        rules_scroll.viewport().setAutoFillBackground(False)  # the tab's colour, no white
        rules_page.setAutoFillBackground(False)
        rules_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addWidget(rules_scroll, 1)

        self.typed_fields = (("name", self.name_edit), ("short", self.short_edit),
                             ("genitive", self.genitive_edit), ("quorum_share", self.share_edit),
                             ("signing_place", self.signing_place_edit))
        context.flush.connect(self.store_typed)  # the view or the file is left
        self.name_edit.editingFinished.connect(lambda: self._save_text("name", self.name_edit))
        self.short_edit.editingFinished.connect(
            lambda: self._save_text("short", self.short_edit))
        self.genitive_edit.editingFinished.connect(
            lambda: self._save_text("genitive", self.genitive_edit))
        self.share_edit.editingFinished.connect(
            lambda: self._save_text("quorum_share", self.share_edit))
        self.signing_place_edit.editingFinished.connect(
            lambda: self._save_text("signing_place", self.signing_place_edit))
        self.article_combo.activated.connect(
            lambda: self._save_rule("article", self.article_combo.currentData()))
        self.kind_combo.activated.connect(
            lambda: self._save_rule("kind", BodyKind(self.kind_combo.currentData())))
        self.advises_combo.activated.connect(
            lambda: self._save_rule("advises_body_id", self.advises_combo.currentData()))
        self.notice_spin.valueChanged.connect(lambda days: self._save_rule("notice_days", days))

    def _notice_suffix(self, days: int) -> None:
        self.notice_spin.setSuffix(self.tr(" Tag") if days == 1 else self.tr(" Tage"))

    def _form_row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, name: str,
                  buddy: QWidget | None = None) -> None:
        form_row(form, text, field, name, self.form_errors, self.form_fields, buddy)

    # reading -------------------------------------------------------------------------------
    def show_body(self, body: Body, sides: Sequence[Side], bodies: Sequence[Body]) -> None:
        """The sides and the form of ``body``; ``bodies``: all of them (it may advise one)."""
        self._body = body
        self._bodies = list(bodies)
        self._sides = list(sides)
        self._memberships = self.context.s.memberships.list(body.id)
        self.sides_model.set_sides(sides)
        self._fill_form(body)

    def _fill_form(self, body: Body) -> None:
        def keep(name: str) -> bool:  # what the user typed stays while it is refused
            return not self.form_errors[name].isHidden()

        for name, edit in self.typed_fields:
            if not keep(name):
                with QSignalBlocker(edit):
                    edit.setText(str(getattr(body, name)))
        set_current_data(self.article_combo, body.article)
        set_current_data(self.kind_combo, body.kind)
        fill_combo(self.advises_combo, [(self.tr("– kein anderes Gremium –"), None), *[
            (f"{b.name} ({b.short})", b.id) for b in self._bodies if b.id != body.id]],
            body.advises_body_id)
        self.procedure.fill(body, self._sides, self._memberships)
        with QSignalBlocker(self.notice_spin):
            self.notice_spin.setValue(body.notice_days)
        self._notice_suffix(body.notice_days)

    def clear_errors(self) -> None:
        """No refusal is shown (another body was chosen)."""
        for error in self.form_errors.values():
            error.show_error("")
        self.form_error.show_error("")
        self.sides_error.show_error("")
        self.procedure.seats.error.show_error("")

    # the body ------------------------------------------------------------------------------
    def store_typed(self) -> None:
        """Store what is typed and not yet stored (the cursor is still in the field when
        the view or the file is left)."""
        if self.context.store is not None:
            for name, edit in self.typed_fields:
                self._save_text(name, edit)

    def _save_text(self, name: str, edit: QLineEdit) -> None:
        body = self._body
        if body is not None and edit.text() != str(getattr(body, name)):
            self._save_rule(name, edit.text())
        elif body is not None:
            self.form_errors[name].show_error("")

    def _save_rule(self, name: str, value: Any) -> None:
        body = self._body
        if body is None or self.context.store is None:
            return
        self.form_errors[name].show_error("")
        self.form_error.show_error("")
        try:
            self.context.edit(self.tr("Gremium ändern"), self.context.s.bodies.update, body.id,
                              **{name: value})
        except EditRefused as exc:
            field = exc.field or name
            error = self.form_errors.get(field, self.form_error)
            error.show_error(str(exc))
            self.form_fields.get(field, self.form_fields[name]).setFocus()
            self._fill_form(body)  # choices go back to what is stored; typed text stays

    def apply_preset(self) -> None:
        """Vorlage anwenden: a preset's rules for this body, chosen and confirmed in a
        dialog (a refusal stays there); one undo step, the fields follow."""
        body = self._body
        if body is None or self.context.store is None:
            return
        self.store_typed()
        if PresetDialog.ask(self, body, lambda kind: self.context.edit(
                self.tr("Vorlage anwenden"), self.context.s.bodies.apply_preset, body.id,
                kind)) is not None:
            self.clear_errors()
            self.preset_button.setFocus()

    # sides ---------------------------------------------------------------------------------
    def _edit_side(self, side: Side, field: str, value: Any) -> bool:
        if self.context.store is None:  # a cell editor left after the file was closed
            return False
        self.sides_error.show_error("")
        try:
            self.context.edit(self.tr("Seite ändern"), self.context.s.sides.update, side.id,
                              **{field: value})
        except EditRefused as exc:
            self.sides_error.show_error(str(exc))
            return False
        return True

    def add_side(self) -> None:
        body = self._body
        if body is None:
            return
        self.sides_error.show_error("")
        try:
            self.context.edit(self.tr("Seite hinzufügen"), self.context.s.sides.add, body.id,
                              self.new_side_name.text(), self.new_side_short.text())
        except EditRefused as exc:
            self.sides_error.show_error(str(exc))
            self.new_side_name.setFocus()
            return
        self.new_side_name.clear()
        self.new_side_short.clear()
