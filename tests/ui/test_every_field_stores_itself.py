"""Every field stores itself (issue 10, item 1): in every view, a record is chosen so its
fields show; each visible, enabled, writable text field is typed into with keys and left
one way — Tab, a click on another record, another view, closing the file, opening another
file, closing the window, Strg+Q — and the file, read fresh, holds what was typed. Left
with Tab, with a click on another record or for another view, each field is one undo step,
and undoing it takes the value back. Numbers and dates (votes, Ladungsfrist, Sitze laut GO,
dates) are typed too and left with Tab or for another view.

The fields are not named one by one: every line and text field under the view is found,
so a field added later is covered too; what is not a field of the record (filters, the
inputs of a new record) is excluded by name below, each with its reason.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest
from pinned import TODAY
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from waiting import wait_for

from sro_desktop.domain.enums import BodyKind, Choice, MeetingState, RecommendationState
from sro_desktop.store import Store
from sro_desktop.store.schema import USER_TABLES
from sro_desktop.ui.main_window import MainWindow
from sro_desktop.ui.tasks.model import TITLE

WRITTEN_TITLE = "Umlaufbeschluss zur Hospitation"
DRAFT_TOPIC = "Übertragung auf weitere Stadtteile"

# Not fields of the record shown: these start a new record (stored by their button or
# Enter) or filter a list. Per view (its attribute on the window), by accessible name.
EXCLUDED = {
    "meetings": {
        "Titel der Aufgabe",  # the TOP's "new task" row: stored by its button, as a task
        "Name des Gastes",  # the new guest's inputs (Anwesenheit): stored by "Gast hinzufügen"
        "Organisation des Gastes",
    },
    "bodies": {
        "Name der neuen Seite",  # the new side's inputs: stored by "Seite hinzufügen"
        "Kürzel der neuen Seite",
    },
}
# Filters and searches keep nothing. The window's search is outside the views; the views'
# filters are choices, not text fields. A text filter added to a view is named here.
NOT_STORED = {"Suche"}

# Fields whose content is of a kind (a time, a share): a valid value of that kind instead of
# the marker, found in its column; ``{n}`` is the field's number. The values are in no column
# of the demo before (that is checked).
OF_A_KIND = {
    "Beginn": ("07:{n:02d}", "meetings", "start_time"),
    "Ende": ("21:{n:02d}", "meetings", "end_time"),
    "Anteil für die Beschlussfähigkeit": ("5/7", "bodies", "quorum_share"),
}


@dataclass
class Scene:
    """A view with a record chosen so its fields show."""

    name: str
    view: str  # the view's attribute on the main window
    choose: Callable[[MainWindow], None]  # show the view and choose the record
    other: Callable[[MainWindow], None]  # click another record in the same view


def click_row(table: QAbstractItemView, row: int, column: int) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    QApplication.processEvents()


def table_named(root: QWidget, name: str) -> QAbstractItemView:
    [table] = [t for t in root.findChildren(QAbstractItemView)
               if t.accessibleName() == name and t.isVisibleTo(root.window())]
    return table


def click_other_row(root: QWidget, name: str, column: int) -> None:
    """Click a row of the table other than its current one."""
    table = table_named(root, name)
    current = table.currentIndex().row()
    click_row(table, 1 if current == 0 else 0, column)
    assert table.currentIndex().row() != current


def show(window: MainWindow, view: QWidget) -> None:
    window.show_view(window.views.index(view))  # type: ignore[arg-type]
    QApplication.processEvents()
    pending = getattr(view, "details_pending", None)  # details follow the list's paint
    if pending is not None:
        wait_for(lambda: not pending())


def meeting_top(state: MeetingState, has: Callable[..., bool]) -> Callable[[MainWindow], None]:
    """A meeting in ``state``, its agenda shown, a TOP chosen for which ``has`` holds."""

    def choose(window: MainWindow) -> None:
        store = window.context.s
        item = next(i for m in store.meetings.list() if m.state is state
                    for i in store.agenda.list(m.id) if has(store, i))
        show(window, window.meetings)
        agenda = window.meetings.open_meeting(item.meeting_id).agenda
        window.meetings.panel.tabs.setCurrentWidget(agenda)
        agenda.select_item(item.id)
        QApplication.processEvents()  # the decision editors are shown

    return choose


def another_top(window: MainWindow) -> None:
    click_other_row(window.meetings, "Tagesordnung", 1)


def a_task(window: MainWindow) -> None:
    show(window, window.tasks)
    click_row(table_named(window.tasks, "Aufgabenliste"), 0, TITLE)


def the_written_decision(window: MainWindow) -> None:
    show(window, window.decisions)
    decision = next(d for d in window.context.s.decisions.list() if d.written_procedure)
    table = table_named(window.decisions, "Beschlussregister")
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data() == decision.number)
    click_row(table, row, 0)
    assert window.decisions.current_decision().id == decision.id


def a_recommendation(window: MainWindow) -> None:
    show(window, window.recommendations)
    click_row(table_named(window.recommendations, "Empfehlungen"), 0, 4)


def the_steering_group(window: MainWindow) -> None:
    show(window, window.bodies)
    bodies = window.bodies
    sg = next(b for b in window.context.s.bodies.list() if b.kind is BodyKind.STEERING)
    table = table_named(bodies, "Gremien")
    proxy = bodies.bodies_proxy
    row = next(r for r in range(proxy.rowCount()) if bodies.bodies_model.record(
        proxy.mapToSource(proxy.index(r, 0)).row()).id == sg.id)
    click_row(table, row, 0)
    bodies.tabs.setCurrentWidget(bodies.rules)
    QApplication.processEvents()

SCENES = [
    Scene("TOP mit Beschluss", "meetings",
          meeting_top(MeetingState.DRAFT, lambda s, i: i.title == DRAFT_TOPIC
                      and bool(s.decisions.for_agenda_item(i.id))), another_top),
    Scene("TOP mit Empfehlung", "meetings",
          meeting_top(MeetingState.INVITED, lambda s, i: bool(i.recommendation_id)),
          another_top),
    Scene("Aufgabe", "tasks", a_task,
          lambda w: click_other_row(w.tasks, "Aufgabenliste", TITLE)),
    Scene("Umlaufbeschluss", "decisions", the_written_decision,
          lambda w: click_other_row(w.decisions, "Beschlussregister", 0)),
    Scene("Empfehlung", "recommendations", a_recommendation,
          lambda w: click_other_row(w.recommendations, "Empfehlungen", 4)),
    Scene("Meilenstein", "milestones", lambda w: None, lambda w: None),
    Scene("Gremium SG", "bodies", the_steering_group,
          lambda w: click_other_row(w.bodies, "Gremien", 0)),
]

# Ways to leave a field. Those that close the file open it again for the next field
# (seconds in all): they run with the slow tests.
WAYS = ["tab", "other record", "other view", "close file", "other file", "close window",
        "Strg+Q"]
QUICK_WAYS = WAYS[:3]


def fields(window: MainWindow, scene: Scene) -> list[QLineEdit | QPlainTextEdit]:
    """Every text field of the view the user can type into, in a fixed order."""
    view: QWidget = getattr(window, scene.view)
    excluded = EXCLUDED.get(scene.view, set()) | NOT_STORED
    found: list[QLineEdit | QPlainTextEdit] = []
    for kind in (QLineEdit, QPlainTextEdit):
        for widget in view.findChildren(kind):  # type: ignore[type-var]
            if (not widget.isVisibleTo(window) or not widget.isEnabled()
                    or widget.isReadOnly()
                    or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
                    or widget.accessibleName() in excluded):
                continue
            assert widget.accessibleName(), f"a field without a name in {scene.name}"
            found.append(widget)
    return found


def key(window: MainWindow, scene: Scene, widget: QWidget) -> tuple[str, int]:
    """The field's name and its place among fields of that name (to find it again)."""
    same = [w for w in fields(window, scene) if w.accessibleName() == widget.accessibleName()]
    return widget.accessibleName(), same.index(widget)


