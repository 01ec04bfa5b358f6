"""The rules of procedure (Geschäftsordnung) of the selected body in Seiten und Regeln:
quorum with the statutory seats, and how it decides. Each field stores itself through
the ``save`` it is given (the tab's, which shows a refusal beside the field)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import DecisionRule, MajorityBase, QuorumBase
from ...domain.model import Body, Membership, Side
from ..common import rule_tips
from ..common.rule_tips import explain, explain_items
from ..common.widgets import (
    EnumCombo,
    ErrorLabel,
    buddy_label,
    set_current_data,
    tab_order,
    with_error,
)
from ..context import AppContext
from .seats import StatutorySeats

# a field of the body -> its check box, in the order shown
CHECKS = ("casting_vote", "deputy_multiple_votes", "written_consent", "roll_call_names")


def form_row(form: QFormLayout, text: str, field: QWidget | QHBoxLayout, name: str,
             errors: dict[str, ErrorLabel], fields: dict[str, QWidget],
             buddy: QWidget | None = None, also: Sequence[QWidget] = ()) -> None:
    """A labelled row with its error line; ``errors``/``fields`` learn where a refusal of
    the body's field ``name`` is shown and which widget takes the focus then."""
    box, error = with_error(field)
    target = buddy or field
    assert isinstance(target, QWidget)
    if text:
        form.addRow(buddy_label(text, target), box)
        target.setAccessibleName(text.replace("&", "").rstrip(":"))
    else:
        form.addRow(box)
    errors[name] = error
    fields[name] = also[0] if also else target


