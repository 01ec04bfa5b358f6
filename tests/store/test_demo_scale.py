"""The large demo's scale: a longer history gives proportionally more meetings and tasks."""

import sqlite3

import pytest
from pinned import TODAY

from sro_desktop.store.demo import write_demo


def team_counts(path) -> tuple[int, int]:
    """Meetings and tasks of the five social-space teams (the large demo's part)."""
    conn = sqlite3.connect(path)
    try:
        return tuple(conn.execute(
            f"SELECT count(*) FROM {table} t JOIN bodies b ON b.id = t.body_id "
            "WHERE b.short LIKE 'SRT-%'").fetchone()[0] for table in ("meetings", "tasks"))
    finally:
        conn.close()


@pytest.mark.slow  # writes two (short) large demos: seconds
def test_the_scale_stretches_the_history(tmp_path):
    one = write_demo(tmp_path / "one.sro", size="large", today=TODAY, scale=0.1)
    two = write_demo(tmp_path / "two.sro", size="large", today=TODAY, scale=0.2)
    meetings_one, tasks_one = team_counts(one)
    meetings_two, tasks_two = team_counts(two)
    assert meetings_one == 5 * (12 + 1)  # a year of monthly meetings in five teams
    assert meetings_two == 5 * (24 + 1)
    assert tasks_one > 0
    assert 1.7 < tasks_two / tasks_one < 2.3
