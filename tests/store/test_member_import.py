"""Members from a list (CSV from Excel, XLSX): the plan, then one edit; organisations merged."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from pinned import TODAY

from sro_desktop.domain.enums import OrganizationKind, Role
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.model import TaskOwner
from sro_desktop.store.member_import import (
    ImportProblem,
    RowStatus,
    apply_plan,
    guess_mapping,
    parse_csv,
    plan_file,
    plan_import,
    read_table,
    split_name,
)

HEADER = "Titel;Vorname;Nachname;Organisation;Seite;Rolle;Stimmrecht;Stellvertretung;E-Mail;" \
         "Telefon;Mitglied seit;bis"
ROWS = [
    ";Jürgen;Größer;Jugendamt Rostock;Verwaltung;Mitglied;ja;Lange, Heike;jg@example.org;"
    "0381 1;01.02.2026;",
    "Dr.;Änne;Öztürk;Neuer Träger e. V.;Freie Träger;beratend;nein;Dr. Paul Pauls;;;1.3.26;",
]


def csv_file(tmp_path, lines, *, encoding="utf-8-sig", name="liste.csv"):
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def members_named(store, body_id):
    people = {p.id: p for p in store.people.list()}
    return sorted(people[m.person_id].last_name for m in store.memberships.list(body_id))


def test_a_german_excel_list_with_bom_is_planned_then_imported_in_one_edit(steering, tmp_path):
    store, body = steering.store, steering.body
    before = members_named(store, body.id)
    plan = plan_file(store, body.id, csv_file(tmp_path, [HEADER, *ROWS]))
    assert [(r.line, r.name, r.status) for r in plan.rows] == [
        (2, "Jürgen Größer", RowStatus.NEW), (3, "Dr. Änne Öztürk", RowStatus.NEW)]
    assert plan.rows[0].organization_id == steering.city.id
    assert plan.rows[1].new_organization == "Neuer Träger e. V."
    assert plan.rows[1].new_deputy == split_name("Dr. Paul Pauls")
    assert plan.rows[1].role is Role.ADVISORY
    assert plan.rows[1].voting is False
    assert members_named(store, body.id) == before  # a plan writes nothing

    result = apply_plan(store, plan)
    assert (result.members, result.people, result.organizations) == (2, 3, 1)
    people = {p.last_name: p for p in store.people.list()}
    groesser = next(m for m in store.memberships.list(body.id)
                    if m.person_id == people["Größer"].id)
    assert groesser.deputy_person_id == people["Lange"].id  # "Nachname, Vorname": matched
    assert groesser.valid_from == date(2026, 2, 1)
    assert people["Größer"].email == "jg@example.org"
    assert people["Größer"].phone == "0381 1"
    oeztuerk = next(m for m in store.memberships.list(body.id)
                    if m.person_id == people["Öztürk"].id)
    assert people["Öztürk"].title == "Dr."
    assert oeztuerk.valid_from == date(2026, 3, 1)
    pauls = store.people.get(oeztuerk.deputy_person_id)  # "Vorname Nachname": created
    assert (pauls.title, pauls.first_name, pauls.last_name) == ("Dr.", "Paul", "Pauls")
    assert store.organizations.get(oeztuerk.organization_id).name == "Neuer Träger e. V."

    again = plan_file(store, body.id, csv_file(tmp_path, [HEADER, *ROWS]))
    assert [r.status for r in again.rows] == [RowStatus.EXISTING, RowStatus.EXISTING]
    count = len(store.people.list()), len(store.organizations.list())
    assert apply_plan(store, again).members == 0
    assert (len(store.people.list()), len(store.organizations.list())) == count


def test_cp1252_and_commas_are_read(steering, tmp_path):
    lines = ["Name,Vorname,Seite", "Müßig,Jörg,Verwaltung"]
    table = read_table(csv_file(tmp_path, lines, encoding="cp1252"))
    assert table.headers == ["Name", "Vorname", "Seite"]
    assert table.rows == [(2, ["Müßig", "Jörg", "Verwaltung"])]
    plain = read_table(csv_file(tmp_path, [";".join(lines[0].split(","))], encoding="utf-8",
                                name="b.csv"))
    assert plain.headers == ["Name", "Vorname", "Seite"]
    hinted = parse_csv(b"sep=,\r\nName;Teil,Vorname\r\nA;B,C\r\n")
    assert hinted.headers == ["Name;Teil", "Vorname"]
    assert hinted.rows == [(3, ["A;B", "C"])]


def test_bad_rows_are_named_with_line_and_reason_and_skipped(steering, tmp_path):
    store, body = steering.store, steering.body
    lines = ["Nachname;Vorname;Seite;Rolle;Stimmrecht;von;bis",
             ";Ohne;Verwaltung;;;;",
             "Mond;Maria;Mondseite;;;;",
             "Sonne;Sam;Verwaltung;Kaiser;;;",
             "Stern;Sina;Verwaltung;;vielleicht;;",
             "Komet;Karl;Verwaltung;;;31.02.2026;",
             "Gast;Gerd;Verwaltung;Gast;ja;;",
             "Hell;Hanna;Verwaltung;;;01.05.2026;01.01.2026",
             "",
             "Gut;Gustav;Verwaltung;;;;"]
    plan = plan_file(store, body.id, csv_file(tmp_path, lines))
    errors = {r.line: r.reason for r in plan.errors}
    assert errors[2] == "Nachname fehlt"
    assert "unbekannte Seite „Mondseite“" in errors[3]
    assert "Verwaltung" in errors[3]
    assert "unbekannte Rolle „Kaiser“" in errors[4]
    assert "Stimmrecht „vielleicht“" in errors[5]
    assert "„31.02.2026“ ist kein Datum" in errors[6]
    assert "kein Stimmrecht" in errors[7]
    assert "enden, bevor sie beginnt" in errors[8]
    assert [(r.line, r.status) for r in plan.of(RowStatus.NEW)] == [(10, RowStatus.NEW)]
    assert "7 fehlerhaft" in plan.summary()
    assert apply_plan(store, plan).members == 1
    assert "Gut" in members_named(store, body.id)


def test_a_member_already_in_the_body_or_twice_in_the_list_adds_nothing(steering, tmp_path):
    store, body = steering.store, steering.body
    lines = ["Name;Vorname;Seite", "Becker;Anke;Verwaltung", "Neu;Nora;Verwaltung",
             "neu;nora;Verwaltung"]
    plan = plan_file(store, body.id, csv_file(tmp_path, lines))
    assert [(r.status, r.reason) for r in plan.rows] == [
        (RowStatus.EXISTING, "schon Mitglied"), (RowStatus.NEW, "neue Person"),
        (RowStatus.EXISTING, "steht schon in Zeile 3")]


def test_a_deputy_named_twice_or_listed_as_member_is_one_person(steering, tmp_path):
    store, body = steering.store, steering.body
    lines = ["Name;Vorname;Seite;Stellvertretung", "Eins;Erna;Verwaltung;Zwei, Zora",
             "Drei;Dora;Verwaltung;Zora Zwei", "Zwei;Zora;Verwaltung;"]
    apply_plan(store, plan_file(store, body.id, csv_file(tmp_path, lines)))
    zoras = [p for p in store.people.list() if p.last_name == "Zwei"]
    assert len(zoras) == 1
    deputies = {m.deputy_person_id for m in store.memberships.list(body.id)
                if store.people.get(m.person_id).last_name in ("Eins", "Drei")}
    assert deputies == {zoras[0].id}


def test_an_xlsx_list_with_real_dates(steering, tmp_path):
    store, body = steering.store, steering.body
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Vorname", "Organisation", "Seite", "Mitglied seit", "Telefon"])
    sheet.append(["Xaver", "Xenia", "AWO Rostock", "Freie Träger", date(2026, 4, 1), 381123])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Yps", "Yvonne", "", "Freie Träger", "15.04.2026", None])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    plan = plan_file(store, body.id, path)
    assert [(r.line, r.status) for r in plan.rows] == [(2, RowStatus.NEW), (4, RowStatus.NEW)]
    apply_plan(store, plan)
    xaver = next(p for p in store.people.list() if p.last_name == "Xaver")
    seat = store.memberships.of_person(xaver.id)[0]
    assert seat.valid_from == date(2026, 4, 1)
    assert store.organizations.get(seat.organization_id).name == "AWO Rostock"
    assert xaver.phone == "381123"


def test_headers_are_found_by_their_german_names():
    mapping = guess_mapping(["E-Mail", "Name", "Vorname", "Vertretung", "Tel.", "Seite",
                             "Funktion", "von", "bis", "Stimmrecht (ja/nein)"])
    assert mapping["email"] == 0
    assert mapping["last_name"] == 1
    assert mapping["first_name"] == 2
    assert mapping["deputy"] == 3
    assert mapping["phone"] == 4
    assert mapping["role"] == 6
    assert (mapping["valid_from"], mapping["valid_to"]) == (7, 8)
    assert mapping["voting"] == 9  # "(ja/nein)" does not hide it
    assert mapping["title"] is None


def test_a_title_above_the_header_is_passed_over(steering):
    table = parse_csv(b"Mitgliederliste SG;;\r\nStand 01.11.2026;;\r\n;;\r\n"
                      b"Nachname;Vorname;Seite\r\nTief;Tina;Verwaltung\r\n")
    assert table.headers == ["Nachname", "Vorname", "Seite"]
    assert table.rows == [(5, ["Tief", "Tina", "Verwaltung"])]


def test_a_former_member_joins_again_from_today(steering, tmp_path):
    store, body = steering.store, steering.body
    member = steering.admin[1]
    store.memberships.end(member.id, date(2026, 1, 31))
    person = store.people.get(member.person_id)
    table = parse_csv(f"Nachname;Vorname;Seite\n{person.last_name};{person.first_name};"
                      f"Verwaltung\n".encode())
    plan = plan_import(store, body.id, table, guess_mapping(table.headers), TODAY)
    assert plan.rows[0].status is RowStatus.NEW
    assert plan.rows[0].valid_from == TODAY
    apply_plan(store, plan)
    assert len(store.memberships.of_person(person.id)) == 2


def test_lists_that_cannot_be_read_say_why(steering, tmp_path):
    (tmp_path / "x.pdf").write_text("x")
    with pytest.raises(ImportProblem, match="csv oder .xlsx"):
        read_table(tmp_path / "x.pdf")
    (tmp_path / "leer.csv").write_bytes(b"")
    with pytest.raises(ImportProblem, match="leer"):
        read_table(tmp_path / "leer.csv")
    (tmp_path / "kaputt.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ImportProblem, match="keine lesbare Excel-Datei"):
        read_table(tmp_path / "kaputt.xlsx")
    with pytest.raises(ImportProblem, match="Nachname"):
        plan_file(steering.store, steering.body.id,
                  csv_file(tmp_path, ["Farbe;Zahl", "rot;1"]))


def test_a_full_name_in_one_column_is_split(steering):
    table = parse_csv("Name;Seite\nDr. Heike Krug;Verwaltung\nMüller, Hans;Verwaltung\n"
                      .encode())
    plan = plan_import(steering.store, steering.body.id, table, guess_mapping(table.headers))
    assert [(r.new_person.title, r.new_person.first_name, r.new_person.last_name)
            for r in plan.rows] == [("Dr.", "Heike", "Krug"), ("", "Hans", "Müller")]


# -- organisations ------------------------------------------------------------------------------

def test_merging_organisations_moves_every_reference_in_one_step(steering):
    store = steering.store
    duplicate = store.organizations.add("Jugendamt der Hansestadt", "", "Amt/Verwaltung",
                                        "Neuer Markt 1")
    assert duplicate.kind == OrganizationKind.OFFICE.value
    member = steering.admin[0]
    store.memberships.update(member.id, organization_id=duplicate.id)
    person = store.people.add("Doppel", organization_id=duplicate.id)
    task = store.tasks.add(steering.body.id, "Prüfen",
                           owners=[TaskOwner(organization_id=duplicate.id)])
    refs = store.organizations.references(duplicate.id)
    assert refs == {"people": 1, "memberships": 1, "task_owners": 1}
    assert store.organizations.references_text(duplicate.id) == (
        "1 Person, 1 Mitgliedschaft, 1 Aufgabe")
    with pytest.raises(RuleViolation, match="noch eingetragen bei: 1 Person"):
        store.organizations.delete(duplicate.id)

    kept = store.organizations.merge(steering.city.id, duplicate.id)
    assert kept.address == "Neuer Markt 1"  # empty in the one kept: taken over
    assert store.memberships.get(member.id).organization_id == steering.city.id
    assert store.people.get(person.id).organization_id == steering.city.id
    assert duplicate.id not in {o.id for o in store.organizations.list()}
    assert store.organizations.references(duplicate.id) == {}
    assert store.tasks.get(task.id).owners[0].organization_id == steering.city.id
    with pytest.raises(RuleViolation, match="zwei verschiedene"):
        store.organizations.merge(steering.city.id, steering.city.id)


def test_an_organisation_nothing_names_is_removed(steering):
    store = steering.store
    spare = store.organizations.add("Übrig e. V.", kind="sonstwas")
    assert spare.kind == "sonstwas"  # free text stays
    store.organizations.delete(spare.id)
    assert spare.id not in {o.id for o in store.organizations.list()}


def test_a_person_still_named_somewhere_is_not_removed(steering):
    store = steering.store
    member = store.people.get(steering.admin[0].person_id)
    with pytest.raises(RuleViolation, match="1 Mitgliedschaft"):
        store.people.delete(member.id)
    guest = store.people.add("Gast", "Greta")
    store.people.delete(guest.id)
