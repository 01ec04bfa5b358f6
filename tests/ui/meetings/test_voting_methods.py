"""The ways of voting at a TOP (issue 11): open, roll call and secret votes, the chair's
casting vote, the advisory members' opinion and a quorum broken by conflicts — recorded
through the real widgets of the decision editor; the file says what was stored, and the
editor shows the very sentence the store stored."""

from __future__ import annotations

import pytest
from acting import choose, click_row, find, press, spin_to
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QSpinBox, QTableWidget

from sro_desktop.domain.enums import Choice, DecisionRule, MeetingState, VotingMethod
from sro_desktop.ui.common import widgets
from sro_desktop.ui.common.palette import OVERDUE

TOPIC = "Übertragung auf weitere Stadtteile"


@pytest.fixture
def at_the_top(main_window, store_of):
    """The draft meeting of the steering group, its TOP with a decision shown. Call it
    after changing the body's rules (they are read when the TOP is shown)."""

    def open_() -> tuple:
        draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
        agenda = main_window.meetings.open_meeting(draft.id).agenda
        main_window.meetings.panel.tabs.setCurrentWidget(agenda)
        item = agenda.select_item(TOPIC)
        [decision] = store_of.decisions.for_agenda_item(item.id)
        return agenda.item_panel, agenda.item_panel.decision_editor, decision.id

    return open_


def side_id(store, name):
    return next(s.id for s in store.sides.list(store.bodies.resolve("SG").id)
                if s.name == name)


def counts(store, decision):
    names = {s.id: s.name for s in store.sides.list(decision.body_id)}
    return {names[v.side_id]: (v.yes, v.no, v.abstain) for v in decision.votes}


def membership(store, name):
    people = {p.id: p.full_name for p in store.people.list()}
    return next(m.id for m in store.memberships.list(store.bodies.resolve("SG").id)
                if people[m.person_id] == name)


def click_choice(table: QTableWidget, name: str, column: str) -> None:
    """Click the member's cell in the column of the choice (as headed)."""
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(name))
    col = next(c for c in range(table.columnCount())
               if table.horizontalHeaderItem(c).text() == column)
    index = table.model().index(row, col)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


def keys(table: QTableWidget, letters: str) -> None:
    table.setFocus()
    for letter in letters:
        QTest.keyClick(table, letter)


def shown_result(editor) -> str:
    return find(editor, QLabel, "Ergebnis").text()


