"""What the window shows a person, as text: harvested from real widgets, and the dialogs
reached the way a person reaches them (every button and menu entry ending in "…").

Used by tests/ui/test_languages.py to find German in the English window and English in
the German one.
"""

from __future__ import annotations

import html
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

CATALOGUE = Path(__file__).resolve().parents[1] / "resources" / "translations" / \
    "sro_desktop_en.ts"
CAUGHT = "caughtByTheTest"
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def plain(text: str) -> str:
    """Text as read: no markup, no accelerator ampersands."""
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    return re.sub(r"&(&?)", r"\1", text).strip()


@dataclass
class Shown:
    """Texts with where they were seen ("MeetingsView > QLabel: …")."""

    texts: list[tuple[str, str, bool]] = field(default_factory=list)  # (where, text, cell)
    dialogs: set[str] = field(default_factory=set)

    def add(self, where: str, text: object, *, cell: bool = False) -> None:
        if isinstance(text, str) and text.strip():
            self.texts.append((where, plain(text), cell))


def harvest(root: QWidget, shown: Shown, where: str, *, rows: int = 25) -> None:
    """The texts of ``root`` and its visible children."""
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root))]
    for widget in widgets:
        here = f"{where} > {type(widget).__name__}"
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                     widget.statusTip(), widget.whatsThis()):
            shown.add(here, text)
        if widget.isWindow():
            shown.add(here, widget.windowTitle())
        if isinstance(widget, QLabel):
            shown.add(here, widget.text())
        elif isinstance(widget, QAbstractButton):
            shown.add(here, widget.text())
        elif isinstance(widget, QGroupBox):
            shown.add(here, widget.title())
        elif isinstance(widget, QLineEdit):
            shown.add(here, widget.placeholderText())
        elif isinstance(widget, QTextBrowser):
            shown.add(here, widget.toPlainText())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            shown.add(here, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                shown.add(here, widget.itemText(index), cell=True)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                shown.add(here, widget.tabText(index))
                shown.add(here, widget.tabToolTip(index))
        elif isinstance(widget, QMessageBox):
            shown.add(here, widget.text())
            shown.add(here, widget.informativeText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model_texts(widget.model(), shown, here, rows)


def model_texts(model: QAbstractItemModel, shown: Shown, where: str, rows: int) -> None:
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns):
        for role in ROLES:
            shown.add(where, model.headerData(column, Qt.Orientation.Horizontal, role))
    for row in range(min(rows, model.rowCount(root))):
        for column in range(columns):
            index = model.index(row, column)
            for role in ROLES:
                shown.add(where, model.data(index, role), cell=True)


def menu_texts(menu: QMenu, shown: Shown, where: str) -> None:
    for action in menu.actions():
        shown.add(where, action.text())
        shown.add(where, action.toolTip() if action.toolTip() != action.text().replace(
            "&", "") else "")
        if action.menu() is not None:
            menu_texts(action.menu(), shown, f"{where} > {plain(action.text())}")


def opens_a_dialog(text: str) -> bool:
    return text.rstrip().endswith(("…", "..."))


def catch_windows(act: Callable[[], object], shown: Shown, where: str, *,
                  answers: Mapping[str, Callable[[QWidget], None]] | None = None) -> None:
    """Do ``act``; every dialog it opens (modal, also one after another) and every new
    window is harvested and then closed, cancelled (a file dialog: cancelled too) — or,
    when ``answers`` has its class's name, answered by it (a file chosen, OK), to reach
    the dialog that comes next."""
    before = set(QApplication.topLevelWidgets())

    def catch() -> None:
        widget = QApplication.activeModalWidget()
        # marked on the widget: an id() of Python's comes again for the next one
        if widget is None or widget.property(CAUGHT):
            return
        widget.setProperty(CAUGHT, True)
        take(widget)

    def take(widget: QWidget) -> None:
        name = type(widget).__name__
        shown.dialogs.add(name)
        if not isinstance(widget, QFileDialog):  # Qt's own, in Qt's translation
            harvest(widget, shown, f"{where} > {name}")
        if answers and name in answers:
            answers[name](widget)
        elif isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    timer = QTimer()
    timer.timeout.connect(catch)
    timer.start(5)
    try:
        act()
        QApplication.processEvents()
    finally:
        timer.stop()
    for widget in QApplication.topLevelWidgets():
        if widget not in before and widget.isVisible() and not isinstance(widget, QMenu):
            take(widget)


def buttons_opening_dialogs(root: QWidget) -> Iterator[QAbstractButton]:
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.isEnabled() and opens_a_dialog(button.text()):
            yield button


def data_values(path: Path) -> list[str]:
    """Every text the file's records hold: names, titles, places are the user's, in
    whatever language she writes them (longest first)."""
    values: set[str] = set()
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                values.update(v for (v,) in db.execute(
                    f'SELECT DISTINCT "{column}" FROM "{table}" '
                    f'WHERE typeof("{column}") = \'text\' AND length("{column}") > 1'))
    return sorted(values, key=len, reverse=True)


WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
PATH = re.compile(r"\S*[/\\]\S*|\S+\.(?:sro|docx|pdf|csv|xlsx|ics|json|zip)\b")
KEY = re.compile(r"\{[^{}\s][^{}]*\}")
UMLAUT = re.compile(r"[äöüÄÖÜß]")
# Words of the German UI that an English text would not hold (checked after the words of
# the user's records are taken out).
GERMAN_WORDS = set("""
und der die das den dem des nicht mit für von vom zum zur ist sind wird werden kein keine
keinen noch schon oder aber auch nach bei eine einer eines einem ein neue neuen neuer
sitzung sitzungen beschluss beschlüsse aufgabe aufgaben empfehlung empfehlungen meilenstein
meilensteine gremium gremien mitglied mitglieder datei öffnen speichern entfernen hinzufügen
bearbeiten anwesend entschuldigt protokoll tagesordnung datum zustand beginn ende titel
ansicht hilfe suchen einladung stimmen enthaltung enthaltungen ja nein abbrechen schließen
haushalt stellen stelle vorsitz seite seiten träger geplant durchgeführt abgesagt alle
bis ab im zu über unter jahr jahre quartal soll ist betrag
""".split())
ENGLISH_WORDS = set("""
the and of with is are to from this that these not no yes meeting meetings decision
decisions task tasks file save open cancel close remove delete add new edit view help
search minutes agenda member members body bodies milestone milestones recommendation
recommendations written attendance present absent excused chair posts
invitation votes vote abstention abstentions settings language about guide
""".split())


def catalogue() -> list[tuple[str, str]]:
    """(German source, English translation) of every finished message."""
    pairs = []
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        texts = [t.text or "" for t in translation.iter("numerusform")] or [translation.text or ""]
        pairs.extend((plain(source), plain(text)) for text in texts if text)
    return pairs


PLACEHOLDER = re.compile(r"%\d|%n|\{\w*\}")


def cut(text: str) -> str:
    return text if len(text) <= 120 else text[:117] + "…"


def template(source: str) -> re.Pattern[str]:
    parts = PLACEHOLDER.split(source)
    return re.compile("(.+?)".join(re.escape(p) for p in parts), re.DOTALL)


def foreign(shown: Shown, language: str, values: list[str]) -> list[str]:
    """Texts (with where they were seen) in the other language than ``language``: once
    the user's own texts are taken out of it, a text of the catalogue in the other
    language (as it is, or with its placeholders filled), or a word only the other
    language has."""
    pairs = catalogue()
    ours = {(t if language == "en" else s) for s, t in pairs}
    theirs = [(s if language == "en" else t) for s, t in pairs if s != t]
    exact = {text for text in theirs if len(text) > 3} - ours
    patterns = [template(text) for text in theirs if PLACEHOLDER.search(text)
                and len(WORD.findall(PLACEHOLDER.sub(" ", text))) > 1]  # two words of its own
    data = {w.lower() for value in values for w in WORD.findall(value)}
    data |= {w[:n] for w in data for n in range(4, len(w))}  # a word cut short in a cell
    found = []
    for where, text, cell in shown.texts:
        text = PATH.sub(" ", text)  # a file's path is the user's
        text = KEY.sub(" ", text)  # a text module's {Datum}: typed by the user, in any language
        if text in ours:
            continue
        rest = text
        for value in values:  # the user's texts taken out whole
            if value in rest:
                rest = rest.replace(value, "\n")
        bad: list[str] = []
        for piece in (p.strip() for p in rest.split("\n")):
            if not piece or piece in ours:
                continue
            if piece in exact or any(p.fullmatch(piece) for p in patterns):
                bad.append(piece)
                continue
            words = WORD.findall(piece)
            if cell:  # a cell may show the user's text cut short: word by word
                words = [w for w in words if w.lower() not in data]
            if language == "en":
                bad += [w for w in words if UMLAUT.search(w)
                        or (w.lower() in GERMAN_WORDS and not w.isupper())]  # not "MIT"
            else:
                bad += [w for w in words if w.lower() in ENGLISH_WORDS]
        if bad:
            found.append(f"{cut(text)!r} ({', '.join(dict.fromkeys(bad))})  [{where}]")
    return sorted(set(found))
