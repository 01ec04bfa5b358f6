"""A child started by the benchmark, without Qt: a month of changes made on a clone of
the file ("Laptop Beirat"), its package for the first copy, and the first copy taking
it in (``take_in``) against the bare work of writing the same rows (one
``executemany`` per table, in one transaction, on a copy of the same file).

``python benchmarks/exchange_child.py FILE RUNS OUTDIR`` prints RESULT {"exchange": {…}}.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import end_child, failed, in_turns  # noqa: E402

IMPORT_TARGET = 5.0  # ours, not the issue's: taking a package in stays near bare writing
MEETINGS = 10  # a month of the steering group's and the advisory board's meetings
PAPER = bytes(range(256)) * 400  # a 100 kB paper, one per meeting


def month_of_changes(store: Any, start: date) -> None:
    """What a month on the other laptop makes: meetings with agenda, attendance,
    decisions with votes and tasks, recommendations answered, papers, some edits."""
    from sro_desktop.domain.enums import AgendaKind, MeetingState, RecommendationState
    from sro_desktop.domain.model import SideVote

    sg = store.bodies.resolve("SG").id
    boards = [b.id for b in store.bodies.list() if b.kind.value == "advisory"]
    for n in range(MEETINGS):
        day = start + timedelta(days=3 * n)
        body = sg if n % 2 == 0 or not boards else boards[0]
        meeting = store.meetings.add(body, day, start_time="14:00", end_time="16:00",
                                     place=f"Ort {n}")
        items = [store.agenda.add(meeting.id, f"TOP {n}.{i}: Vorlage", AgendaKind.DECISION,
                                  duration_minutes=15) for i in range(4)]
        store.attachments.add(items[0].id, (f"Vorlage-{n}.pdf", PAPER + bytes([n])))
        store.meetings.set_state(meeting.id, MeetingState.INVITED)
        store.attendance.mark_all_present(meeting.id)
        store.meetings.set_state(meeting.id, MeetingState.HELD)
        for item in items[:2]:
            decision = store.decisions.add(f"Beschluss zu {item.title}", agenda_item_id=item.id)
            per_side: dict[str, int] = {}
            for m in store.decisions.voters(decision):
                per_side[m.side_id] = per_side.get(m.side_id, 0) + 1
            store.decisions.record_votes(decision.id, [SideVote(s, yes=c)
                                                       for s, c in per_side.items()])
            for k in range(2):
                store.tasks.add(body, f"Aufgabe {k} aus {decision.number}",
                                origin_decision_id=decision.id, due_date=day + timedelta(30))
        if body != sg:
            rec = store.recommendations.add(body, sg, f"Empfehlung aus Sitzung {n}", day,
                                            text="Der Beirat empfiehlt …")
            store.recommendations.answer(rec.id, RecommendationState.ADOPTED, "Angenommen.",
                                         responded_on=day + timedelta(days=2))
    for task in store.tasks.list(sg)[:20]:  # edits of older records
        store.tasks.update(task.id, description="Stand nach der Klausur")


def bare_insert(target: Path, package: Any) -> float:
    """The same rows written plainly: one executemany per table, one transaction."""
    conn = sqlite3.connect(target)
    by_table: dict[str, list[dict[str, Any]]] = {}
    for change in package.changes:
        if change.row is not None:
            by_table.setdefault(change.table, []).append(change.row)
    start = time.perf_counter()
    with conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for table, rows in by_table.items():
            columns = list(rows[0])
            conn.executemany(
                f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES "
                f"({', '.join('?' for _ in columns)})", [[r[c] for c in columns] for r in rows])
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def main() -> None:
    db, runs, out = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    from sro_desktop.store import Store
    from sro_desktop.store.exchange import clone, export, take_in
    from sro_desktop.store.exchange_package import read

    result: dict[str, Any] = {}
    try:
        first, other = out / "geschaeftsstelle.sro", out / "beirat.sro"
        shutil.copyfile(db, first)
        with Store.open(first) as store:
            clone(store, other, "Laptop Beirat")
            start = max(m.date for m in store.meetings.list()) + timedelta(days=7)
        with Store.open(other) as store:
            began = time.perf_counter()
            month_of_changes(store, start)
            made = time.perf_counter() - began
            package = out / "monat.sroex"
            began = time.perf_counter()
            manifest, _notes = export(store, package, _peers(store)[0])
            exported = time.perf_counter() - began
        content = read(package)
        work = out / "work.sro"

        def fresh() -> None:
            work.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(first, work)

        def ours() -> float:
            fresh()
            with Store.open(work) as store:
                began = time.perf_counter()
                report = take_in(store, package)
                seconds = time.perf_counter() - began
            assert not report.conflicts, report.lines()
            return seconds

        def base() -> float:
            fresh()
            return bare_insert(work, content)

        mine, bare = in_turns(ours, base, runs)
        result["exchange"] = {"import": {
            "ours": mine, "base": bare, "target": IMPORT_TARGET,
            "info": {"package_bytes": package.stat().st_size,
                     "records": sum(manifest["counts"].values()),
                     "papers": manifest["blobs"], "counts": manifest["counts"],
                     "export_s": round(exported, 3), "month_made_s": round(made, 1)}}}
    except Exception as exc:  # noqa: BLE001 - reported as the case's error
        result["exchange"] = failed(exc)
    print(json.dumps(result.get("exchange", {}).get("import", {}).get("info", {})),
          file=sys.stderr)
    end_child(result)


def _peers(store: Any) -> list[str]:
    from sro_desktop.store.exchange import peers

    return [p.replica_id for p in peers(store.db)]


if __name__ == "__main__":
    main()