def test_a_roll_call_is_recorded_member_by_member(main_window, at_the_top, store_of):
    panel, editor, decision_id = at_the_top()
    choose(find(editor, QComboBox, "Abstimmung"), "namentlich")
    decision = store_of.decisions.get(decision_id)
    assert decision.voting_method is VotingMethod.ROLL_CALL
    assert [b.choice for b in decision.ballots] == [Choice.NONE] * 11  # those present
    assert decision.votes == []
    assert shown_result(editor) == decision.result_text == "noch keine Abstimmung erfasst"

    table = find(editor, QTableWidget, "Namentliche Abstimmung")
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names[0] == "Stefan Ohmsen"
    assert "Jan Nowak (i. V. Petersen)" in names  # the deputy holds Frau Petersen's seat
    assert not find(editor, QListWidget, "Befangen", visible=False).isVisible()
    steps = main_window.context.undo_stack.index()
    click_choice(table, "Stefan Ohmsen", "Ja")  # the mouse
    click_row(table, "Birgit Lange")
    keys(table, "jnbje")  # then the keys, one member after the other
    assert main_window.context.undo_stack.index() == steps + 6  # each choice one step
    press(editor, "Übrige mit Ja")

    decision = store_of.decisions.get(decision_id)
    assert counts(store_of, decision) == {"Verwaltung": (3, 1, 0), "Freie Träger": (5, 0, 1)}
    assert decision.conflicted_membership_ids == [membership(store_of, "Jörg Brandt")]
    ballots = {b.membership_id: b.choice for b in decision.ballots}
    assert ballots[membership(store_of, "Kathrin Seidel")] is Choice.NO
    assert ballots[membership(store_of, "Anke Hoffmann")] is Choice.ABSTAIN
    assert ballots[membership(store_of, "Ulrike Petersen")] is Choice.YES  # by her deputy
    assert decision.result_text == (
        "in namentlicher Abstimmung mehrheitlich angenommen (Ja 8, Nein 1, Enthaltung 1)")
    assert shown_result(editor) == decision.result_text
    assert find(editor, QLabel, "Stimmen je Seite").text() == (
        "Verwaltung: Ja 3, Nein 1, Enthaltung 0; befangen 1\n"
        "Freie Träger: Ja 5, Nein 0, Enthaltung 1")
    assert "10 von 12 Stimmberechtigten anwesend und nicht befangen" in find(
        editor, QLabel, "Beschlussfähigkeit bei diesem Beschluss").text()

    main_window.undo_action.trigger()  # "Übrige mit Ja" taken back, as one step
    decision = store_of.decisions.get(decision_id)
    assert counts(store_of, decision) == {"Verwaltung": (3, 1, 0), "Freie Träger": (0, 0, 1)}
    assert [table.item(r, 2).text() for r in range(table.rowCount())][-1] == "○"

    choose(find(editor, QComboBox, "Abstimmung"), "offen")  # back: the counts stay
    decision = store_of.decisions.get(decision_id)
    assert decision.voting_method is VotingMethod.OPEN
    assert decision.ballots == []
    assert counts(store_of, decision) == {"Verwaltung": (3, 1, 0), "Freie Träger": (0, 0, 1)}
    assert find(editor, QSpinBox, "Verwaltung Ja").value() == 3
    assert not table.isVisible()


def test_a_secret_vote_has_counts_only(at_the_top, store_of):
    _panel, editor, decision_id = at_the_top()
    choose(find(editor, QComboBox, "Abstimmung"), "geheim")
    assert not find(editor, QTableWidget, "Namentliche Abstimmung", visible=False).isVisible()
    spin_to(find(editor, QSpinBox, "Freie Träger Ja"), 3)
    spin_to(find(editor, QSpinBox, "Freie Träger Nein"), 2)
    spin_to(find(editor, QSpinBox, "Freie Träger Enthaltung"), 1)
    spin_to(find(editor, QSpinBox, "Verwaltung Ja"), 4)
    spin_to(find(editor, QSpinBox, "Verwaltung Nein"), 1)
    choose(find(editor, QComboBox, "Mehrheitsregel"), "Zweidrittelmehrheit")

    decision = store_of.decisions.get(decision_id)
    assert decision.voting_method is VotingMethod.SECRET
    assert decision.rule is DecisionRule.TWO_THIRDS
    assert decision.ballots == []
    assert counts(store_of, decision) == {"Verwaltung": (4, 1, 0), "Freie Träger": (3, 2, 1)}
    assert decision.result_text == (
        "in geheimer Abstimmung mit Zweidrittelmehrheit angenommen "
        "(Ja 7, Nein 3, Enthaltung 1)")
    assert shown_result(editor) == decision.result_text


