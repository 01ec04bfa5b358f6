"""Votes per side and the decision rules; the outcome text comes from here, not from typing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .enums import DecisionRule, Outcome, Procedure
from .errors import RuleViolation
from .model import Side, SideVote


@dataclass(frozen=True)
class VoteResult:
    outcome: Outcome | None  # None: no vote recorded yet
    text: str


def check_votes(
    votes: Iterable[SideVote], sides: Sequence[Side], eligible: Mapping[str, int]
) -> None:
    """Refuse counts that cannot be: negative, on a side without vote, or more than present.

    ``eligible`` maps side id to the voting members present at the item,
    conflicted members already taken out.
    """
    names = {s.id: s for s in sides}
    seen: set[str] = set()
    for v in votes:
        side = names.get(v.side_id)
        if side is None:
            raise RuleViolation("Die Stimmen gehören zu keiner Seite dieses Gremiums.")
        if v.side_id in seen:
            raise RuleViolation(f"{side.name}: die Stimmen dieser Seite sind doppelt angegeben.")
        seen.add(v.side_id)
        if min(v.yes, v.no, v.abstain) < 0:
            raise RuleViolation(f"{side.name}: Stimmenzahlen können nicht negativ sein.")
        if not side.voting and v.cast:
            raise RuleViolation(f"{side.name} hat kein Stimmrecht.")
        allowed = eligible.get(v.side_id, 0)
        if v.cast > allowed:
            cast = "1 Stimme" if v.cast == 1 else f"{v.cast} Stimmen"
            present = ("1 stimmberechtigtes Mitglied" if allowed == 1
                       else f"{allowed} stimmberechtigte Mitglieder")
            raise RuleViolation(
                f"{side.name}: {cast} abgegeben, aber nur {present} anwesend."
            )


def _counts(yes: int, no: int, abstain: int) -> str:
    return f"Ja {yes}, Nein {no}, Enthaltung {abstain}"


def evaluate(
    rule: DecisionRule,
    votes: Iterable[SideVote],
    sides: Sequence[Side],
    procedure: Procedure = Procedure.VOTE,
) -> VoteResult:
    """The outcome and its German text under the rule.

    Abstentions are not votes cast: a majority means more yes than no.
    Two-thirds: at least two thirds of the yes/no votes. Double majority:
    a majority overall and on each parity side. Consensus: no no-vote.
    """
    if procedure is Procedure.DEFERRED:
        return VoteResult(Outcome.DEFERRED, "vertagt")
    if procedure is Procedure.WITHDRAWN:
        return VoteResult(Outcome.WITHDRAWN, "zurückgezogen")
    votes = list(votes)
    yes = sum(v.yes for v in votes)
    no = sum(v.no for v in votes)
    abstain = sum(v.abstain for v in votes)
    if yes + no + abstain == 0:
        return VoteResult(None, "noch keine Abstimmung erfasst")
    counts = _counts(yes, no, abstain)

    failure = None
    if rule is DecisionRule.CONSENSUS:
        if no or not yes:
            failure = "kein Konsens"
    elif rule is DecisionRule.TWO_THIRDS:
        if not yes or 3 * yes < 2 * (yes + no):
            failure = "keine Zweidrittelmehrheit"
    else:
        if yes == no == 0:
            failure = "nur Enthaltungen"
        elif yes == no:
            failure = "Stimmengleichheit"
        elif yes < no:
            failure = "keine Mehrheit"
        elif rule is DecisionRule.DOUBLE:
            by_side = {v.side_id: v for v in votes}
            lacking = [
                s.name
                for s in sorted(sides, key=lambda s: s.position)
                if s.parity and s.voting and not _side_majority(by_side.get(s.id))
            ]
            if lacking:
                failure = "keine Mehrheit bei " + " und ".join(lacking)

    if failure:
        if failure == "keine Mehrheit":
            return VoteResult(Outcome.REJECTED, f"abgelehnt ({counts})")
        return VoteResult(Outcome.REJECTED, f"abgelehnt: {failure} ({counts})")
    if no == 0 and abstain == 0:
        return VoteResult(Outcome.ADOPTED, "einstimmig angenommen")
    if no == 0:
        how = "im Konsens" if rule is DecisionRule.CONSENSUS else "ohne Gegenstimmen"
        return VoteResult(Outcome.ADOPTED, f"{how} angenommen ({counts})")
    return VoteResult(Outcome.ADOPTED, f"mehrheitlich angenommen ({counts})")


def _side_majority(vote: SideVote | None) -> bool:
    return vote is not None and vote.yes > vote.no
