"""The attendance allowances of a body's year (Sitzungsgeld): a CSV for payroll and a
statement per person (Word, or PDF), one page each.

Amounts are computed in whole cents (domain/allowances.py) and written in German
format by :func:`~sro_desktop.domain.money.euro`; the CSV's amount cells leave the
"€" out, so that Excel on a German Windows reads them as numbers it can add up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from .. import clock
from ..domain import words
from ..domain.labels import person_sort_key
from ..domain.money import amount_text, euro
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store import Store
from .csv_files import write_csv
from .dates import date_text
from .files import WORD_PDF_OR_CSV, ExportError, output_suffix
from .render import write_document
from .text import clean_text

# translated where written: say("documents.allowances", …)
CSV_HEADER = (QT_TRANSLATE_NOOP("documents.allowances", "Person"),
              QT_TRANSLATE_NOOP("documents.allowances", "Organisation"),
              QT_TRANSLATE_NOOP("documents.allowances", "Seite"),
              QT_TRANSLATE_NOOP("documents.allowances", "Sitzungen"),
              QT_TRANSLATE_NOOP("documents.allowances", "Anzahl"),
              QT_TRANSLATE_NOOP("documents.allowances", "Sitzungsgeld (€)"),
              QT_TRANSLATE_NOOP("documents.allowances", "Fahrtkosten (€)"),
              QT_TRANSLATE_NOOP("documents.allowances", "Summe (€)"))
TABLE_HEADER = (QT_TRANSLATE_NOOP("documents.allowances", "Datum"),
                QT_TRANSLATE_NOOP("documents.allowances", "Sitzung"),
                QT_TRANSLATE_NOOP("documents.allowances", "Sitzungsgeld"),
                QT_TRANSLATE_NOOP("documents.allowances", "Fahrtkosten"),
                QT_TRANSLATE_NOOP("documents.allowances", "Summe"))


@dataclass(frozen=True)
class Line:
    """One person's year, in words; amounts in cents."""

    name: str
    organization: str
    side: str
    meetings: list[tuple[date, str, int, int]]  # day, meeting, allowance, travel
    amount_cents: int
    travel_cents: int

    @property
    def total_cents(self) -> int:
        return self.amount_cents + self.travel_cents


def allowance_lines(store: Store, body_id: str, year: int,
                    person_id: str | None = None) -> list[Line]:
    """The year's allowances per person (of one person, if given), by name."""
    people = {p.id: p for p in store.people.list()}
    organizations = {o.id: o for o in store.organizations.list()}
    sides = {s.id: s for s in store.sides.list(body_id)}
    meetings = {m.id: m for m in store.meetings.list(body_id)}
    body = store.bodies.get(body_id)
    found = []
    for statement in store.allowance_rates.statements(body_id, year):
        if person_id is not None and statement.person_id != person_id:
            continue
        person = people[statement.person_id]
        organization = organizations.get(statement.organization_id or person.organization_id
                                         or "")
        side = sides.get(statement.side_id)
        found.append((person_sort_key(person), Line(
            clean_text(person.full_name), clean_text(organization.name) if organization else "",
            clean_text(side.name) if side else "",
            [(a.day, clean_text(f"{body.short} {meetings[a.meeting_id].number}"),
              a.amount_cents, a.travel_cents) for a in statement.items],
            statement.amount_cents, statement.travel_cents)))
    return [line for _key, line in sorted(found, key=lambda pair: pair[0])]


def _amount(cents: int) -> str:
    return amount_text(cents)


def export_allowances(store: Store, body_id: str, year: int, target: str | Path, *,
                      person_id: str | None = None) -> Path:
    """Write the year's allowances: CSV for ``.csv``, the statements for ``.docx``/``.pdf``."""
    kind = output_suffix(target, WORD_PDF_OR_CSV)
    body = store.bodies.get(body_id)
    lines = allowance_lines(store, body.id, year, person_id)
    if kind == ".csv":
        return write_csv(target, [say("documents.allowances", h) for h in CSV_HEADER], (
            [line.name, line.organization, line.side,
             ", ".join(date_text(day) for day, *_ in line.meetings), len(line.meetings),
             _amount(line.amount_cents), _amount(line.travel_cents),
             _amount(line.total_cents)] for line in lines))
    if not lines:
        raise ExportError(say("documents.allowances", "Im Jahr {year} ist kein Sitzungsgeld "
                              "angefallen; es gibt keine Abrechnung zu schreiben.").format(
                                  year=year))
    # German declines the body's name ("der Steuerungsgruppe SRO"); English says "of" + name
    named = body.genitive or body.name if words.language() == "de" else body.name
    document = _statements(clean_text(named), year, lines)
    return write_document(document, target, {
        "title": say("documents.allowances", "Sitzungsgeld {year} – {body}").format(
            year=year, body=body.name), "author": body.name})


def _statements(body: str, year: int, lines: list[Line]) -> Any:
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    for number, line in enumerate(lines):
        if number:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(say("documents.allowances", "Sitzungsgeld {year}").format(
            year=year), level=1)
        document.add_paragraph(f"{line.name}\n{line.organization}".rstrip())
        count = len(line.meetings)
        document.add_paragraph((
            say("documents.allowances", "Für die Teilnahme an 1 Sitzung {body} im Jahr {year} "
                "({side}) steht Ihnen folgendes Sitzungsgeld zu:") if count == 1
            else say("documents.allowances", "Für die Teilnahme an {count} Sitzungen {body} im "
                     "Jahr {year} ({side}) steht Ihnen folgendes Sitzungsgeld zu:")).format(
                count=count, body=body, year=year, side=line.side))
        table = document.add_table(rows=1, cols=len(TABLE_HEADER))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, TABLE_HEADER, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(say("documents.allowances", text)).bold = True
        for day, title, amount, travel in line.meetings:
            values = (date_text(day), title, euro(amount), euro(travel), euro(amount + travel))
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.text = text
        total = (say("documents.allowances", "Summe"), "", euro(line.amount_cents),
                 euro(line.travel_cents), euro(line.total_cents))
        for cell, text in zip(table.add_row().cells, total, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        document.add_paragraph(say("documents.allowances", "Stand: {date}").format(
            date=date_text(clock.today())))
    return document
