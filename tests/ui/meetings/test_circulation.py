"""The parts of the Protokoll tab, as real widgets on a copy of the demo: the check
before sending, and circulation, objections and approval. Only the dialogs' ``ask``
is answered by the test; what counts is what the file holds afterwards."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pinned import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)
from waiting import WAIT_MS

from sro_desktop.domain.agenda import CLOSING, MINUTES_APPROVAL
from sro_desktop.domain.enums import MeetingState
from sro_desktop.store import Store
from sro_desktop.ui.context import AppContext
from sro_desktop.ui.meetings.circulation import CirculationPanel
from sro_desktop.ui.meetings.circulation_dialogs import (
    ApprovalChoice,
    ApprovalDialog,
    ApprovalValues,
    CirculationDialog,
    CirculationValues,
    ObjectionDialog,
    ObjectionValues,
)
from sro_desktop.ui.meetings.minutes_check import MinutesCheckList

S = MeetingState


@pytest.fixture
def context(app, demo_file):
    ctx = AppContext()
    ctx.open_store(Store.open(demo_file))
    yield ctx
    ctx.close_store()


@pytest.fixture
def store(context):
    return context.s


@pytest.fixture
def shown(qtbot):
    """Show a widget as the tab would."""

    def show(widget):
        qtbot.addWidget(widget)
        widget.resize(900, 600)
        widget.show()
        return widget

    return show


@pytest.fixture
def answer(monkeypatch):
    """Answer a dialog's ask() with ``value``; the calls' arguments are kept."""

    def answer_(dialog, value):
        calls = []

        def ask(cls, *args, **kwargs):
            calls.append(args)
            return value

        monkeypatch.setattr(dialog, "ask", classmethod(ask))
        return calls

    return answer_


def item_titled(store, meeting_id, title):
    return next(i for i in store.agenda.list(meeting_id) if i.title == title)


# -- Protokoll prüfen ----------------------------------------------------------------------------


def test_check_of_a_clean_draft(context, store, shown, qtbot):
    draft = store.meetings.resolve("SG 7")
    check = shown(MinutesCheckList(context))
    check.set_meeting(draft.id)
    assert check.summary.text() == "Noch nicht geprüft."
    qtbot.mouseClick(check.check_button, Qt.MouseButton.LeftButton)
    assert check.list.count() == 0
    assert check.summary.text() == "Keine Befunde: das Protokoll ist vollständig."


def test_findings_follow_edits_and_lead_to_the_item(context, store, shown, qtbot):
    draft = store.meetings.resolve("SG 7")
    closing = item_titled(store, draft.id, CLOSING)
    check = shown(MinutesCheckList(context))
    check.set_meeting(draft.id)
    check.run_check()
    # no notes, and the closing's text module emptied: the TOP says nothing
    context.edit("Textbaustein", store.text_modules.set_text, draft.body_id, "closing", "")
    assert [check.list.item(n).text() for n in range(check.list.count())] == [
        f"TOP {closing.position} hat kein Ergebnis: keine Notizen, keinen Beschluss, "
        f"keine Aufgabe."]
    assert check.summary.text() == "1 Befund"
    entry = check.list.item(0)
    with qtbot.waitSignal(context.show_record, timeout=WAIT_MS) as shown_record, \
            qtbot.waitSignal(check.finding_activated, timeout=WAIT_MS) as activated:
        check.list.itemActivated.emit(entry)
    assert shown_record.args == ["agenda_items", closing.id]
    assert activated.args[0].record_id == closing.id
    context.undo_stack.undo()
    assert check.list.count() == 0


def test_attendance_and_objection_findings_lead_to_the_meeting(context, store, shown, qtbot):
    sent = store.meetings.resolve("SG 6")
    brandt = next(a for a in store.attendance.list(sent.id) if a.membership_id and
                  store.people.get(store.memberships.get(a.membership_id).person_id)
                  .last_name == "Brandt")
    context.edit("Anwesenheit löschen", store.attendance.delete, brandt.id)
    check = shown(MinutesCheckList(context))
    check.set_meeting(sent.id)
    found = check.run_check()
    assert [f.text for f in found][0] == "Für Jörg Brandt ist keine Anwesenheit erfasst."
    assert found[-1].text.startswith("Die Einwendung von Anke Hoffmann vom ")
    # Brandt voted at TOP 2 before his attendance was removed: one vote too many
    assert "Verwaltung 6 Stimmen, aber nur 5 stimmberechtigte Mitglieder" in found[1].text
    assert check.summary.text() == "3 Befunde"
    with qtbot.waitSignal(context.show_record, timeout=WAIT_MS) as shown_record:
        check.list.itemActivated.emit(check.list.item(0))
    assert shown_record.args == ["meetings", sent.id]


def test_a_planned_meeting_is_not_ready(context, store, shown):
    planned = store.meetings.resolve("SG 9")
    check = shown(MinutesCheckList(context))
    check.set_meeting(planned.id)
    (finding,) = check.run_check()
    assert "noch nicht stattgefunden" in finding.text
    check.set_meeting(None)
    assert not check.check_button.isEnabled()


# -- Protokoll versenden -----------------------------------------------------------------------


def test_send_the_draft(context, store, shown, qtbot, answer):
    draft = store.meetings.resolve("SG 7")
    day = draft.date + timedelta(days=5)
    calls = answer(CirculationDialog, CirculationValues("Alle Mitglieder", day, "per E-Mail"))
    panel = shown(CirculationPanel(context))
    panel.set_meeting(draft.id)
    assert panel.state_label.text() == "Zustand: Protokoll-Entwurf"
    assert panel.circulation_model.rowCount() == 0
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)

    (args,) = calls
    recipients, default_day = args[1], args[2]
    assert recipients.startswith("Stefan Ohmsen, Birgit Lange, ")
    assert "Marco Wendt" in recipients  # excused: he gets the minutes too
    assert default_day >= draft.date
    assert store.meetings.get(draft.id).state is S.SENT
    (circulation,) = store.circulations.list(draft.id)
    assert (circulation.sent_on, circulation.recipients, circulation.note) == (
        day, "Alle Mitglieder", "per E-Mail")
    assert panel.state_label.text() == "Zustand: Protokoll versandt"
    assert panel.circulation_model.data(panel.circulation_model.index(0, 1)) == (
        "Alle Mitglieder")
    assert not panel.send_error.isVisible()

    assert context.undo_stack.undoText() == "Protokoll versenden"
    context.undo_stack.undo()  # one step: the circulation and the state together
    assert store.meetings.get(draft.id).state is S.DRAFT
    assert store.circulations.list(draft.id) == []
    assert panel.circulation_model.rowCount() == 0


def test_sending_again_adds_a_circulation(context, store, shown, qtbot, answer):
    sent = store.meetings.resolve("SG 6")
    answer(CirculationDialog, CirculationValues("Frau Albrecht (Ministerium)", TODAY))
    panel = shown(CirculationPanel(context))
    panel.set_meeting(sent.id)
    assert panel.circulation_model.rowCount() == 1
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert panel.circulation_model.rowCount() == 2
    assert store.meetings.get(sent.id).state is S.SENT


def test_a_meeting_without_draft_cannot_be_sent(context, store, shown, qtbot, answer):
    held = store.meetings.resolve("PG1 4")
    calls = answer(CirculationDialog, CirculationValues("Alle", TODAY))
    panel = shown(CirculationPanel(context))
    panel.set_meeting(held.id)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert calls == []  # refused before asking
    assert panel.send_error.isVisible()
    assert "Zustand „durchgeführt“" in panel.send_error.text()
    assert store.circulations.list(held.id) == []


def test_a_refused_circulation_is_shown_next_to_the_button(context, store, shown, qtbot,
                                                           answer):
    draft = store.meetings.resolve("SG 7")
    answer(CirculationDialog, CirculationValues("Alle", draft.date - timedelta(days=1)))
    panel = shown(CirculationPanel(context))
    panel.set_meeting(draft.id)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert "vor der Sitzung" in panel.send_error.text()
    assert store.meetings.get(draft.id).state is S.DRAFT
    assert context.undo_stack.count() == 0


# -- Einwendungen ------------------------------------------------------------------------------


def test_record_and_resolve_an_objection(context, store, shown, qtbot, answer):
    sent = store.meetings.resolve("SG 6")
    day = sent.date + timedelta(days=20)
    calls = answer(ObjectionDialog, ObjectionValues(day, "TOP 4: Name falsch geschrieben.",
                                                    raised_by="Herr Kühn (Gast)"))
    panel = shown(CirculationPanel(context))
    panel.set_meeting(sent.id)
    assert panel.objection_model.rowCount() == 1  # the demo's open objection
    assert panel.objection_model.data(panel.objection_model.index(0, 1)) == "Anke Hoffmann"
    assert panel.objection_model.data(panel.objection_model.index(0, 3)) == "offen"
    qtbot.mouseClick(panel.objection_button, Qt.MouseButton.LeftButton)
    people = calls[0][1]
    assert ("Anke Hoffmann", store.objections.list(sent.id)[0].person_id) in people
    added = store.objections.list(sent.id)[1]
    assert (added.received_on, added.text, added.person_id, added.raised_by) == (
        day, "TOP 4: Name falsch geschrieben.", None, "Herr Kühn (Gast)")
    assert panel.objection_model.rowCount() == 2

    first = store.objections.list(sent.id)[0]
    panel.objections.selectRow(0)
    assert panel.edit_objection_button.isEnabled()
    calls = answer(ObjectionDialog, ObjectionValues(
        first.received_on, first.text, first.person_id, "", "In TOP 5 ergänzt."))
    qtbot.mouseClick(panel.edit_objection_button, Qt.MouseButton.LeftButton)
    assert calls[0][2] == ObjectionValues(first.received_on, first.text, first.person_id)
    assert store.objections.get(first.id).resolution == "In TOP 5 ergänzt."
    assert panel.objection_model.data(panel.objection_model.index(0, 3)) == "In TOP 5 ergänzt."
    assert context.undo_stack.undoText() == "Einwendung ändern"


def test_objection_refused_with_its_reason(context, store, shown, qtbot, answer):
    draft = store.meetings.resolve("SG 7")
    answer(ObjectionDialog, ObjectionValues(draft.date - timedelta(days=3), "Zu früh.",
                                            raised_by="X"))
    panel = shown(CirculationPanel(context))
    panel.set_meeting(draft.id)
    qtbot.mouseClick(panel.objection_button, Qt.MouseButton.LeftButton)
    assert "vor der Sitzung" in panel.objection_error.text()
    assert store.objections.list(draft.id) == []


# -- Genehmigung -------------------------------------------------------------------------------


def test_approved_minutes_show_where_and_are_locked(context, store, shown):
    approved = store.meetings.resolve("SG 4")
    approving = store.meetings.get(approved.approved_in_meeting_id)
    top = item_titled(store, approving.id, MINUTES_APPROVAL)
    panel = shown(CirculationPanel(context))
    panel.set_meeting(approved.id)
    day = approving.date.strftime("%d.%m.%Y")
    assert panel.approval_label.text() == (
        f"gesperrt, genehmigt in der {approving.number}. Sitzung am {day} zu TOP "
        f"{top.position}")
    assert panel.circulation_model.rowCount() == 1
    assert not panel.send_button.isEnabled()
    assert not panel.objection_button.isEnabled()
    assert not panel.approve_button.isVisible()


def test_the_approving_meeting_says_which_minutes_it_approved(context, store, shown):
    sent = store.meetings.resolve("SG 6")
    approved = store.meetings.resolve("SG 4")
    top = item_titled(store, sent.id, MINUTES_APPROVAL)
    panel = shown(CirculationPanel(context))
    panel.set_meeting(sent.id)
    assert panel.approved_here_label.text() == (
        f"In dieser Sitzung: TOP {top.position}: Das Protokoll der 4. Sitzung vom "
        f"{approved.date.strftime('%d.%m.%Y')} wurde genehmigt.")
    assert panel.approval_label.text() == "noch nicht genehmigt"


def test_approve_at_the_next_meetings_item(context, store, shown, qtbot, answer):
    sent = store.meetings.resolve("SG 6")
    draft = store.meetings.resolve("SG 7")
    top = item_titled(store, draft.id, MINUTES_APPROVAL)
    panel = shown(CirculationPanel(context))
    panel.set_meeting(sent.id)
    assert panel.approve_button.isVisible()
    (choice,) = panel.approval_choices()
    assert (choice.meeting_id, choice.default_item_id) == (draft.id, top.id)
    assert choice.text.startswith("7. Sitzung am ")
    assert (f"TOP {top.position}: {MINUTES_APPROVAL}", top.id) in choice.items
    answer(ApprovalDialog, ApprovalValues(draft.id, top.id))
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    stored = store.meetings.get(sent.id)
    assert (stored.state, stored.approved_in_meeting_id, stored.approved_at_item_id) == (
        S.APPROVED, draft.id, top.id)
    assert panel.approval_label.text().endswith(f"zu TOP {top.position}")
    assert not panel.send_button.isEnabled()


def test_an_item_of_another_meeting_is_refused(context, store, shown, qtbot, answer):
    sent = store.meetings.resolve("SG 6")
    draft = store.meetings.resolve("SG 7")
    elsewhere = item_titled(store, sent.id, CLOSING)
    answer(ApprovalDialog, ApprovalValues(draft.id, elsewhere.id))
    panel = shown(CirculationPanel(context))
    panel.set_meeting(sent.id)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert "gehört nicht zur genehmigenden Sitzung" in panel.approve_error.text()
    assert store.meetings.get(sent.id).state is S.SENT


# -- the dialogs themselves ----------------------------------------------------------------------


def test_circulation_dialog(app, qtbot):
    dialog = CirculationDialog(None, "Anke Hoffmann, Stefan Ohmsen", date(2026, 3, 17))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.recipients.setPlainText("  ")
    assert not ok.isEnabled()
    dialog.recipients.setPlainText("Alle Mitglieder ")
    dialog.note.setText("per Post")
    assert dialog.values() == CirculationValues("Alle Mitglieder", date(2026, 3, 17),
                                                "per Post")


def test_objection_dialog(app, qtbot):
    people = [("Anke Hoffmann", "p-h"), ("Stefan Ohmsen", "p-o")]
    dialog = ObjectionDialog(None, people, ObjectionValues(date(2026, 3, 20), ""))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.text.setPlainText("Satz fehlt.")
    assert not ok.isEnabled()  # from whom?
    dialog.raised_by.setText("Frau Kühn")
    assert ok.isEnabled()
    dialog.person.setCurrentIndex(dialog.person.findData("p-o"))
    assert not dialog.raised_by.isEnabled()
    dialog.resolution.setPlainText("Berichtigt.")
    assert dialog.values() == ObjectionValues(date(2026, 3, 20), "Satz fehlt.", "p-o", "",
                                              "Berichtigt.")


def test_approval_dialog_offers_the_items_of_the_chosen_meeting(app, qtbot):
    choices = [ApprovalChoice("m7", "7. Sitzung", (("TOP 1: Eröffnung", "a"),
                                                   ("TOP 3: Genehmigung", "b")), "b"),
               ApprovalChoice("m8", "8. Sitzung", (("TOP 1: Eröffnung", "c"),))]
    dialog = ApprovalDialog(None, choices)
    qtbot.addWidget(dialog)
    assert dialog.values() == ApprovalValues("m7", "b")
    dialog.meeting.setCurrentIndex(1)
    assert [dialog.item.itemData(n) for n in range(dialog.item.count())] == [None, "c"]
    assert dialog.values() == ApprovalValues("m8", None)


# -- models and names --------------------------------------------------------------------------


def test_the_tables_models(context, store, shown, qtmodeltester):
    panel = shown(CirculationPanel(context))
    panel.set_meeting(store.meetings.resolve("SG 6").id)  # sent, with an open objection
    assert panel.circulation_model.rowCount() > 0  # else the checks would test little
    assert panel.objection_model.rowCount() > 0
    qtmodeltester.check(panel.circulation_model)
    qtmodeltester.check(panel.objection_model)


@pytest.mark.parametrize("make", [
    lambda ctx: CirculationPanel(ctx), lambda ctx: MinutesCheckList(ctx),
    lambda ctx: CirculationDialog(None, "Alle", date(2026, 3, 1)),
    lambda ctx: ObjectionDialog(None, [("A", "a")], ObjectionValues(date(2026, 3, 1), "")),
    lambda ctx: ApprovalDialog(None, [ApprovalChoice("m", "7. Sitzung", ())]),
])
def test_every_control_has_a_name(context, store, shown, make):
    widget = shown(make(context))
    if isinstance(widget, CirculationPanel | MinutesCheckList):
        widget.set_meeting(store.meetings.resolve("SG 6").id)
    buddies = {caption.buddy() for caption in widget.findChildren(QLabel) if caption.buddy()}
    unnamed = [type(w).__name__
               for kind in (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
                            QAbstractItemView)
               for w in widget.findChildren(kind)
               if w.isVisibleTo(widget) and not isinstance(w, QHeaderView)  # named by its table
               and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
               and not (w.accessibleName() or w in buddies)]
    assert unnamed == []


def test_another_file_clears_the_parts(context, store, shown, tmp_path):
    check = shown(MinutesCheckList(context))
    panel = shown(CirculationPanel(context))
    sent = store.meetings.resolve("SG 6")
    check.set_meeting(sent.id)
    check.run_check()
    panel.set_meeting(sent.id)
    context.open_store(Store.open(tmp_path / "leer.sro", create=True))
    assert check.meeting_id is None
    assert check.list.count() == 0
    assert panel.meeting is None
    assert panel.objection_model.rowCount() == 0
    assert not panel.isEnabled()
