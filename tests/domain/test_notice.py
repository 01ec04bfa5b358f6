"""The notice period (Einladungsfrist): when an invitation is too late, and by how much."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sro_desktop.domain.notice import notice_short_by, notice_warning, short_notice_note

SENT = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("days_ahead", "notice_days", "short_by"),
    [
        pytest.param(16, 7, 0, id="well-ahead"),
        pytest.param(8, 7, 0, id="one-day-spare"),
        pytest.param(7, 7, 0, id="exactly-seven-days-is-in-time"),
        pytest.param(6, 7, 1, id="one-day-short"),
        pytest.param(1, 7, 6, id="tomorrow"),
        pytest.param(0, 7, 7, id="same-day"),
        pytest.param(-3, 7, 10, id="meeting-already-past"),
        pytest.param(14, 21, 7, id="longer-notice-of-the-body"),
        pytest.param(0, 0, 0, id="no-notice-period"),
        pytest.param(-1, 0, 1, id="no-notice-period-but-past"),
    ],
)
def test_notice_short_by(days_ahead, notice_days, short_by):
    meeting = SENT + timedelta(days=days_ahead)
    assert notice_short_by(meeting, SENT, notice_days) == short_by
    assert bool(notice_warning(meeting, SENT, notice_days)) == bool(short_by)


@pytest.mark.parametrize(
    ("days_ahead", "notice_days", "text"),
    [
        pytest.param(3, 7, "Die Einladungsfrist von 7 Tagen ist nicht eingehalten: Versand am "
                           "02.03.2026, Sitzung am 05.03.2026 – bis zur Sitzung bleiben 3 Tage "
                           "(4 Tage zu kurz).", id="short"),
        pytest.param(6, 7, "Die Einladungsfrist von 7 Tagen ist nicht eingehalten: Versand am "
                           "02.03.2026, Sitzung am 08.03.2026 – bis zur Sitzung bleiben 6 Tage "
                           "(1 Tag zu kurz).", id="one-day-singular"),
        pytest.param(0, 1, "Die Einladungsfrist von 1 Tag ist nicht eingehalten: Versand am "
                           "02.03.2026, Sitzung am 02.03.2026 – die Sitzung ist am selben Tag "
                           "(1 Tag zu kurz).", id="same-day"),
        pytest.param(-2, 7, "Die Sitzung am 28.02.2026 liegt vor dem Versand am 02.03.2026; "
                            "die Einladungsfrist von 7 Tagen ist nicht einzuhalten.", id="past"),
        pytest.param(7, 7, "", id="in-time"),
    ],
)
def test_notice_warning_text(days_ahead, notice_days, text):
    assert notice_warning(SENT + timedelta(days=days_ahead), SENT, notice_days) == text


def test_short_notice_note_for_the_members():
    assert short_notice_note(7) == ("Diese Einladung erfolgt mit verkürzter Frist; die "
                                    "reguläre Einladungsfrist beträgt 7 Tage.")
    assert short_notice_note(1).endswith("beträgt 1 Tag.")
