"""Hostile input through the store: whatever a user types (or pastes from anywhere) is
stored and read back unchanged, in every text field, and far-off dates stay the dates
they were.

hypothesis draws the text: any Unicode but lone surrogates (umlauts, emoji, right-to-left
marks, combining marks), control characters, Jinja and XML syntax, Excel formulas, CR LF;
single texts up to 100,000 characters. Settings are bounded and derandomized, so CI runs
the same inputs every time; the totals tried are printed at the end of the module.

The store's one normalisation is documented on its methods: names and titles are
trimmed (``str.strip``); notes, descriptions, wordings and places are kept exactly.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pinned import TODAY
from tried import report_tried

from sro_desktop.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    MeetingState,
    RecommendationState,
    Role,
)
from sro_desktop.domain.model import TaskOwner
from sro_desktop.store import Store
from sro_desktop.store.undo import UndoLog

# --- what hypothesis draws (tests/documents/test_hostile_documents.py draws the same) ---

FRAGMENTS = (
    "{{ 7*7 }}", "{% raw %}", "{% endraw %}", "{# x #}", "{%p if x %}", "{{", "}}",
    "<w:p>", "</w:t></w:r></w:p>", "]]>", "<![CDATA[", "&amp;", "&lt;", "&#0;", "&#x1;",
    "<script>alert(1)</script>", '"', "'", "\\", "%s", "${x}", "{0}",
    "\u202eevil\u202c", "\u200f", "\u200b", "\ufeff", "e\u0301", "\u0301", "Ǆ",
    "👩‍👩‍👧", "🇩🇪", "Straße", "ÄÖÜäöüß", "שלום", "مرحبا", "中文", "\u00a0", "\u2028",
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\ufffe",
    "\uffff", "\U0010ffff", "\r\n", "\r", "\n", "\t", "\n- Punkt\n", "- ", "• ",
    '=HYPERLINK("http://x","y")', "@SUM(A1)", "+1", "-2", "=1+1", "|cmd!A1",
)
WORST = "".join(FRAGMENTS)  # all of them at once: tried first
characters = st.characters(codec="utf-8")  # everything but lone surrogates
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(characters, max_size=12)),
                 max_size=8).map("".join)
# A text the rules accept where one is required: something visible in it.
required = st.tuples(texts, st.sampled_from(("A", "ü", "🙂", "{{x}}", "<w:t>", "7")),
                     texts).map("".join)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
long_notes = st.tuples(texts, st.text(characters, min_size=1, max_size=50)).map(
    lambda parts: (parts[0] + parts[1] * (100_000 // len(parts[1]) + 1))[:100_000])

pytestmark = pytest.mark.slow

# Bounded and the same on every run; no shrinking, so that even a failure stays quick (it
# reports the example as drawn). The Hypothesis profile (tests/conftest.py) may ask for
# fewer examples.
BOUNDED = settings(max_examples=min(40, settings.default.max_examples), deadline=None,
                   derandomize=True, database=None, phases=[Phase.explicit, Phase.generate],
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TRIED: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _report_inputs_tried(request):
    """Print how many inputs each test of this module tried (also under capture)."""
    yield
    report_tried(request, f"hostile input (store): {sum(TRIED.values())} inputs tried", TRIED)

@contextmanager
def fresh_store() -> Iterator[tuple[Store, Path]]:
    """A new file per example (hypothesis does not mix with function-scoped fixtures)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.sro"
        store = Store.open(path, create=True)
        try:
            yield store, path
        finally:
            store.close()


def reopened(path: Path) -> Store:
    return Store.open(path)


def steering(store: Store, name: str = "Steuerungsgruppe", short: str = "SG"):
    body = store.bodies.add(name, short, BodyKind.STEERING)
    return body, {s.short: s for s in store.sides.list(body.id)}


# --- people and organisations ------------------------------------------------------------

@BOUNDED
@given(last=required, first=texts, title=texts, email=texts, phone=texts, org=required,
       org_short=texts, address=texts)
@example(**dict.fromkeys(("last", "first", "title", "email", "phone", "org", "org_short",
                          "address"), WORST))
def test_people_and_organisations_round_trip(last, first, title, email, phone, org,
                                              org_short, address):
    TRIED["people and organisations"] += 1
    with fresh_store() as (store, path):
        organization = store.organizations.add(org, org_short, "Freier Träger", address)
        person = store.people.add(last, first, title=title, email=email, phone=phone,
                                  organization_id=organization.id)
        twin = store.people.add(last, first, title=title, email=email, phone=phone)
        store.close()
        with reopened(path) as again:
            stored = again.people.get(person.id)
            assert (stored.last_name, stored.first_name, stored.title, stored.email,
                    stored.phone) == (last.strip(), first.strip(), title.strip(),
                                      email.strip(), phone.strip())
            assert again.people.get(twin.id).full_name == stored.full_name
            assert {p.id for p in again.people.list()} == {person.id, twin.id}
            org_stored = again.organizations.get(organization.id)
            assert (org_stored.name, org_stored.short, org_stored.address) == (
                org.strip(), org_short.strip(), address.strip())  # trimmed like a person


