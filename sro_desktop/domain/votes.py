"""Votes and the decision rules: the outcome and the one sentence that says what the rule
found. The window, the minutes, the register and lint all take their result text from
:func:`evaluate`; nothing types it.

Majorities are exact fractions of a named base (:class:`~.enums.MajorityBase`): the
yes and no votes (abstentions do not count — the default), the valid votes including
abstentions, the voting members present, or the statutory members. A simple majority
is more than half of the base; a qualified one (two thirds, three quarters) at least
that share; an absolute majority more than half of the statutory members, whatever
the base; a double majority a majority overall and on each parity side, on the same
base; consensus no vote against.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction

from .calendar import german_date
from .enums import Choice, DecisionRule, MajorityBase, Outcome, Procedure, VotingMethod
from .errors import RuleViolation
from .model import Ballot, Side, SideVote
from .words import and_list, say


@dataclass(frozen=True)
class VoteResult:
    outcome: Outcome | None  # None: no vote recorded yet, or not yet decided
    text: str


@dataclass(frozen=True)
class Basis:
    """What a vote is measured against besides its counts, from the body's rules and
    the meeting: who was present, the statutory seats, the chair's vote on a tie, and for
    a written procedure who was asked and who answered."""

    majority_base: MajorityBase = MajorityBase.YES_NO
    present: Mapping[str, int] = field(default_factory=dict)  # side id -> present, not conflicted
    statutory: Mapping[str, int] = field(default_factory=dict)  # side id -> statutory seats
    casting_vote: bool = False  # the chair's vote decides a tie
    chair_vote: Choice | None = None
    method: VotingMethod = VotingMethod.OPEN
    asked: int = 0  # written procedure: members asked (``present`` holds them by side)
    unanswered: Mapping[str, int] = field(default_factory=dict)  # side id -> no answer yet
    objecting: tuple[str, ...] = ()  # names of members who object to the procedure
    written_consent: bool = True  # an objection stops the written procedure
    running_until: date | None = None  # the deadline, while it has not passed
    expired: bool = False  # the deadline has passed


def check_rule(rule: DecisionRule, sides: Sequence[Side]) -> None:
    """Refuse a rule that cannot apply to this body."""
    if rule is DecisionRule.DOUBLE and len([s for s in sides if s.parity and s.voting]) < 2:
        raise RuleViolation(
            say("domain.votes", "Die doppelte Mehrheit verlangt eine Mehrheit auf jeder "
                                "paritätischen Seite; dieses Gremium hat keine zwei paritätisch "
                                "besetzten Seiten mit Stimmrecht. Bitte eine andere Regel "
                                "wählen oder die Seiten in den Regeln des Gremiums als "
                                "paritätisch kennzeichnen."), "rule")


def check_votes(
    votes: Iterable[SideVote], sides: Sequence[Side], eligible: Mapping[str, int],
    written: bool = False,
) -> None:
    """Refuse counts that cannot be: negative, or more than present.

    ``eligible`` maps side id to the members present at the item who may vote on
    that side, conflicted members already taken out. On a side without vote the counts
    are the advisory members' non-binding opinion (Votum). ``written``: the answers of
    a written procedure, measured against the side's voting members (nobody is present).
    """
    names = {s.id: s for s in sides}
    seen: set[str] = set()
    for v in votes:
        side = names.get(v.side_id)
        if side is None:
            raise RuleViolation(say("domain.votes", "Die Stimmen gehören zu keiner Seite dieses "
                                                    "Gremiums."))
        if v.side_id in seen:
            raise RuleViolation(say("domain.votes", "{name}: die Stimmen dieser Seite sind "
                                                    "doppelt angegeben.").format(name=side.name))
        seen.add(v.side_id)
        if min(v.yes, v.no, v.abstain) < 0:
            raise RuleViolation(say("domain.votes", "{name}: Stimmenzahlen können nicht negativ "
                                                    "sein.").format(name=side.name))
        allowed = eligible.get(v.side_id, 0)
        if v.cast > allowed:
            cast = say("domain.votes", "1 Stimme") if v.cast == 1 else \
                say("domain.votes", "{cast} Stimmen").format(cast=v.cast)
            if side.voting:
                present = say("domain.votes", "1 stimmberechtigtes Mitglied") if allowed == 1 \
                    else say("domain.votes", "{allowed} stimmberechtigte Mitglieder")
            else:
                present = say("domain.votes", "1 beratendes Mitglied") if allowed == 1 \
                    else say("domain.votes", "{allowed} beratende Mitglieder")
            present = present.format(allowed=allowed)
            if written:
                raise RuleViolation(say("domain.votes", "{name}: {cast} abgegeben, aber die "
                                                        "Seite hat nur {present}.").format(
                                        name=side.name, cast=cast, present=present))
            raise RuleViolation(
                say(
                    "domain.votes", "{name}: {cast} abgegeben, aber nur {present} anwesend."
                ).format(name=side.name, cast=cast, present=present)
            )


def check_deadline(decided_on: date, deadline: date | None) -> None:
    """A written procedure's deadline is not before the day it was proposed."""
    if deadline is not None and deadline < decided_on:
        raise RuleViolation(say("domain.votes", "Die Frist kann nicht vor dem Datum des "
                                                "Umlaufbeschlusses liegen."), "deadline")


