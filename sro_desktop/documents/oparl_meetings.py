"""OParl 1.1 objects of the meetings: Meeting (with Location, AgendaItems and the approved
minutes as File), File for the papers of a TOP, Paper with Consultations for the advisory
board's recommendations. What is public: see ``documents/oparl.py``."""

from __future__ import annotations

import hashlib
import re
import tempfile
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.enums import AttendanceStatus, MeetingState, RecommendationState
from ..domain.meetings import meeting_title
from ..domain.model import AgendaItem, Decision, Meeting, Recommendation
from ..store import Store
from ..store.stamps import deleted_ids
from .oparl_objects import VENDOR, Obj, Source, Urls, berlin_local, deleted_marker, times, typed
from .text import clean_text

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
STATES = {  # our meeting state -> OParl meetingState (free text; the usual German words)
    MeetingState.PLANNED: "terminiert", MeetingState.INVITED: "eingeladen",
    MeetingState.HELD: "durchgeführt", MeetingState.DRAFT: "durchgeführt",
    MeetingState.SENT: "durchgeführt", MeetingState.APPROVED: "durchgeführt",
    MeetingState.CANCELLED: "abgesagt",
}
ANSWERED = frozenset({RecommendationState.ADOPTED, RecommendationState.PARTLY_ADOPTED,
                      RecommendationState.REJECTED, RecommendationState.DEFERRED})
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# (docx written, pdf to write): the PDF of the approved minutes, when a converter is given
PdfHook = Callable[[Path, Path], None]


@dataclass
class Meetings:
    """What the meeting side adds to the tree: objects by list name, and the bytes of the
    files by their path in the tree."""

    lists: dict[str, list[Obj]] = field(default_factory=lambda: defaultdict(list))
    downloads: dict[str, bytes] = field(default_factory=dict)


def export_meetings(store: Store, urls: Urls, source: Source, *,
                    minutes_pdf: PdfHook | None = None) -> Meetings:
    out = Meetings()
    recs = {r.id: r for r in store.recommendations.list()}
    items_for: dict[str, list[AgendaItem]] = {}
    meetings = sorted((m for b in source.bodies for m in store.meetings.list(b)),
                      key=lambda m: (m.date, m.id))
    for meeting in meetings:
        items_for[meeting.id] = published_items(meeting, store.agenda.list(meeting.id))
    hidden = {i.recommendation_id for m in meetings for i in store.agenda.list(m.id)
              if i.recommendation_id and not i.public}
    papers = {r for r in recs if r not in hidden}
    for meeting in meetings:
        out.lists["meeting"].append(_meeting(store, urls, source, meeting,
                                             items_for[meeting.id], papers, out, minutes_pdf))
    for gone in deleted_ids(store, "meetings"):
        out.lists["meeting"].append(deleted_marker("Meeting", urls.obj("meeting", gone),
                                                   source.stamps["meetings"][gone]))
    exported = {m.id for m in meetings}
    items = {i.id for published in items_for.values() for i in published}
    for rec_id in sorted(papers):
        out.lists["paper"].append(_paper(store, urls, source, recs[rec_id], exported, items,
                                         out))
    for gone in deleted_ids(store, "recommendations"):
        out.lists["paper"].append(deleted_marker("Paper", urls.obj("paper", gone),
                                                 source.stamps["recommendations"][gone]))
    return out


def published_items(meeting: Meeting, items: list[AgendaItem]) -> list[AgendaItem]:
    """The agenda as published: its public items, once the invitation went out (a planned
    meeting's agenda is still being drafted: the meeting alone is shown)."""
    if meeting.state is MeetingState.PLANNED:
        return []
    return [i for i in items if i.public]


def _meeting(store: Store, urls: Urls, source: Source, meeting: Meeting,
             items: list[AgendaItem], papers: set[str], out: Meetings,
             minutes_pdf: PdfHook | None) -> Obj:
    body = source.bodies[meeting.body_id]
    url = urls.obj("meeting", meeting.id)
    approved = meeting.state is MeetingState.APPROVED
    public = items  # published_items(): the public ones, none while only planned
    decisions: dict[str, list[Decision]] = defaultdict(list)
    if approved:
        for decision in store.decisions.for_meeting(meeting.id):
            decisions[decision.agenda_item_id or ""].append(decision)
    attachments = store.attachments.for_meeting(meeting.id)
    agenda = [_agenda_item(store, urls, source, url, item, decisions.get(item.id, []),
                           item.recommendation_id in papers, attachments.get(item.id, []), out)
              for item in public]
    obj: Obj = {
        "id": url, "type": typed("Meeting"), "name": clean_text(meeting_title(meeting, body)),
        "meetingState": STATES[meeting.state],
        "cancelled": meeting.state is MeetingState.CANCELLED,
        "start": berlin_local(meeting.date, meeting.start_time),
        "end": berlin_local(meeting.date, meeting.end_time),
        f"{VENDOR}date": meeting.date.isoformat(),
        f"{VENDOR}number": meeting.number,
        "location": _location(urls, source, meeting, url, out),
        "organization": [urls.obj("organization", meeting.body_id)],
        "agendaItem": agenda,
    }
    if approved:
        obj["resultsProtocol"] = _minutes_file(store, urls, source, meeting, url, out,
                                               minutes_pdf)
        obj[f"{VENDOR}attendance"] = _attendance_counts(store, meeting.id)
    item_stamps = [source.stamps_of("agenda_items", i.id) for i in public]
    return obj | times(source.stamps_of("meetings", meeting.id), *item_stamps)


