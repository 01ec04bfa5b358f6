"""Coded values stored in the file, each with its German label.

The file stores the stable English code (``"present"``); the program shows
the label (``"anwesend"``). Reports and other tools can rely on the codes.
"""

from __future__ import annotations

from enum import StrEnum

from .words import QT_TRANSLATE_NOOP, say


class Labeled(StrEnum):
    _german: str

    def __new__(cls, value: str, label: str = "") -> Labeled:
        member = str.__new__(cls, value)
        member._value_ = value
        member._german = label
        return member

    @property
    def label(self) -> str:
        """The label in the program's language (German: the one written here, marked
        for lupdate with the class name as context)."""
        return say(type(self).__name__, self._german)

    @classmethod
    def parse(cls, value: str) -> Labeled:
        """Accept the code, the German label or the label in the language in use."""
        for member in cls:
            if value in (member.value, member._german, member.label):
                return member
        raise ValueError(f"{value!r} ist kein gültiger Wert für {cls.__name__}")


class BodyKind(Labeled):
    STEERING = "steering", QT_TRANSLATE_NOOP("BodyKind", "Steuerungsgruppe")
    ADVISORY = "advisory", QT_TRANSLATE_NOOP("BodyKind", "Beirat")
    COMMITTEE = "committee", QT_TRANSLATE_NOOP("BodyKind", "Ausschuss")
    SUBCOMMITTEE = "subcommittee", QT_TRANSLATE_NOOP("BodyKind", "Unterausschuss")


class OrganizationKind(Labeled):
    """What kind of organisation it is; older files may hold free text instead."""

    OFFICE = "office", QT_TRANSLATE_NOOP("OrganizationKind", "Amt/Verwaltung")
    PROVIDER = "provider", QT_TRANSLATE_NOOP("OrganizationKind", "freier Träger")
    UNIVERSITY = "university", QT_TRANSLATE_NOOP("OrganizationKind", "Hochschule")
    CONSULTANCY = "consultancy", QT_TRANSLATE_NOOP("OrganizationKind", "Beratung")
    MINISTRY = "ministry", QT_TRANSLATE_NOOP("OrganizationKind", "Ministerium")
    OTHER = "other", QT_TRANSLATE_NOOP("OrganizationKind", "sonstige")


class Role(Labeled):
    CHAIR = "chair", QT_TRANSLATE_NOOP("Role", "Vorsitz")
    VICE_CHAIR = "vice_chair", QT_TRANSLATE_NOOP("Role", "stellv. Vorsitz")
    MEMBER = "member", QT_TRANSLATE_NOOP("Role", "Mitglied")
    ADVISORY = "advisory", QT_TRANSLATE_NOOP("Role", "beratendes Mitglied")
    GUEST = "guest", QT_TRANSLATE_NOOP("Role", "Gast")
    MINUTES = "minutes", QT_TRANSLATE_NOOP("Role", "Protokoll")


class AttendanceStatus(Labeled):
    PRESENT = "present", QT_TRANSLATE_NOOP("AttendanceStatus", "anwesend")
    EXCUSED = "excused", QT_TRANSLATE_NOOP("AttendanceStatus", "entschuldigt")
    ABSENT = "absent", QT_TRANSLATE_NOOP("AttendanceStatus", "abwesend")
    REPRESENTED = "represented", QT_TRANSLATE_NOOP("AttendanceStatus", "vertreten")


class DecisionRule(Labeled):
    SIMPLE = "simple", QT_TRANSLATE_NOOP("DecisionRule", "einfache Mehrheit")
    TWO_THIRDS = "two_thirds", QT_TRANSLATE_NOOP("DecisionRule", "Zweidrittelmehrheit")
    THREE_QUARTERS = "three_quarters", QT_TRANSLATE_NOOP("DecisionRule", "Dreiviertelmehrheit")
    ABSOLUTE = "absolute", QT_TRANSLATE_NOOP("DecisionRule", "absolute Mehrheit (der Mitglieder)")
    DOUBLE = "double", QT_TRANSLATE_NOOP("DecisionRule", "doppelte Mehrheit")
    CONSENSUS = "consensus", QT_TRANSLATE_NOOP("DecisionRule", "Konsens")


