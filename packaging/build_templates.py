"""Build the shipped Word templates in templates/ (docxtpl tags in python-docx documents).

Run: python packaging/build_templates.py — then open the .docx files in Word or
LibreOffice to check them. Each template is built twice: in German (templates/) and
with the English wording of ``ENGLISH`` (templates/en/, chosen when the program runs
in English); a German text without its English one stops the build. Users copy a
shipped template and change letterhead, logo, fonts and wording in Word; this script
only makes our starting point.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script
from sro_desktop.documents.render import set_language  # noqa: E402  (one place for it)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FONT = "Arial"
RED = RGBColor(0xB0, 0x3A, 0x2E)
GREY = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL = "DCE3EA"
LANGUAGES = {"de": "de-DE", "en": "en-GB"}  # language -> the documents' language tag
_TAGS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_language = "de"  # the language being built


def w(text: str) -> str:
    """``text`` (German, with its docxtpl tags) in the language being built: English
    from ``ENGLISH``; a text whose only letters are inside tags stays as it is."""
    if _language == "de" or not re.search(r"[^\W\d_]", _TAGS.sub("", text)):
        return text
    try:
        return ENGLISH[text]
    except KeyError:
        raise SystemExit(f"build_templates: no English for {text!r}") from None


# -- building blocks --------------------------------------------------------------------------
class Doc:
    """A python-docx document with the few things our templates need."""

    def __init__(self, landscape: bool = False):
        self.document = Document()
        section = self.document.sections[0]
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        else:
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = Cm(2.5)
        section.right_margin = Cm(2.0)
        section.top_margin = Cm(2.2)
        section.bottom_margin = Cm(2.0)
        self._styles()
        set_language(self.document, LANGUAGES[_language])

    def _styles(self) -> None:
        styles = self.document.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(10.5)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.1
        normal.paragraph_format.widow_control = True  # no line alone at a page's top or foot
        for name, size, before, after in (("Title", 18, 0, 2), ("Heading 1", 13, 14, 4),
                                          ("Heading 2", 11.5, 12, 3), ("Heading 3", 10.5, 8, 2)):
            style = styles[name]
            style.font.name = FONT
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.element.rPr.rFonts.set(qn("w:asciiTheme"), "")
            style.paragraph_format.space_before = Pt(before)
            style.paragraph_format.space_after = Pt(after)
            style.paragraph_format.keep_with_next = True
        styles["Title"].paragraph_format.space_after = Pt(2)
        title_border = styles["Title"].element.find(qn("w:pPr"))
        if title_border is not None:
            for border in title_border.findall(qn("w:pBdr")):
                title_border.remove(border)
        for name in ("Header", "Footer"):
            styles[name].font.name = FONT
            styles[name].font.size = Pt(8.5)
            styles[name].font.color.rgb = GREY
        bullet = styles["List Bullet"]
        bullet.font.name = FONT
        bullet.paragraph_format.space_after = Pt(2)

    def p(self, text: str = "", style: str | None = None, *, bold: bool = False,
          italic: bool = False, size: float | None = None, color: RGBColor | None = None,
          align: WD_ALIGN_PARAGRAPH | None = None, indent: float | None = None,
          keep: bool = False) -> None:
        paragraph = self.document.add_paragraph(style=style)
        run = paragraph.add_run(w(text))
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
        if align is not None:
            paragraph.alignment = align
        if indent:
            paragraph.paragraph_format.left_indent = Cm(indent)
        if keep:
            paragraph.paragraph_format.keep_with_next = True

    def tag(self, text: str) -> None:
        """A paragraph that holds only a docxtpl tag such as ``{%p for x in xs %}``."""
        self.document.add_paragraph(text)

    def labelled(self, label: str, value: str, *, bold_value: bool = False,
                 color: RGBColor | None = None, indent: float | None = None,
                 keep: bool = False) -> None:
        paragraph = self.document.add_paragraph()
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        if indent:
            paragraph.paragraph_format.left_indent = Cm(indent)
        head = paragraph.add_run(w(label))
        head.bold = True
        tail = paragraph.add_run(w(value))
        tail.bold = bold_value or None
        if color is not None:
            tail.font.color.rgb = color

    def facts(self, rows: Sequence[tuple[str, str]]) -> None:
        """A borderless two-column table of facts (Datum, Ort …)."""
        table = self.document.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            _cell_text(cells[0], label, bold=True)
            _cell_text(cells[1], value)
        _widths(table, [Cm(3.0), Cm(13.5)])

    def table(self, headers: Sequence[str], loop: str, cells: Sequence[str],
              widths: Sequence[float], *, row_style: Callable[[object], None] | None = None
              ) -> None:
        """A grid table: a header row, then one row per element of ``loop``."""
        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            _cell_text(cell, text, bold=True)
            _shade(cell, HEADER_FILL)
        _repeat_header(table.rows[0])
        table.add_row().cells[0].text = f"{{%tr for {loop} %}}"
        row = table.add_row()
        _keep_row_together(row)
        for cell, text in zip(row.cells, cells, strict=True):
            _cell_text(cell, text)
        table.add_row().cells[0].text = "{%tr endfor %}"
        _widths(table, [Cm(w) for w in widths])
        self.document.add_paragraph().paragraph_format.space_after = Pt(2)

    def header_footer(self, header: str, *, red_header: str = "", footer_lead: str = "") -> None:
        section = self.document.sections[0]
        paragraph = section.header.paragraphs[0]
        if red_header:
            mark = paragraph.add_run(w(red_header))
            mark.bold = True
            mark.font.color.rgb = RED
            mark.font.size = Pt(9)
        run = paragraph.add_run(w(header))
        run.font.size = Pt(8.5)
        run.font.color.rgb = GREY
        _bottom_border(paragraph)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for piece in (footer_lead, "Seite ", "PAGE", " von ", "NUMPAGES"):
            if not piece:
                continue
            run = footer.add_run()
            run.font.size = Pt(8.5)
            run.font.color.rgb = GREY
            if piece in ("PAGE", "NUMPAGES"):
                _field(run, piece)
            else:
                run.text = w(piece)

    def signatures(self, left: str, right: str, *, place_date: str = "",
                   names: tuple[str, str] | None = None) -> None:
        """Lines to sign on, ``left`` and ``right`` below them (and ``names`` below those);
        ``place_date`` ("Rostock, den …") above. Kept together on one page."""
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        if place_date:
            paragraph.paragraph_format.space_before = Pt(12)
            paragraph.add_run(w(place_date))
        rows = [("", ""), ("_" * 32, "_" * 32), (left, right)]
        if names:
            rows.append(names)
        table = self.document.add_table(rows=len(rows), cols=2)
        for n, texts in enumerate(rows):
            _keep_row_together(table.rows[n])
            for column, text in enumerate(texts):
                _cell_text(table.rows[n].cells[column], text, size=9 if n > 1 else None)
                if n < len(rows) - 1:  # each row with the next: the block stays whole
                    table.rows[n].cells[column].paragraphs[0].paragraph_format.keep_with_next \
                        = True
        if names:
            for cell in table.rows[2].cells:
                cell.paragraphs[0].runs[0].bold = True
        _widths(table, [Cm(8.0), Cm(8.0)])

    def save(self, name: str) -> Path:
        folder = TEMPLATES if _language == "de" else TEMPLATES / _language
        folder.mkdir(exist_ok=True)
        target = folder / name
        self.document.core_properties.title = name
        self.document.core_properties.author = "SRO Desktop"
        self.document.save(str(target))
        return target

    # -- for the invitation, the lists and the report ------------------------------------------
    def rich_table(self, headers: Sequence[str], loop: str, cells: Sequence[CellSpec],
                   widths: Sequence[float], *, size: float = 9.0) -> None:
        """Like :meth:`table`, but each cell is a list of paragraphs: a ``{%p …%}`` tag, or
        runs ``[(text, flags)]`` with flags b(old), i(talic), r(ed), g(rey), s(mall)."""
        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            _cell_text(cell, text, bold=True, size=size)
            _shade(cell, HEADER_FILL)
        _repeat_header(table.rows[0])
        table.add_row().cells[0].text = f"{{%tr for {loop} %}}"
        row = table.add_row()
        _keep_row_together(row)
        for cell, spec in zip(row.cells, cells, strict=True):
            _cell_paragraphs(cell, spec, size)
        table.add_row().cells[0].text = "{%tr endfor %}"
        _widths(table, [Cm(w) for w in widths])
        self.document.add_paragraph().paragraph_format.space_after = Pt(2)

    def box(self, rows: Sequence[Sequence[CellSpec]], widths: Sequence[float], *,
            size: float = 9.5, borders: bool = True) -> None:
        """A table of fixed rows (no loop), e.g. the header block of a committee paper."""
        table = self.document.add_table(rows=0, cols=len(widths))
        if borders:
            table.style = "Table Grid"
        for specs in rows:
            for cell, spec in zip(table.add_row().cells, specs, strict=True):
                _cell_paragraphs(cell, spec, size)
        _widths(table, [Cm(w) for w in widths])

    def runs(self, runs: Sequence[Run], *, size: float = 10.5, keep: bool = False) -> None:
        """A paragraph of formatted runs, flags as in :meth:`rich_table`."""
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.paragraph_format.keep_with_next = keep or None
        _add_runs(paragraph, runs, size)

    def space(self, points: float = 6) -> None:
        """An empty paragraph of ``points`` height."""
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = Pt(points)


Run = tuple[str, str]
CellSpec = Sequence["str | Sequence[Run]"]


def _cell_paragraphs(cell, spec: CellSpec, size: float) -> None:
    """Fill a cell with paragraphs: a str is a paragraph of its own (a docxtpl tag or
    plain text), a sequence of (text, flags) is a paragraph of formatted runs."""
    if isinstance(spec, str):
        spec = [spec]
    for n, paragraph_spec in enumerate(spec):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(1)
        _add_runs(paragraph, [(paragraph_spec, "")] if isinstance(paragraph_spec, str)
                  else paragraph_spec, size)


def _add_runs(paragraph, runs: Sequence[Run], size: float) -> None:
    for text, flags in runs:
        run = paragraph.add_run(w(text))
        run.font.size = Pt(size - 1 if "s" in flags else size)
        run.bold = "b" in flags or None
        run.italic = "i" in flags or None
        if "r" in flags:
            run.font.color.rgb = RED
        elif "g" in flags:
            run.font.color.rgb = GREY


def _cell_text(cell, text: str, *, bold: bool = False, size: float | None = None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(1)
    run = paragraph.add_run(w(text))
    run.bold = bold or None
    run.font.size = Pt(size or 9.5)


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row) -> None:
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _keep_row_together(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _widths(table, widths) -> None:
    """Column widths for Word (cell widths) and LibreOffice (the table grid)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def _field(run, code: str) -> None:
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    value = OxmlElement("w:t")
    value.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate, value, end):
        run._r.append(element)


