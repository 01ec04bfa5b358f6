"""Acceptance: a year of a steering group recorded in the window alone.

From "Leere Datei beginnen" to approved and corrected minutes, through the widgets only:
clicks and keys on the real controls, found by their accessible names (or their label's
or button's text), dialogs answered as they open. The file choosers of the operating
system are answered by replacing the one function each that asks. The test reads the
file to check, and never writes through the store.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from acting import (
    accept,
    answer_question,
    choose,
    click,
    click_row,
    find,
    menu_action,
    press,
    show,
    spin_to,
    tab,
    table_text,
    type_text,
    when_dialog,
)
from document_reading import text_of
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

from sro_desktop.domain.enums import (
    AttendanceStatus,
    MeetingState,
    Outcome,
    RecommendationState,
)
from sro_desktop.store import Store
from sro_desktop.ui import main_window as main_window_module
from sro_desktop.ui.bodies import member_import as member_import_module
from sro_desktop.ui.meetings import minutes_tab as minutes_tab_module
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


def task_title_column(view) -> int:
    model = view.table.model()
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == "Aufgabe")


def test_a_year_from_an_empty_file(main_window, open_window, tmp_path, monkeypatch, qtbot):
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
    paper_bytes = b"%PDF-1.4 Entwurf des Sozialraumbudgets\n%%EOF\n"
    paper.write_bytes(paper_bytes)
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

    # a task from the TOP: one of each side, due in spring
    type_text(find(agenda, QLineEdit, "Titel der Aufgabe"), "Budgetregeln ausarbeiten",
              leave=False)
    choose(find(agenda, QComboBox, "Verantwortlich 1"), "Bernd Beck")
    choose(find(agenda, QComboBox, "Verantwortlich 2"), "Gustav Gut")
    type_text(find(agenda, QDateEdit, "Fällig am"), "31.3.27")
    press(agenda, "Aufgabe anlegen")
    with Store.open(path, read_only=True) as store:
        (task,) = store.tasks.list()
        assert (task.title, task.due_date) == ("Budgetregeln ausarbeiten", date(2027, 3, 31))
        assert len(task.owners) == 2

    # the invitation goes out (the export offers to mark the meeting invited); held; draft
    exported: list[Path] = []
    monkeypatch.setattr(minutes_tab_module, "open_after_export", lambda: False)
    monkeypatch.setattr(minutes_tab_module, "ask_export_path",
                        lambda parent, title, name: exported.append(tmp_path / name)
                        or tmp_path / name)
    # recorded after the fact: the notice period is named, then "eingeladen" is offered
    answered = when_dialog(answer_question("OK"), answer_question("Ja"))
    menu_action(window, "Export", "Einladung zur Sitzung …").trigger()
    answered.check()
    assert "Exportiert nach" in window.statusBar().currentMessage()
    invitation = text_of(exported[-1])
    assert "Sozialraumbudget 2027" in invitation
    assert "Budgetentwurf.pdf" in invitation
    press(panel, "Sitzung durchgeführt")
    press(panel, "Protokoll-Entwurf erstellt")
    with Store.open(path, read_only=True) as store:
        assert store.meetings.get(first.id).state is MeetingState.DRAFT

    # the draft goes to the members
    tab(panel, "Protokoll")
    answered = when_dialog(accept)
    press(panel, "Protokoll versenden …")
    answered.check()

    # -- a written decision (Umlaufverfahren) between the meetings ----------------------------
    decisions_view = show(window, "Beschlüsse")

    def written(dialog):
        type_text(find(dialog, QLineEdit, "Titel"), "Teilnahme am Fachtag")
        type_text(find(dialog, QPlainTextEdit, "Wortlaut"),
                  "Die Steuerungsgruppe entsendet zwei Mitglieder zum Fachtag.")
        type_text(find(dialog, QDateEdit, "Datum"), "20.11.2026")
        type_text(find(dialog, QDateEdit, "Frist"), "24.11.2026")
        accept(dialog)

    answered = when_dialog(written)
    press(decisions_view, "Umlaufbeschluss …")
    answered.check()
    window.activateWindow()  # the dialog is gone: keys go to the window again
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    # the answers that came by the deadline, member by member
    for name in ("Anna Amt", "Bernd Beck", "Frieda Frei"):
        choose(find(decisions_view, QComboBox, f"Antwort von {name}"), "Ja")
        type_text(find(decisions_view, QDateEdit, f"Datum der Antwort von {name}"),
                  "23.11.2026")
    choose(find(decisions_view, QComboBox, "Antwort von Gustav Gut"), "Enthaltung")
    type_text(find(decisions_view, QDateEdit, "Datum der Antwort von Gustav Gut"),
              "24.11.2026")
    with Store.open(path, read_only=True) as store:
        fachtag = store.decisions.by_number("SG-2026/002")
        assert fachtag is not None
        assert fachtag.written_procedure
        assert fachtag.title == "Teilnahme am Fachtag"
        assert fachtag.decided_on == date(2026, 11, 20)
        assert fachtag.outcome is Outcome.ADOPTED
        assert sorted((v.yes, v.no, v.abstain) for v in fachtag.votes) == [(1, 0, 1), (2, 0, 0)]

    # -- the advisory board, its recommendation, the answer -------------------------------------
    bodies = show(window, "Gremien")

    def advisory(dialog):
        type_text(find(dialog, QLineEdit, "Name"), "Planungsgruppe SRO")
        type_text(find(dialog, QLineEdit, "Kürzel"), "PG")
        choose(find(dialog, QComboBox, "Art"), "Beirat")
        choose(find(dialog, QComboBox, "berät"), "Steuerungsgruppe SRO")
        accept(dialog)

    answered = when_dialog(advisory)
    press(bodies, "Gremium anlegen …")
    answered.check()
    recommendations = show(window, "Empfehlungen")

    def recommendation(dialog):
        type_text(find(dialog, QLineEdit, "Titel"), "Budget fuer Beteiligung")
        type_text(find(dialog, QPlainTextEdit, "Wortlaut"),
                  "Die Planungsgruppe empfiehlt, ein Zehntel des Budgets fuer Beteiligung "
                  "vorzusehen.")
        accept(dialog)

    answered = when_dialog(recommendation)
    press(recommendations, "Neue Empfehlung …")
    answered.check()
    assert recommendations.count_label.text() == "1 Empfehlung, 1 unbeantwortet"
    click_row(find(recommendations, QTableView, "Empfehlungen"), "E-PG")
    choose(find(recommendations, QComboBox, "Antwort: Status"), "angenommen")
    type_text(find(recommendations, QPlainTextEdit, "Antwort mit Begründung"),
              "Die Steuerungsgruppe folgt der Empfehlung.", leave=False)
    show(window, "Sitzungen")  # leaving the view keeps the answer
    with Store.open(path, read_only=True) as store:
        (rec,) = store.recommendations.list()
        assert rec.state is RecommendationState.ADOPTED
        assert rec.response_text == "Die Steuerungsgruppe folgt der Empfehlung."

    # -- a milestone --------------------------------------------------------------------------
    milestones = show(window, "Meilensteine")

    def milestone(dialog):
        type_text(find(dialog, QLineEdit, "Titel"), "Sozialraumbudget eingefuehrt")
        type_text(find(dialog, QSpinBox, "Zieljahr"), "2027")
        choose(find(dialog, QComboBox, "Quartal"), "II")
        accept(dialog)

    answered = when_dialog(milestone)
    press(milestones, "Neuer Meilenstein …")
    answered.check()

    # ... and the task of the first meeting linked to it, in the task list
    tasks = show(window, "Aufgaben")
    click_row(find(tasks, QTableView, "Aufgabenliste"), "Budgetregeln", task_title_column(tasks))
    choose(find(tasks, QComboBox, "Meilenstein"), "Sozialraumbudget eingefuehrt")
    with Store.open(path, read_only=True) as store:
        (task,) = store.tasks.list()
        (goal,) = store.milestones.list()
        assert task.milestone_id == goal.id
        assert (goal.target_year, goal.target_quarter) == (2027, 2)

    # -- the second meeting approves the minutes of the first -----------------------------------
    meetings = show(window, "Sitzungen")

    def second_meeting(dialog):
        choose(find(dialog, QComboBox, "Gremium"), "Steuerungsgruppe SRO")
        type_text(find(dialog, QDateEdit, "Datum"), "24.11.2026")
        accept(dialog)

    answered = when_dialog(second_meeting)
    press(meetings, "Neue Sitzung …")
    answered.check()
    agenda = tab(panel, "Tagesordnung")
    press(agenda, "Standard-TOPs einfügen")
    press(panel, "Einladung versandt")
    press(panel, "Sitzung durchgeführt")
    click_row(find(meetings, QTableView, "Sitzungen"), "12.11.2026")
    tab(panel, "Protokoll")
    answered = when_dialog(accept)  # in the 2nd meeting, at its TOP "Genehmigung des Protokolls"
    press(panel, "Protokoll genehmigen …")
    answered.check()
    with Store.open(path, read_only=True) as store:
        first, second = sorted(store.meetings.list(), key=lambda m: m.date)
        assert first.state is MeetingState.APPROVED
        assert first.approved_in_meeting_id == second.id
        approving_item = store.agenda.get(first.approved_at_item_id)
        assert approving_item.title == "Genehmigung des Protokolls der letzten Sitzung"

    # -- a Berichtigung of the approved minutes -------------------------------------------------
    def correction(dialog):
        type_text(find(dialog, QLineEdit, "Grund"), "Schreibfehler im Ort")
        type_text(find(dialog, QPlainTextEdit, "Text"),
                  "Die Sitzung fand bei Kompass e. V. in Rostock-Evershagen statt.")
        accept(dialog)

    answered = when_dialog(correction)
    press(panel, "Berichtigung erfassen …")
    answered.check()

    # -- the minutes exported -------------------------------------------------------------------
    menu_action(window, "Export", "Protokoll der Sitzung …").trigger()
    minutes = text_of(exported[-1])
    for expected in ("Steuerungsgruppe SRO", "Anna Amt", "vertreten durch Olga Ohm",
                     "Sozialraumbudget 2027", "Budgetentwurf.pdf",
                     "Die Steuerungsgruppe beschließt das Sozialraumbudget 2027.",
                     "SG-2026/001", "Budgetregeln ausarbeiten", "Berichtigung",
                     "Rostock-Evershagen"):
        assert expected in minutes, expected

    # -- a fresh window on the file finds every piece -------------------------------------------
    window.close()
    again = open_window(path)
    assert again.meetings.model.rowCount() == 2
    shown = {v.title(): v for v in again.views}
    decisions_again = show(again, "Beschlüsse")
    assert decisions_again.model.rowCount() == 2
    assert show(again, "Aufgaben").model.rowCount() == 1
    assert show(again, "Empfehlungen").model.rowCount() == 1
    bodies_again = show(again, "Gremien")
    assert bodies_again.bodies_model.rowCount() == 2
    assert shown
    with Store.open(path, read_only=True) as store:
        assert [c.reason for c in store.corrections.list(first.id)] == ["Schreibfehler im Ort"]
        (paper,) = store.attachments.list(budget_item.id)
        assert store.attachments.content(paper.id) == paper_bytes
