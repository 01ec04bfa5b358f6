"""The standard text modules in English: a default (never stored) follows the language in
use, its placeholder keys stay German; a body's own wording stays as typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_text_modules import AGENDA, APPROVED, record, result

from sro_desktop import language
from sro_desktop.domain.calendar import local_date
from sro_desktop.domain.model import Objection, TextModule
from sro_desktop.domain.text_modules import (
    STANDARD,
    STANDARD_MODULES,
    check_text,
    default_module,
    default_text,
    minutes_named,
    with_defaults,
)


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(("top", "rec", "sentence"), [
    (1, record(), "Dr. Petra Wendt opens the meeting at 09:05, establishes that it was duly "
                  "convened and that it is quorate (11 of 12 voting members present: "
                  "Verwaltung 6, Freie Träger 5)."),
    (1, record(present_v=2, present_t=1),
     "Dr. Petra Wendt opens the meeting at 09:05 and establishes that it was duly convened. "
     "Steuerungsgruppe is not quorate: 3 of 12 voting members present (Verwaltung 2, "
     "Freie Träger 1); more than half of the voting members required."),
    (2, record(), "The agenda is approved without changes."),
    (3, record(), "The minutes of meeting no. 6 on 16/02/2026 are approved without "
                  "objections."),
    (4, record(), "The secretariat reports on the state of the open tasks (open: 3, of which "
                  "overdue: 1)."),
    (5, record(), "The recommendations of the advisory board are discussed: none."),
    (6, record(), "There are no further requests to speak. Dr. Petra Wendt closes the "
                  "meeting at 11:30."),
])
def test_each_default_in_english(top, rec, sentence):
    assert result(top, rec) == sentence


@pytest.mark.usefixtures("english")
def test_the_english_defaults_keep_the_german_placeholder_keys():
    for module in STANDARD_MODULES:
        english = default_text(module.key)
        assert english != module.text
        check_text(english)  # every key still known
    assert "{Anwesenheit}" in default_text("opening")
    assert default_module("sg", "closing").text == default_text("closing")
    assert with_defaults("sg", [])[0].text == default_text("opening")


@pytest.mark.usefixtures("english")
def test_a_stored_wording_stays_as_typed():
    mine = {"closing": TextModule("x", "sg", "closing", "Schluss",
                                  "{Vorsitz} dankt allen und schließt um {Ende} Uhr.")}
    assert result(6, modules=mine) == "Dr. Petra Wendt dankt allen und schließt um 11:30 Uhr."
    # a stored German default is still the German default: its not-quorate form is German
    german = {"opening": TextModule("x", "sg", "opening", "Eröffnung", STANDARD["opening"].text)}
    assert result(1, record(present_v=1, present_t=0), german).startswith(
        "Dr. Petra Wendt eröffnet die Sitzung um 09:05 Uhr und stellt die ordnungsgemäße "
        "Einladung fest. ")


@pytest.mark.usefixtures("english")
def test_dates_and_the_list_of_approved_minutes_in_english():
    seventh = replace(APPROVED, id="m7", number=7, date=APPROVED.date.replace(day=20))
    assert local_date(APPROVED.date) == "16/02/2026"
    assert minutes_named([seventh, APPROVED]) == ("of meeting no. 6 on 16/02/2026 and of "
                                                  "meeting no. 7 on 20/02/2026")
    objections = [Objection("o1", "m0", APPROVED.date, "Der Ort ist falsch.",
                            raised_by="Herr Kühn", resolution="berichtigt")]
    assert result(3, record(objections=objections)) == (
        "The minutes of meeting no. 6 on 16/02/2026 are approved with the following "
        "objections: Herr Kühn: Der Ort ist falsch. (settled: berichtigt).")


def test_german_stays_as_it_was():
    assert local_date(APPROVED.date) == "16.02.2026"
    assert default_text("closing") == STANDARD["closing"].text
    seventh = replace(APPROVED, id="m7", number=7, date=APPROVED.date.replace(day=20))
    assert minutes_named([seventh, APPROVED]) == ("der 6. Sitzung vom 16.02.2026 und der "
                                                  "7. Sitzung vom 20.02.2026")
    assert AGENDA[0].title == STANDARD["opening"].item_title


def test_a_meeting_named_in_a_finding():
    from sro_desktop.domain.names import meeting_label

    assert meeting_label("SG", 7, "2026-11-13") == "SG 7 vom 13.11.2026"
    language.use("en")
    try:
        assert meeting_label("SG", 7, "2026-11-13") == "SG 7 on 13/11/2026"
    finally:
        language.use("de")


@pytest.mark.usefixtures("english")
def test_standard_items_are_added_in_english_and_known_in_both_languages(store):
    """Standard-TOPs einfügen in English gives English titles; a German item of the same
    file still counts as the standard one (its text module, the approval item)."""
    from sro_desktop.domain.agenda import MINUTES_APPROVAL, is_titled
    from sro_desktop.domain.enums import BodyKind
    from sro_desktop.domain.text_modules import module_key

    body = store.bodies.add("Board", "B", BodyKind.COMMITTEE)
    meeting = store.meetings.add(body.id, date(2026, 3, 1))
    assert store.agenda.add_standard(meeting.id) == 6
    titles = [i.title for i in store.agenda.list(meeting.id)]
    assert titles[0] == "Opening and establishment of the quorum"
    assert titles[-1] == "Any other business"
    assert store.meetings.approval_item(meeting.id) is not None
    assert is_titled("Genehmigung des Protokolls der letzten Sitzung", MINUTES_APPROVAL)
    assert module_key(store.agenda.list(meeting.id)[2]) == "minutes"
