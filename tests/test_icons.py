"""The application icon: PNG sizes and the Windows .ico, rendered from the SVG by
packaging/make_icons.py and committed; they must match the SVG as it is now."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def make_icons():
    script = ROOT / "packaging" / "make_icons.py"
    spec = importlib.util.spec_from_file_location("make_icons", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def channels(image: QImage) -> bytes:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return b"".join(bytes(image.constScanLine(y))[: image.width() * 4]
                    for y in range(image.height()))


@pytest.mark.parametrize("size", SIZES)
def test_each_png_has_its_size_and_a_picture(size, qapp):
    image = QImage(str(ICONS / f"sro-desktop-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    colours = {image.pixel(x, y) for x in range(0, size, max(1, size // 16))
               for y in range(0, size, max(1, size // 16))}
    assert len(colours) >= 3  # not blank: the tile, the rings, the transparent corners
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner
    assert image.pixelColor(size // 2, size // 8).name() == "#1f5f99"


@pytest.mark.parametrize("size", [16, 32, 64, 128])
def test_the_pngs_are_rendered_from_the_svg_as_it_is(size, make_icons, qapp):
    """After changing the SVG: python packaging/make_icons.py (a rounding apart allowed)."""
    fresh = channels(make_icons.render(size))
    committed = channels(QImage(str(ICONS / f"sro-desktop-{size}.png")))
    assert len(fresh) == len(committed)
    assert max(abs(a - b) for a, b in zip(fresh, committed, strict=True)) <= 3


def test_the_ico_holds_every_size_up_to_256(qapp):
    data = (ICONS / "sro-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        assert width == height
        assert (planes, bits) == (1, 32)
        assert offset + length <= len(data)
    reader = QImageReader(str(ICONS / "sro-desktop.ico"))  # Qt's own ICO reader
    assert reader.imageCount() == 7
    read = {}
    for index in range(7):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        read[image.width()] = image
    assert sorted(read) == [16, 24, 32, 48, 64, 128, 256]
    for size, image in read.items():
        png = QImage(str(ICONS / f"sro-desktop-{size}.png"))
        assert channels(image) == channels(png), size
