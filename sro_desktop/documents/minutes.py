"""The minutes (Niederschrift) of a meeting: what the template is given, and the export."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from .. import clock
from ..domain.agenda import OPENING, is_titled, start_times
from ..domain.attachments import papers_line
from ..domain.enums import AttendanceStatus, Choice, MeetingState, Procedure, VotingMethod
from ..domain.labels import organization_label, owners_label, person_label, person_sort_key
from ..domain.meeting_record import MeetingContext, MinutesRecord
from ..domain.meetings import NOT_YET_HELD, approval_note, approved_minutes_sentence, meeting_title
from ..domain.model import (
    AgendaItem,
    Attachment,
    Attendance,
    Body,
    Decision,
    Meeting,
    Membership,
    Organization,
    Person,
    Task,
)
from ..domain.quorum import holder_at, not_quorate_note
from ..domain.recommendations import is_answered
from ..domain.tasks import is_overdue
from ..domain.text_modules import item_result_text
from ..domain.votes import opinion_text
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store import Store
from ..store.approvals import seals
from .dates import date_text
from .files import output_suffix
from .render import render_docx, shipped_template
from .text import clean_text, note_blocks

TEMPLATE = "minutes.docx"
SKELETON_STATES = NOT_YET_HELD
DRAFT_STATES = frozenset({MeetingState.HELD, MeetingState.DRAFT, MeetingState.SENT})
BLANK = "_" * 60  # a line to write on in a skeleton
SIGN_BLANK = "_" * 12  # the place or the day, written in by hand when signing


class Names:
    """People and organisations by id, read once per document; names as cleaned text."""

    def __init__(self, people: dict[str, Person], organizations: dict[str, Organization]):
        self.people = people
        self.orgs = organizations

    @classmethod
    def read(cls, store: Store) -> Names:
        return cls({p.id: p for p in store.people.list()},
                   {o.id: o for o in store.organizations.list()})

    def person(self, person_id: str | None) -> str:
        return clean_text(person_label(self.people.get(person_id or "")))

    def organization(self, org_id: str | None) -> str:
        return clean_text(organization_label(self.orgs.get(org_id or "")))

    def organization_short(self, org_id: str | None) -> str:
        """The short name ("AWO"), else the name."""
        return clean_text(organization_label(self.orgs.get(org_id or ""), short=True))

    def owners(self, task: Task) -> str:
        return clean_text(owners_label(task.owners, self.people, self.orgs))


def meeting_facts(body: Body, meeting: Meeting, names: Names) -> dict[str, Any]:
    """The header every document about a meeting has."""
    times = "–".join(t for t in (meeting.start_time, meeting.end_time) if t)
    return {
        "title": clean_text(meeting_title(meeting, body)),
        "number": meeting.number,
        "date": date_text(meeting.date),
        "time": say("documents.minutes", "{times} Uhr").format(times=times) if times else "",
        "start": meeting.start_time,
        "end": meeting.end_time,
        "place": clean_text(meeting.place),
        "chair": names.person(meeting.chair_person_id),
        "minute_taker": names.person(meeting.minute_taker_person_id),
        "state": meeting.state.label,
        "body": clean_text(body.name),
        "body_short": clean_text(body.short),
        "of_body": clean_text(body.of_body),
    }


def agenda_rows(ctx: MeetingContext, public: bool,
                attachments: Mapping[str, Sequence[Attachment]] | None = None,
                ) -> list[dict[str, Any]]:
    """The agenda's rows; ``files`` names the papers kept in the file ("a.pdf (1,2 MB)")."""
    starts = start_times(ctx.meeting.start_time, ctx.items)
    attachments = attachments or {}
    return [{"number": item.position, "title": clean_text(item.title),
             "start": starts.get(item.id, ""), "presenter": clean_text(item.presenter),
             "minutes": item.duration_minutes, "public": item.public,
             "kind": item.kind.label, "papers": clean_text(item.papers),
             "files": files_line(attachments.get(item.id, ()))}
            for item in ctx.items if item.public or not public]