def _location(urls: Urls, source: Source, meeting: Meeting, meeting_url: str,
              out: Meetings) -> Obj | None:
    place = clean_text(meeting.place)
    if not place:
        return None
    obj = {"id": urls.obj("location", f"meeting-{meeting.id}"), "type": typed("Location"),
           "description": place, "meetings": [meeting_url]}
    obj |= times(source.stamps_of("meetings", meeting.id))
    out.lists["locationList"].append(obj)
    return obj


def _attendance_counts(store: Store, meeting_id: str) -> dict[str, int]:
    """How many members were present, excused, absent, represented; how many guests. Who
    it was is not published."""
    lines = store.attendance.list(meeting_id)
    counts = Counter(a.status.value for a in lines if a.membership_id)
    result = {status.value: counts.get(status.value, 0) for status in AttendanceStatus}
    result["guests"] = sum(1 for a in lines if not a.membership_id)
    return result


def _agenda_item(store: Store, urls: Urls, source: Source, meeting_url: str, item: AgendaItem,
                 decisions: list[Decision], has_paper: bool, attachments: list[Any],
                 out: Meetings) -> Obj:
    url = urls.obj("agendaitem", item.id)
    files = [_attachment_file(store, urls, source, a, url, meeting_url, out)
             for a in attachments]
    obj: Obj = {
        "id": url, "type": typed("AgendaItem"), "meeting": meeting_url,
        "number": str(item.position), "order": item.position, "name": clean_text(item.title),
        "public": True,
        "consultation": urls.obj("consultation", item.id) if has_paper else None,
        "auxiliaryFile": files,
    }
    if decisions:
        obj["result"] = "; ".join(d.outcome.label for d in decisions if d.outcome) or None
        obj["resolutionText"] = "\n\n".join(clean_text(d.wording) for d in decisions
                                            if d.wording.strip()) or None
        obj[f"{VENDOR}decisions"] = [_decision(store, source, d) for d in decisions]
    elif item.deferred:
        obj["result"] = "vertagt"
    obj |= times(source.stamps_of("agenda_items", item.id),
                 *(source.stamps_of("decisions", d.id) for d in decisions))
    out.lists["agendaItem"].append(obj)
    return obj


def _decision(store: Store, source: Source, decision: Decision) -> Obj:
    """What OParl has no field for: the register number, the votes per side, the tasks."""
    sides = source.sides
    return {
        "number": decision.number, "title": clean_text(decision.title),
        "outcome": decision.outcome.label if decision.outcome else None,
        "resultText": clean_text(decision.result_text),
        "votingMethod": decision.voting_method.label,
        "votes": [{"side": clean_text(sides[v.side_id].name) if v.side_id in sides else None,
                   "yes": v.yes, "no": v.no, "abstain": v.abstain} for v in decision.votes],
        "tasks": [{"title": clean_text(t.title),
                   "dueDate": t.due_date.isoformat() if t.due_date else None,
                   "state": t.state.label} for t in store.tasks.for_decision(decision.id)],
    }


def _attachment_file(store: Store, urls: Urls, source: Source, attachment: Any,
                     item_url: str, meeting_url: str, out: Meetings) -> Obj:
    data = store.attachments.content(attachment.id)
    name = f"{attachment.id}{_suffix(attachment.name)}"
    out.downloads[urls.path(urls.download(name))] = data
    obj = _file_object(urls, urls.obj("file", attachment.id), clean_text(attachment.name),
                       attachment.media_type, data, urls.download(name))
    obj |= {"agendaItem": [item_url], "meeting": [meeting_url]}
    obj |= times(source.stamps_of("attachments", attachment.id))
    out.lists["file"].append(obj)
    return obj


def _file_object(urls: Urls, url: str, name: str, mime: str, data: bytes,
                 access: str) -> Obj:
    return {"id": url, "type": typed("File"), "name": name, "fileName": name,
            "mimeType": mime, "size": len(data),
            "sha512Checksum": hashlib.sha512(data).hexdigest(),
            "accessUrl": access, "downloadUrl": access}


def _suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""


