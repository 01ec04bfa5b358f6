"""The command-line tests call the program in this process with the helpers of
``command_line`` (this folder is on ``pythonpath`` in pyproject.toml); a few
run it as a real process. They share the demo written once per run for the pinned day."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.register_assert_rewrite("command_line")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory, demo_path) -> Path:
    """This module's copy of the demo (tests/conftest.py: written once per run)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sro"
    shutil.copyfile(demo_path, path)
    return path


@pytest.fixture(scope="module")
def demo(demo_template) -> Path:
    """The demo the module's tests read; a test that changes it works on a copy."""
    return demo_template