def files_line(attachments: Sequence[Attachment]) -> str:
    """The papers of a TOP kept in the file, as cleaned text: "a.pdf (1,2 MB), b.docx (24 KB)"."""
    return clean_text(papers_line(attachments))


def attendance_by_side(ctx: MeetingContext, names: Names, *,
                       invited_only: bool = False) -> dict[str, Any]:
    """Who was there, side by side; excused, absent and guests apart."""
    by_member = {a.membership_id: a for a in ctx.attendance if a.membership_id}
    positions = {i.id: i.position for i in ctx.items}
    sides = []
    excused, absent = [], []
    for side in sorted(ctx.sides, key=lambda s: s.position):
        present = []
        for m in sorted((m for m in ctx.members if m.side_id == side.id),
                        key=lambda m: person_sort_key(names.people[m.person_id])):
            line = {"name": names.person(m.person_id),
                    "organization": names.organization(m.organization_id),
                    "organization_short": names.organization_short(m.organization_id),
                    "role": m.role.label,
                    "note": ""}
            attendance = by_member.get(m.id)
            if invited_only:
                present.append(line)
                continue
            status = attendance.status if attendance else None
            if status is AttendanceStatus.EXCUSED:
                excused.append(line["name"])
            elif status is AttendanceStatus.ABSENT or status is None:
                absent.append(line["name"])
            else:
                assert attendance is not None
                line["note"] = attendance_note(attendance, names, positions)
                present.append(line)
        if present:
            sides.append({"id": side.id, "name": clean_text(side.name), "members": present})
    guests = [{"name": clean_text(a.guest_name),
               "organization": clean_text(a.guest_organization)}
              for a in ctx.attendance if not a.membership_id]
    guests_text = "; ".join(g["name"] + (f" ({g['organization']})" if g["organization"] else "")
                            for g in guests)
    return {"sides": sides, "excused": ", ".join(excused), "absent": ", ".join(absent),
            "guests": guests, "guests_text": guests_text}


def distribution(ctx: MeetingContext, names: Names) -> list[dict[str, Any]]:
    """The Verteiler: the members side by side (organisations by their short names), and
    their deputies, who are invited so that they can stand in."""
    sides = attendance_by_side(ctx, names, invited_only=True)["sides"]
    for side in sides:
        for member in side["members"]:
            member["organization"] = member["organization_short"]
        # by person, not by name: two deputies may have the same name
        deputies = {m.deputy_person_id: names.person(m.deputy_person_id) for m in ctx.members
                    if m.side_id == side["id"] and m.deputy_person_id}
        side["deputies"] = ", ".join(sorted(deputies.values()))
    return sides


def attendance_note(attendance: Attendance, names: Names, positions: Mapping[str, int]) -> str:
    """Who held the seat when, arrival and departure: "vertreten durch Jan Kraus (bis
    TOP 3; ab TOP 4 selbst)", "ab TOP 4 vertreten durch Jan Kraus", "ab TOP 2", "bis vor
    TOP 6"."""
    notes = []
    deputy = names.person(attendance.deputy_person_id)
    handover = positions.get(attendance.handover_at_item_id or "")
    if attendance.status is AttendanceStatus.REPRESENTED:
        note = say("documents.minutes", "vertreten durch {deputy}").format(deputy=deputy)
        if handover is not None:
            before = max((p for p in positions.values() if p < handover), default=None)
            until = (say("documents.minutes", "bis TOP {number}; ").format(number=before)
                     if before is not None else "")
            note += say("documents.minutes", " ({until}ab TOP {number} selbst)").format(until=until,
                                                                      number=handover)
        notes.append(note)
    elif handover is not None:
        notes.append(say("documents.minutes", "ab TOP {number} vertreten durch {deputy}").format(
            number=handover, deputy=deputy))
    arrives = positions.get(attendance.arrives_at_item_id or "")
    leaves = positions.get(attendance.leaves_at_item_id or "")
    if arrives is not None:
        notes.append(say("documents.minutes", "ab TOP {number}").format(number=arrives))
    if leaves is not None:
        notes.append(say("documents.minutes", "bis vor TOP {number}").format(number=leaves))
    return ", ".join(notes)