class QuorumBase(Labeled):
    """What the quorum share is taken of."""

    STATUTORY = "statutory", QT_TRANSLATE_NOOP("QuorumBase",
        "gesetzliche Mitgliederzahl (Sollzahl)")
    FILLED = "filled", QT_TRANSLATE_NOOP("QuorumBase", "besetzte Sitze")


class MajorityBase(Labeled):
    """What a majority is measured against (OpenSlides calls it the percent base)."""

    YES_NO = "yes_no", QT_TRANSLATE_NOOP("MajorityBase",
        "Ja- gegen Nein-Stimmen (Enthaltungen zählen nicht)")
    VALID = "valid", QT_TRANSLATE_NOOP("MajorityBase",
        "abgegebene Stimmen einschließlich Enthaltungen")
    PRESENT = "present", QT_TRANSLATE_NOOP("MajorityBase", "anwesende Stimmberechtigte")
    STATUTORY = "statutory", QT_TRANSLATE_NOOP("MajorityBase", "gesetzliche Mitgliederzahl")


class VotingMethod(Labeled):
    OPEN = "open", QT_TRANSLATE_NOOP("VotingMethod", "offen (Zahlen je Seite)")
    ROLL_CALL = "roll_call", QT_TRANSLATE_NOOP("VotingMethod", "namentlich")
    SECRET = "secret", QT_TRANSLATE_NOOP("VotingMethod", "geheim")
    WRITTEN = "written", QT_TRANSLATE_NOOP("VotingMethod", "Umlaufverfahren")


class Choice(Labeled):
    """One member's answer in a roll-call vote or a written procedure."""

    YES = "yes", QT_TRANSLATE_NOOP("Choice", "Ja")
    NO = "no", QT_TRANSLATE_NOOP("Choice", "Nein")
    ABSTAIN = "abstain", QT_TRANSLATE_NOOP("Choice", "Enthaltung")
    CONFLICTED = "conflicted", QT_TRANSLATE_NOOP("Choice", "befangen")
    NONE = "none", QT_TRANSLATE_NOOP("Choice", "keine Stimme")
    OBJECTS = "objects", QT_TRANSLATE_NOOP("Choice", "widerspricht dem Verfahren")


class Procedure(Labeled):
    """How a decision item was disposed of; only VOTE is decided by counting."""

    VOTE = "vote", QT_TRANSLATE_NOOP("Procedure", "Abstimmung")
    DEFERRED = "deferred", QT_TRANSLATE_NOOP("Procedure", "vertagt")
    WITHDRAWN = "withdrawn", QT_TRANSLATE_NOOP("Procedure", "zurückgezogen")


class Outcome(Labeled):
    ADOPTED = "adopted", QT_TRANSLATE_NOOP("Outcome", "angenommen")
    REJECTED = "rejected", QT_TRANSLATE_NOOP("Outcome", "abgelehnt")
    DEFERRED = "deferred", QT_TRANSLATE_NOOP("Outcome", "vertagt")
    WITHDRAWN = "withdrawn", QT_TRANSLATE_NOOP("Outcome", "zurückgezogen")


class TaskState(Labeled):
    OPEN = "open", QT_TRANSLATE_NOOP("TaskState", "offen")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP("TaskState", "in Arbeit")
    DONE = "done", QT_TRANSLATE_NOOP("TaskState", "erledigt")
    DROPPED = "dropped", QT_TRANSLATE_NOOP("TaskState", "entfallen")


class RecommendationState(Labeled):
    RECEIVED = "received", QT_TRANSLATE_NOOP("RecommendationState", "eingegangen")
    ON_AGENDA = "on_agenda", QT_TRANSLATE_NOOP("RecommendationState", "auf Tagesordnung")
    ADOPTED = "adopted", QT_TRANSLATE_NOOP("RecommendationState", "angenommen")
    PARTLY_ADOPTED = "partly_adopted", QT_TRANSLATE_NOOP("RecommendationState",
        "teilweise angenommen")
    REJECTED = "rejected", QT_TRANSLATE_NOOP("RecommendationState", "abgelehnt")
    DEFERRED = "deferred", QT_TRANSLATE_NOOP("RecommendationState", "zurückgestellt")


