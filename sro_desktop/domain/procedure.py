"""Rules of procedure (Geschäftsordnung) a body starts from: presets by kind of body.

A preset gives the sides of a new body and the rules of every body: quorum, majority,
the chair's casting vote, one vote per person, the written procedure. Applied to an
existing body it changes the rules only; its sides and members stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .bodies import PLAIN_SIDES, STEERING_SIDES, SideTemplate
from .enums import BodyKind, DecisionRule, MajorityBase, QuorumBase
from .words import QT_TRANSLATE_NOOP, say


@dataclass(frozen=True)
class Preset:
    """``title`` and ``about`` are the German sources (marked for the catalogue);
    ``name`` and ``explanation`` the words shown, in the language in use."""

    title: str
    about: str
    sides: tuple[SideTemplate, ...]
    rules: dict[str, Any] = field(default_factory=dict)  # Body field -> value
    statutory: tuple[int | None, ...] = ()  # statutory seats of the sides, in order

    @property
    def name(self) -> str:
        return say("domain.procedure", self.title)

    @property
    def explanation(self) -> str:
        return say("domain.procedure", self.about)


RULE_FIELDS = ("quorum_share", "quorum_more_than", "quorum_base", "quorum_each_parity_side",
               "decision_rule", "majority_base", "casting_vote", "deputy_multiple_votes",
               "written_consent", "roll_call_names", "notice_days")

_COMMON = {"quorum_share": "1/2", "quorum_more_than": True,
           "quorum_base": QuorumBase.STATUTORY, "casting_vote": False,
           "deputy_multiple_votes": False, "written_consent": True, "roll_call_names": True,
           "notice_days": 7}

YOUTH_WELFARE_SIDES = (
    SideTemplate(QT_TRANSLATE_NOOP("domain.bodies", "Mitglieder der Vertretungskörperschaft"),
                 QT_TRANSLATE_NOOP("domain.bodies", "VK"), parity=False, voting=True),
    SideTemplate(QT_TRANSLATE_NOOP("domain.bodies", "Vorgeschlagen von den freien Trägern"),
                 QT_TRANSLATE_NOOP("domain.bodies", "FT"), parity=False, voting=True),
    SideTemplate(QT_TRANSLATE_NOOP("domain.bodies", "Beratende Mitglieder"),
                 QT_TRANSLATE_NOOP("domain.bodies", "B"), parity=False, voting=False),
)

PRESETS: dict[BodyKind, Preset] = {
    BodyKind.STEERING: Preset(
        QT_TRANSLATE_NOOP("domain.procedure", "Paritätische Steuerungsgruppe"),
        QT_TRANSLATE_NOOP(
            "domain.procedure",
            "Verwaltung und freie Träger mit gleich vielen Stimmen, Wissenschaft und "
            "Projektberatung beratend. Beschlussfähig bei mehr als der Hälfte der Mitglieder, "
            "wenn beide Seiten vertreten sind; Beschlüsse mit doppelter Mehrheit (auf jeder "
            "Seite mehr Ja- als Nein-Stimmen)."),
        STEERING_SIDES,
        {**_COMMON, "quorum_each_parity_side": True, "decision_rule": DecisionRule.DOUBLE,
         "majority_base": MajorityBase.YES_NO}),
    BodyKind.ADVISORY: Preset(
        QT_TRANSLATE_NOOP("domain.procedure", "Beirat"),
        QT_TRANSLATE_NOOP(
            "domain.procedure",
            "Empfehlungen mit einfacher Mehrheit der anwesenden Mitglieder; beschlussfähig bei "
            "mehr als der Hälfte der Mitglieder."),
        PLAIN_SIDES,
        {**_COMMON, "quorum_each_parity_side": False, "decision_rule": DecisionRule.SIMPLE,
         "majority_base": MajorityBase.PRESENT}),
    BodyKind.COMMITTEE: Preset(
        QT_TRANSLATE_NOOP("domain.procedure", "Jugendhilfeausschuss (§ 71 SGB VIII)"),
        QT_TRANSLATE_NOOP(
            "domain.procedure",
            "Stimmberechtigt sind zu drei Fünfteln Mitglieder der Vertretungskörperschaft und zu "
            "zwei Fünfteln auf Vorschlag der freien Träger gewählte Personen; dazu beratende "
            "Mitglieder. Keine Parität; beschlussfähig bei mehr als der Hälfte der gesetzlichen "
            "Mitgliederzahl; einfache Mehrheit, Stimmengleichheit heißt abgelehnt."),
        YOUTH_WELFARE_SIDES,
        {**_COMMON, "quorum_each_parity_side": False, "decision_rule": DecisionRule.SIMPLE,
         "majority_base": MajorityBase.YES_NO},
        statutory=(9, 6, None)),
    BodyKind.SUBCOMMITTEE: Preset(
        QT_TRANSLATE_NOOP("domain.procedure", "Unterausschuss"),
        QT_TRANSLATE_NOOP(
            "domain.procedure",
            "Beschlussfähig bei mehr als der Hälfte der Mitglieder; einfache Mehrheit der "
            "Ja- gegen die Nein-Stimmen."),
        PLAIN_SIDES,
        {**_COMMON, "quorum_each_parity_side": False, "decision_rule": DecisionRule.SIMPLE,
         "majority_base": MajorityBase.YES_NO}),
}


def preset(kind: BodyKind) -> Preset:
    return PRESETS[kind]
