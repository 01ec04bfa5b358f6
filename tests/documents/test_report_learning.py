"""The Sachstandsbericht lists the period's Fortbildungen and Hospitationen with the
parity of their participation (issue 17, item 3), read back from the Word file."""

from __future__ import annotations

from datetime import timedelta

from document_reading import TODAY, paragraphs_of, table_with

from sro_desktop.documents.report import export_report
from sro_desktop.domain.calendar import german_date
from sro_desktop.store import Store


def test_the_report_lists_the_periods_events_with_their_parity(demo_file, tmp_path):
    with Store.open(demo_file, read_only=True) as store:
        path = export_report(store, tmp_path / "bericht.docx", today=TODAY)
    assert table_with(path, "Datum", "Art", "Veranstaltung", "Teilnahme") == [
        [german_date(TODAY - timedelta(days=250)), "Fortbildung",
         "Gemeinsame Fortbildung Sozialraumorientierung\nRostock, Amt für Jugend",
         "ausgewogen 4 : 4"],
        [german_date(TODAY - timedelta(days=120)), "Hospitation",
         "Hospitation in Rosenheim\nStadtjugendamt Rosenheim", "Verwaltung 3 : Freie Träger 1"],
    ]  # the conference in Graz lies after the period
    paragraphs = paragraphs_of(path)
    assert "Teilnahme insgesamt: Verwaltung 7 : Freie Träger 5" in paragraphs
    by_organization = next(p for p in paragraphs if p.startswith("Nach Organisation: "))
    assert by_organization.startswith("Nach Organisation: AJSA 7; ")  # the office, most
    assert sum(int(part.rsplit(" ", 1)[1]) for part in
               by_organization.removeprefix("Nach Organisation: ").split("; ")) == 12
