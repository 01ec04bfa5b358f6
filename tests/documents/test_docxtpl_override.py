"""documents/render.py overrides docxtpl's ``render_xml_part`` (a method docxtpl does
not document as public) so that user text is not searched for "{_{" escapes, and its
``fix_tables`` and ``render_properties`` to do the same work quicker. When a new
docxtpl changes one of these methods, this test says so: compare the new method with
our override, adapt the override, and record the reviewed source's digest here."""

from __future__ import annotations

import hashlib
import inspect

import pytest
from docxtpl import DocxTemplate
from lxml import etree

from sro_desktop.documents.render import _Template, environment, shipped_template

# SHA-256 of inspect.getsource(DocxTemplate.<method>) of the versions reviewed.
REVIEWED = {
    "render_xml_part": {
        "b762e42956e6709cb26409bb4d4bc5e0660ea28675427bca8fb667d743b6a05d",  # 0.20.2
    },
    "fix_tables": {
        "da467aabccf452e47567fa088649de9f6f21e04fe4ae4c2706906a352c3f7a58",  # 0.20.2
    },
    "render_properties": {
        "41396f7eb8af1c43d9d2c99ee19487cc764d351b58b523074198901628b312fb",  # 0.20.2
    },
}


@pytest.mark.parametrize("method", sorted(REVIEWED))
def test_the_overridden_docxtpl_method_is_the_one_reviewed(method):
    source = inspect.getsource(getattr(DocxTemplate, method))
    digest = hashlib.sha256(source.encode()).hexdigest()
    assert digest in REVIEWED[method], (
        f"docxtpl's {method} changed (digest {digest}); review _Template in "
        f"documents/render.py against it:\n{source}")


def test_the_override_keeps_the_signature_and_the_helpers_it_calls():
    assert (inspect.signature(_Template.render_xml_part).parameters.keys()
            == inspect.signature(DocxTemplate.render_xml_part).parameters.keys())
    assert callable(DocxTemplate.resolve_listing)


XML = ('<w:body><w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
       '<w:t xml:space="preserve">eins\nzwei\tdrei\aneu\fSeite</w:t></w:r></w:p>'
       '<w:p w:rsidR="1"><w:r><w:t>ohne Umbruch</w:t></w:r><w:r><w:t>a\nb</w:t></w:r></w:p>'
       '<w:p><w:r><w:t>nichts</w:t></w:r></w:p>\n<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x\ty'
       '</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>')


def test_line_breaks_tabs_and_page_breaks_come_out_as_docxtpl_makes_them():
    """The override resolves only the paragraphs holding \\n, \\t, \\a or \\f; the result
    is docxtpl's."""
    template = object.__new__(_Template)
    assert template.resolve_listing(XML) == DocxTemplate.resolve_listing(template, XML)
    assert "<w:br/>" in template.resolve_listing(XML)


def test_the_cleaned_template_text_is_docxtpl_s_also_when_kept():
    template = object.__new__(_Template)
    source = ("<w:p><w:r><w:t>{{ a</w:t></w:r><w:r><w:t> }}</w:t></w:r></w:p>"
              "<w:p><w:r><w:t>{%p if b %}</w:t></w:r></w:p>")
    expected = DocxTemplate.patch_xml(template, source)
    assert template.patch_xml(source) == expected
    assert template.patch_xml(source) == expected  # the second time from what is kept


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _table(grid, *rows):
    """A table with gridCol widths ``grid`` and rows of cells, a cell given as its
    gridSpan (1: none)."""
    cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    body = "".join(
        "<w:tr>" + "".join(
            "<w:tc>" + ("" if span == 1 else
                        f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>') + "<w:p/></w:tc>"
            for span in row) + "</w:tr>"
        for row in rows)
    return f"<w:tbl><w:tblGrid>{cols}</w:tblGrid>{body}</w:tbl>"


@pytest.mark.parametrize("tables", [
    [_table([3000, 3000], [1, 1], [1, 1])],  # even: left as it is
    [_table([3000, 3000], [1, 1, 1], [1, 1])],  # a row wider than the grid
    [_table([2000, 2000, 2000], [1, 1], [1])],  # a grid wider than every row
    [_table([2000, 2000, 2000], [2, 1], [1, 1, 1])],  # spans filling the grid
    [_table([2000, 2000, 2000], [2], [1])],  # spans short of the grid
    [_table([3000, 3000], [1, 1]), _table([1000], [1, 1])],  # the second one uneven
    [_table([2000, 2000], [1, 1]).replace("<w:p/></w:tc></w:tr></w:tbl>",
                                          _table([500, 500, 500], [1]) + "<w:p/></w:tc>"
                                          "</w:tr></w:tbl>")],  # nested, the inner uneven
    [],  # no table
])
def test_tables_are_mended_as_docxtpl_mends_them(tables):
    xml = f"<w:body {W}><w:p/>{''.join(tables)}</w:body>"
    template = object.__new__(_Template)
    ours = etree.tostring(template.fix_tables(xml))
    assert ours == etree.tostring(DocxTemplate.fix_tables(template, xml))


def test_the_document_properties_render_as_docxtpl_renders_them():
    context = {"meeting": {"title": "Sitzung <1> & Co."}}
    rendered = []
    for render in (_Template.render_properties, DocxTemplate.render_properties):
        template = _Template(str(shipped_template("minutes.docx")))
        template.init_docx()
        properties = template.docx.core_properties
        properties.title, properties.subject = "{{ meeting.title }}", "fest"
        for _ in range(2):  # the second time from the compiled templates kept
            render(template, context, environment())
        rendered.append([getattr(properties, n) for n in
                         ("author", "comments", "identifier", "language", "subject", "title")])
    assert rendered[0] == rendered[1]
    assert rendered[0][-1] == "Sitzung &lt;1&gt; &amp; Co."
