"""How the agenda changed since the invitation: the sentence TOP 2 approves it with."""

from __future__ import annotations

import pytest

from sro_desktop.domain.agenda import agenda_changes
from sro_desktop.domain.model import AgendaItem


def top(position: int, invited: int | None, title: str) -> AgendaItem:
    return AgendaItem(title, "m", position, title, invited_position=invited)


CASES = [
    pytest.param([top(1, 1, "A"), top(2, 2, "B")], [], [], id="unchanged"),
    pytest.param([top(1, None, "A"), top(2, None, "B")], [], [], id="invitation-not-known"),
    pytest.param([top(1, 1, "A"), top(2, None, "Neu"), top(3, 2, "B")], [],
                 ["TOP 2 „Neu“ neu aufgenommen"], id="added-shifts-nothing"),
    pytest.param([top(1, 1, "A"), top(2, 3, "C")], [top(2, 2, "B")],
                 ["„B“ (TOP 2 der Einladung) abgesetzt"], id="withdrawn"),
    pytest.param([top(1, 1, "A"), top(2, 5, "E"), top(3, 2, "B"), top(4, 3, "C"),
                  top(5, 4, "D")], [],
                 ["„E“ von TOP 5 auf TOP 2 verlegt"], id="one-moved-the-rest-follow"),
    pytest.param([top(1, 1, "A"), top(2, 4, "D"), top(3, 2, "B"), top(4, None, "Neu")],
                 [top(3, 3, "C")],
                 ["TOP 4 „Neu“ neu aufgenommen", "„C“ (TOP 3 der Einladung) abgesetzt",
                  "„D“ von TOP 4 auf TOP 2 verlegt"], id="all-three"),
]


@pytest.mark.parametrize(("items", "withdrawn", "expected"), CASES)
def test_agenda_changes(items, withdrawn, expected):
    assert agenda_changes(items, withdrawn) == expected