@pytest.mark.parametrize("casting", [True, False])
def test_a_tie_is_decided_by_the_chair_where_the_rules_say_so(at_the_top, store_of,
                                                              main_window, casting):
    store_of.bodies.update(store_of.bodies.resolve("SG").id, casting_vote=casting)
    _panel, editor, decision_id = at_the_top()
    spin_to(find(editor, QSpinBox, "Freie Träger Ja"), 2)
    spin_to(find(editor, QSpinBox, "Freie Träger Nein"), 3)
    spin_to(find(editor, QSpinBox, "Freie Träger Enthaltung"), 1)
    spin_to(find(editor, QSpinBox, "Verwaltung Ja"), 3)
    spin_to(find(editor, QSpinBox, "Verwaltung Nein"), 2)
    decision = store_of.decisions.get(decision_id)
    assert shown_result(editor) == decision.result_text
    chair = find(editor, QComboBox, "Stimme des Vorsitzes", visible=False)
    if not casting:
        assert not chair.isVisible()
        assert decision.result_text == ("abgelehnt: Stimmengleichheit; der Vorsitz hat keine "
                                        "Stichentscheidung (Ja 5, Nein 5, Enthaltung 1)")
        return
    assert decision.result_text == ("Stimmengleichheit: es fehlt, wie der Vorsitz gestimmt "
                                    "hat; seine Stimme entscheidet (Ja 5, Nein 5, Enthaltung 1)")
    assert chair.isVisible()
    choose(chair, "Ja")
    decision = store_of.decisions.get(decision_id)
    assert decision.chair_vote is Choice.YES
    assert decision.result_text == ("angenommen durch Stichentscheid des Vorsitzes "
                                    "(Ja 5, Nein 5, Enthaltung 1)")
    assert shown_result(editor) == decision.result_text
    main_window.undo_action.trigger()
    assert store_of.decisions.get(decision_id).chair_vote is None

    spin_to(find(editor, QSpinBox, "Verwaltung Nein"), 1)  # no tie: no casting vote asked
    assert not chair.isVisible()


def test_in_a_roll_call_the_chairs_ballot_decides_a_tie(at_the_top, store_of):
    store_of.bodies.update(store_of.bodies.resolve("SG").id, casting_vote=True)
    _panel, editor, decision_id = at_the_top()
    choose(find(editor, QComboBox, "Abstimmung"), "namentlich")
    table = find(editor, QTableWidget, "Namentliche Abstimmung")
    click_row(table, "Stefan Ohmsen")  # the chair
    keys(table, "jnjnkjne")
    decision = store_of.decisions.get(decision_id)
    assert decision.result_text == ("in namentlicher Abstimmung angenommen durch "
                                    "Stichentscheid des Vorsitzes (Ja 3, Nein 3, Enthaltung 1)")
    assert shown_result(editor) == decision.result_text
    assert find(editor, QLabel, "Stimme des Vorsitzes").text() == "Ja"
    assert not find(editor, QComboBox, "Stimme des Vorsitzes", visible=False).isVisible()


def test_the_advisory_members_opinion_is_counted_apart(at_the_top, store_of, main_window,
                                                      monkeypatch):
    warnings = []
    monkeypatch.setattr(widgets, "warn_unstored", lambda parent, text: warnings.append(text))
    _panel, editor, decision_id = at_the_top()
    before = store_of.decisions.get(decision_id).result_text
    assert find(editor, QLabel, "Votum der beratenden Mitglieder (nicht bindend)").isVisible()
    spin_to(find(editor, QSpinBox, "Wissenschaft Ja"), 1)
    decision = store_of.decisions.get(decision_id)
    assert counts(store_of, decision)["Wissenschaft"] == (1, 0, 0)
    assert decision.result_text == before == shown_result(editor)  # it binds nobody
    assert find(editor, QLabel, "Votum der beratenden Mitglieder").text() == (
        "Votum der beratenden Mitglieder: Ja 1, Nein 0, Enthaltung 0")

    spin_to(find(editor, QSpinBox, "Wissenschaft Nein"), 1)  # one member of it is present
    refusal = "Wissenschaft: 2 Stimmen abgegeben, aber nur 1 beratendes Mitglied anwesend."
    assert shown_result(editor) == refusal
    assert editor.unstored() == refusal
    assert counts(store_of, store_of.decisions.get(decision_id))["Wissenschaft"] == (1, 0, 0)
    main_window.show_view(1)  # leaving it names what was not stored
    assert refusal in warnings[0]