# --- a meeting with everything a secretary types into it -----------------------------------

@BOUNDED
@given(body_name=required, short=required, side=required, place=texts, title=required,
       presenter=texts, papers=texts, notes=texts, guest=required, guest_org=texts,
       note=texts, decision=required, wording=texts, task=required, description=texts,
       reason=required, correction=required, objection=required, raised_by=required,
       recipients=required)
@example(**dict.fromkeys((
    "body_name", "short", "side", "place", "title", "presenter", "papers", "notes", "guest",
    "guest_org", "note", "decision", "wording", "task", "description", "reason", "correction",
    "objection", "raised_by", "recipients"), WORST))
def test_a_meeting_round_trips(body_name, short, side, place, title, presenter, papers,
                               notes, guest, guest_org, note, decision, wording, task,
                               description, reason, correction, objection, raised_by,
                               recipients):
    TRIED["meeting, agenda, attendance, decisions, tasks, minutes"] += 1
    with fresh_store() as (store, path):
        body, sides = steering(store, body_name, short)
        extra = store.sides.add(body.id, side)
        chair = store.people.add("Becker", "Anke")
        seat = store.memberships.add(body.id, chair.id, sides["V"].id, Role.CHAIR)
        meeting = store.meetings.add(body.id, date(2026, 3, 12), place=place)
        item = store.agenda.add(meeting.id, title, AgendaKind.DECISION, presenter=presenter,
                                papers=papers, notes=notes, public=False)
        later = store.meetings.add(body.id, date(2026, 4, 9), place=place)
        store.attendance.set(meeting.id, seat.id, AttendanceStatus.PRESENT, note=note)
        guest_line = store.attendance.add_guest(meeting.id, guest, guest_org, note)
        dec = store.decisions.add(decision, agenda_item_id=item.id, wording=wording)
        work = store.tasks.add(body.id, task, description=description,
                               owners=[TaskOwner(person_id=chair.id)],
                               origin_agenda_item_id=item.id, origin_decision_id=dec.id)
        for state in (MeetingState.INVITED, MeetingState.HELD, MeetingState.DRAFT):
            store.meetings.set_state(meeting.id, state)
        sent = store.circulations.send(meeting.id, date(2026, 3, 20), recipients, note)
        raised = store.objections.add(meeting.id, date(2026, 3, 25), objection,
                                      raised_by=raised_by, resolution=note)
        for state in (MeetingState.INVITED, MeetingState.HELD):
            store.meetings.set_state(later.id, state)
        store.meetings.set_state(meeting.id, MeetingState.APPROVED,
                                 approving_meeting_id=later.id)
        fix = store.corrections.add(meeting.id, date(2026, 5, 1), reason, correction)
        store.close()

        with reopened(path) as again:
            assert again.bodies.get(body.id).name == body_name.strip()
            assert again.bodies.get(body.id).short == short.strip()
            assert again.sides.get(extra.id).name == side.strip()
            assert again.meetings.get(meeting.id).place == place
            stored = again.agenda.get(item.id)
            assert (stored.title, stored.presenter, stored.papers, stored.notes) == (
                title.strip(), presenter, papers, notes)
            lines = {a.id: a for a in again.attendance.list(meeting.id)}
            assert (lines[guest_line.id].guest_name, lines[guest_line.id].guest_organization,
                    lines[guest_line.id].note) == (guest.strip(), guest_org, note)
            assert [a.note for a in lines.values() if a.membership_id] == [note]
            stored_decision = again.decisions.get(dec.id)
            assert (stored_decision.title, stored_decision.wording) == (decision.strip(),
                                                                        wording)
            stored_task = again.tasks.get(work.id)
            assert (stored_task.title, stored_task.description) == (task.strip(), description)
            assert again.circulations.get(sent.id).recipients == recipients.strip()
            assert again.circulations.get(sent.id).note == note.strip()
            stored_objection = again.objections.get(raised.id)
            assert (stored_objection.text, stored_objection.raised_by,
                    stored_objection.resolution) == (objection.strip(), raised_by.strip(),
                                                     note.strip())
            stored_fix = again.corrections.get(fix.id)
            assert (stored_fix.reason, stored_fix.text) == (reason.strip(), correction.strip())
            for text in (title, notes, decision, task, place):
                again.search(text)  # any text is a query the search survives


@BOUNDED
@given(notes=long_notes, reason=texts)
def test_long_notes_and_a_cancel_reason_round_trip(notes, reason):
    TRIED["100,000-character notes, cancel reason"] += 1
    with fresh_store() as (store, path):
        body, _sides = steering(store)
        meeting = store.meetings.add(body.id, date(2026, 3, 12))
        item = store.agenda.add(meeting.id, "Bericht", notes="kurz")
        store.agenda.update(item.id, notes=notes)
        store.meetings.set_state(meeting.id, MeetingState.CANCELLED, reason=reason)
        store.close()
        with reopened(path) as again:
            assert len(notes) == 100_000
            assert again.agenda.get(item.id).notes == notes
            assert again.meetings.get(meeting.id).cancel_reason == reason


