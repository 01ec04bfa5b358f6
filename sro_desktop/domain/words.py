"""The words the floors below the window show to people, in the program's language.

``domain/``, ``store/`` and ``documents/`` stay free of Qt, yet their refusals,
sentences, value labels and document words are translated through the same Qt
catalogue as the window (``resources/translations/sro_desktop_<lang>.ts``):

* ``say(context, "German text {name}").format(name=...)`` gives the text in the
  language in use. lupdate finds it because packaging/translations.py runs it with
  ``-tr-function-alias QT_TRANSLATE_NOOP+=say``, so ``say`` takes exactly two
  literal strings (the context and the German source); parameters are filled in
  afterwards with ``str.format`` on the translated text, never with an f-string.
* ``QT_TRANSLATE_NOOP(context, "German text")`` only marks a text whose translation
  is looked up later with ``say(context, text)`` (the labels of coded values, which
  exist before any language is chosen).

German is the source language, so without a catalogue installed every text is
German. ``sro_desktop.language`` installs Qt's translator here for the window and
the CLI alike (dependency injection: this module never imports Qt).
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, source: source  # noqa: E731
_language = "de"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate's own name
    """Marks ``source`` for lupdate under ``context``; returns it unchanged."""
    return source


def say(context: str, source: str) -> str:
    """``source`` (German) in the language in use."""
    return _translate(context, source) or source


def language() -> str:
    """The language in use: "de" or "en"."""
    return _language


def install(translate: Callable[[str, str], str] | None, code: str) -> None:
    """Use ``translate`` (context, German source → text) for language ``code``;
    None goes back to German."""
    global _translate, _language
    _translate = translate or (lambda context, source: source)
    _language = code


def and_list(names: list[str]) -> str:
    """"Verwaltung und Freie Träger": names joined with the language's "and"."""
    if not names:
        return ""
    joined = names[0]
    for name in names[1:]:
        joined = say("domain.words", "{first} und {second}").format(first=joined, second=name)
    return joined
