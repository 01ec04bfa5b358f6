"""Rows to dataclasses: each field's type decides what a stored value becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sro_desktop.domain.enums import TaskState
from sro_desktop.store.mapping import from_row, reader, to_row, unreadable


@dataclass
class Plain:
    id: str
    done_on: date | None
    tandem: bool
    state: TaskState
    note: str | None = None
    owners: list[str] = field(default_factory=list)


@dataclass
class ListBetween:
    id: str
    tags: list[str] = field(default_factory=list)
    state: TaskState | None = None


def test_a_row_of_the_columns_becomes_the_dataclass():
    read = reader(Plain)
    assert read.names == ["id", "done_on", "tandem", "state", "note"]
    assert read.select == '"id", "done_on", "tandem", "state", "note"'
    made = read.read(("a", "2026-03-01", 1, "in_progress", None))
    assert made == Plain("a", date(2026, 3, 1), True, TaskState.IN_PROGRESS, None, [])
    assert read.read(("b", None, 0, "open", "x")) == Plain("b", None, False, TaskState.OPEN, "x")
    assert from_row(Plain, to_row(made) | {"other_column": 1}) == made  # and back


def test_fields_out_of_order_are_given_by_name():
    read = reader(ListBetween)
    assert read.names == ["id", "state"]
    assert read.read(("a", "open")) == ListBetween("a", [], TaskState.OPEN)
    assert read.read(("b", None)) == ListBetween("b")


def test_a_stored_value_that_does_not_convert_stands_in_safely_and_is_remembered():
    """A value another tool wrote (issue 14) does not fail the read: the record loads
    with a safe value (None, the default, the first member) and keeps the stored one."""
    lost = reader(Plain).read(("a", None, 0, "verloren", None))
    assert (lost.state, unreadable(lost)) == (TaskState.OPEN, {"state": "verloren"})
    never = reader(Plain).read(("a", "nie", 0, "open", None))
    assert (never.done_on, unreadable(never)) == (None, {"done_on": "nie"})
    both = reader(Plain).read(("a", 20260312, 1, 7, "x"))
    assert (both.done_on, both.state, both.tandem, both.note) == (None, TaskState.OPEN,
                                                                 True, "x")
    assert unreadable(both) == {"done_on": 20260312, "state": 7}
    assert unreadable(reader(Plain).read(("a", "2026-03-12", 1, "done", None))) == {}