@BOUNDED
@given(title=required, text=texts, response=required, milestone=required, description=texts,
       focus=texts)
def test_recommendations_and_milestones_round_trip(title, text, response, milestone,
                                                   description, focus):
    TRIED["recommendations and milestones"] += 1
    with fresh_store() as (store, path):
        body, _sides = steering(store)
        board = store.bodies.add("Beirat", "PG1", BodyKind.ADVISORY, advises_body_id=body.id)
        rec = store.recommendations.add(board.id, body.id, title, date(2026, 2, 1), text=text)
        store.recommendations.answer(rec.id, RecommendationState.PARTLY_ADOPTED, response,
                                     responded_on=date(2026, 3, 1))
        goal = store.milestones.add(milestone, 2027, 3, description=description,
                                    focus_area=focus, body_id=body.id)
        store.close()
        with reopened(path) as again:
            stored = again.recommendations.get(rec.id)
            assert (stored.title, stored.text, stored.response_text) == (title.strip(), text,
                                                                         response)
            stored_goal = again.milestones.get(goal.id)
            assert (stored_goal.title, stored_goal.description, stored_goal.focus_area) == (
                milestone.strip(), description, focus)


# --- dates far in the past and the future ----------------------------------------------------

@BOUNDED
@given(day=days, due=days, seat_from=days, seat_to=days, adopted=days,
       year=st.integers(1, 9999), quarter=st.integers(1, 4))
def test_far_dates_round_trip(day, due, seat_from, seat_to, adopted, year, quarter):
    TRIED["dates from year 1 to 9999"] += 1
    seat_from, seat_to = sorted((seat_from, seat_to))
    with fresh_store() as (store, path):
        body, sides = steering(store)
        board = store.bodies.add("Beirat", "PG1", BodyKind.ADVISORY, advises_body_id=body.id)
        person = store.people.add("Maaß", "Gerd")
        seat = store.memberships.add(body.id, person.id, sides["T"].id, valid_from=seat_from,
                                     valid_to=seat_to)
        meeting = store.meetings.add(body.id, day)
        written = store.decisions.add("Umlaufbeschluss", body_id=body.id, decided_on=day)
        task = store.tasks.add(body.id, "Bericht", due_date=due)
        rec = store.recommendations.add(board.id, body.id, "Empfehlung", adopted,
                                        response_due=due)
        goal = store.milestones.add("Meilenstein", year, quarter)
        store.close()
        with reopened(path) as again:
            assert again.meetings.get(meeting.id).date == day
            stored = again.decisions.get(written.id)
            assert (stored.decided_on, stored.year) == (day, day.year)
            assert stored.number == f"SG-{day.year}/001"
            assert again.decisions.years(body.id) == [day.year]
            assert again.tasks.get(task.id).due_date == due
            assert (again.recommendations.get(rec.id).adopted_on,
                    again.recommendations.get(rec.id).response_due) == (adopted, due)
            stored_seat = again.memberships.get(seat.id)
            assert (stored_seat.valid_from, stored_seat.valid_to) == (seat_from, seat_to)
            goal_stored = again.milestones.get(goal.id)
            assert (goal_stored.target_year, goal_stored.target_quarter) == (year, quarter)
            again.tasks.count_overdue(TODAY)
            again.tasks.due_for_report(again.meetings.get(meeting.id))


@pytest.mark.parametrize("year", [0, -1, 10_000])
def test_a_milestone_year_outside_the_calendar_is_refused(store, year):
    from sro_desktop.domain.errors import RuleViolation

    with pytest.raises(RuleViolation, match="Jahr"):
        store.milestones.add("Meilenstein", year, 1)
    goal = store.milestones.add("Meilenstein", 2027, 1)
    with pytest.raises(RuleViolation, match="Jahr"):
        store.milestones.update(goal.id, target_year=year)
    assert store.milestones.get(goal.id).target_year == 2027


# --- undo keeps every character --------------------------------------------------------------

@BOUNDED
@given(before=texts, after=texts)
def test_undo_and_redo_restore_hostile_text_exactly(before, after):
    TRIED["undo and redo"] += 1
    with fresh_store() as (store, _path):
        body, _sides = steering(store)
        meeting = store.meetings.add(body.id, date(2026, 3, 12))
        item = store.agenda.add(meeting.id, "Bericht", notes=before)
        log = UndoLog(store.db)
        mark = log.mark()
        store.agenda.update(item.id, notes=after)
        step = log.since(mark)
        assert step is not None
        redo = log.apply(step)
        assert store.agenda.get(item.id).notes == before
        log.apply(redo)
        assert store.agenda.get(item.id).notes == after
