"""The only place with SQL: the SRO file, its schema and its repositories.

The names below are loaded when first used (PEP 562), so that importing one part
of the store (its errors, say) does not load all of it: the window paints before
the store's modules and sqlite-utils are read, and the command line's ``list``
reads without them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core import Store
    from .errors import NotFound, NotOurFile, ReadOnly, StoreError, TooNew
    from .lock import FileInUse

_WHERE = {"Store": ".core", "FileInUse": ".lock", "NotFound": ".errors",
          "NotOurFile": ".errors", "ReadOnly": ".errors", "StoreError": ".errors",
          "TooNew": ".errors"}

__all__ = ["FileInUse", "NotFound", "NotOurFile", "ReadOnly", "Store", "StoreError", "TooNew"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name], __name__), name)
    globals()[name] = value
    return value