def vote_lines(decision: Decision, ctx: MeetingContext) -> str:
    """ "Verwaltung: Ja 5, Nein 0, Enthaltung 0; Freie Träger: …" in the order of the
    voting sides (the advisory members' opinion is :func:`opinion_text`)."""
    sides = {s.id: s for s in ctx.sides if s.voting}
    votes = sorted((v for v in decision.votes if v.side_id in sides),
                   key=lambda v: sides[v.side_id].position)
    line = say("documents.minutes", "{side}: Ja {yes}, Nein {no}, Enthaltung {abstain}")
    return "; ".join(line.format(side=clean_text(sides[v.side_id].name), yes=v.yes, no=v.no,
                                 abstain=v.abstain) for v in votes)


# translated where shown (vote_label)
VOTE_LABELS = {
    VotingMethod.ROLL_CALL: QT_TRANSLATE_NOOP("documents.minutes", "Namentliche Abstimmung"),
    VotingMethod.SECRET: QT_TRANSLATE_NOOP("documents.minutes", "Geheime Abstimmung")}
NAMED_CHOICES = (Choice.YES, Choice.NO, Choice.ABSTAIN, Choice.CONFLICTED, Choice.NONE)


def seat_holder_name(member: Membership, ctx: MeetingContext, position: int | None,
                     names: Names) -> tuple[str, str]:
    """(person id, name) of who held the seat at the TOP: "Jan Kraus für Petra Wendt"
    when a deputy did."""
    record = next((a for a in ctx.attendance if a.membership_id == member.id), None)
    holder = (holder_at(record, member, position, ctx.positions) if record else None
              ) or member.person_id
    name = names.person(holder)
    if holder != member.person_id:
        name += say("documents.minutes", " für {name}").format(name=names.person(member.person_id))
    return holder, name


def roll_call_names(decision: Decision, ctx: MeetingContext, names: Names) -> str:
    """ "Ja: A, B; Nein: C; Enthaltung: D; befangen: E" — who voted how in a roll call,
    by the name of who held the seat at the TOP ("Jan Kraus für Petra Wendt" when a
    deputy did); empty for another way of voting or where the rules leave names out."""
    if decision.voting_method is not VotingMethod.ROLL_CALL or not ctx.body.roll_call_names:
        return ""
    members = {m.id: m for m in ctx.members}
    side_position = {s.id: s.position for s in ctx.sides}
    position = ctx.positions.get(decision.agenda_item_id or "")
    chosen: dict[Choice, list[tuple[tuple[Any, ...], str]]] = {}
    for ballot in decision.ballots:
        member = members.get(ballot.membership_id)
        if member is None:
            continue
        holder, name = seat_holder_name(member, ctx, position, names)
        key = (side_position.get(member.side_id, 0),
               person_sort_key(names.people[holder]) if holder in names.people else ())
        chosen.setdefault(ballot.choice, []).append((key, name))
    return "; ".join(f"{choice.label}: " + ", ".join(n for _, n in sorted(chosen[choice]))
                     for choice in NAMED_CHOICES if chosen.get(choice))


def decision_row(decision: Decision, ctx: MeetingContext, names: Names, *,
                 skeleton: bool = False) -> dict[str, Any]:
    """A decision as the minutes show it: votes and the way of voting, the names of a
    roll call, who was conflicted, the result with the advisory members' opinion, and a
    note where the body was not quorate for it (its conflicted members not counted)."""
    members = {m.id: m for m in ctx.members}
    position = ctx.positions.get(decision.agenda_item_id or "")
    conflicted = [seat_holder_name(members[i], ctx, position, names)[1]
                  for i in decision.conflicted_membership_ids if i in members]
    quorum_note = ""
    if decision.procedure is Procedure.VOTE and decision.agenda_item_id and not skeleton:
        quorum_note = not_quorate_note(ctx.decision_quorum(decision),
                                       ctx.positions.get(decision.agenda_item_id))
    return {"number": decision.number, "title": clean_text(decision.title),
            "wording": clean_text(decision.wording), "votes": vote_lines(decision, ctx),
            "vote_label": vote_label(decision.voting_method),
            "method": (vote_label(decision.voting_method).lower()
                       if decision.voting_method in VOTE_LABELS else ""),
            "names": roll_call_names(decision, ctx, names),
            "result": clean_text(decision.result_text) if decision.outcome or any(
                v.cast for v in decision.votes) else "",
            "opinion": clean_text(opinion_text(decision.votes, ctx.sides)),
            "rule": decision.rule.label,
            "conflicted": ", ".join(conflicted),
            "quorum_note": clean_text(quorum_note)}


