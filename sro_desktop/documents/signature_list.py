"""The attendance list to sign (Unterschriftenliste) at a meeting: a Word file or a PDF.

One row per member of the body on the meeting's day, side by side, with room to sign
and the deputy named beside it (who signs there when standing in); then rows for
guests: those already recorded, and blank ones to write in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.enums import Role
from ..domain.labels import person_sort_key
from ..domain.words import say
from ..store import Store
from .files import output_suffix
from .minutes import Names, document_properties, meeting_facts
from .render import render_docx, shipped_template
from .text import clean_text

TEMPLATE = "signature_list.docx"
BLANK_GUEST_ROWS = 6  # at least this many empty rows for guests who come unannounced


def signature_context(store: Store, meeting_id: str) -> dict[str, Any]:
    """The meeting head, the members by side, and the guests' rows."""
    ctx = store.meetings.context(meeting_id)
    names = Names.read(store)
    sides = []
    for side in sorted(ctx.sides, key=lambda s: s.position):
        members = sorted((m for m in ctx.members if m.side_id == side.id),
                         key=lambda m: person_sort_key(names.people[m.person_id]))
        if not members:
            continue
        sides.append({"name": clean_text(side.name), "members": [
            {"name": names.person(m.person_id),
             "organization": names.organization(m.organization_id),
             "role": "" if m.role is Role.MEMBER else m.role.label,
             "deputy": names.person(m.deputy_person_id) if m.deputy_person_id else ""}
            for m in members]})
    guests = [{"name": clean_text(a.guest_name),
               "organization": clean_text(a.guest_organization)}
              for a in ctx.attendance if not a.membership_id]
    blank = max(BLANK_GUEST_ROWS, 10 - len(guests))
    guests += [{"name": "", "organization": ""}] * blank
    return {"meeting": meeting_facts(ctx.body, ctx.meeting, names), "sides": sides,
            "guests": guests, "count": sum(len(s["members"]) for s in sides)}


def export_signature_list(store: Store, meeting_id: str, target: str | Path, *,
                          template: str | Path | None = None) -> Path:
    """Write the Unterschriftenliste: Word for ``.docx``, PDF for ``.pdf``."""
    output_suffix(target)
    context = signature_context(store, meeting_id)
    return render_docx(Path(template) if template else shipped_template(TEMPLATE),
                       context, target,
                       properties=document_properties(
                           say("documents.signature_list", "Unterschriftenliste"), store,
                           meeting_id))
