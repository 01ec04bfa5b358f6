"""The Qt binding itself: faults of a release that would crash a long session."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QComboBox


# From 3.12 on, None's reference count is fixed, so a lost reference cannot be seen there.
@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_reading_none_from_qt_keeps_none_alive(qapp):
    """PySide6 6.12.0 lost a reference to None on each ``currentData()`` that returned
    None; on Python 3.11 the window then aborts with "deallocating None" after some
    100,000 reads (a day of work). The window reads None this way all the time."""
    combo = QComboBox()
    combo.addItem("– keine –", None)
    before = sys.getrefcount(None)
    for _ in range(1000):
        assert combo.currentData() is None
    assert sys.getrefcount(None) > before - 100