def task_row(task: Task, names: Names, today: date) -> dict[str, Any]:
    return {"title": clean_text(task.title), "owners": names.owners(task),
            "tandem": task.tandem, "due": date_text(task.due_date),
            "state": task.state.label, "overdue": is_overdue(task, today)}


def annex_reference(numbers: Sequence[int]) -> str:
    """How a TOP names its papers among the Anlagen: "(Anlage 3)", "(Anlagen 3–4)"."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return say("documents.minutes", "(Anlage {number})").format(number=numbers[0])
    return say("documents.minutes", "(Anlagen {first}–{last})").format(first=numbers[0],
                                                                       last=numbers[-1])


def annexes(record: MinutesRecord, items: Sequence[AgendaItem]
            ) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The Anlagen: the papers of the shown TOPs numbered 1..n in TOP order, and each
    TOP's reference to its own ("(Anlagen 3–4)"), by TOP id."""
    rows: list[dict[str, Any]] = []
    references = {}
    for item in items:
        numbers = []
        for attachment in record.attachments_at(item.id):
            numbers.append(len(rows) + 1)
            rows.append({"number": numbers[-1], "name": clean_text(attachment.name),
                         "top": item.position, "item_title": clean_text(item.title)})
        references[item.id] = annex_reference(numbers)
    return rows, references


def signed_on(record: MinutesRecord) -> date | None:
    """The minutes' date beside the signatures: the day they were first sent, else the
    day they were approved; none for a draft (written in by hand when signing)."""
    meeting = record.context.meeting
    if meeting.state not in (MeetingState.SENT, MeetingState.APPROVED):
        return None
    if record.circulations:
        return min(c.sent_on for c in record.circulations)
    return meeting.approved_on


def signature_block(record: MinutesRecord, facts: Mapping[str, Any]) -> dict[str, Any]:
    """ "Rostock, den 20.11.2026" (blank lines for what is not known), the chair and the
    minute-taker, and for approved minutes the meeting that approved them."""
    place = clean_text(record.context.body.signing_place)
    day = signed_on(record)
    when = date_text(day) if day else SIGN_BLANK
    note = approval_note(record.context.meeting, record.approving, record.approving_item)
    return {"place": place, "date": date_text(day) if day else "",
            "place_date": say("documents.minutes", "{place}, den {date}").format(
                place=place or SIGN_BLANK, date=when),
            "chair": facts["chair"], "minute_taker": facts["minute_taker"],
            "approval": f"{note[0].upper()}{note[1:]}." if note else ""}


def opens_the_meeting(item: AgendaItem, items: Sequence[AgendaItem]) -> bool:
    """TOP 1 is the opening (Eröffnung und Feststellung der Beschlussfähigkeit): the
    quorum is stated under it."""
    return bool(items) and item is items[0] and is_titled(item.title, OPENING)


def minutes_context(store: Store, meeting_id: str, *, public: bool = False,
                    results_only: bool = False, today: date | None = None) -> dict[str, Any]:
    """Everything the minutes template shows, as plain cleaned text."""
    return assemble_minutes(store.meetings.minutes_record(meeting_id), public=public,
                            results_only=results_only, today=today or clock.today(),
                            seal=seals(store.db, [meeting_id]).get(meeting_id, ""))