def _minutes_file(store: Store, urls: Urls, source: Source, meeting: Meeting,
                  meeting_url: str, out: Meetings, minutes_pdf: PdfHook | None) -> Obj:
    """The approved minutes, public version (no non-public TOPs), as DOCX; with
    ``minutes_pdf`` also as PDF (a File derived from the DOCX)."""
    from .minutes import export_minutes

    body = source.bodies[meeting.body_id]
    title = f"Niederschrift der {clean_text(meeting_title(meeting, body))}"
    base = re.sub(r"[^A-Za-z0-9]+", "-", f"Niederschrift {body.short} {meeting.number}")
    with tempfile.TemporaryDirectory(prefix="sro-oparl-") as folder:
        docx = Path(folder) / "minutes.docx"
        export_minutes(store, meeting.id, docx, public=True)
        data = _fixed_zip(docx.read_bytes())
        pdf_data = None
        if minutes_pdf is not None:
            pdf = Path(folder) / "minutes.pdf"
            docx.write_bytes(data)
            minutes_pdf(docx, pdf)
            pdf_data = pdf.read_bytes()
    stamps = times(source.stamps_of("meetings", meeting.id))
    url = urls.obj("file", f"minutes-{meeting.id}")
    name = f"minutes-{meeting.id}.docx"
    out.downloads[urls.path(urls.download(name))] = data
    obj = _file_object(urls, url, title, DOCX, data, urls.download(name))
    obj |= {"fileName": f"{base}.docx",
            "date": meeting.approved_on.isoformat() if meeting.approved_on else None,
            "meeting": [meeting_url]} | stamps
    if pdf_data is not None:
        pdf_url = urls.obj("file", f"minutes-{meeting.id}-pdf")
        pdf_name = f"minutes-{meeting.id}.pdf"
        out.downloads[urls.path(urls.download(pdf_name))] = pdf_data
        derived = _file_object(urls, pdf_url, title, "application/pdf", pdf_data,
                               urls.download(pdf_name))
        derived |= {"fileName": f"{base}.pdf", "date": obj["date"], "meeting": [meeting_url],
                    "masterFile": url} | stamps
        obj["derivativeFile"] = [pdf_url]
        out.lists["file"].append(derived)
    out.lists["file"].append(obj)
    return obj


def _fixed_zip(data: bytes) -> bytes:
    """The same document as the same bytes: every member of the DOCX with one fixed time
    (python-docx stamps them with the moment of writing)."""
    import io

    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info.filename))
    return buffer.getvalue()


def _paper(store: Store, urls: Urls, source: Source, rec: Recommendation,
           exported: set[str], published: set[str], out: Meetings) -> Obj:
    """A recommendation of the advisory board: its Vorberatung there, and the steering
    group's Entscheidung at each (public) TOP that deals with it."""
    url = urls.obj("paper", rec.id)
    advisory = urls.obj("organization", rec.advisory_body_id)
    addressed = urls.obj("organization", rec.addressed_body_id)
    advice: Obj = {"id": urls.obj("consultation", f"{rec.id}-advice"),
                   "type": typed("Consultation"), "paper": url,
                   "meeting": urls.obj("meeting", rec.advisory_meeting_id)
                   if rec.advisory_meeting_id in exported else None,
                   "organization": [advisory], "authoritative": False, "role": "Vorberatung"}
    consultations = [advice]
    items = [i for i in store.recommendations.agenda_items(rec.id)
             if i.id in published]
    for item in items:
        advising = store.meetings.get(item.meeting_id).body_id == rec.advisory_body_id
        consultations.append({
            "id": urls.obj("consultation", item.id), "type": typed("Consultation"),
            "paper": url, "agendaItem": urls.obj("agendaitem", item.id),
            "meeting": urls.obj("meeting", item.meeting_id),
            "organization": [advisory if advising else addressed],
            "authoritative": not advising,
            "role": "Vorberatung" if advising else "Entscheidung"})
    if not any(c["authoritative"] for c in consultations):
        consultations.append({"id": urls.obj("consultation", f"{rec.id}-decision"),
                              "type": typed("Consultation"), "paper": url,
                              "organization": [addressed], "authoritative": True,
                              "role": "Entscheidung"})
    stamps = times(source.stamps_of("recommendations", rec.id))
    for consultation in consultations:
        consultation |= stamps
        out.lists["consultation"].append(consultation)
    obj: Obj = {
        "id": url, "type": typed("Paper"), "body": urls.body(), "name": clean_text(rec.title),
        "reference": clean_text(rec.number), "date": rec.adopted_on.isoformat(),
        "paperType": "Empfehlung", "originatorOrganization": [advisory],
        "consultation": consultations, f"{VENDOR}text": clean_text(rec.text),
        f"{VENDOR}state": rec.state.label,
    }
    if rec.state in ANSWERED:
        obj[f"{VENDOR}response"] = {
            "text": clean_text(rec.response_text),
            "respondedOn": rec.responded_on.isoformat() if rec.responded_on else None}
    return obj | stamps
