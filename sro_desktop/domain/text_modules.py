"""Text modules (Textbausteine): the result text of each standard TOP, with placeholders
filled from the record ("{Vorsitz} eröffnet die Sitzung um {Beginn} Uhr …"), and the
secretary's own modules.

A body keeps its own wording of a module in the file (``TextModule``); a standard module
it has not changed reads as its default here. A TOP's result is what was typed at it
(``AgendaItem.result_text``), else the filled module of its standard TOP, else nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from .agenda import (
    AGENDA_APPROVAL,
    CLOSING,
    MINUTES_APPROVAL,
    OPEN_TASKS,
    OPENING,
    RECOMMENDATIONS,
    agenda_changes,
    is_titled,
)
from .calendar import local_date
from .errors import RuleViolation
from .labels import person_label
from .meeting_record import MinutesRecord
from .model import AgendaItem, Meeting, Objection, TextModule
from .tasks import is_overdue
from .words import QT_TRANSLATE_NOOP, and_list, say

OWN_PREFIX = "own-"  # the key of a module the secretary added
MISSING = "…"  # a value the record does not have yet (no start time entered …)


@dataclass(frozen=True)
class StandardModule:
    key: str
    item_title: str  # the standard TOP whose result it gives
    title: str  # how the module is listed
    text: str  # the default wording (German source; default_text gives it in the language)


STANDARD_MODULES: tuple[StandardModule, ...] = (
    StandardModule(
        "opening", OPENING,
        QT_TRANSLATE_NOOP("domain.text_modules", "Eröffnung und Beschlussfähigkeit"),
        QT_TRANSLATE_NOOP("domain.text_modules",
                          "{Vorsitz} eröffnet die Sitzung um {Beginn} Uhr und stellt die "
                          "ordnungsgemäße Einladung und die Beschlussfähigkeit fest "
                          "({Anwesenheit}).")),
    StandardModule(
        "agenda", AGENDA_APPROVAL,
        QT_TRANSLATE_NOOP("domain.text_modules", "Genehmigung der Tagesordnung"),
        QT_TRANSLATE_NOOP("domain.text_modules",
                          "Die Tagesordnung wird {Änderungen der Tagesordnung} "
                          "genehmigt{Änderungsliste}.")),
    StandardModule(
        "minutes", MINUTES_APPROVAL,
        QT_TRANSLATE_NOOP("domain.text_modules", "Genehmigung des Protokolls"),
        QT_TRANSLATE_NOOP("domain.text_modules",
                          "Die Niederschrift {Niederschrift} wird {Einwendungen} "
                          "genehmigt{Einwendungsliste}.")),
    StandardModule(
        "open_tasks", OPEN_TASKS,
        QT_TRANSLATE_NOOP("domain.text_modules", "Bericht zu offenen Aufgaben"),
        QT_TRANSLATE_NOOP("domain.text_modules",
                          "Die Geschäftsstelle berichtet zum Stand der offenen Aufgaben "
                          "(offen: {offene Aufgaben}, davon überfällig: "
                          "{überfällige Aufgaben}).")),
    StandardModule(
        "recommendations", RECOMMENDATIONS,
        QT_TRANSLATE_NOOP("domain.text_modules", "Empfehlungen des Beirats"),
        QT_TRANSLATE_NOOP("domain.text_modules",
                          "Beraten werden die Empfehlungen des Beirats: {Empfehlungen}.")),
    StandardModule(
        "closing", CLOSING,
        QT_TRANSLATE_NOOP("domain.text_modules", "Verschiedenes und Schluss"),
        QT_TRANSLATE_NOOP("domain.text_modules",
                          "Es gibt keine weiteren Wortmeldungen. {Vorsitz} schließt die "
                          "Sitzung um {Ende} Uhr.")),
)
STANDARD = {m.key: m for m in STANDARD_MODULES}

# The opening when the body is not quorate: the default cannot state the quorum.
OPENING_NOT_QUORATE = QT_TRANSLATE_NOOP("domain.text_modules",
                                        "{Vorsitz} eröffnet die Sitzung um {Beginn} Uhr und "
                                        "stellt die ordnungsgemäße Einladung fest. "
                                        "{Beschlussfähigkeit}")

# Every placeholder a module may hold, with what it stands for (the keys stay German in
# every language: they are typed into stored texts; the descriptions are translated by
# placeholder_descriptions).
PLACEHOLDERS: dict[str, str] = {
    "Gremium": QT_TRANSLATE_NOOP(
        "domain.text_modules", "das Gremium mit Artikel („die Steuerungsgruppe“)"),
    "Sitzung": QT_TRANSLATE_NOOP(
        "domain.text_modules", "die Sitzung („6. Sitzung“)"),
    "Datum": QT_TRANSLATE_NOOP(
        "domain.text_modules", "der Tag der Sitzung („16.09.2026“)"),
    "Ort": QT_TRANSLATE_NOOP(
        "domain.text_modules", "der Ort der Sitzung"),
    "Beginn": QT_TRANSLATE_NOOP(
        "domain.text_modules", "die Uhrzeit des Beginns („09:05“)"),
    "Ende": QT_TRANSLATE_NOOP(
        "domain.text_modules", "die Uhrzeit des Endes („11:30“)"),
    "Vorsitz": QT_TRANSLATE_NOOP(
        "domain.text_modules", "wer die Sitzung leitet (Name; sonst „Die Sitzungsleitung“)"),
    "Protokoll": QT_TRANSLATE_NOOP(
        "domain.text_modules", "wer das Protokoll führt (Name)"),
    "Anwesenheit": QT_TRANSLATE_NOOP(
        "domain.text_modules",
        "„11 von 12 Stimmberechtigten anwesend: Verwaltung 6, Freie Träger 5“"),
    "Beschlussfähigkeit": QT_TRANSLATE_NOOP(
        "domain.text_modules", "der ganze Satz zur Beschlussfähigkeit bei Eröffnung"),
    "Niederschrift": QT_TRANSLATE_NOOP(
        "domain.text_modules",
        "welche Niederschrift genehmigt wird („der 6. Sitzung vom 16.09.2026“)"),
    "Einwendungen": QT_TRANSLATE_NOOP(
        "domain.text_modules", "„ohne Einwendungen“ oder „mit folgenden Einwendungen“"),
    "Einwendungsliste": QT_TRANSLATE_NOOP(
        "domain.text_modules", "die Einwendungen und wie sie erledigt wurden, nach einem "
        "Doppelpunkt (leer ohne Einwendungen)"),
    "offene Aufgaben": QT_TRANSLATE_NOOP(
        "domain.text_modules", "die Zahl der offenen Aufgaben des Gremiums"),
    "überfällige Aufgaben": QT_TRANSLATE_NOOP(
        "domain.text_modules", "die Zahl der überfälligen unter ihnen"),
    "Empfehlungen": QT_TRANSLATE_NOOP(
        "domain.text_modules",
        "die Empfehlungen, die auf der Tagesordnung stehen (Nummer und Titel)"),
    "Änderungen der Tagesordnung": QT_TRANSLATE_NOOP(
        "domain.text_modules", "„ohne Änderungen“ oder „mit folgenden Änderungen“ (seit "
        "der Einladung)"),
    "Änderungsliste": QT_TRANSLATE_NOOP(
        "domain.text_modules", "die Änderungen der Tagesordnung nach einem Doppelpunkt "
        "(„: TOP 6 „…“ neu aufgenommen; …“; leer ohne Änderungen)"),
}



def placeholder_descriptions() -> list[tuple[str, str]]:
    """Each placeholder's key (German, as typed) and what it stands for, in the language
    in use."""
    return [(name, say("domain.text_modules", about)) for name, about in PLACEHOLDERS.items()]


_PLACEHOLDER = re.compile(r"\{([^{}\n]+)\}")


def placeholders_in(text: str) -> list[str]:
    """The placeholders a text holds, in order: "{Vorsitz} … {Ende}" -> [Vorsitz, Ende]."""
    return [m.group(1).strip() for m in _PLACEHOLDER.finditer(text)]


def check_text(text: str) -> None:
    """Refuse a text with a placeholder that does not exist, naming it."""
    for name in placeholders_in(text):
        if name not in PLACEHOLDERS:
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise RuleViolation(say("domain.text_modules", "Den Platzhalter {{{name}}} gibt es "
                                                           "nicht; möglich sind: {known}.").format(
                                    name=name, known=known), "text")


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with each placeholder replaced by its value; one without a value stays."""
    def value(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        return values[name] if name in values else match.group(0)
    return _PLACEHOLDER.sub(value, text)


def module_key(item: AgendaItem) -> str | None:
    """The standard module of a TOP, by its title (case and outer spaces ignored)."""
    return next((m.key for m in STANDARD_MODULES if is_titled(item.title, m.item_title)), None)


def is_own(key: str) -> bool:
    return key.startswith(OWN_PREFIX)


def default_text(key: str) -> str:
    """A standard module's default wording in the language in use (the placeholders keep
    their German keys). A default is not stored, so it follows the language; a text the
    body changed stays as typed."""
    return say("domain.text_modules", STANDARD[key].text)


def default_module(body_id: str, key: str) -> TextModule:
    """A standard module as it reads before the body changes it (not stored: no id)."""
    standard = STANDARD[key]
    return TextModule("", body_id, key, say("domain.text_modules", standard.title),
                      default_text(key))


def with_defaults(body_id: str, stored: list[TextModule]) -> list[TextModule]:
    """The body's modules: the standard ones in their order (stored or default), then its
    own in the order given. A standard module stored under its program name (German)
    shows that name in the language in use."""
    by_key = {m.key: m for m in stored}
    standard = [default_module(body_id, m.key) if m.key not in by_key
                else replace(by_key[m.key], title=say("domain.text_modules", m.title))
                if by_key[m.key].title == m.title else by_key[m.key]
                for m in STANDARD_MODULES]
    return standard + [m for m in stored if m.key not in STANDARD]


# -- the values of the placeholders ----------------------------------------------------------


def values(record: MinutesRecord, item: AgendaItem | None = None) -> dict[str, str]:
    """Each placeholder's value from the minutes' record (at ``item``, for the minutes it
    approved)."""
    ctx = record.context
    meeting, body = ctx.meeting, ctx.body
    quorum = ctx.quorum()
    chair = person_label(record.people.get(meeting.chair_person_id or ""))
    found: dict[str, str] = {
        "Gremium": body.nominative,
        "Sitzung": say("domain.text_modules", "{number}. Sitzung").format(number=meeting.number),
        "Datum": local_date(meeting.date),
        "Ort": meeting.place or MISSING,
        "Beginn": meeting.start_time or MISSING,
        "Ende": meeting.end_time or MISSING,
        "Vorsitz": chair or say("domain.text_modules", "Die Sitzungsleitung"),
        "Protokoll": person_label(record.people.get(meeting.minute_taker_person_id or ""))
        or MISSING,
        "Anwesenheit": attendance_text(quorum.present, quorum.seats, quorum.by_side,
                                       quorum.vacant),
        "Beschlussfähigkeit": quorum.sentence,
        "offene Aufgaben": str(len(record.open_tasks)),
        "überfällige Aufgaben": str(sum(1 for t in record.open_tasks
                                        if is_overdue(t, meeting.date))),
        "Empfehlungen": ", ".join(f"{r.number} {r.title}"
                                  for r in record.recommendations.values())
                        or say("domain.text_modules", "keine"),
    }
    changes = agenda_changes(ctx.items, record.withdrawn)
    found["Änderungen der Tagesordnung"] = (
        say("domain.text_modules", "mit folgenden Änderungen")
        if changes
        else say("domain.text_modules", "ohne Änderungen")
    )
    found["Änderungsliste"] = ": " + "; ".join(changes) if changes else ""
    approved = record.approved_at(item.id) if item is not None else []
    objections = [o for m in approved for o in record.objections.get(m.id, [])]
    found["Niederschrift"] = minutes_named(approved) or MISSING
    found["Einwendungen"] = (
        say("domain.text_modules", "mit folgenden Einwendungen")
        if objections
        else say("domain.text_modules", "ohne Einwendungen")
    )
    found["Einwendungsliste"] = (
        ": " + "; ".join(objection_text(o, record) for o in objections) if objections else "")
    return found


def attendance_text(present: int, seats: int, by_side: Mapping[str, tuple[int, int]],
                    vacant: int = 0) -> str:
    """"11 von 12 Stimmberechtigten anwesend: Verwaltung 6, Freie Träger 5" (and "; 1 Sitz
    ist unbesetzt")."""
    text = say("domain.text_modules", "{present} von {seats} Stimmberechtigten anwesend").format(
               present=present, seats=seats)
    if len(by_side) > 1:
        text += ": " + ", ".join(f"{name} {n}" for name, (n, _) in by_side.items())
    if vacant:
        text += "; " + (say("domain.text_modules", "1 Sitz ist unbesetzt") if vacant == 1
                        else say("domain.text_modules", "{vacant} Sitze sind unbesetzt").format(
                                 vacant=vacant))
    return text


def minutes_named(meetings: list[Meeting]) -> str:
    """"der 6. Sitzung vom 16.09.2026" (and "… und der 7. Sitzung vom …")."""
    named = [say("domain.text_modules", "der {number}. Sitzung vom {german_date}").format(
                 number=m.number, german_date=local_date(m.date))
             for m in sorted(meetings, key=lambda m: (m.date, m.number))]
    return and_list(named)


def objection_text(objection: Objection, record: MinutesRecord) -> str:
    """"Petra Wendt: TOP 4 richtig: … (erledigt: berichtigt)"."""
    who = person_label(record.people.get(objection.person_id or "")) or objection.raised_by
    text = f"{who}: {objection.text}" if who else objection.text
    if objection.resolution:
        text += say("domain.text_modules", " (erledigt: {resolution})").format(
                    resolution=objection.resolution)
    return text


# -- the one function the minutes call ---------------------------------------------------------


def suggestion(record: MinutesRecord, item: AgendaItem,
               modules: Mapping[str, TextModule]) -> str:
    """The filled module of the TOP's standard module ("" for another TOP, and for the
    minutes' approval when none was approved under it)."""
    key = module_key(item)
    if key is None:
        return ""
    if key == "minutes" and not record.approved_at(item.id):
        return ""
    module = modules.get(key)
    text = module.text if module is not None and module.id else default_text(key)
    if key == "opening" and not record.context.quorum().quorate:
        # the default cannot state the quorum: its not-quorate form, in the default's language
        if text == default_text(key):
            text = say("domain.text_modules", OPENING_NOT_QUORATE)
        elif text == STANDARD[key].text:
            text = OPENING_NOT_QUORATE
    return fill(text, values(record, item)).strip()


def item_result_text(record: MinutesRecord, item: AgendaItem,
                     modules: Mapping[str, TextModule]) -> str:
    """A TOP's result for the minutes: as typed at the TOP, else the filled module of its
    standard TOP, else "". ``modules``: the body's modules by key."""
    if item.result_text.strip():
        return item.result_text.strip()
    return suggestion(record, item, modules)