def field_at(window: MainWindow, scene: Scene, name: str, number: int) -> QWidget:
    return [w for w in fields(window, scene) if w.accessibleName() == name][number]


def type_keys(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Replace the field's text with keys typed; the cursor stays in the field."""
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)
    assert widget.hasFocus(), (widget.accessibleName(), QApplication.focusWidget(),
                               QApplication.activeWindow())


def leave_by_tab(widget: QWidget) -> None:
    """Tab to the next field; in a text edit, where Tab is text, the focus moves to the
    widget Tab would go to elsewhere."""
    if isinstance(widget, QPlainTextEdit) and not widget.tabChangesFocus():
        following = widget.nextInFocusChain()
        while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus
                   and following.isVisible() and following.isEnabled()):
            following = following.nextInFocusChain()
        following.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert not widget.hasFocus()
    QApplication.processEvents()


def text_columns(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    return [(table, column) for table in USER_TABLES
            for _cid, column, kind, *_ in connection.execute(f"PRAGMA table_info({table})")
            if kind.upper() == "TEXT"]


def stored(path: Path, value: str, where: tuple[str, str, str] | None) -> bool:
    """Whether the file, opened fresh, holds ``value`` (in the column given, or in any
    text column of any table)."""
    store = Store.open(path, read_only=True)
    try:
        connection = store.db.conn
        if where is not None:
            _value, table, column = where
            return bool(connection.execute(
                f"SELECT count(*) FROM {table} WHERE {column} = ?", (value,)).fetchone()[0])
        return any(connection.execute(
            f"SELECT 1 FROM {table} WHERE instr({column}, ?) > 0 LIMIT 1",
            (value,)).fetchone() for table, column in text_columns(connection))
    finally:
        store.close()


def activate(qtbot, window: MainWindow) -> None:
    """The keys go to the window, and the focus leaves fields, as on a desktop."""

    def active() -> bool:
        QApplication.processEvents()
        window.activateWindow()  # (once the shown window is exposed)
        return window.isActiveWindow()

    qtbot.waitUntil(active)


@pytest.fixture
def window_on(open_window, qtbot):
    """A window on the file, active."""

    def open_(path: Path) -> MainWindow:
        window = open_window(path)
        activate(qtbot, window)
        return window

    return open_


@pytest.fixture
def prepared_file(tmp_path, demo_template):
    """The demo with an Umlaufbeschluss (its fields are the register's to edit), one
    member's answer recorded."""
    path = tmp_path / "felder.sro"
    shutil.copy(demo_template, path)
    store = Store.open(path)
    try:
        with store.edit():
            written = store.decisions.add_written(
                WRITTEN_TITLE, store.bodies.resolve("SG").id, TODAY - timedelta(7),
                wording="Die Steuerungsgruppe hospitiert.", deadline=TODAY + timedelta(14))
            first, *rest = written.ballots
            store.decisions.record_ballots(written.id, [
                replace(first, choice=Choice.YES, answered_on=TODAY), *rest])
    finally:
        store.close()
    return path


def test_the_scenes_show_the_fields_of_their_records(window_on, prepared_file):
    """The scenes find what the issue lists (a guard against a scene that shows nothing)."""
    window = window_on(prepared_file)
    names = {}
    for scene in SCENES:
        scene.choose(window)
        names[scene.name] = sorted(w.accessibleName() for w in fields(window, scene))
    assert names == {
        "TOP mit Beschluss": ["Beginn", "Ende", "Ergebnis des TOP", "Notizen", "Ort",
                              "Titel des Beschlusses", "Wortlaut des Beschlusses"],
        "TOP mit Empfehlung": ["Beginn", "Begründung der Antwort", "Ende", "Ergebnis des TOP",
                               "Notizen", "Ort"],
        "Aufgabe": ["Beschreibung", "Titel der Aufgabe"],
        "Umlaufbeschluss": ["Titel des Beschlusses", "Wortlaut"],
        "Empfehlung": ["Antwort mit Begründung"],
        # a milestone is changed in its dialog ("Bearbeiten …"); only its state is inline
        "Meilenstein": [],
        "Gremium SG": ["Anteil für die Beschlussfähigkeit", "Genitiv", "Kürzel", "Name",
                        "Ort der Unterschrift"],
    }


@pytest.mark.parametrize("way", [way if way in QUICK_WAYS else pytest.param(
    way, marks=pytest.mark.slow) for way in WAYS])
def test_every_field_stores_itself(window_on, prepared_file, tmp_path, qtbot, way):
    window = window_on(prepared_file)
    another_file = tmp_path / "andere.sro"
    shutil.copy(prepared_file, another_file)
    n = 0
    for scene in SCENES:
        scene.choose(window)
        for name, number in [key(window, scene, w) for w in fields(window, scene)]:
            n += 1
            where = OF_A_KIND.get(name)
            # a marker short enough for a Kürzel
            value = where[0].format(n=n) if where else f"q{n}x{WAYS.index(way)}z"
            if where:
                assert not stored(prepared_file, value, where), value
            scene.choose(window)  # as the secretary finds it again
            # the keys go to the main window (a step button of the meeting panel, added and
            # taken out again before Qt showed it, can show as a window of its own when a
            # file opens, and take the activation: known, left to the meetings panel)
            activate(qtbot, window)
            widget = field_at(window, scene, name, number)
            steps = window.context.undo_stack.index()
            type_keys(widget, value)  # type: ignore[arg-type]
            if way == "tab":
                leave_by_tab(widget)
            elif way == "other record":
                scene.other(window)
            elif way == "other view":
                others = [v for v in window.views if v is not getattr(window, scene.view)]
                show(window, others[0])
            elif way == "close file":
                window.close_file()
            elif way == "other file":
                assert window.open_file(another_file)
            elif way == "close window":
                window.close()
            else:  # typed in the field, as the secretary quits
                QTest.keyClick(widget, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
                assert not window.isVisible()
            assert stored(prepared_file, value, where), (scene.name, name, way)
            if way in QUICK_WAYS:  # one undo step, and undoing it takes the value back
                undo = window.context.undo_stack
                assert undo.index() == steps + 1, (
                    scene.name, name, way, [undo.text(i) for i in range(steps, undo.index())])
                window.undo_action.trigger()
                assert not stored(prepared_file, value, where), (scene.name, name, way)
            if way in ("close file", "other file"):
                assert window.open_file(prepared_file)
            elif way in ("close window", "Strg+Q"):
                window = window_on(prepared_file)
    assert n == 23


# Numbers and dates (spin boxes, date fields): a valid value of their kind, found in their
# column. By accessible name (a side's votes at a TOP: "<side> Ja"; the day of a member's
# answer in a written procedure: "Datum der Antwort von <name>").
NUMBER_COLUMNS = {"Ja": "yes", "Nein": "no", "Enthaltung": "abstain"}
DATE_COLUMNS = {
    "Datum": ("meetings", "date"),
    "Fällig am": ("tasks", "due_date"),
    "Datum des Beschlusses": ("decisions", "decided_on"),
    "Frist": ("decisions", "deadline"),
    "Beantwortet am": ("recommendations", "responded_on"),
}
NOT_A_FIELD_OF_THE_RECORD = {
    ("meetings", "Fällig am"),  # the new task's due date at a TOP: stored with the new task
    # the scene's recommendation is not answered yet: the date is stored with an answer (a
    # date typed before the answer is chosen is not kept: left to the Empfehlungen view)
    ("recommendations", "Beantwortet am"),
}


def spin_fields(window: MainWindow, scene: Scene) -> list[QAbstractSpinBox]:
    return [w for w in getattr(window, scene.view).findChildren(QAbstractSpinBox)
            if w.isVisibleTo(window) and w.isEnabled() and not w.isReadOnly()
            and (scene.view, w.accessibleName()) not in NOT_A_FIELD_OF_THE_RECORD]


def column_of(name: str) -> tuple[str, str]:
    if name in DATE_COLUMNS:
        return DATE_COLUMNS[name]
    if name.startswith("Datum der Antwort von "):  # a member's answer, written procedure
        return "ballots", "answered_on"
    if name == "Ladungsfrist":
        return "bodies", "notice_days"
    if name.startswith("Sitze laut GO: "):  # a voting side's statutory seats
        return "sides", "statutory_seats"
    return "votes", NUMBER_COLUMNS[name.rsplit(" ", 1)[-1]]


def count(path: Path, table: str, column: str, value: object) -> int:
    store = Store.open(path, read_only=True)
    try:
        return store.db.conn.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ?", (value,)).fetchone()[0]
    finally:
        store.close()


@pytest.mark.parametrize("way", ["tab", "other view"])
def test_every_number_and_date_stores_itself(window_on, prepared_file, qtbot, way):
    window = window_on(prepared_file)
    n = 0
    for scene in SCENES:
        scene.choose(window)
        names = [w.accessibleName() for w in spin_fields(window, scene)]
        assert len(set(names)) == len(names)
        if scene.view == "recommendations":  # (see NOT_A_FIELD_OF_THE_RECORD)
            assert window.recommendations.editor.rec.state in (
                RecommendationState.RECEIVED, RecommendationState.ON_AGENDA)
        for name in names:
            scene.choose(window)
            activate(qtbot, window)
            [widget] = [w for w in spin_fields(window, scene) if w.accessibleName() == name]
            if (scene.view == "meetings" and not isinstance(widget, QDateEdit)
                    and widget.value() == 0):  # type: ignore[attr-defined]
                continue  # one vote more at a TOP is more than present: refused, as it should
            n += 1
            table, column = column_of(name)
            if isinstance(widget, QDateEdit):
                day = widget.date().addDays(-1)
                typed, value = day.toString("dd.MM.yyyy"), day.toString("yyyy-MM-dd")
            else:
                number = widget.value() - 1 if widget.value() > 0 else 1  # type: ignore[attr-defined]
                typed, value = str(number), number
            before = count(prepared_file, table, column, value)
            steps = window.context.undo_stack.index()
            widget.setFocus()
            widget.selectAll()
            QTest.keyClicks(widget, typed)
            if way == "tab":
                QTest.keyClick(widget, Qt.Key.Key_Tab)
            else:
                others = [v for v in window.views if v is not getattr(window, scene.view)]
                show(window, others[0])
            assert count(prepared_file, table, column, value) > before, (scene.name, name, way)
            assert window.context.undo_stack.index() == steps + 1, (scene.name, name, way)
            window.undo_action.trigger()
            assert count(prepared_file, table, column, value) == before, (scene.name, name, way)
    assert n == 11  # with the statutory seats of the steering group's two voting sides