def test_conflicts_that_break_the_quorum_are_recorded_with_a_warning(at_the_top, store_of):
    panel, editor, decision_id = at_the_top()
    spin_to(find(editor, QSpinBox, "Verwaltung Ja"), 1)
    spin_to(find(editor, QSpinBox, "Freie Träger Ja"), 1)
    conflicts = find(editor, QListWidget, "Befangen")
    quorum = find(editor, QLabel, "Beschlussfähigkeit bei diesem Beschluss", visible=False)
    assert not quorum.isVisible()
    for name in ("Birgit Lange", "Kathrin Seidel", "Jörg Brandt", "Piotr Kowalski",
                 "Thomas Richter"):
        click_row(conflicts, name)
        QTest.keyClick(conflicts, Qt.Key.Key_Space)

    decision = store_of.decisions.get(decision_id)
    assert len(decision.conflicted_membership_ids) == 5
    assert counts(store_of, decision) == {"Verwaltung": (1, 0, 0), "Freie Träger": (1, 0, 0)}
    assert decision.result_text == "einstimmig angenommen" == shown_result(editor)
    assert quorum.isVisible()
    assert "ist nicht beschlussfähig: 6 von 12" in quorum.text()
    assert quorum.text().endswith("5 Mitglieder befangen.")
    assert OVERDUE.name() in quorum.styleSheet()
    top = find(panel, QLabel, "Beschlussfähigkeit bei diesem TOP")
    assert (f"Beschluss {decision.number}: nicht beschlussfähig bei TOP 5: "
            f"5 Mitglieder befangen") in top.text()
    assert OVERDUE.name() in top.styleSheet()


def test_a_rule_the_body_cannot_apply_is_refused_beside_the_field(at_the_top, store_of):
    providers = side_id(store_of, "Freie Träger")
    store_of.sides.update(providers, parity=False)  # one parity side left
    _panel, editor, decision_id = at_the_top()
    rule = find(editor, QComboBox, "Mehrheitsregel")
    assert [rule.itemData(i) for i in range(rule.count())] == [r.value for r in DecisionRule]
    choose(rule, "doppelte Mehrheit")
    assert store_of.decisions.get(decision_id).rule is DecisionRule.SIMPLE
    assert rule.currentText() == "einfache Mehrheit"
    error = find(editor, QLabel, "Fehlermeldung")
    assert error.text().startswith("Die doppelte Mehrheit verlangt eine Mehrheit auf jeder "
                                   "paritätischen Seite")
    choose(rule, "Konsens")  # an applicable one is stored, and the message goes
    assert store_of.decisions.get(decision_id).rule is DecisionRule.CONSENSUS
    assert not error.isVisible()


def test_who_may_be_conflicted_is_who_holds_a_vote_at_the_top(at_the_top, store_of):
    from sro_desktop.domain.enums import AttendanceStatus

    draft = next(m for m in store_of.meetings.list() if m.state is MeetingState.DRAFT)
    people = {p.id: p for p in store_of.people.list()}
    present = [a for a in store_of.attendance.list(draft.id)
               if a.membership_id and a.status is AttendanceStatus.PRESENT]
    represented, excused = (store_of.memberships.get(a.membership_id) for a in present[:2])
    deputy = next(p for p in people.values()
                  if p.id not in {m.person_id for m in store_of.memberships.list(
                      represented.body_id)})
    store_of.attendance.set(draft.id, represented.id, AttendanceStatus.REPRESENTED,
                            deputy_person_id=deputy.id)
    store_of.attendance.set(draft.id, excused.id, AttendanceStatus.EXCUSED)
    _, editor, _ = at_the_top()
    listed = [editor.conflicts.item(n).text() for n in range(editor.conflicts.count())]
    principal = people[represented.person_id]
    assert f"{deputy.full_name} (i. V. {principal.last_name})" in listed
    assert people[excused.person_id].full_name not in listed
    assert principal.full_name not in listed
