"""How a decision was voted on: who may vote, what the rule measures against, and the
rows of votes, conflicts and ballots (a part of :class:`~.decisions.Decisions`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import clock
from ..domain.bodies import voting_seats
from ..domain.enums import Choice, VotingMethod
from ..domain.model import Ballot, Decision, Membership, SideVote
from ..domain.quorum import present_voting_members, statutory_seats
from ..domain.votes import Basis, in_time, tally
from .mapping import to_value

if TYPE_CHECKING:
    from .core import Store


class DecisionVoting:
    """The voting part of the decisions' repository."""

    store: Store

    def voters(self, decision: Decision, *, advisory: bool = False) -> list[Membership]:
        """The seats whose vote is held at the decision's TOP (a deputy for their member,
        each person once unless the rules allow more); a written decision: the voting
        seats on its day. ``advisory``: also the advisory members present on the sides
        without vote, who may give a non-binding opinion."""
        if not decision.meeting_id:
            sides = self.store.sides.list(decision.body_id)
            return voting_seats(sides, self.store.memberships.list(decision.body_id),
                                decision.decided_on)
        ctx = self.store.meetings.context(decision.meeting_id)
        position = ctx.positions.get(decision.agenda_item_id or "")
        seats = voting_seats(ctx.sides, ctx.members, decision.decided_on)
        voters = present_voting_members(seats, ctx.attendance, position, ctx.positions,
                                        ctx.body.deputy_multiple_votes)
        if advisory:
            without_vote = {s.id for s in ctx.sides if not s.voting}
            voters += present_voting_members(
                [m for m in ctx.members if m.side_id in without_vote], ctx.attendance,
                position, ctx.positions, True)
        return voters

    def eligible(self, decision: Decision, conflicted: Iterable[str] = (), *,
                 advisory: bool = False) -> dict[str, int]:
        """Side id -> how many of :meth:`voters` may vote, the conflicted left out."""
        conflicted = set(conflicted)
        counts: dict[str, int] = defaultdict(int)
        for m in self.voters(decision, advisory=advisory):
            if m.id not in conflicted:
                counts[m.side_id] += 1
        return dict(counts)

    def basis(self, decision: Decision) -> Basis:
        """What the decision's rule measures against, from its body's rules, its
        meeting (who was present at the item) or its written procedure (who was asked
        and answered by the deadline)."""
        body = self.store.bodies.get(decision.body_id)
        sides = self.store.sides.list(decision.body_id)
        members = self.store.memberships.list(decision.body_id)
        seats = voting_seats(sides, members, decision.decided_on)
        common = Basis(body.majority_base, statutory=statutory_seats(sides, seats),
                       casting_vote=body.casting_vote, method=decision.voting_method)
        voting = {s.id for s in sides if s.voting}
        if decision.written_procedure:
            side_of = {m.id: m.side_id for m in members}
            asked: dict[str, int] = defaultdict(int)
            unanswered: dict[str, int] = defaultdict(int)
            for b in decision.ballots:
                side = side_of.get(b.membership_id, "")
                asked[side] += 1
                if b.choice is Choice.NONE or not in_time(b, decision.deadline):
                    unanswered[side] += 1
            names = {p.id: p.full_name for p in self.store.people.list()}
            person = {m.id: m.person_id for m in members}
            objecting = tuple(names.get(person.get(b.membership_id, ""), "?")
                              for b in decision.ballots if b.choice is Choice.OBJECTS
                              and in_time(b, decision.deadline))
            running = (decision.deadline if decision.deadline
                       and clock.today() <= decision.deadline else None)
            if not decision.ballots:  # counts only (older files): as answered
                eligible = self.eligible(decision)
                return replace(common, present=eligible, asked=sum(eligible.values()))
            return replace(common, present=dict(asked), asked=sum(asked.values()),
                           unanswered=dict(unanswered), objecting=objecting,
                           written_consent=body.written_consent, running_until=running,
                           expired=bool(decision.deadline and not running))
        eligible = self.eligible(decision, decision.conflicted_membership_ids)
        chair_vote = decision.chair_vote
        if decision.voting_method is VotingMethod.ROLL_CALL and decision.meeting_id:
            chair = self.store.meetings.get(decision.meeting_id).chair_person_id
            seat = {m.person_id: m.id for m in members}.get(chair or "")
            chair_vote = next((b.choice for b in decision.ballots
                               if b.membership_id == seat), None)
        return replace(common, present={k: v for k, v in eligible.items() if k in voting},
                       chair_vote=chair_vote)

    def _counted(self, decision: Decision, ballots: Sequence[Ballot],
                 side_of: dict[str, str]) -> list[SideVote]:
        """The counts per side the ballots give (of a written procedure only the answers
        given by its deadline), and the advisory members' opinion as it was."""
        if decision.written_procedure:
            ballots = [b for b in ballots if in_time(b, decision.deadline)]
        return tally(ballots, side_of) + self._opinion(decision)

    def _opinion(self, decision: Decision) -> list[SideVote]:
        """The counts on the sides without vote: the advisory members' opinion."""
        advisory = {s.id for s in self.store.sides.list(decision.body_id) if not s.voting}
        return [v for v in decision.votes if v.side_id in advisory]

    def _write_ballots(self, decision: Decision, ballots: Sequence[Ballot]) -> None:
        """One row per member, changed in place; members not given keep theirs."""
        stored = {b.membership_id: b for b in decision.ballots}
        for b in ballots:
            values = {"choice": Choice(b.choice), "answered_on": b.answered_on}
            old = stored.pop(b.membership_id, None)
            if old is None:
                self.store.insert_row("ballots", {"decision_id": decision.id,
                                                  "membership_id": b.membership_id,
                                                  **{k: to_value(v) for k, v in values.items()}})
            elif (old.choice, old.answered_on) != (b.choice, b.answered_on):
                self.store.update_rows("ballots", "decision_id = ? AND membership_id = ?",
                                       [decision.id, b.membership_id], values)

    def _write_votes(self, decision: Decision, votes: Sequence[SideVote]) -> None:
        """One row per side, changed in place when its counts change: the history then
        says "Ja: 6 → 5"; a side no longer voting leaves a tombstone."""
        stored = {v.side_id: v for v in decision.votes}
        for v in votes:
            counts = {"yes": v.yes, "no": v.no, "abstain": v.abstain}
            old = stored.pop(v.side_id, None)
            if old is None:
                self.store.insert_row("votes", {"decision_id": decision.id,
                                                "side_id": v.side_id, **counts})
            elif (old.yes, old.no, old.abstain) != (v.yes, v.no, v.abstain):
                self.store.update_rows("votes", "decision_id = ? AND side_id = ?",
                                       [decision.id, v.side_id], counts)
        for side_id in stored:
            self.store.tombstone_rows("votes", "decision_id = ? AND side_id = ?",
                                      [decision.id, side_id])

    def _write_conflicts(self, decision: Decision, conflicted: Sequence[str]) -> None:
        """Members newly conflicted get a row, those no longer conflicted a tombstone."""
        before, after = set(decision.conflicted_membership_ids), set(conflicted)
        for membership_id in sorted(before - after):
            self.store.tombstone_rows("conflicts", "decision_id = ? AND membership_id = ?",
                                      [decision.id, membership_id])
        for membership_id in dict.fromkeys(conflicted):
            if membership_id not in before:
                self.store.insert_row("conflicts", {"decision_id": decision.id,
                                                    "membership_id": membership_id})

