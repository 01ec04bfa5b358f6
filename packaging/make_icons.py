"""Render the application icon's PNG sizes and the Windows .ico from the SVG.

    python packaging/make_icons.py

reads ``resources/icons/sro-desktop.svg`` and writes, next to it,
``sro-desktop-<size>.png`` for each of SIZES and ``sro-desktop.ico`` (16 to 256 px). The
results are committed, so that a fresh checkout and the bundle build need no renderer;
run this again after changing the SVG (tests/test_icons.py checks they match).

The .ico is written by hand (no Pillow): a directory of entries, then the images -- a
32-bit BMP (with its AND mask) for each size below 256, which every Windows reader
takes, and a PNG for 256 px, as Windows Vista and later expect it.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "sro-desktop.svg"
ICO = ICONS / "sro-desktop.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int, folder: Path = ICONS) -> Path:
    return folder / f"sro-desktop-{size}.png"


def render(size: int, svg: Path = SVG) -> QImage:
    """The SVG drawn into a transparent ``size`` × ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An .ico's BMP image: BITMAPINFOHEADER (height doubled for the mask), the BGRA
    rows bottom-up, then the 1-bit AND mask (all zero: the alpha channel decides)."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):
        line = image.constScanLine(y)  # ARGB32 in memory on little-endian: B, G, R, A
        rows.append(bytes(line)[: size * 4])
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_row * size)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """The ICO container: ICONDIR, one ICONDIRENTRY per image, the images."""
    blobs = [png_bytes(images[s]) if s >= 256 else bmp_entry(images[s]) for s in images]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for size, blob in zip(images, blobs, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return directory + b"".join(blobs)


def make(folder: Path = ICONS, svg: Path = SVG) -> list[Path]:
    """Write the PNGs and the .ico into ``folder``; the files written."""
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: render(size, svg) for size in SIZES}
    written = []
    for size, image in images.items():
        target = png_path(size, folder)
        target.write_bytes(png_bytes(image))
        written.append(target)
    ico = folder / ICO.name
    ico.write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    written.append(ico)
    return written


if __name__ == "__main__":
    for path in make():
        print(f"Written: {path}")
