"""The records of the steering group's work as plain dataclasses.

Field names are the column names of the tables of the same name (see
the README, "The file format"); dates are ``datetime.date``, times "HH:MM" strings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date

from .enums import (
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    Choice,
    DecisionRule,
    MajorityBase,
    MeetingState,
    MilestoneLevel,
    MilestoneState,
    Outcome,
    Procedure,
    QualityDimension,
    QuorumBase,
    RecommendationState,
    Role,
    TaskState,
    VotingMethod,
)
from .names import default_genitive as default_genitive  # its home was here
from .names import of_body


@dataclass
class Body:
    id: str
    name: str
    short: str
    kind: BodyKind = BodyKind.STEERING
    article: str = "die"
    genitive: str = ""
    advises_body_id: str | None = None
    quorum_share: str = "1/2"
    quorum_more_than: bool = True
    quorum_each_parity_side: bool = True
    decision_rule: DecisionRule = DecisionRule.SIMPLE
    notice_days: int = 7
    # the rest of the rules of procedure (Geschäftsordnung), see domain/procedure.py
    quorum_base: QuorumBase = QuorumBase.STATUTORY
    majority_base: MajorityBase = MajorityBase.YES_NO
    casting_vote: bool = False  # the chair's vote decides a tie (Stichentscheid)
    deputy_multiple_votes: bool = False  # one person may hold more than one vote
    written_consent: bool = True  # one objection to the written procedure stops it
    roll_call_names: bool = True  # the minutes list the names of a roll-call vote
    signing_place: str = ""  # "Rostock": the minutes are signed "Rostock, den …"

    @property
    def nominative(self) -> str:
        """"die Steuerungsgruppe", used at the start of sentences capitalised."""
        return f"{self.article} {self.name}"

    @property
    def of_body(self) -> str:
        """Genitive with article: "der Steuerungsgruppe", "des Beirats"."""
        return of_body(self.article, self.genitive, self.name)


@dataclass
class Side:
    id: str
    body_id: str
    name: str
    short: str
    parity: bool
    voting: bool
    position: int = 0
    statutory_seats: int | None = None  # Sollzahl; None: as many as are filled


@dataclass
class Organization:
    id: str
    name: str
    short: str = ""
    kind: str = ""
    address: str = ""


@dataclass
class Person:
    id: str
    last_name: str
    first_name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    organization_id: str | None = None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


@dataclass
class Membership:
    id: str
    body_id: str
    person_id: str
    side_id: str
    role: Role = Role.MEMBER
    voting: bool = True
    organization_id: str | None = None
    deputy_person_id: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass
class Meeting:
    id: str
    body_id: str
    number: int
    date: dt.date
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    chair_person_id: str | None = None
    minute_taker_person_id: str | None = None
    state: MeetingState = MeetingState.PLANNED
    approved_in_meeting_id: str | None = None
    approved_on: dt.date | None = None
    cancel_reason: str = ""
    approved_at_item_id: str | None = None  # the approving meeting's TOP


@dataclass
class Attendance:
    """One line of the attendance list: a member of the body, or a guest.

    ``arrives_at_item_id``: present from that agenda item on;
    ``leaves_at_item_id``: no longer present from that agenda item on.
    """

    id: str
    meeting_id: str
    status: AttendanceStatus
    membership_id: str | None = None
    deputy_person_id: str | None = None
    guest_name: str = ""
    guest_organization: str = ""
    arrives_at_item_id: str | None = None
    leaves_at_item_id: str | None = None
    note: str = ""
    # the seat changes hands at this TOP: a represented member takes over from the
    # deputy; a present member hands over to the deputy
    handover_at_item_id: str | None = None


@dataclass
class AgendaItem:
    id: str
    meeting_id: str
    position: int
    title: str
    kind: AgendaKind = AgendaKind.INFORMATION
    presenter: str = ""
    duration_minutes: int = 0
    public: bool = True
    papers: str = ""
    notes: str = ""
    deferred: bool = False
    recommendation_id: str | None = None
    carried_from_item_id: str | None = None
    result_text: str = ""  # typed over the text module's suggestion; empty: the suggestion
    invited_position: int | None = None  # its number in the invitation; None: added later


@dataclass
class SideVote:
    side_id: str
    yes: int = 0
    no: int = 0
    abstain: int = 0

    @property
    def cast(self) -> int:
        return self.yes + self.no + self.abstain


@dataclass
class Decision:
    id: str
    body_id: str
    year: int
    seq: int
    number: str
    decided_on: date
    title: str
    wording: str = ""
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    written_procedure: bool = False
    rule: DecisionRule = DecisionRule.SIMPLE
    procedure: Procedure = Procedure.VOTE
    outcome: Outcome | None = None
    result_text: str = ""
    voting_method: VotingMethod = VotingMethod.OPEN
    chair_vote: Choice | None = None  # how the chair voted, for a casting vote on a tie
    deadline: date | None = None  # of a written procedure
    votes: list[SideVote] = field(default_factory=list)
    conflicted_membership_ids: list[str] = field(default_factory=list)
    ballots: list[Ballot] = field(default_factory=list)


@dataclass
class Ballot:
    """One member's vote in a roll call, or answer in a written procedure."""

    membership_id: str
    choice: Choice = Choice.NONE
    answered_on: date | None = None


