"""The only place with SQL: the SRO file, its schema and its repositories."""

from .core import Store
from .errors import NotFound, NotOurFile, ReadOnly, StoreError, TooNew
from .lock import FileInUse

__all__ = ["FileInUse", "NotFound", "NotOurFile", "ReadOnly", "Store", "StoreError", "TooNew"]
