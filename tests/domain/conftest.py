"""The domain tests build plain dataclasses with the builders in ``domain_factories``.

The suite runs with ``--import-mode=importlib``, which puts no test folder on
``sys.path``; this folder is added here so that the test modules can import
their builders by name (pytest loads a folder's conftest before its tests).
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
