"""Rows to domain dataclasses and back, by the dataclass's field types."""

from __future__ import annotations

import types
import typing
from dataclasses import fields
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


def now_utc() -> str:
    """UTC ISO-8601 with milliseconds, the form of created_at/updated_at/deleted_at."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


_FIELDS: dict[type, dict[str, type]] = {}


def _scalar_fields(cls: type) -> dict[str, type]:
    """Field name -> plain type (Optional unwrapped); list fields are left out."""
    if cls in _FIELDS:
        return _FIELDS[cls]
    hints = typing.get_type_hints(cls)
    out: dict[str, type] = {}
    for f in fields(cls):
        hint = hints[f.name]
        if isinstance(hint, types.UnionType):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        if typing.get_origin(hint) is list:
            continue
        out[f.name] = hint
    _FIELDS[cls] = out
    return out


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    values: dict[str, Any] = {}
    for name, kind in _scalar_fields(cls).items():
        value = row[name]
        if value is None:
            values[name] = None
        elif kind is date:
            values[name] = date.fromisoformat(value)
        elif kind is bool:
            values[name] = bool(value)
        elif isinstance(kind, type) and issubclass(kind, Enum):
            values[name] = kind(value)
        else:
            values[name] = value
    return cls(**values)


def to_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    return value


def to_row(obj: Any) -> dict[str, Any]:
    return {name: to_value(getattr(obj, name)) for name in _scalar_fields(type(obj))}


def columns(cls: type) -> list[str]:
    return list(_scalar_fields(cls))
