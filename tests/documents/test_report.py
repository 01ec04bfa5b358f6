"""The Sachstandsbericht to the youth welfare committee, in the shape of the 2017 statement."""

from __future__ import annotations

import re
from datetime import date

import pytest
from document_reading import TODAY, paragraphs_of, pdf_text, table_with, tables_of, text_of

from sro_desktop.documents.files import ExportError
from sro_desktop.documents.report import (
    consultation,
    default_period,
    export_report,
    report_body,
    report_context,
)
from sro_desktop.domain.calendar import german_date
from sro_desktop.domain.enums import BodyKind
from sro_desktop.domain.tasks import is_overdue


def export(store, tmp_path, **kw):
    return export_report(store, tmp_path / "bericht.docx", today=TODAY, **kw)


def test_header_block_and_consultation(demo_store, tmp_path):
    path = export(demo_store, tmp_path)
    paragraphs = paragraphs_of(path)
    assert paragraphs[0] == "Der Oberbürgermeister"
    assert tables_of(path)[0] == [
        ["Status", "Sachstandsbericht", "Datum:", "25.11.2026"],
        ["Entscheidendes Gremium:", "Jugendhilfeausschuss", "fed. Senator/-in:", ""],
        ["Federführendes Amt:", "Amt für Jugend, Soziales und Asyl", "bet. Senator/-in:", ""],
        ["Beteiligte Ämter:", "", "", ""]]
    assert "Stefan Ohmsen (für die Steuerungsgruppe Sozialraumorientierung)" in paragraphs
    assert "Sachstand Sozialraumorientierung" in paragraphs
    assert "Berichtszeitraum: 26.11.2025 bis 25.11.2026" in paragraphs
    assert table_with(path, "Datum", "Gremium", "Zuständigkeit") == [
        ["04.12.2026", "Unterausschuss Jugendhilfeplanung", "Kenntnisnahme"],
        ["25.12.2026", "Jugendhilfeausschuss", "Kenntnisnahme"]]
    assert "Sachverhalt:" in paragraphs


def test_summary_in_numbers(demo_store, tmp_path):
    text = text_of(export(demo_store, tmp_path))
    assert ("Die Steuerungsgruppe Sozialraumorientierung hat im Berichtszeitraum (26.11.2025 "
            "bis 25.11.2026) 6 Sitzungen durchgeführt und 14 Beschlüsse gefasst. Offen sind "
            "8 Aufgaben, davon 5 überfällig. Von 5 aufgeführten Empfehlungen des Beirats sind "
            "3 beantwortet; 2 stehen noch aus.") in text


def test_milestones_with_quarters_state_and_progress(demo_store, tmp_path):
    rows = table_with(export(demo_store, tmp_path), "Zieltermin", "Meilenstein", "Stand")
    by_title = {r[1].split("\n")[0]: r for r in rows}
    assert by_title["Fachkonzept Sozialraumorientierung erarbeitet"] == [
        "III. Quartal 2018", "Fachkonzept Sozialraumorientierung erarbeitet\nSchwerpunkt: "
        "Hilfen zur Erziehung", "erreicht", "–"]
    transfer = next(m for m in demo_store.milestones.list() if m.title.startswith("Übertragung"))
    done, counted = demo_store.milestones.progress(transfer.id)
    assert by_title[transfer.title] == ["I. Quartal 2021", transfer.title,
                                        "in Arbeit\nZieltermin überschritten",
                                        f"{done} von {counted} erledigt"]
    assert [r[0] for r in rows][:3] == ["II. Quartal 2017", "IV. Quartal 2017", "I. Quartal 2018"]


def test_decisions_of_the_period(demo_store, tmp_path):
    path = export(demo_store, tmp_path, date_from=date(2026, 4, 1), date_to=date(2026, 9, 30))
    rows = table_with(path, "Nr.", "Datum", "Gegenstand", "Ergebnis")
    assert [r[0] for r in rows] == ["SG-2026/004", "SG-2026/005", "SG-2026/006",
                                    "SG-2026/008", "SG-2026/010"]
    assert rows[0] == ["SG-2026/004", "29.04.2026",
                       "Modellregion Lütten Klein / Evershagen\n3. Sitzung, TOP 5",
                       demo_store.decisions.by_number("SG-2026/004").result_text]
    # a non-public item: number, date and result, not its subject
    assert rows[2] == ["SG-2026/006", "29.04.2026", "Gegenstand nichtöffentlich\n"
                       "3. Sitzung, TOP 6", "vertagt"]
    text = text_of(path)
    # the non-public item's subject is not shown; the words head the report's own section
    assert text.count("Budget der Modellregion") == 1
    assert ("3 Beschlüsse zur Genehmigung von Tagesordnung und Protokoll sind nicht einzeln "
            "aufgeführt.") in text
    assert "1 Beschluss zu nichtöffentlichen Tagesordnungspunkten ist ohne Gegenstand " \
           "aufgeführt." in text
    assert "Berichtszeitraum: 01.04.2026 bis 30.09.2026" in text


