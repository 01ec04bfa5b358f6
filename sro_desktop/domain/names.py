"""How bodies and meetings are named in German text.

Plain functions of plain values, kept apart from the record classes (model.py) so
that a quick listing (``sro-desktop list meetings``) names meetings without
importing them.
"""

from __future__ import annotations

from .words import language, say


def default_genitive(article: str, name: str) -> str:
    """A first guess the user can correct: "der Steuerungsgruppe", "des Beirats".

    Feminine nouns take no ending; masculine and neuter ones take -s, or -es
    after a hissing sound, on the head noun (the first word).
    """
    if article == "die":
        return f"der {name}"
    head, _, rest = name.partition(" ")
    head += "es" if head.endswith(("s", "ß", "x", "z")) else "s"
    return f"des {head} {rest}".rstrip()


def of_body(article: str, genitive: str, name: str) -> str:
    """Genitive with article: the one the user set, else :func:`default_genitive`; in a
    language other than German the name alone (the template brings its own words)."""
    if language() != "de":
        return name
    return genitive or default_genitive(article, name)


def meeting_heading(number: int, body_genitive: str) -> str:
    """"3. Sitzung der Steuerungsgruppe"."""
    return say("domain.names", "{number}. Sitzung {body_genitive}").format(
               number=number, body_genitive=body_genitive)


def meeting_label(body_short: str, number: int, day: object) -> str:
    """"SG 4 vom 07.07.2026" (English "SG 4 on 07/07/2026"): a meeting named in findings
    (body, number, date); ``day`` a date or its ISO text, as the file holds it."""
    text = str(day or "")
    year, _, rest = text.partition("-")
    month, _, dd = rest.partition("-")
    dot = "/" if language() == "en" else "."
    when = f"{dd[:2]}{dot}{month}{dot}{year}" if dd else text
    on = say("domain.names", " vom {date}").format(date=when) if when else ""
    return " ".join(p for p in (body_short, str(number)) if p) + on
