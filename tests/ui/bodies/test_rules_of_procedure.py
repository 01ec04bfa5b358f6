"""Seiten und Regeln: every rule of procedure of a body, its statutory seats and the presets,
driven through the widgets by their names; the store says what was kept."""

from __future__ import annotations

import pytest
from acting import (
    accept,
    choose,
    click,
    click_row,
    find,
    leave_field,
    spin_to,
    tab,
    type_text,
    when_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)
from waiting import wait_for

from sro_desktop.domain.enums import BodyKind, DecisionRule, MajorityBase, QuorumBase
from sro_desktop.domain.procedure import PRESETS, RULE_FIELDS

COMMITTEE = PRESETS[BodyKind.COMMITTEE]
BOARD = PRESETS[BodyKind.ADVISORY]
DOUBLE_REFUSED = ("Die doppelte Mehrheit verlangt eine Mehrheit auf jeder paritätischen Seite; "
                  "dieses Gremium hat keine zwei paritätisch besetzten Seiten mit Stimmrecht.")


@pytest.fixture
def view(main_window):
    main_window.show_view(main_window.views.index(main_window.bodies))
    wait_for(lambda: not main_window.bodies.details_pending())  # tabs after the paint
    view = main_window.bodies
    assert view.body.short == "SG"
    return view


def rules_of(view, short: str):
    """Choose the body in the list and open its Seiten und Regeln."""
    click_row(find(view, QTableView, "Gremien"), short, column=1)
    assert view.body.short == short
    return tab(view, "Seiten und Regeln")


def tick(check: QCheckBox) -> None:
    """Toggle a check box with the space bar, as a keyboard user does."""
    check.setFocus()
    QTest.keyClick(check, Qt.Key.Key_Space)


def rules(body) -> dict:
    return {name: getattr(body, name) for name in RULE_FIELDS}


def test_each_new_rule_stores_itself_as_one_undo_step(view, main_window, store_of):
    page = rules_of(view, "SG")
    sg = store_of.bodies.resolve("SG")
    steps = main_window.context.undo_stack
    start = steps.index()

    choose(find(page, QComboBox, "Beschlussfähigkeit bezogen auf"), "besetzte Sitze")
    choose(find(page, QComboBox, "Mehrheit gemessen an"), "anwesende Stimmberechtigte")
    choices = {"Bei Stimmengleichheit entscheidet die Stimme des Vorsitzes": "casting_vote",
               "Eine Person darf mehr als eine Stimme führen (Stimmrechtsübertragung)":
                   "deputy_multiple_votes",
               "Ein Widerspruch gegen das Umlaufverfahren stoppt es": "written_consent",
               "Namentliche Abstimmungen mit Namen ins Protokoll": "roll_call_names"}
    before = store_of.bodies.get(sg.id)
    for text in choices:
        tick(find(page, QCheckBox, text))
    body = store_of.bodies.get(sg.id)
    assert (body.quorum_base, body.majority_base) == (QuorumBase.FILLED, MajorityBase.PRESENT)
    for name in choices.values():
        assert getattr(body, name) is not getattr(before, name), name
    assert steps.index() == start + 6  # each field one step

    main_window.undo_action.trigger()
    assert store_of.bodies.get(sg.id).roll_call_names is before.roll_call_names
    assert find(page, QCheckBox, "Namentliche Abstimmungen mit Namen ins Protokoll"
                ).isChecked() is before.roll_call_names
    assert store_of.bodies.get(sg.id).written_consent is body.written_consent  # one step only


def test_every_decision_rule_is_offered_and_double_majority_needs_two_parity_sides(
        view, store_of):
    page = rules_of(view, "PG1")
    combo = find(page, QComboBox, "Beschlussregel")
    assert [combo.itemText(i) for i in range(combo.count())] == [r.label for r in DecisionRule]

    choose(combo, "doppelte Mehrheit")
    error = view.rules.form_errors["decision_rule"]
    assert error.isVisible()
    assert error.text().startswith(DOUBLE_REFUSED)
    assert error.parentWidget() is combo.parentWidget()  # beside the field, not elsewhere
    assert store_of.bodies.resolve("PG1").decision_rule is DecisionRule.SIMPLE
    assert combo.currentText() == "einfache Mehrheit"

    choose(combo, "Zweidrittelmehrheit")
    assert not error.isVisible()
    assert store_of.bodies.resolve("PG1").decision_rule is DecisionRule.TWO_THIRDS