def in_time(ballot: Ballot, deadline: date | None) -> bool:
    """Whether a written answer counts: given by the deadline (an answer without a date,
    or a procedure without a deadline, is taken as in time)."""
    return not (deadline and ballot.answered_on and ballot.answered_on > deadline)


def tally(ballots: Iterable[Ballot], side_of: Mapping[str, str]) -> list[SideVote]:
    """The counts per side of single ballots (roll call, written procedure)."""
    counts: dict[str, SideVote] = {}
    for b in ballots:
        side = side_of.get(b.membership_id)
        if side is None:
            continue
        vote = counts.setdefault(side, SideVote(side))
        if b.choice is Choice.YES:
            vote.yes += 1
        elif b.choice is Choice.NO:
            vote.no += 1
        elif b.choice is Choice.ABSTAIN:
            vote.abstain += 1
    return list(counts.values())


def counts_text(yes: int, no: int, abstain: int, unanswered: int | None = None) -> str:
    text = say("domain.votes", "Ja {yes}, Nein {no}, Enthaltung {abstain}").format(
               yes=yes, no=no, abstain=abstain)
    if unanswered:
        text += say("domain.votes", "; keine Antwort {unanswered}").format(unanswered=unanswered)
    return text


# Rule -> (share of the base, strictly more than it)
_SHARES = {
    DecisionRule.SIMPLE: (Fraction(1, 2), True),
    DecisionRule.DOUBLE: (Fraction(1, 2), True),
    DecisionRule.TWO_THIRDS: (Fraction(2, 3), False),
    DecisionRule.THREE_QUARTERS: (Fraction(3, 4), False),
    DecisionRule.ABSOLUTE: (Fraction(1, 2), True),
}
_QUALIFIED = (DecisionRule.TWO_THIRDS, DecisionRule.THREE_QUARTERS, DecisionRule.ABSOLUTE)


def _missed(rule: DecisionRule) -> str:
    """The qualified majority missed: "keine Zweidrittelmehrheit"."""
    return {DecisionRule.TWO_THIRDS: say("domain.votes", "keine Zweidrittelmehrheit"),
            DecisionRule.THREE_QUARTERS: say("domain.votes", "keine Dreiviertelmehrheit"),
            DecisionRule.ABSOLUTE: say("domain.votes", "keine absolute Mehrheit")}[rule]


def _no_majority(base: MajorityBase, written: bool) -> str:
    """"keine Mehrheit der abgegebenen Stimmen"; a written procedure has nobody present:
    its base of that kind is the members asked."""
    if base is MajorityBase.VALID:
        return say("domain.votes", "keine Mehrheit der abgegebenen Stimmen")
    if base is MajorityBase.PRESENT and written:
        return say("domain.votes", "keine Mehrheit der befragten Stimmberechtigten")
    if base is MajorityBase.PRESENT:
        return say("domain.votes", "keine Mehrheit der anwesenden Stimmberechtigten")
    return say("domain.votes", "keine Mehrheit der Mitglieder")


def reaches(yes: int, base: int, share: Fraction, strictly: bool) -> bool:
    """Whether ``yes`` votes are more than (or at least) ``share`` of ``base``: exact."""
    if base <= 0 or yes <= 0:
        return False
    return Fraction(yes, base) > share if strictly else Fraction(yes, base) >= share


def needed(base: int, share: Fraction, strictly: bool) -> int:
    """The fewest yes votes that reach the share of the base."""
    exact = share * base
    whole = exact.numerator // exact.denominator
    return whole + 1 if strictly or whole < exact else whole


