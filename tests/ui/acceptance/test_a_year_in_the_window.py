"""Acceptance: a year of a steering group recorded in the window alone.

From "Leere Datei beginnen" to approved and corrected minutes, through the widgets only:
clicks and keys on the real controls, found by their accessible names (or their label's
or button's text), dialogs answered as they open. The file choosers of the operating
system are answered by replacing the one function each that asks. The test reads the
file to check, and never writes through the store.
"""

from __future__ import annotations

from datetime import date

import pytest
from acting import (
    accept,
    choose,
    click,
    click_row,
    find,
    press,
    spin_to,
    tab,
    table_text,
    type_text,
    when_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
)
from waiting import WAIT_MS

from sro_desktop.domain.enums import AttendanceStatus, Outcome
from sro_desktop.store import Store
from sro_desktop.ui import main_window as main_window_module
from sro_desktop.ui.bodies import member_import as member_import_module
from sro_desktop.ui.meetings import papers as papers_module
from sro_desktop.ui.meetings.agenda import TITLE
from sro_desktop.ui.meetings.attendance_model import ARRIVES, DEPUTY, STATUS

pytestmark = pytest.mark.slow  # a whole year through the window: seconds

# The member list as German Excel saves it (";", cp1252); line 8 is wrong on purpose.
MEMBERS = """Titel;Vorname;Nachname;Organisation;Seite;Rolle;Stimmrecht;Stellvertretung;E-Mail
;Anna;Amt;Jugendamt Rostock;Verwaltung;Vorsitz;ja;;anna.amt@example.org
;Bernd;Beck;Jugendamt Rostock;Verwaltung;Mitglied;ja;Dora Dau;
;Frieda;Frei;Kompass e. V.;Freie Träger;Mitglied;ja;;
;Gustav;Gut;Caritas Rostock;Freie Träger;Mitglied;ja;Hahn, Heike;
Prof. Dr.;Wilma;Wiss;Hochschule Neubrandenburg;Wissenschaft;beratendes Mitglied;nein;;
;Peter;Protz;Jugendamt Rostock;Verwaltung;Protokoll;nein;;
;Max;Mond;;Mondseite;Mitglied;ja;;
""".replace("\n", "\r\n")


def cell_combo(table: QTableView, name: str, column: int) -> QComboBox:
    """The choice shown in the member's row of the attendance list, in that column."""
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if str(model.index(r, 0).data()).startswith(name))
    combo = table.indexWidget(model.index(row, column))
    assert isinstance(combo, QComboBox), (name, column)
    return combo


