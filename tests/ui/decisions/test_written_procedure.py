"""The written procedure (Umlaufverfahren) in the window: the proposal with its deadline
from the register, each member's answer and its day recorded in the details, the result
found once the deadline has passed, an objection to the procedure.

The demo's Steuerungsgruppe has twelve voting members; none of its texts about a written
procedure says "anwesend" (nobody is present at one)."""

from __future__ import annotations

from datetime import date, timedelta

from acting import accept, choose, click_row, find, press, type_text, when_dialog
from pinned import TODAY
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from waiting import wait_for

from sro_desktop import clock
from sro_desktop.domain.enums import Choice, Outcome
from sro_desktop.ui.decisions.view import DecisionsView

DEADLINE = TODAY + timedelta(days=14)  # 09.12.2026
MEMBERS = ["Stefan Ohmsen", "Birgit Lange", "Marco Wendt", "Kathrin Seidel", "Jörg Brandt",
           "Derya Yılmaz", "Anke Hoffmann", "Piotr Kowalski", "Ulrike Petersen",
           "Thomas Richter", "Sabine Engel", "Holger Barth"]


def open_view(window) -> DecisionsView:
    window.show_view(window.views.index(window.decisions))
    wait_for(lambda: not window.decisions.details_pending())  # details after the paint
    return window.decisions


def activate(qtbot, window) -> None:
    """Keys go to the window and leaving a field takes the focus away, as on a desktop."""

    def active() -> bool:
        window.activateWindow()
        return window.isActiveWindow()

    qtbot.waitUntil(active)


def propose(window, qtbot, title: str = "Teilnahme am Fachtag",
            deadline: str = "09.12.2026"):
    """The Umlaufbeschluss as the secretary starts it: the dialog from the register."""
    view = open_view(window)
    activate(qtbot, window)

    def fill(dialog):
        choose(find(dialog, QComboBox, "Gremium"), "Steuerungsgruppe")
        type_text(find(dialog, QLineEdit, "Titel"), title)
        type_text(find(dialog, QPlainTextEdit, "Wortlaut"),
                  "Die Steuerungsgruppe entsendet zwei Mitglieder zum Fachtag.")
        type_text(find(dialog, QDateEdit, "Datum"), "25.11.2026")
        type_text(find(dialog, QDateEdit, "Frist"), deadline)
        accept(dialog)

    answered = when_dialog(fill)
    press(view, "Umlaufbeschluss …")
    assert answered.check() == "Umlaufbeschluss"
    decision = view.current_decision()
    assert decision is not None
    assert decision.title == title
    activate(qtbot, window)
    return view, decision


def answer(view: DecisionsView, name: str, text: str) -> None:
    choose(find(view.details, QComboBox, f"Antwort von {name}"), text)


def result(view: DecisionsView) -> str:
    return find(view.details, QLabel, "Ergebnis").text()


def ballots_of(store, decision_id):
    decision = store.decisions.get(decision_id)
    memberships = {m.id: m.person_id for m in store.memberships.list(decision.body_id)}
    names = {p.id: p.full_name for p in store.people.list()}
    return {names[memberships[b.membership_id]]: (b.choice, b.answered_on)
            for b in decision.ballots}


def test_the_answers_are_recorded_member_by_member(main_window, store_of, qtbot):
    view, decision = propose(main_window, qtbot)
    assert (decision.decided_on, decision.deadline) == (TODAY, DEADLINE)
    assert result(view) == "Umlaufverfahren läuft bis 09.12.2026: 0 von 12 Antworten"
    assert not find(view.details, QAbstractButton, "Ergebnis feststellen",
                    visible=False).isVisible()
    for name in MEMBERS[:5]:
        answer(view, name, "Ja")
    answer(view, MEMBERS[6], "Nein")
    answer(view, MEMBERS[7], "Enthaltung")
    assert main_window.context.undo_stack.undoText() == f"Antwort von {MEMBERS[7]} erfassen"

    answers = ballots_of(store_of, decision.id)
    assert answers[MEMBERS[0]] == (Choice.YES, TODAY)  # dated today when chosen
    assert answers[MEMBERS[6]] == (Choice.NO, TODAY)
    assert answers[MEMBERS[11]] == (Choice.NONE, None)
    stored = store_of.decisions.get(decision.id)
    assert stored.outcome is None
    assert stored.result_text == "Umlaufverfahren läuft bis 09.12.2026: 7 von 12 Antworten"
    assert result(view) == stored.result_text
    assert sorted((v.yes, v.no, v.abstain) for v in stored.votes) == [(0, 1, 1), (5, 0, 0)]

    # the day of an answer that came by post, entered the next day
    clock.pin(date(2026, 11, 26))
    day = find(view.details, QDateEdit, f"Datum der Antwort von {MEMBERS[6]}")
    type_text(day, "26.11.2026")
    assert ballots_of(store_of, decision.id)[MEMBERS[6]] == (Choice.NO, date(2026, 11, 26))
    assert main_window.context.undo_stack.undoText() == (
        f"Datum der Antwort von {MEMBERS[6]} ändern")
    main_window.undo_action.trigger()
    assert ballots_of(store_of, decision.id)[MEMBERS[6]] == (Choice.NO, TODAY)

    # taken back: no answer, no day
    answer(view, MEMBERS[7], "keine Antwort")
    assert ballots_of(store_of, decision.id)[MEMBERS[7]] == (Choice.NONE, None)
    assert not find(view.details, QDateEdit, f"Datum der Antwort von {MEMBERS[7]}",
                    visible=False).isVisible()


