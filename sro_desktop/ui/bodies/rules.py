"""The Seiten und Regeln tab of Gremien & Mitglieder: the body's sides, its name and its
rules (quorum, decision rule, notice), each stored as soon as it is left."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.bodies import ARTICLES
from ...domain.enums import BodyKind, DecisionRule
from ...domain.model import Body, Side
from ..common.palette import DONE, text_style
from ..common.table_model import RECORD_ROLE, Index
from ..common.widgets import (
    ErrorLabel,
    buddy_label,
    fill_combo,
    set_current_data,
    with_error,
)
from ..context import AppContext, EditRefused, label
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
        tr = self.tr
        self.sides_model = SidesModel(
            [tr("Seite"), tr("Kürzel"), tr("paritätisch"), tr("stimmberechtigt")],
            self._edit_side, self)
        self.sides_table = table(self.sides_model, tr("Seiten"))
        self.sides_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.sides_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        sides_header = self.sides_table.horizontalHeader()
        sides_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sides_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sides_error = ErrorLabel()
        self.new_side_name = QLineEdit()
        self.new_side_name.setPlaceholderText(tr("Name der neuen Seite"))
        self.new_side_name.setAccessibleName(tr("Name der neuen Seite"))
        self.new_side_short = QLineEdit()
        self.new_side_short.setPlaceholderText(tr("Kürzel"))
        self.new_side_short.setAccessibleName(tr("Kürzel der neuen Seite"))
        self.new_side_short.setMaximumWidth(70)
        self.add_side_button = QPushButton(tr("Seite hin&zufügen"))
        self.add_side_button.clicked.connect(self.add_side)
        self.new_side_name.returnPressed.connect(self.add_side)
        self.new_side_short.returnPressed.connect(self.add_side)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_side_name, 1)
        add_row.addWidget(self.new_side_short)
        add_row.addWidget(self.add_side_button)
        sides_hint = QLabel(tr("Umbenennen mit Doppelklick oder F2. Für die Parität zählen "
                               "die stimmberechtigten Mitglieder der paritätischen Seiten."))
        sides_hint.setWordWrap(True)
        sides_hint.setStyleSheet(text_style(DONE))
        sides_box = QGroupBox(tr("Seiten"))
        sides_column = QVBoxLayout(sides_box)
        sides_column.addWidget(self.sides_table, 1)
        sides_column.addWidget(sides_hint)
        sides_column.addWidget(self.sides_error)
        sides_column.addLayout(add_row)

        # the body's name and rules
        self.form_errors: dict[str, ErrorLabel] = {}
        self.form_fields: dict[str, QWidget] = {}
        self.name_edit = QLineEdit()
        self.short_edit = QLineEdit()
        self.short_edit.setMaxLength(16)
        self.article_combo = QComboBox()
        for article in ARTICLES:
            self.article_combo.addItem(article, article)
        self.genitive_edit = QLineEdit()
        self.genitive_edit.setToolTip(tr("Wie der Name nach „Sitzung“ lautet, z. B. "
                                         "„des Beirats“ – für Einladungen und Protokolle."))
        self.kind_combo = QComboBox()
        for kind in BodyKind:
            self.kind_combo.addItem(label(kind), kind)
        self.advises_combo = QComboBox()
        self.more_than_combo = QComboBox()
        self.more_than_combo.addItem(tr("mehr als"), True)
        self.more_than_combo.addItem(tr("mindestens"), False)
        self.more_than_combo.setAccessibleName(tr("mehr als oder mindestens"))
        self.share_edit = QLineEdit()
        self.share_edit.setMaximumWidth(60)
        self.share_edit.setPlaceholderText("1/2")
        self.share_edit.setToolTip(tr("Anteil der Stimmberechtigten als Bruch, z. B. 1/2 "
                                      "oder 2/3"))
        self.each_side_check = QCheckBox(tr("jede &paritätische Seite muss vertreten sein"))
        self.rule_combo = QComboBox()
        for rule in DecisionRule:
            self.rule_combo.addItem(label(rule), rule)
        self.notice_spin = QSpinBox()
        self.notice_spin.setRange(0, 365)
        self.notice_spin.setKeyboardTracking(False)
        self.notice_spin.setMinimumWidth(110)
        self._notice_suffix(7)
        self.notice_spin.valueChanged.connect(self._notice_suffix)

        body_box = QGroupBox(tr("Gremium"))
        body_form = QFormLayout(body_box)
        self._form_row(body_form, tr("&Name:"), self.name_edit, "name")
        self._form_row(body_form, tr("&Kürzel:"), self.short_edit, "short")
        self._form_row(body_form, tr("Art&ikel:"), self.article_combo, "article")
        self._form_row(body_form, tr("Geniti&v:"), self.genitive_edit, "genitive")
        self._form_row(body_form, tr("Ar&t:"), self.kind_combo, "kind")
        self._form_row(body_form, tr("ber&ät:"), self.advises_combo, "advises_body_id")
        rules_box = QGroupBox(tr("Regeln"))
        rules_form = QFormLayout(rules_box)
        share_row = QHBoxLayout()
        share_row.addWidget(self.more_than_combo)
        share_row.addWidget(self.share_edit)
        share_row.addWidget(QLabel(tr("der Stimmberechtigten anwesend")))
        share_row.addStretch()
        self._form_row(rules_form, tr("Beschl&ussfähig:"), share_row, "quorum_share",
                       buddy=self.more_than_combo, also=(self.share_edit,))
        self.share_edit.setAccessibleName(tr("Anteil für die Beschlussfähigkeit"))
        self._form_row(rules_form, "", self.each_side_check, "quorum_each_parity_side")
        self._form_row(rules_form, tr("Beschluss&regel:"), self.rule_combo, "decision_rule")
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_spin)
        notice_row.addWidget(QLabel(tr("vor der Sitzung")))
        notice_row.addStretch()
        self._form_row(rules_form, tr("Ladungs&frist:"), notice_row, "notice_days",
                       buddy=self.notice_spin)
        self.form_error = ErrorLabel()
        self.form_fields["quorum_more_than"] = self.more_than_combo
        self.form_errors["quorum_more_than"] = self.form_errors["quorum_share"]

        right = QVBoxLayout()
        right.addWidget(body_box)
        right.addWidget(rules_box)
        right.addWidget(self.form_error)
        right.addStretch()
        row = QHBoxLayout(self)
        row.addWidget(sides_box, 1)
        row.addLayout(right, 1)

        self.typed_fields = (("name", self.name_edit), ("short", self.short_edit),
                             ("genitive", self.genitive_edit), ("quorum_share", self.share_edit))
        context.flush.connect(self.store_typed)  # the view or the file is left
        self.name_edit.editingFinished.connect(lambda: self._save_text("name", self.name_edit))
        self.short_edit.editingFinished.connect(
            lambda: self._save_text("short", self.short_edit))
        self.genitive_edit.editingFinished.connect(
            lambda: self._save_text("genitive", self.genitive_edit))
        self.share_edit.editingFinished.connect(
            lambda: self._save_text("quorum_share", self.share_edit))
        self.article_combo.activated.connect(
            lambda: self._save_rule("article", self.article_combo.currentData()))
        self.kind_combo.activated.connect(
            lambda: self._save_rule("kind", BodyKind(self.kind_combo.currentData())))
        self.advises_combo.activated.connect(
            lambda: self._save_rule("advises_body_id", self.advises_combo.currentData()))
        self.more_than_combo.activated.connect(
            lambda: self._save_rule("quorum_more_than", self.more_than_combo.currentData()))
        self.each_side_check.clicked.connect(
            lambda checked: self._save_rule("quorum_each_parity_side", checked))
        self.rule_combo.activated.connect(
            lambda: self._save_rule("decision_rule", DecisionRule(self.rule_combo.currentData())))
        self.notice_spin.valueChanged.connect(lambda days: self._save_rule("notice_days", days))

    def _notice_suffix(self, days: int) -> None:
        self.notice_spin.setSuffix(self.tr(" Tag") if days == 1 else self.tr(" Tage"))

    def _form_row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, name: str,
                  buddy: QWidget | None = None, also: Sequence[QWidget] = ()) -> None:
        box, error = with_error(field)
        target = buddy or field
        assert isinstance(target, QWidget)
        if text:
            form.addRow(buddy_label(text, target), box)
            target.setAccessibleName(text.replace("&", "").rstrip(":"))
        else:
            form.addRow(box)
        self.form_errors[name] = error
        self.form_fields[name] = also[0] if also else target

    # reading -------------------------------------------------------------------------------
    def show_body(self, body: Body, sides: Sequence[Side], bodies: Sequence[Body]) -> None:
        """The sides and the form of ``body``; ``bodies``: all of them (it may advise one)."""
        self._body = body
        self._bodies = list(bodies)
        self.sides_model.set_sides(sides)
        self._fill_form(body)

    def _fill_form(self, body: Body) -> None:
        def keep(name: str) -> bool:  # what the user typed stays while it is refused
            return not self.form_errors[name].isHidden()

        for name, edit in (("name", self.name_edit), ("short", self.short_edit),
                           ("genitive", self.genitive_edit),
                           ("quorum_share", self.share_edit)):
            if not keep(name):
                with QSignalBlocker(edit):
                    edit.setText(str(getattr(body, name)))
        set_current_data(self.article_combo, body.article)
        set_current_data(self.kind_combo, body.kind)
        fill_combo(self.advises_combo, [(self.tr("– kein anderes Gremium –"), None), *[
            (f"{b.name} ({b.short})", b.id) for b in self._bodies if b.id != body.id]],
            body.advises_body_id)
        set_current_data(self.more_than_combo, body.quorum_more_than)
        with QSignalBlocker(self.each_side_check):
            self.each_side_check.setChecked(body.quorum_each_parity_side)
        set_current_data(self.rule_combo, body.decision_rule)
        with QSignalBlocker(self.notice_spin):
            self.notice_spin.setValue(body.notice_days)
        self._notice_suffix(body.notice_days)

    def clear_errors(self) -> None:
        """No refusal is shown (another body was chosen)."""
        for error in self.form_errors.values():
            error.show_error("")
        self.form_error.show_error("")
        self.sides_error.show_error("")

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

    # sides ---------------------------------------------------------------------------------
    def _edit_side(self, side: Side, field: str, value: Any) -> bool:
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
