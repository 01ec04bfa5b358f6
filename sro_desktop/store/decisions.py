"""Decisions with their register number, votes per side and conflicts of interest."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import date
from typing import Any

from .. import clock
from ..domain.calendar import german_date
from ..domain.enums import Choice, DecisionRule, MajorityBase, Procedure, VotingMethod
from ..domain.errors import RuleViolation
from ..domain.model import Ballot, Decision, SideVote
from ..domain.numbering import check_deletable, next_seq, register_number
from ..domain.votes import check_deadline, check_rule, check_votes, evaluate
from ..domain.words import QT_TRANSLATE_NOOP, say
from .mapping import from_row
from .repository import Repository, new_id
from .voting import DecisionVoting


class Decisions(DecisionVoting, Repository[Decision]):
    table = "decisions"
    model = Decision
    order_by = "decided_on, seq"
    noun = QT_TRANSLATE_NOOP("store.repository", "Beschluss")

    # reads ---------------------------------------------------------------
    def _find(self, where: str = "1", params: Sequence[Any] = (), **kw: Any) -> list[Decision]:
        decisions = super()._find(where, params, **kw)
        self._attach_votes(decisions)
        return decisions

    def _attach_votes(self, decisions: list[Decision]) -> None:
        if not decisions:
            return
        by_id = {d.id: d for d in decisions}
        marks = ",".join("?" for _ in by_id)
        for r in self.db.query(
            f"SELECT decision_id, side_id, yes, no, abstain FROM votes "
            f"WHERE deleted_at IS NULL AND decision_id IN ({marks})", list(by_id)
        ):
            by_id[r["decision_id"]].votes.append(
                SideVote(r["side_id"], r["yes"], r["no"], r["abstain"]))
        for r in self.db.query(
            f"SELECT decision_id, membership_id FROM conflicts "
            f"WHERE deleted_at IS NULL AND decision_id IN ({marks})", list(by_id)
        ):
            by_id[r["decision_id"]].conflicted_membership_ids.append(r["membership_id"])
        for r in self.db.query(
            f"SELECT decision_id, membership_id, choice, answered_on FROM ballots "
            f"WHERE deleted_at IS NULL AND decision_id IN ({marks}) ORDER BY rowid", list(by_id)
        ):
            by_id[r["decision_id"]].ballots.append(from_row(Ballot, r))

    def list(self, body_id: str | None = None, *, date_from: date | None = None,
             date_to: date | None = None, limit: int | None = None,
             offset: int = 0, newest_first: bool = False) -> list[Decision]:
        """The register, oldest (or newest) first; optionally for one body and a period."""
        where, params = self._register_where(body_id, date_from, date_to)
        order = 'decided_on DESC, seq DESC' if newest_first else None
        return self._find(where, params, limit=limit, offset=offset, order=order)

    def labels(self) -> builtins.list[tuple[str, str, str]]:
        """(id, number, title) of every decision, newest first: for lists to choose from
        and for naming a link, in one small query (no votes read)."""
        return [tuple(r) for r in self.db.execute(
            "SELECT id, number, title FROM decisions WHERE deleted_at IS NULL "
            "ORDER BY decided_on DESC, seq DESC").fetchall()]

    def meeting_numbers(self) -> dict[str, int]:
        """The number of each meeting by its id: what the register's meeting column
        shows, in one small query (not every meeting read whole)."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT id, number FROM meetings WHERE deleted_at IS NULL").fetchall()}

    def count_list(self, body_id: str | None = None, *, date_from: date | None = None,
                   date_to: date | None = None) -> int:
        """How many decisions :meth:`list` gives with these filters."""
        return self.count(*self._register_where(body_id, date_from, date_to))

    @staticmethod
    def _register_where(body_id: str | None, date_from: date | None,
                        date_to: date | None) -> tuple[str, builtins.list[Any]]:
        where, params = ["1"], []
        if body_id:
            where.append('body_id = ?')
            params.append(body_id)
        if date_from:
            where.append('decided_on >= ?')
            params.append(date_from.isoformat())
        if date_to:
            where.append('decided_on <= ?')
            params.append(date_to.isoformat())
        return " AND ".join(where), params

    def years(self, body_id: str | None = None) -> builtins.list[int]:
        """The years from the first to the last decision (of a body), newest first."""
        where = "deleted_at IS NULL" + (" AND body_id = ?" if body_id else "")
        params = [body_id] * 2 if body_id else []
        row = next(self.db.query(
            f"SELECT (SELECT min(decided_on) FROM decisions WHERE {where}) AS first, "
            f"(SELECT max(decided_on) FROM decisions WHERE {where}) AS last", params))
        if not row["first"]:
            return []
        return builtins.list(range(int(row["last"][:4]), int(row["first"][:4]) - 1, -1))

    def for_agenda_item(self, item_id: str) -> builtins.list[Decision]:
        return self._find('agenda_item_id = ?', [item_id])

    def for_meeting(self, meeting_id: str) -> builtins.list[Decision]:
        return self._find('meeting_id = ?', [meeting_id])

    def by_number(self, number: str) -> Decision | None:
        found = self._find('number = ?', [number])
        return found[0] if found else None

    # writes --------------------------------------------------------------
    def add(self, title: str, *, agenda_item_id: str | None = None, body_id: str | None = None,
            decided_on: date | None = None, wording: str = "",
            rule: DecisionRule | None = None) -> Decision:
        """A decision at an agenda item, or in writing (Umlaufverfahren) with body and date.

        It gets the next number of its body's register for that year at once;
        the number never changes afterwards.
        """
        if not title.strip():
            raise RuleViolation(say("store.decisions", "Der Beschluss braucht einen Titel."))
        with self.store.edit():
            meeting_id = None
            if agenda_item_id:
                item = self.store.agenda.get(agenda_item_id)
                meeting = self.store.meetings.get(item.meeting_id)
                meeting_id, body_id, decided_on = meeting.id, meeting.body_id, meeting.date
            elif not (body_id and decided_on):
                raise RuleViolation(
                    say("store.decisions", "Ein Beschluss gehört zu einem TOP oder wird im "
                                           "Umlaufverfahren mit Gremium und Datum gefasst."))
            assert body_id is not None
            assert decided_on is not None
            body = self.store.bodies.get(body_id)
            if rule:
                check_rule(DecisionRule(rule), self.store.sides.list(body_id))
            year = decided_on.year
            seq = next_seq([self.highest("seq", "body_id = ? AND year = ?", [body_id, year])])
            decision = Decision(
                new_id(), body_id, year, seq, register_number(body.short, year, seq),
                decided_on, title.strip(), wording, meeting_id, agenda_item_id,
                written_procedure=meeting_id is None,
                rule=DecisionRule(rule) if rule else body.decision_rule)
            self._insert_record(decision)
        return decision

    def add_written(self, title: str, body_id: str, decided_on: date, *, wording: str = "",
                    rule: DecisionRule | None = None, deadline: date | None = None,
                    votes: Sequence[SideVote] = ()) -> Decision:
        """A decision in writing (Umlaufverfahren), numbered in its body's register: every
        voting member on that day is asked (a ballot each, no answer yet) until the
        deadline. ``votes``: answers known only as counts per side (as older files hold
        them) instead of each member's answer."""
        check_deadline(decided_on, deadline)
        with self.store.edit():
            decision = self.add(title, body_id=body_id, decided_on=decided_on,
                                wording=wording, rule=rule)
            self._update(decision.id, {"voting_method": VotingMethod.WRITTEN,
                                       "deadline": deadline})
            if any(v.cast for v in votes):
                return self.record_votes(decision.id, votes)
            self.store.insert_rows("ballots", [  # every voting member is asked
                {"id": new_id(), "decision_id": decision.id, "membership_id": m.id,
                 "choice": Choice.NONE.value} for m in self.voters(decision)])
            self._reevaluate(decision.id)
        return self.get(decision.id)

    def record_votes(self, decision_id: str, votes: Sequence[SideVote],
                     conflicted: Sequence[str] | None = None,
                     chair_vote: Choice | None | str = "unchanged") -> Decision:
        """Store the votes per side (an open or secret vote); the outcome and its text
        follow from the rules. ``chair_vote``: how the chair voted, which decides a tie
        where the rules give the chair a casting vote."""
        with self.store.edit():
            decision = self.get(decision_id)
            if conflicted is None:
                conflicted = decision.conflicted_membership_ids
            members = {m.id for m in self.store.memberships.list(decision.body_id)}
            if set(conflicted) - members:
                raise RuleViolation(say("store.decisions", "Als befangen kann nur ein Mitglied "
                                                           "des Gremiums gelten."))
            new = set(conflicted) - set(decision.conflicted_membership_ids)
            if decision.meeting_id and new - {m.id for m in self.voters(decision)}:
                raise RuleViolation(say("store.decisions", "Befangen sein kann nur, wer bei "
                                                           "diesem TOP eine Stimme führt: ein "
                                                           "anwesendes oder vertretenes "
                                                           "Mitglied."))
            sides = self.store.sides.list(decision.body_id)
            check_votes(votes, sides, self.eligible(decision, conflicted, advisory=True),
                        written=decision.written_procedure)
            self._write_votes(decision, votes)
            self._write_conflicts(decision, conflicted)
            changes: dict[str, Any] = {"procedure": Procedure.VOTE}
            if chair_vote != "unchanged":
                changes["chair_vote"] = Choice(chair_vote) if chair_vote else None
            self._update(decision_id, changes)
            self._reevaluate(decision_id)
        return self.get(decision_id)

    def record_ballots(self, decision_id: str, ballots: Sequence[Ballot]) -> Decision:
        """Members' votes (roll call) or answers (written procedure), those given changed,
        the others kept; the counts per side, the conflicts and the outcome follow from
        all of them."""
        with self.store.edit():
            decision = self.get(decision_id)
            if decision.voting_method not in (VotingMethod.ROLL_CALL, VotingMethod.WRITTEN):
                raise RuleViolation(say("store.decisions", "Einzelne Stimmen gibt es nur bei "
                                                           "namentlicher Abstimmung und im "
                                                           "Umlaufverfahren."))
            memberships = {m.id: m for m in self.store.memberships.list(decision.body_id)}
            sides = self.store.sides.list(decision.body_id)
            voting = {s.id for s in sides if s.voting}
            for b in ballots:
                m = memberships.get(b.membership_id)
                if m is None or m.side_id not in voting:
                    raise RuleViolation(say("store.decisions", "Abstimmen kann nur ein "
                                                               "stimmberechtigtes Mitglied des "
                                                               "Gremiums."))
                if b.choice is Choice.OBJECTS and not decision.written_procedure:
                    raise RuleViolation(say("store.decisions", "Dem Verfahren widersprechen "
                                                               "kann man nur im Umlaufverfahren."))
                if b.answered_on and b.answered_on > clock.today():
                    raise RuleViolation(
                        say(
                            "store.decisions",
                            "Eine Antwort kann nicht nach dem heutigen Tag datiert sein.",
                        ),
                        "answered_on",
                    )
                if b.answered_on and b.answered_on < decision.decided_on:
                    raise RuleViolation(
                        say("store.decisions", "Eine Antwort kann nicht vor dem Vorschlag vom "
                                               "{german_date} datiert sein.").format(
                            german_date=german_date(decision.decided_on)), "answered_on")
            side_of = {m.id: m.side_id for m in memberships.values()}
            ballots = [*{b.membership_id: b for b in [*decision.ballots, *ballots]}.values()]
            conflicted = [b.membership_id for b in ballots if b.choice is Choice.CONFLICTED]
            votes = self._counted(decision, ballots, side_of)
            if not decision.written_procedure:
                check_votes(votes, sides, self.eligible(decision, conflicted, advisory=True))
            self._write_ballots(decision, ballots)
            self._write_votes(decision, votes)
            self._write_conflicts(decision, conflicted)
            self._update(decision_id, {"procedure": Procedure.VOTE})
            self._reevaluate(decision_id)
        return self.get(decision_id)

    def set_voting_method(self, decision_id: str, method: VotingMethod) -> Decision:
        """Open, roll-call or secret vote at a meeting. A roll call gets a ballot for each
        voting member present at the item (no vote yet), begun from the counts so far
        being cleared; leaving it keeps the counts the ballots gave."""
        method = VotingMethod(method)
        with self.store.edit():
            decision = self.get(decision_id)
            if decision.written_procedure or method is VotingMethod.WRITTEN:
                raise RuleViolation(say("store.decisions", "Ein Umlaufbeschluss wird "
                                                           "schriftlich gefasst; ein Beschluss "
                                                           "in der Sitzung nicht."))
            if method is decision.voting_method:
                return decision
            self._update(decision_id, {"voting_method": method})
            if method is VotingMethod.ROLL_CALL:
                conflicted = set(decision.conflicted_membership_ids)
                ballots = [Ballot(m.id, Choice.CONFLICTED if m.id in conflicted
                                  else Choice.NONE) for m in self.voters(decision)]
                self._write_ballots(decision, ballots)
                self._write_votes(decision, self._opinion(decision))
            else:
                self.store.tombstone_rows("ballots",
                    'decision_id = ?', [decision_id])
            self._reevaluate(decision_id)
        return self.get(decision_id)

    def follow_attendance(self, meeting_id: str) -> None:
        """The attendance of a meeting changed: results measured on the members present
        (or on a chair who is no longer there) are evaluated again (caller's edit)."""
        body = self.store.bodies.get(self.store.meetings.get(meeting_id).body_id)
        if body.majority_base is MajorityBase.PRESENT:
            for decision in self.for_meeting(meeting_id):
                self._reevaluate(decision.id)

    def refresh_result(self, decision_id: str) -> Decision:
        """Evaluate again what may have changed around the decision: a written
        procedure's deadline that passed, the attendance at its TOP."""
        with self.store.edit():
            self._reevaluate(decision_id)
        return self.get(decision_id)

    def _reevaluate(self, decision_id: str) -> None:
        """The outcome and its sentence, from the votes and the rules, stored."""
        decision = self.get(decision_id)
        sides = self.store.sides.list(decision.body_id)
        result = evaluate(decision.rule, decision.votes, sides, decision.procedure,
                          self.basis(decision))
        if (result.outcome, result.text) != (decision.outcome, decision.result_text):
            self._update(decision_id, {"outcome": result.outcome, "result_text": result.text})

    def set_procedure(self, decision_id: str, procedure: Procedure) -> Decision:
        """Defer or withdraw the item, or return to the vote (its counts are kept)."""
        procedure = Procedure(procedure)
        with self.store.edit():
            self._update(decision_id, {"procedure": procedure})
            self._reevaluate(decision_id)
        return self.get(decision_id)

    def _check_update(self, current: Decision, changes: dict[str, Any]) -> None:
        fixed = {"body_id", "year", "seq", "number", "meeting_id", "agenda_item_id",
                 "written_procedure", "procedure", "outcome", "result_text", "voting_method"}
        if fixed & set(changes):
            raise RuleViolation(
                say("store.decisions", "Nummer, Sitzung und Ergebnis eines Beschlusses folgen "
                                       "aus Register und Abstimmung und werden nicht von Hand "
                                       "gesetzt."))
        if "rule" in changes:
            check_rule(DecisionRule(changes["rule"]), self.store.sides.list(current.body_id))
        if changes.get("deadline") and not current.written_procedure:
            raise RuleViolation(say("store.decisions", "Eine Frist hat nur ein Beschluss im "
                                                       "Umlaufverfahren."))
        check_deadline(changes.get("decided_on", current.decided_on),
                       changes.get("deadline", current.deadline))
        if not changes.get("title", current.title).strip():
            raise RuleViolation(say("store.decisions", "Der Beschluss braucht einen Titel."))
        day = changes.get("decided_on", current.decided_on)
        if day != current.decided_on and not current.written_procedure:
            raise RuleViolation(say("store.decisions", "Das Datum eines Beschlusses ist das "
                                                       "Datum seiner Sitzung."))
        if day.year != current.year:
            raise RuleViolation(
                say("store.decisions", "Beschluss {number} bleibt im Register {year}; er kann "
                                       "nicht in ein anderes Jahr verlegt werden.").format(
                    number=current.number, year=current.year))

    def update(self, record_id: str, **changes: Any) -> Decision:
        with self.store.edit():
            super().update(record_id, **changes)
            decision = self.get(record_id)
            if "deadline" in changes and decision.written_procedure and decision.ballots:
                side_of = {m.id: m.side_id
                           for m in self.store.memberships.list(decision.body_id)}
                self._write_votes(decision, self._counted(decision, decision.ballots, side_of))
            if {"rule", "chair_vote", "deadline", "decided_on"} & set(changes):
                self._reevaluate(record_id)
        return self.get(record_id)

    def follow_meeting_date(self, meeting_id: str, day: date) -> None:
        """The meeting moved to ``day`` (same year): its decisions are dated with it."""
        with self.store.edit():
            self._update_where(
                'meeting_id = ?', [meeting_id], {"decided_on": day})

    def _check_unreferenced(self, decision: Decision) -> None:
        """A decision that tasks come from, a recommendation's answer names or a budget
        line is approved by stays: they would point at nothing."""
        tasks = self.store.tasks.for_decision(decision.id)
        if tasks:
            template = (
                say("store.decisions", "Beschluss {number} kann nicht entfernt werden: aus ihm "
                                       "folgt die Aufgabe „{title}“. Entfernen Sie zuerst diese "
                                       "Aufgaben.") if len(tasks) == 1
                else say("store.decisions", "Beschluss {number} kann nicht entfernt werden: aus "
                                            "ihm folgt {count} Aufgaben. Entfernen Sie zuerst "
                                            "diese Aufgaben."))
            raise RuleViolation(template.format(number=decision.number, title=tasks[0].title,
                                                count=len(tasks)))
        answered = self.store.recommendations.answered_by(decision.id)
        if answered:
            raise RuleViolation(
                say(
                    "store.decisions",
                    "Beschluss {number} kann nicht entfernt werden: die "
                    "Antwort auf Empfehlung {number2} beruft sich auf ihn.",
                ).format(number=decision.number, number2=answered[0].number)
            )
        approving = self.store.budget_lines.count(
            'decision_id = ?', [decision.id])
        if approving:
            raise RuleViolation(
                say("store.decisions", "Beschluss {number} kann nicht entfernt werden: er "
                                       "bewilligt {approving} Haushaltszeile(n). Lösen Sie "
                                       "zuerst dort den Beschluss.").format(
                    number=decision.number, approving=approving))

    def delete(self, record_id: str) -> None:
        """Only the last decision of its year goes (the register stays gap-free), and
        only one no task and no recommendation's answer refers to."""
        with self.store.edit():
            decision = self.get(record_id)
            highest = self.highest("seq", "body_id = ? AND year = ?",
                                   [decision.body_id, decision.year])
            check_deletable(decision.number, decision.seq, highest)
            self._check_unreferenced(decision)
            self.store.tombstone_rows("votes",
                'decision_id = ?', [record_id])
            self.store.tombstone_rows("conflicts",
                'decision_id = ?', [record_id])
            self.store.tombstone_rows("ballots",
                'decision_id = ?', [record_id])
            self._tombstone("id = ?", [record_id])
