"""The store's words in English: records named in a finding or an exchange conflict, a
bad value's finding, why a conflict waits, a stored value as the window shows it."""

from __future__ import annotations

import errno
import shutil
from datetime import date

import pytest
from typed_files import as_previous_format, write_bad_values

from sro_desktop.store.core import Store
from sro_desktop.store.exchange_conflicts import field_label
from sro_desktop.store.exchange_merge import reason_words
from sro_desktop.store.typed_columns import bad_values, record_label, value_words


def _labels(steering):
    meeting, (item,) = steering.meeting(date(2026, 11, 13), "Haushalt 2027")
    db = steering.store.db
    return (meeting.number, record_label(db, "meetings", meeting.id),
            record_label(db, "agenda_items", item.id),
            record_label(db, "bodies", steering.body.id))


def test_records_named_in_german_as_before(steering):
    number = steering.store.meetings.list()[-1].number + 1 if steering.store.meetings.list() \
        else 1
    assert _labels(steering) == (number, f"Sitzung SG {number} vom 13.11.2026",
                                 f"TOP 1 „Haushalt 2027“ der Sitzung SG {number} vom 13.11.2026",
                                 "Gremium „Steuerungsgruppe“")


def test_records_named_in_english(steering, english):  # the group built in German
    number, meeting_label, item_label, body_label = _labels(steering)
    assert meeting_label == f"Meeting SG {number} on 13/11/2026"
    assert item_label == f"Item 1 “Haushalt 2027” of meeting SG {number} on 13/11/2026"
    assert body_label == "Body “Steuerungsgruppe”"


@pytest.mark.usefixtures("english")
def test_conflict_words_in_english():
    assert reason_words("both") == "changed on both laptops"
    assert reason_words("parent_waits") == "belongs to an entry that is waiting as a conflict"
    assert reason_words("unknown") == "unknown"
    assert field_label("decided_on", "decisions") == "decided on"
    assert field_label("deadline", "decisions") == "Due date"
    assert value_words("agenda_items", "public", 1) == "yes"
    assert value_words("meetings", "date", "2026-11-13") == "13/11/2026"


def test_conflict_words_in_german():
    assert reason_words("both") == "auf beiden Laptops geändert"
    assert field_label("deadline", "decisions") == "Frist"
    assert value_words("agenda_items", "public", 0) == "nein"
    assert value_words("meetings", "date", "2026-11-13") == "13.11.2026"


@pytest.mark.usefixtures("english")
def test_a_bad_value_found_in_english(tmp_path, demo_path):
    path = tmp_path / "old.sro"
    shutil.copyfile(demo_path, path)
    as_previous_format(path)
    write_bad_values(path)
    with Store.open(path) as store:
        found = [b.text() for b in bad_values(store.db)]
    decision = next(f for f in found if "decided on" in f)
    assert decision.startswith("Decision ")
    assert " of meeting " in decision
    assert ", column “decided on”: “2026-13-45” is not a date (YYYY-MM-DD)." in decision
    assert any("column “End”: “31:00” is not a time (HH:MM)." in f for f in found)
    assert any("“irgendwie” is none of the permitted values (open, in_progress, done, "
               "dropped)." in f for f in found)


@pytest.fixture
def short_paths(tmp_path, monkeypatch):
    """A folder "box" in the current directory: paths short enough to show whole."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "box").mkdir()


@pytest.mark.usefixtures("english", "short_paths")
def test_what_the_system_said_in_english():
    from sro_desktop.store.os_words import os_error_text

    assert os_error_text(FileNotFoundError(errno.ENOENT, "x", "gone.sro")) == (
        "The file “gone.sro”: not (or no longer) there.")
    assert os_error_text(OSError(errno.ENOSPC, "x")) == "No space left on the drive."
    assert os_error_text(OSError(errno.EACCES, "x", "box")) == (
        "The folder “box”: no permission to read or write, access was denied.")


@pytest.mark.usefixtures("short_paths")
def test_what_the_system_said_in_german():
    from sro_desktop.store.os_words import os_error_text

    assert os_error_text(OSError(errno.EACCES, "x", "box")) == (
        "Der Ordner „box“: keine Lese- oder Schreibrechte, der Zugriff wurde verweigert.")


@pytest.mark.usefixtures("english")
def test_altered_minutes_in_english():
    from sro_desktop.store.minutes_hash import TOMBSTONED, AlteredMinutes

    altered = AlteredMinutes("m1", "SG", 7, TOMBSTONED, "2026-11-13")
    assert altered.problem == TOMBSTONED  # the key callers compare stays German
    assert (altered.label, altered.words) == (
        "SG 7 on 13/11/2026", "The meeting is approved but marked as deleted.")
