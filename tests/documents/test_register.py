"""The decision register of a body for a period — Word and CSV."""

from __future__ import annotations

from datetime import date

import pytest
from document_reading import BOM, TODAY, read_csv, table_with, text_of

from sro_desktop.documents.files import ExportError
from sro_desktop.documents.register import CSV_HEADER, export_register
from sro_desktop.domain.calendar import german_date
from sro_desktop.domain.model import SideVote

HEADER = ("Nr.", "Datum", "Sitzung", "Gegenstand und Wortlaut", "Abstimmung", "Ergebnis")


def sg(store):
    return store.bodies.resolve("SG")


def export(store, tmp_path, name="register.docx", **kw):
    return export_register(store, sg(store).id, tmp_path / name, today=TODAY, **kw)


def test_the_whole_register(demo_store, tmp_path):
    path = export(demo_store, tmp_path)
    decisions = demo_store.decisions.list(sg(demo_store).id)
    rows = table_with(path, *HEADER)
    assert [r[0] for r in rows] == [d.number for d in decisions]
    assert [r[1] for r in rows] == [german_date(d.decided_on) for d in decisions]
    for row, decision in zip(rows, decisions, strict=True):
        assert row[3].split("\n")[0] == decision.title
        assert row[5] == (decision.result_text or "noch kein Ergebnis")
    text = text_of(path)
    assert f"Alle Beschlüsse · {len(decisions)} Beschlüsse · Stand: 25.11.2026" in text


def test_vote_wording_and_result_of_the_failed_double_majority(demo_store, tmp_path):
    rows = table_with(export(demo_store, tmp_path), *HEADER)
    row = next(r for r in rows if r[3].startswith("Modellregion Lütten Klein / Evershagen"))
    assert row[2].startswith("3. Sitzung\nTOP 5\nSiegel\n")  # approved: with its seal
    assert row[3] == ("Modellregion Lütten Klein / Evershagen\nDie Steuerungsgruppe legt die "
                      "Stadtteile Lütten Klein und Evershagen als budgetierte Modellregion fest.")
    assert row[4] == ("Verwaltung: Ja 5, Nein 0, Enthaltung 0\nFreie Träger: Ja 2, Nein 3, "
                      "Enthaltung 0\ndoppelte Mehrheit")
    assert row[5].startswith("abgelehnt: keine Mehrheit bei Freie Träger")
    deferred = next(r for r in rows if r[3].startswith("Budget der Modellregion"))
    assert deferred[2].startswith("3. Sitzung\nTOP 6, nichtöffentlich\nSiegel\n")
    assert deferred[5] == "vertagt"


def test_a_period_with_both_ends_included(demo_store, tmp_path):
    decisions = demo_store.decisions.list(sg(demo_store).id)
    first, last = decisions[2].decided_on, decisions[-3].decided_on
    path = export(demo_store, tmp_path, date_from=first, date_to=last)
    rows = table_with(path, *HEADER)
    expected = [d.number for d in decisions if first <= d.decided_on <= last]
    assert [r[0] for r in rows] == expected
    assert rows[0][1] == german_date(first)
    assert rows[-1][1] == german_date(last)
    assert f"Zeitraum: {german_date(first)} bis {german_date(last)}" in text_of(path)


def test_written_procedure(demo_store, tmp_path):
    body = sg(demo_store)
    decision = demo_store.decisions.add("Terminplan 2027 im Umlauf", body_id=body.id,
                                        decided_on=date(2026, 11, 20),
                                        wording="Der Terminplan 2027 wird beschlossen.")
    sides = {s.name: s.id for s in demo_store.sides.list(body.id)}
    demo_store.decisions.record_votes(decision.id, [SideVote(sides["Verwaltung"], 6),
                                                    SideVote(sides["Freie Träger"], 6)])
    rows = table_with(export(demo_store, tmp_path), *HEADER)
    row = next(r for r in rows if r[0] == decision.number)
    assert row[1] == "20.11.2026"
    assert row[2] == "Umlaufverfahren"
    assert row[5] == demo_store.decisions.get(decision.id).result_text
    csv_row = next(r for r in read_csv(export(demo_store, tmp_path, "register.csv"))
                   if r[0] == decision.number)
    assert csv_row[2:4] == ["Umlaufverfahren", ""]


def test_an_empty_period(demo_store, tmp_path):
    path = export(demo_store, tmp_path, date_from=date(2030, 1, 1), date_to=date(2030, 12, 31))
    assert "In diesem Zeitraum gibt es keine Beschlüsse." in text_of(path)
    assert read_csv(export(demo_store, tmp_path, "leer.csv", date_from=date(2030, 1, 1))) == [
        list(CSV_HEADER)]


def test_a_period_that_ends_before_it_begins(demo_store, tmp_path):
    with pytest.raises(ExportError, match="endet"):
        export(demo_store, tmp_path, date_from=date(2026, 6, 1), date_to=date(2026, 1, 1))


def test_csv_equals_the_store(demo_store, tmp_path):
    path = export(demo_store, tmp_path, "register.csv", date_from=date(2026, 1, 1))
    assert path.read_bytes().startswith(BOM)
    rows = read_csv(path)
    assert rows[0] == list(CSV_HEADER)
    decisions = demo_store.decisions.list(sg(demo_store).id, date_from=date(2026, 1, 1))
    assert [(r[0], r[1], r[5], r[6], r[9]) for r in rows[1:]] == [
        (d.number, german_date(d.decided_on), d.title, d.wording, d.result_text)
        for d in decisions]
    first = rows[1]
    assert first[2:5] == ["2. Sitzung", "TOP 2", "nein"]
    assert first[7] == "Verwaltung: Ja 6, Nein 0, Enthaltung 0; Freie Träger: Ja 5, Nein 0, " \
                       "Enthaltung 0"
    assert first[8] == "einfache Mehrheit"


def test_user_text_appears_literally_and_csv_holds_no_formula(demo_store, tmp_path):
    decision = demo_store.decisions.list(sg(demo_store).id)[-1]
    demo_store.decisions.update(decision.id, title="R&D {{ 7*7 }}\x0b <w:p>",
                                wording="=1+1\nzweite Zeile\x00")
    rows = table_with(export(demo_store, tmp_path), *HEADER)
    assert rows[-1][3] == "R&D {{ 7*7 }} <w:p>\n=1+1\nzweite Zeile"
    csv_row = read_csv(export(demo_store, tmp_path, "register.csv"))[-1]
    assert csv_row[5:7] == ["R&D {{ 7*7 }} <w:p>", "'=1+1\nzweite Zeile"]