def test_statutory_seats_per_voting_side_beside_the_filled_ones(view, main_window, store_of):
    page = rules_of(view, "SG")
    sg = store_of.bodies.resolve("SG")
    spin = find(page, QSpinBox, "Sitze laut GO: Verwaltung")
    state = find(page, QLabel, "Besetzung: Verwaltung")
    total = find(page, QLabel, "Sitze laut GO zusammen")
    assert spin.text() == "6"  # the demo's rules name the statutory seats: all filled
    assert state.text() == "6 Sitze laut GO, alle besetzt"
    assert total.text() == "Zusammen: 12 Sitze laut GO, alle besetzt"
    names = [w.accessibleName() for w in page.findChildren(QSpinBox)
             if w.accessibleName().startswith("Sitze laut GO")]
    assert names == ["Sitze laut GO: Verwaltung", "Sitze laut GO: Freie Träger"]  # voting only

    spin_to(spin, 7)
    side = next(s for s in store_of.sides.list(sg.id) if s.name == "Verwaltung")
    assert side.statutory_seats == 7
    assert state.text() == "7 Sitze laut GO, 6 besetzt – 1 unbesetzt"
    assert total.text() == "Zusammen: 13 Sitze laut GO, 12 besetzt – 1 unbesetzt"
    assert spin.accessibleDescription() == state.text()

    spin_to(spin, 5)
    assert state.text() == "5 Sitze laut GO, 6 besetzt – 1 mehr als vorgesehen"

    spin.setFocus()  # back to "as filled": typed as it reads
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "wie besetzt")
    leave_field(spin)
    assert store_of.sides.get(side.id).statutory_seats is None
    assert state.text() == "6 Sitze besetzt"

    main_window.undo_action.trigger()
    assert store_of.sides.get(side.id).statutory_seats == 5
    assert spin.value() == 5


def test_the_seats_follow_a_new_voting_side_in_their_place(view, store_of, next_tab_stop):
    page = rules_of(view, "SG")
    each_side = find(page, QCheckBox, "jede paritätische Seite muss vertreten sein")
    assert next_tab_stop(each_side) is find(page, QSpinBox, "Sitze laut GO: Verwaltung")
    type_text(find(page, QLineEdit, "Name der neuen Seite"), "Eltern", leave=False)
    click(find(page, QPushButton, "Seite hinzufügen"))
    spin = find(page, QSpinBox, "Sitze laut GO: Eltern")
    # Tab goes from the seats above to the new one and on to the decision rule
    above = find(page, QSpinBox, "Sitze laut GO: Freie Träger")
    assert next_tab_stop(above.lineEdit()) is spin  # (a spin box's own text field first)
    assert next_tab_stop(spin.lineEdit()) is find(page, QComboBox, "Beschlussregel")
    assert find(page, QLabel, "Besetzung: Eltern").text() == "0 Sitze besetzt"
    spin_to(spin, 2)
    eltern = next(s for s in store_of.sides.list(view.body.id) if s.name == "Eltern")
    assert eltern.statutory_seats == 2
    assert find(page, QLabel, "Besetzung: Eltern").text() == (
        "2 Sitze laut GO, 0 besetzt – 2 unbesetzt")


def test_the_youth_welfare_preset_for_the_committee(view, main_window, store_of):
    page = rules_of(view, "JHA")
    jha = store_of.bodies.resolve("JHA")
    sides = store_of.sides.list(jha.id)
    shown = {}

    def apply(dialog):
        combo = find(dialog, QComboBox, "Vorlage")
        assert combo.currentText() == COMMITTEE.name  # the preset of the body's kind first
        assert [combo.itemText(i) for i in range(combo.count())] == [
            p.name for p in PRESETS.values()]
        shown["explanation"] = find(dialog, QLabel, "Erläuterung der Vorlage").text()
        shown["changes"] = find(dialog, QLabel, "Was sich ändert").text()
        accept(dialog)

    steps = main_window.context.undo_stack.index()
    answered = when_dialog(apply)
    click(find(page, QAbstractButton, "Vorlage anwenden …"))
    assert answered.check() == "Vorlage anwenden – Jugendhilfeausschuss"
    assert shown["explanation"] == COMMITTEE.explanation
    assert "jede paritätische Seite muss vertreten sein: ja → nein" in shown["changes"]
    body = store_of.bodies.get(jha.id)
    assert rules(body) == {**rules(jha), **COMMITTEE.rules}
    assert not body.quorum_each_parity_side
    assert store_of.sides.list(jha.id) == sides  # the sides stay
    assert not find(page, QCheckBox, "jede paritätische Seite muss vertreten sein").isChecked()
    assert main_window.context.undo_stack.index() == steps + 1
    main_window.undo_action.trigger()
    assert rules(store_of.bodies.get(jha.id)) == rules(jha)
    assert find(page, QCheckBox, "jede paritätische Seite muss vertreten sein").isChecked()


