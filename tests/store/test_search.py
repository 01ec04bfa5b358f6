"""The global search (FTS5 kept in sync by the file's triggers), through Store.search."""

from __future__ import annotations

import shutil
import sqlite3
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from sro_desktop.domain.enums import AgendaKind, BodyKind, MeetingState
from sro_desktop.domain.model import TaskOwner
from sro_desktop.store import Store
from sro_desktop.store.schema import USER_TABLES

V1 = Path(__file__).parents[1] / "fixtures" / "schema_v1.sro"
V1_BODY_ID = "6f0c2a8e-3b1d-4c55-9a77-1d2e3f405161"  # see tests/fixtures/make_schema_v1.py
STAMP = "2025-11-03T09:15:00+00:00"


def found(store, text: str) -> set[tuple[str, str]]:
    """(kind, record id) of every hit."""
    return {(h.kind, h.record_id) for h in store.search(text)}


@pytest.fixture
def world(steering):
    """One of each searchable record, with words that occur nowhere else."""
    store = steering.store
    sg = steering.body.id
    meeting = store.meetings.add(sg, date(2026, 3, 10), start_time="14:00",
                                 place="Ortsamt Lütten Klein")
    other = store.meetings.add(sg, date(2026, 6, 16), place="Rathaus Rostock")
    item = store.agenda.add(meeting.id, "Übertragung der Ergebnisse in die Fläche",
                            AgendaKind.DISCUSSION,
                            notes="Die Hospitation in Graz wird im Café Größenwahn vorbereitet.",
                            papers="Konzeptpapier Sozialraumbudget", presenter="Frau Becker")
    decided = store.agenda.add(meeting.id, "Modellregion festlegen", AgendaKind.DECISION)
    plain = store.agenda.add(other.id, "Haushalt", AgendaKind.INFORMATION)
    decision = store.decisions.add(
        "Modellregion festlegen", agenda_item_id=decided.id,
        wording="Die Steuerungsgruppe beschließt die Modellregion Evershagen.")
    second = store.decisions.add("Fortbildungsreihe", agenda_item_id=plain.id,
                                 wording="Zwei Termine im Herbst.")
    by_mail = store.decisions.add("Stellenbesetzung im Umlauf", body_id=sg,
                                  decided_on=date(2026, 4, 20), wording="Umlaufverfahren Kita")
    task = store.tasks.add(
        sg, "Fachkonzept Jugendhilfeplanung entwerfen",
        description="Mit dem Quartiersmanagement abstimmen.", due_date=date(2026, 5, 1),
        owners=[TaskOwner(person_id=steering.person[steering.admin[0].id].id)])
    board = store.bodies.add("Planungsgruppe Sozialraumorientierung", "PG1",
                             BodyKind.ADVISORY, advises_body_id=sg)
    rec = store.recommendations.add(board.id, sg, "Beteiligung junger Menschen stärken",
                                    date(2026, 2, 5), text="Ein Jugendforum einrichten.")
    return {"store": store, "meeting": meeting, "other": other, "item": item,
            "decided": decided, "plain": plain, "decision": decision, "second": second,
            "by_mail": by_mail, "task": task, "rec": rec}


# -- each kind of record -------------------------------------------------------------------


def test_finds_a_meeting_by_its_place(world):
    store, meeting = world["store"], world["meeting"]
    (hit,) = store.search("Lütten Klein")
    assert (hit.kind, hit.record_id, hit.meeting_id) == ("meetings", meeting.id, meeting.id)
    assert hit.kind_label == "Sitzung"
    assert hit.title == "1. Sitzung 2026-03-10"
    assert found(store, "Rathaus") == {("meetings", world["other"].id)}
    assert found(store, "Sitzung 2026-06-16") == {("meetings", world["other"].id)}
    # a cancelled meeting is found by the reason
    store.meetings.set_state(world["other"].id, MeetingState.CANCELLED, reason="Sturmwarnung")
    assert found(store, "Sturmwarnung") == {("meetings", world["other"].id)}


