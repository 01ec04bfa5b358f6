"""Hilfe › Anleitung (F1) and Hilfe › Was ist neu: the guide of ``resources/help`` in a
window of its own (not modal: it stays open beside the work), with its headings on the
left and a find field (Strg+F in the window)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import language, paths

# page key -> (German file, English file)
PAGES = {"guide": ("anleitung.de.md", "guide.en.md"),
         "news": ("neu.de.md", "whats_new.en.md")}
HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*$")
MATCH_COLOUR = QColor("#ffe066")  # dark text on it: far above 4.5:1


def help_language() -> str:
    """The help's language: the program's (``SRO_LANG``, else the one chosen under
    Bearbeiten › Einstellungen); German for any language without a page of its own."""
    return "en" if language.chosen() == "en" else "de"


def help_file(page: str, language: str | None = None) -> Path:
    german, english = PAGES[page]
    name = english if (language or help_language()) == "en" else german
    return paths.resources_dir() / "help" / name


def headings(markdown: str) -> list[tuple[int, str]]:
    """The page's headings (level, text), as the table of contents shows them."""
    found = []
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        match = None if fenced else HEADING.match(line)
        if match:
            found.append((len(match.group(1)), match.group(2)))
    return found


class HelpWindow(QWidget):
    """One per main window; :func:`show_help` makes it or brings it to the front."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("HelpWindow")
        self.setWindowTitle(self.tr("Hilfe – SRO Desktop"))
        self.page = ""
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Inhalt"))
        self.contents.itemActivated.connect(self._heading_chosen)
        self.contents.itemClicked.connect(self._heading_chosen)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Hilfetext"))
        self.browser.setOpenExternalLinks(True)
        self.find_field = QLineEdit()
        self.find_field.setAccessibleName(self.tr("In der Hilfe suchen"))
        self.find_field.setPlaceholderText(self.tr("In der Hilfe suchen … (Strg+F)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.textChanged.connect(self._mark_matches)
        self.find_field.returnPressed.connect(self.find_next)
        self.next_button = QPushButton(self.tr("&Weitersuchen"))
        self.next_button.clicked.connect(self.find_next)
        self.found_label = QLabel()
        self.found_label.setAccessibleName(self.tr("Treffer"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        find_row = QHBoxLayout()
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.next_button)
        find_row.addWidget(self.found_label)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(find_row)
        column.addWidget(self.browser, 1)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(960, 680)
        geometry = QSettings().value("help/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def show_page(self, page: str) -> None:
        """Show the guide ("guide") or what is new ("news"), with its headings."""
        if page != self.page:
            try:
                text = help_file(page).read_text(encoding="utf-8")
            except OSError:
                text = self.tr("# Hilfe nicht gefunden\n\nDie Hilfedateien fehlen in "
                               "dieser Installation.")
            self.page = page
            self.browser.setMarkdown(text)
            self._fill_contents(text)
            self._mark_matches(self.find_field.text())
        self.browser.verticalScrollBar().setValue(0)

    def _fill_contents(self, text: str) -> None:
        self.contents.clear()
        parents: dict[int, QTreeWidgetItem] = {}
        for level, title in headings(text):
            parent = next((parents[up] for up in range(level - 1, 0, -1) if up in parents),
                          None)
            item = QTreeWidgetItem([title])
            if parent is None:
                self.contents.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parents = {k: v for k, v in parents.items() if k < level}
            parents[level] = item
        self.contents.expandAll()

    def _heading_chosen(self, item: QTreeWidgetItem) -> None:
        self.go_to_heading(item.text(0))

    def go_to_heading(self, title: str) -> bool:
        """Scroll the text so that the heading stands at the top."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip() == title:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                top = document.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        return False

    # finding ---------------------------------------------------------------------
    def focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def _mark_matches(self, text: str) -> None:
        """Every match highlighted; the count beside the field."""
        selections = []
        text = text.strip()
        if text:
            document = self.browser.document()
            cursor = document.find(text)
            marked = QTextCharFormat()
            marked.setBackground(MATCH_COLOUR)
            marked.setForeground(QColor("black"))
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[attr-defined]
                selection.format = marked  # type: ignore[attr-defined]
                selections.append(selection)
                cursor = document.find(text, cursor)
        self.browser.setExtraSelections(selections)
        if not text:
            self.found_label.setText("")
        elif selections:
            self.found_label.setText(self.tr("%n Treffer", "", len(selections)))
        else:
            self.found_label.setText(self.tr("nicht gefunden"))

    def find_next(self) -> bool:
        """Jump to the next match after the cursor, from the top again after the last."""
        text = self.find_field.text().strip()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return self.browser.find(text, QTextDocument.FindFlag(0))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Its size and place, for the next time it opens."""
        QSettings().setValue("help/geometry", self.saveGeometry())
        super().closeEvent(event)


def show_help(window: QWidget, page: str = "guide") -> HelpWindow:
    """The help window of ``window`` (made once), on ``page``, in front."""
    help_window = window.findChild(HelpWindow)
    if help_window is None:
        help_window = HelpWindow(window)
    help_window.show_page(page)
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    return help_window
