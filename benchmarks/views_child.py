"""A child started by the benchmark: the window on a file, measuring in one process the
first visit of each view and opening the largest meeting (``view_switch``), and the
task list (``task_list``), each next to its bare baseline.

``python benchmarks/views_child.py FILE RUNS NAMES`` prints RESULT {name: {case: …}}.
"""

from __future__ import annotations

import sqlite3
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import CaseError, end_child, failed  # noqa: E402
from benchmarks.qt_tools import settle  # noqa: E402

# The rows each view shows first, for the bare table (a page, newest first).
VIEW_ROWS = {
    "meetings": "SELECT m.date, b.short, m.number, m.state FROM meetings m JOIN bodies b "
                "ON b.id = m.body_id WHERE m.deleted_at IS NULL "
                "ORDER BY m.date DESC, m.number DESC LIMIT 200",
    "tasks": "SELECT due_date, title, state, body_id FROM tasks WHERE deleted_at IS NULL "
             "AND state IN ('open', 'in_progress') ORDER BY due_date, rowid LIMIT 200",
    "decisions": "SELECT number, decided_on, title, outcome FROM decisions "
                 "WHERE deleted_at IS NULL ORDER BY decided_on DESC, seq DESC LIMIT 200",
    "recommendations": "SELECT number, adopted_on, title, state FROM recommendations "
                       "WHERE deleted_at IS NULL ORDER BY adopted_on DESC, seq DESC LIMIT 200",
    "milestones": "SELECT title, target_year, target_quarter, state FROM milestones "
                  "WHERE deleted_at IS NULL ORDER BY target_year, target_quarter, title",
    "budget": "SELECT * FROM budget_lines WHERE deleted_at IS NULL AND year = "
              "(SELECT max(year) FROM budget_lines WHERE deleted_at IS NULL) "
              "ORDER BY area, title",
    "bodies": "SELECT name, short, kind FROM bodies WHERE deleted_at IS NULL ORDER BY name",
}
VIEW_TARGET = 2.0
WINDOW_FILTER_TARGET = 3.0


def largest_meeting(conn: sqlite3.Connection) -> str:
    """The meeting with the most agenda items and decisions."""
    return conn.execute(
        "SELECT m.id FROM meetings m WHERE m.deleted_at IS NULL ORDER BY "
        "(SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id "
        " AND a.deleted_at IS NULL) + (SELECT count(*) FROM decisions d "
        " WHERE d.meeting_id = m.id AND d.deleted_at IS NULL) DESC, m.date DESC LIMIT 1"
    ).fetchone()[0]


def meeting_rows(meeting_id: str) -> list[tuple[str, list[Any]]]:
    """The meeting's agenda and decisions, and the members of its body on its day with
    their status (the panel's first tab is the attendance list)."""
    return [("SELECT p.last_name, p.first_name, ms.role, a.status FROM meetings m "
             "JOIN memberships ms ON ms.body_id = m.body_id AND ms.deleted_at IS NULL "
             "AND (ms.valid_from IS NULL OR ms.valid_from <= m.date) "
             "AND (ms.valid_to IS NULL OR ms.valid_to >= m.date) "
             "JOIN people p ON p.id = ms.person_id LEFT JOIN attendance a "
             "ON a.meeting_id = m.id AND a.membership_id = ms.id AND a.deleted_at IS NULL "
             "WHERE m.id = ? ORDER BY p.last_name, p.first_name", [meeting_id]),
            ("SELECT position, title, kind, notes FROM agenda_items WHERE meeting_id = ? "
             "AND deleted_at IS NULL ORDER BY position", [meeting_id]),
            ("SELECT number, title, wording, outcome, result_text FROM decisions "
             "WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY seq", [meeting_id])]


def open_meeting(window: Any, spy: Any, meeting_id: str) -> float:
    """Select the meeting in the meetings view as a user does (its body chosen in the
    filter, the list scrolled to it, a click on its row); seconds from the click until
    the meeting's panel is painted."""
    view = window.meetings
    if window.stack.currentWidget() is not view:
        spy.arm(view)
        window.show_view(window.views.index(view))
        spy.wait()
    store = window.context.store
    body_id = store.db.conn.execute("SELECT body_id FROM meetings WHERE id = ?",
                                    [meeting_id]).fetchone()[0]
    combo = view.body_filter
    index = combo.findData(body_id)
    if index >= 0 and combo.currentIndex() != index:
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
    row = view.model.fetch_row(meeting_id)
    if row is None:
        raise CaseError("the largest meeting is not in the meetings list")
    if view.panel.meeting is not None and view.panel.meeting.id == meeting_id:
        other = 1 if row == 0 else 0  # another meeting first, so the click changes it
        view.table.setCurrentIndex(view.model.index(other, 0))
        spy.arm(view.panel)
        spy.wait()
    spy.arm(view.panel)
    start = time.perf_counter()
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.table.scrollTo(view.model.index(row, 0))
    spy.wait(lambda: view.panel.meeting is not None and view.panel.meeting.id == meeting_id)
    return time.perf_counter() - start


