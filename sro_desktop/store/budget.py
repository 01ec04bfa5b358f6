"""The budget of the model region (budget lines with plan and actual per quarter) and the
programme's posts; domain/budget.py has the rules and the sums."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ..domain.budget import (
    AMOUNT_FIELDS,
    BudgetLine,
    Post,
    Totals,
    check_line,
    check_post,
    posts_on,
    totals,
)
from ..domain.calendar import german_date
from ..domain.enums import BudgetArea, FundingSource, ParitySide
from ..domain.errors import RuleViolation
from ..domain.words import QT_TRANSLATE_NOOP, say
from .repository import Repository, new_id


class BudgetLines(Repository[BudgetLine]):
    table = "budget_lines"
    model = BudgetLine
    # the focus areas in the order of their enum (as the statement names them), not by code
    order_by = ("year, CASE area "
                + " ".join(f"WHEN '{a.value}' THEN {n}" for n, a in enumerate(BudgetArea))
                + " END, title, rowid")
    noun = QT_TRANSLATE_NOOP("store.repository", "Haushaltszeile")

    def list(self, year: int | None = None) -> builtins.list[BudgetLine]:
        if year is None:
            return self._find()
        return self._find('year = ?', [int(year)])

    def years(self) -> builtins.list[int]:
        """The years that have lines, in order."""
        sql = ("SELECT DISTINCT year FROM budget_lines WHERE deleted_at IS NULL "
               "ORDER BY year")
        return [int(row[0]) for row in self.db.execute(sql).fetchall()]

    def add(self, year: int, area: BudgetArea, title: str, *,
            funding: FundingSource = FundingSource.CITY, decision_id: str | None = None,
            milestone_id: str | None = None, note: str = "", **amounts: int) -> BudgetLine:
        """A new line; ``amounts`` are plan_q1_cents … actual_q4_cents (cents)."""
        line = BudgetLine(new_id(), year, area, title.strip(), funding,
                          decision_id=decision_id, milestone_id=milestone_id, note=note)
        for name, cents in amounts.items():
            if name not in AMOUNT_FIELDS:
                raise TypeError(f"budget_lines: unknown amount {name!r}")
            setattr(line, name, cents)
        check_line(line)
        with self.store.edit():
            self._check_links(line)
            return self._insert_record(line)

    def _check_links(self, line: BudgetLine) -> None:
        if line.decision_id:
            self.store.decisions.get(line.decision_id)
        if line.milestone_id:
            self.store.milestones.get(line.milestone_id)

    def _check_update(self, current: BudgetLine, changes: dict[str, Any]) -> None:
        changed = replace(current, **changes)
        check_line(changed)
        self._check_links(changed)

    def delete(self, record_id: str) -> None:
        """The line goes; the posts it funded stay, without a funding line (one edit)."""
        with self.store.edit():
            for post in self.store.posts.list():
                if post.budget_line_id == record_id:
                    self.store.posts.update(post.id, budget_line_id=None)
            super().delete(record_id)

    def totals(self, year: int | None = None) -> Totals:
        return totals(self.list(year))


class Posts(Repository[Post]):
    table = "posts"
    model = Post
    order_by = "date_to IS NOT NULL, date_from, title, rowid"  # held now first
    noun = QT_TRANSLATE_NOOP("store.repository", "Stelle")

    def list(self) -> builtins.list[Post]:
        return self._find()

    def on(self, day: date) -> builtins.list[Post]:
        """The posts held on ``day`` (office first)."""
        return posts_on(self.list(), day)

    def add(self, title: str, side: ParitySide, date_from: date, *,
            date_to: date | None = None, person_id: str | None = None,
            organization_id: str | None = None, share_permille: int = 1000,
            budget_line_id: str | None = None, note: str = "") -> Post:
        post = Post(new_id(), title.strip(), side, date_from, date_to, person_id,
                    organization_id, share_permille, budget_line_id, note)
        check_post(post)
        with self.store.edit():
            self._check_links(post)
            return self._insert_record(post)

    def change_holder(self, post_id: str, day: date, **values: Any) -> Post:
        """A new holder from ``day`` (one edit): the post as held so far ends the day
        before, and a new record, the old one with ``values`` changed, begins on ``day``,
        so the report can still say who held the post when."""
        with self.store.edit():
            current = self.get(post_id)
            if day <= current.date_from or (current.date_to and day > current.date_to):
                raise RuleViolation(
                    say(
                        "store.budget",
                        "Der Wechsel muss nach dem Beginn der bisherigen "
                        "Besetzung ({german_date}) und vor ihrem Ende liegen.",
                    ).format(german_date=german_date(current.date_from)),
                    "date_from",
                )
            values.pop("date_from", None)
            following = replace(current, id=new_id(), date_from=day, **values)
            check_post(following)
            self._check_links(following)
            self.update(post_id, date_to=day - timedelta(days=1))
            return self._insert_record(following)

    def _check_links(self, post: Post) -> None:
        if post.person_id:
            self.store.people.get(post.person_id)
        if post.organization_id:
            self.store.organizations.get(post.organization_id)
        if post.budget_line_id:
            self.store.budget_lines.get(post.budget_line_id)

    def _check_update(self, current: Post, changes: dict[str, Any]) -> None:
        changed = replace(current, **changes)
        check_post(changed)
        self._check_links(changed)
