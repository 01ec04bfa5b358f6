"""Hostile input through every exporter: what a user typed comes out in the document
exactly as :func:`~sro_desktop.documents.text.clean_text` leaves it — only what XML cannot
hold is gone — and nothing crashes.

Each example builds a fresh file through the store with hostile text in every field a
document shows (people with the same name, two organisations of the same name, two
bodies with items and decisions of equal titles), then writes the minutes (full, public,
results only, cancelled), the invitation, the task list and the register as Word and CSV,
the status report and the HTML preview, and reads them back as a user's program would:
python-docx, csv, and the HTML's escaped text. Settings are bounded and derandomized;
the totals tried are printed at the end of the module.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from document_reading import read_csv, text_of
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from ical.calendar_stream import IcsCalendarStream
from markupsafe import escape
from tried import report_tried

from sro_desktop.documents.csv_files import cell
from sro_desktop.documents.invitation import export_invitation
from sro_desktop.documents.minutes import export_minutes, minutes_context
from sro_desktop.documents.preview import minutes_html
from sro_desktop.documents.register import export_register
from sro_desktop.documents.report import NON_PUBLIC, export_report
from sro_desktop.documents.task_list import export_task_list
from sro_desktop.documents.text import clean_text, note_blocks
from sro_desktop.domain.calendar import german_date
from sro_desktop.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    BudgetArea,
    LearningKind,
    MeetingState,
    ParitySide,
    RecommendationState,
    Role,
)
from sro_desktop.domain.model import Person, SideVote, TaskOwner
from sro_desktop.store import Store

TODAY = date(2026, 11, 25)
SECRET = "Geheim-7f3a"  # starts the title of the non-public item
DISCUSSION = "«Verlauf-Marke»"  # the first paragraph of the notes

# --- what hypothesis draws (tests/store/test_hostile_input.py draws the same) ------------

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
WORST = "".join(FRAGMENTS)  # all of them at once: tried first, and by the command line
characters = st.characters(codec="utf-8")  # everything but lone surrogates
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(characters, max_size=12)),
                 max_size=8).map("".join)
required = st.tuples(texts, st.sampled_from(("A", "ü", "🙂", "{{x}}", "<w:t>", "7")),
                     texts).map("".join)
long_notes = st.tuples(texts, st.text(characters, min_size=1, max_size=50)).map(
    lambda parts: (parts[0] + parts[1] * (100_000 // len(parts[1]) + 1))[:100_000])
# A meeting's date, leaving room for the three meetings after it.
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 27))

FIELDS = ("body", "board", "side", "org", "org_short", "other_org", "last", "first", "title",
          "deputy", "place", "item", "presenter", "papers", "notes", "secret", "guest",
          "guest_org", "decision", "wording", "task", "description", "rec", "rec_text",
          "response", "milestone", "focus", "reason", "correction", "cancel")
REQUIRED = {"body", "board", "side", "org", "other_org", "last", "deputy", "item", "secret",
            "guest", "decision", "task", "rec", "response", "milestone", "reason",
            "correction"}
worlds = st.fixed_dictionaries({name: required if name in REQUIRED else texts
                                for name in FIELDS})

pytestmark = pytest.mark.slow

# Bounded and the same on every run; no shrinking, so that even a failure stays quick (it
# reports the example as drawn). The Hypothesis profile (tests/conftest.py) may ask for
# fewer examples.
BOUNDED = settings(max_examples=min(30, settings.default.max_examples), deadline=None,
                   derandomize=True, database=None, phases=[Phase.explicit, Phase.generate],
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TRIED: Counter[str] = Counter()
WRITTEN: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _report_inputs_tried(request):
    """Print how many inputs each test tried and how many documents were read back."""
    yield
    report_tried(request, f"hostile input (documents): {sum(TRIED.values())} inputs tried, "
                          f"{sum(WRITTEN.values())} documents written and read back", TRIED,
                 ["  documents: " + ", ".join(f"{kind} {count}"
                                              for kind, count in sorted(WRITTEN.items()))])

# --- the file ----------------------------------------------------------------------------

# Names and titles the store trims (str.strip); the rest it keeps exactly.
TRIMMED = {"body", "board", "side", "org", "org_short", "other_org", "last", "first", "title",
           "deputy", "item", "secret", "guest", "decision", "task", "rec", "milestone", "reason",
           "correction"}


def as_stored(t: dict[str, str]) -> dict[str, str]:
    return {name: text.strip() if name in TRIMMED else text for name, text in t.items()}


@dataclass
class World:
    store: Store
    t: dict[str, str]  # as stored (see TRIMMED)
    sg: str
    side: str  # the Verwaltung side, renamed
    approved: str  # the meeting whose minutes are approved
    planned: str  # a meeting to invite to
    cancelled: str
    twin_a: Person  # on the renamed side, represented by the deputy
    twin_b: Person  # the same name, on Freie Träger, another organisation of the same name
    twin_c: Person  # the same name again, on the renamed side, a third organisation
    deputy: Person
    chair: Person


def build(store: Store, t: dict[str, str], day: date) -> World:
    """A steering group and its advisory board with hostile text wherever a user types."""
    s = store
    if t["board"].strip().casefold() == t["body"].strip().casefold():
        t = {**t, "board": t["board"] + " B"}  # one name, two bodies: refused; told apart
    v = as_stored(t)  # composite titles from the trimmed parts, as the checks expect
    sg = s.bodies.add(t["body"], "SG", BodyKind.STEERING)
    sides = {side.short: side for side in s.sides.list(sg.id)}
    side = s.sides.update(sides["V"].id, name=t["side"])
    org = s.organizations.add(t["org"], t["org_short"], "Verwaltung")
    same_name = s.organizations.add(t["org"], "", "Freier Träger")
    other = s.organizations.add(t["other_org"], "", "Freier Träger")
    chair = s.people.add("Becker", "Anke", organization_id=org.id)
    deputy = s.people.add(t["deputy"], "", organization_id=org.id)
    twin_a = s.people.add(t["last"], t["first"], title=t["title"], organization_id=org.id)
    twin_b = s.people.add(t["last"], t["first"], title=t["title"],
                          organization_id=same_name.id)
    twin_c = s.people.add(t["last"], t["first"], title=t["title"], organization_id=other.id)
    seats = {
        "chair": s.memberships.add(sg.id, chair.id, side.id, Role.CHAIR),
        "a": s.memberships.add(sg.id, twin_a.id, side.id, deputy_person_id=deputy.id),
        "b": s.memberships.add(sg.id, twin_b.id, sides["T"].id),
        "c": s.memberships.add(sg.id, twin_c.id, side.id),
    }
    board = s.bodies.add(t["board"], "PG1", BodyKind.ADVISORY, advises_body_id=sg.id)

    meeting = s.meetings.add(sg.id, day, place=t["place"], chair_person_id=chair.id,
                             minute_taker_person_id=twin_a.id)
    approving = s.meetings.add(sg.id, day + timedelta(days=1), place=t["place"])
    planned = s.meetings.add(sg.id, day + timedelta(days=2), place=t["place"],
                             start_time="14:00")
    cancelled = s.meetings.add(sg.id, day + timedelta(days=3), place=t["place"])
    item = s.agenda.add(meeting.id, t["item"], AgendaKind.DECISION, presenter=t["presenter"],
                        papers=t["papers"], notes=f"{DISCUSSION}\n\n{t['notes']}")
    secret = s.agenda.add(meeting.id, f"{SECRET} {v['secret']}", AgendaKind.DECISION,
                          public=False, notes=t["notes"])
    s.agenda.add(planned.id, t["item"], presenter=t["presenter"], papers=t["papers"])
    s.agenda.add(planned.id, f"{SECRET} {v['secret']}", public=False)

    # the advisory board: an item and a decision of the same titles, and a recommendation
    board_meeting = s.meetings.add(board.id, day, place=t["place"])
    board_item = s.agenda.add(board_meeting.id, t["item"], AgendaKind.DECISION)
    s.decisions.add(t["decision"], agenda_item_id=board_item.id, wording=t["wording"])
    rec = s.recommendations.add(board.id, sg.id, t["rec"], day, text=t["rec_text"])
    s.recommendations.put_on_agenda(rec.id, meeting.id)
    s.recommendations.answer(rec.id, RecommendationState.PARTLY_ADOPTED, t["response"],
                             responded_on=day)

    s.attendance.set(meeting.id, seats["chair"].id, AttendanceStatus.PRESENT)
    s.attendance.set(meeting.id, seats["a"].id, AttendanceStatus.REPRESENTED)
    s.attendance.set(meeting.id, seats["b"].id, AttendanceStatus.PRESENT)
    s.attendance.set(meeting.id, seats["c"].id, AttendanceStatus.EXCUSED)
    s.attendance.add_guest(meeting.id, t["guest"], t["guest_org"])
    decision = s.decisions.add(t["decision"], agenda_item_id=item.id, wording=t["wording"])
    eligible = s.decisions.eligible(decision, [seats["b"].id])
    s.decisions.record_votes(decision.id, [SideVote(side_id, yes=n)
                                           for side_id, n in eligible.items()],
                             conflicted=[seats["b"].id])
    s.decisions.add(f"{SECRET} {v['decision']}", agenda_item_id=secret.id)
    s.tasks.add(sg.id, t["task"], description=t["description"], due_date=day,
                owners=[TaskOwner(person_id=twin_a.id), TaskOwner(person_id=twin_b.id)],
                origin_agenda_item_id=item.id, origin_decision_id=decision.id)
    s.tasks.add(sg.id, f"{v['task']} (2)", owners=[TaskOwner(person_id=twin_c.id)])
    milestone = s.milestones.add(t["milestone"], day.year, 4, focus_area=t["focus"],
                                 body_id=sg.id)
    # the programme beyond meetings (issue 17): an allowance, a training, a budget line
    # and a post, with the same text
    s.allowance_rates.add(sg.id, side.id, 2500, 500)
    event = s.learning_events.add(LearningKind.TRAINING, t["item"], day, place=t["place"],
                                  note=t["notes"], milestone_id=milestone.id)
    s.learning_participants.add(event.id, twin_a.id, organization_id=org.id)
    line = s.budget_lines.add(min(max(day.year, 2000), 2100), BudgetArea.OTHER,
                              t["milestone"], note=t["notes"], decision_id=decision.id,
                              milestone_id=milestone.id, plan_q1_cents=123_456)
    s.posts.add(t["task"], ParitySide.OFFICE, day, person_id=twin_a.id,
                organization_id=org.id, budget_line_id=line.id, note=t["notes"])

    for state in (MeetingState.INVITED, MeetingState.HELD, MeetingState.DRAFT,
                  MeetingState.SENT):
        s.meetings.set_state(meeting.id, state)
    for state in (MeetingState.INVITED, MeetingState.HELD):
        s.meetings.set_state(approving.id, state)
    s.meetings.set_state(meeting.id, MeetingState.APPROVED, approving_meeting_id=approving.id)
    s.corrections.add(meeting.id, day + timedelta(days=5), t["reason"], t["correction"])
    s.meetings.set_state(cancelled.id, MeetingState.CANCELLED, reason=t["cancel"])
    return World(store, v, sg.id, v["side"], meeting.id, planned.id, cancelled.id,
                 twin_a, twin_b, twin_c, deputy, chair)


@contextmanager
def world(t: dict[str, str], day: date = date(2026, 3, 12)) -> Iterator[tuple[World, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        with Store.open(out / "hostile.sro", create=True) as store:
            yield build(store, t, day), out


def clean(*raw: str) -> list[str]:
    return [clean_text(text) for text in raw]


def assert_shows(document: str, expected: list[str], where: str) -> None:
    for text in expected:
        assert text in document, f"{where}: {text!r} missing"


def written(kind: str, path: Path) -> Path:
    WRITTEN[kind] += 1
    assert path.is_file()
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")], \
        "a temporary file was left behind"
    return path


# --- every exporter ---------------------------------------------------------------------------

def check_minutes(w: World, out: Path) -> None:
    t, s = w.t, w.store
    people = [w.chair, w.twin_a, w.deputy]
    shown = clean(t["place"], t["org"], t["side"], t["guest"], t["guest_org"], t["item"],
                  t["presenter"], t["decision"], t["wording"], t["task"], t["rec"],
                  t["response"], t["reason"], t["correction"], *(p.full_name for p in people))
    blocks = [b.text for b in note_blocks(s.agenda.list(w.approved)[0].notes)]

    full = text_of(written("minutes", export_minutes(
        s, w.approved, out / "protokoll.docx", today=TODAY)))
    assert_shows(full, [*shown, *blocks, *clean(f"{SECRET} {t['secret']}")],
                 "minutes")

    public = text_of(written("minutes public", export_minutes(
        s, w.approved, out / "oeffentlich.docx", public=True, today=TODAY)))
    guest = clean(t["guest"], t["guest_org"])  # a private person: counted, not named
    assert_shows(public, [*(x for x in shown if x not in guest), *blocks], "public minutes")
    assert SECRET not in public

    results = text_of(written("minutes results only", export_minutes(
        s, w.approved, out / "ergebnis.docx", results_only=True, public=True, today=TODAY)))
    assert_shows(results, clean(t["item"], t["decision"], t["wording"]),
                 "results-only minutes")
    assert DISCUSSION not in results
    assert SECRET not in results

    cancelled = text_of(written("minutes cancelled", export_minutes(
        s, w.cancelled, out / "abgesagt.docx", today=TODAY)))
    assert_shows(cancelled, clean(t["cancel"], t["place"]), "cancelled minutes")

    html = minutes_html(minutes_context(s, w.approved, today=TODAY))
    WRITTEN["preview"] += 1
    assert_shows(html, [str(escape(text)) for text in shown], "preview")
    assert_shows(html, [str(escape(text)).replace("\n", "<br>") for text in blocks],
                 "preview notes")
    for raw in ("<script", "<w:", "<![CDATA["):  # user text is escaped, never markup
        assert raw not in html


def check_invitation(w: World, out: Path) -> None:
    t = w.t
    result = export_invitation(w.store, w.planned, out / "einladung.docx", today=TODAY)
    text = text_of(written("invitation", result.path))
    name = clean_text(w.twin_a.full_name)
    short = clean_text(t["org_short"]) or clean_text(t["org"])
    assert_shows(text, [*clean(t["place"], t["item"], t["papers"], t["side"],
                               f"{SECRET} {t['secret']}", w.deputy.full_name),
                        f"{name} ({short})",  # twin a: the short name of their organisation
                        f"{name} ({clean_text(t['org'])})",  # twin b: none
                        f"{name} ({clean_text(t['other_org'])})"], "invitation")
    if t["presenter"]:
        assert clean_text(t["presenter"]) in text


def check_task_list(w: World, out: Path) -> None:
    t = w.t
    name = clean_text(w.twin_a.full_name)
    text = text_of(written("task list", export_task_list(
        w.store, w.sg, out / "aufgaben.docx", today=TODAY)))
    assert_shows(text, [*clean(t["task"], t["description"], t["side"]),
                        f"{name} · {clean_text(t['org'])}",
                        f"{name} · {clean_text(t['other_org'])}",
                        f"mit {name}"], "task list")
    rows = read_csv(written("task list csv", export_task_list(
        w.store, w.sg, out / "aufgaben.csv", today=TODAY)))
    lines = [r for r in rows[1:] if r[3] == cell(t["task"])]
    assert [(r[0], r[1], r[2], r[4], r[11]) for r in lines] == [
        (cell(t["side"]), cell(name), cell(t["org"]), cell(t["description"]),
         cell(name)),
        ("Freie Träger", cell(name), cell(t["org"]), cell(t["description"]),
         cell(name)),
    ]
    third = [r for r in rows[1:] if r[3] == cell(f"{t['task']} (2)")]
    assert [(r[1], r[2]) for r in third] == [(cell(name), cell(t["other_org"]))]


def check_register(w: World, out: Path) -> None:
    t = w.t
    text = text_of(written("register", export_register(
        w.store, w.sg, out / "register.docx", today=TODAY)))
    assert_shows(text, clean(t["decision"], t["wording"], t["side"]),
                 "register")
    assert "PG1-" not in text  # the board's decision of the same title is not the group's
    rows = read_csv(written("register csv", export_register(
        w.store, w.sg, out / "register.csv", today=TODAY)))
    assert [(r[5], r[6]) for r in rows[1:]] == [
        (cell(t["decision"]), cell(t["wording"])),
        (cell(f"{SECRET} {t['decision']}"), "")]
    assert [r[4] for r in rows[1:]] == ["nein", "ja"]


def check_report(w: World, out: Path) -> None:
    t = w.t
    text = text_of(written("report", export_report(
        w.store, out / "bericht.docx", body_id=w.sg, date_from=date.min, date_to=date.max,
        today=TODAY)))
    assert_shows(text, [*clean(t["body"], t["milestone"], t["focus"],
                               t["decision"], t["task"], t["rec"],
                               t["response"], w.twin_a.full_name), NON_PUBLIC], "report")
    assert SECRET not in text


@BOUNDED
@given(t=worlds)
@example(t={name: f"{name} {WORST}" for name in FIELDS})
def test_every_export_shows_hostile_text_cleaned_only(t):
    TRIED["every exporter, hostile text in every field"] += 1
    with world(t) as (w, out):
        check_minutes(w, out)
        check_invitation(w, out)
        check_task_list(w, out)
        check_register(w, out)
        check_report(w, out)


@settings(BOUNDED, max_examples=min(10, settings.default.max_examples))
@given(t=worlds, notes=long_notes)
def test_100000_character_notes_in_the_minutes_and_the_preview(t, notes):
    TRIED["100,000-character notes"] += 1
    with world(t) as (w, out):
        s = w.store
        meeting = s.meetings.add(w.sg, date(2026, 6, 1))
        s.agenda.add(meeting.id, t["item"], notes=notes)
        blocks = [b.text for b in note_blocks(notes)]
        text = text_of(written("minutes", export_minutes(
            s, meeting.id, out / "lang.docx", today=TODAY)))
        assert_shows(text, blocks, "long notes")
        html = minutes_html(minutes_context(s, meeting.id, today=TODAY))
        WRITTEN["preview"] += 1
        assert_shows(html, [str(escape(b)).replace("\n", "<br>") for b in blocks],
                     "long notes preview")


@settings(BOUNDED, max_examples=min(25, settings.default.max_examples))
@given(t=worlds, day=days)
def test_far_dates_in_every_export(t, day):
    TRIED["dates from year 1 to 9999"] += 1
    with world(t, day) as (w, out):
        text = text_of(written("minutes", export_minutes(
            w.store, w.approved, out / "protokoll.docx", today=TODAY)))
        assert german_date(day) in text
        invitation = export_invitation(w.store, w.planned, out / "einladung.docx",
                                       today=TODAY)
        assert german_date(day + timedelta(days=2)) in text_of(
            written("invitation", invitation.path))
        assert (invitation.warning != "") is (day + timedelta(days=2) < TODAY + timedelta(7))
        for name in ("aufgaben.docx", "aufgaben.csv"):
            written("task list", export_task_list(w.store, w.sg, out / name, today=TODAY))
        register = text_of(written("register", export_register(
            w.store, w.sg, out / "register.docx", date_from=day, date_to=day, today=TODAY)))
        assert f"SG-{day.year}/001" in register
        assert german_date(day) in register
        report = text_of(written("report", export_report(
            w.store, out / "bericht.docx", body_id=w.sg, date_from=day, date_to=day,
            today=TODAY)))
        assert f"IV. Quartal {day.year}" in report
        # the default period (the last twelve months) ends on the day asked for
        export_report(w.store, out / "bericht.docx", body_id=w.sg, date_to=day, today=TODAY)


# --- the command line on a hostile file: no traceback, the text in the document ---------------


def test_the_command_line_exports_a_hostile_file_without_a_traceback(tmp_path):
    t = {name: f"{name} {WORST}" for name in FIELDS}
    with Store.open(tmp_path / "hostile.sro", create=True) as store:
        build(store, t, date(1, 1, 1))
        (event,) = store.learning_events.list()
        (taking_part,) = store.learning_participants.list()
    runs = {
        "protokoll.docx": ("minutes", "--meeting", "SG 1"),
        "oeffentlich.docx": ("minutes", "--meeting", "SG 1", "--public", "--results-only"),
        "einladung.docx": ("invitation", "--meeting", "SG 3"),
        "aufgaben.docx": ("tasks", "--body", "SG"),
        "aufgaben.csv": ("tasks", "--body", "SG"),
        "register.docx": ("decisions", "--body", "SG"),
        "register.csv": ("decisions", "--body", "SG"),
        "bericht.docx": ("report", "--body", "SG", "--from", "0001-01-01", "--to",
                         "9999-12-31"),
        "bericht-standard.docx": ("report", "--body", "SG", "--to", "01.01.0001"),
        # the formats of issue 16 (PDF is the same Word document, converted)
        "unterschriften.docx": ("signatures", "--meeting", "SG 3"),
        "einladung.eml": ("eml", "--meeting", "SG 3", "--document", "invitation"),
        "termine.ics": ("ics", "--body", "SG", "--tasks"),
        "oparl": ("oparl", "--base-url", "https://ris.example.org/oparl"),
        # the programme beyond meetings (issue 17)
        "sitzungsgeld.csv": ("allowances", "--body", "SG", "--year", "1"),
        "sitzungsgeld.docx": ("allowances", "--body", "SG", "--year", "1"),
        "bescheinigung.docx": ("certificate", "--event", event.id, "--person",
                               taking_part.person_id),
        "haushalt.docx": ("budget",),
        "haushalt.csv": ("budget", "--year", "2000"),
    }
    for name, args in runs.items():
        result = subprocess.run(
            [sys.executable, "-m", "sro_desktop", "export", *args, "--db",
             str(tmp_path / "hostile.sro"), "--out", str(tmp_path / name)],
            capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stdout + result.stderr
        WRITTEN["command line"] += 1
    text = text_of(tmp_path / "protokoll.docx")
    assert clean_text(f"item {WORST}") in text
    # the other readers take the new formats whole
    draft = BytesParser(policy=policy.default).parsebytes((tmp_path / "einladung.eml")
                                                         .read_bytes())
    assert draft["X-Unsent"] == "1"
    IcsCalendarStream.calendar_from_ics((tmp_path / "termine.ics").read_text("utf-8"))
    for path in (tmp_path / "oparl").rglob("*.json"):
        json.loads(path.read_text("utf-8"))
    assert "01.01.0001" in text
    assert f"{SECRET} secret" not in text_of(tmp_path / "oeffentlich.docx")
    rows = read_csv(tmp_path / "register.csv")
    assert rows[1][5] == cell(f"decision {WORST}")
    assert read_csv(tmp_path / "haushalt.csv")[1][2] == cell(f"milestone {WORST}")
    assert clean_text(f"task {WORST}") in text_of(tmp_path / "haushalt.docx")
