"""The invitation (Einladung) to a meeting: a letter from the chair to the members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .. import clock
from ..domain.enums import MeetingState, Role
from ..domain.notice import notice_warning, short_notice_note
from ..domain.words import say
from ..store import Store
from .dates import date_text, long_date_text, weekday_name
from .files import ExportError, output_suffix
from .minutes import Names, agenda_rows, distribution, document_properties, meeting_facts
from .render import render_docx, shipped_template

TEMPLATE = "invitation.docx"


@dataclass(frozen=True)
class InvitationExport:
    """The written file, and for the secretary a warning ("" when none), e.g. that the
    notice period is no longer met."""

    path: Path
    warning: str = ""


def invitation_warning(store: Store, meeting_id: str, today: date) -> str:
    """The notice-period warning for an invitation sent ``today`` ("" when in time)."""
    meeting = store.meetings.get(meeting_id)
    body = store.bodies.get(meeting.body_id)
    return notice_warning(meeting.date, today, body.notice_days)


def invitation_context(store: Store, meeting_id: str, today: date) -> dict[str, Any]:
    """Everything the invitation template shows, as plain cleaned text."""
    ctx = store.meetings.context(meeting_id)
    meeting, body = ctx.meeting, ctx.body
    if meeting.state is MeetingState.CANCELLED:
        raise ExportError(say("documents.invitation", "Die {number}. Sitzung am {date} ist "
                              "abgesagt; dazu gibt es keine Einladung.").format(
                                  number=meeting.number, date=date_text(meeting.date)))
    names = Names.read(store)
    facts = meeting_facts(body, meeting, names)
    chair = facts["chair"] or next(
        (names.person(m.person_id) for m in ctx.members if m.role is Role.CHAIR), "")
    agenda = agenda_rows(ctx, public=False,
                         attachments=store.attachments.for_meeting(meeting_id))
    start = (say("documents.invitation", "{time} Uhr").format(time=meeting.start_time)
             if meeting.start_time else "")
    if start and meeting.end_time:
        start += say("documents.invitation", " (Ende voraussichtlich {time} Uhr)").format(
            time=meeting.end_time)
    warning = notice_warning(meeting.date, today, body.notice_days)
    return {
        "meeting": {**facts, "weekday": weekday_name(meeting.date),
                    "long_date": long_date_text(meeting.date),
                    "start_text": start},
        "sender": chair,
        "today": date_text(today),
        "agenda": agenda,
        "has_times": any(a["start"] for a in agenda),
        "non_public": any(not a["public"] for a in agenda),
        "papers": [{"number": a["number"], "title": a["title"], "papers": a["papers"],
                    "files": a["files"]}
                   for a in agenda if a["papers"].strip() or a["files"]],
        "notice_days": body.notice_days,
        "short_notice": (short_notice_note(body.notice_days)
                         if warning and meeting.date >= today else ""),
        "distribution": distribution(ctx, names),
    }


def export_invitation(store: Store, meeting_id: str, target: str | Path, *,
                      template: str | Path | None = None,
                      today: date | None = None) -> InvitationExport:
    """Write the invitation; the result carries the notice-period warning, if any."""
    output_suffix(target)
    today = today or clock.today()
    context = invitation_context(store, meeting_id, today)
    path = render_docx(Path(template) if template else shipped_template(TEMPLATE),
                       context, target,
                       properties=document_properties(
                           say("documents.invitation", "Einladung"), store, meeting_id))
    return InvitationExport(path, invitation_warning(store, meeting_id, today))
