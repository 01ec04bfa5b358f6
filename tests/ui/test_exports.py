"""The Export menu: lists and reports for a body, the meeting's documents, templates."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from docx import Document
from pinned import TODAY
from PySide6.QtCore import QSettings

from sro_desktop.domain.enums import MeetingState
from sro_desktop.ui import exports
from sro_desktop.ui.exports import ExportChoice, TemplatesDialog
from sro_desktop.ui.meetings import minutes_tab


def action(main_window, text):
    return next(a for a in main_window.export_actions if a.text().replace("&", "") == text)


def choose(monkeypatch, store, target, suffix=".docx"):
    sg = store.bodies.resolve("SG")
    monkeypatch.setattr(ExportChoice, "ask", classmethod(
        lambda cls, parent, title, bodies, body_id, period, csv: {
            "body_id": sg.id, "date_from": TODAY - timedelta(days=400),
            "date_to": TODAY, "suffix": suffix}))
    monkeypatch.setattr(exports, "ask_export_path",
                        lambda parent, title, name, filters=(): target)


def test_task_list_as_csv_for_excel(main_window, store_of, tmp_path, monkeypatch):
    target = tmp_path / "aufgaben.csv"
    choose(monkeypatch, store_of, target, ".csv")
    action(main_window, "Beschlusskontrolle (Aufgaben) …").trigger()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    open_titles = {t.title for t in store_of.tasks.list(store_of.bodies.resolve("SG").id)
                   if t.state.value in ("open", "in_progress")}
    assert open_titles <= {cell for row in rows for cell in row}


@pytest.mark.parametrize(("menu", "expected"), [
    ("Beschlussregister …", "SG-2026/004"),
    ("Sachstandsbericht …", "Sachstandsbericht"),
])
def test_register_and_report_as_word(main_window, store_of, tmp_path, monkeypatch, menu,
                                     expected):
    target = tmp_path / "dokument.docx"
    choose(monkeypatch, store_of, target)
    action(main_window, menu).trigger()
    document = Document(str(target))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert expected in text


def test_invitation_warns_when_the_notice_period_is_short(main_window, store_of, tmp_path,
                                                          monkeypatch):
    invited = next(m for m in store_of.meetings.list() if m.state is MeetingState.INVITED)
    store_of.meetings.update(invited.id, date=TODAY + timedelta(days=3))
    main_window.meetings.open_meeting(invited.id)
    target = tmp_path / "einladung.docx"
    monkeypatch.setattr(minutes_tab, "ask_export_path", lambda parent, title, name: target)
    shown = []
    monkeypatch.setattr(minutes_tab.QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    action(main_window, "Einladung zur Sitzung …").trigger()
    assert target.exists()
    assert shown[0].startswith("Die Einladungsfrist von 7 Tagen ist nicht eingehalten")
    assert "(4 Tage zu kurz)" in shown[0]


def test_templates_dialog_stores_the_choice(main_window, tmp_path, monkeypatch):
    dialog = TemplatesDialog(main_window)
    mine = tmp_path / "mein-protokoll.docx"
    monkeypatch.setattr(exports, "ask_export_path", lambda parent, title, name, filters=(): mine)
    dialog.copy_shipped("minutes")
    assert mine.exists()
    dialog.store()
    assert QSettings().value("templates/minutes") == str(mine)
    assert exports.template_for("minutes") == mine
    assert exports.template_for("report") is None
