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