def test_finds_an_agenda_item_by_title_and_by_its_notes(world):
    store, item = world["store"], world["item"]
    (by_title,) = store.search("Übertragung")
    assert (by_title.kind, by_title.record_id) == ("agenda_items", item.id)
    assert by_title.kind_label == "TOP"
    assert by_title.title == "Übertragung der Ergebnisse in die Fläche"
    assert by_title.meeting_id == world["meeting"].id

    (by_notes,) = store.search("Hospitation Graz")
    assert (by_notes.kind, by_notes.record_id, by_notes.meeting_id) == (
        "agenda_items", item.id, world["meeting"].id)
    assert "»Hospitation«" in by_notes.snippet
    assert "»Graz«" in by_notes.snippet
    # papers and presenter are searched too
    assert found(store, "Sozialraumbudget") == {("agenda_items", item.id)}
    assert ("agenda_items", item.id) in found(store, "Becker")  # (and a Frau Becker)


def test_finds_a_decision_by_register_number_and_by_its_wording(world):
    store, decision = world["store"], world["decision"]
    assert decision.number == "SG-2026/001"
    (hit,) = store.search("SG-2026/001")
    assert (hit.kind, hit.record_id, hit.meeting_id) == (
        "decisions", decision.id, world["meeting"].id)
    assert hit.kind_label == "Beschluss"
    assert hit.title == "SG-2026/001 Modellregion festlegen"
    assert found(store, "Evershagen") == {("decisions", decision.id)}
    # the second decision, at the other meeting
    (second,) = store.search("SG-2026/002")
    assert (second.record_id, second.meeting_id) == (world["second"].id, world["other"].id)
    # a decision in writing belongs to no meeting
    (mail,) = store.search("Umlaufverfahren")
    assert (mail.kind, mail.record_id, mail.meeting_id) == ("decisions", world["by_mail"].id,
                                                            None)


def test_finds_a_task_by_title_and_description(world):
    store, task = world["store"], world["task"]
    (hit,) = store.search("Quartiersmanagement")
    assert (hit.kind, hit.record_id, hit.meeting_id) == ("tasks", task.id, None)
    assert hit.kind_label == "Aufgabe"
    assert found(store, "Jugendhilfeplanung") == {("tasks", task.id)}


def test_finds_a_recommendation_by_number_title_and_text(world):
    store, rec = world["store"], world["rec"]
    assert rec.number == "E-PG1-2026/001"
    (hit,) = store.search("E-PG1-2026/001")
    assert (hit.kind, hit.record_id, hit.meeting_id) == ("recommendations", rec.id, None)
    assert hit.kind_label == "Empfehlung"
    assert found(store, "Jugendforum") == {("recommendations", rec.id)}
    assert found(store, "junger Menschen") == {("recommendations", rec.id)}


def test_a_word_in_several_kinds_finds_all_of_them(world):
    store = world["store"]
    assert found(store, "Modellregion") == {("agenda_items", world["decided"].id),
                                            ("decisions", world["decision"].id)}
    assert len(store.search("Modellregion", limit=1)) == 1


# -- umlauts, diacritics, prefixes ---------------------------------------------------------


@pytest.mark.parametrize("text", ["Lütten", "lütten", "LÜTTEN", "Lutten", "lutten"])
def test_umlauts_are_found_with_and_without_their_dots(world, text):
    assert found(world["store"], text) == {("meetings", world["meeting"].id)}


@pytest.mark.parametrize("text", ["Übertragung", "übertragung", "Ubertragung", "ubertragung",
                                  "UBERTRAGUNG"])
def test_a_title_starting_with_an_umlaut_is_found_either_way(world, text):
    assert found(world["store"], text) == {("agenda_items", world["item"].id)}


@pytest.mark.parametrize("text", ["Cafe", "café", "CAFÉ", "Größenwahn", "Großenwahn",
                                  "Fläche", "flache"])
def test_diacritics_in_notes_and_titles(world, text):
    assert found(world["store"], text) == {("agenda_items", world["item"].id)}


def test_text_stored_decomposed_is_found(world):
    """Text pasted in decomposed form (u + combining diaeresis, as macOS writes it)."""
    store = world["store"]
    item = store.agenda.add(world["meeting"].id,
                            unicodedata.normalize("NFD", "Spielplatz Gröbenstraße"))
    assert found(store, "Gröbenstraße") == {("agenda_items", item.id)}
    assert found(store, "Groben") == {("agenda_items", item.id)}


