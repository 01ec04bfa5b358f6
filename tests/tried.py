"""What a test module tried (inputs, faults), printed after it also under capture: the
figures an issue's note quotes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any


def report_tried(request: Any, heading: str, counts: Counter[str],
                 extra: Sequence[str] = ()) -> None:
    """Print ``heading`` and each name's count (nothing when nothing was tried)."""
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    if reporter is None or not counts:
        return
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        reporter.write_line(f"\n{heading}")
        for name, count in sorted(counts.items()):
            reporter.write_line(f"  {name}: {count}")
        for line in extra:
            reporter.write_line(line)
