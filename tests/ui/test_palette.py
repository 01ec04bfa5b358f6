"""The colours that carry meaning (state, quorum, parity, overdue) are readable: each has
a contrast of at least 4.5:1 to the background it is written on (WCAG 2.1 AA, which
BITV 2.0 asks of public-sector software), computed from the palette itself."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from sro_desktop.ui.budget import chart
from sro_desktop.ui.common import palette
from sro_desktop.ui.meetings import projector

WHITE = QColor("#ffffff")


def luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_the_known_extremes():
    assert contrast(QColor("#000000"), WHITE) == pytest.approx(21.0)
    assert contrast(WHITE, WHITE) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("name", "background"), [
    ("OVERDUE", WHITE), ("DUE_SOON", WHITE), ("DONE", WHITE), ("ADOPTED", WHITE),
    ("IN_PROGRESS", WHITE), ("OPEN", WHITE),
    ("OVERDUE", palette.OVERDUE_BACKGROUND), ("DUE_SOON", palette.DUE_SOON_BACKGROUND),
])
def test_each_state_colour_reads_on_its_background(name, background):
    assert contrast(getattr(palette, name), background) >= 4.5, name


@pytest.mark.parametrize("name", ["PLAN", "ACTUAL", "OVERSPENT", "TEXT"])
def test_the_budget_charts_colours_read_on_white(name):
    assert contrast(getattr(chart, name), WHITE) >= 4.5, name


@pytest.mark.parametrize("name", ["FOREGROUND", "MUTED", "ADOPTED", "REJECTED"])
def test_the_projector_reads_from_the_back_of_the_room(name):
    assert contrast(QColor(getattr(projector, name)), QColor(projector.BACKGROUND)) >= 7.0