@dataclass
class TaskOwner:
    person_id: str | None = None
    organization_id: str | None = None
    side_id: str | None = None


@dataclass
class Task:
    id: str
    body_id: str
    title: str
    description: str = ""
    origin_meeting_id: str | None = None
    origin_agenda_item_id: str | None = None
    origin_decision_id: str | None = None
    origin_recommendation_id: str | None = None
    tandem: bool = False
    due_date: date | None = None
    state: TaskState = TaskState.OPEN
    started_on: date | None = None
    done_on: date | None = None
    report_meeting_id: str | None = None
    milestone_id: str | None = None
    owners: list[TaskOwner] = field(default_factory=list)


@dataclass
class Recommendation:
    id: str
    advisory_body_id: str
    addressed_body_id: str
    number: str
    title: str
    adopted_on: date
    text: str = ""
    advisory_meeting_id: str | None = None
    state: RecommendationState = RecommendationState.RECEIVED
    response_text: str = ""
    response_decision_id: str | None = None
    response_due: date | None = None
    responded_on: date | None = None


@dataclass
class Milestone:
    id: str
    title: str
    target_year: int
    target_quarter: int
    description: str = ""
    state: MilestoneState = MilestoneState.PLANNED
    level: MilestoneLevel = MilestoneLevel.STRATEGIC
    quality_dimension: QualityDimension = QualityDimension.STRUCTURE
    focus_area: str = ""
    body_id: str | None = None


@dataclass
class Correction:
    """A Berichtigung: the only way approved minutes change."""

    id: str
    meeting_id: str
    corrected_on: date
    reason: str
    text: str


@dataclass
class Circulation:
    """One sending of the minutes (Protokollversand): when, to whom."""

    id: str
    meeting_id: str
    sent_on: date
    recipients: str
    note: str = ""


@dataclass
class Objection:
    """An Einwendung against draft or circulated minutes, by a person of the file
    (``person_id``) or someone named in words (``raised_by``)."""

    id: str
    meeting_id: str
    received_on: date
    text: str
    person_id: str | None = None
    raised_by: str = ""
    resolution: str = ""


@dataclass
class Attachment:
    """A paper (Vorlage) of a TOP kept inside the file; the bytes (``content``) are read
    apart, so that lists do not load them."""

    id: str
    agenda_item_id: str
    position: int
    name: str
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""


@dataclass
class TextModule:
    """A Textbaustein of a body: ``key`` names a standard TOP ("opening", …) whose result
    text it gives, or the secretary's own module ("own-…"); ``text`` may hold placeholders
    ("{Beschlussfähigkeit}")."""

    id: str
    body_id: str
    key: str
    title: str
    text: str = ""