def test_a_decomposed_query_finds_the_composed_text(world):
    """The same word typed or pasted decomposed ("Lu" + U+0308 + "tten") must find "Lütten".

    ``search.fts_query`` splits on ``\\w+``, which does not match the combining
    mark, so the query becomes "Lu"* AND "tten"* and finds nothing.
    """
    store = world["store"]
    typed = unicodedata.normalize("NFD", "Lütten")
    assert typed != "Lütten"
    assert found(store, typed) == {("meetings", world["meeting"].id)}


@pytest.mark.parametrize(("text", "kind"), [
    ("Hospit", "agenda_items"), ("Modellreg", "decisions"), ("Jugendfor", "recommendations"),
    ("Quartier", "tasks"), ("Lütt", "meetings"), ("ortsam", "meetings"),
])
def test_words_are_prefixes(world, text, kind):
    assert kind in {h.kind for h in world["store"].search(text)}


def test_every_word_is_required(world):
    store = world["store"]
    assert found(store, "Hospitation Graz") == {("agenda_items", world["item"].id)}
    assert store.search("Hospitation Wien") == []
    assert store.search("Graz Evershagen") == []  # words of two different records


# -- the index follows every change ----------------------------------------------------------


def test_a_deleted_record_disappears_from_the_results(world):
    store = world["store"]
    store.tasks.delete(world["task"].id)
    assert store.search("Quartiersmanagement") == []
    store.agenda.delete(world["item"].id)
    assert store.search("Hospitation") == []
    assert store.search("Übertragung") == []
    # a meeting without decisions goes with its agenda
    meeting = store.meetings.add(world["meeting"].body_id, date(2026, 9, 1),
                                 place="Stadtteilzentrum Dierkow")
    extra = store.agenda.add(meeting.id, "Stadtteilkonferenz Dierkow")
    assert found(store, "Dierkow") == {("meetings", meeting.id), ("agenda_items", extra.id)}
    store.meetings.delete(meeting.id)
    assert store.search("Dierkow") == []
    # the tombstones are still in the file
    assert store.db.execute("SELECT count(*) FROM agenda_items WHERE deleted_at IS NOT NULL"
                            ).fetchone() == (2,)


def test_an_updated_title_is_found_by_its_new_words_only(world):
    store, item = world["store"], world["item"]
    store.agenda.update(item.id, title="Sozialraumteams bilden", notes="Neue Notiz Warnemünde")
    assert found(store, "Sozialraumteams") == {("agenda_items", item.id)}
    assert found(store, "Warnemunde") == {("agenda_items", item.id)}
    assert store.search("Übertragung") == []
    assert store.search("Hospitation") == []
    store.meetings.update(world["meeting"].id, place="Ortsamt Evershagen")
    assert store.search("Lütten") == []
    assert ("meetings", world["meeting"].id) in found(store, "Ortsamt Evershagen")
    store.tasks.update(world["task"].id, title="Fachkonzept Kita", description="")
    assert store.search("Quartiersmanagement") == []
    assert found(store, "Fachkonzept Kita") == {("tasks", world["task"].id)}
    # exactly one index row per live record: the update replaced, not added
    rows = store.db.execute("SELECT count(*) FROM search_index WHERE record_id = ?",
                            [item.id]).fetchone()
    assert rows == (1,)


def test_the_index_holds_one_row_per_live_record(world):
    store = world["store"]
    counts = dict(store.db.execute("SELECT kind, count(*) FROM search_index GROUP BY kind"))
    expected = {table: store.db.execute(
        f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
        for table in ("meetings", "agenda_items", "decisions", "tasks", "recommendations",
                      "people")}
    assert counts == expected


# -- hostile input -------------------------------------------------------------------------


def user_rows(store) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in store.db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid")]
            for t in USER_TABLES}


@pytest.mark.slow  # a sweep of hostile search texts
@pytest.mark.parametrize("text", [
    "", "   ", '"', '""', "'", "*", "**", "-", "--", "^", ":", "(", ")", "NEAR(", "NEAR(a b",
    "AND", "OR", "NOT", "a OR", "NOT Graz", "title:Graz", "body : Graz", '"Graz', "Graz*",
    "Graz -Wien", "{title body}: Graz", "Gr*z", "_", "a_b", "\x00", "\u0308", "²", "🎉",
    "'; DROP TABLE meetings; --", "Robert'); DELETE FROM agenda_items; --",
    "1 = 1", "% _ \\", "x" * 5000, " ".join(["Graz"] * 500), "(" * 200,
])
def test_hostile_input_never_raises(world, text):
    store = world["store"]
    before = user_rows(store)
    result = store.search(text)
    assert isinstance(result, list)
    assert user_rows(store) == before


