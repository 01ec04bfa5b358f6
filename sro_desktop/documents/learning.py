"""The attendance certificate (Teilnahmebescheinigung) of one person at a training,
visit, internship or conference of the programme: Word, or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

from .. import clock
from ..domain.enums import LearningKind
from ..domain.learning import LearningEvent
from ..store import Store
from .dates import date_text
from .files import WORD_OR_PDF, ExportError, output_suffix
from .render import write_document
from .text import clean_text

_DATIVE = {LearningKind.TRAINING: "an der", LearningKind.VISIT: "an der",
           LearningKind.INTERNSHIP: "an dem", LearningKind.CONFERENCE: "an dem"}


def period(event: LearningEvent) -> str:
    """"am 04.05.2026" or "vom 04.05.2026 bis 05.05.2026"."""
    if event.date_to is None or event.date_to == event.date_from:
        return f"am {date_text(event.date_from)}"
    return f"vom {date_text(event.date_from)} bis {date_text(event.date_to)}"


def export_certificate(store: Store, event_id: str, person_id: str,
                       target: str | Path) -> Path:
    """Write the certificate that ``person_id`` took part in the event."""
    output_suffix(target, WORD_OR_PDF)
    event = store.learning_events.get(event_id)
    person = store.people.get(person_id)
    if not any(p.person_id == person_id for p in store.learning_participants.list(event_id)):
        raise ExportError("Diese Person steht nicht in der Teilnehmerliste der "
                          "Veranstaltung; eine Bescheinigung gibt es nur für Teilnehmende.")
    document = _certificate(event, clean_text(person.full_name))
    return write_document(document, target, {"title": f"Teilnahmebescheinigung – {event.title}",
                        "author": "Steuerungsgruppe SRO"})


def _certificate(event: LearningEvent, name: str) -> Any:
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading("Teilnahmebescheinigung", level=1)
    where = f" ({clean_text(event.place)})" if event.place else ""
    title = clean_text(event.title)
    # "am Fachtag „Fachtag Sozialraum …“" says the kind twice: then "an der Veranstaltung"
    kind = ("an der Veranstaltung" if title.casefold().startswith(event.kind.label.casefold())
            else f"{_DATIVE[event.kind]} {event.kind.label}")
    document.add_paragraph(f"{name} hat {period(event)} {kind} „{title}“{where} teilgenommen.")
    document.add_paragraph(
        "Die Veranstaltung gehört zum gemeinsamen Fortbildungs- und Hospitationsprogramm "
        "von Verwaltung und freien Trägern im Prozess der Sozialraumorientierung.")
    document.add_paragraph(f"Rostock, {date_text(clock.today())}")
    document.add_paragraph("\n\n______________________________\nGeschäftsstelle der "
                           "Steuerungsgruppe SRO")
    return document