def _base(base: MajorityBase, yes: int, no: int, abstain: int, present: int,
          statutory: int) -> int:
    return {MajorityBase.YES_NO: yes + no, MajorityBase.VALID: yes + no + abstain,
            MajorityBase.PRESENT: present, MajorityBase.STATUTORY: statutory}[base]


def evaluate(
    rule: DecisionRule,
    votes: Iterable[SideVote],
    sides: Sequence[Side],
    procedure: Procedure = Procedure.VOTE,
    basis: Basis | None = None,
) -> VoteResult:
    """The outcome and its German sentence under the rule; see the module's docstring."""
    basis = basis or Basis()
    if procedure is Procedure.DEFERRED:
        return VoteResult(Outcome.DEFERRED, say("domain.votes", "vertagt"))
    if procedure is Procedure.WITHDRAWN:
        return VoteResult(Outcome.WITHDRAWN, say("domain.votes", "zurückgezogen"))
    written = basis.method is VotingMethod.WRITTEN
    if written and basis.objecting and basis.written_consent:
        return VoteResult(Outcome.REJECTED, say("domain.votes", "nicht zustande gekommen: "
                                                                "Widerspruch gegen das "
                                                                "Umlaufverfahren ({list})").format(
                                                list=', '.join(basis.objecting)))
    voting = {s.id for s in sides if s.voting}
    votes = [v for v in votes if v.side_id in voting]
    if written and basis.running_until and sum(basis.unanswered.values()):
        return _running(rule, votes, sides, basis)
    if sum(v.cast for v in votes) == 0:
        if written and basis.asked and basis.expired:
            return VoteResult(Outcome.REJECTED, say("domain.votes", "nicht zustande gekommen: "
                                                                    "bis zum Ablauf der Frist "
                                                                    "keine Antwort (0 von "
                                                                    "{asked})").format(
                                                    asked=basis.asked))
        if written and basis.asked:
            return VoteResult(None, say("domain.votes", "Umlaufverfahren: noch keine Antwort (0 "
                                                        "von {asked})").format(asked=basis.asked))
        return VoteResult(None, say("domain.votes", "noch keine Abstimmung erfasst"))
    return _decide(rule, votes, sides, basis)


def _running(rule: DecisionRule, votes: list[SideVote], sides: Sequence[Side],
             basis: Basis) -> VoteResult:
    """A written procedure before its deadline: final only when the missing answers can
    no longer change the outcome (all of them no, or all of them yes)."""
    outcomes = set()
    for extra in ("no", "yes"):
        more = [SideVote(side, **{extra: n}) for side, n in basis.unanswered.items() if n]
        counted = {v.side_id: v for v in votes}
        for m in more:
            old = counted.get(m.side_id, SideVote(m.side_id))
            counted[m.side_id] = SideVote(m.side_id, old.yes + m.yes, old.no + m.no,
                                          old.abstain)
        settled = replace(basis, unanswered={}, running_until=None)
        outcomes.add(_decide(rule, list(counted.values()), sides, settled).outcome)
    if len(outcomes) == 1 and None not in outcomes:
        return _decide(rule, votes, sides, replace(basis, running_until=None))
    answered = basis.asked - sum(basis.unanswered.values())
    return VoteResult(
        None,
        say(
            "domain.votes",
            "Umlaufverfahren läuft bis {german_date}: {answered} von {asked} Antworten",
        ).format(
            german_date=german_date(basis.running_until), answered=answered, asked=basis.asked
        ),
    )