class Child:
    def __init__(self, db: Path, runs: int):
        from benchmarks.dialogs import no_dialogs
        from benchmarks.qt_tools import BareTable, PaintSpy
        from sro_desktop.ui.app import make_application
        from sro_desktop.ui.main_window import MainWindow

        no_dialogs()
        self.db = db
        self.runs = runs
        self.app = make_application()
        self.spy = PaintSpy(self.app)
        self.window = MainWindow(pages_later=True)  # as the program starts (run())
        self.window.finish()
        self.window.show_as_before()
        self.reopen(0)
        self.raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        self.bare = BareTable(self.spy)

    def reopen(self, first_view: int) -> None:
        """Close and open the file again, ``first_view`` shown at opening: every other
        view then reads the file at its first visit."""
        window = self.window
        if window.context.store is not None:
            window.show_view(first_view)
            window.close_file()
        self.spy.arm(window)
        if not window.open_file(self.db):
            raise CaseError("the file did not open")
        self.spy.wait(lambda: window.context.store is not None)
        settle()  # what the view shown does after its paint is not the next timing's

    def visit(self, number: int) -> float:
        view = self.window.views[number]
        self.spy.arm(view)
        start = time.perf_counter()
        self.window.show_view(number)
        self.spy.wait()
        return time.perf_counter() - start

    # view_switch ----------------------------------------------------------------------
    def view_switch(self) -> dict[str, Any]:
        window = self.window
        names = [type(v).__name__.removesuffix("View").lower() for v in window.views]
        ours: dict[str, list[float]] = {n: [] for n in names}
        base: dict[str, list[float]] = {n: [] for n in names}
        ours["largest_meeting"], base["largest_meeting"] = [], []
        meeting = largest_meeting(self.raw)
        last = len(names) - 1
        for run in range(self.runs):
            # every view but the last visited first now; the bare tables read, as the
            # views at their first visit, from a file just opened (show_rows)
            self.reopen(last)
            for number, name in enumerate(names[:last]):
                self.pair(run, name, lambda n=number: self.visit(n),
                          lambda n=name: self.bare.show_rows(str(self.db), [(VIEW_ROWS[n], [])]),
                          ours, base)
            self.pair(run, "largest_meeting",
                      lambda: open_meeting(window, self.spy, meeting),
                      lambda: self.bare.show_rows(str(self.db), meeting_rows(meeting)),
                      ours, base)
            self.reopen(0)  # and the last one
            self.pair(run, names[last], lambda: self.visit(last),
                      lambda: self.bare.show_rows(str(self.db), [(VIEW_ROWS[names[last]], [])]),
                      ours, base)
        return {f"view:{n}" if n != "largest_meeting" else n:
                {"ours": ours[n], "base": base[n], "target": VIEW_TARGET} for n in ours}

    @staticmethod
    def pair(run: int, name: str, mine: Any, bare: Any, ours: dict[str, list[float]],
             base: dict[str, list[float]]) -> None:
        first, second = (mine, bare) if run % 2 == 0 else (bare, mine)
        a = first()
        settle()  # what a view does after its paint (details, counts) is not the next's
        b = second()
        settle()
        ours[name].append(a if run % 2 == 0 else b)
        base[name].append(b if run % 2 == 0 else a)

    # task_list ------------------------------------------------------------------------
    def task_list(self) -> dict[str, Any]:
        from benchmarks.task_cases import TaskCases

        return TaskCases(self).measure()


def main() -> None:
    db, runs, names = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3].split(",")
    result: dict[str, Any] = {}
    try:
        child = Child(db, runs)
    except Exception as exc:  # noqa: BLE001 - reported to the parent as the case's error
        traceback.print_exc()
        end_child({n: {"error": f"window did not open: {exc!r}"} for n in names})
    for name in names:
        try:
            result[name] = getattr(child, name)()
        except Exception as exc:  # noqa: BLE001 - reported as the case's error
            result[name] = failed(exc)
    end_child(result)


if __name__ == "__main__":
    main()
