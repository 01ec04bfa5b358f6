"""``sro-desktop export budget``: the budget of the model region (all years, or one) and
the programme's posts, as a CSV for Excel or as the Haushaltsübersicht (Word or PDF)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .cli import written
from .cli_allowances import csv_word_or_pdf
from .domain.words import say


def add_exports(what: argparse._SubParsersAction
                ) -> dict[str, Callable[[argparse.Namespace], int]]:
    budget = what.add_parser("budget", help=say(
        "cli", "der Haushalt der Modellregion und die Stellen: CSV für Excel, oder die "
               "Haushaltsübersicht (.docx, .pdf)"))
    budget.add_argument("--db", type=Path, required=True)
    budget.add_argument("--year", type=int, help=say("cli", "nur dieses Jahr (sonst alle "
                                                            "Jahre)"))
    budget.add_argument("--out", type=Path, required=True, help=csv_word_or_pdf())
    return {"budget": export_budget_command}


def export_budget_command(args: argparse.Namespace) -> int:
    from .documents.budget import export_budget
    from .documents.files import WORD_PDF_OR_CSV, output_suffix
    from .store import Store

    output_suffix(args.out, WORD_PDF_OR_CSV)  # refused before the file is opened
    with Store.open(args.db, read_only=True) as store:
        path = export_budget(store, args.out, year=args.year)
    print(written(path))
    return 0
