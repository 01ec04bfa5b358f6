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
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store import Store
from .dates import date_text
from .files import WORD_OR_PDF, ExportError, output_suffix
from .render import write_document
from .text import clean_text

# translated where written: say("documents.learning", …)
_FEMININE = QT_TRANSLATE_NOOP("documents.learning", "an der {kind}")
_NEUTER = QT_TRANSLATE_NOOP("documents.learning", "an dem {kind}")
_DATIVE = {LearningKind.TRAINING: _FEMININE, LearningKind.VISIT: _FEMININE,
           LearningKind.INTERNSHIP: _NEUTER, LearningKind.CONFERENCE: _NEUTER}


def period(event: LearningEvent) -> str:
    """"am 04.05.2026" or "vom 04.05.2026 bis 05.05.2026"."""
    if event.date_to is None or event.date_to == event.date_from:
        return say("documents.learning", "am {date}").format(date=date_text(event.date_from))
    return say("documents.learning", "vom {start} bis {end}").format(
        start=date_text(event.date_from), end=date_text(event.date_to))


def export_certificate(store: Store, event_id: str, person_id: str,
                       target: str | Path) -> Path:
    """Write the certificate that ``person_id`` took part in the event."""
    output_suffix(target, WORD_OR_PDF)
    event = store.learning_events.get(event_id)
    person = store.people.get(person_id)
    if not any(p.person_id == person_id for p in store.learning_participants.list(event_id)):
        raise ExportError(say("documents.learning", "Diese Person steht nicht in der "
                              "Teilnehmerliste der Veranstaltung; eine Bescheinigung gibt es "
                              "nur für Teilnehmende."))
    document = _certificate(event, clean_text(person.full_name))
    return write_document(document, target, {
        "title": say("documents.learning", "Teilnahmebescheinigung – {title}").format(
            title=event.title),
        "author": say("documents.learning", "Steuerungsgruppe SRO")})


def _certificate(event: LearningEvent, name: str) -> Any:
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(say("documents.learning", "Teilnahmebescheinigung"), level=1)
    where = f" ({clean_text(event.place)})" if event.place else ""
    title = clean_text(event.title)
    # "am Fachtag „Fachtag Sozialraum …“" says the kind twice: then "an der Veranstaltung"
    label = event.kind.label
    kind = (say("documents.learning", "an der Veranstaltung")
            if title.casefold().startswith(label.casefold())
            else say("documents.learning", _DATIVE[event.kind]).format(kind=label))
    document.add_paragraph(say("documents.learning", "{name} hat {period} {kind} „{title}“"
                               "{where} teilgenommen.").format(
        name=name, period=period(event), kind=kind, title=title, where=where))
    document.add_paragraph(say(
        "documents.learning", "Die Veranstaltung gehört zum gemeinsamen Fortbildungs- und "
        "Hospitationsprogramm von Verwaltung und freien Trägern im Prozess der "
        "Sozialraumorientierung."))
    document.add_paragraph(say("documents.learning", "Rostock, {date}").format(
        date=date_text(clock.today())))
    document.add_paragraph(say("documents.learning", "\n\n______________________________\n"
                               "Geschäftsstelle der Steuerungsgruppe SRO"))
    return document
