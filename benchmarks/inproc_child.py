"""A child started by the benchmark, without Qt: the search (``store.search`` against a raw
FTS5 MATCH) and the minutes export in-process (the function the CLI calls against the
bare python-docx code), on a read-only store.

``python benchmarks/inproc_child.py FILE RUNS NAMES OUTDIR`` prints RESULT {name: {case: …}}.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bare_minutes import write_minutes  # noqa: E402
from benchmarks.common import clock, end_child, failed, in_turns  # noqa: E402

SEARCH_TARGET = 1.5
SEARCH_LIMIT_S = 0.05


def search_words(raw: sqlite3.Connection) -> dict[str, str]:
    """A common and a rare word: of words from titles across the index, the ones with
    the most and the fewest (at least one) hits."""
    titles = [r[0] for r in raw.execute(
        "SELECT title FROM search_index WHERE rowid % 97 = 0 LIMIT 400")]
    words = sorted({w for t in titles for w in t.replace(":", " ").split()
                    if len(w) >= 6 and w.isalpha()})
    counts = {w: raw.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                             [f'"{w}"']).fetchone()[0] for w in words}
    counts = {w: n for w, n in counts.items() if n}
    if not counts:
        return {}
    return {"common": max(counts, key=lambda w: (counts[w], w)),
            "rare": min(counts, key=lambda w: (counts[w], w))}


def raw_search(raw: sqlite3.Connection, word: str) -> list[Any]:
    return raw.execute("SELECT kind, record_id, title, body FROM search_index "
                       "WHERE search_index MATCH ? ORDER BY rank LIMIT 50",
                       [f'"{word}"']).fetchall()


def main() -> None:
    db, runs, names, out = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(","), sys.argv[4]
    from sro_desktop.store import Store

    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    result: dict[str, Any] = {}
    with Store.open(Path(db), read_only=True) as store:
        for name in names:
            try:
                if name == "search":
                    cases = {}
                    for kind, word in search_words(raw).items():
                        ours, base = in_turns(clock(lambda w=word: store.search(w)),
                                              clock(lambda w=word: raw_search(raw, w)), runs)
                        cases[f"{kind}:{word}"] = {"ours": ours, "base": base,
                                                   "target": SEARCH_TARGET,
                                                   "limit_s": SEARCH_LIMIT_S}
                    result[name] = cases
                elif name == "minutes_inproc":
                    from sro_desktop.documents.minutes import export_minutes

                    meeting = sys.argv[5]
                    ours, base = in_turns(
                        clock(lambda m=meeting: export_minutes(store, m, Path(out) / "ours.docx")),
                        clock(lambda m=meeting: write_minutes(db, m, str(Path(out) / "bare.docx"))),
                        runs)
                    result[name] = {"in_process": {"ours": ours, "base": base, "target": 1.0}}
            except Exception as exc:  # noqa: BLE001 - reported as the case's error
                result[name] = failed(exc)
    end_child(result)


if __name__ == "__main__":
    main()