class MilestoneState(Labeled):
    PLANNED = "planned", QT_TRANSLATE_NOOP("MilestoneState", "geplant")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP("MilestoneState", "in Arbeit")
    REACHED = "reached", QT_TRANSLATE_NOOP("MilestoneState", "erreicht")
    DELAYED = "delayed", QT_TRANSLATE_NOOP("MilestoneState", "verzögert")


class MilestoneLevel(Labeled):
    STRATEGIC = "strategic", QT_TRANSLATE_NOOP("MilestoneLevel", "strategisch")
    OPERATIONAL = "operational", QT_TRANSLATE_NOOP("MilestoneLevel", "operativ")


class QualityDimension(Labeled):
    STRUCTURE = "structure", QT_TRANSLATE_NOOP("QualityDimension", "Strukturqualität")
    PROCESS = "process", QT_TRANSLATE_NOOP("QualityDimension", "Prozessqualität")
    RESULT = "result", QT_TRANSLATE_NOOP("QualityDimension", "Ergebnisqualität")


class MeetingState(Labeled):
    PLANNED = "planned", QT_TRANSLATE_NOOP("MeetingState", "geplant")
    INVITED = "invited", QT_TRANSLATE_NOOP("MeetingState", "eingeladen")
    HELD = "held", QT_TRANSLATE_NOOP("MeetingState", "durchgeführt")
    DRAFT = "draft", QT_TRANSLATE_NOOP("MeetingState", "Protokoll-Entwurf")
    SENT = "sent", QT_TRANSLATE_NOOP("MeetingState", "Protokoll versandt")
    APPROVED = "approved", QT_TRANSLATE_NOOP("MeetingState", "Protokoll genehmigt")
    CANCELLED = "cancelled", QT_TRANSLATE_NOOP("MeetingState", "abgesagt")


class AgendaKind(Labeled):
    INFORMATION = "information", QT_TRANSLATE_NOOP("AgendaKind", "Information")
    DISCUSSION = "discussion", QT_TRANSLATE_NOOP("AgendaKind", "Beratung")
    DECISION = "decision", QT_TRANSLATE_NOOP("AgendaKind", "Beschluss")


class LearningKind(Labeled):
    """What kind of learning event of the programme it is (training, visit, …)."""

    TRAINING = "training", QT_TRANSLATE_NOOP("LearningKind", "Fortbildung")
    VISIT = "visit", QT_TRANSLATE_NOOP("LearningKind", "Hospitation")
    INTERNSHIP = "internship", QT_TRANSLATE_NOOP("LearningKind", "Praktikum")
    CONFERENCE = "conference", QT_TRANSLATE_NOOP("LearningKind", "Fachtag")


class ParitySide(Labeled):
    """The two sides whose balance the programme watches: the office and the providers."""

    OFFICE = "office", QT_TRANSLATE_NOOP("ParitySide", "Verwaltung")
    PROVIDERS = "providers", QT_TRANSLATE_NOOP("ParitySide", "Freie Träger")


class BudgetArea(Labeled):
    """The focus area a budget line of the model region pays for (the statement's S6)."""

    EDUCATIONAL_AID = "educational_aid", QT_TRANSLATE_NOOP("BudgetArea", "Hilfen zur Erziehung")
    YOUTH_WORK = "youth_work", QT_TRANSLATE_NOOP("BudgetArea", "Jugend- und Jugendsozialarbeit")
    FAMILY_EDUCATION = "family_education", QT_TRANSLATE_NOOP("BudgetArea",
        "Eltern- und Familienbildung")
    POSTS = "posts", QT_TRANSLATE_NOOP("BudgetArea", "Personalstellen")
    TRAINING = "training", QT_TRANSLATE_NOOP("BudgetArea", "Fortbildung und Hospitation")
    OTHER = "other", QT_TRANSLATE_NOOP("BudgetArea", "Sonstiges")


class FundingSource(Labeled):
    """Who pays a budget line."""

    CITY = "city", QT_TRANSLATE_NOOP("FundingSource", "Hansestadt Rostock")
    STATE = "state", QT_TRANSLATE_NOOP("FundingSource", "Landesmodellprojekt")
    PROVIDERS = "providers", QT_TRANSLATE_NOOP("FundingSource", "Eigenanteil der Träger")
