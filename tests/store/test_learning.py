"""Fortbildungen und Hospitationen in the file (issue 17, item 3): events and their
participants are kept, checked, exchanged between laptops (version triggers), undone,
and counted by ``check``; the side follows from the person's organisation."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from sro_desktop.domain.enums import LearningKind, MilestoneLevel, ParitySide
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.schema import USER_TABLES, version_trigger_names
from sro_desktop.store.undo import UndoLog


@pytest.fixture
def store(tmp_path, demo_path):
    path = tmp_path / "demo.sro"
    shutil.copyfile(demo_path, path)
    with Store.open(path) as opened:
        yield opened


def test_an_event_with_its_participants_is_kept_and_counted(store):
    office = next(o for o in store.organizations.list() if o.kind == "office")
    clerk = next(p for p in store.people.list() if p.organization_id == office.id)
    other = next(p for p in store.people.list()
                 if p.organization_id and p.organization_id != office.id)
    event = store.learning_events.add(
        LearningKind.VISIT, "Hospitation in Rosenheim", date(2031, 5, 4),
        date_to=date(2031, 5, 5), place="Rosenheim", level=MilestoneLevel.STRATEGIC)
    with pytest.raises(RuleViolation, match="Ende"):
        store.learning_events.update(event.id, date_to=date(2031, 5, 1))
    first = store.learning_participants.add(event.id, clerk.id)
    second = store.learning_participants.add(event.id, other.id)
    assert (first.side, second.side) == (ParitySide.OFFICE, ParitySide.PROVIDERS)
    with pytest.raises(RuleViolation, match="schon"):
        store.learning_participants.add(event.id, clerk.id)
    assert store.learning_events.parity(event.id).sentence() == "ausgewogen 1 : 1"
    store.learning_participants.update(second.id, side=ParitySide.OFFICE)
    assert store.learning_events.parity_of_year(2031).sentence() == \
        "Verwaltung 2 : Freie Träger 0"
    row = store.db.execute("SELECT kind, level, date_from, side FROM learning_events e "
                           "JOIN learning_participants p ON p.event_id = e.id "
                           "WHERE p.id = ?", [second.id]).fetchone()
    assert row == ("visit", "strategic", "2031-05-04", "office")
    versions = {r[0] for r in store.db.execute(
        "SELECT table_name FROM record_versions WHERE record_id IN (?, ?)",
        [event.id, first.id])}
    assert versions == {"learning_events", "learning_participants"}  # exchanged
    assert check(store) == []
    log = UndoLog(store.db)
    mark = log.mark()
    store.learning_events.delete(event.id)
    assert store.learning_events.list(2031) == []
    assert store.learning_participants.list(event.id) == []
    step = log.since(mark)
    assert step is not None
    log.apply(step)
    assert [e.title for e in store.learning_events.list(2031)] == ["Hospitation in Rosenheim"]
    assert len(store.learning_participants.list(event.id)) == 2


def test_the_tables_take_part_in_exchange_and_check():
    assert {"learning_events", "learning_participants"} <= set(USER_TABLES)
    assert "learning_participants_version_delete" in version_trigger_names()


def test_the_demo_has_a_joint_training_and_a_visit(demo_path):
    with Store.open(demo_path, read_only=True) as store:
        found = {e.title: store.learning_events.parity(e.id).sentence()
                 for e in store.learning_events.list()}
    assert found["Gemeinsame Fortbildung Sozialraumorientierung"] == "ausgewogen 4 : 4"
    assert found["Hospitation in Rosenheim"] == "Verwaltung 3 : Freie Träger 1"
    assert "Fachtag Sozialraumorientierung Graz" in found
