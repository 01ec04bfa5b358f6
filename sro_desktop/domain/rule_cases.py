"""The rule cases: situations of a German committee and the sentence the program writes
for each. The tests run every case (tests/domain/test_rule_cases.py), and the page
"Regeln" (Help menu, ``docs/regeln.md``) is made from the same table, so that the page
and the code cannot disagree.

A case describes its situation (German source, marked for translation: shown with
:meth:`Case.shown_situation`) and computes its sentence with the same functions the
window, the minutes and lint use (:func:`.quorum.quorum`, :func:`.votes.evaluate`,
:func:`.votes.check_rule`), in the language in use. ``sentence`` is the German sentence
the tests expect; the page shows what ``compute`` gives, so it reads in any language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .bodies import PLAIN_SIDES, STEERING_SIDES
from .enums import (
    AttendanceStatus,
    Choice,
    DecisionRule,
    MajorityBase,
    QuorumBase,
    Role,
    VotingMethod,
)
from .errors import RuleViolation
from .model import Attendance, Body, Membership, Side, SideVote
from .quorum import not_quorate_note, quorum
from .votes import Basis, check_rule, evaluate
from .words import QT_TRANSLATE_NOOP, say

DAY = date(2026, 11, 25)
R = DecisionRule



def steering_sides() -> tuple[Side, ...]:
    """Administration, providers (equal seats, voting) and science, named in the language
    in use."""
    return tuple(Side(code, "b", t.label, code, parity=t.parity, voting=t.voting,
                      position=n)
                 for n, (code, t) in enumerate(zip("VTW", STEERING_SIDES[:3], strict=True), 1))


def plain_sides() -> tuple[Side, ...]:
    t = PLAIN_SIDES[0]
    return (Side("M", "b", t.label, "M", parity=t.parity, voting=t.voting, position=1),)


@dataclass(frozen=True)
class Case:
    """One situation: ``topic`` is the page's section, ``situation`` says what happened,
    ``sentence`` what the program writes (for a refusal: its message)."""

    topic: str
    situation: str
    sentence: str
    compute: Callable[[], str] = field(repr=False, compare=False)

    def shown_topic(self) -> str:
        return say("domain.rule_cases", self.topic)

    def shown_situation(self) -> str:
        return say("domain.rule_cases", self.situation)


def steering_body(**rules: Any) -> Body:
    name = say("domain.rule_cases", "Steuerungsgruppe")
    return replace(Body("b", name, "SG", article="die"), **rules)


def advisory_body(**rules: Any) -> Body:
    name = say("domain.rule_cases", "Beirat")
    return replace(Body("b", name, "PG", article="der"), **rules)


# --- quorum ---------------------------------------------------------------------------

@dataclass
class Scene:
    """A meeting of a body: seats per side, who is there, TOPs 1–5."""

    body: Body
    sides: tuple[Side, ...]
    members: list[Membership] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)

    def seat(self, side: str, person: str, *, deputy: str | None = None,
             voting: bool = True) -> Membership:
        m = Membership(f"m-{person}", "b", person, side, Role.MEMBER if voting
                       else Role.ADVISORY, voting, deputy_person_id=deputy)
        self.members.append(m)
        return m

    def seats(self, side: str, count: int) -> list[Membership]:
        start = sum(1 for m in self.members if m.side_id == side)
        return [self.seat(side, f"{side}{start + n + 1}") for n in range(count)]

    def attend(self, member: Membership, status: AttendanceStatus = AttendanceStatus.PRESENT,
               *, deputy: str | None = None, handover: int | None = None,
               arrives: int | None = None) -> None:
        self.attendance.append(Attendance(
            f"a-{member.id}", "meeting", status, member.id, deputy,
            arrives_at_item_id=f"top{arrives}" if arrives else None,
            handover_at_item_id=f"top{handover}" if handover else None))

    def present(self, side: str, count: int) -> list[Membership]:
        chosen = [m for m in self.members if m.side_id == side][:count]
        for m in chosen:
            self.attend(m)
        return chosen

    def quorum_at(self, top: int | None = None, conflicted: tuple[str, ...] = ()) -> str:
        positions = {f"top{n}": n for n in range(1, 6)}
        return quorum(self.body, self.sides, self.members, self.attendance, DAY, top,
                      positions, conflicted).sentence


def _steering_scene(per_side: int = 6, **rules: Any) -> Scene:
    scene = Scene(steering_body(**rules), steering_sides())
    scene.seats("V", per_side)
    scene.seats("T", per_side)
    return scene


def _conflicts(present_providers: int, conflicted: int) -> str:
    scene = _steering_scene()
    scene.present("V", 4)
    scene.present("T", present_providers)
    providers = tuple(m.id for m in scene.members if m.side_id == "T")
    return scene.quorum_at(5, providers[:conflicted])


def _vacancy(base: QuorumBase) -> str:
    steering = steering_sides()
    sides = (replace(steering[0], statutory_seats=6), replace(steering[1], statutory_seats=6),
             steering[2])
    scene = Scene(steering_body(quorum_base=base), sides)
    scene.seats("V", 6)
    scene.seats("T", 5)  # one provider seat vacant
    scene.present("V", 3)
    scene.present("T", 3)
    return scene.quorum_at()


def _handover(top: int) -> str:
    """A provider's seat is held by her deputy — herself a member — until TOP 3; the
    provider arrives and takes over at TOP 4."""
    scene = _steering_scene(per_side=2)
    scene.present("V", 2)
    own, late = [m for m in scene.members if m.side_id == "T"]
    scene.attend(own)
    scene.attend(late, AttendanceStatus.REPRESENTED, deputy=own.person_id, handover=4)
    scene.attendance.append(Attendance("a-guest", "meeting", AttendanceStatus.PRESENT,
                                       guest_name="Gast"))
    return scene.quorum_at(top)


def _decision_note(present_providers: int, conflicted: int) -> str:
    scene = _steering_scene()
    scene.present("V", 4)
    scene.present("T", present_providers)
    providers = tuple(m.id for m in scene.members if m.side_id == "T")
    positions = {f"top{n}": n for n in range(1, 6)}
    result = quorum(scene.body, scene.sides, scene.members, scene.attendance, DAY, 5,
                    positions, providers[:conflicted])
    return not_quorate_note(result, 5)


def _deputy_is_member(multiple: bool) -> str:
    """A provider is present for her own seat and is also the deputy of an absent one."""
    scene = _steering_scene(per_side=2, deputy_multiple_votes=multiple)
    scene.present("V", 2)
    own, other = [m for m in scene.members if m.side_id == "T"]
    scene.attend(own)
    scene.attend(other, AttendanceStatus.REPRESENTED, deputy=own.person_id)
    return scene.quorum_at()


def _parity_side_missing() -> str:
    scene = _steering_scene()
    scene.present("V", 6)
    scene.present("T", 1)
    scene.attendance = [a for a in scene.attendance if not a.membership_id
                        or a.membership_id.startswith("m-V")]
    return scene.quorum_at()


def _filled_share(share: str, more_than: bool, present: int) -> str:
    scene = Scene(advisory_body(quorum_share=share, quorum_more_than=more_than,
                                quorum_each_parity_side=False), plain_sides())
    scene.seats("M", 9)
    scene.present("M", present)
    return scene.quorum_at()


QUORUM = QT_TRANSLATE_NOOP("domain.rule_cases", "Beschlussfähigkeit")
QUORUM_CASES = [
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Steuerungsgruppe mit 12 Sitzen (6 : 6), 8 anwesend, bei TOP 5 ist ein Mitglied "
        "der freien Träger befangen: es zählt für TOP 5 nicht mit, 7 bleiben."),
        "Die Steuerungsgruppe ist beschlussfähig: 7 von 12 Stimmberechtigten anwesend und "
        "nicht befangen (Verwaltung 4, Freie Träger 3).", lambda: _conflicts(4, 1)),
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "7 anwesend, einer befangen: nur 6 von 12 zählen, die Befangenheit bricht die "
        "Beschlussfähigkeit."),
        "Die Steuerungsgruppe ist nicht beschlussfähig: 6 von 12 Stimmberechtigten anwesend "
        "und nicht befangen (Verwaltung 4, Freie Träger 2); 1 Mitglied befangen.",
        lambda: _conflicts(3, 1)),
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "8 anwesend, zwei befangen: 6 von 12."),
        "Die Steuerungsgruppe ist nicht beschlussfähig: 6 von 12 Stimmberechtigten anwesend "
        "und nicht befangen (Verwaltung 4, Freie Träger 2); 2 Mitglieder befangen.",
        lambda: _conflicts(4, 2)),
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Der Hinweis unter einem Beschluss, der so gefasst wurde (Protokoll und "
        "„Protokoll prüfen“)."),
        "nicht beschlussfähig bei TOP 5: 2 Mitglieder befangen",
        lambda: _decision_note(4, 2)),
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Derselbe Hinweis, wenn schon zu wenige da sind (5 von 12)."),
        "nicht beschlussfähig bei TOP 5: erforderlich sind mehr als die Hälfte der "
        "Stimmberechtigten (5 von 12 anwesend)", lambda: _decision_note(1, 0)),
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Sollzahl 12 (6 : 6), ein Sitz der freien Träger ist unbesetzt, 6 anwesend: "
        "gezählt wird die Sollzahl (Voreinstellung)."),
        "Die Steuerungsgruppe ist nicht beschlussfähig: 6 von 12 Stimmberechtigten anwesend "
        "(Verwaltung 3, Freie Träger 3); 1 Sitz ist unbesetzt; erforderlich sind mehr als "
        "die Hälfte der Stimmberechtigten.", lambda: _vacancy(QuorumBase.STATUTORY)),
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Dasselbe, wenn die Geschäftsordnung die besetzten Sitze zählt."),
        "Die Steuerungsgruppe ist beschlussfähig: 6 von 11 Stimmberechtigten anwesend "
        "(Verwaltung 3, Freie Träger 3); 1 Sitz ist unbesetzt.",
        lambda: _vacancy(QuorumBase.FILLED)),
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Alle Verwaltungsmitglieder sind da, von den freien Trägern niemand: jede "
        "paritätische Seite muss vertreten sein."),
        "Die Steuerungsgruppe ist nicht beschlussfähig: 6 von 12 Stimmberechtigten anwesend "
        "(Verwaltung 6, Freie Träger 0); erforderlich sind mehr als die Hälfte der "
        "Stimmberechtigten; Freie Träger nicht vertreten.", _parity_side_missing),
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Beirat mit 9 Mitgliedern, Anteil „mindestens zwei Drittel“, 6 anwesend."),
        "Der Beirat ist beschlussfähig: 6 von 9 Stimmberechtigten anwesend.",
        lambda: _filled_share("2/3", False, 6)),
    Case(QUORUM, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Derselbe Beirat mit 5 Anwesenden."),
        "Der Beirat ist nicht beschlussfähig: 5 von 9 Stimmberechtigten anwesend; "
        "erforderlich sind mindestens zwei Drittel der Stimmberechtigten.",
        lambda: _filled_share("2/3", False, 5)),
]

DEPUTIES = QT_TRANSLATE_NOOP("domain.rule_cases", "Stellvertretung")
DEPUTY_CASES = [
    Case(DEPUTIES, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Steuerungsgruppe 2 : 2. Ein Mitglied der freien Träger kommt erst zu TOP 4; bis "
        "dahin vertritt es das andere Mitglied seiner Seite, das so nur eine Stimme "
        "führt: bei TOP 2 zählen 3 …"),
        "Die Steuerungsgruppe ist beschlussfähig: 3 von 4 Stimmberechtigten anwesend "
        "(Verwaltung 2, Freie Träger 1).", lambda: _handover(2)),
    Case(DEPUTIES, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "… ab TOP 4 (Wechsel ab TOP 4) sitzt das Mitglied selbst: 4. Ein Gast zählt nie."),
        "Die Steuerungsgruppe ist beschlussfähig: 4 von 4 Stimmberechtigten anwesend "
        "(Verwaltung 2, Freie Träger 2).", lambda: _handover(4)),
    Case(DEPUTIES, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Ein Mitglied der freien Träger ist zugleich Stellvertreterin eines abwesenden "
        "Mitglieds derselben Seite: sie führt nur eine Stimme (Voreinstellung)."),
        "Die Steuerungsgruppe ist beschlussfähig: 3 von 4 Stimmberechtigten anwesend "
        "(Verwaltung 2, Freie Träger 1).", lambda: _deputy_is_member(False)),
    Case(DEPUTIES, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Dasselbe, wenn die Geschäftsordnung die Übertragung des Stimmrechts erlaubt: "
        "zwei Stimmen."),
        "Die Steuerungsgruppe ist beschlussfähig: 4 von 4 Stimmberechtigten anwesend "
        "(Verwaltung 2, Freie Träger 2).", lambda: _deputy_is_member(True)),
]


# --- majorities -------------------------------------------------------------------------

def _vote(rule: DecisionRule, counts: dict[str, tuple[int, int, int]], *,
          sides: tuple[Side, ...] | None = None, **basis: Any) -> str:
    sides = sides or steering_sides()
    votes = [SideVote(side, *c) for side, c in counts.items()]
    return evaluate(rule, votes, sides, basis=Basis(**basis)).text


def _refusal(rule: DecisionRule, sides: tuple[Side, ...]) -> str:
    try:
        check_rule(rule, sides)
    except RuleViolation as refused:
        return str(refused)
    return say("domain.rule_cases", "zulässig")


MAJORITY = QT_TRANSLATE_NOOP("domain.rule_cases", "Mehrheiten")
STAT = {"M": 12}
MAJORITY_CASES = [
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Einfache Mehrheit (Voreinstellung): mehr Ja- als Nein-Stimmen, Enthaltungen "
        "zählen nicht."),
        "mehrheitlich angenommen (Ja 5, Nein 4, Enthaltung 3)",
        lambda: _vote(R.SIMPLE, {"M": (5, 4, 3)}, sides=plain_sides())),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Einfache Mehrheit der abgegebenen Stimmen einschließlich Enthaltungen: 5 Ja von "
        "12 Stimmen reichen nicht."),
        "abgelehnt: keine Mehrheit der abgegebenen Stimmen; erforderlich 7 Ja-Stimmen von "
        "12 abgegebenen Stimmen (Ja 5, Nein 4, Enthaltung 3)",
        lambda: _vote(R.SIMPLE, {"M": (5, 4, 3)}, sides=plain_sides(),
                      majority_base=MajorityBase.VALID)),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Mehrheit der anwesenden Stimmberechtigten: 13 anwesend, 6 Ja."),
        "abgelehnt: keine Mehrheit der anwesenden Stimmberechtigten; erforderlich 7 "
        "Ja-Stimmen von 13 anwesenden Stimmberechtigten (Ja 6, Nein 2, Enthaltung 3)",
        lambda: _vote(R.SIMPLE, {"M": (6, 2, 3)}, sides=plain_sides(),
                      majority_base=MajorityBase.PRESENT, present={"M": 13})),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Absolute Mehrheit: mehr als die Hälfte der 12 Mitglieder laut Geschäftsordnung, "
        "gleich wie viele anwesend sind."),
        "mit absoluter Mehrheit angenommen (Ja 7, Nein 1, Enthaltung 0)",
        lambda: _vote(R.ABSOLUTE, {"M": (7, 1, 0)}, sides=plain_sides(), statutory=STAT)),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Absolute Mehrheit mit 6 Ja-Stimmen bei 12 Mitgliedern."),
        "abgelehnt: keine absolute Mehrheit; erforderlich 7 Ja-Stimmen von 12 Mitgliedern "
        "(Ja 6, Nein 0, Enthaltung 1)",
        lambda: _vote(R.ABSOLUTE, {"M": (6, 0, 1)}, sides=plain_sides(), statutory=STAT)),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Zweidrittelmehrheit (mindestens zwei Drittel der Ja- und Nein-Stimmen)."),
        "mit Zweidrittelmehrheit angenommen (Ja 9, Nein 2, Enthaltung 1)",
        lambda: _vote(R.TWO_THIRDS, {"V": (5, 1, 0), "T": (4, 1, 1)})),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Zweidrittelmehrheit knapp verfehlt: 7 von 11."),
        "abgelehnt: keine Zweidrittelmehrheit (Ja 7, Nein 4, Enthaltung 0)",
        lambda: _vote(R.TWO_THIRDS, {"V": (4, 2, 0), "T": (3, 2, 0)})),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Genau zwei Drittel (8 von 12) genügen."),
        "mit Zweidrittelmehrheit angenommen (Ja 8, Nein 4, Enthaltung 0)",
        lambda: _vote(R.TWO_THIRDS, {"V": (5, 1, 0), "T": (3, 3, 0)})),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Dreiviertelmehrheit mit 9 Ja, 3 Nein: genau drei Viertel."),
        "mit Dreiviertelmehrheit angenommen (Ja 9, Nein 3, Enthaltung 0)",
        lambda: _vote(R.THREE_QUARTERS, {"V": (5, 1, 0), "T": (4, 2, 0)})),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Doppelte Mehrheit: eine Mehrheit insgesamt und auf jeder paritätischen Seite."),
        "mit doppelter Mehrheit angenommen (Verwaltung 5 : 1, Freie Träger 4 : 2)",
        lambda: _vote(R.DOUBLE, {"V": (5, 1, 0), "T": (4, 2, 0)})),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Doppelte Mehrheit, die an den freien Trägern scheitert."),
        "abgelehnt: keine Mehrheit bei Freie Träger (Verwaltung 6 : 0, Freie Träger 2 : 3)",
        lambda: _vote(R.DOUBLE, {"V": (6, 0, 0), "T": (2, 3, 0)})),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Doppelte Mehrheit in einem Gremium ohne zwei paritätische Seiten: die Regel wird"
        " schon bei der Wahl abgelehnt."),
        "Die doppelte Mehrheit verlangt eine Mehrheit auf jeder paritätischen Seite; dieses "
        "Gremium hat keine zwei paritätisch besetzten Seiten mit Stimmrecht. Bitte eine "
        "andere Regel wählen oder die Seiten in den Regeln des Gremiums als paritätisch "
        "kennzeichnen.", lambda: _refusal(R.DOUBLE, plain_sides())),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Konsens: niemand stimmt dagegen."),
        "im Konsens angenommen (Ja 8, Nein 0, Enthaltung 2)",
        lambda: _vote(R.CONSENSUS, {"V": (5, 0, 1), "T": (3, 0, 1)})),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Konsens mit einer Gegenstimme."),
        "abgelehnt: kein Konsens (Ja 11, Nein 1, Enthaltung 0)",
        lambda: _vote(R.CONSENSUS, {"V": (6, 0, 0), "T": (5, 1, 0)})),
    Case(MAJORITY, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Alle stimmen mit Ja."), "einstimmig angenommen",
        lambda: _vote(R.SIMPLE, {"V": (6, 0, 0), "T": (6, 0, 0)})),
]

TIE = QT_TRANSLATE_NOOP("domain.rule_cases", "Stimmengleichheit")
TIE_CASES = [
    Case(TIE, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "5 : 5 ohne Stichentscheid (Voreinstellung): abgelehnt."),
        "abgelehnt: Stimmengleichheit; der Vorsitz hat keine Stichentscheidung "
        "(Ja 5, Nein 5, Enthaltung 1)",
        lambda: _vote(R.SIMPLE, {"M": (5, 5, 1)}, sides=plain_sides())),
    Case(TIE, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "5 : 5, die Stimme des Vorsitzes entscheidet, der Vorsitz stimmte mit Ja."),
        "angenommen durch Stichentscheid des Vorsitzes (Ja 5, Nein 5, Enthaltung 1)",
        lambda: _vote(R.SIMPLE, {"M": (5, 5, 1)}, sides=plain_sides(), casting_vote=True,
                      chair_vote=Choice.YES)),
    Case(TIE, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Dasselbe, der Vorsitz stimmte mit Nein."),
        "abgelehnt durch Stichentscheid des Vorsitzes (Ja 5, Nein 5, Enthaltung 1)",
        lambda: _vote(R.SIMPLE, {"M": (5, 5, 1)}, sides=plain_sides(), casting_vote=True,
                      chair_vote=Choice.NO)),
    Case(TIE, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Dasselbe, aber noch nicht erfasst, wie der Vorsitz gestimmt hat: kein Ergebnis."),
        "Stimmengleichheit: es fehlt, wie der Vorsitz gestimmt hat; seine Stimme "
        "entscheidet (Ja 5, Nein 5, Enthaltung 1)",
        lambda: _vote(R.SIMPLE, {"M": (5, 5, 1)}, sides=plain_sides(), casting_vote=True)),
]

WAYS = QT_TRANSLATE_NOOP("domain.rule_cases", "Abstimmungsarten")
WAY_CASES = [
    Case(WAYS, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Namentliche Abstimmung: jede Stimme wird mit Namen erfasst, das Ergebnis nennt "
        "die Art."),
        "in namentlicher Abstimmung mehrheitlich angenommen (Ja 7, Nein 3, Enthaltung 1)",
        lambda: _vote(R.SIMPLE, {"M": (7, 3, 1)}, sides=plain_sides(),
                      method=VotingMethod.ROLL_CALL)),
    Case(WAYS, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Geheime Abstimmung: nur Zahlen, keine Namen."),
        "in geheimer Abstimmung abgelehnt (Ja 3, Nein 7, Enthaltung 1)",
        lambda: _vote(R.SIMPLE, {"M": (3, 7, 1)}, sides=plain_sides(),
                      method=VotingMethod.SECRET)),
]

WRITTEN = QT_TRANSLATE_NOOP("domain.rule_cases", "Umlaufverfahren")


def _written(counts: tuple[int, int, int], asked: int, **extra: Any) -> str:
    unanswered = asked - sum(counts)
    return _vote(R.SIMPLE, {"M": counts}, sides=plain_sides(), method=VotingMethod.WRITTEN,
                 asked=asked, present={"M": asked}, unanswered={"M": unanswered},
                 **extra)


WRITTEN_CASES = [
    Case(WRITTEN, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "12 Mitglieder gefragt, alle antworten mit Ja."),
        "im Umlaufverfahren einstimmig angenommen (Ja 12)", lambda: _written((12, 0, 0), 12)),
    Case(WRITTEN, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "11 Ja, ein Mitglied antwortet nicht: angenommen, aber nicht „einstimmig“."),
        "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 11, Nein 0, Enthaltung 0; "
        "keine Antwort 1)", lambda: _written((11, 0, 0), 12)),
    Case(WRITTEN, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Ein Mitglied widerspricht dem Umlaufverfahren selbst (Voreinstellung: ein "
        "Widerspruch genügt)."),
        "nicht zustande gekommen: Widerspruch gegen das Umlaufverfahren (Jan Kraus)",
        lambda: _written((10, 0, 0), 12, objecting=("Jan Kraus",))),
    Case(WRITTEN, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Vor Ablauf der Frist stehen noch Antworten aus, die das Ergebnis ändern könnten."),
        "Umlaufverfahren läuft bis 15.12.2026: 8 von 12 Antworten",
        lambda: _written((5, 3, 0), 12, running_until=date(2026, 12, 15))),
    Case(WRITTEN, QT_TRANSLATE_NOOP(
        "domain.rule_cases",
        "Vor Ablauf der Frist, aber die fehlenden Antworten können nichts mehr ändern: "
        "das Ergebnis steht fest."),
        "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 9, Nein 0, Enthaltung 0; "
        "keine Antwort 3)", lambda: _written((9, 0, 0), 12, running_until=date(2026, 12, 15))),
]

CASES: list[Case] = [*QUORUM_CASES, *DEPUTY_CASES, *MAJORITY_CASES, *TIE_CASES, *WAY_CASES,
                     *WRITTEN_CASES]
