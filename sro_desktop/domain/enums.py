"""Coded values stored in the file, each with its German label.

The file stores the stable English code (``"present"``); the program shows
the label (``"anwesend"``). Reports and other tools can rely on the codes.
"""

from __future__ import annotations

from enum import StrEnum


class Labeled(StrEnum):
    label: str

    def __new__(cls, value: str, label: str = "") -> Labeled:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def parse(cls, value: str) -> Labeled:
        """Accept the code or the German label."""
        for member in cls:
            if value in (member.value, member.label):
                return member
        raise ValueError(f"{value!r} ist kein gültiger Wert für {cls.__name__}")


class BodyKind(Labeled):
    STEERING = "steering", "Steuerungsgruppe"
    ADVISORY = "advisory", "Beirat"
    COMMITTEE = "committee", "Ausschuss"
    SUBCOMMITTEE = "subcommittee", "Unterausschuss"


class OrganizationKind(Labeled):
    """What kind of organisation it is; older files may hold free text instead."""

    OFFICE = "office", "Amt/Verwaltung"
    PROVIDER = "provider", "freier Träger"
    UNIVERSITY = "university", "Hochschule"
    CONSULTANCY = "consultancy", "Beratung"
    MINISTRY = "ministry", "Ministerium"
    OTHER = "other", "sonstige"


class Role(Labeled):
    CHAIR = "chair", "Vorsitz"
    VICE_CHAIR = "vice_chair", "stellv. Vorsitz"
    MEMBER = "member", "Mitglied"
    ADVISORY = "advisory", "beratendes Mitglied"
    GUEST = "guest", "Gast"
    MINUTES = "minutes", "Protokoll"


class AttendanceStatus(Labeled):
    PRESENT = "present", "anwesend"
    EXCUSED = "excused", "entschuldigt"
    ABSENT = "absent", "abwesend"
    REPRESENTED = "represented", "vertreten"


class DecisionRule(Labeled):
    SIMPLE = "simple", "einfache Mehrheit"
    TWO_THIRDS = "two_thirds", "Zweidrittelmehrheit"
    THREE_QUARTERS = "three_quarters", "Dreiviertelmehrheit"
    ABSOLUTE = "absolute", "absolute Mehrheit (der Mitglieder)"
    DOUBLE = "double", "doppelte Mehrheit"
    CONSENSUS = "consensus", "Konsens"


class QuorumBase(Labeled):
    """What the quorum share is taken of."""

    STATUTORY = "statutory", "gesetzliche Mitgliederzahl (Sollzahl)"
    FILLED = "filled", "besetzte Sitze"


class MajorityBase(Labeled):
    """What a majority is measured against (OpenSlides calls it the percent base)."""

    YES_NO = "yes_no", "Ja- gegen Nein-Stimmen (Enthaltungen zählen nicht)"
    VALID = "valid", "abgegebene Stimmen einschließlich Enthaltungen"
    PRESENT = "present", "anwesende Stimmberechtigte"
    STATUTORY = "statutory", "gesetzliche Mitgliederzahl"


class VotingMethod(Labeled):
    OPEN = "open", "offen (Zahlen je Seite)"
    ROLL_CALL = "roll_call", "namentlich"
    SECRET = "secret", "geheim"
    WRITTEN = "written", "Umlaufverfahren"


class Choice(Labeled):
    """One member's answer in a roll-call vote or a written procedure."""

    YES = "yes", "Ja"
    NO = "no", "Nein"
    ABSTAIN = "abstain", "Enthaltung"
    CONFLICTED = "conflicted", "befangen"
    NONE = "none", "keine Stimme"
    OBJECTS = "objects", "widerspricht dem Verfahren"


class Procedure(Labeled):
    """How a decision item was disposed of; only VOTE is decided by counting."""

    VOTE = "vote", "Abstimmung"
    DEFERRED = "deferred", "vertagt"
    WITHDRAWN = "withdrawn", "zurückgezogen"


class Outcome(Labeled):
    ADOPTED = "adopted", "angenommen"
    REJECTED = "rejected", "abgelehnt"
    DEFERRED = "deferred", "vertagt"
    WITHDRAWN = "withdrawn", "zurückgezogen"


class TaskState(Labeled):
    OPEN = "open", "offen"
    IN_PROGRESS = "in_progress", "in Arbeit"
    DONE = "done", "erledigt"
    DROPPED = "dropped", "entfallen"


class RecommendationState(Labeled):
    RECEIVED = "received", "eingegangen"
    ON_AGENDA = "on_agenda", "auf Tagesordnung"
    ADOPTED = "adopted", "angenommen"
    PARTLY_ADOPTED = "partly_adopted", "teilweise angenommen"
    REJECTED = "rejected", "abgelehnt"
    DEFERRED = "deferred", "zurückgestellt"


class MilestoneState(Labeled):
    PLANNED = "planned", "geplant"
    IN_PROGRESS = "in_progress", "in Arbeit"
    REACHED = "reached", "erreicht"
    DELAYED = "delayed", "verzögert"


class MilestoneLevel(Labeled):
    STRATEGIC = "strategic", "strategisch"
    OPERATIONAL = "operational", "operativ"


class QualityDimension(Labeled):
    STRUCTURE = "structure", "Strukturqualität"
    PROCESS = "process", "Prozessqualität"
    RESULT = "result", "Ergebnisqualität"


class MeetingState(Labeled):
    PLANNED = "planned", "geplant"
    INVITED = "invited", "eingeladen"
    HELD = "held", "durchgeführt"
    DRAFT = "draft", "Protokoll-Entwurf"
    SENT = "sent", "Protokoll versandt"
    APPROVED = "approved", "Protokoll genehmigt"
    CANCELLED = "cancelled", "abgesagt"


class AgendaKind(Labeled):
    INFORMATION = "information", "Information"
    DISCUSSION = "discussion", "Beratung"
    DECISION = "decision", "Beschluss"


class LearningKind(Labeled):
    """What kind of learning event of the programme it is (training, visit, …)."""

    TRAINING = "training", "Fortbildung"
    VISIT = "visit", "Hospitation"
    INTERNSHIP = "internship", "Praktikum"
    CONFERENCE = "conference", "Fachtag"


class ParitySide(Labeled):
    """The two sides whose balance the programme watches: the office and the providers."""

    OFFICE = "office", "Verwaltung"
    PROVIDERS = "providers", "Freie Träger"


class BudgetArea(Labeled):
    """The focus area a budget line of the model region pays for (the statement's S6)."""

    EDUCATIONAL_AID = "educational_aid", "Hilfen zur Erziehung"
    YOUTH_WORK = "youth_work", "Jugend- und Jugendsozialarbeit"
    FAMILY_EDUCATION = "family_education", "Eltern- und Familienbildung"
    POSTS = "posts", "Personalstellen"
    TRAINING = "training", "Fortbildung und Hospitation"
    OTHER = "other", "Sonstiges"


class FundingSource(Labeled):
    """Who pays a budget line."""

    CITY = "city", "Hansestadt Rostock"
    STATE = "state", "Landesmodellprojekt"
    PROVIDERS = "providers", "Eigenanteil der Träger"
