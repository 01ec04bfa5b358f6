"""Migration m010 (rules of procedure): a file of the previous format opens with the same
results — decisions' outcomes and sentences, the quorum of every meeting and TOP — and
its approved minutes keep their checksums."""

from __future__ import annotations

import sqlite3
from datetime import date

from sro_desktop.domain.model import SideVote
from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.demo import write_demo
from sro_desktop.store.schema import schema_version


def results(store: Store) -> dict[str, tuple]:
    return {d.id: (d.outcome, d.result_text, d.rule) for d in store.decisions.list()}


def quorum_sentences(store: Store) -> dict[tuple[str, str | None], str]:
    found = {}
    for body in store.bodies.list():
        for meeting in store.meetings.list(body.id):
            ctx = store.meetings.context(meeting.id)
            for item_id in [None, *(i.id for i in ctx.items)]:
                found[meeting.id, item_id] = ctx.quorum(item_id).sentence
    return found


def test_a_file_of_the_previous_format_keeps_its_results(tmp_path):
    path = tmp_path / "alt.sro"
    write_demo(path, today=date(2026, 11, 12))
    conn = sqlite3.connect(path)  # format 9 knew no statutory seats: the filled ones count
    conn.execute("UPDATE sides SET statutory_seats = NULL")
    conn.commit()
    conn.close()
    with Store.open(path) as before:  # no statutory seats yet: the filled ones count
        body = before.bodies.resolve("SG")
        sides = before.sides.list(body.id)
        before.decisions.add_written(  # answers counted per side, as format 9 kept them
            "Fortbildung", body.id, date(2026, 5, 4),
            votes=[SideVote(sides[0].id, 5, 0, 1), SideVote(sides[1].id, 4, 1)])
        kept = results(before)
        sentences = quorum_sentences(before)
        assert before.db.execute("SELECT count(*) FROM meetings WHERE content_hash IS NOT "
                                 "NULL").fetchone()[0] >= 4
    conn = sqlite3.connect(path)  # as format 9 left it: no ballots, no statutory seats
    conn.execute("DROP TABLE ballots")
    # the later migrations run again; they keep the columns they added
    conn.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m010_rules_of_procedure', "
                 "'m011_text_modules', 'm012_agenda_as_invited', 'm013_typed_columns')")
    assert conn.execute("SELECT count(*) FROM sides WHERE statutory_seats IS NOT NULL"
                        ).fetchone() == (0,)
    conn.execute("UPDATE decisions SET voting_method = 'open' WHERE written_procedure = 1")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    with Store.open(path) as after:
        assert after.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert results(after) == kept
        assert quorum_sentences(after) == sentences
        assert check(after) == []  # every checksum holds
        assert all(s.statutory_seats is not None for b in after.bodies.list()
                   for s in after.sides.list(b.id) if s.voting)
        written = [d for d in after.decisions.list() if d.written_procedure]
        assert written
        assert all(d.voting_method.value == "written" for d in written)
