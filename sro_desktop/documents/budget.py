"""The budget of the model region and the programme's posts as documents: a CSV for Excel
(one row per budget line and year) and the Haushaltsübersicht (Word, or PDF).

Amounts are whole cents (domain/budget.py) written in German format by
:func:`~sro_desktop.domain.money.euro`. As in the Sitzungsgeld CSV, the CSV's amount
cells leave the "€" out (the header says "(€)"), so that Excel on a German Windows reads
"1.234,56" as a number it can add up; the Word file shows "1.234,56 €".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .. import clock
from ..domain.budget import (
    QUARTERS,
    BudgetLine,
    Post,
    Totals,
    held_between,
    in_order,
    share_text,
    totals,
    totals_by,
)
from ..domain.money import amount_text, euro
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store import Store
from .csv_files import write_csv
from .dates import date_text, quarter_name
from .files import WORD_PDF_OR_CSV, ExportError, output_suffix
from .minutes import Names
from .render import write_document
from .text import clean_text

# translated where written: say("documents.budget", …)
TITLE = QT_TRANSLATE_NOOP("documents.budget", "Haushaltsübersicht")
VACANT = QT_TRANSLATE_NOOP("documents.budget", "unbesetzt")
PLAN = QT_TRANSLATE_NOOP("documents.budget", "Soll")
ACTUAL = QT_TRANSLATE_NOOP("documents.budget", "Ist")
REST = QT_TRANSLATE_NOOP("documents.budget", "Rest")
TOTAL = QT_TRANSLATE_NOOP("documents.budget", "Summe")


def csv_header() -> tuple[str, ...]:
    """The CSV's columns, in the program's language."""
    plan = say("documents.budget", "Soll Q{quarter} (€)")
    actual = say("documents.budget", "Ist Q{quarter} (€)")
    return (say("documents.budget", "Jahr"), say("documents.budget", "Bereich"),
            say("documents.budget", "Bezeichnung"), say("documents.budget", "Finanzierung"),
            *(plan.format(quarter=q) for q in QUARTERS),
            *(actual.format(quarter=q) for q in QUARTERS),
            say("documents.budget", "Soll (€)"), say("documents.budget", "Ist (€)"),
            say("documents.budget", "Rest (€)"), say("documents.budget", "Beschluss"),
            say("documents.budget", "Meilenstein"))


def line_header() -> tuple[str, ...]:
    """The header of a year's table of lines: the quarters in the program's language."""
    return (say("documents.budget", "Haushaltszeile"), "", *(quarter_name(q) for q in (1, 2, 3, 4)),
            say("documents.budget", "Jahr"), say("documents.budget", REST))


def sum_header() -> tuple[str, ...]:
    return tuple(say("documents.budget", text) for text in (PLAN, ACTUAL, REST))


def post_header() -> tuple[str, ...]:
    return (say("documents.budget", "Stelle"), say("documents.budget", "Inhaber/in"),
            say("documents.budget", "Seite"), say("documents.budget", "Anteil"),
            say("documents.budget", "von"), say("documents.budget", "bis"),
            say("documents.budget", "Finanzierung"))


GREY = RGBColor(0x59, 0x59, 0x59)


def csv_amount(cents: int) -> str:
    """An amount for a CSV cell: "1.234,56", which a German Excel reads as a number."""
    return amount_text(cents)


@dataclass(frozen=True)
class Labels:
    """What a line or post refers to, in words: decisions, milestones, lines, names."""

    decisions: dict[str, str]
    milestones: dict[str, str]
    lines: dict[str, BudgetLine]
    names: Names

    @classmethod
    def read(cls, store: Store) -> Labels:
        return cls({d: clean_text(number) for d, number, _title in store.decisions.labels()},
                   {m.id: clean_text(m.title) for m in store.milestones.list()},
                   {x.id: x for x in store.budget_lines.list()}, Names.read(store))

    def line(self, line_id: str | None) -> str:
        """A funding line as "Tandem-Koordination · Landesmodellprojekt"; "" without one.
        Not its year: a post runs for years and is linked to one year's line."""
        line = self.lines.get(line_id or "")
        return f"{clean_text(line.title)} · {line.funding.label}" if line else ""


def chosen_lines(store: Store, year: int | None) -> list[BudgetLine]:
    """The year's lines (every year's, without one); refused when there are none, so that
    no empty file is written."""
    lines = store.budget_lines.list(year)
    if not lines:
        if year is None:
            raise ExportError(say("documents.budget", "Es sind keine Haushaltszeilen erfasst; "
                                  "es gibt keine Haushaltsübersicht zu schreiben."))
        raise ExportError(say("documents.budget", "Für {year} sind keine Haushaltszeilen "
                              "erfasst; es gibt keine Haushaltsübersicht zu schreiben.").format(
                                  year=year))
    return lines