def shown_rows(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_a_year_from_an_empty_file(main_window, tmp_path, monkeypatch, qtbot):
    window = main_window
    window.activateWindow()  # keys go where the focus is, as on a desktop
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    path = tmp_path / "steuerungsgruppe.sro"
    monkeypatch.setattr(main_window_module, "ask_save_path", lambda parent, title: path)

    # -- an empty file ---------------------------------------------------------------------
    click(window.start_empty_button)
    assert window.context.store.path == path

    # -- the body -----------------------------------------------------------------------------
    def body(dialog):
        type_text(find(dialog, QLineEdit, "Name"), "Steuerungsgruppe SRO")
        type_text(find(dialog, QLineEdit, "Kürzel"), "SG")
        click(dialog.ok_button)

    answered = when_dialog(body)
    press(window, "Gremium anlegen …")
    answered.check()
    with Store.open(path, read_only=True) as store:
        (sg,) = store.bodies.list()
        assert (sg.name, sg.short) == ("Steuerungsgruppe SRO", "SG")

    # -- members imported from a list as Excel writes it -------------------------------------
    members_csv = tmp_path / "mitglieder.csv"
    members_csv.write_bytes(MEMBERS.encode("cp1252"))
    monkeypatch.setattr(member_import_module, "ask_import_path", lambda parent: members_csv)
    bodies = window.bodies
    tab(bodies, "Mitglieder")

    def import_preview(dialog):
        summary = find(dialog, QLabel, "Zusammenfassung").text()
        assert summary.startswith("6 neu, 0 schon vorhanden, 1 fehlerhaft"), summary
        assert "8\nMax Mond" in table_text(dialog)  # the bad line, by its number
        assert "Fehler: unbekannte Seite „Mondseite“" in table_text(dialog)
        press(dialog, "Importieren")

    answered = when_dialog(import_preview)
    press(bodies, "Mitglieder importieren …")
    answered.check()
    with Store.open(path, read_only=True) as store:
        seats = store.memberships.list(sg.id)
        names = {store.people.get(m.person_id).last_name for m in seats}
        assert names == {"Amt", "Beck", "Frei", "Gut", "Wiss", "Protz"}
        deputies = {p.last_name for p in store.people.list()} - names
        assert deputies == {"Dau", "Hahn"}  # persons of the file, no members
        assert {o.name for o in store.organizations.list()} == {
            "Jugendamt Rostock", "Kompass e. V.", "Caritas Rostock", "Hochschule Neubrandenburg"}

    # -- a deputy who is no member: a person of the file --------------------------------------
    people_tab = tab(bodies, "Personen")

    def person(dialog):
        type_text(find(dialog, QLineEdit, "Vorname"), "Olga")
        type_text(find(dialog, QLineEdit, "Nachname"), "Ohm")
        type_text(find(dialog, QLineEdit, "E-Mail"), "olga.ohm@example.org")
        click(dialog.ok_button)

    answered = when_dialog(person)
    press(people_tab, "Neue Person …")
    answered.check()

    # -- the first meeting: date, agenda, a paper -----------------------------------------------
    window.show_view(window.views.index(window.meetings))
    meetings = window.meetings

    def new_meeting(dialog):
        type_text(find(dialog, QDateEdit, "Datum"), "12.11.2026")
        type_text(find(dialog, QLineEdit, "Ort"), "Kompass e. V., Rostock")
        accept(dialog)

    answered = when_dialog(new_meeting)
    press(meetings, "Neue Sitzung …")
    answered.check()
    with Store.open(path, read_only=True) as store:
        (first,) = store.meetings.list()
        assert (first.date, first.place) == (date(2026, 11, 12), "Kompass e. V., Rostock")
        chair, taker = (store.people.get(first.chair_person_id).last_name,
                        store.people.get(first.minute_taker_person_id).last_name)
        assert (chair, taker) == ("Amt", "Protz")  # from the roles

    # agenda: the standard items and a topic of its own, with a paper
    panel = meetings.panel
    agenda = tab(panel, "Tagesordnung")
    press(agenda, "Standard-TOPs einfügen")
    press(agenda, "+ TOP")
    agenda_table = find(agenda, QTableView, "Tagesordnung")
    (title_editor,) = [e for e in agenda_table.findChildren(QLineEdit) if e.isVisible()]
    QTest.keyClicks(title_editor, "Sozialraumbudget 2027")
    QTest.keyClick(title_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_rows(agenda_table, TITLE)[-2] == "Sozialraumbudget 2027",
                    timeout=WAIT_MS)
    paper = tmp_path / "Budgetentwurf.pdf"
    paper.write_bytes(b"%PDF-1.4 Entwurf des Sozialraumbudgets\n%%EOF\n")
    monkeypatch.setattr(papers_module, "ask_files", lambda parent: [paper])
    click_row(agenda_table, "Sozialraumbudget 2027", TITLE)
    press(agenda, "Datei anhängen …")
    with Store.open(path, read_only=True) as store:
        items = store.agenda.list(first.id)
        titles = [i.title for i in items]
        assert titles[-2:] == ["Sozialraumbudget 2027", "Verschiedenes"]
        budget_item = items[-2]
        (attached,) = store.attachments.list(budget_item.id)
        assert (attached.name, attached.size) == ("Budgetentwurf.pdf", paper.stat().st_size)
        assert store.attachments.content(attached.id) == paper.read_bytes()

    # attendance: all present, one represented by a deputy who is no member, one late
    attendance = tab(panel, "Anwesenheit")
    press(attendance, "Alle anwesend")
    attendance_table = find(attendance, QTableView, "Anwesenheitsliste")

    def represented_by(dialog):  # Frieda Frei has no deputy in her seat: asked who
        choose(find(dialog, QComboBox, "Vertreten durch"), "Ohm, Olga")
        accept(dialog)

    answered = when_dialog(represented_by)
    choose(cell_combo(attendance_table, "Frieda Frei", STATUS), "vertreten")
    answered.check()
    assert cell_combo(attendance_table, "Frieda Frei", DEPUTY).currentText() == "Olga Ohm"
    choose(cell_combo(attendance_table, "Gustav Gut", ARRIVES), f"TOP {budget_item.position} ")
    with Store.open(path, read_only=True) as store:
        people = {p.id: p.last_name for p in store.people.list()}
        seats = {m.id: people[m.person_id] for m in store.memberships.list(sg.id)}
        recorded = {seats[a.membership_id]: a for a in store.attendance.list(first.id)
                    if a.membership_id}
        assert {n: a.status for n, a in recorded.items()} == {
            "Amt": AttendanceStatus.PRESENT, "Beck": AttendanceStatus.PRESENT,
            "Frei": AttendanceStatus.REPRESENTED, "Gut": AttendanceStatus.PRESENT,
            "Wiss": AttendanceStatus.PRESENT, "Protz": AttendanceStatus.PRESENT}
        assert people[recorded["Frei"].deputy_person_id] == "Ohm"
        assert recorded["Gut"].arrives_at_item_id == budget_item.id

    # a decision typed at the TOP and left by clicking the next TOP: no save button
    agenda = tab(panel, "Tagesordnung")
    agenda_table = find(agenda, QTableView, "Tagesordnung")
    click_row(agenda_table, "Sozialraumbudget 2027", TITLE)
    press(agenda, "+ Beschluss")
    type_text(find(agenda, QLineEdit, "Titel des Beschlusses"), "Budget 2027 beschlossen")
    type_text(find(agenda, QPlainTextEdit, "Wortlaut des Beschlusses"),
              "Die Steuerungsgruppe beschließt das Sozialraumbudget 2027.", leave=False)
    spin_to(find(agenda, QSpinBox, "Verwaltung Ja"), 2)
    spin_to(find(agenda, QSpinBox, "Freie Träger Ja"), 1)
    spin_to(find(agenda, QSpinBox, "Freie Träger Enthaltung"), 1)
    click_row(agenda_table, "Verschiedenes", TITLE)
    with Store.open(path, read_only=True) as store:
        (budget,) = store.decisions.for_agenda_item(budget_item.id)
        assert budget.title == "Budget 2027 beschlossen"
        assert budget.wording == "Die Steuerungsgruppe beschließt das Sozialraumbudget 2027."
        assert budget.number == "SG-2026/001"
        assert budget.outcome is Outcome.ADOPTED
        votes = {store.sides.get(v.side_id).name: (v.yes, v.no, v.abstain)
                 for v in budget.votes}
        assert votes == {"Verwaltung": (2, 0, 0), "Freie Träger": (1, 0, 1)}

    # the meeting held, its draft minutes written
    press(panel, "Sitzung durchgeführt")
    press(panel, "Protokoll-Entwurf erstellt")