def assemble_minutes(record: MinutesRecord, *, public: bool, results_only: bool,
                     today: date, seal: str = "") -> dict[str, Any]:
    """The template's context from the meeting's record (no further reading); ``seal``
    the seal of the approval (:func:`~sro_desktop.store.approvals.seals`), printed in the
    footer of approved minutes."""
    ctx = record.context
    meeting = ctx.meeting
    names = Names(record.people, record.organizations)
    facts = meeting_facts(ctx.body, meeting, names)
    skeleton = meeting.state in SKELETON_STATES
    items = [i for i in ctx.items if i.public or not public]
    left_out = len(ctx.items) - len(items)
    annex_rows, annex_references = annexes(record, items)
    quorum = "" if skeleton else clean_text(ctx.quorum().sentence)
    quorum_apart = not (items and opens_the_meeting(items[0], ctx.items))

    rendered_items = []
    for item in items:
        decisions = record.decisions_at(item.id)
        answer = None
        rec = record.recommendations.get(item.recommendation_id or "")
        if rec is not None:
            answered = is_answered(rec)
            answer = {"number": rec.number, "title": clean_text(rec.title),
                      "text": clean_text(rec.text),
                      "state": rec.state.label if answered else "",
                      "response": clean_text(rec.response_text) if answered else ""}
        item_quorum = ctx.quorum(item.id) if decisions else None  # asked only with decisions
        # the TOP's result: as typed, else its text module filled; it says what the
        # standard sentences below would (quorum, approved minutes), so they give way
        result = clean_text(
            "" if skeleton else item.result_text.strip() if meeting.state is MeetingState.APPROVED
            else item_result_text(record, item, record.text_modules))  # approval froze it
        rendered_items.append({
            "number": item.position, "title": clean_text(item.title),
            "presenter": clean_text(item.presenter), "public": item.public,
            "files": files_line(record.attachments_at(item.id)),
            "deferred": item.deferred,
            "notes": [] if results_only else [b.__dict__ for b in note_blocks(item.notes)],
            "decisions": [decision_row(d, ctx, names, skeleton=skeleton) for d in decisions],
            "tasks": [task_row(t, names, today) for t in record.tasks_at(item.id)],
            "answer": answer,
            # the shipped templates show each decision's quorum_note; this is for
            # templates copied from an earlier version
            "not_quorate": ("" if item_quorum is None or item_quorum.quorate
                            else clean_text(item_quorum.sentence)),
            "approvals": [] if result else [approved_minutes_sentence(m)
                                            for m in record.approved_at(item.id)],
            # the Feststellung der Beschlussfähigkeit, under the opening TOP
            "quorum": quorum if not quorum_apart and item is items[0] and not result else "",
            "result": result,
            "annexes": annex_references.get(item.id, ""),
        })

    shown = {i.id for i in items}
    approved_elsewhere = [m for m in record.approved if m.approved_at_item_id not in shown]
    left_out_note = ""
    if public and left_out:
        left_out_note = (
            say("documents.minutes",
                "Öffentliche Fassung: 1 nichtöffentlicher Tagesordnungspunkt ist nicht enthalten.")
            if left_out == 1 else
            say("documents.minutes",
                "Öffentliche Fassung: {count} nichtöffentliche Tagesordnungspunkte sind nicht "
                "enthalten.").format(count=left_out))
    elif public:
        left_out_note = say("documents.minutes", "Öffentliche Fassung.")
    return {
        "meeting": facts,
        "document_title": (say("documents.minutes", "Tagesordnung und Protokollvorlage") if skeleton
                           else say("documents.minutes", "Niederschrift")),
        "protocol_kind": (say("documents.minutes", "Ergebnisprotokoll") if results_only
                          else say("documents.minutes", "Verlaufsprotokoll")),
        "skeleton": skeleton,
        "cancelled": meeting.state is MeetingState.CANCELLED,
        "cancel_reason": clean_text(meeting.cancel_reason),
        "draft": meeting.state in DRAFT_STATES,
        "status_line": _status_line(meeting, record.approving, record.approving_item),
        "public": public,
        "public_note": left_out_note,
        "attendance": _published(attendance_by_side(ctx, names, invited_only=skeleton),
                                 public),
        "quorum": quorum,  # templates before 12 show it apart; the shipped one when
        "quorum_apart": quorum_apart,  # there is no opening TOP to show it under
        "agenda": agenda_rows(ctx, public, record.attachments),
        "items": rendered_items,
        "blank": BLANK if skeleton else "",
        "approved_minutes": [approved_minutes_sentence(m) for m in approved_elsewhere],
        "corrections": [{"date": date_text(c.corrected_on), "reason": clean_text(c.reason),
                         "text": clean_text(c.text)}
                        for c in record.corrections],
        "open_tasks": [task_row(t, names, today) for t in record.open_tasks],
        "today": date_text(today),
        "annexes": annex_rows,
        "annexes_note": _annexes_note(record, ctx.items, public),
        "distribution": distribution(ctx, names),
        "signature": signature_block(record, facts),
        "seal": seal if meeting.state is MeetingState.APPROVED else "",
    }


