"""Rendering Word templates (docxtpl) in a Jinja2 sandbox with autoescape."""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches
from docxtpl import DocxTemplate
from jinja2 import (
    StrictUndefined,
    Template,
    TemplateError,
    TemplateSyntaxError,
    UndefinedError,
)
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from ..domain import words
from ..domain.words import say
from ..paths import templates_dir
from .dates import locale_tag
from .files import ExportError, output_suffix, write_atomically
from .text import clean_text


class TemplateProblem(ExportError):
    """A template that cannot be used; the message names the template and the problem."""


def shipped_template(name: str) -> Path:
    """A template that comes with the program, e.g. ``minutes.docx``: the one in the
    program's language (``templates/en/`` for English), else the German one. A user's
    own template, when chosen, is passed in by the caller and never comes here."""
    translated = templates_dir() / words.language() / name
    return translated if words.language() != "de" and translated.is_file() \
        else templates_dir() / name


def environment() -> SandboxedEnvironment:
    """Templates may only read what they are given; user text is escaped, never run."""
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined,
                                trim_blocks=True, lstrip_blocks=True)


class _Template(DocxTemplate):
    """docxtpl, except that rendered text is not searched for "{_{"-style escapes:
    our templates do not use them, and user text must come out unchanged."""

    def patch_xml(self, xml: str) -> str:
        """docxtpl's clean-up of the template's tags, once per template text."""
        found = _PATCHED.get(xml)
        if found is None:
            found = _keep(_PATCHED, xml, str(super().patch_xml(xml)))
        return found

    def render_xml_part(self, src_xml: str, part: Any, context: dict[str, Any],
                        jinja_env: Any = None) -> str:
        self.current_rendering_part = part
        dst_xml = _compiled(jinja_env, src_xml).render(context)
        # docxtpl's re.sub(r"\n<w:p([ >])", r"<w:p\1", …), in C
        dst_xml = dst_xml.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
        return str(self.resolve_listing(dst_xml))

    def fix_tables(self, xml: str) -> Any:
        """docxtpl's, which parses the rendered body and mends the tables whose rows have
        more or fewer cells than their grid has columns (a loop over cells): here its
        walk of every row runs only for a document that has such a table."""
        tree = etree.fromstring(xml, parser=etree.XMLParser(recover=True))
        ns = "{" + tree.nsmap["w"] + "}"
        if any(_uneven(table, ns) for table in tree.iter(ns + "tbl")):
            return super().fix_tables(xml)
        return tree

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        """docxtpl's, with each property's compiled template kept (as the parts')."""
        properties = self.docx.core_properties
        for name in _PROPERTY_NAMES:
            template = _compiled_text(jinja_env or environment(), getattr(properties, name))
            setattr(properties, name, template.render(context))

    def resolve_listing(self, xml: str) -> str:
        """docxtpl's, for the paragraphs it changes: only those whose text holds a tab,
        line feed, \\a or \\f (the rest it gives back as they are, at a cost)."""
        if not _LISTED.search(xml):
            return xml
        resolve = super().resolve_listing

        def paragraph(m: re.Match[str]) -> str:
            text = m.group(0)
            return str(resolve(text)) if _LISTED.search(text) else text

        return _PARAGRAPH.sub(paragraph, xml)


def _uneven(table: Any, ns: str) -> bool:
    """Whether docxtpl's fix_tables would change the table: a row with more cells than
    the grid has columns, or a grid wider than its widest row (cells counted with
    their gridSpan)."""
    grid = table.find(ns + "tblGrid")
    if grid is None:
        return True  # docxtpl's own walk says what is wrong
    columns = len(grid.findall(ns + "gridCol"))
    spanned = table.find(f".//{ns}gridSpan") is not None
    widest = 0
    for row in table.iter(ns + "tr"):
        cells = row.findall(ns + "tc")
        if len(cells) > columns:
            return True
        widest = max(widest, sum(_span(c, ns) for c in cells) if spanned else len(cells))
    return columns > widest


def _span(cell: Any, ns: str) -> int:
    properties = cell.find(ns + "tcPr")
    span = None if properties is None else properties.find(ns + "gridSpan")
    return 1 if span is None else int(span.get(ns + "val"))


# docxtpl's render_properties: the core properties it renders (those written as text)
_PROPERTY_NAMES = ("author", "comments", "identifier", "language", "subject", "title")
_PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)  # as docxtpl finds them
_LISTED = re.compile("[\t\a\n\f]")


# What a template's text always gives, kept for the next document from it: docxtpl's
# clean-up and Jinja2's compiled template (compiling takes longer than rendering).
_PATCHED: dict[str, str] = {}
_COMPILED: dict[str, Template] = {}
_PROPERTIES: dict[str, Template] = {}  # the core properties' texts (title, author, …)
_KEPT = 16  # a few templates' parts (body, headers, footers)
T = TypeVar("T")


def _keep(cache: dict[str, T], key: str, value: T) -> T:
    if len(cache) >= _KEPT:
        del cache[next(iter(cache))]
    cache[key] = value
    return value


def _compiled(jinja_env: SandboxedEnvironment, src_xml: str) -> Template:
    """Jinja2's compiled template of a part's text (each paragraph on a line of its own,
    as docxtpl gives it); every environment() is alike, so the one it was first
    compiled in serves."""
    found = _COMPILED.get(src_xml)
    if found is None:
        lined = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
        found = _keep(_COMPILED, src_xml, jinja_env.from_string(lined))
    return found


