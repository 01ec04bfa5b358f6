"""The task list in the window (run inside views_child): first page, each filter (chosen
in the real filter widgets), sorting by each sortable column, scrolling to the end."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from benchmarks.common import clock
from benchmarks.qt_tools import settle
from benchmarks.raw_sql import PAGE, SORT_SQL, raw_tasks, task_queries

LIST_TARGET = 2.0
WINDOW_TARGET = 3.0


class TaskCases:
    def __init__(self, child: Any):
        self.window = child.window
        self.view = child.window.tasks
        self.spy = child.spy
        self.raw = child.raw
        self.bare = child.bare  # the window cases' baseline: the rows in a bare table
        self.runs = child.runs
        self.results: dict[str, Any] = {}

    # helpers ------------------------------------------------------------------------------
    def settle(self, action: Callable[[], Any]) -> float:
        """Seconds from the action until the tasks view is painted again."""
        self.spy.arm(self.view)
        start = time.perf_counter()
        action()
        self.view.update()  # a paint even when the action changed nothing shown
        self.spy.wait()
        return time.perf_counter() - start

    def add(self, case: str, ours: float, base: float, target: float) -> None:
        entry = self.results.setdefault(case, {"ours": [], "base": [], "target": target})
        entry["ours"].append(ours)
        entry["base"].append(base)

    def page(self) -> Any:
        return self.window.context.store.tasks.list(**self.view.filters(), limit=PAGE)

    def reset(self) -> None:
        self.settle(self.view.filter_bar.reset_button.click)

    def most(self, sql: str) -> str | None:
        row = self.raw.execute(sql).fetchone()
        return row[0] if row else None

    def choices(self) -> list[tuple[str, Callable[[], None]]]:
        """(name, what the user does in the filter bar) for each filter."""
        bar = self.view.filter_bar

        def choose(combo: Any, data: Any, fallback: int = 1) -> Callable[[], None]:
            def act() -> None:
                index = combo.findData(data) if data is not None else -1
                combo.setCurrentIndex(index if index > 0 else min(fallback, combo.count() - 1))
            return act

        body = self.most("SELECT body_id FROM tasks WHERE deleted_at IS NULL GROUP BY body_id "
                         "ORDER BY count(*) DESC LIMIT 1")
        person = self.most("SELECT person_id FROM task_owners WHERE deleted_at IS NULL AND "
                           "person_id IS NOT NULL GROUP BY person_id ORDER BY count(*) DESC "
                           "LIMIT 1")
        organization = self.most(
            "SELECT p.organization_id FROM task_owners o JOIN people p ON p.id = o.person_id "
            "WHERE o.deleted_at IS NULL AND p.organization_id IS NOT NULL "
            "GROUP BY p.organization_id ORDER BY count(*) DESC LIMIT 1")
        milestone = self.most("SELECT milestone_id FROM tasks WHERE deleted_at IS NULL AND "
                              "milestone_id IS NOT NULL GROUP BY milestone_id "
                              "ORDER BY count(*) DESC LIMIT 1")
        found: list[tuple[str, Callable[[], None]]] = [("body", choose(bar.body_filter, body))]
        for index in range(1, bar.state_filter.count()):
            found.append((f"state:{bar.state_filter.itemData(index)}",
                          lambda i=index: bar.state_filter.setCurrentIndex(i)))
        side = self.most("SELECT s.name FROM task_owners o JOIN sides s ON s.id = o.side_id "
                         "WHERE o.deleted_at IS NULL GROUP BY s.name ORDER BY count(*) DESC "
                         "LIMIT 1")
        found += [("side", choose(bar.side_filter, side)),
                  ("organization", choose(bar.organization_filter, organization)),
                  ("person", choose(bar.person_filter, person)),
                  ("milestone", choose(bar.milestone_filter, milestone)),
                  ("overdue", lambda: bar.overdue_filter.setChecked(True))]
        return found

    # the cases ----------------------------------------------------------------------------
    def measure(self) -> dict[str, Any]:
        window, view = self.window, self.view
        if window.stack.currentWidget() is not view:
            self.spy.arm(view)
            window.show_view(window.views.index(view))
            self.spy.wait()
        choices = self.choices()
        bar = view.filter_bar
        everything = bar.state_filter.findData("all")
        for run in range(self.runs):
            self.first_page(run, everything)
            for name, act in choices:
                self.reset()
                self.filter_case(run, name, act)
            self.scroll(run, everything)
            self.sort(run)
        self.reset()
        return self.results

    def first_page(self, run: int, everything: int) -> None:
        """The default filters' first page: the list's query, and the window going back
        to it (Filter zurücksetzen) from the list of all tasks."""
        self.reset()
        self.settle(lambda: self.view.filter_bar.state_filter.setCurrentIndex(everything))
        shown = self.settle(self.view.filter_bar.reset_button.click)
        settle()
        filters = self.view.filters()
        mine, bare = clock(self.page), clock(lambda: raw_tasks(self.raw, filters))
        ours, base = (mine(), bare()) if run % 2 == 0 else (bare(), mine())[::-1]
        self.add("first_page", ours, base, LIST_TARGET)
        self.add("window:reset", shown, self.bare.show_rows(self.raw, task_queries(filters)),
                 WINDOW_TARGET)

    def filter_case(self, run: int, name: str, act: Callable[[], None]) -> None:
        shown = self.settle(act)
        settle()  # the count and the chart, read after the paint, are not the baseline's
        filters = self.view.filters()
        mine, bare = clock(self.page), clock(lambda: raw_tasks(self.raw, filters))
        ours, base = (mine(), bare()) if run % 2 == 0 else (bare(), mine())[::-1]
        self.add(f"filter:{name}", ours, base, LIST_TARGET)
        self.add(f"window:{name}", shown, self.bare.show_rows(self.raw, task_queries(filters)),
                 WINDOW_TARGET)

    def scroll(self, run: int, everything: int) -> None:
        """All tasks, page after page to the end (as scrolling fetches them)."""
        model = self.view.model
        self.reset()
        self.settle(lambda: self.view.filter_bar.state_filter.setCurrentIndex(everything))
        filters = self.view.filters()

        def to_the_end() -> float:
            self.spy.arm(self.view.table)
            start = time.perf_counter()
            while model.canFetchMore():
                model.fetchMore()
            self.spy.wait()
            return time.perf_counter() - start

        bare = clock(lambda: raw_tasks(self.raw, filters, limit=None))
        if run % 2 == 0:
            ours, base = to_the_end(), bare()
        else:
            base, ours = bare(), to_the_end()
        self.add("scroll", ours, base, LIST_TARGET)

    def sort(self, run: int) -> None:
        table, model = self.view.table, self.view.model
        if not table.isSortingEnabled():
            self.results["sort"] = {"note": "the task table has no sorting (store order)"}
            return
        self.reset()
        filters = self.view.filters()
        for column in range(model.columnCount()):
            header = str(model.headerData(column, Qt.Orientation.Horizontal))
            order = SORT_SQL.get(header, "due_date, rowid")

            def bare(o: str = order) -> float:
                return self.bare.show_rows(self.raw, task_queries(filters, order=o))

            def mine(c: int = column) -> float:
                return self.settle(lambda: table.sortByColumn(c, Qt.SortOrder.AscendingOrder))

            ours, base = (mine(), bare()) if run % 2 == 0 else (bare(), mine())[::-1]
            self.add(f"sort:{header}", ours, base, LIST_TARGET)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
