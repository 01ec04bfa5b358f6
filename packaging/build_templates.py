"""Build the shipped Word templates in templates/ (docxtpl tags in python-docx documents).

Run: python packaging/build_templates.py — then open the .docx files in Word or
LibreOffice to check them. Users copy a shipped template and change letterhead,
logo, fonts and wording in Word; this script only makes our starting point.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FONT = "Arial"
RED = RGBColor(0xB0, 0x3A, 0x2E)
GREY = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL = "DCE3EA"


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

    def _styles(self) -> None:
        styles = self.document.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(10.5)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.line_spacing = 1.1
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
        run = paragraph.add_run(text)
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
                 color: RGBColor | None = None, indent: float | None = None) -> None:
        paragraph = self.document.add_paragraph()
        if indent:
            paragraph.paragraph_format.left_indent = Cm(indent)
        head = paragraph.add_run(label)
        head.bold = True
        tail = paragraph.add_run(value)
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

    def header_footer(self, header: str, *, red_header: str = "") -> None:
        section = self.document.sections[0]
        paragraph = section.header.paragraphs[0]
        if red_header:
            mark = paragraph.add_run(red_header)
            mark.bold = True
            mark.font.color.rgb = RED
            mark.font.size = Pt(9)
        run = paragraph.add_run(header)
        run.font.size = Pt(8.5)
        run.font.color.rgb = GREY
        _bottom_border(paragraph)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for piece in ("Seite ", "PAGE", " von ", "NUMPAGES"):
            run = footer.add_run()
            run.font.size = Pt(8.5)
            run.font.color.rgb = GREY
            if piece in ("PAGE", "NUMPAGES"):
                _field(run, piece)
            else:
                run.text = piece

    def signatures(self, left: str, right: str) -> None:
        self.document.add_paragraph()
        table = self.document.add_table(rows=3, cols=2)
        for column, text in enumerate((left, right)):
            _cell_text(table.rows[0].cells[column], "")
            _cell_text(table.rows[1].cells[column], "_" * 32)
            _cell_text(table.rows[2].cells[column], text, size=9)
        _widths(table, [Cm(8.0), Cm(8.0)])

    def save(self, name: str) -> Path:
        target = TEMPLATES / name
        self.document.core_properties.title = name
        self.document.core_properties.author = "SRO Desktop"
        self.document.save(str(target))
        return target


def _cell_text(cell, text: str, *, bold: bool = False, size: float | None = None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(1)
    run = paragraph.add_run(text)
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
                    red_header="{% if draft %}ENTWURF · {% endif %}")
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
            [4.2, 6.0, 3.2, 3.1])
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
    d.tag("{%p if quorum %}")
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
    d.tag("{%p if item.deferred %}")
    d.p("Der Tagesordnungspunkt wurde vertagt.", italic=True)
    d.tag("{%p endif %}")
    d.tag("{%p for block in item.notes %}")
    d.tag("{%p if block.bullet %}")
    d.p("{{ block.text }}", "List Bullet")
    d.tag("{%p else %}")
    d.p("{{ block.text }}")
    d.tag("{%p endif %}")
    d.tag("{%p endfor %}")
    d.tag("{%p if skeleton %}")
    d.p("Verlauf:", bold=True)
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
    d.p("{{ dec.wording }}", indent=0.8)
    d.tag("{%p endif %}")
    d.tag("{%p if dec.votes %}")
    d.labelled("Abstimmung ({{ dec.rule }}): ", "{{ dec.votes }}", indent=0.8)
    d.tag("{%p endif %}")
    d.tag("{%p if dec.conflicted %}")
    d.labelled("Wegen Befangenheit nicht mitgewirkt: ", "{{ dec.conflicted }}", indent=0.8)
    d.tag("{%p endif %}")
    d.labelled("Ergebnis: ", "{% if dec.result %}{{ dec.result }}{% else %}{{ blank }}"
               "{% endif %}", bold_value=True, indent=0.8)
    d.tag("{%p endfor %}")
    d.tag("{%p if item.not_quorate %}")
    d.labelled("Hinweis: ", "{{ item.not_quorate }}", color=RED)
    d.tag("{%p endif %}")
    d.tag("{%p if item.tasks %}")
    d.p("Aufgaben", bold=True, size=9.5, keep=True)
    d.table(["Aufgabe", "Verantwortlich", "Fällig"], "t in item.tasks",
            ["{{ t.title }}", "{{ t.owners }}{% if t.tandem %} (Tandem){% endif %}",
             "{{ t.due }}"], [8.3, 6.0, 2.2])
    d.tag("{%p endif %}")
    d.tag("{%p if item.answer %}")
    d.labelled("Empfehlung {{ item.answer.number }}: ", "{{ item.answer.title }}")
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
    d.tag("{%p endif %}")
    d.signatures("Vorsitz: {{ meeting.chair }}", "Protokoll: {{ meeting.minute_taker }}")
    return d.save("minutes.docx")


BUILDERS: dict[str, Callable[[], Path]] = {"minutes.docx": minutes}


def main(names: Sequence[str]) -> int:
    for name, build in BUILDERS.items():
        if not names or name in names:
            print("wrote", build())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