def _compiled_text(jinja_env: SandboxedEnvironment, text: str) -> Template:
    """Jinja2's compiled template of a document property's text, as it is."""
    found = _PROPERTIES.get(text)
    if found is None:
        found = _keep(_PROPERTIES, text, jinja_env.from_string(text))
    return found


def render_docx(template: Path, context: dict[str, Any], target: str | Path, *,
                properties: Mapping[str, str] | None = None, archive: bool = False) -> Path:
    """Fill ``template`` with ``context`` and write the document atomically to ``target``:
    a Word file for ``.docx``, a PDF for ``.pdf`` (PDF/A-2b with ``archive``).
    ``properties`` (title, author) go into the document's metadata."""
    output_suffix(target)  # refused before any work
    template = Path(template)
    if not template.is_file():
        raise TemplateProblem(say("documents.render", "Die Vorlage {path} gibt es nicht.")
                              .format(path=template))
    if not zipfile.is_zipfile(template):
        raise TemplateProblem(say("documents.render", "Die Vorlage {name} ist keine "
                                  "Word-Datei (.docx).").format(name=template.name))
    try:
        document = _Template(str(template))
        document.render(context, jinja_env=environment(), autoescape=True)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(say(
            "documents.render", "Die Vorlage {name} enthält einen fehlerhaften Platzhalter "
            "(Zeile {line}): {problem}").format(name=template.name, line=exc.lineno,
                                                problem=exc.message)) from exc
    except UndefinedError as exc:
        raise TemplateProblem(say(
            "documents.render", "Die Vorlage {name} verwendet ein unbekanntes Feld: {problem}")
            .format(name=template.name, problem=exc.message)) from exc
    except TemplateError as exc:
        raise TemplateProblem(say("documents.render", "Die Vorlage {name} ist fehlerhaft: "
                                  "{problem}").format(name=template.name, problem=exc)) from exc
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise TemplateProblem(say("documents.render", "Die Vorlage {name} lässt sich nicht "
                                  "lesen: {problem}").format(name=template.name,
                                                             problem=exc)) from exc
    describe(document.docx, properties or {})
    return write_word(target, lambda tmp: _save(document, tmp), archive=archive)


def write_word(target: str | Path, save: Callable[[Path], None], *,
               archive: bool = False) -> Path:
    """The one place a Word document goes to its file: ``save`` writes the .docx; for a
    ``.pdf`` target it goes to a temporary file that LibreOffice converts."""
    if output_suffix(target) == ".docx":
        return write_atomically(target, save)
    from .pdf import MISSING, convert_to_pdf, find_soffice

    soffice = find_soffice()
    if soffice is None:
        raise ExportError(say("documents.pdf", MISSING))
    with tempfile.TemporaryDirectory(prefix="sro-docx-") as work:
        docx = Path(work) / "dokument.docx"
        save(docx)
        return convert_to_pdf(docx, target, archive=archive, soffice=soffice)


def write_document(document: Any, target: str | Path, properties: Mapping[str, str]) -> Path:
    """A python-docx document made in code (no template) to its file, Word or PDF, with
    its metadata."""
    describe(document, properties)
    on_a4(document)
    return write_word(target, lambda tmp: _save(document, tmp))


def on_a4(document: Any) -> None:
    """python-docx starts from US Letter: every section still on Letter goes on A4, in
    its orientation (a document that chose its size keeps it)."""
    letter = {Inches(8.5), Inches(11)}
    for section in document.sections:
        if {section.page_width, section.page_height} == letter:
            wide = section.page_width > section.page_height
            section.page_width, section.page_height = (
                (Cm(29.7), Cm(21.0)) if wide else (Cm(21.0), Cm(29.7)))


def describe(document: Any, properties: Mapping[str, str]) -> None:
    """The python-docx ``document``'s metadata: the given title, author …, and the
    program's language."""
    for name, value in properties.items():
        setattr(document.core_properties, name, clean_property(value))
    set_language(document, locale_tag())


def clean_property(value: str) -> str:
    """One line of what XML can hold, at most 255 characters (Word's limit)."""
    return re.sub(r"[\s\x00-\x1f\x7f]+", " ", clean_text(value)).strip()[:255]


def set_language(document: Any, tag: str) -> None:
    """``tag`` ("de-DE", "en-GB") as the python-docx ``document``'s language: its default
    style's (spelling, and LibreOffice's PDF says /Lang from it), the theme fonts' and
    the core properties'."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        run = defaults.find(qn("w:rPrDefault"))
        properties = None if run is None else run.find(qn("w:rPr"))
        if properties is not None:
            language = properties.find(qn("w:lang"))
            if language is None:
                language = OxmlElement("w:lang")
                properties.append(language)
            language.set(qn("w:val"), tag)
    theme = document.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)
    document.core_properties.language = tag


def _save(document: Any, path: Path) -> None:
    """The document in memory first, then to the file in one write: python-docx leaves its
    zip file open when a write fails (a full disk), and closing it later would print a
    traceback (zipfile's __del__) on the user's console."""
    buffer = io.BytesIO()
    document.save(buffer)
    with path.open("wb") as handle:
        handle.write(buffer.getbuffer())
