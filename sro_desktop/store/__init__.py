"""The only place with SQL: the SRO file, its schema and its repositories."""

from .core import NotFound, ReadOnly, Store
from .database import NotOurFile, StoreError, TooNew
from .lock import FileInUse

__all__ = ["FileInUse", "NotFound", "NotOurFile", "ReadOnly", "Store", "StoreError", "TooNew"]
