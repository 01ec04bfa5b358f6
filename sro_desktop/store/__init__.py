"""The only place with SQL: the SRO file, its schema and its repositories."""

from .core import NotFound, Store
from .database import NotOurFile, StoreError, TooNew

__all__ = ["NotFound", "NotOurFile", "Store", "StoreError", "TooNew"]