def test_open_tasks_with_overdue_marks(demo_store, tmp_path):
    rows = table_with(export(demo_store, tmp_path), "Aufgabe", "Verantwortlich", "Fällig")
    tasks = demo_store.tasks.list(demo_store.bodies.resolve("SG").id, active=True)
    assert len(rows) == len(tasks)
    for row in rows:
        task = next(t for t in tasks if row[0].split("\n")[0] == t.title
                    and row[2].startswith(german_date(t.due_date)))
        if is_overdue(task, TODAY):
            assert row[2] == (f"{german_date(task.due_date)}\nseit "
                              f"{(TODAY - task.due_date).days} Tagen überfällig")
        else:
            assert row[2] == german_date(task.due_date)
    tandem = next(r for r in rows if r[0].startswith("Umsetzung vorbereiten: Sozialraumbudget"))
    assert tandem[1] == "Birgit Lange, Anke Hoffmann (Tandem)"
    assert tandem[0].endswith("6. Sitzung am 16.09.2026, TOP 6")


def test_recommendations_with_their_answers(demo_store, tmp_path):
    rows = table_with(export(demo_store, tmp_path), "Nr.", "Empfehlung", "Stand", "Antwort")
    assert rows[0] == ["E-PG1-2026/001\nvom 29.01.2026", "Sozialraumteams paritätisch besetzen",
                       "angenommen", "Die Steuerungsgruppe folgt der Empfehlung; die Besetzung "
                       "erfolgt zum Quartalsbeginn.\nam 10.03.2026"]
    assert rows[2][2] == "abgelehnt"
    assert rows[3][1:] == ["Beteiligung junger Menschen im Sozialraum", "auf Tagesordnung", ""]
    assert rows[4][2] == "eingegangen"


def test_an_old_unanswered_recommendation_is_still_reported(demo_store, tmp_path):
    path = export(demo_store, tmp_path, date_from=date(2026, 10, 1), date_to=TODAY)
    rows = table_with(path, "Nr.", "Empfehlung", "Stand", "Antwort")
    assert [r[2] for r in rows] == ["auf Tagesordnung", "eingegangen"]


def test_default_period_is_the_last_twelve_months():
    assert default_period(date(2026, 11, 25)) == (date(2025, 11, 26), date(2026, 11, 25))
    assert default_period(date(2028, 2, 29)) == (date(2027, 3, 1), date(2028, 2, 29))


def test_only_one_end_of_the_period(demo_store):
    context = report_context(demo_store, date_from=date(2026, 6, 1), today=TODAY)
    assert context["period"] == "01.06.2026 bis 25.11.2026"
    context = report_context(demo_store, date_to=date(2026, 6, 30), today=TODAY)
    assert context["period"] == "01.07.2025 bis 30.06.2026"


def test_the_body_reported_on(demo_store, store):
    assert report_body(demo_store).short == "SG"
    store.bodies.add("Steuerungsgruppe Nord", "SG-N", BodyKind.STEERING)
    store.bodies.add("Steuerungsgruppe Süd", "SG-S", BodyKind.STEERING)
    with pytest.raises(ExportError, match="SG-N, SG-S"):
        report_body(store)


def test_consultation_without_a_committee(store):
    assert consultation(store, TODAY) == [
        {"date": "", "body": "Jugendhilfeausschuss", "responsibility": "Kenntnisnahme"}]
    store.bodies.add("Jugendhilfeausschuss", "JHA", BodyKind.COMMITTEE, article="der")
    assert consultation(store, TODAY)[0]["date"] == ""


def test_another_lead_office_and_hostile_text(demo_store, tmp_path):
    milestone = demo_store.milestones.list()[0]
    demo_store.milestones.update(milestone.id, title="{{ 7*7 }} <w:p> R&D\x08")
    path = export(demo_store, tmp_path, lead_office="Amt für Jugend & Soziales",
                  involved_offices="Schulverwaltungsamt\x0c")
    text = text_of(path)
    assert "{{ 7*7 }} <w:p> R&D" in text
    assert not re.search(r"(?<![\d.,])49(?![\d.,])", text.replace("2049", ""))  # not run
    assert tables_of(path)[0][2][1] == "Amt für Jugend & Soziales"
    assert tables_of(path)[0][3][1] == "Schulverwaltungsamt"


@pytest.mark.libreoffice
def test_libreoffice_opens_the_report(demo_store, tmp_path):
    text = pdf_text(export(demo_store, tmp_path), tmp_path)
    assert "Der Oberbürgermeister" in text
    assert "Beratungsfolge" in text
    assert "III. Quartal 2018" in text
    assert "Seite 1 von" in text
