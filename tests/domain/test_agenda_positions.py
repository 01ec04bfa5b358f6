"""Where a recommendation put on the agenda goes: before "Verschiedenes", else at the end."""

from __future__ import annotations

import pytest

from sro_desktop.domain.agenda import before_closing
from sro_desktop.domain.model import AgendaItem


@pytest.mark.parametrize(("titles", "position"), [
    ((), 1),
    (("Begrüßung", "Modellregion"), 3),
    (("Begrüßung", "Verschiedenes"), 2),
    (("Begrüßung", "Verschiedenes", "Termine"), 2),  # wherever it stands
    (("Verschiedenes",), 1),
])
def test_before_verschiedenes_else_at_the_end(titles, position):
    items = [AgendaItem(id=f"i{n}", meeting_id="m1", position=n, title=title)
             for n, title in enumerate(titles, start=1)]
    assert before_closing(items) == position
