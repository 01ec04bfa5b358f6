"""`sro-desktop export ics`: a meeting's invitation and task due dates as calendar files,
read back by the strict ``ical`` parser; wrong arguments as one line."""

from __future__ import annotations

import pytest
from command_line import assert_user_error, run
from ical.calendar_stream import IcsCalendarStream

from sro_desktop.store import Store


def read(path):
    return IcsCalendarStream.calendar_from_ics(path.read_text(encoding="utf-8"))


def test_the_invitation_of_a_meeting(demo, tmp_path):
    out = tmp_path / "einladung.ics"
    result = run("export", "ics", "--db", demo, "--meeting", "SG 8", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Geschrieben: {out}"
    cal = read(out)
    with Store.open(demo, read_only=True) as store:
        meeting = store.meetings.resolve("SG 8")
    assert cal.method == "REQUEST"
    assert [e.uid for e in cal.events] == [f"{meeting.id}@sro-desktop"]


def test_the_due_dates_of_a_body_and_of_an_owner(demo, tmp_path):
    body, owner = tmp_path / "sg.ics", tmp_path / "schulz.ics"
    assert run("export", "ics", "--db", demo, "--body", "SG", "--tasks",
               "--out", body).returncode == 0
    assert run("export", "ics", "--db", demo, "--tasks", "--owner", "Schulz, Nadine",
               "--out", owner).returncode == 0
    every, hers = read(body), read(owner)
    assert every.method == hers.method == "PUBLISH"
    assert every.events
    assert hers.events
    assert all("Nadine Schulz" in e.description for e in hers.events)


@pytest.mark.parametrize(("args", "words"), [
    (("--meeting", "SG 8", "--out", "x.docx"), (".ics",)),
    (("--out", "x.ics"), ("--meeting", "--tasks")),
    (("--tasks", "--out", "x.ics"), ("--body", "--owner")),
    (("--meeting", "SG 8", "--tasks", "--body", "SG", "--out", "x.ics"), ("entweder",)),
    (("--meeting", "SG 99", "--out", "x.ics"), ("SG 99",)),
    (("--tasks", "--owner", "Niemand", "--out", "x.ics"), ("Niemand",)),
])
def test_wrong_arguments_say_so_in_one_line(demo, tmp_path, args, words):
    args = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in args)
    assert_user_error(run("export", "ics", "--db", demo, *args), *words)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_argument_is_a_usage_error(demo, tmp_path):
    result = run("export", "ics", "--db", demo, "--meeting", "SG 8", "--bogus",
                 "--out", tmp_path / "x.ics")
    assert result.returncode == 2


@pytest.mark.parametrize("lang", ["de", "en"])
def test_an_owner_two_people_share_is_refused_with_their_ids(demo, tmp_path, monkeypatch, lang):
    """The refusal of an ambiguous name reaches the user in either language (not "no
    person or organisation")."""
    import shutil
    import sqlite3

    from sro_desktop import language

    copy = shutil.copyfile(demo, tmp_path / "copy.sro")
    with sqlite3.connect(copy) as conn:
        conn.execute("INSERT INTO people (id, last_name, first_name, created_at, updated_at) "
                     "SELECT 'zwilling', last_name, first_name, created_at, updated_at "
                     "FROM people WHERE last_name = 'Schulz' AND first_name = 'Nadine'")
    conn.close()
    monkeypatch.setenv("SRO_LANG", lang)
    try:
        result = run("export", "ics", "--db", copy, "--tasks", "--owner", "Schulz, Nadine",
                     "--out", tmp_path / "x.ics")
    finally:
        language.use("de")
    assert result.returncode == 1
    assert "(zwilling)" in result.stderr
    assert not (tmp_path / "x.ics").exists()