def _decide(rule: DecisionRule, votes: list[SideVote], sides: Sequence[Side],
            basis: Basis) -> VoteResult:
    yes = sum(v.yes for v in votes)
    no = sum(v.no for v in votes)
    abstain = sum(v.abstain for v in votes)
    written = basis.method is VotingMethod.WRITTEN
    counts = counts_text(yes, no, abstain, sum(basis.unanswered.values()) if written else None)
    statutory = sum(basis.statutory.values())
    present = sum(basis.present.values())
    base_kind = MajorityBase.STATUTORY if rule is DecisionRule.ABSOLUTE else basis.majority_base
    base = _base(base_kind, yes, no, abstain, present, statutory)
    # {how} in the result templates: how the vote was taken, placed where the language
    # wants it (German before the verb, with its trailing space: "in geheimer Abstimmung ")
    prefix = {VotingMethod.ROLL_CALL: say("domain.votes", "in namentlicher Abstimmung "),
              VotingMethod.SECRET: say("domain.votes", "in geheimer Abstimmung "),
              VotingMethod.WRITTEN:
                  say("domain.votes", "im Umlaufverfahren ")}.get(basis.method, "")

    def rejected(why: str) -> VoteResult:
        return VoteResult(Outcome.REJECTED, say("domain.votes", "{how}abgelehnt: {why} "
                                                                "({counts})").format(
                                                how=prefix, why=why, counts=counts))

    if rule is DecisionRule.CONSENSUS:
        if no or not yes:
            return rejected(say("domain.votes", "kein Konsens"))
    else:
        share, strictly = _SHARES[rule]
        if not reaches(yes, base, share, strictly):
            if rule in _QUALIFIED:
                return rejected(_missed(rule)
                                + _required(base_kind, base, share, strictly, written))
            if yes == no > 0 and 2 * yes == base:
                if rule is DecisionRule.SIMPLE:
                    return _tie(prefix, counts, basis)
                # a casting vote makes no double majority
                return rejected(say("domain.votes", "Stimmengleichheit"))
            if base_kind is MajorityBase.YES_NO and yes == no == 0:
                return rejected(say("domain.votes", "nur Enthaltungen"))
            if base_kind is MajorityBase.YES_NO:
                return VoteResult(Outcome.REJECTED, say("domain.votes", "{how}abgelehnt "
                                                                        "({counts})").format(
                                                        how=prefix, counts=counts))
            return rejected(_no_majority(base_kind, written)
                            + _required(base_kind, base, share, strictly, written))
        if rule is DecisionRule.DOUBLE:
            lacking = [s.name for s in sorted(sides, key=lambda s: s.position)
                       if s.parity and s.voting and not _side_reaches(s.id, votes, basis)]
            if lacking:
                return VoteResult(
                    Outcome.REJECTED,
                    say(
                        "domain.votes", "{how}abgelehnt: keine Mehrheit bei {list} ({by_side})"
                    ).format(
                        how=prefix, list=and_list(lacking), by_side=_by_side(votes, sides)
                    ),
                )
    return VoteResult(Outcome.ADOPTED, _adopted(rule, yes, no, abstain, counts, votes, sides,
                                                basis, prefix))


def _adopted(rule: DecisionRule, yes: int, no: int, abstain: int, counts: str,
             votes: list[SideVote], sides: Sequence[Side], basis: Basis, how: str) -> str:
    """The adopted sentence; ``how`` the way the vote was taken."""
    written = basis.method is VotingMethod.WRITTEN
    unanimous = no == 0 and abstain == 0 and (not written or yes == basis.asked)
    if unanimous and written:
        return say("domain.votes", "{how}einstimmig angenommen (Ja {yes})").format(
                   how=how, yes=yes)
    if unanimous:
        return say("domain.votes", "{how}einstimmig angenommen").format(how=how)
    template = {
        DecisionRule.CONSENSUS: say("domain.votes", "{how}im Konsens angenommen ({counts})"),
        DecisionRule.TWO_THIRDS: say("domain.votes",
                                     "{how}mit Zweidrittelmehrheit angenommen ({counts})"),
        DecisionRule.THREE_QUARTERS: say("domain.votes",
                                         "{how}mit Dreiviertelmehrheit angenommen ({counts})"),
        DecisionRule.ABSOLUTE: say("domain.votes",
                                   "{how}mit absoluter Mehrheit angenommen ({counts})"),
    }.get(rule)
    if rule is DecisionRule.DOUBLE:
        return say("domain.votes", "{how}mit doppelter Mehrheit angenommen ({by_side})").format(
                   how=how, by_side=_by_side(votes, sides))
    if template is None and no == 0:
        template = say("domain.votes", "{how}ohne Gegenstimmen angenommen ({counts})")
    if template is None:
        template = say("domain.votes", "{how}mehrheitlich angenommen ({counts})")
    return template.format(how=how, counts=counts)


