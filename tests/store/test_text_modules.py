"""The text modules of a body in the file: the defaults until changed, placeholders checked,
each change one undo step; a TOP's own result; the minutes' record with the objections
against the minutes it approved."""

from __future__ import annotations

from datetime import date

import pytest

from sro_desktop.domain.agenda import MINUTES_APPROVAL
from sro_desktop.domain.enums import MeetingState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.text_modules import STANDARD, STANDARD_MODULES, item_result_text
from sro_desktop.store.schema import USER_TABLES
from sro_desktop.store.undo import UndoLog

S = MeetingState


def snapshot(store) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in store.db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid")]
            for t in USER_TABLES}


def rows(store) -> int:
    return store.db.execute("SELECT count(*) FROM text_modules").fetchone()[0]


def test_a_body_starts_with_the_defaults_and_stores_nothing(steering):
    modules = steering.store.text_modules.list(steering.body.id)
    assert [(m.key, m.text, m.id) for m in modules] == [
        (m.key, m.text, "") for m in STANDARD_MODULES]
    assert rows(steering.store) == 0


def test_the_first_change_stores_the_module_and_reset_gives_the_default_back(steering):
    store, body = steering.store, steering.body
    store.text_modules.set_text(body.id, "closing", "{Vorsitz} schließt um {Ende} Uhr.")
    assert store.text_modules.by_key(body.id)["closing"].text == (
        "{Vorsitz} schließt um {Ende} Uhr.")
    assert rows(store) == 1
    store.text_modules.set_text(body.id, "closing", "Schluss um {Ende} Uhr.")
    assert rows(store) == 1  # the same row changed
    store.text_modules.reset(body.id, "closing")
    assert store.text_modules.by_key(body.id)["closing"].text == STANDARD["closing"].text
    store.text_modules.set_text(body.id, "closing", "Ende.")  # a row again after a reset
    assert store.text_modules.by_key(body.id)["closing"].text == "Ende."


def test_an_unknown_placeholder_is_refused_and_nothing_stored(steering):
    store, body = steering.store, steering.body
    before = snapshot(store)
    with pytest.raises(RuleViolation, match=r"Den Platzhalter \{Vorsitzende\} gibt es nicht"):
        store.text_modules.set_text(body.id, "opening", "{Vorsitzende} eröffnet.")
    with pytest.raises(RuleViolation, match=r"\{Datum2\}"):
        store.text_modules.add_own(body.id, "Dank", "Dank für {Datum2}.")
    assert snapshot(store) == before


def test_own_modules_are_added_renamed_and_removed(steering):
    store, body = steering.store, steering.body
    own = store.text_modules.add_own(body.id, " Dank ", "Die Sitzung am {Datum} endet.")
    assert own.key.startswith("own-")
    assert own.title == "Dank"
    assert store.text_modules.list(body.id)[-1] == own
    with pytest.raises(RuleViolation, match="gibt es schon"):
        store.text_modules.add_own(body.id, "dank")
    with pytest.raises(RuleViolation, match="braucht einen Namen"):
        store.text_modules.add_own(body.id, "  ")
    assert store.text_modules.rename(body.id, own.key, "Dank an alle").title == "Dank an alle"
    with pytest.raises(RuleViolation, match="nicht entfernt"):
        store.text_modules.delete_own(body.id, "closing")
    store.text_modules.delete_own(body.id, own.key)
    assert [m.key for m in store.text_modules.list(body.id)] == list(STANDARD)


@pytest.mark.parametrize("action", ["first change", "change", "reset", "add own"])
def test_each_change_is_one_undo_step(steering, action):
    store, body = steering.store, steering.body
    store.text_modules.set_text(body.id, "agenda", "Die Tagesordnung gilt.")
    log = UndoLog(store.db)
    before = snapshot(store)
    mark = log.mark()
    with store.edit():
        if action == "first change":
            store.text_modules.set_text(body.id, "opening", "Beginn {Beginn} Uhr.")
        elif action == "change":
            store.text_modules.set_text(body.id, "agenda", "Ohne Änderungen.")
        elif action == "reset":
            store.text_modules.reset(body.id, "agenda")
        else:
            store.text_modules.add_own(body.id, "Dank", "Danke.")
    after = snapshot(store)
    step = log.since(mark)
    assert step is not None
    assert after != before
    redo = log.apply(step)
    assert snapshot(store) == before
    log.apply(redo)
    assert snapshot(store) == after


def test_a_tops_result_is_stored_and_stands_over_the_suggestion(steering):
    store = steering.store
    meeting, (item,) = steering.meeting(date(2026, 3, 10), "Genehmigung der Tagesordnung")
    record = store.meetings.minutes_record(meeting.id)
    modules = store.text_modules.by_key(steering.body.id)
    assert item_result_text(record, item, modules) == (
        "Die Tagesordnung wird ohne Änderungen genehmigt.")
    store.agenda.update(item.id, result_text="Die Tagesordnung wird mit folgender Änderung "
                                             "genehmigt: TOP 5 entfällt.")
    item = store.agenda.get(item.id)
    assert item_result_text(record, item, modules).endswith("TOP 5 entfällt.")


def test_the_minutes_approval_names_the_minutes_and_the_objections(steering):
    store = steering.store
    first, _ = steering.meeting(date(2026, 2, 10), "Modellregion")
    steering.walk(first.id, S.INVITED, S.HELD, S.DRAFT, S.SENT)
    chair = steering.person[steering.admin[0].id]
    store.objections.add(first.id, date(2026, 2, 20), "TOP 1: Frau Weber war anwesend.",
                         person_id=chair.id, resolution="berichtigt")
    second, (item,) = steering.meeting(date(2026, 3, 10), MINUTES_APPROVAL)
    steering.walk(second.id, S.INVITED, S.HELD)
    store.meetings.set_state(first.id, S.APPROVED, approving_item_id=item.id)
    record = store.meetings.minutes_record(second.id)
    assert item_result_text(record, item, store.text_modules.by_key(steering.body.id)) == (
        f"Die Niederschrift der {first.number}. Sitzung vom 10.02.2026 wird mit folgenden "
        f"Einwendungen genehmigt: Anke Becker: TOP 1: Frau Weber war anwesend. "
        f"(erledigt: berichtigt).")



def test_the_agenda_approval_names_the_changes_since_the_invitation(steering):
    from datetime import date

    from sro_desktop.domain.agenda import STANDARD_ITEMS
    from sro_desktop.domain.enums import MeetingState
    from sro_desktop.domain.text_modules import item_result_text

    store = steering.store
    meeting, items = steering.meeting(date(2026, 3, 10),
                                      *[(t, k) for t, k, _ in STANDARD_ITEMS[:3]],
                                      "Modellregion", "Fortbildung")
    agenda = items[1]
    store.meetings.set_state(meeting.id, MeetingState.INVITED)

    def approval() -> str:
        record = store.meetings.minutes_record(meeting.id)
        return item_result_text(record, store.agenda.get(agenda.id), record.text_modules)

    assert approval() == "Die Tagesordnung wird ohne Änderungen genehmigt."
    store.agenda.add(meeting.id, "Hospitation")
    store.agenda.delete(items[3].id)
    assert approval() == ("Die Tagesordnung wird mit folgenden Änderungen genehmigt: "
                          "TOP 5 „Hospitation“ neu aufgenommen; „Modellregion“ (TOP 4 der "
                          "Einladung) abgesetzt.")
