"""CSV files that Excel on a German Windows opens as they are (a double click, no import).

Excel reads a file as UTF-8 only when it starts with the byte order mark, and
splits columns at the list separator of the system's region, which is ``;`` in
Germany. Lines end with CR LF, dates are written 31.12.2026, yes/no as ja/nein (in
English 31/12/2026 and yes/no).
Every cell goes through :func:`~.text.clean_text`; line breaks inside a cell
stay (the cell is quoted, Excel shows them as breaks within the cell).

Formula injection: a cell Excel would read as a formula could run a command
(DDE) or send data away (HYPERLINK, WEBSERVICE) when the file is opened. A
cell that starts with ``=`` or ``@`` (after leading blanks) is always a formula
to Excel, so it gets a leading apostrophe. Cells that start with ``+`` or ``-``
are ordinary in German text ("- Punkt", "+ Zuschuss", "-5") and stay as they
are unless they also carry what an attack needs: a function call (a name
directly followed by ``(``) or a DDE/sheet reference (``|`` or ``!``); those
get the apostrophe too. The apostrophe is visible in Excel; it only ever
appears in front of text that would otherwise have been run as a formula.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.words import say
from .dates import date_text
from .files import write_atomically
from .text import clean_text

_ALWAYS_FORMULA = ("=", "@")
_SIGNS = ("+", "-")
_FORMULA_SYNTAX = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*\(|[|!]")


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe if Excel would run it as a formula."""
    start = text.lstrip(" \t\n")
    if start.startswith(_ALWAYS_FORMULA) or (
            start.startswith(_SIGNS) and _FORMULA_SYNTAX.search(start)):
        return "'" + text
    return text


def cell(value: Any) -> str:
    """One value as the text of a cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return say("documents.csv_files", "ja") if value else say("documents.csv_files", "nein")
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, int):
        return str(value)
    return neutralise(clean_text(value))


def write_csv(target: str | Path, header: Sequence[str],
              rows: Iterable[Sequence[Any]]) -> Path:
    """Write a table as CSV for Excel (UTF-8 with BOM, ``;``, CR LF), atomically."""
    lines = [[cell(v) for v in header], *([cell(v) for v in row] for row in rows)]

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(lines)

    return write_atomically(target, write)