def _tie(prefix: str, counts: str, basis: Basis) -> VoteResult:
    """Yes as many as no: rejected, unless the chair's vote decides (Stichentscheid)."""
    if not basis.casting_vote:
        return VoteResult(Outcome.REJECTED, say("domain.votes", "{how}abgelehnt: "
                                                                "Stimmengleichheit; der Vorsitz "
                                                                "hat keine Stichentscheidung "
                                                                "({counts})").format(
                                                how=prefix, counts=counts))
    if basis.method is VotingMethod.SECRET:  # how the chair voted is not known
        return VoteResult(Outcome.REJECTED, say("domain.votes", "{how}abgelehnt: "
                                                                "Stimmengleichheit; geheim "
                                                                "abgestimmt, daher kein "
                                                                "Stichentscheid ({counts})").format(
                                                how=prefix, counts=counts))
    if basis.chair_vote is Choice.YES:
        return VoteResult(Outcome.ADOPTED, say("domain.votes", "{how}angenommen durch "
                                                               "Stichentscheid des Vorsitzes "
                                                               "({counts})").format(
                                               how=prefix, counts=counts))
    if basis.chair_vote is Choice.NO:
        return VoteResult(Outcome.REJECTED, say("domain.votes", "{how}abgelehnt durch "
                                                                "Stichentscheid des Vorsitzes "
                                                                "({counts})").format(
                                                how=prefix, counts=counts))
    if basis.chair_vote is None:
        return VoteResult(None, say("domain.votes", "Stimmengleichheit: es fehlt, wie der "
                                                    "Vorsitz gestimmt hat; seine Stimme "
                                                    "entscheidet ({counts})").format(counts=counts))
    return VoteResult(Outcome.REJECTED, say("domain.votes", "{how}abgelehnt: "
                                                            "Stimmengleichheit; der Vorsitz hat "
                                                            "nicht mit Ja oder Nein gestimmt "
                                                            "({counts})").format(
                                            how=prefix, counts=counts))


def _required(base_kind: MajorityBase, base: int, share: Fraction, strictly: bool,
              written: bool = False) -> str:
    """"; erforderlich 7 Ja-Stimmen von 12 Mitgliedern" where the base is not the votes."""
    if base_kind is MajorityBase.YES_NO or base <= 0:
        return ""
    if base_kind is MajorityBase.VALID:
        template = say("domain.votes", "; erforderlich {needed} Ja-Stimmen von {base} "
                                       "abgegebenen Stimmen")
    elif base_kind is MajorityBase.PRESENT and written:
        template = say("domain.votes", "; erforderlich {needed} Ja-Stimmen von {base} "
                                       "befragten Stimmberechtigten")
    elif base_kind is MajorityBase.PRESENT:
        template = say("domain.votes", "; erforderlich {needed} Ja-Stimmen von {base} "
                                       "anwesenden Stimmberechtigten")
    else:
        template = say("domain.votes", "; erforderlich {needed} Ja-Stimmen von {base} "
                                       "Mitgliedern")
    return template.format(needed=needed(base, share, strictly), base=base)


def _side_reaches(side_id: str, votes: list[SideVote], basis: Basis) -> bool:
    """A simple majority on one side, measured on the same base as overall."""
    vote = next((v for v in votes if v.side_id == side_id), SideVote(side_id))
    base = _base(basis.majority_base, vote.yes, vote.no, vote.abstain,
                 basis.present.get(side_id, 0), basis.statutory.get(side_id, 0))
    return reaches(vote.yes, base, Fraction(1, 2), True)


def _by_side(votes: list[SideVote], sides: Sequence[Side]) -> str:
    """"Verwaltung 5 : 1, Freie Träger 4 : 2" (yes : no), abstentions added if any."""
    by_id = {v.side_id: v for v in votes}
    parts = [f"{s.name} {by_id.get(s.id, SideVote(s.id)).yes} : "
             f"{by_id.get(s.id, SideVote(s.id)).no}"
             for s in sorted(sides, key=lambda s: s.position) if s.parity and s.voting]
    abstain = sum(v.abstain for v in votes)
    if abstain:
        parts.append(say("domain.votes", "Enthaltung {abstain}").format(abstain=abstain))
    return ", ".join(parts)


def opinion_text(votes: Iterable[SideVote], sides: Sequence[Side]) -> str:
    """"Votum der beratenden Mitglieder: Ja 2, Nein 0, Enthaltung 1" — the non-binding
    opinion recorded on the sides without vote; empty when none was recorded."""
    advisory = {s.id for s in sides if not s.voting}
    cast = [v for v in votes if v.side_id in advisory and v.cast]
    if not cast:
        return ""
    return say("domain.votes", "Votum der beratenden Mitglieder: {counts}").format(
               counts=counts_text(sum(v.yes for v in cast), sum(v.no for v in cast),
                                  sum(v.abstain for v in cast)))