def test_the_board_preset_and_one_the_sides_refuse(view, store_of):
    page = rules_of(view, "SG")
    sg = store_of.bodies.resolve("SG")

    def board(dialog):
        choose(find(dialog, QComboBox, "Vorlage"), BOARD.name)
        assert find(dialog, QLabel, "Erläuterung der Vorlage").text() == BOARD.explanation
        assert ("Mehrheit gemessen an: Ja- gegen Nein-Stimmen (Enthaltungen zählen nicht) → "
                "anwesende Stimmberechtigte") in find(dialog, QLabel, "Was sich ändert").text()
        accept(dialog)

    answered = when_dialog(board)
    click(find(page, QAbstractButton, "Vorlage anwenden …"))
    answered.check()
    body = store_of.bodies.get(sg.id)
    assert rules(body) == {**rules(sg), **BOARD.rules}
    assert find(page, QComboBox, "Mehrheit gemessen an").currentText() == (
        "anwesende Stimmberechtigte")
    assert not find(page, QCheckBox, "jede paritätische Seite muss vertreten sein").isChecked()

    # the steering group's preset decides by double majority: not for a one-side board
    page = rules_of(view, "PG1")
    pg1 = store_of.bodies.resolve("PG1")
    refusal = {}

    def steering(dialog):
        choose(find(dialog, QComboBox, "Vorlage"), PRESETS[BodyKind.STEERING].name)
        accept(dialog)
        assert dialog.isVisible()  # the refusal stays in the dialog, nothing was stored
        refusal["text"] = dialog.general_error.text()
        dialog.reject()

    answered = when_dialog(steering)
    click(find(page, QAbstractButton, "Vorlage anwenden …"))
    answered.check()
    assert refusal["text"].startswith(DOUBLE_REFUSED)
    assert rules(store_of.bodies.get(pg1.id)) == rules(pg1)


@pytest.mark.parametrize("kind", list(BodyKind), ids=[k.value for k in BodyKind])
def test_a_new_body_starts_from_the_preset_of_its_kind(view, store_of, kind):
    start = PRESETS[kind]
    shown = {}

    def create(dialog):
        type_text(find(dialog, QLineEdit, "Name"), "Neues Gremium")
        type_text(find(dialog, QLineEdit, "Kürzel"), "NEU")
        choose(find(dialog, QComboBox, "Art"), kind.label)
        shown["sides"] = find(dialog, QLabel, "Seiten des neuen Gremiums").text()
        shown["rules"] = find(dialog, QLabel, "Regeln des neuen Gremiums").text()
        accept(dialog)

    answered = when_dialog(create)
    click(find(view, QPushButton, "Gremium anlegen …"))
    assert answered.check() == "Gremium anlegen"
    assert shown["rules"] == f"nach der Vorlage „{start.name}“: {start.explanation}"
    for side in start.sides:
        assert side.name in shown["sides"]
    body = store_of.bodies.resolve("NEU")
    assert body.kind is kind
    sides = store_of.sides.list(body.id)
    assert [(s.name, s.short, s.parity, s.voting) for s in sides] == [
        (s.name, s.short, s.parity, s.voting) for s in start.sides]
    statutory = list(start.statutory) + [None] * (len(sides) - len(start.statutory))
    assert [s.statutory_seats for s in sides] == statutory
    assert {name: getattr(body, name) for name in start.rules} == start.rules
    assert view.body.id == body.id
    page = tab(view, "Seiten und Regeln")
    for side, seats in zip(sides, statutory, strict=True):
        if side.voting:
            spin = find(page, QSpinBox, f"Sitze laut GO: {side.name}")
            assert spin.text() == ("wie besetzt" if seats is None else str(seats))


def test_the_committee_dialog_names_its_statutory_seats(view):
    def look(dialog):
        choose(find(dialog, QComboBox, "Art"), "Ausschuss")
        text = find(dialog, QLabel, "Seiten des neuen Gremiums").text()
        assert text.startswith("Mitglieder der Vertretungskörperschaft (9 Sitze laut GO), "
                               "Vorgeschlagen von den freien Trägern (6 Sitze laut GO), "
                               "Beratende Mitglieder (ohne Stimmrecht)")
        dialog.reject()

    answered = when_dialog(look)
    click(find(view, QPushButton, "Gremium anlegen …"))
    answered.check()
