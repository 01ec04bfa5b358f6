"""Export → Unterschriftenliste der Sitzung …: for the meeting in the meeting view; the
save dialog offers PDF beside Word."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtWidgets import QMessageBox

from sro_desktop.ui import exports


def action(main_window, text):
    return next(a for a in main_window.export_actions if a.text().replace("&", "") == text)


def test_the_signature_list_of_the_chosen_meeting(main_window, store_of, tmp_path,
                                                  monkeypatch):
    meeting = store_of.meetings.resolve("SG 8")
    main_window.meetings.open_meeting(meeting.id)
    target = tmp_path / "liste.docx"
    asked = []
    monkeypatch.setattr(exports, "ask_export_path",
                        lambda parent, title, name: asked.append(name) or target)
    action(main_window, "Unterschriftenliste der Sitzung …").trigger()
    assert asked == [f"Unterschriftenliste SG 8 {meeting.date.isoformat()}.docx"]
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "8. Sitzung der Steuerungsgruppe Sozialraumorientierung" in text


def test_without_a_meeting_it_says_so(main_window, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: said.append(text))
    monkeypatch.setattr(exports, "ask_export_path",
                        lambda *args: (_ for _ in ()).throw(AssertionError("asked")))
    assert not exports.export_signatures(main_window, main_window.context, None)
    assert said == ["Bitte zuerst eine Sitzung wählen."]


def test_pdf_is_offered_beside_word():
    assert exports.with_pdf((exports.WORD,)) == (exports.WORD, exports.PDF)
    assert exports.with_pdf((exports.CSV, exports.WORD)) == (exports.CSV, exports.WORD,
                                                             exports.PDF)
    assert exports.with_pdf((exports.CSV,)) == (exports.CSV,)


def test_the_list_choice_offers_pdf(main_window):
    choice = exports.ExportChoice(main_window, "Beschlussregister", [("SG", "x")], "x",
                                  period=True, csv=True)
    assert [choice.format.itemData(n) for n in range(choice.format.count())] == [
        ".docx", ".pdf", ".csv"]


@pytest.mark.parametrize(("chosen", "selected", "expected"), [
    ("a.docx", "PDF (*.pdf)", "a.pdf"),  # the proposed name, PDF chosen as the type
    ("a", "PDF (*.pdf)", "a.pdf"),
    ("a.docx", "Word-Dokument (*.docx)", "a.docx"),
    ("a.pdf", "Word-Dokument (*.docx)", "a.pdf"),  # typed: the name decides
])
def test_the_file_type_chosen_in_the_save_dialog(main_window, tmp_path, monkeypatch, chosen,
                                                  selected, expected):
    offered = []

    def save_dialog(parent, title, proposed, filters):
        offered.append(filters)
        return str(tmp_path / chosen), selected

    monkeypatch.setattr(exports.QFileDialog, "getSaveFileName", save_dialog)
    path = exports.ask_export_path(main_window, "Protokoll", "Niederschrift.docx")
    assert path == tmp_path / expected
    assert offered == ["Word-Dokument (*.docx);;PDF (*.pdf)"]
