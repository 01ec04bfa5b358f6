"""Vorlage anwenden: choose a preset of the rules of procedure (``domain/procedure.py``)
for a body, read what it means and what it changes, and confirm it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.enums import BodyKind, Labeled
from ...domain.model import Body
from ...domain.procedure import PRESETS, RULE_FIELDS, Preset
from ...domain.words import say
from ..common.forms import FormDialog
from ..common.palette import DONE, text_style
from ..context import label


def rule_names() -> dict[str, str]:
    """The rules of procedure as the window names them."""
    return {
        "quorum_share": say("PresetDialog", "Anteil für die Beschlussfähigkeit"),
        "quorum_more_than": say("PresetDialog", "Beschlussfähig bei"),
        "quorum_base": say("PresetDialog", "Beschlussfähigkeit bezogen auf"),
        "quorum_each_parity_side": say("PresetDialog",
                                       "jede paritätische Seite muss vertreten sein"),
        "decision_rule": say("PresetDialog", "Beschlussregel"),
        "majority_base": say("PresetDialog", "Mehrheit gemessen an"),
        "casting_vote": say("PresetDialog", "Stichentscheid des Vorsitzes"),
        "deputy_multiple_votes": say("PresetDialog", "mehr als eine Stimme je Person"),
        "written_consent": say("PresetDialog", "Widerspruch stoppt das Umlaufverfahren"),
        "roll_call_names": say("PresetDialog", "Namen namentlicher Abstimmungen im Protokoll"),
        "notice_days": say("PresetDialog", "Ladungsfrist"),
    }


def rule_value(name: str, value: Any) -> str:
    """A rule's value in words: "mehr als", "ja", "14 Tage", an enum's label."""
    if isinstance(value, Labeled):
        return label(value)
    if name == "quorum_more_than":
        return say("PresetDialog", "mehr als") if value else say("PresetDialog", "mindestens")
    if name == "notice_days":
        if value == 1:
            return say("PresetDialog", "1 Tag")
        return say("PresetDialog", "%1 Tage").replace("%1", str(value))
    if isinstance(value, bool):
        return say("PresetDialog", "ja") if value else say("PresetDialog", "nein")
    return str(value)


class PresetDialog(FormDialog):
    """The presets by kind of body, the one of the body's kind first chosen; each with its
    explanation and the rules it changes. OK applies it; sides and members stay."""

    def __init__(self, parent: QWidget | None, body: Body,
                 submit: Callable[[BodyKind], Any] | None = None):
        super().__init__(parent, submit)
        self.body = body
        self.setWindowTitle(self.tr("Vorlage anwenden – %1").replace("%1", body.name))
        self.preset_combo = QComboBox()
        for kind, preset in PRESETS.items():
            self.preset_combo.addItem(preset.name, kind.value)
        self.preset_combo.setCurrentIndex(max(self.preset_combo.findData(body.kind.value), 0))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("Erläuterung der Vorlage"))
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(self.tr("Was sich ändert"))
        note = QLabel(self.tr("Seiten, Sitze laut GO und Mitglieder bleiben, wie sie sind. "
                              "Strg+Z nimmt die Vorlage wieder zurück."))
        note.setWordWrap(True)
        note.setStyleSheet(text_style(DONE))
        form = QFormLayout()
        self.field_row(form, self.tr("&Vorlage:"), self.preset_combo, "kind")
        form.addRow(QLabel(self.tr("Bedeutet:")), self.explanation)
        form.addRow(QLabel(self.tr("Ändert:")), self.changes)
        self.ok_button.setText(self.tr("Vorlage &anwenden"))
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(note)
        column.addWidget(self.general_error)
        column.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self._preset_chosen()

    @classmethod
    def ask(cls, parent: QWidget | None, body: Body,
            submit: Callable[[BodyKind], Any] | None = None) -> BodyKind | None:
        """The kind of the preset applied by ``submit``; None when cancelled."""
        return cls._run(cls(parent, body, submit))

    @property
    def preset(self) -> Preset:
        return PRESETS[self.values()]

    def _preset_chosen(self) -> None:
        self.clear_errors()
        self.explanation.setText(self.preset.explanation)
        names = rule_names()
        lines = [f"{names[name]}: {rule_value(name, getattr(self.body, name))} → "
                 f"{rule_value(name, self.preset.rules[name])}"
                 for name in RULE_FIELDS
                 if name in self.preset.rules and getattr(self.body, name) !=
                 self.preset.rules[name]]
        self.changes.setText("\n".join(lines) if lines else self.tr(
            "nichts – die Regeln entsprechen schon dieser Vorlage"))

    def values(self) -> BodyKind:
        return BodyKind(self.preset_combo.currentData())
