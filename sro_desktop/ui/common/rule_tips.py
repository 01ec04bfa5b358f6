"""Tooltips that say what a rule means where it is chosen: the quorum, the decision rules
(each item of a rule combo), the written procedure. In the words of the Regeln page
(``documents/rules_page.py``) and the rules of ``domain/``, shortened to a sentence or two."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.enums import DecisionRule, QuorumBase

CONTEXT = "RuleTips"
# PySide6's stubs type QT_TRANSLATE_NOOP as returning object; it returns the message.
RULES: dict[str, Any] = {
    DecisionRule.SIMPLE.value: QT_TRANSLATE_NOOP(
        "RuleTips", "Einfache Mehrheit: mehr als die Hälfte der Bezugsgröße des Gremiums "
        "stimmt mit Ja (Voreinstellung: Ja gegen Nein, Enthaltungen zählen nicht). Bei "
        "Gleichstand abgelehnt, außer die Stimme des Vorsitzes entscheidet."),
    DecisionRule.TWO_THIRDS.value: QT_TRANSLATE_NOOP(
        "RuleTips", "Zweidrittelmehrheit: mindestens zwei Drittel der Bezugsgröße des "
        "Gremiums stimmen mit Ja (Ja und Nein, die abgegebenen Stimmen, die Anwesenden "
        "oder die Mitglieder laut Geschäftsordnung)."),
    DecisionRule.THREE_QUARTERS.value: QT_TRANSLATE_NOOP(
        "RuleTips", "Dreiviertelmehrheit: mindestens drei Viertel der Bezugsgröße des "
        "Gremiums stimmen mit Ja (Ja und Nein, die abgegebenen Stimmen, die Anwesenden "
        "oder die Mitglieder laut Geschäftsordnung)."),
    DecisionRule.ABSOLUTE.value: QT_TRANSLATE_NOOP(
        "RuleTips", "Absolute Mehrheit: mehr als die Hälfte der Mitglieder laut "
        "Geschäftsordnung stimmt mit Ja, gleich wie viele anwesend sind."),
    DecisionRule.DOUBLE.value: QT_TRANSLATE_NOOP(
        "RuleTips", "Doppelte Mehrheit: eine Mehrheit insgesamt und zugleich auf jeder "
        "paritätischen Seite (z. B. Verwaltung und freie Träger). Nur für Gremien mit zwei "
        "paritätischen Seiten."),
    DecisionRule.CONSENSUS.value: QT_TRANSLATE_NOOP(
        "RuleTips", "Konsens: angenommen, wenn niemand mit Nein stimmt und mindestens eine "
        "Ja-Stimme da ist; Enthaltungen sind möglich."),
}
RULE: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "RuleTips", "Welche Mehrheit ein Beschluss braucht. Die Erklärung jeder Regel zeigt "
    "ihr Eintrag in der Liste; alles unter Hilfe › Regeln.")
QUORUM: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "RuleTips", "Beschlussfähigkeit: das Gremium kann beschließen, wenn dieser Anteil der "
    "Stimmberechtigten anwesend ist (üblich: mehr als die Hälfte). Befangene zählen beim "
    "jeweiligen TOP nicht mit.")
QUORUM_BASES: dict[str, Any] = {
    QuorumBase.STATUTORY.value: QT_TRANSLATE_NOOP(
        "RuleTips", "Gezählt auf die Sollzahl der Sitze laut Geschäftsordnung: ein "
        "unbesetzter Sitz senkt die Hürde nicht."),
    QuorumBase.FILLED.value: QT_TRANSLATE_NOOP(
        "RuleTips", "Gezählt auf die heute besetzten Sitze: unbesetzte Sitze zählen nicht."),
}
WRITTEN: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "RuleTips", "Umlaufverfahren (schriftliche Beschlussfassung): alle stimmberechtigten "
    "Mitglieder werden mit einer Frist gefragt; Antworten nach der Frist zählen nicht. "
    "Ein Widerspruch gegen das Verfahren stoppt es, wenn die Geschäftsordnung das "
    "vorsieht.")


def tip(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def explain(widget: QWidget, text: str) -> None:
    """The widget's tooltip: one of the texts above, translated."""
    widget.setToolTip(tip(text))


def explain_items(combo: QComboBox, texts: dict[str, Any], whole: str | None = None) -> None:
    """Each item of a combo of coded values (EnumCombo) its own tooltip; ``whole`` the
    combo's own."""
    for row in range(combo.count()):
        text = texts.get(str(combo.itemData(row)))
        if text:
            combo.setItemData(row, tip(text), Qt.ItemDataRole.ToolTipRole)
    if whole:
        explain(combo, whole)
