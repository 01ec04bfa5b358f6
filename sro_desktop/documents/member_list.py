"""The member list of a body as a distribution list (Verteiler): Word or CSV.

The members of today and those who join later (not the former ones), by side,
role and name, with organisation, vote, deputy, e-mail and phone. The CSV's
headers are those the member import recognises, so a list written here can be
read into another body or file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .. import clock
from ..domain.bodies import Tenure, is_voting_seat, tenure
from ..domain.enums import Role
from ..domain.labels import person_sort_key
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store import Store
from .csv_files import write_csv
from .dates import date_text
from .files import WORD_PDF_OR_CSV, output_suffix
from .render import write_document
from .text import clean_text

# The CSV's headers stay German: the member import recognises these (a list written in
# English reads back in as well).
CSV_HEADER = ("Titel", "Vorname", "Nachname", "Organisation", "Seite", "Rolle", "Stimmrecht",
              "Stellvertretung", "E-Mail", "Telefon", "Mitglied seit", "bis")
# translated where written: say("documents.member_list", …)
DOCX_HEADER = (QT_TRANSLATE_NOOP("documents.member_list", "Name"),
               QT_TRANSLATE_NOOP("documents.member_list", "Organisation"),
               QT_TRANSLATE_NOOP("documents.member_list", "Seite / Rolle"),
               QT_TRANSLATE_NOOP("documents.member_list", "Stellvertretung"),
               QT_TRANSLATE_NOOP("documents.member_list", "E-Mail"),
               QT_TRANSLATE_NOOP("documents.member_list", "Telefon"))
ROLE_ORDER = {role: number for number, role in enumerate(Role)}


def member_lines(store: Store, body_id: str, today: date) -> list[dict[str, Any]]:
    """The body's members of today and later, by side, role and name."""
    people = {p.id: p for p in store.people.list()}
    organizations = {o.id: o for o in store.organizations.list()}
    sides = {s.id: s for s in store.sides.list(body_id)}
    seats = [m for m in store.memberships.list(body_id) if tenure(m, today) is not Tenure.ENDED
             and m.person_id in people and m.side_id in sides]
    seats.sort(key=lambda m: (sides[m.side_id].position, ROLE_ORDER[m.role],
                              person_sort_key(people[m.person_id])))
    lines = []
    for m in seats:
        person, side = people[m.person_id], sides[m.side_id]
        organization = organizations.get(m.organization_id or "")
        deputy = people.get(m.deputy_person_id or "")
        lines.append({
            "title": clean_text(person.title), "first_name": clean_text(person.first_name),
            "last_name": clean_text(person.last_name), "name": clean_text(person.full_name),
            "organization": clean_text(organization.name) if organization else "",
            "side": clean_text(side.name), "role": m.role.label,
            "voting": is_voting_seat(m, side),
            "deputy": clean_text(deputy.full_name) if deputy else "",
            "email": clean_text(person.email), "phone": clean_text(person.phone),
            "valid_from": m.valid_from, "valid_to": m.valid_to,
        })
    return lines


def export_member_list(store: Store, body_id: str, target: str | Path, *,
                       today: date | None = None) -> Path:
    """Write the member list: a Word table for ``.docx`` (a PDF for ``.pdf``), a CSV file
    for ``.csv``."""
    kind = output_suffix(target, WORD_PDF_OR_CSV)
    today = today or clock.today()
    body = store.bodies.get(body_id)
    lines = member_lines(store, body.id, today)
    if kind == ".csv":
        return write_csv(target, CSV_HEADER, (
            [line["title"], line["first_name"], line["last_name"], line["organization"],
             line["side"], line["role"], line["voting"], line["deputy"], line["email"],
             line["phone"], line["valid_from"], line["valid_to"]] for line in lines))
    document = _document(clean_text(body.name), date_text(today), lines)
    return write_document(document, target, {
        "title": say("documents.member_list", "Mitgliederliste – {body}").format(
            body=body.name), "author": body.name})


def _document(body: str, today: str, lines: list[dict[str, Any]]) -> Any:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(say("documents.member_list", "Mitgliederliste {body}").format(
        body=body), level=1)
    count = (say("documents.member_list", "1 Mitglied") if len(lines) == 1
             else say("documents.member_list", "{count} Mitglieder").format(count=len(lines)))
    document.add_paragraph(say("documents.member_list", "Stand: {date} · {count}").format(
        date=today, count=count))
    if not lines:
        document.add_paragraph(say("documents.member_list",
                                   "Das Gremium hat noch keine Mitglieder."))
        return document
    table = document.add_table(rows=1, cols=len(DOCX_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, DOCX_HEADER, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(say("documents.member_list", text)).bold = True
    for line in lines:
        role = line["role"] + ("" if line["voting"]
                               else say("documents.member_list", ", ohne Stimmrecht"))
        values = (line["name"], line["organization"], f"{line['side']} / {role}",
                  line["deputy"], line["email"], line["phone"])
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    return document