class ProcedureForm(QWidget):
    """Beschlussfähigkeit (share, its base, each parity side, the statutory seats) and
    Beschlüsse (rule, majority base, casting vote, votes per person, written procedure,
    names in roll calls)."""

    def __init__(self, context: AppContext, save: Callable[[str, Any], None],
                 errors: dict[str, ErrorLabel], fields: dict[str, QWidget],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.more_than_combo = QComboBox()
        self.more_than_combo.addItem(self.tr("mehr als"), True)
        self.more_than_combo.addItem(self.tr("mindestens"), False)
        self.share_edit = QLineEdit()
        self.share_edit.setMaximumWidth(60)
        self.share_edit.setPlaceholderText("1/2")
        self.share_edit.setToolTip(self.tr("Anteil der Stimmberechtigten als Bruch, z. B. 1/2 "
                                           "oder 2/3"))
        self.quorum_base_combo = EnumCombo(QuorumBase)
        self.each_side_check = QCheckBox(self.tr("&jede paritätische Seite muss vertreten sein"))
        self.seats = StatutorySeats(context)
        self.rule_combo = EnumCombo(DecisionRule)
        self.majority_combo = EnumCombo(MajorityBase)
        self.checks = {
            "casting_vote": QCheckBox(
                self.tr("Bei Stimmengleichheit entscheidet die Stimme des Vorsitzes")),
            "deputy_multiple_votes": QCheckBox(
                self.tr("Eine Person darf mehr als eine Stimme führen (Stimmrechtsübertragung)")),
            "written_consent": QCheckBox(
                self.tr("Ein Widerspruch gegen das Umlaufverfahren stoppt es")),
            "roll_call_names": QCheckBox(
                self.tr("Namentliche Abstimmungen mit Namen ins Protokoll")),
        }
        self.checks["casting_vote"].setToolTip(self.tr(
            "Stichentscheid: sonst ist ein Antrag bei Stimmengleichheit abgelehnt."))
        self.checks["deputy_multiple_votes"].setToolTip(self.tr(
            "Sonst zählt eine Person, die zugleich eigenes Mitglied und Stellvertretung ist, "
            "nur einmal."))
        self.checks["written_consent"].setToolTip(self.tr(
            "Sonst entscheiden im Umlaufverfahren allein die Antworten nach der Beschlussregel."))

        quorum_box = QGroupBox(self.tr("Beschlussfähigkeit"))
        quorum_form = QFormLayout(quorum_box)
        share_row = QHBoxLayout()
        share_row.addWidget(self.more_than_combo)
        share_row.addWidget(self.share_edit)
        share_row.addWidget(QLabel(self.tr("der Stimmberechtigten anwesend")))
        share_row.addStretch()
        form_row(quorum_form, self.tr("Besch&lussfähig:"), share_row, "quorum_share", errors,
                 fields, buddy=self.more_than_combo, also=(self.share_edit,))
        self.more_than_combo.setAccessibleName(self.tr("mehr als oder mindestens"))
        self.share_edit.setAccessibleName(self.tr("Anteil für die Beschlussfähigkeit"))
        fields["quorum_more_than"] = self.more_than_combo
        errors["quorum_more_than"] = errors["quorum_share"]
        form_row(quorum_form, self.tr("Bezogen auf:"), self.quorum_base_combo, "quorum_base",
                 errors, fields)
        self.quorum_base_combo.setAccessibleName(self.tr("Beschlussfähigkeit bezogen auf"))
        explain(self.more_than_combo, rule_tips.QUORUM)
        explain_items(self.quorum_base_combo, rule_tips.QUORUM_BASES, rule_tips.QUORUM)
        explain_items(self.rule_combo, rule_tips.RULES, rule_tips.RULE)
        form_row(quorum_form, "", self.each_side_check, "quorum_each_parity_side", errors,
                 fields)
        quorum_form.addRow(QLabel(self.tr("Sitze laut GO:")), self.seats)

        decisions_box = QGroupBox(self.tr("Beschlüsse"))
        decisions_form = QFormLayout(decisions_box)
        form_row(decisions_form, self.tr("Beschluss&regel:"), self.rule_combo, "decision_rule",
                 errors, fields)
        errors["rule"], fields["rule"] = errors["decision_rule"], self.rule_combo  # its check
        form_row(decisions_form, self.tr("Mehrheit gemessen an:"), self.majority_combo,
                 "majority_base", errors, fields)
        self.majority_combo.setAccessibleName(self.tr("Mehrheit gemessen an"))
        for name in CHECKS:
            form_row(decisions_form, "", self.checks[name], name, errors, fields)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(quorum_box)
        column.addWidget(decisions_box)

        self.more_than_combo.activated.connect(
            lambda: save("quorum_more_than", self.more_than_combo.currentData()))
        self.quorum_base_combo.activated.connect(
            lambda: save("quorum_base", self.quorum_base_combo.value()))
        self.each_side_check.clicked.connect(
            lambda checked: save("quorum_each_parity_side", checked))
        self.rule_combo.activated.connect(lambda: save("decision_rule", self.rule_combo.value()))
        self.majority_combo.activated.connect(
            lambda: save("majority_base", self.majority_combo.value()))
        for name, check in self.checks.items():
            check.clicked.connect(lambda checked, name=name: save(name, checked))
        self.seats.rebuilt.connect(self._order_tabs)

    def _order_tabs(self) -> None:
        """Top to bottom, the statutory seats (made later, for each body) in their place."""
        tab_order(self.more_than_combo, self.share_edit, self.quorum_base_combo,
                  self.each_side_check, *self.seats.spins.values(), self.rule_combo,
                  self.majority_combo, *self.checks.values())

    def fill(self, body: Body, sides: Sequence[Side], memberships: Sequence[Membership]) -> None:
        """Show the stored rules (the share's text is the tab's: it may be mid-typing)."""
        set_current_data(self.more_than_combo, body.quorum_more_than)
        with QSignalBlocker(self.quorum_base_combo):
            self.quorum_base_combo.set_value(body.quorum_base)
        with QSignalBlocker(self.each_side_check):
            self.each_side_check.setChecked(body.quorum_each_parity_side)
        with QSignalBlocker(self.rule_combo):
            self.rule_combo.set_value(body.decision_rule)
        with QSignalBlocker(self.majority_combo):
            self.majority_combo.set_value(body.majority_base)
        for name, check in self.checks.items():
            with QSignalBlocker(check):
                check.setChecked(bool(getattr(body, name)))
        self.seats.show_sides(sides, memberships)
