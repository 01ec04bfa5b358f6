"""Quarters and German dates, the agenda's timetable, milestone progress, coded values."""

from __future__ import annotations

from datetime import date

import pytest
from domain_factories import items, task

from sro_desktop.domain.agenda import start_times
from sro_desktop.domain.calendar import (
    german_date,
    german_weekday,
    normal_time,
    quarter_end,
    quarter_label,
    quarter_of,
)
from sro_desktop.domain.enums import AttendanceStatus, MeetingState, Role, TaskState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.milestones import progress, target_label
from sro_desktop.domain.model import AgendaItem, Milestone

# --- calendar ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "quarter", "label"),
    [
        pytest.param(2018, 1, "I. Quartal 2018", id="q1"),
        pytest.param(2019, 2, "II. Quartal 2019", id="q2"),
        pytest.param(2018, 3, "III. Quartal 2018", id="q3-fachkonzept"),
        pytest.param(2020, 4, "IV. Quartal 2020", id="q4"),
    ],
)
def test_quarter_label(year, quarter, label):
    assert quarter_label(year, quarter) == label


@pytest.mark.parametrize(
    ("year", "quarter", "end"),
    [
        pytest.param(2018, 1, date(2018, 3, 31), id="q1"),
        pytest.param(2018, 2, date(2018, 6, 30), id="q2"),
        pytest.param(2018, 3, date(2018, 9, 30), id="q3"),
        pytest.param(2020, 3, date(2020, 9, 30), id="q3-model-region-trial"),
        pytest.param(2018, 4, date(2018, 12, 31), id="q4"),
        pytest.param(2020, 1, date(2020, 3, 31), id="q1-leap-year"),
    ],
)
def test_quarter_end(year, quarter, end):
    assert quarter_end(year, quarter) == end


@pytest.mark.parametrize("quarter", [0, 5, -1], ids=["zero", "five", "negative"])
@pytest.mark.parametrize("function", [quarter_label, quarter_end],
                         ids=["quarter_label", "quarter_end"])
def test_no_such_quarter(function, quarter):
    with pytest.raises(ValueError, match=rf"^Quartal {quarter} gibt es nicht \(1–4\)$"):
        function(2018, quarter)


@pytest.mark.parametrize(
    ("month", "quarter"),
    [pytest.param(m, (m - 1) // 3 + 1, id=f"month-{m}") for m in range(1, 13)],
)
def test_quarter_of(month, quarter):
    day = date(2021, month, 15)
    assert quarter_of(day) == quarter
    assert quarter_end(2021, quarter_of(day)) >= day


@pytest.mark.parametrize(
    ("day", "text"),
    [
        pytest.param(date(2017, 2, 8), "08.02.2017", id="padded"),
        pytest.param(date(2018, 9, 30), "30.09.2018", id="quarter-end"),
        pytest.param(date(2021, 12, 31), "31.12.2021", id="year-end"),
        pytest.param(None, "", id="no-date"),
    ],
)
def test_german_date(day, text):
    assert german_date(day) == text


# --- agenda timetable -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "durations", "expected"),
    [
        pytest.param("09:00", (15, 30, 0, 45),
                     {"top1": "09:00", "top2": "09:15", "top3": "09:45", "top4": "09:45"},
                     id="consecutive"),
        pytest.param("9:05", (55, 10), {"top1": "09:05", "top2": "10:00"}, id="unpadded-start"),
        pytest.param("23:30", (45, 30), {"top1": "23:30", "top2": "00:15"}, id="past-midnight"),
        pytest.param("16:00", (), {}, id="no-items"),
        pytest.param("", (15, 30), {}, id="no-start-time"),
    ],
)
def test_start_times(start, durations, expected):
    assert start_times(start, items(*durations)) == expected


def test_start_times_follow_position_not_list_order():
    agenda = [
        AgendaItem("c", "m1", 30, "Verschiedenes", duration_minutes=5),
        AgendaItem("a", "m1", 10, "Begrüßung", duration_minutes=10),
        AgendaItem("b", "m1", 20, "Modellregion", duration_minutes=60),
    ]
    assert start_times("13:00", agenda) == {"a": "13:00", "b": "13:10", "c": "14:10"}


# --- milestones -------------------------------------------------------------------------

S = TaskState


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        pytest.param([], (0, 0), id="no-tasks"),
        pytest.param([S.DONE, S.OPEN, S.IN_PROGRESS], (1, 3), id="one-of-three"),
        pytest.param([S.DONE, S.DONE], (2, 2), id="all-done"),
        pytest.param([S.DONE, S.DROPPED, S.OPEN], (1, 2), id="dropped-not-counted"),
        pytest.param([S.DROPPED, S.DROPPED], (0, 0), id="only-dropped"),
        pytest.param([S.OPEN, S.IN_PROGRESS], (0, 2), id="none-done"),
    ],
)
def test_progress(states, expected):
    assert progress(task(state=s) for s in states) == expected


@pytest.mark.parametrize(
    ("year", "quarter", "label"),
    [
        pytest.param(2018, 3, "III. Quartal 2018", id="fachkonzept"),
        pytest.param(2020, 3, "III. Quartal 2020", id="model-region"),
        pytest.param(2021, 1, "I. Quartal 2021", id="citywide-transfer"),
    ],
)
def test_milestone_target_label(year, quarter, label):
    assert target_label(Milestone("ms", "Fachkonzept erarbeitet", year, quarter)) == label


# --- coded values with German labels ----------------------------------------------------


@pytest.mark.parametrize(
    ("enum", "text", "member"),
    [
        pytest.param(AttendanceStatus, "present", AttendanceStatus.PRESENT, id="code"),
        pytest.param(AttendanceStatus, "entschuldigt", AttendanceStatus.EXCUSED, id="label"),
        pytest.param(Role, "stellv. Vorsitz", Role.VICE_CHAIR, id="label-with-dot"),
        pytest.param(MeetingState, "Protokoll genehmigt", MeetingState.APPROVED,
                     id="label-with-space"),
    ],
)
def test_parse_code_or_label(enum, text, member):
    assert enum.parse(text) is member


def test_parse_unknown_value():
    with pytest.raises(ValueError, match="'vielleicht' ist kein gültiger Wert für Role"):
        Role.parse("vielleicht")


def test_enum_stores_code_and_shows_label():
    assert AttendanceStatus.REPRESENTED == "represented"
    assert AttendanceStatus.REPRESENTED.label == "vertreten"


@pytest.mark.parametrize(
    ("typed", "normal"),
    [("9:30", "09:30"), ("09:05", "09:05"), (" 14:0 ", "14:00"), ("", ""), ("23:59", "23:59")],
)
def test_normal_time(typed, normal):
    assert normal_time(typed) == normal


@pytest.mark.parametrize("typed", ["24:00", "12:60", "neun", "9", "9:30:00", "-1:00"])
def test_impossible_times_are_refused(typed):
    with pytest.raises(RuleViolation, match="Uhrzeit"):
        normal_time(typed)


@pytest.mark.parametrize(
    ("day", "weekday"),
    [
        pytest.param(date(2017, 2, 21), "Dienstag", id="jha-2017"),
        pytest.param(date(2026, 12, 11), "Freitag", id="friday"),
        pytest.param(date(2026, 11, 29), "Sonntag", id="sunday"),
        pytest.param(date(2026, 11, 30), "Montag", id="monday"),
    ],
)
def test_german_weekday(day, weekday):
    assert german_weekday(day) == weekday
