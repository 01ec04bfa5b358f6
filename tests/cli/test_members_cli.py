"""`sro-desktop import members` and `export members` on copies of the demo."""

from __future__ import annotations

import csv
import shutil

import pytest
from command_line import assert_user_error, digest, run
from docx import Document
from pinned import TODAY

from sro_desktop.domain.bodies import Tenure, tenure
from sro_desktop.store import Store


@pytest.fixture
def db(demo, tmp_path):
    path = tmp_path / "demo.sro"
    shutil.copyfile(demo, path)
    return path


def member_count(path, short="SG"):
    with Store.open(path, read_only=True) as store:
        return len(store.memberships.list(store.bodies.resolve(short).id))


def write_list(tmp_path, *lines, name="liste.csv"):
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode("utf-8-sig"))
    return path


def test_import_names_bad_rows_on_stderr_imports_the_rest_and_exits_1(db, tmp_path):
    source = write_list(tmp_path, "Nachname;Vorname;Seite;Stellvertretung",
                        "Neumann;Nele;Verwaltung;Krug, Heike", "Ohne;Otto;Mondseite;",
                        "Ohmsen;Stefan;Verwaltung;")
    before = member_count(db)
    result = run("import", "members", "--db", db, "--body", "SG", "--from", source)
    assert result.returncode == 1
    assert "Zeile 3: unbekannte Seite „Mondseite“" in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "Fehler: 1 Zeile(n) übersprungen"
    assert "hinzugefügt: Nele Neumann (Zeile 2)" in result.stdout
    assert "1 neu, 1 schon vorhanden, 1 fehlerhaft" in result.stdout
    assert "Traceback" not in result.stderr
    assert member_count(db) == before + 1
    with Store.open(db, read_only=True) as store:
        nele = next(p for p in store.people.list() if p.last_name == "Neumann")
        seat = store.memberships.of_person(nele.id)[0]
        assert store.people.get(seat.deputy_person_id).last_name == "Krug"

    again = run("import", "members", "--db", db, "--body", "SG", "--from", source)
    assert again.returncode == 1  # the bad row again
    assert "0 neu, 2 schon vorhanden" in again.stdout
    assert member_count(db) == before + 1


def test_a_clean_list_exits_0_and_dry_run_writes_nothing(db, tmp_path):
    source = write_list(tmp_path, "Name;Vorname;Seite", "Pauls;Paula;Freie Träger")
    before = digest(db)
    dry = run("import", "members", "--db", db, "--body", "SG", "--from", source, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "würde hinzugefügt: Paula Pauls" in dry.stdout
    assert digest(db) == before
    done = run("import", "members", "--db", db, "--body", "SG", "--from", source)
    assert done.returncode == 0, done.stderr
    assert "1 Mitglied(er), 1 neue Person(en)" in done.stdout


def test_import_refuses_what_it_cannot_read(db, tmp_path):
    assert_user_error(run("import", "members", "--db", db, "--body", "SG", "--from",
                          write_list(tmp_path, "Farbe;Zahl", "rot;1")), "Nachname")
    assert_user_error(run("import", "members", "--db", db, "--body", "XY", "--from",
                          write_list(tmp_path, "Name", "A")), "XY")
    assert_user_error(run("import", "members", "--db", db, "--body", "SG", "--from",
                          tmp_path / "fehlt.csv"), "fehlt.csv")


def test_export_members_as_csv_reads_back_in(db, tmp_path):
    out = tmp_path / "verteiler.csv"
    result = run("export", "members", "--db", db, "--body", "SG", "--out", out)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Titel", "Vorname", "Nachname"]
    ohmsen = next(r for r in rows if r[2] == "Ohmsen")
    assert ohmsen[4:8] == ["Verwaltung", "Vorsitz", "ja", "Heike Krug"]
    assert not any(r[2] == "Maaß" for r in rows)  # former members are not on the list
    with Store.open(db, read_only=True) as store:
        seats = store.memberships.list(store.bodies.resolve("SG").id)
        assert len(rows) - 1 == sum(1 for m in seats if tenure(m, TODAY) is not Tenure.ENDED)
    # the list imports into the same body as nothing new
    again = run("import", "members", "--db", db, "--body", "SG", "--from", out, "--dry-run")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip().splitlines()[-1].startswith("0 neu")


def test_export_members_as_word(db, tmp_path):
    out = tmp_path / "verteiler.docx"
    result = run("export", "members", "--db", db, "--body", "SG", "--out", out)
    assert result.returncode == 0, result.stderr
    document = Document(str(out))
    text = "\n".join([p.text for p in document.paragraphs] + [
        c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "Mitgliederliste Steuerungsgruppe Sozialraumorientierung" in text
    assert "Stefan Ohmsen" in text
    assert "Verwaltung / Vorsitz" in text
    assert_user_error(run("export", "members", "--db", db, "--body", "SG", "--out",
                          tmp_path / "x.odt"), ".docx")