def _published(attendance: dict[str, Any], public: bool) -> dict[str, Any]:
    """The public version names the members (they hold a seat in a public body) but not
    the guests, who are private persons: only how many there were."""
    count = len(attendance["guests"])
    if public and count:
        guests = (say("documents.minutes", "1 Gast") if count == 1
                  else say("documents.minutes", "{count} Gäste").format(count=count))
        attendance = attendance | {"guests": [], "guests_text": guests}
    return attendance


def _annexes_note(record: MinutesRecord, all_items: Sequence[AgendaItem], public: bool) -> str:
    """In the public version: that the papers of non-public TOPs are not attached."""
    hidden = sum(len(record.attachments_at(i.id)) for i in all_items if not i.public)
    if not public or not hidden:
        return ""
    return (say("documents.minutes",
                "Die Anlagen zu nichtöffentlichen Tagesordnungspunkten sind nicht beigefügt.")
            if hidden > 1 else
            say("documents.minutes",
                "Die Anlage zu einem nichtöffentlichen Tagesordnungspunkt ist nicht beigefügt."))


def _status_line(meeting: Meeting, approving: Meeting | None,
                 item: AgendaItem | None) -> str:
    note = approval_note(meeting, approving, item)
    if note:
        return f"{note[0].upper()}{note[1:]}."
    if meeting.state in DRAFT_STATES:
        return say("documents.minutes", "ENTWURF – noch nicht genehmigt")
    if meeting.state in SKELETON_STATES:
        return say("documents.minutes", "Vorlage zur Sitzung – noch nicht durchgeführt")
    return ""


def export_minutes(store: Store, meeting_id: str, target: str | Path, *,
                   template: str | Path | None = None, public: bool = False,
                   results_only: bool = False, today: date | None = None) -> Path:
    """Write the minutes: Word for ``.docx``, PDF for ``.pdf`` (approved minutes as
    PDF/A-2b, for the archive)."""
    output_suffix(target)
    context = minutes_context(store, meeting_id, public=public, results_only=results_only,
                              today=today)
    meeting = store.meetings.get(meeting_id)
    return render_docx(Path(template) if template else shipped_template(TEMPLATE),
                       context, target,
                       properties=document_properties(
                           say("documents.minutes", "Niederschrift"), store, meeting_id),
                       archive=meeting.state is MeetingState.APPROVED)


def document_properties(what: str, store: Store, meeting_id: str) -> dict[str, str]:
    """Title and author of a document about a meeting: "Niederschrift – 3. Sitzung der
    Steuerungsgruppe SRO am 12.03.2026", the body."""
    meeting = store.meetings.get(meeting_id)
    body = store.bodies.get(meeting.body_id)
    return {"title": f"{what} – {meeting_title(meeting, body)}", "author": body.name}


def vote_label(method: VotingMethod) -> str:
    """ "Namentliche Abstimmung", "Geheime Abstimmung", else "Abstimmung"."""
    label = VOTE_LABELS.get(method)
    return say("documents.minutes", label) if label else say("documents.minutes", "Abstimmung")