def post_rows(posts: Iterable[Post], labels: Labels) -> list[dict[str, str]]:
    """The posts in words; a vacant post says so."""
    vacant = say("documents.budget", VACANT)
    return [{"title": clean_text(p.title),
             "holder": labels.names.person(p.person_id) if p.person_id else vacant,
             "organization": labels.names.organization(p.organization_id)
             if p.organization_id else "",
             "side": p.side.label, "share": share_text(p.share_permille),
             "from": date_text(p.date_from),
             "to": date_text(p.date_to) if p.date_to else "",
             "line": labels.line(p.budget_line_id)} for p in posts]


def export_budget(store: Store, target: str | Path, *, year: int | None = None) -> Path:
    """Write the budget (of ``year``, or of every year): CSV for ``.csv``, the
    Haushaltsübersicht for ``.docx``/``.pdf``."""
    kind = output_suffix(target, WORD_PDF_OR_CSV)
    lines = chosen_lines(store, year)
    labels = Labels.read(store)
    if kind == ".csv":
        return write_csv(target, csv_header(), (
            [x.year, x.area.label, x.title, x.funding.label,
             *(csv_amount(x.plan(q)) for q in QUARTERS),
             *(csv_amount(x.actual(q)) for q in QUARTERS),
             csv_amount(x.plan_total), csv_amount(x.actual_total), csv_amount(x.remaining),
             labels.decisions.get(x.decision_id or "", ""),
             labels.milestones.get(x.milestone_id or "", "")] for x in lines))
    years = sorted({x.year for x in lines})
    posts = _posts_of(store.posts.list(), year)
    document = _overview(years, lines, post_rows(posts, labels), labels, year)
    span = year_span(years)
    return write_document(document, target, {
        "title": say("documents.budget", "Haushaltsübersicht {years} – Modellregion").format(
            years=span), "author": say("documents.budget", "Steuerungsgruppe SRO")})


def year_span(years: list[int]) -> str:
    """"2026", or "2018–2027" for several years."""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def _posts_of(posts: list[Post], year: int | None) -> list[Post]:
    """The posts held at some time of ``year`` (all of them without one), office first."""
    if year is None:
        return in_order(posts)
    return held_between(posts, date(year, 1, 1), date(year, 12, 31))


# -- the Word document ------------------------------------------------------------------------
def _overview(years: list[int], lines: list[BudgetLine], posts: list[dict[str, str]],
              labels: Labels, year: int | None) -> Any:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    section.top_margin = section.bottom_margin = Cm(1.6)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Title"):
        document.styles[name].font.name = "Arial"
    footer = section.footer.paragraphs[0]
    footer.text = say("documents.budget", "Haushaltsübersicht · Stand {date}").format(
        date=date_text(clock.today()))
    footer.runs[0].font.size = Pt(8)
    footer.runs[0].font.color.rgb = GREY

    document.add_heading(f"{say('documents.budget', TITLE)} {year_span(years)}", level=0)
    document.add_paragraph(say("documents.budget", "Budget der Modellregion und Stellen des "
                               "Programms Sozialraumorientierung. Alle Beträge in Euro; "
                               "Rest = Soll − Ist."))
    document.add_heading(say("documents.budget", "Zusammenfassung"), level=1)
    by_year = totals_by(lines, "year")
    _sum_table(document, say("documents.budget", "Haushaltsjahr"),
               [(str(y), t) for y, t in by_year], totals(lines) if len(by_year) > 1 else None)
    document.add_heading(say("documents.budget", "Nach Finanzierung"), level=2)
    _sum_table(document, say("documents.budget", "Finanzierung"),
               [(getattr(f, "label", ""), t) for f, t in totals_by(
                   sorted(lines, key=lambda x: _order(x.funding)), "funding")], totals(lines))
    for number in years:
        if len(years) > 1:  # one year: its lines follow its sums on the first page
            document.add_page_break()
        chosen = [x for x in lines if x.year == number]
        document.add_heading(say("documents.budget", "Haushaltsjahr {years}").format(
            years=number), level=1)
        _line_table(document, chosen, labels)
    document.add_heading(say("documents.budget", "Stellen"), level=1)
    if posts:
        table = _table(document, post_header(), [5.6, 5.6, 2.6, 2.3, 2.3, 2.3, 5.4])
        for post in posts:
            holder = post["holder"] + (f"\n{post['organization']}" if post["organization"]
                                       else "")
            _row(table, [post["title"], holder, post["side"], post["share"], post["from"],
                         post["to"] or "–", post["line"] or "–"])
    else:
        document.add_paragraph(say("documents.budget", "Es sind keine Stellen erfasst."))
    return document


