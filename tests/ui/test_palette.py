"""The colours that carry meaning (state, quorum, parity, overdue) are readable: each has
a contrast of at least 4.5:1 to the background it is written on (WCAG 2.1 AA, which
BITV 2.0 asks of public-sector software), computed from the palette itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from sro_desktop.ui.budget import chart
from sro_desktop.ui.common import palette
from sro_desktop.ui.common.table_model import Column, RecordTableModel
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


# A dark or high-contrast system theme: black (as packaging/screenshots.py --contrast) and
# the darkest greys of the usual dark themes.
DARK_GROUNDS = [QColor("#000000"), QColor("#2d2d2d"), QColor("#3c3c3c")]
TEXT_COLOURS = ["OVERDUE", "DUE_SOON", "DONE", "ADOPTED", "IN_PROGRESS", "OPEN"]


@pytest.fixture
def dark_palette(qapp):
    before = qapp.palette()
    dark = QPalette(before)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, QColor("black"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        dark.setColor(role, QColor("white"))
    qapp.setPalette(dark)
    try:
        yield dark
    finally:
        qapp.setPalette(before)


def test_on_a_light_ground_each_colour_is_shown_as_it_is(qapp):
    assert not palette.dark_ground()
    for name in TEXT_COLOURS + ["OVERDUE_BACKGROUND", "DUE_SOON_BACKGROUND"]:
        assert palette.shown(getattr(palette, name)) == getattr(palette, name), name


@pytest.mark.parametrize("name", TEXT_COLOURS)
def test_on_a_dark_ground_each_state_colour_reads(dark_palette, name):
    assert palette.dark_ground()
    colour = palette.shown(getattr(palette, name))
    assert colour != getattr(palette, name)
    assert palette.text_style(getattr(palette, name)) == f"color: {colour.name()};"
    for ground in DARK_GROUNDS:
        assert contrast(colour, ground) >= 4.5, (name, ground.name())


@pytest.mark.parametrize(("name", "background"), [
    ("OVERDUE", "OVERDUE_BACKGROUND"), ("DUE_SOON", "DUE_SOON_BACKGROUND")])
def test_on_a_dark_ground_the_warning_rows_read(dark_palette, name, background):
    ground = palette.shown(getattr(palette, background))
    assert ground.lightnessF() < 0.5  # a dark tint, not the light pink under white text
    for text in (palette.shown(getattr(palette, name)), QColor("white")):
        assert contrast(text, ground) >= 4.5, (name, text.name())


def test_a_task_table_colours_overdue_rows_for_the_dark_ground(dark_palette):
    model = RecordTableModel([Column("Titel", lambda record: record)])
    model.foreground = lambda record: palette.OVERDUE
    model.background = lambda record: palette.OVERDUE_BACKGROUND
    model.set_loader(lambda limit, offset: ["Bericht"][offset:offset + limit])
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == \
        palette.DARK_VARIANTS[palette.OVERDUE.rgb()]
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) == \
        palette.DARK_VARIANTS[palette.OVERDUE_BACKGROUND.rgb()]


@pytest.mark.parametrize("dark", [False, True])
def test_a_deferred_item_is_grey_and_still_reads(main_window, store_of, qapp, dark):
    """A deferred TOP is written in a muted grey with 4.5:1 on the list's ground (Qt's
    darkGray had 3.9:1 on white)."""
    sg = store_of.bodies.resolve("SG")
    draft = next(m for m in store_of.meetings.list(sg.id) if m.state.value == "draft")
    item = store_of.agenda.list(draft.id)[0]
    main_window.context.edit("TOP vertagen", store_of.agenda.update, item.id, deferred=True)
    main_window.go_to("agenda_items", item.id)
    agenda = main_window.meetings.panel.agenda
    assert agenda.model.items[0].deferred
    before = qapp.palette()
    if dark:
        black = QPalette(before)
        black.setColor(QPalette.ColorRole.Base, QColor("black"))
        qapp.setPalette(black)
    try:
        grey = agenda.model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
        ground = qapp.palette().color(QPalette.ColorRole.Base)
    finally:
        qapp.setPalette(before)
    assert contrast(grey, ground) >= 4.5, grey.name()
