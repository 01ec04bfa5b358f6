"""The Protokoll tab: preview, options and the Word export from the window."""

from __future__ import annotations

from docx import Document
from PySide6.QtCore import QSettings

from sro_desktop.documents.render import shipped_template
from sro_desktop.domain.enums import MeetingState
from sro_desktop.ui import exports
from sro_desktop.ui.meetings import minutes_tab
from sro_desktop.ui.meetings import view as meetings_view


def open_minutes_tab(main_window, store, state=MeetingState.DRAFT):
    meeting = next(m for m in store.meetings.list() if m.state is state
                   and store.bodies.get(m.body_id).short == "SG")
    panel = main_window.meetings.open_meeting(meeting.id)
    panel.tabs.setCurrentWidget(panel.minutes_tab)
    return meeting, panel.minutes_tab


def test_preview_shows_the_minutes_and_follows_the_options(main_window, store_of):
    meeting, tab = open_minutes_tab(main_window, store_of)
    secret = next(i for i in store_of.agenda.list(meeting.id) if not i.public)
    text = tab.preview.toPlainText()
    assert "Niederschrift" in text
    assert "ENTWURF – noch nicht genehmigt" in text
    assert secret.title in text
    assert "Die Mitglieder tauschen Erfahrungen aus." in text
    tab.public.setChecked(True)
    assert secret.title not in tab.preview.toPlainText()
    assert "1 nichtöffentlicher Tagesordnungspunkt ist nicht enthalten" in \
        tab.preview.toPlainText()
    tab.results_only.setChecked(True)
    assert "Die Mitglieder tauschen Erfahrungen aus." not in tab.preview.toPlainText()


def test_preview_follows_an_edit(main_window, store_of):
    meeting, tab = open_minutes_tab(main_window, store_of)
    item = store_of.agenda.list(meeting.id)[0]
    main_window.context.edit("Notizen", store_of.agenda.update, item.id,
                             notes="Neu: {{ 7*7 }} <b>fett?</b> & mehr\nzweite Zeile")
    text = tab.preview.toPlainText()
    assert "Neu: {{ 7*7 }} <b>fett?</b> & mehr\nzweite Zeile" in text


def test_export_writes_the_word_file_and_opens_it(main_window, store_of, tmp_path,
                                                   monkeypatch):
    meeting, tab = open_minutes_tab(main_window, store_of)
    target = tmp_path / "Niederschrift.docx"
    asked, opened = [], []
    monkeypatch.setattr(minutes_tab, "ask_export_path",
                        lambda parent, title, name: asked.append(name) or target)
    monkeypatch.setattr(exports, "open_externally", opened.append)
    tab.open_after.setChecked(True)
    tab.public.setChecked(True)
    tab.export_button.click()
    assert asked == [f"Niederschrift öffentlich SG 7 {meeting.date.isoformat()}.docx"]
    document = Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Öffentliche Fassung: 1 nichtöffentlicher Tagesordnungspunkt" in text
    assert opened == [target]
    assert QSettings().value("export/open_after") == "true"


def test_own_template_from_the_settings_and_a_broken_one(main_window, store_of, tmp_path,
                                                         monkeypatch):
    meeting, tab = open_minutes_tab(main_window, store_of)
    mine = tmp_path / "eigene.docx"
    document = Document(str(shipped_template("minutes.docx")))
    document.paragraphs[0].insert_paragraph_before("Hansestadt Rostock – Der Oberbürgermeister")
    document.save(str(mine))
    QSettings().setValue("templates/minutes", str(mine))
    target = tmp_path / "out.docx"
    monkeypatch.setattr(minutes_tab, "ask_export_path", lambda parent, title, name: target)
    tab.export_button.click()
    assert Document(str(target)).paragraphs[0].text == "Hansestadt Rostock – Der Oberbürgermeister"

    document.add_paragraph("{{ gibt_es_nicht }}")
    document.save(str(mine))
    target.unlink()
    shown = []
    monkeypatch.setattr(exports.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    tab.export_button.click()
    assert "eigene.docx" in shown[0]
    assert "unbekanntes Feld" in shown[0]
    assert not target.exists()


def test_the_view_exports_the_document_of_the_meeting_under_work(main_window, store_of,
                                                                  tmp_path, monkeypatch):
    meeting, tab = open_minutes_tab(main_window, store_of)
    view = main_window.meetings
    view.panel.tabs.setCurrentWidget(view.panel.agenda)
    target = tmp_path / "Niederschrift.docx"
    monkeypatch.setattr(minutes_tab, "ask_export_path", lambda parent, title, name: target)
    view.export_document("minutes")
    assert view.panel.tabs.currentWidget() is tab
    assert "Niederschrift" in "\n".join(p.text for p in Document(str(target)).paragraphs)

    shown = []
    monkeypatch.setattr(meetings_view.QMessageBox, "information",
                        lambda parent, title, text: shown.append((title, text)))
    view.select_meeting(None)
    view.export_document("invitation")
    assert shown == [("Keine Sitzung gewählt", "Bitte zuerst eine Sitzung wählen.")]
