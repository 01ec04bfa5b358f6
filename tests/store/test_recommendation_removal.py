"""Which recommendations may be removed: the board's last of a year, not on an agenda,
no task from it; a removal is a tombstone."""

from __future__ import annotations

import pytest
from pinned import TODAY

from sro_desktop.domain.enums import BodyKind
from sro_desktop.domain.errors import RuleViolation


@pytest.fixture
def boards(store, steering):
    board = store.bodies.add("Planungsgruppe", "PG", BodyKind.ADVISORY,
                             advises_body_id=steering.body.id)
    return board, steering.body


def test_the_last_one_goes_as_a_tombstone(store, boards):
    pg, sg = boards
    rec = store.recommendations.add(pg.id, sg.id, "Doppelt", TODAY)
    store.recommendations.delete(rec.id)
    assert store.recommendations.count("id = ?", [rec.id]) == 0
    assert store.db.execute("SELECT deleted_at IS NOT NULL FROM recommendations WHERE id = ?",
                            [rec.id]).fetchone()[0]


@pytest.mark.parametrize(("refers", "reason"), [
    ("later", "Lücke in der Nummerierung"),
    ("agenda", "steht auf einer Tagesordnung"),
    ("task", "folgen Aufgaben"),
])
def test_one_referred_to_stays(store, boards, refers, reason):
    pg, sg = boards
    rec = store.recommendations.add(pg.id, sg.id, "Bleibt", TODAY)
    if refers == "later":
        store.recommendations.add(pg.id, sg.id, "Danach", TODAY)
    elif refers == "agenda":
        meeting = store.meetings.add(sg.id, TODAY)
        store.recommendations.put_on_agenda(rec.id, meeting.id)
    else:
        store.tasks.add(sg.id, "Folgt daraus", origin_recommendation_id=rec.id)
    with pytest.raises(RuleViolation, match=reason):
        store.recommendations.delete(rec.id)
    assert store.recommendations.get(rec.id).title == "Bleibt"