@pytest.mark.parametrize("text", ['"Graz"', "Graz*", "(Graz)", "-Graz-", "'Graz'", "^Graz",
                                  ":Graz", "Graz;--"])
def test_punctuation_around_a_word_is_ignored(world, text):
    hits = found(world["store"], text)
    assert ("agenda_items", world["item"].id) in hits


# -- an old file ----------------------------------------------------------------------------


def test_an_old_file_gets_its_existing_rows_indexed(tmp_path):
    """A file of the first schema, with records written by that version, is indexed
    when the migration adds the search (the committed fixture itself is only copied)."""
    path = tmp_path / "alt.sro"
    shutil.copyfile(V1, path)
    raw = sqlite3.connect(path)
    meta = (STAMP, STAMP, "Frau Beispiel")
    try:
        with raw:
            raw.execute("INSERT INTO bodies (id, name, short, kind, created_at, updated_at, "
                        "updated_by) VALUES ('pg', 'Planungsgruppe', 'PG1', 'advisory', ?, ?, ?)",
                        meta)
            raw.execute("INSERT INTO meetings (id, body_id, number, date, place, created_at, "
                        "updated_at, updated_by) VALUES ('m1', ?, 1, '2025-11-20', "
                        "'Ortsamt Lütten Klein', ?, ?, ?)", [V1_BODY_ID, *meta])
            raw.execute("INSERT INTO agenda_items (id, meeting_id, position, title, notes, "
                        "created_at, updated_at, updated_by) VALUES ('a1', 'm1', 1, "
                        "'Übertragung der Ergebnisse', 'Hospitation in Graz', ?, ?, ?)", meta)
            raw.execute("INSERT INTO decisions (id, body_id, year, seq, number, decided_on, "
                        "title, wording, meeting_id, agenda_item_id, created_at, updated_at, "
                        "updated_by) VALUES ('d1', ?, 2025, 1, 'SG-2025/001', '2025-11-20', "
                        "'Modellregion', 'Evershagen wird Modellregion', 'm1', 'a1', ?, ?, ?)",
                        [V1_BODY_ID, *meta])
            raw.execute("INSERT INTO tasks (id, body_id, title, description, created_at, "
                        "updated_at, updated_by) VALUES ('t1', ?, 'Fachkonzept', "
                        "'Quartiersmanagement einbinden', ?, ?, ?)", [V1_BODY_ID, *meta])
            raw.execute("INSERT INTO tasks (id, body_id, title, created_at, updated_at, "
                        "updated_by, deleted_at) VALUES ('t2', ?, 'Gelöschte Aufgabe Wismar', "
                        "?, ?, ?, ?)", [V1_BODY_ID, *meta, STAMP])
            raw.execute("INSERT INTO recommendations (id, advisory_body_id, addressed_body_id, "
                        "year, seq, number, title, text, adopted_on, created_at, updated_at, "
                        "updated_by) VALUES ('r1', 'pg', ?, 2025, 1, 'E-PG1-2025/001', "
                        "'Jugendforum', 'Beteiligung stärken', '2025-10-01', ?, ?, ?)",
                        [V1_BODY_ID, *meta])
    finally:
        raw.close()

    with Store.open(path) as store:
        assert found(store, "Lutten") == {("meetings", "m1")}
        (item,) = store.search("ubertragung")
        assert (item.kind, item.record_id, item.meeting_id) == ("agenda_items", "a1", "m1")
        assert found(store, "Graz") == {("agenda_items", "a1")}
        (decision,) = store.search("SG-2025/001")
        assert (decision.kind, decision.record_id, decision.meeting_id) == (
            "decisions", "d1", "m1")
        assert found(store, "Quartiersmanagement") == {("tasks", "t1")}
        assert found(store, "Jugendforum") == {("recommendations", "r1")}
        assert found(store, "E-PG1-2025/001") == {("recommendations", "r1")}
        assert store.search("Wismar") == []  # a tombstone of the old file is not indexed
        # and the triggers keep it in sync from now on
        store.agenda.update("a1", title="Sozialraumteams")
        assert found(store, "Sozialraumteams") == {("agenda_items", "a1")}
        assert store.search("Übertragung") == []
    with Store.open(path) as again:  # reopening indexes nothing twice
        # five records and the two people of the fixture
        assert again.db.execute("SELECT count(*) FROM search_index").fetchone() == (7,)


