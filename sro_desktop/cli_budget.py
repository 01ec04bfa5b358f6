"""``sro-desktop export budget``: the budget of the model region (all years, or one) and
the programme's posts, as a CSV for Excel or as the Haushaltsübersicht (Word or PDF)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def add_exports(what: argparse._SubParsersAction
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    budget = what.add_parser("budget", help="the budget of the model region and the posts: "
                                            "CSV for Excel, or the Haushaltsübersicht "
                                            "(.docx, .pdf)")
    budget.add_argument("--db", type=Path, required=True)
    budget.add_argument("--year", type=int, help="only this year (default: every year)")
    budget.add_argument("--out", type=Path, required=True,
                        help="file to write (.csv, .docx or .pdf)")
    return {"budget": export_budget_command}


def export_budget_command(args: argparse.Namespace) -> int:
    from .documents.budget import export_budget
    from .documents.files import WORD_PDF_OR_CSV, output_suffix
    from .store import Store

    output_suffix(args.out, WORD_PDF_OR_CSV)  # refused before the file is opened
    with Store.open(args.db, read_only=True) as store:
        path = export_budget(store, args.out, year=args.year)
    print(f"Written: {path}")
    return 0
