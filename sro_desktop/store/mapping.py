"""Rows to domain dataclasses and back, by the dataclass's field types."""

from __future__ import annotations

import types
import typing
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, fields
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Generic, NamedTuple, TypeVar

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


def from_row(cls: type[T], row: Mapping[str, Any]) -> T:
    """The dataclass from a row by column name (``SELECT *`` as a dict)."""
    names, read = reader(cls)
    return read([row[name] for name in names])


class Reader(NamedTuple, Generic[T]):
    """A dataclass's columns (its scalar fields, in order) and the function that makes
    one from a row of exactly those columns: a list reads tuples, not dicts."""

    names: list[str]
    read: Callable[[Sequence[Any]], T]

    @property
    def select(self) -> str:
        """The columns for a SELECT, quoted."""
        return ", ".join(f'"{name}"' for name in self.names)


_READERS: dict[type, Reader[Any]] = {}


def reader(cls: type[T]) -> Reader[T]:
    """The :class:`Reader` of a dataclass, made once: a function written for its fields
    (as dataclasses writes ``__init__``), as fast as one written by hand."""
    found = _READERS.get(cls)
    if found is None:
        kinds = _scalar_fields(cls)
        names = list(kinds)
        scope: dict[str, Any] = {"cls": cls}
        values = []
        for n, kind in enumerate(kinds.values()):
            convert = _converter(kind)
            if convert is None:
                values.append(f"v{n}")
            else:
                scope[f"c{n}"] = convert
                values.append(f"None if v{n} is None else c{n}(v{n})")
        init = [f.name for f in fields(cls) if f.init]  # type: ignore[arg-type]
        call = (", ".join(values) if init[:len(names)] == names else
                ", ".join(f"{name}={value}" for name, value in zip(names, values, strict=True)))
        unpack = "".join(f"v{n}, " for n in range(len(names)))
        scope["careful"] = _careful_reader(cls, kinds)
        # A value that does not convert (a bad date written by another tool) costs
        # nothing while there is none: only then is the row read field by field.
        exec(f"def read(row):\n    {unpack}= row\n    try:\n        return cls({call})\n"  # noqa: S102
             f"    except (ValueError, KeyError, TypeError):\n        return careful(row)\n",
             scope)
        found = _READERS[cls] = Reader(names, scope["read"])
    return found


# A date that cannot be read stands in as this one (arithmetic on it cannot overflow);
# the window shows the stored value instead, see :func:`unreadable`.
UNREADABLE_DATE = date(1900, 1, 1)
# id(record) -> its unreadable values, while the record lives (not in the record's
# __dict__, which the repositories copy into new records); empty but for such records.
_UNREADABLE: dict[int, dict[str, Any]] = {}


def unreadable(record: object) -> dict[str, Any]:
    """The stored values of ``record`` that could not be read (field -> raw value): they
    stand in as None, the field's default or :data:`UNREADABLE_DATE`. Empty for almost
    every record; ``check`` names them all (store/typed_columns.py)."""
    return _UNREADABLE.get(id(record), {}) if _UNREADABLE else {}


def stored_date(value: Any) -> date:
    """A date read by hand from a row (not through :func:`reader`):
    :data:`UNREADABLE_DATE` when it is none (``check`` names it)."""
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return UNREADABLE_DATE


def _careful_reader(cls: type, kinds: dict[str, type]) -> Callable[[Sequence[Any]], Any]:
    """Reads a row field by field: a value that does not convert is replaced by a safe
    one and remembered on the record (:func:`unreadable`)."""
    hints = typing.get_type_hints(cls)
    steps = []
    for f in fields(cls):
        if f.name not in kinds:
            continue
        kind = kinds[f.name]
        if f.default is not MISSING:
            safe = f.default
        elif isinstance(hints[f.name], types.UnionType):
            safe = None
        elif kind is date:
            safe = UNREADABLE_DATE
        elif isinstance(kind, type) and issubclass(kind, Enum):
            safe = next(iter(kind))
        else:
            safe = None
        steps.append((f.name, _converter(kind), safe))

    def careful(row: Sequence[Any]) -> Any:
        values: dict[str, Any] = {}
        bad: dict[str, Any] = {}
        for (name, convert, safe), raw in zip(steps, row, strict=True):
            if raw is None or convert is None:
                values[name] = raw
                continue
            try:
                values[name] = convert(raw)
            except (ValueError, KeyError, TypeError):
                values[name], bad[name] = safe, raw
        record = cls(**values)
        if bad:
            _UNREADABLE[id(record)] = bad
            weakref.finalize(record, _UNREADABLE.pop, id(record), None)
        return record

    return careful


def _converter(kind: type) -> Callable[[Any], Any] | None:
    """What turns a stored value (not NULL) into the field's value; None: as it is."""
    if kind is date:
        return date.fromisoformat
    if kind is bool:
        return bool
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind._value2member_map_.__getitem__  # a dict lookup, not EnumMeta.__call__
    return None


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
