"""Text modules: the result sentences of the standard TOPs, filled from the record; the
placeholders checked; a TOP's typed result over the suggestion."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from domain_factories import (
    DAY,
    STEERING_SIDES,
    TRAEGER,
    VERWALTUNG,
    attend_first,
    meeting,
    steering_body,
    steering_members,
    task,
)

from sro_desktop.domain.agenda import STANDARD_ITEMS
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.meeting_record import MeetingContext, MinutesRecord
from sro_desktop.domain.model import AgendaItem, Meeting, Objection, Person, TextModule
from sro_desktop.domain.text_modules import (
    PLACEHOLDERS,
    STANDARD_MODULES,
    check_text,
    fill,
    item_result_text,
    module_key,
    placeholders_in,
    with_defaults,
)

AGENDA = [AgendaItem(f"top{n}", "m1", n, title)
          for n, (title, _kind, _minutes) in enumerate(STANDARD_ITEMS, start=1)]
CHAIR = Person("chair", "Wendt", "Petra", "Dr.")
APPROVED = Meeting("m0", "sg", 6, date(2026, 2, 16), approved_in_meeting_id="m1",
                   approved_at_item_id="top3")


def record(present_v: int = 6, present_t: int = 5, *, approved: bool = True,
           objections: list[Objection] | None = None, start: str = "09:05",
           end: str = "11:30", tasks: int = 3, overdue: int = 1) -> MinutesRecord:
    seats = steering_members(6, 6)
    attendance = attend_first(seats, VERWALTUNG, present_v) + attend_first(seats, TRAEGER,
                                                                           present_t)
    held = replace(meeting(), start_time=start, end_time=end, chair_person_id="chair")
    ctx = MeetingContext(held, steering_body(), list(STEERING_SIDES), seats, attendance,
                         AGENDA)
    open_tasks = [replace(task(), id=f"t{n}", due_date=date(2026, 1, 1) if n < overdue
                          else None) for n in range(tasks)]
    return MinutesRecord(ctx, [], [], {}, [APPROVED] if approved else [], None, None, [],
                         open_tasks, people={"chair": CHAIR},
                         objections={"m0": objections or []})


def result(item: int, rec: MinutesRecord | None = None,
           modules: dict[str, TextModule] | None = None) -> str:
    return item_result_text(rec or record(), AGENDA[item - 1], modules or {})


@pytest.mark.parametrize(("top", "rec", "sentence"), [
    (1, record(), "Dr. Petra Wendt eröffnet die Sitzung um 09:05 Uhr und stellt die "
                  "ordnungsgemäße Einladung und die Beschlussfähigkeit fest (11 von 12 "
                  "Stimmberechtigten anwesend: Verwaltung 6, Freie Träger 5)."),
    (1, record(start=""), "Dr. Petra Wendt eröffnet die Sitzung um … Uhr und stellt die "
                          "ordnungsgemäße Einladung und die Beschlussfähigkeit fest (11 von "
                          "12 Stimmberechtigten anwesend: Verwaltung 6, Freie Träger 5)."),
    (1, record(present_v=2, present_t=1),
     "Dr. Petra Wendt eröffnet die Sitzung um 09:05 Uhr und stellt die ordnungsgemäße "
     "Einladung fest. Die Steuerungsgruppe ist nicht beschlussfähig: 3 von 12 "
     "Stimmberechtigten anwesend (Verwaltung 2, Freie Träger 1); erforderlich sind mehr "
     "als die Hälfte der Stimmberechtigten."),
    (2, record(), "Die Tagesordnung wird ohne Änderungen genehmigt."),
    (3, record(), "Die Niederschrift der 6. Sitzung vom 16.02.2026 wird ohne Einwendungen "
                  "genehmigt."),
    (3, record(objections=[
        Objection("o1", "m0", DAY, "Unter TOP 4 fehlt die Enthaltung.", person_id="chair",
                  resolution="berichtigt"),
        Objection("o2", "m0", DAY, "Der Ort ist falsch.", raised_by="Herr Kühn")]),
     "Die Niederschrift der 6. Sitzung vom 16.02.2026 wird mit folgenden Einwendungen "
     "genehmigt: Dr. Petra Wendt: Unter TOP 4 fehlt die Enthaltung. (erledigt: "
     "berichtigt); Herr Kühn: Der Ort ist falsch.."),
    (3, record(approved=False), ""),  # nothing approved under the TOP: nothing to state
    (4, record(), "Die Geschäftsstelle berichtet zum Stand der offenen Aufgaben (offen: 3, "
                  "davon überfällig: 1)."),
    (5, record(), "Beraten werden die Empfehlungen des Beirats: keine."),
    (6, record(), "Es gibt keine weiteren Wortmeldungen. Dr. Petra Wendt schließt die Sitzung "
                  "um 11:30 Uhr."),
])
def test_each_standard_top_has_its_sentence(top, rec, sentence):
    assert result(top, rec) == sentence


def test_a_typed_result_stands_over_the_suggestion():
    rec = record()
    typed = replace(AGENDA[1], result_text="  Die Tagesordnung wird mit folgender Änderung "
                                           "genehmigt: TOP 5 entfällt. ")
    assert item_result_text(rec, typed, {}) == ("Die Tagesordnung wird mit folgender Änderung "
                                                "genehmigt: TOP 5 entfällt.")


def test_another_top_has_no_suggestion():
    other = AgendaItem("top9", "m1", 9, "Modellregion festlegen")
    assert item_result_text(record(), other, {}) == ""


def test_the_bodys_own_wording_is_filled():
    mine = {"closing": TextModule("x", "sg", "closing", "Schluss",
                                  "{Vorsitz} dankt allen und schließt um {Ende} Uhr.")}
    assert result(6, modules=mine) == "Dr. Petra Wendt dankt allen und schließt um 11:30 Uhr."


def test_own_opening_wording_is_kept_when_not_quorate():
    mine = {"opening": TextModule("x", "sg", "opening", "Eröffnung", "Beginn {Beginn} Uhr.")}
    assert result(1, record(present_v=1, present_t=0), mine) == "Beginn 09:05 Uhr."


@pytest.mark.parametrize(("title", "key"), [
    ("Eröffnung und Feststellung der Beschlussfähigkeit", "opening"),
    ("  genehmigung der tagesordnung ", "agenda"),
    ("GENEHMIGUNG DES PROTOKOLLS DER LETZTEN SITZUNG", "minutes"),
    ("Bericht zu offenen Aufgaben", "open_tasks"),
    ("Empfehlungen des Beirats", "recommendations"),
    ("Verschiedenes", "closing"),
    ("Modellregion festlegen", None),
])
def test_a_top_finds_its_module_by_title(title, key):
    assert module_key(AgendaItem("t", "m1", 1, title)) == key


@pytest.mark.parametrize(("text", "refused"), [
    ("{Vorsitz} eröffnet um {Beginn} Uhr.", None),
    ("Offen: { offene Aufgaben }.", None),
    ("Nur eine { Klammer, keine zweite.", None),
    ("{Vorsitzende} eröffnet.", "Vorsitzende"),
    ("{Beginn} bis {Schluss}", "Schluss"),
])
def test_an_unknown_placeholder_is_named(text, refused):
    if refused is None:
        check_text(text)
        return
    with pytest.raises(RuleViolation) as caught:
        check_text(text)
    message = str(caught.value)
    assert message.startswith(f"Den Platzhalter {{{refused}}} gibt es nicht; möglich sind: ")
    assert "{Vorsitz}" in message
    assert "{Anwesenheit}" in message


def test_fill_leaves_what_has_no_value():
    assert fill("{Vorsitz} um {Beginn}", {"Vorsitz": "Frau Wendt"}) == "Frau Wendt um {Beginn}"
    assert placeholders_in("{A} und { B }") == ["A", "B"]


def test_every_default_uses_known_placeholders_and_every_placeholder_is_described():
    for module in STANDARD_MODULES:
        check_text(module.text)
    assert all(PLACEHOLDERS.values())


def test_the_standard_modules_come_first_then_the_own_ones():
    own = TextModule("o", "sg", "own-1", "Dank", "Dank an alle.")
    changed = TextModule("c", "sg", "closing", "Schluss", "Ende.")
    modules = with_defaults("sg", [own, changed])
    assert [m.key for m in modules] == [m.key for m in STANDARD_MODULES] + ["own-1"]
    assert modules[-2] is changed
    assert modules[0].id == ""