def _line_table(document: Any, lines: list[BudgetLine], labels: Labels) -> None:
    """Two rows per line (Soll, Ist) with the quarters, the year and what remains."""
    table = _table(document, line_header(), [7.3, 1.1, 2.45, 2.45, 2.45, 2.45, 2.6, 2.6],
                   numbers_from=2)
    plan, actual = say("documents.budget", PLAN), say("documents.budget", ACTUAL)
    decision = say("documents.budget", " · Beschluss {number}")
    for line in lines:
        about = f"{line.area.label} · {line.funding.label}"
        if line.decision_id:
            about += decision.format(number=labels.decisions.get(line.decision_id, ""))
        _row(table, [clean_text(line.title), plan, *(euro(line.plan(q)) for q in QUARTERS),
                     euro(line.plan_total), ""], numbers_from=2, keep=True)
        _row(table, [about, actual, *(euro(line.actual(q)) for q in QUARTERS),
                     euro(line.actual_total), euro(line.remaining)],
             numbers_from=2, grey_first=True)
    _row(table, [say("documents.budget", TOTAL), plan,
                 *(euro(sum(x.plan(q) for x in lines)) for q in QUARTERS),
                 euro(totals(lines).plan), ""], numbers_from=2, bold=True, keep=True)
    _row(table, ["", actual, *(euro(sum(x.actual(q) for x in lines)) for q in QUARTERS),
                 euro(totals(lines).actual), euro(totals(lines).remaining)],
         numbers_from=2, bold=True)


def _sum_table(document: Any, label: str, rows: Sequence[tuple[str, Totals]],
               total: Totals | None) -> None:
    table = _table(document, (label, *sum_header()), [6.5, 3.6, 3.6, 3.6], numbers_from=1)
    for name, amounts in rows:
        _row(table, [name, euro(amounts.plan), euro(amounts.actual), euro(amounts.remaining)],
             numbers_from=1)
    if total is not None:
        _row(table, [say("documents.budget", TOTAL), euro(total.plan), euro(total.actual),
                     euro(total.remaining)], numbers_from=1, bold=True)


def _table(document: Any, header: Sequence[str], widths: Sequence[float], *,
           numbers_from: int | None = None) -> Any:
    table = document.add_table(rows=0, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    row = _row(table, header, numbers_from=numbers_from, bold=True, shade=True)
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))  # repeated on every page
    return table


def _row(table: Any, texts: Sequence[str], *, numbers_from: int | None = None,
         bold: bool = False, shade: bool = False, keep: bool = False,
         grey_first: bool = False) -> Any:
    row = table.add_row()
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for index, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
        cell.width = table.columns[index].width
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.keep_with_next = keep
        if numbers_from is not None and index >= numbers_from:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = paragraph.add_run(text)
        run.bold = bold
        run.font.size = Pt(9)
        if grey_first and index == 0:
            run.font.size = Pt(8)
            run.font.color.rgb = GREY
        if shade:
            _shade(cell, "E7E6E6")
    return row


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


# -- the Sachstandsbericht's sections --------------------------------------------------------
def report_budget(store: Store, date_from: date, date_to: date) -> dict[str, Any]:
    """The report's "Budget der Modellregion" (the period's years: per year, per focus area,
    per funding source) and "Stellen" (every holding of the period, so a holder who left
    during it is named too; vacant ones said so)."""
    lines = [x for x in store.budget_lines.list()
             if date_from.year <= x.year <= date_to.year]

    def rows(key: str) -> list[dict[str, str]]:
        ordered = sorted(lines, key=lambda x: _order(getattr(x, key)))
        return [{"name": str(value) if key == "year" else getattr(value, "label", ""),
                 **_amounts(amounts)} for value, amounts in totals_by(ordered, key)]

    posts = post_rows(held_between(store.posts.list(), date_from, date_to), Labels.read(store))
    years = sorted({x.year for x in lines})
    return {
        "budget_span": ((say("documents.budget", "Haushaltsjahre {years}") if len(years) > 1
                         else say("documents.budget", "Haushaltsjahr {years}")).format(
                             years=year_span(years)) if years else ""),
        "budget_years": rows("year"),
        "budget_areas": rows("area"),
        "budget_sources": rows("funding"),
        "budget_total": _amounts(totals(lines)),
        "posts": [{**p, "since": p["from"], "to": p["to"] or "–"} for p in posts],
        "posts_date": date_text(date_to),
    }


def _amounts(amounts: Totals) -> dict[str, str]:
    return {"plan": euro(amounts.plan), "actual": euro(amounts.actual),
            "remaining": euro(amounts.remaining)}


def _order(value: Any) -> int:
    """Years in order; enum members in the order of their enum."""
    if isinstance(value, Enum):
        return list(type(value)).index(value)
    return int(value)