# -- words inside words, short words, people (m009) ------------------------------------------


@pytest.mark.parametrize("text", ["Budget", "budget", "BUDGET", "raumbudg", "Konzeptpapier"])
def test_a_word_inside_a_compound_is_found(world, text):
    """"Budget" finds "Konzeptpapier Sozialraumbudget" (the trigram index)."""
    assert found(world["store"], text) == {("agenda_items", world["item"].id)}


def test_a_snippet_marks_the_part_found_inside_a_word(world):
    (hit,) = world["store"].search("budget")
    assert "Sozialraum»budget«" in hit.snippet
    (umlaut,) = world["store"].search("großenwahn")
    assert "»Größenwahn«" in umlaut.snippet  # the text as written, marked where it was found


def test_words_shorter_than_three_letters_are_found_too(world):
    store, decision = world["store"], world["decision"]
    assert ("decisions", decision.id) in found(store, "ev")  # inside "Evershagen"
    assert found(store, "Ev Modellregion") == {("decisions", decision.id)}  # both required
    assert ("agenda_items", world["item"].id) in found(store, "ö")  # "Größenwahn", folded


def test_percent_and_underscore_are_taken_literally_in_short_words(world):
    store = world["store"]
    store.tasks.update(world["task"].id, description="Quote 5_0 erreichen")
    assert found(store, "5_0") == {("tasks", world["task"].id)}
    assert store.search("5_1") == []


@pytest.fixture
def person(steering):
    store = steering.store
    org = store.organizations.add("Kinderschutzbund Rostock", "DKSB")
    someone = store.people.add("Größler", "Ännchen", title="Dr.", email="a.groessler@dksb.example",
                               organization_id=org.id)
    seat = store.memberships.add(steering.body.id, someone.id, steering.sides["T"].id)
    return {"store": store, "org": org, "person": someone, "seat": seat}


@pytest.mark.parametrize("text", ["Größler", "GRÖßLER", "Großler", "Ännchen", "annchen",
                                  "groessler@dksb", "Kinderschutzbund", "DKSB",
                                  "Dr. Ännchen Größler"])
def test_people_are_found_by_name_email_and_organisation(person, text):
    store = person["store"]
    hits = store.search(text)
    assert ("people", person["person"].id) in {(h.kind, h.record_id) for h in hits}
    (hit,) = [h for h in hits if h.kind == "people"]
    assert hit.kind_label == "Person"
    assert hit.title == "Dr. Ännchen Größler"
    assert hit.membership_id == person["seat"].id  # where the Gremien view shows the person


def test_a_person_follows_changes_and_tombstones(person):
    store, someone = person["store"], person["person"]
    store.people.update(someone.id, last_name="Kleinert")
    assert found(store, "Kleinert") == {("people", someone.id)}
    assert store.search("Größler") == []
    store.organizations.update(person["org"].id, name="Familienzentrum Evershagen")
    assert ("people", someone.id) in found(store, "Familienzentrum")
    assert store.search("Kinderschutzbund") == []
    store.memberships.delete(person["seat"].id)
    store.people.delete(someone.id)
    assert store.search("Kleinert") == []


def test_a_person_without_a_seat_has_no_membership_to_show(steering):
    store = steering.store
    someone = store.people.add("Ohnesitz", "Olga")
    (hit,) = store.search("Ohnesitz")
    assert (hit.kind, hit.record_id, hit.membership_id) == ("people", someone.id, None)


def test_check_names_a_missing_search_trigger(world):
    from sro_desktop.store.check import check

    store = world["store"]
    assert check(store) == []
    store.db.execute("DROP TRIGGER people_search_update")
    (finding,) = check(store)
    assert "people_search_update" in finding
