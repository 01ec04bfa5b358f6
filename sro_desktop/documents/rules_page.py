"""The page "Regeln" (Help menu, ``docs/regeln.md``): each rule explained with the cases
of :mod:`~sro_desktop.domain.rule_cases` and the sentence the program writes for them.

``python -m sro_desktop.documents.rules_page > docs/regeln.md`` writes the file; a test
checks that the file is what this gives. The page is written in the language in use: its
words go through the catalogue, and each case shows the sentence the program computes
(in German the very sentence the tests expect).
"""

from __future__ import annotations

from ..domain.enums import DecisionRule, MajorityBase, QuorumBase
from ..domain.procedure import PRESETS
from ..domain.rule_cases import CASES, DEPUTIES, MAJORITY, QUORUM, TIE, WAYS, WRITTEN
from ..domain.words import QT_TRANSLATE_NOOP, say


def _intro() -> str:
    title = say("documents.rules_page", "Regeln")
    text = say("documents.rules_page",
               "Wie SRO Desktop Beschlussfähigkeit, Stellvertretung, Mehrheiten und "
               "Umlaufverfahren\nberechnet, und welchen Satz es dafür ins Protokoll schreibt. "
               "Welche Regel gilt, legt\njedes Gremium in seiner Geschäftsordnung fest "
               "(Ansicht *Gremien & Mitglieder*,\nBereich *Regeln*). Die Beispiele unten sind "
               "dieselben Fälle, gegen die das Programm\nbei jeder Änderung geprüft wird: "
               "Seite und Programm können sich nicht widersprechen.")
    return f"# {title}\n\n{text}\n"


EXPLAINED = {
    QUORUM: QT_TRANSLATE_NOOP(
        "documents.rules_page",
        "Ein Gremium ist beschlussfähig, wenn der in der Geschäftsordnung bestimmte Anteil "
        "der Stimmberechtigten anwesend ist (Voreinstellung: mehr als die Hälfte). Gezählt "
        "wird auf die Sollzahl der Sitze (gesetzliche Mitgliederzahl), nicht auf die "
        "heute besetzten Sitze: ein unbesetzter Sitz senkt die Hürde nicht. Wo die "
        "Geschäftsordnung es verlangt, muss jede paritätische Seite vertreten sein. Wer bei "
        "einem TOP befangen ist, stimmt nicht mit und zählt für diesen TOP auch nicht zur "
        "Beschlussfähigkeit. Ein Beschluss, der trotzdem gefasst wurde, wird erfasst; "
        "Protokoll und „Protokoll prüfen“ weisen darauf hin."),
    DEPUTIES: QT_TRANSLATE_NOOP(
        "documents.rules_page",
        "Eine Stellvertretung stimmt nur, solange das Mitglied fehlt. Kommt das Mitglied "
        "später, übernimmt es seinen Sitz ab dem TOP des Wechsels; geht es früher, übergibt "
        "es ab diesem TOP an die Stellvertretung. Jede Person führt höchstens eine Stimme, "
        "außer die Geschäftsordnung erlaubt die Übertragung des Stimmrechts; ein Mitglied, "
        "das zugleich ein anderes vertritt, zählt dann nicht doppelt."),
    MAJORITY: QT_TRANSLATE_NOOP(
        "documents.rules_page",
        "Eine Mehrheit wird auf eine benannte Bezugsgröße gerechnet, exakt als Bruch: die "
        "Ja- gegen die Nein-Stimmen (Voreinstellung; Enthaltungen zählen nicht), die "
        "abgegebenen Stimmen einschließlich Enthaltungen, die anwesenden Stimmberechtigten "
        "oder die Mitglieder laut Geschäftsordnung. Einfache Mehrheit heißt mehr als die "
        "Hälfte, Zwei-Drittel- und Dreiviertelmehrheit mindestens dieser Anteil; die "
        "absolute Mehrheit verlangt mehr als die Hälfte der Mitglieder laut "
        "Geschäftsordnung. Die doppelte Mehrheit verlangt eine Mehrheit insgesamt und auf "
        "jeder paritätischen Seite, auf derselben Bezugsgröße."),
    TIE: QT_TRANSLATE_NOOP(
        "documents.rules_page",
        "Bei Stimmengleichheit ist ein Antrag abgelehnt, außer die Geschäftsordnung gibt "
        "der Stimme des Vorsitzes den Ausschlag (Stichentscheid)."),
    WAYS: QT_TRANSLATE_NOOP(
        "documents.rules_page",
        "Offen werden die Stimmen je Seite gezählt. Bei namentlicher Abstimmung wird jede "
        "Stimme mit Namen erfasst (Ja, Nein, Enthaltung, befangen, keine Stimme); Zahlen "
        "und Seiten ergeben sich daraus, und das Protokoll nennt die Namen, wenn das Gremium "
        "es so will. Geheim werden nur Zahlen erfasst. Die beratenden Mitglieder können "
        "ein nicht bindendes Votum abgeben; es steht neben dem Ergebnis („Votum der "
        "beratenden Mitglieder: …“) und zählt nicht mit."),
    WRITTEN: QT_TRANSLATE_NOOP(
        "documents.rules_page",
        "Im Umlaufverfahren (schriftliche Beschlussfassung) werden alle stimmberechtigten "
        "Mitglieder mit einer Frist gefragt; jede Antwort wird mit Datum erfasst (Ja, "
        "Nein, Enthaltung, Widerspruch gegen das Verfahren, keine Antwort). Antworten nach "
        "der Frist zählen nicht. Vor Ablauf der Frist steht ein Ergebnis erst fest, wenn "
        "die fehlenden Antworten es nicht mehr ändern können. Ein Widerspruch gegen das "
        "Verfahren stoppt es, wenn die Geschäftsordnung das vorsieht (Voreinstellung). "
        "Der Text sagt nie „anwesend“ und „einstimmig“ nur, wenn alle Gefragten mit Ja "
        "geantwortet haben."),
}


def _choices() -> str:
    lines = ["## " + say("documents.rules_page", "Was die Geschäftsordnung festlegt"), ""]
    lines.append("- " + say("documents.rules_page", "Beschlussfähigkeit gezählt auf: {list}")
                 .format(list="; ".join(b.label for b in QuorumBase)))
    lines.append("- " + say("documents.rules_page", "Beschlussregeln: {list}")
                 .format(list="; ".join(r.label for r in DecisionRule)))
    lines.append("- " + say("documents.rules_page", "Bezugsgröße der Mehrheit: {list}")
                 .format(list="; ".join(b.label for b in MajorityBase)))
    lines.append("- " + say("documents.rules_page", "Stichentscheid des Vorsitzes; "
                            "Übertragung des Stimmrechts; Widerspruch gegen das "
                            "Umlaufverfahren; Namen bei namentlicher Abstimmung im "
                            "Protokoll; Ladungsfrist"))
    lines += ["", say("documents.rules_page", "Vorlagen für den Anfang:"), ""]
    for preset in PRESETS.values():
        lines.append(f"- **{preset.name}**: {preset.explanation}")
    return "\n".join(lines)


def rules_page() -> str:
    """The page as Markdown."""
    parts = [_intro(), _choices()]
    for topic, explanation in EXPLAINED.items():
        cases = [c for c in CASES if c.topic == topic]
        section = [f"## {say('domain.rule_cases', topic)}", "",
                   say("documents.rules_page", explanation), ""]
        for case in cases:
            quoted = say("documents.rules_page", "„{sentence}“").format(sentence=case.compute())
            section.append(f"- {case.shown_situation()}\n\n  *{quoted}*\n")
        parts.append("\n".join(section))
    return "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(rules_page())
