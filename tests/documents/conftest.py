"""The document tests share the demo file written for one fixed day, and the helpers in
``document_reading`` (this folder is on ``pythonpath`` in pyproject.toml)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from document_reading import TODAY
from pinned import TODAY as PINNED

from sro_desktop.store import Store


@pytest.fixture(scope="session")
def demo_file(demo_path) -> Path:
    """The demo written once per run for TODAY (tests/conftest.py); tests copy it."""
    assert TODAY == PINNED
    return demo_path


@pytest.fixture
def demo_store(demo_file, tmp_path):
    """A fresh copy of the demo, open; tests may change it."""
    copy = tmp_path / "demo.sro"
    shutil.copy(demo_file, copy)
    with Store.open(copy) as store:
        yield store