def test_unanimous_only_when_every_member_answered_yes(main_window, store_of, qtbot):
    view, decision = propose(main_window, qtbot)
    for name in MEMBERS[:11]:
        answer(view, name, "Ja")
    assert result(view) == ("im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 11, Nein 0, "
                            "Enthaltung 0; keine Antwort 1)")  # settled early
    answer(view, MEMBERS[11], "Enthaltung")
    assert result(view) == ("im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 11, Nein 0, "
                            "Enthaltung 1)")
    answer(view, MEMBERS[11], "Ja")
    stored = store_of.decisions.get(decision.id)
    assert (stored.outcome, stored.result_text) == (
        Outcome.ADOPTED, "im Umlaufverfahren einstimmig angenommen (Ja 12)")
    assert result(view) == stored.result_text

    # an answer dated after the deadline does not count, and says so
    clock.pin(date(2026, 12, 10))
    day = find(view.details, QDateEdit, f"Datum der Antwort von {MEMBERS[11]}")
    type_text(day, "10.12.2026")
    late = [w for w in view.details.findChildren(QLabel)
            if w.text() == "nach der Frist" and w.isVisible()]
    assert len(late) == 1
    assert store_of.decisions.get(decision.id).result_text == (
        "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 11, Nein 0, Enthaltung 0; "
        "keine Antwort 1)")


def test_the_result_is_found_once_the_deadline_has_passed(main_window, store_of, qtbot):
    view, decision = propose(main_window, qtbot, deadline="30.11.2026")
    for name in MEMBERS[:4]:
        answer(view, name, "Ja")
    answer(view, MEMBERS[6], "Nein")
    assert result(view) == "Umlaufverfahren läuft bis 30.11.2026: 5 von 12 Antworten"
    settle = find(view.details, QAbstractButton, "Ergebnis feststellen", visible=False)
    assert not settle.isVisible()

    clock.pin(date(2026, 12, 1))  # the next morning after the deadline
    table = find(view, QTableView, "Beschlussregister")
    other = next(str(table.model().index(row, 0).data())
                 for row in range(table.model().rowCount())
                 if table.model().index(row, 0).data() != decision.number)
    click_row(table, other)  # another decision, then this one again
    click_row(table, decision.number)
    assert settle.isVisible()
    assert result(view) == "Umlaufverfahren läuft bis 30.11.2026: 5 von 12 Antworten"
    press(view.details, "Ergebnis feststellen")
    stored = store_of.decisions.get(decision.id)
    assert (stored.outcome, stored.result_text) == (
        Outcome.ADOPTED, "im Umlaufverfahren mehrheitlich angenommen (Ja 4, Nein 1, "
                         "Enthaltung 0; keine Antwort 7)")
    assert result(view) == stored.result_text
    assert not settle.isVisible()
    assert main_window.context.undo_stack.undoText() == "Ergebnis feststellen"
    main_window.undo_action.trigger()
    assert store_of.decisions.get(decision.id).outcome is None


def test_an_objection_stops_the_procedure_where_the_rules_say_so(main_window, store_of, qtbot):
    view, decision = propose(main_window, qtbot)
    for name in MEMBERS[1:]:
        answer(view, name, "Ja")
    answer(view, MEMBERS[0], "widerspricht")
    stored = store_of.decisions.get(decision.id)
    assert (stored.outcome, stored.result_text) == (
        Outcome.REJECTED,
        "nicht zustande gekommen: Widerspruch gegen das Umlaufverfahren (Stefan Ohmsen)")
    assert result(view) == stored.result_text

    # rules without the members' consent to the procedure: the objection is no answer
    sg = store_of.bodies.resolve("SG")
    main_window.context.edit("Regeln", store_of.bodies.update, sg.id, written_consent=False)
    _, later = propose(main_window, qtbot, "Zweiter Umlauf")
    for name in MEMBERS[1:]:
        answer(view, name, "Ja")
    answer(view, MEMBERS[0], "widerspricht")
    stored = store_of.decisions.get(later.id)
    assert (stored.outcome, stored.result_text) == (
        Outcome.ADOPTED, "im Umlaufverfahren ohne Gegenstimmen angenommen (Ja 11, Nein 0, "
                         "Enthaltung 0)")


def test_the_deadline_is_changed_in_the_details(main_window, store_of, qtbot):
    view, decision = propose(main_window, qtbot)
    deadline = find(view.details, QDateEdit, "Frist")
    type_text(deadline, "15.12.2026")
    assert store_of.decisions.get(decision.id).deadline == date(2026, 12, 15)
    assert result(view) == "Umlaufverfahren läuft bis 15.12.2026: 0 von 12 Antworten"
    assert main_window.context.undo_stack.undoText() == "Frist ändern"

    type_text(deadline, "24.11.2026")  # before the proposal
    assert store_of.decisions.get(decision.id).deadline == date(2026, 12, 15)
    assert view.details.error.text() == ("Nicht gespeichert: Die Frist kann nicht vor dem "
                                         "Datum des Umlaufbeschlusses liegen.")
    assert deadline.date().toPython() == date(2026, 11, 24)  # stays typed


def texts(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` shows or names."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
    return found


def test_no_text_of_the_written_procedure_says_present(main_window, store_of, qtbot):
    view = open_view(main_window)
    seen = []

    def look(dialog):
        seen.extend(texts(dialog))
        dialog.reject()

    answered = when_dialog(look)
    press(view, "Umlaufbeschluss …")
    answered.check()
    view, _ = propose(main_window, qtbot)
    answer(view, MEMBERS[0], "Ja")
    seen += texts(view.details)
    assert "Antwort von Stefan Ohmsen" in seen
    assert [t for t in seen if "anwesend" in t.lower()] == []
