"""The only place with SQL: the SRO file, its schema and its repositories.

The names below are loaded on first use, so that a light reader (the command
line's ``list``) can import a module of the store without the whole store and
sqlite-utils behind it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core import Store
    from .errors import NotFound, NotOurFile, ReadOnly, StoreError, TooNew
    from .lock import FileInUse

__all__ = ["FileInUse", "NotFound", "NotOurFile", "ReadOnly", "Store", "StoreError", "TooNew"]

_HOMES = {"Store": ".core", "FileInUse": ".lock", "NotFound": ".errors",
          "NotOurFile": ".errors", "ReadOnly": ".errors", "StoreError": ".errors",
          "TooNew": ".errors"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name], __name__), name)
    globals()[name] = value
    return value
