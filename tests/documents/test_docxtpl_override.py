"""documents/render.py overrides docxtpl's ``render_xml_part`` (a method docxtpl does
not document as public) so that user text is not searched for "{_{" escapes. When a
new docxtpl changes that method, this test says so: compare the new method with our
override, adapt the override, and record the reviewed source's digest here."""

from __future__ import annotations

import hashlib
import inspect

from docxtpl import DocxTemplate

from sro_desktop.documents.render import _Template

# SHA-256 of inspect.getsource(DocxTemplate.render_xml_part) of the versions reviewed.
REVIEWED = {
    "b762e42956e6709cb26409bb4d4bc5e0660ea28675427bca8fb667d743b6a05d",  # docxtpl 0.20.2
}


def test_the_overridden_docxtpl_method_is_the_one_reviewed():
    source = inspect.getsource(DocxTemplate.render_xml_part)
    digest = hashlib.sha256(source.encode()).hexdigest()
    assert digest in REVIEWED, (
        f"docxtpl's render_xml_part changed (digest {digest}); review _Template in "
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