def _bottom_border(paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"),
                       ("w:color", "A6A6A6")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


# -- the minutes ---------------------------------------------------------------------------------
def minutes() -> Path:
    d = Doc()
    d.header_footer("{{ meeting.body }} · {{ meeting.number }}. Sitzung am {{ meeting.date }}"
                    "{% if public %} · öffentliche Fassung{% endif %}",
                    red_header="{% if draft %}ENTWURF · {% endif %}",
                    # the seal of the approval: the anchor of a signed copy (README)
                    footer_lead="{% if seal %}Siegel der Genehmigung: {{ seal }} · {% endif %}")
    d.p("{{ document_title }}", "Title")
    d.p("über die {{ meeting.title }}", size=12, keep=True)
    d.tag("{%p if draft %}")
    d.p("{{ status_line }}", bold=True, color=RED, size=11)
    d.tag("{%p elif status_line %}")
    d.p("{{ status_line }}", bold=True, size=10.5)
    d.tag("{%p endif %}")
    d.tag("{%p if public_note %}")
    d.p("{{ public_note }}", italic=True)
    d.tag("{%p endif %}")
    d.facts([("Datum", "{{ meeting.date }}"), ("Zeit", "{{ meeting.time }}"),
             ("Ort", "{{ meeting.place }}"), ("Vorsitz", "{{ meeting.chair }}"),
             ("Protokoll", "{{ meeting.minute_taker }}"),
             ("Art", "{% if skeleton %}Vorlage{% else %}{{ protocol_kind }}{% endif %}")])

    d.tag("{%p if cancelled %}")
    d.p("Die Sitzung wurde abgesagt.", "Heading 1")
    d.p("{{ cancel_reason }}")
    d.tag("{%p else %}")

    d.p("{% if skeleton %}Eingeladene Mitglieder{% else %}Anwesenheit{% endif %}", "Heading 1")
    d.tag("{%p for side in attendance.sides %}")
    d.p("{{ side.name }}", "Heading 3")
    d.table(["Name", "Organisation", "Funktion", "Bemerkung"], "m in side.members",
            ["{{ m.name }}", "{{ m.organization }}", "{{ m.role }}", "{{ m.note }}"],
            [3.8, 4.9, 2.7, 5.1])
    d.tag("{%p endfor %}")
    d.tag("{%p if attendance.excused %}")
    d.labelled("Entschuldigt: ", "{{ attendance.excused }}")
    d.tag("{%p endif %}")
    d.tag("{%p if attendance.absent %}")
    d.labelled("Nicht anwesend: ", "{{ attendance.absent }}")
    d.tag("{%p endif %}")
    d.tag("{%p if attendance.guests_text %}")
    d.labelled("Gäste: ", "{{ attendance.guests_text }}")
    d.tag("{%p endif %}")
    d.tag("{%p if quorum and quorum_apart %}")
    d.p("Feststellung der Beschlussfähigkeit", "Heading 1")
    d.p("{{ quorum }}")
    d.tag("{%p endif %}")

    d.p("Tagesordnung", "Heading 1")
    d.table(["TOP", "Gegenstand", "Beginn"], "a in agenda",
            ["{{ a.number }}", "{{ a.title }}{% if not a.public %} (nichtöffentlich){% endif %}",
             "{{ a.start }}"], [1.3, 13.0, 2.2])
    d.tag("{%p if approved_minutes %}")
    d.p("Genehmigung früherer Protokolle", "Heading 3")
    d.tag("{%p for line in approved_minutes %}")
    d.p("{{ line }}")
    d.tag("{%p endfor %}")
    d.tag("{%p endif %}")

    d.p("Verlauf und Ergebnisse", "Heading 1")
    d.tag("{%p for item in items %}")
    d.p("TOP {{ item.number }}   {{ item.title }}{% if not item.public %} "
        "(nichtöffentlich){% endif %}", "Heading 2")
    d.tag("{%p if item.presenter %}")
    d.p("Berichterstattung: {{ item.presenter }}", italic=True, size=9.5, color=GREY)
    d.tag("{%p endif %}")
    d.tag("{%p if item.files %}")
    d.p("Unterlagen: {{ item.files }}{% if item.annexes %} {{ item.annexes }}{% endif %}",
        italic=True, size=9.5, color=GREY)
    d.tag("{%p endif %}")
    d.tag("{%p if item.quorum %}")
    d.p("{{ item.quorum }}")
    d.tag("{%p endif %}")
    d.tag("{%p if item.deferred %}")
    d.p("Der Tagesordnungspunkt wurde vertagt.", italic=True)
    d.tag("{%p endif %}")
    d.tag("{%p for line in item.approvals %}")
    d.p("{{ line }}", bold=True)
    d.tag("{%p endfor %}")
    d.tag("{%p for block in item.notes %}")
    d.tag("{%p if block.bullet %}")
    d.p("{{ block.text }}", "List Bullet")
    d.tag("{%p else %}")
    d.p("{{ block.text }}")
    d.tag("{%p endif %}")
    d.tag("{%p endfor %}")
    d.tag("{%p if item.result %}")
    d.p("{{ item.result }}")
    d.tag("{%p endif %}")
    d.tag("{%p if skeleton %}")
    d.p("Verlauf:", bold=True, keep=True)
    d.p("{{ blank }}")
    d.p("{{ blank }}")
    d.p("Ergebnis / Beschluss:", bold=True)
    d.p("{{ blank }}")
    d.p("Aufgaben (was, wer, bis wann):", bold=True)
    d.p("{{ blank }}")
    d.tag("{%p endif %}")
    d.tag("{%p for dec in item.decisions %}")
    d.p("Beschluss {{ dec.number }}: {{ dec.title }}", bold=True, keep=True)
    d.tag("{%p if dec.wording %}")
    d.p("{{ dec.wording }}", indent=0.8, keep=True)
    d.tag("{%p endif %}")
    d.tag("{%p if dec.votes %}")
    d.labelled("{{ dec.vote_label }} ({{ dec.rule }}): ", "{{ dec.votes }}", indent=0.8,
               keep=True)
    d.tag("{%p endif %}")
    d.tag("{%p if dec.names %}")
    d.labelled("Stimmen: ", "{{ dec.names }}", indent=0.8, keep=True)
    d.tag("{%p endif %}")
    d.tag("{%p if dec.conflicted %}")
    d.labelled("Wegen Befangenheit nicht mitgewirkt: ", "{{ dec.conflicted }}", indent=0.8,
               keep=True)
    d.tag("{%p endif %}")
    d.labelled("Ergebnis: ", "{% if dec.result %}{{ dec.result }}{% else %}{{ blank }}"
               "{% endif %}", bold_value=True, indent=0.8)
    d.tag("{%p if dec.opinion %}")
    d.p("{{ dec.opinion }}", indent=0.8)
    d.tag("{%p endif %}")
    d.tag("{%p if dec.quorum_note %}")
    d.labelled("Hinweis: ", "{{ dec.quorum_note }}", color=RED, indent=0.8)
    d.tag("{%p endif %}")
    d.tag("{%p endfor %}")
    d.tag("{%p if item.tasks %}")
    d.p("Aufgaben", bold=True, size=9.5, keep=True)
    d.table(["Aufgabe", "Verantwortlich", "Fällig"], "t in item.tasks",
            ["{{ t.title }}", "{{ t.owners }}{% if t.tandem %} (Tandem){% endif %}",
             "{{ t.due }}"], [8.3, 6.0, 2.2])
    d.tag("{%p endif %}")
    d.tag("{%p if item.answer %}")
    d.labelled("Empfehlung {{ item.answer.number }}: ", "{{ item.answer.title }}", keep=True)
    d.tag("{%p if item.answer.state %}")
    d.labelled("Antwort: ", "{{ item.answer.state }} – {{ item.answer.response }}",
               indent=0.8)
    d.tag("{%p endif %}")
    d.tag("{%p endif %}")
    d.tag("{%p endfor %}")

    d.tag("{%p if corrections %}")
    d.p("Berichtigungen", "Heading 1")
    d.table(["Datum", "Grund", "Berichtigung"], "c in corrections",
            ["{{ c.date }}", "{{ c.reason }}", "{{ c.text }}"], [2.3, 5.0, 9.2])
    d.tag("{%p endif %}")

    d.tag("{%p if open_tasks %}")
    d.p("Offene Aufgaben des Gremiums", "Heading 1")
    d.p("Stand: {{ today }}", italic=True, size=9.5, color=GREY)
    d.table(["Aufgabe", "Verantwortlich", "Fällig", "Stand"], "t in open_tasks",
            ["{{ t.title }}", "{{ t.owners }}{% if t.tandem %} (Tandem){% endif %}",
             "{{ t.due }}{% if t.overdue %} (überfällig){% endif %}", "{{ t.state }}"],
            [7.3, 5.0, 2.5, 1.7])
    d.tag("{%p endif %}")

    d.tag("{%p if annexes or annexes_note %}")
    d.p("Anlagen", "Heading 1")
    d.tag("{%p if annexes %}")
    d.table(["Nr.", "Anlage", "zu TOP"], "x in annexes",
            ["{{ x.number }}", "{{ x.name }}", "TOP {{ x.top }} {{ x.item_title }}"],
            [1.3, 7.7, 7.5])
    d.tag("{%p endif %}")
    d.tag("{%p if annexes_note %}")
    d.p("{{ annexes_note }}", italic=True)
    d.tag("{%p endif %}")
    d.tag("{%p endif %}")

    d.tag("{%p if distribution %}")
    d.p("Verteiler", "Heading 1")
    d.tag("{%p for side in distribution %}")
    d.runs([("{{ side.name }}: ", "b"),
            ("{% for m in side.members %}{{ m.name }}{% if m.organization %} "
             "({{ m.organization }}){% endif %}{% if not loop.last %}, {% endif %}{% endfor %}",
             ""),
            ("{% if side.deputies %}; Stellvertretung: {{ side.deputies }}{% endif %}", "g")],
           size=9.5, keep=True)  # the Verteiler stays with the signatures below it
    d.tag("{%p endfor %}")
    d.tag("{%p endif %}")
    d.tag("{%p endif %}")
    d.signatures("Vorsitz", "Protokoll", place_date="{{ signature.place_date }}",
                 names=("{{ signature.chair }}", "{{ signature.minute_taker }}"))
    d.tag("{%p if signature.approval %}")
    d.p("{{ signature.approval }}", italic=True, size=9.5)
    d.tag("{%p endif %}")
    return d.save("minutes.docx")


# -- the invitation, the task list, the decision register, the status report -----------------------
def _overdue(obj: str) -> list[str | list[tuple[str, str]]]:
    """A due date with its overdue mark below, in red."""
    return [[(f"{{{{ {obj}.due }}}}", "")], f"{{%p if {obj}.overdue %}}",
            [(f"{{{{ {obj}.overdue_text }}}}", "rbs")], "{%p endif %}"]


def invitation() -> Path:
    d = Doc()
    d.header_footer("{{ meeting.body }} · Einladung zur {{ meeting.number }}. Sitzung "
                    "am {{ meeting.date }}")
    d.p("{{ meeting.body }}{% if sender %} · Vorsitz: {{ sender }}{% endif %}", size=8.5,
        color=GREY)
    d.space(4)
    d.p("An die Mitglieder und stellvertretenden Mitglieder")
    d.p("{{ meeting.of_body }}")
    d.p("Rostock, {{ today }}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    d.p("Einladung", "Title")
    d.p("zur {{ meeting.title }}", size=12, keep=True)
    d.tag("{%p if short_notice %}")
    d.p("{{ short_notice }}", bold=True, color=RED)
    d.tag("{%p endif %}")
    d.space(6)
    d.p("Sehr geehrte Damen und Herren,")
    d.p("hiermit lade ich Sie herzlich zur {{ meeting.title }} ein.")
    d.facts([("Datum", "{{ meeting.long_date }}"), ("Beginn", "{{ meeting.start_text }}"),
             ("Ort", "{{ meeting.place }}")])
    d.p("Tagesordnung", "Heading 1")
    d.rich_table(
        ["TOP", "Gegenstand", "Berichterstattung", "Beginn"], "a in agenda",
        [["{{ a.number }}"],
         [[("{{ a.title }}", ""), ("{% if not a.public %} (nichtöffentlich){% endif %}", "i")],
          [("{{ a.kind }}", "gs")]],
         ["{{ a.presenter }}"],
         ["{% if a.start %}{{ a.start }} Uhr{% endif %}"]],
        [1.2, 9.6, 3.8, 1.9])
    d.tag("{%p if non_public %}")
    d.p("Tagesordnungspunkte mit dem Vermerk „nichtöffentlich“ werden in nichtöffentlicher "
        "Sitzung beraten.", italic=True, size=9, color=GREY)
    d.tag("{%p endif %}")
    d.p("Unterlagen", "Heading 1")
    d.tag("{%p if papers %}")
    d.rich_table(["TOP", "Gegenstand", "Unterlagen"], "x in papers",
                 [["{{ x.number }}"], ["{{ x.title }}"],
                  ["{%p if x.papers %}", [("{{ x.papers }}", "")], "{%p endif %}",
                   "{%p if x.files %}", [("{{ x.files }}", "")], "{%p endif %}"]],
                 [1.2, 7.0, 8.3])
    d.tag("{%p else %}")
    d.p("Zu dieser Sitzung sind keine Unterlagen angekündigt.")
    d.tag("{%p endif %}")
    d.p("Sollten Sie verhindert sein, bitte ich um eine kurze Nachricht an die "
        "Geschäftsstelle und darum, Ihre Stellvertretung zu informieren.")
    d.space(6)
    d.p("Mit freundlichen Grüßen", keep=True)
    d.space(22)
    d.p("{{ sender }}", keep=True)
    d.p("Vorsitz {{ meeting.of_body }}", size=9, color=GREY)
    d.tag("{%p if distribution %}")
    d.p("Verteiler", "Heading 3")
    d.tag("{%p for side in distribution %}")
    d.runs([("{{ side.name }}: ", "b"),
            ("{% for m in side.members %}{{ m.name }}{% if m.organization %} "
             "({{ m.organization }}){% endif %}{% if not loop.last %}, {% endif %}{% endfor %}",
             ""),
            ("{% if side.deputies %}; Stellvertretung: {{ side.deputies }}{% endif %}", "g")],
           size=8.5)
    d.tag("{%p endfor %}")
    d.tag("{%p endif %}")
    return d.save("invitation.docx")


def task_list() -> Path:
    d = Doc(landscape=True)
    d.header_footer("{{ body.name }} · Beschlusskontrolle · Stand {{ today }}")
    d.p("Beschlusskontrolle", "Title")
    d.p("Offene Aufgaben {{ body.of_body }}", size=12)
    d.p("Stand: {{ today }} · {{ summary }}", size=9.5, color=GREY)
    d.tag("{%p for side in sides %}")
    d.p("{{ side.name }}", "Heading 1")
    d.p("{{ side.count }} offen{% if side.overdue %}, davon {{ side.overdue }} überfällig"
        "{% endif %}", size=9, color=GREY, keep=True)
    d.tag("{%p for o in side.owners %}")
    d.p("{{ o.name }}{% if o.organization %} · {{ o.organization }}{% endif %}", "Heading 3")
    d.rich_table(
        ["Aufgabe", "Herkunft", "Fällig", "Stand", "Wiedervorlage"], "t in o.tasks",
        [[[("{{ t.title }}", "b")],
          "{%p if t.description %}", [("{{ t.description }}", "")], "{%p endif %}",
          "{%p if t.partners %}",
          [("{% if t.tandem %}Tandem{% else %}gemeinsam{% endif %} mit {{ t.partners }}",
            "gs")],
          "{%p endif %}"],
         [[("{{ t.origin }}", "")],
          "{%p if t.decision %}", [("Beschluss {{ t.decision }}", "gs")], "{%p endif %}"],
         _overdue("t"),
         ["{{ t.state }}"],
         ["{{ t.report }}"]],
        [10.4, 5.6, 3.2, 2.0, 4.0])
    d.tag("{%p endfor %}")
    d.tag("{%p endfor %}")
    return d.save("task_list.docx")


def register() -> Path:
    d = Doc(landscape=True)
    d.header_footer("{{ body.name }} · Beschlussregister{% if period %} · {{ period }}"
                    "{% endif %}")
    d.p("Beschlussregister", "Title")
    d.p("{{ body.name }}", size=12)
    d.p("{{ period_line }} · {{ count }} Beschl{% if count == 1 %}uss{% else %}üsse"
        "{% endif %} · Stand: {{ today }}", size=9.5, color=GREY)
    d.tag("{%p if decisions %}")
    d.rich_table(
        ["Nr.", "Datum", "Sitzung", "Gegenstand und Wortlaut", "Abstimmung", "Ergebnis"],
        "d in decisions",
        [["{{ d.number }}"], ["{{ d.date }}"],
         [[("{{ d.meeting }}", "")], "{%p if d.item %}",
          [("{{ d.item }}{% if not d.public %}, nichtöffentlich{% endif %}", "gs")],
          "{%p endif %}", "{%p if d.seal %}", [("Siegel", "gs")], [("{{ d.seal }}", "gs")],
          "{%p endif %}"],
         [[("{{ d.title }}", "b")], "{%p if d.wording %}", [("{{ d.wording }}", "")],
          "{%p endif %}"],
         [[("{{ d.vote_lines }}", "s")], "{%p if d.vote_lines %}", [("{{ d.rule }}", "gs")],
          "{%p endif %}"],
         [[("{{ d.result }}", "b")]]],
        [2.9, 2.0, 3.7, 7.0, 5.6, 4.0])  # Sitzung: room for a seal on one line
    d.tag("{%p else %}")
    d.p("In diesem Zeitraum gibt es keine Beschlüsse.")
    d.tag("{%p endif %}")
    return d.save("register.docx")


def report() -> Path:
    d = Doc()
    d.header_footer("Sachstandsbericht · {{ body.name }} · {{ today }}")
    d.p("Der Oberbürgermeister", bold=True, size=13)
    d.space(4)
    d.box([[[[("Status", "b")]], ["{{ status }}"], [[("Datum:", "b")]], ["{{ today }}"]],
           [[[("Entscheidendes Gremium:", "b")]], ["{{ deciding_body }}"],
            [[("fed. Senator/-in:", "b")]], [""]],
           [[[("Federführendes Amt:", "b")]], ["{{ lead_office }}"],
            [[("bet. Senator/-in:", "b")]], [""]],
           [[[("Beteiligte Ämter:", "b")]], ["{{ involved_offices }}"], [""], [""]]],
          [4.4, 5.8, 3.4, 2.9])
    d.space(10)
    d.tag("{%p if submitter %}")
    d.p("{{ submitter }} (für {{ body.for_body }})")
    d.tag("{%p endif %}")
    d.p("Sachstand Sozialraumorientierung", "Title")
    d.p("Bericht {{ body.of_body }}", size=11.5, keep=True)
    d.p("Berichtszeitraum: {{ period }}", size=10, color=GREY, keep=True)
    d.p("Beratungsfolge:", "Heading 3")
    d.rich_table(["Datum", "Gremium", "Zuständigkeit"], "s in consultation",
                 [["{{ s.date }}"], ["{{ s.body }}"], ["{{ s.responsibility }}"]],
                 [3.0, 9.5, 4.0], size=9.5)
    d.p("Sachverhalt:", "Heading 1")
    d.p("{{ summary }}")
    d.p("Stand der Meilensteine", "Heading 2")
    d.tag("{%p if milestones %}")
    d.rich_table(
        ["Zieltermin", "Meilenstein", "Stand", "Aufgaben"], "m in milestones",
        [["{{ m.target }}"],
         [[("{{ m.title }}", "")], "{%p if m.focus %}",
          [("Schwerpunkt: {{ m.focus }}", "gs")], "{%p endif %}"],
         [[("{{ m.state }}", "")], "{%p if m.late %}", [("Zieltermin überschritten", "rs")],
          "{%p endif %}"],
         ["{{ m.progress }}"]],
        [3.2, 8.3, 2.8, 2.2])
    d.tag("{%p else %}")
    d.p("Es sind keine Meilensteine erfasst.")
    d.tag("{%p endif %}")
    d.p("Beschlüsse im Berichtszeitraum", "Heading 2")
    d.tag("{%p if decisions %}")
    d.rich_table(
        ["Nr.", "Datum", "Gegenstand", "Ergebnis"], "d in decisions",
        [["{{ d.number }}"], ["{{ d.date }}"],
         [[("{{ d.title }}", "")], "{%p if d.meeting %}",
          [("{{ d.meeting }}{% if d.item %}, {{ d.item }}{% endif %}", "gs")], "{%p endif %}"],
         ["{{ d.result }}"]],
        [3.4, 2.2, 7.4, 3.5])
    d.tag("{%p for note in decision_notes %}")
    d.p("{{ note }}", italic=True, size=9, color=GREY)
    d.tag("{%p endfor %}")
    d.tag("{%p else %}")
    d.p("Im Berichtszeitraum wurden keine Beschlüsse gefasst.")
    d.tag("{%p endif %}")
    d.p("Offene Aufgaben", "Heading 2")
    d.tag("{%p if open_tasks %}")
    d.rich_table(
        ["Aufgabe", "Verantwortlich", "Fällig", "Stand"], "t in open_tasks",
        [[[("{{ t.title }}", "")], "{%p if t.origin %}", [("{{ t.origin }}", "gs")],
          "{%p endif %}"],
         ["{{ t.owners }}{% if t.tandem %} (Tandem){% endif %}"],
         _overdue("t"), ["{{ t.state }}"]],
        [7.6, 4.6, 2.6, 1.7])
    d.tag("{%p else %}")
    d.p("Es gibt keine offenen Aufgaben.")
    d.tag("{%p endif %}")
    d.p("Empfehlungen des Beirats und ihre Beantwortung", "Heading 2")
    d.tag("{%p if recommendations %}")
    d.rich_table(
        ["Nr.", "Empfehlung", "Stand", "Antwort"], "r in recommendations",
        [[[("{{ r.number }}", "")], [("vom {{ r.date }}", "gs")]],
         ["{{ r.title }}"], ["{{ r.state }}"],
         [[("{{ r.response }}", "")], "{%p if r.responded_on %}",
          [("am {{ r.responded_on }}", "gs")], "{%p endif %}"]],
        [3.1, 4.8, 2.9, 5.7])
    d.tag("{%p else %}")
    d.p("Im Berichtszeitraum gibt es keine Empfehlungen des Beirats.")
    d.tag("{%p endif %}")
    d.p("Fortbildungen und Hospitationen", "Heading 2")
    d.tag("{%p if learning %}")
    d.rich_table(
        ["Datum", "Art", "Veranstaltung", "Teilnahme"], "e in learning",
        [["{{ e.date }}"], ["{{ e.kind }}"],
         [[("{{ e.title }}", "")], "{%p if e.place %}", [("{{ e.place }}", "gs")],
          "{%p endif %}"],
         ["{{ e.parity }}"]],
        [3.2, 2.8, 6.8, 3.7])
    d.p("Teilnahme insgesamt: {{ learning_parity }}", italic=True, size=9, color=GREY)
    d.p("Nach Organisation: {{ learning_organizations }}", italic=True, size=9, color=GREY)
    d.tag("{%p else %}")
    d.p("Im Berichtszeitraum gab es keine Fortbildungen oder Hospitationen.")
    d.tag("{%p endif %}")
    d.p("Budget der Modellregion", "Heading 2")
    d.tag("{%p if budget_years %}")
    d.p("{{ budget_span }}: die Haushaltsjahre, die in den Berichtszeitraum fallen.")
    for label, loop in (("Haushaltsjahr", "b in budget_years"),
                        ("Schwerpunkt", "b in budget_areas"),
                        ("Finanzierung", "b in budget_sources")):
        d.rich_table([label, "Soll", "Ist", "Rest"], loop,
                     [["{{ b.name }}"], ["{{ b.plan }}"], ["{{ b.actual }}"],
                      ["{{ b.remaining }}"]], [7.0, 3.2, 3.2, 3.1])
    d.p("Insgesamt: Soll {{ budget_total.plan }}, Ist {{ budget_total.actual }}, "
        "Rest {{ budget_total.remaining }} (Rest = Soll − Ist).", italic=True, size=9,
        color=GREY)
    d.tag("{%p else %}")
    d.p("Für die Jahre des Berichtszeitraums sind keine Haushaltszeilen erfasst.")
    d.tag("{%p endif %}")
    d.p("Stellen", "Heading 2")
    d.tag("{%p if posts %}")
    d.rich_table(
        ["Stelle", "Inhaber/in", "Seite", "Anteil", "von", "bis"], "p in posts",
        [["{{ p.title }}"],
         [[("{{ p.holder }}", "")], "{%p if p.organization %}",
          [("{{ p.organization }}", "gs")], "{%p endif %}"],
         ["{{ p.side }}"], ["{{ p.share }}"], ["{{ p.since }}"], ["{{ p.to }}"]],
        [4.0, 4.3, 2.2, 2.0, 2.0, 2.0])
    d.p("Die Besetzungen im Berichtszeitraum; ein Wechsel steht als eigene Zeile.",
        italic=True, size=9, color=GREY)
    d.tag("{%p else %}")
    d.p("Im Berichtszeitraum ist keine Stelle erfasst.")
    d.tag("{%p endif %}")
    d.space(24)
    d.p("{{ submitter }}", keep=True)
    d.p("für {{ body.for_body }}", size=9, color=GREY)
    return d.save("report.docx")


def signature_list() -> Path:
    d = Doc()
    d.header_footer("{{ meeting.body }} · Unterschriftenliste zur {{ meeting.number }}. "
                    "Sitzung am {{ meeting.date }}")
    d.p("Unterschriftenliste", "Title")
    d.p("{{ meeting.title }}", size=12, keep=True)
    d.facts([("Gremium", "{{ meeting.body }}"), ("Datum", "{{ meeting.date }}"),
             ("Zeit", "{{ meeting.time }}"), ("Ort", "{{ meeting.place }}")])
    d.p("Bitte tragen Sie sich mit Ihrer Unterschrift ein. Wer ein Mitglied vertritt, "
        "unterschreibt in dessen Zeile unter „Vertretung“.", size=9, color=GREY)
    d.tag("{%p for side in sides %}")
    d.p("{{ side.name }}", "Heading 2")
    d.rich_table(
        ["Mitglied", "Unterschrift", "Vertretung", "Unterschrift Vertretung"],
        "m in side.members",
        [[[("{{ m.name }}", "b"), ("{% if m.role %} ({{ m.role }}){% endif %}", "")],
          "{%p if m.organization %}", [("{{ m.organization }}", "gs")], "{%p endif %}"],
         [""],
         [[("{{ m.deputy }}", "g")]],
         [""]],
        [5.6, 4.4, 3.0, 3.5])
    _tall_rows(d.document.tables[-1], 1.25)
    d.tag("{%p endfor %}")
    d.p("Gäste", "Heading 2")
    d.rich_table(["Name", "Organisation", "Unterschrift"], "g in guests",
                 [["{{ g.name }}"], ["{{ g.organization }}"], [""]], [5.6, 5.6, 5.3])
    _tall_rows(d.document.tables[-1], 1.0)
    return d.save("signature_list.docx")


def _tall_rows(table, height: float) -> None:
    """Rows at least ``height`` cm high (the header row excepted): room for a signature."""
    for row in table.rows[1:]:
        row.height = Cm(height)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


BUILDERS: dict[str, Callable[[], Path]] = {"signature_list.docx": signature_list,
                                             "minutes.docx": minutes,
                                             "invitation.docx": invitation,
                                             "task_list.docx": task_list,
                                             "register.docx": register,
                                             "report.docx": report}


def main(names: Sequence[str]) -> int:
    global _language
    for language in LANGUAGES:
        _language = language
        for name, build in BUILDERS.items():
            if not names or name in names:
                print("wrote", build())
    _language = "de"
    return 0


ENGLISH: dict[str, str] = {  # German text of the templates above -> English
    "{{ meeting.body }} · Unterschriftenliste zur {{ meeting.number }}. Sitzung am {{ "
    "meeting.date }}":
        "{{ meeting.body }} · Signature list, meeting no. {{ meeting.number }} on {{ "
        "meeting.date }}",
    "Seite ": "Page ",
    " von ": " of ",
    "Unterschriftenliste": "Signature list",
    "Gremium": "Body",
    "Datum": "Date",
    "Zeit": "Time",
    "Ort": "Place",
    "Bitte tragen Sie sich mit Ihrer Unterschrift ein. Wer ein Mitglied vertritt, "
    "unterschreibt in dessen Zeile unter „Vertretung“.":
        "Please sign in. A deputy signs in the row of the member they represent, under “Deputy”.",
    "Mitglied": "Member",
    "Unterschrift": "Signature",
    "Vertretung": "Deputy",
    "Unterschrift Vertretung": "Signature of deputy",
    "Gäste": "Guests",
    "Name": "Name",
    "Organisation": "Organisation",
    "{% if draft %}ENTWURF · {% endif %}": "{% if draft %}DRAFT · {% endif %}",
    "{{ meeting.body }} · {{ meeting.number }}. Sitzung am {{ meeting.date }}{% if public %} · "
    "öffentliche Fassung{% endif %}":
        "{{ meeting.body }} · Meeting no. {{ meeting.number }} on {{ meeting.date }}{% if "
        "public %} · public version{% endif %}",
    "{% if seal %}Siegel der Genehmigung: {{ seal }} · {% endif %}":
        "{% if seal %}Seal of approval: {{ seal }} · {% endif %}",
    "über die {{ meeting.title }}": "{{ meeting.title }}",
    "Vorsitz": "Chair",
    "Protokoll": "Minutes",
    "Art": "Kind",
    "{% if skeleton %}Vorlage{% else %}{{ protocol_kind }}{% endif %}":
        "{% if skeleton %}Template{% else %}{{ protocol_kind }}{% endif %}",
    "Die Sitzung wurde abgesagt.": "The meeting was cancelled.",
    "{% if skeleton %}Eingeladene Mitglieder{% else %}Anwesenheit{% endif %}":
        "{% if skeleton %}Invited members{% else %}Attendance{% endif %}",
    "Funktion": "Role",
    "Bemerkung": "Note",
    "Entschuldigt: ": "Excused: ",
    "Nicht anwesend: ": "Absent: ",
    "Gäste: ": "Guests: ",
    "Feststellung der Beschlussfähigkeit": "Quorum",
    "Tagesordnung": "Agenda",
    "TOP": "Item",
    "Gegenstand": "Subject",
    "Beginn": "Start",
    "{{ a.title }}{% if not a.public %} (nichtöffentlich){% endif %}":
        "{{ a.title }}{% if not a.public %} (not public){% endif %}",
    "Genehmigung früherer Protokolle": "Approval of earlier minutes",
    "Verlauf und Ergebnisse": "Proceedings and results",
    "TOP {{ item.number }}   {{ item.title }}{% if not item.public %} (nichtöffentlich){% "
    "endif %}":
        "Item {{ item.number }}   {{ item.title }}{% if not item.public %} (not public){% "
        "endif %}",
    "Berichterstattung: {{ item.presenter }}": "Presented by: {{ item.presenter }}",
    "Unterlagen: {{ item.files }}{% if item.annexes %} {{ item.annexes }}{% endif %}":
        "Papers: {{ item.files }}{% if item.annexes %} {{ item.annexes }}{% endif %}",
    "Der Tagesordnungspunkt wurde vertagt.": "The item was postponed.",
    "Verlauf:": "Proceedings:",
    "Ergebnis / Beschluss:": "Result / decision:",
    "Aufgaben (was, wer, bis wann):": "Tasks (what, who, by when):",
    "Beschluss {{ dec.number }}: {{ dec.title }}": "Decision {{ dec.number }}: {{ dec.title }}",
    "Stimmen: ": "Votes: ",
    "Wegen Befangenheit nicht mitgewirkt: ": "Did not take part (conflict of interest): ",
    "Ergebnis: ": "Result: ",
    "Hinweis: ": "Note: ",
    "Aufgaben": "Tasks",
    "Aufgabe": "Task",
    "Verantwortlich": "Responsible",
    "Fällig": "Due",
    "{{ t.owners }}{% if t.tandem %} (Tandem){% endif %}":
        "{{ t.owners }}{% if t.tandem %} (tandem){% endif %}",
    "Empfehlung {{ item.answer.number }}: ": "Recommendation {{ item.answer.number }}: ",
    "Antwort: ": "Response: ",
    "Berichtigungen": "Corrections",
    "Grund": "Reason",
    "Berichtigung": "Correction",
    "Offene Aufgaben des Gremiums": "Open tasks of the body",
    "Stand: {{ today }}": "As of: {{ today }}",
    "Stand": "State",
    "{{ t.due }}{% if t.overdue %} (überfällig){% endif %}":
        "{{ t.due }}{% if t.overdue %} (overdue){% endif %}",
    "Anlagen": "Attachments",
    "Nr.": "No.",
    "Anlage": "Attachment",
    "zu TOP": "to item",
    "TOP {{ x.top }} {{ x.item_title }}": "Item {{ x.top }} {{ x.item_title }}",
    "Verteiler": "Distribution",
    "{% if side.deputies %}; Stellvertretung: {{ side.deputies }}{% endif %}":
        "{% if side.deputies %}; deputies: {{ side.deputies }}{% endif %}",
    "{{ meeting.body }} · Einladung zur {{ meeting.number }}. Sitzung am {{ meeting.date }}":
        "{{ meeting.body }} · Invitation to meeting no. {{ meeting.number }} on {{ "
        "meeting.date }}",
    "{{ meeting.body }}{% if sender %} · Vorsitz: {{ sender }}{% endif %}":
        "{{ meeting.body }}{% if sender %} · Chair: {{ sender }}{% endif %}",
    "An die Mitglieder und stellvertretenden Mitglieder": "To the members and deputy members",
    "Rostock, {{ today }}": "Rostock, {{ today }}",
    "Einladung": "Invitation",
    "zur {{ meeting.title }}": "{{ meeting.title }}",
    "Sehr geehrte Damen und Herren,": "Dear Sir or Madam,",
    "hiermit lade ich Sie herzlich zur {{ meeting.title }} ein.":
        "I cordially invite you to the following meeting: {{ meeting.title }}.",
    "Berichterstattung": "Presented by",
    "{% if not a.public %} (nichtöffentlich){% endif %}":
        "{% if not a.public %} (not public){% endif %}",
    "{% if a.start %}{{ a.start }} Uhr{% endif %}": "{% if a.start %}{{ a.start }}{% endif %}",
    "Tagesordnungspunkte mit dem Vermerk „nichtöffentlich“ werden in nichtöffentlicher Sitzung "
    "beraten.":
        "Items marked “not public” are discussed in a closed session.",
    "Unterlagen": "Papers",
    "Zu dieser Sitzung sind keine Unterlagen angekündigt.":
        "No papers have been announced for this meeting.",
    "Sollten Sie verhindert sein, bitte ich um eine kurze Nachricht an die Geschäftsstelle und "
    "darum, Ihre Stellvertretung zu informieren.":
        "If you cannot attend, please let the office know and inform your deputy.",
    "Mit freundlichen Grüßen": "Yours faithfully",
    "Vorsitz {{ meeting.of_body }}": "Chair, {{ meeting.body }}",
    "{{ body.name }} · Beschlusskontrolle · Stand {{ today }}":
        "{{ body.name }} · Decision follow-up · as of {{ today }}",
    "Beschlusskontrolle": "Decision follow-up",
    "Offene Aufgaben {{ body.of_body }}": "Open tasks · {{ body.name }}",
    "Stand: {{ today }} · {{ summary }}": "As of: {{ today }} · {{ summary }}",
    "{{ side.count }} offen{% if side.overdue %}, davon {{ side.overdue }} überfällig{% endif %}":
        "{{ side.count }} open{% if side.overdue %}, {{ side.overdue }} of them overdue{% "
        "endif %}",
    "Herkunft": "Origin",
    "Wiedervorlage": "Report back",
    "{% if t.tandem %}Tandem{% else %}gemeinsam{% endif %} mit {{ t.partners }}":
        "{% if t.tandem %}Tandem{% else %}Together{% endif %} with {{ t.partners }}",
    "Beschluss {{ t.decision }}": "Decision {{ t.decision }}",
    "{{ body.name }} · Beschlussregister{% if period %} · {{ period }}{% endif %}":
        "{{ body.name }} · Register of decisions{% if period %} · {{ period }}{% endif %}",
    "Beschlussregister": "Register of decisions",
    "{{ period_line }} · {{ count }} Beschl{% if count == 1 %}uss{% else %}üsse{% endif %} · "
    "Stand: {{ today }}":
        "{{ period_line }} · {{ count }} decision{% if count != 1 %}s{% endif %} · as of: {{ "
        "today }}",
    "Sitzung": "Meeting",
    "Gegenstand und Wortlaut": "Subject and wording",
    "Abstimmung": "Vote",
    "Ergebnis": "Result",
    "{{ d.item }}{% if not d.public %}, nichtöffentlich{% endif %}":
        "{{ d.item }}{% if not d.public %}, not public{% endif %}",
    "Siegel": "Seal",
    "In diesem Zeitraum gibt es keine Beschlüsse.": "There are no decisions in this period.",
    "Sachstandsbericht · {{ body.name }} · {{ today }}":
        "Progress report · {{ body.name }} · {{ today }}",
    "Der Oberbürgermeister": "The Lord Mayor",
    "Status": "Status",
    "Datum:": "Date:",
    "Entscheidendes Gremium:": "Deciding body:",
    "fed. Senator/-in:": "Lead senator:",
    "Federführendes Amt:": "Lead office:",
    "bet. Senator/-in:": "Senators involved:",
    "Beteiligte Ämter:": "Offices involved:",
    "{{ submitter }} (für {{ body.for_body }})": "{{ submitter }} (for {{ body.name }})",
    "Sachstand Sozialraumorientierung": "Progress of the social-area orientation",
    "Bericht {{ body.of_body }}": "Report of {{ body.name }}",
    "Berichtszeitraum: {{ period }}": "Reporting period: {{ period }}",
    "Beratungsfolge:": "Order of consultation:",
    "Zuständigkeit": "Responsibility",
    "Sachverhalt:": "Facts:",
    "Stand der Meilensteine": "Milestones",
    "Zieltermin": "Target",
    "Meilenstein": "Milestone",
    "Schwerpunkt: {{ m.focus }}": "Focus: {{ m.focus }}",
    "Zieltermin überschritten": "Target date passed",
    "Es sind keine Meilensteine erfasst.": "No milestones are recorded.",
    "Beschlüsse im Berichtszeitraum": "Decisions in the reporting period",
    "Im Berichtszeitraum wurden keine Beschlüsse gefasst.":
        "No decisions were taken in the reporting period.",
    "Offene Aufgaben": "Open tasks",
    "Es gibt keine offenen Aufgaben.": "There are no open tasks.",
    "Empfehlungen des Beirats und ihre Beantwortung":
        "Recommendations of the advisory board and their responses",
    "Empfehlung": "Recommendation",
    "Antwort": "Response",
    "vom {{ r.date }}": "of {{ r.date }}",
    "am {{ r.responded_on }}": "on {{ r.responded_on }}",
    "Im Berichtszeitraum gibt es keine Empfehlungen des Beirats.":
        "There are no recommendations of the advisory board in the reporting period.",
    "Fortbildungen und Hospitationen": "Training and shadowing visits",
    "Veranstaltung": "Event",
    "Teilnahme": "Participation",
    "Teilnahme insgesamt: {{ learning_parity }}": "Participation in all: {{ learning_parity }}",
    "Nach Organisation: {{ learning_organizations }}":
        "By organisation: {{ learning_organizations }}",
    "Im Berichtszeitraum gab es keine Fortbildungen oder Hospitationen.":
        "There was no training and no shadowing visit in the reporting period.",
    "Budget der Modellregion": "Budget of the model region",
    "{{ budget_span }}: die Haushaltsjahre, die in den Berichtszeitraum fallen.":
        "{{ budget_span }}: the budget years within the reporting period.",
    "Haushaltsjahr": "Budget year",
    "Soll": "Planned",
    "Ist": "Actual",
    "Rest": "Remaining",
    "Schwerpunkt": "Focus",
    "Finanzierung": "Funding",
    "Insgesamt: Soll {{ budget_total.plan }}, Ist {{ budget_total.actual }}, Rest {{ "
    "budget_total.remaining }} (Rest = Soll − Ist).":
        "In all: planned {{ budget_total.plan }}, actual {{ budget_total.actual }}, remaining "
        "{{ budget_total.remaining }} (remaining = planned − actual).",
    "Für die Jahre des Berichtszeitraums sind keine Haushaltszeilen erfasst.":
        "No budget lines are recorded for the years of the reporting period.",
    "Stellen": "Posts",
    "Stelle": "Post",
    "Inhaber/in": "Holder",
    "Seite": "Side",
    "Anteil": "Share",
    "von": "from",
    "bis": "to",
    "Die Besetzungen im Berichtszeitraum; ein Wechsel steht als eigene Zeile.":
        "The posts' holders in the reporting period; a change has a row of its own.",
    "Im Berichtszeitraum ist keine Stelle erfasst.":
        "No post is recorded for the reporting period.",
    "für {{ body.for_body }}": "for {{ body.name }}",
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
