"""Circulation, objections and approval of the minutes: the rules and their sentences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from domain_factories import DAY, attend, meeting, steering_members

from sro_desktop.domain.enums import AttendanceStatus, MeetingState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.meetings import (
    approval_note,
    approved_minutes_sentence,
    check_approving_item,
    check_circulation,
    check_objection,
    minutes_recipients,
)
from sro_desktop.domain.model import AgendaItem

S = MeetingState
A = AttendanceStatus
LATER = date(2026, 4, 14)


@pytest.mark.parametrize("state", [S.DRAFT, S.SENT])
def test_a_draft_or_sent_minutes_can_be_sent(state):
    check_circulation(meeting(state=state), LATER, "Alle Mitglieder")


@pytest.mark.parametrize(("state", "words"), [
    (S.HELD, "Zustand „durchgeführt“"),
    (S.PLANNED, "Zustand „geplant“"),
    (S.APPROVED, "schon genehmigt"),
])
def test_other_states_cannot_be_sent(state, words):
    with pytest.raises(RuleViolation, match=words):
        check_circulation(meeting(state=state), LATER, "Alle Mitglieder")


@pytest.mark.parametrize(("day", "recipients", "field"), [
    (LATER, "  ", "recipients"),
    (date(2026, 3, 11), "Alle", "sent_on"),
])
def test_circulation_needs_recipients_and_a_date_after_the_meeting(day, recipients, field):
    with pytest.raises(RuleViolation) as refused:
        check_circulation(meeting(state=S.DRAFT), day, recipients)
    assert refused.value.field == field


def test_circulation_on_the_day_of_the_meeting_is_fine():
    check_circulation(meeting(state=S.DRAFT), DAY, "Alle")


@pytest.mark.parametrize(("state", "ok"), [(S.DRAFT, True), (S.SENT, True), (S.HELD, False),
                                           (S.APPROVED, False), (S.CANCELLED, False)])
def test_objections_against_draft_or_sent_minutes_only(state, ok):
    if ok:
        check_objection(meeting(state=state), LATER, "Satz fehlt.", "p1", "")
    else:
        with pytest.raises(RuleViolation, match="Einwendungen"):
            check_objection(meeting(state=state), LATER, "Satz fehlt.", "p1", "")


@pytest.mark.parametrize(("text", "person", "raised_by", "field"), [
    ("", "p1", "", "text"),
    ("Satz fehlt.", None, " ", "raised_by"),
])
def test_objection_needs_text_and_author(text, person, raised_by, field):
    with pytest.raises(RuleViolation) as refused:
        check_objection(meeting(state=S.SENT), LATER, text, person, raised_by)
    assert refused.value.field == field


def test_objection_by_name_only_is_fine():
    check_objection(meeting(state=S.SENT), LATER, "Satz fehlt.", None, "Frau Kühn")


def test_recipients_are_present_represented_and_excused_members_in_seat_order():
    seats = steering_members(2, 2)  # v1 v2 t1 t2
    attendance = [attend(seats[3], A.EXCUSED), attend(seats[0]), attend(seats[1], A.ABSENT),
                  attend(seats[2], A.REPRESENTED, deputy="d")]
    assert [m.id for m in minutes_recipients(seats, attendance)] == ["v1", "t1", "t2"]


def test_approval_note_names_meeting_date_and_item():
    approved = meeting(state=S.APPROVED, number=6)
    approving = meeting(id="m2", day=LATER, state=S.HELD, number=7)
    top = AgendaItem("top3", "m2", 3, "Genehmigung des Protokolls der letzten Sitzung")
    assert approval_note(approved, approving) == "genehmigt in der 7. Sitzung am 14.04.2026"
    assert approval_note(approved, approving, top) == (
        "genehmigt in der 7. Sitzung am 14.04.2026 zu TOP 3")
    assert approval_note(replace(approved, state=S.SENT), approving, top) == ""


def test_the_approving_minutes_sentence():
    assert approved_minutes_sentence(meeting(number=6, day=date(2026, 9, 16))) == (
        "Das Protokoll der 6. Sitzung vom 16.09.2026 wurde genehmigt.")


def test_the_approving_item_belongs_to_the_approving_meeting():
    approving = meeting(id="m2", day=LATER, state=S.HELD, number=7)
    check_approving_item(approving, AgendaItem("top3", "m2", 3, "Genehmigung"))
    with pytest.raises(RuleViolation, match="TOP 3 „Genehmigung“ gehört nicht zur "
                                            "genehmigenden Sitzung"):
        check_approving_item(approving, AgendaItem("top3", "m9", 3, "Genehmigung"))
