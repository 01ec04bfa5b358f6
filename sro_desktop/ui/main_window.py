"""The main window: files, navigation, global search, undo.

The program shows the window first and reads the file after its first paint
(:func:`~sro_desktop.ui.app.run`): the window's frame needs Qt only, and its pages
(``pages_later``), the store and the documents are loaded with the first file.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..domain.words import QT_TRANSLATE_NOOP, say
from ..store.errors import StoreError
from .common.editors import store_open_editors
from .common.pages import sized_by_current_page
from .context import AppContext
from .crash import note
from .exchange import install_exchange_menu

if TYPE_CHECKING:
    from ..store.search import SearchHit
    from .backups import AutoBackup
    from .bodies.view import BodiesView
    from .common.search_popup import SearchPopup
    from .common.view import View
    from .decisions.view import DecisionsView
    from .meetings.view import MeetingsView
    from .milestones.view import MilestonesView
    from .recommendations.view import RecommendationsView
    from .tasks.view import TasksView

# The pages' titles, as each page's title() gives them (tests/ui/test_main_window.py holds
# them equal), for the navigation and the menu made before the pages.
PAGE_TITLES = (("MeetingsView", "Sitzungen"), ("TasksView", "Aufgaben"),
               ("DecisionsView", "Beschlüsse"), ("RecommendationsView", "Empfehlungen"),
               ("MilestonesView", "Meilensteine"), ("BudgetView", "Haushalt & Stellen"),
               ("BodiesView", "Gremien & Mitglieder"))
RECENT_MAX = 8
DEFAULT_SIZE = (1280, 800)
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "SRO-Dateien (*.sro);;Alle Dateien (*)")


def settings() -> QSettings:
    return QSettings()


def menu_text(text: str) -> str:
    """A name shown as it is in a menu: its "&" is no mnemonic ("Gremien && Mitglieder")."""
    return text.replace("&", "&&")


def ask_open_path(parent: QWidget) -> Path | None:
    """The file dialogs, one function each, so tests can answer them."""
    name, _ = QFileDialog.getOpenFileName(parent, say("MainWindow", "SRO-Datei öffnen"), "",
                                          say("MainWindow", FILE_FILTER))
    return Path(name) if name else None


def ask_save_path(parent: QWidget, title: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, "", say("MainWindow", FILE_FILTER))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".sro")


class MainWindow(QMainWindow):
    # made by make_pages: at once, or with the first file opened (pages_later)
    auto_backup: AutoBackup
    meetings: MeetingsView
    tasks: TasksView
    decisions: DecisionsView
    recommendations: RecommendationsView
    milestones: MilestonesView
    bodies: BodiesView
    search_popup: SearchPopup

    def __init__(self, context: AppContext | None = None, *, pages_later: bool = False):
        """``pages_later``: at the program's start the window paints first, with only the
        name of the file it opens (:meth:`show_opening`); its frame and pages are made
        with the first file opened (:meth:`open_file`, :meth:`finish`)."""
        super().__init__()
        self.context = context or AppContext(self)
        self.context.changed.connect(self._update_counts)
        self.context.show_record.connect(self.go_to)
        self.context.flush.connect(store_open_editors)  # the cell being typed into, first
        self.setObjectName("MainWindow")
        self.setWindowTitle("SRO Desktop")
        self.views: list[View] = []
        self.statusBar()
        default_size(self)
        restore_geometry(self)
        self._program_start = pages_later
        if not pages_later:
            self.finish()

    def finish(self) -> None:
        """Make the frame (navigation, menus, search) and the pages, unless made. At the
        program's start, what is made by then lives as long as the program: it leaves
        the garbage collector's rounds (gc.freeze), which then only walk the records
        read since (scrolling through 20,000 tasks: a quarter less time)."""
        if self.views:
            return
        self._make_frame()
        make_pages(self)
        self._on_file_opened()
        if self._program_start:
            gc.freeze()

    def _make_frame(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(170)
        for context_name, title in PAGE_TITLES:
            self.navigation.addItem(QListWidgetItem(QCoreApplication.translate(context_name,
                                                                               title)))
        self.stack = QStackedWidget()
        sized_by_current_page(self.stack)  # a narrow window: not as wide as the widest page
        self.navigation.currentRowChanged.connect(self._view_chosen)
        self.empty_page = self._empty_page()
        self.stack.addWidget(self.empty_page)
        self.banner = self._demo_banner()
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.navigation)
        # The pages in a scroll area: a page taller or wider than a small screen allows
        # scrolls instead of making the window larger than the screen.
        self.stack_area = QScrollArea()
        self.stack_area.setWidgetResizable(True)
        self.stack_area.setFrameShape(QFrame.Shape.NoFrame)
        self.stack_area.setWidget(self.stack)
        self.stack_area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Tab: to the page
        row.addWidget(self.stack_area, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.banner)
        column.addWidget(body, 1)
        self.setCentralWidget(central)

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Suchen … (Strg+F)"))
        self.search_field.setAccessibleName(self.tr("Suche"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setFixedWidth(280)
        self.search_field.returnPressed.connect(self.run_search)
        self.search_timer = QTimer(self, singleShot=True, interval=250)
        self.search_timer.timeout.connect(self.run_search)
        self.search_field.textEdited.connect(lambda _text: self.search_timer.start())
        self._build_menus()

    def show_opening(self, path: Path) -> None:
        """Before the first paint at the program's start: the file about to be read."""
        label = QLabel(self.tr("%1 wird geöffnet …").replace("%1", path.name))
        page = QWidget()
        row = QHBoxLayout(page)  # centred by stretches: Qt's namespace loads slowly (~12 ms)
        row.addStretch()
        row.addWidget(label)
        row.addStretch()
        self.setCentralWidget(page)
        self.statusBar().showMessage(str(path))

    # layout pieces -----------------------------------------------------------
    def _demo_banner(self) -> QFrame:
        banner = QFrame()  # coloured with the pages (make_pages): it shows with a file
        banner.setObjectName("demoBanner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 4, 10, 4)
        text = QLabel(self.tr("<b>Demo-Daten</b> – alle Namen sind erfunden. Zum Ausprobieren "
                              "frei ändern; für die echte Arbeit eine leere Datei beginnen."))
        text.setWordWrap(True)  # a narrow window (200 %) wraps it instead of widening
        self.start_empty_button = QPushButton(self.tr("&Leere Datei beginnen …"))
        self.start_empty_button.clicked.connect(self.new_file)
        row.addWidget(text, 1)
        row.addWidget(self.start_empty_button)
        return banner

    def _empty_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch()
        self.empty_label = QLabel(self.tr("Keine Datei geöffnet."))
        centred = QHBoxLayout()  # not by alignment: Qt's namespace loads slowly (~12 ms)
        centred.addStretch()
        centred.addWidget(self.empty_label)
        centred.addStretch()
        column.addLayout(centred)
        row = QHBoxLayout()
        row.addStretch()
        for text, slot in ((self.tr("&Neue Datei …"), self.new_file),
                           (self.tr("Datei ö&ffnen …"), self.open_dialog),
                           (self.tr("&Demo öffnen"), self.open_demo)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        column.addLayout(row)
        column.addStretch()
        return page

    def _add(self, menu: QMenu, text: str, slot: Callable[..., object],
             shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _c=False: note(f"Menü {text.replace('&', '')}"))  # first
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        self._add(file_menu, self.tr("&Neu …"), self.new_file, QKeySequence("Ctrl+Shift+N"))
        self._add(file_menu, self.tr("Ö&ffnen …"), self.open_dialog,
                     QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("&Zuletzt geöffnet"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.copy_action = self._add(file_menu, self.tr("&Kopie speichern unter …"),
                                        self.save_copy)
        self.restore_action = self._add(file_menu, self.tr("Sicherung &wiederherstellen …"),
                                           self.restore_backup)
        self.close_action = self._add(file_menu, self.tr("&Schließen"), self.close_file,
                                         QKeySequence.StandardKey.Close)
        install_exchange_menu(self, file_menu)  # Kopie für einen anderen Laptop, Austausch
        file_menu.addSeparator()
        self.demo_action = self._add(file_menu, self.tr("De&mo öffnen"), self.open_demo)
        self._add(file_menu, self.tr("&Große Demo-Datei erzeugen …"), self.make_large_demo)
        file_menu.addSeparator()
        # Strg+Q everywhere: the standard "Quit" key is none on Windows
        self._add(file_menu, self.tr("&Beenden"), self.close, QKeySequence("Ctrl+Q"))

        edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        self.undo_action = self.context.undo_stack.createUndoAction(self, self.tr("&Rückgängig"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.context.undo_stack.createRedoAction(self, self.tr("&Wiederholen"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        add_edit_actions(self, edit_menu)  # Suchen, Einstellungen

        export_menu = bar.addMenu(self.tr("E&xport"))
        self.export_actions = [
            self._add(export_menu, self.tr("&Protokoll der Sitzung …"),
                         lambda: self._meeting_export("minutes")),
            self._add(export_menu, self.tr("&Einladung zur Sitzung …"),
                         lambda: self._meeting_export("invitation")),
            self._add(export_menu, self.tr("Beschluss&kontrolle (Aufgaben) …"),
                         lambda: list_export(self, "tasks")),
            self._add(export_menu, self.tr("Beschluss&register …"),
                         lambda: list_export(self, "decisions")),
            self._add(export_menu, self.tr("&Sachstandsbericht …"),
                         lambda: list_export(self, "report")),
        ]
        add_document_actions(self, file_menu, export_menu)  # Unterschriften, .ics, Drucken
        self._add(export_menu, self.tr("&Vorlagen …"), lambda: templates(self))

        view_menu = bar.addMenu(self.tr("&Ansicht"))
        for number in range(len(PAGE_TITLES)):
            self._add(view_menu, menu_text(self.navigation.item(number).text()),
                         lambda _checked=False, n=number: self.show_view(n),
                         QKeySequence(f"Ctrl+{number + 1}"))

        help_menu = bar.addMenu(self.tr("&Hilfe"))
        add_help_actions(self, help_menu)  # Anleitung (F1), Was ist neu, Regeln
        self._add(help_menu, self.tr("Ü&ber SRO Desktop"), self.about)
        # In a box of its own: the menu bar places a corner widget by its size hint, and
        # the field's fixed width alone would reach past the window's right edge.
        corner = self.search_corner = QWidget()  # kept: the menu bar does not own it in Python
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 1, 4, 1)
        row.addWidget(self.search_field)
        bar.setCornerWidget(corner)  # top right

    # files ---------------------------------------------------------------------
    def open_file(self, path: Path, *, create: bool = False) -> bool:
        """Open (or create) a file; a refusal is shown and the current file stays open.
        A file another writer has is opened read-only if the user says so (file_in_use)."""
        current = self.context.store
        if current is not None and not current.read_only and current.path.resolve() == \
                Path(path).resolve():
            return True  # open here already, for writing
        from .file_in_use import open_store, warn_about_storage

        self.finish()
        try:
            store = open_store(self, path, create=create)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Datei nicht geöffnet"), str(exc))
            return False
        if store is None:  # in use elsewhere, and the user cancelled
            return False
        self.context.open_store(store)
        remember_file(path)
        warn_about_storage(self, store)
        return True

    def new_file(self) -> None:
        path = ask_save_path(self, self.tr("Neue SRO-Datei"))
        if path is None:
            return
        if path.exists():
            QMessageBox.warning(self, self.tr("Datei nicht angelegt"), self.tr(
                "%1 gibt es schon. Bitte einen neuen Namen wählen oder die Datei öffnen.")
                .replace("%1", str(path)))
            return
        if self.open_file(path, create=True):
            self.show_view(len(self.views) - 1)  # a new file starts with its bodies

    def open_dialog(self) -> None:
        path = ask_open_path(self)
        if path is not None:
            self.open_file(path)

    def restore_backup(self) -> bool:
        """Datei › Sicherung wiederherstellen …; whether a backup was restored."""
        from .backups import restore_from_backup

        message = restore_from_backup(self, self.context, self.open_file, self.auto_backup)
        if message is not None:
            self.statusBar().showMessage(message)
        return message is not None

    def open_demo(self) -> None:
        from ..store.demo import write_demo

        path = paths.demo_db_path()
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            write_demo(path)
        self.open_file(path)

    def _meeting_export(self, kind: str) -> None:
        """Minutes or invitation of the meeting in the meeting view."""
        if self.context.store is None:
            return
        self.show_view(0)
        self.meetings.export_document(kind)

    def make_large_demo(self) -> None:
        path = write_large_demo(self)
        if path is not None:
            self.open_file(path)

    def save_copy(self) -> None:
        if self.context.store is None:
            return
        path = ask_save_path(self, self.tr("Kopie speichern unter"))
        if path is None:
            return
        try:
            self.context.store.save_copy(path)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Kopie nicht gespeichert"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Kopie gespeichert: %1").replace("%1", str(path)),
                                     5000)

    def close_file(self) -> None:
        self.context.close_store()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        if not files:
            action = self.recent_menu.addAction(self.tr("(keine)"))
            action.setEnabled(False)
        for number, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {menu_text(name)}")
            action.triggered.connect(lambda _checked=False, p=name: self.open_file(Path(p)))

    def _on_file_opened(self) -> None:
        from .file_in_use import show_file_state, title_suffix
        from .integrity import check_approved_minutes

        store = self.context.store
        show_file_state(self, store)
        check_approved_minutes(self, self.context)
        if store is None:
            self._show_no_file()
            return
        enable_file_actions(self, True)
        self.setWindowTitle(f"SRO Desktop — {store.path.name}{title_suffix(store)}")
        self.banner.setVisible(store.path.resolve() == paths.demo_db_path().resolve())
        self.statusBar().showMessage(str(store.path))
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        self.stack.setCurrentIndex(self.navigation.currentRow())
        self._update_counts()

    def _show_no_file(self) -> None:
        enable_file_actions(self, False)
        self.setWindowTitle("SRO Desktop")
        self.banner.hide()
        self.stack.setCurrentWidget(self.empty_page)
        self.statusBar().clearMessage()

    def _update_counts(self) -> None:
        from .common.widgets import count_text

        for number, view in enumerate(self.views):
            count = view.attention_count() if self.context.store is not None else 0
            text = view.title() + (f"  ({count_text(count)})" if count else "")
            self.navigation.item(number).setText(text)

    # navigation and search ------------------------------------------------------
    def _view_chosen(self, number: int) -> None:
        """Another view: what is still being typed in the one left is stored first."""
        note(f"Ansicht {PAGE_TITLES[number][0] if 0 <= number < len(PAGE_TITLES) else '-'}")
        if self.context.store is not None and self.stack.currentIndex() != number:
            self.context.flush.emit()
        self.stack.setCurrentIndex(number)

    def show_view(self, number: int) -> None:
        if self.context.store is not None:
            self.navigation.setCurrentRow(number)

    def go_to(self, kind: str, record_id: str) -> None:
        for number, view in enumerate(self.views):
            if view.show_record(kind, record_id):
                self.navigation.setCurrentRow(number)
                return

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def run_search(self) -> None:
        self.search_timer.stop()
        store = self.context.store
        text = self.search_field.text().strip()
        if store is None or not text:
            self.search_popup.close_list()
            return
        self.search_popup.show_hits(store.search(text), self.tr("Nichts gefunden."))

    def _search_hit_chosen(self, hit: SearchHit) -> None:
        if hit.kind == "people":  # a person is shown where they sit, in the Gremien view
            if hit.membership_id is not None:
                self.go_to("memberships", hit.membership_id)
            else:
                self.show_view(self.views.index(self.bodies))
                self.statusBar().showMessage(self.tr("%1 hat keinen Sitz in einem Gremium.")
                                             .replace("%1", hit.title), 8000)
            return
        self.go_to(hit.kind, hit.record_id)

    def about(self) -> None:
        from .about import show_about

        show_about(self, self.context.store.path if self.context.store else None)

    # window state ------------------------------------------------------------------
    def show_as_before(self) -> None:
        show_as_before(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings().setValue("window/geometry", self.saveGeometry())
        settings().setValue("window/maximized", self.isMaximized())
        if self.views:
            self.search_popup.hide()
        self.context.close_store()  # waits for a backup still being written
        super().closeEvent(event)


def make_pages(window: MainWindow) -> None:
    """The window's pages, the search's list of hits and the automatic backup: what needs
    the store's and the documents' modules (after the first paint at the start)."""
    from .backups import AutoBackup
    from .bodies.view import BodiesView
    from .budget.view import BudgetView
    from .common.palette import DUE_SOON, DUE_SOON_BACKGROUND, shown
    from .common.search_popup import SearchPopup
    from .decisions.view import DecisionsView
    from .meetings.view import MeetingsView
    from .milestones.view import MilestonesView
    from .recommendations.view import RecommendationsView
    from .tasks.view import TasksView

    window.auto_backup = AutoBackup(window.context, window)  # on opening, and daily
    window.meetings = MeetingsView(window.context)
    window.tasks = TasksView(window.context)
    window.decisions = DecisionsView(window.context)
    window.recommendations = RecommendationsView(window.context)
    window.milestones = MilestonesView(window.context)
    window.bodies = BodiesView(window.context)
    window.views = [window.meetings, window.tasks, window.decisions,
                    window.recommendations, window.milestones, BudgetView(window.context),
                    window.bodies]
    for number, view in enumerate(window.views):
        window.stack.insertWidget(number, view)
    # After the pages' own: they forget the file before, then the page shown reads it.
    window.context.file_opened.connect(window._on_file_opened)
    window.search_popup = SearchPopup(window.search_field, window)
    window.search_popup.chosen.connect(window._search_hit_chosen)
    # light amber with dark text, or (a dark system palette) dark amber with light text
    text = window.palette().color(QPalette.ColorRole.Text).name()  # as on Base: shown()
    window.banner.setStyleSheet(
        f"#demoBanner {{ background: {shown(DUE_SOON_BACKGROUND).name()}; "
        f"border: 1px solid {shown(DUE_SOON).name()}; border-radius: 4px; }} "
        f"#demoBanner > QLabel {{ color: {text}; }}")


def list_export(window: MainWindow, kind: str) -> None:
    from .exports import export_list  # the documents' modules: when first asked for

    export_list(window, window.context, kind)


def add_document_actions(window: MainWindow, file_menu: QMenu, export_menu: QMenu) -> None:
    """Export → Unterschriftenliste and the calendar files, Datei → Drucken … (before the
    demo's entries)."""
    window.export_actions.append(window._add(
        export_menu, say("MainWindow", "&Unterschriftenliste der Sitzung …"),
        lambda: signature_export(window)))
    window.export_actions += calendar_actions(window, export_menu)
    window.export_actions.append(oparl_entry(window, export_menu))
    from .allowance_export import allowance_entry

    window.export_actions.append(allowance_entry(window, export_menu))
    from .budget_export import budget_entry

    window.export_actions.append(budget_entry(window, export_menu))
    export_menu.addSeparator()
    print_action = window._add(file_menu, say("MainWindow", "&Drucken …"), lambda: printing(window),
                               QKeySequence.StandardKey.Print)
    window.export_actions.append(print_action)  # these need a file
    file_menu.removeAction(print_action)
    file_menu.insertAction(window.demo_action, print_action)
    file_menu.insertSeparator(window.demo_action)


def meeting_chosen(window: MainWindow) -> str | None:
    """The id of the meeting in the meeting view, if one is chosen."""
    meeting = window.meetings.panel.meeting
    return meeting.id if meeting is not None else None


def signature_export(window: MainWindow) -> None:
    from .exports import export_signatures

    export_signatures(window, window.context, meeting_chosen(window))


def printing(window: MainWindow) -> None:
    from .printing import print_document  # Qt's printing: when first asked for

    print_document(window, window.context, meeting_chosen(window))


def calendar_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    """Export › the invitation as a calendar entry, the task due dates (.ics)."""
    def export(kind: str) -> None:
        from .calendar_export import export_meeting_calendar, export_tasks_calendar

        (export_meeting_calendar if kind == "meeting" else export_tasks_calendar)(window)

    actions = [window._add(menu, say("MainWindow", "Einladung als Kalen&dereintrag (.ics) …"),
                           lambda: export("meeting")),
               window._add(menu, say("MainWindow", "&Termine der Aufgaben (.ics) …"),
                           lambda: export("tasks"))]
    return actions


def oparl_entry(window: MainWindow, menu: QMenu) -> QAction:
    """Export › OParl …, after a separator; the dialog and the documents load when asked."""
    menu.addSeparator()

    def run() -> None:
        from .oparl_export import export_oparl_from_window

        export_oparl_from_window(window, window.context)

    return window._add(menu, say("MainWindow", "&OParl …"), run)


def templates(window: MainWindow) -> None:
    from .exports import TemplatesDialog

    TemplatesDialog.ask(window)


def add_edit_actions(window: MainWindow, edit_menu: QMenu) -> None:
    """Bearbeiten › Suchen (Strg+F) and Einstellungen (the dialog made when asked for)."""
    def settings_dialog() -> None:
        from .settings import show_settings

        show_settings(window)

    window._add(edit_menu, say("MainWindow", "&Suchen …"), window.focus_search,
                QKeySequence.StandardKey.Find)
    edit_menu.addSeparator()
    window._add(edit_menu, say("MainWindow", "&Einstellungen …"), settings_dialog,
                QKeySequence.StandardKey.Preferences)


def add_help_actions(window: MainWindow, help_menu: QMenu) -> None:
    """Hilfe › Anleitung (F1), Was ist neu (the help window, made when asked for), Regeln."""
    def show(page: str) -> None:
        from .help_window import show_help

        show_help(window, page)

    window._add(help_menu, say("MainWindow", "&Anleitung"), lambda: show("guide"),
                QKeySequence.StandardKey.HelpContents)
    window._add(help_menu, say("MainWindow", "&Was ist neu"), lambda: show("news"))
    help_menu.addSeparator()
    window._add(help_menu, say("MainWindow", "&Regeln (Beschlussfähigkeit, Mehrheiten) …"),
                lambda: show_rules(window))


def show_rules(window: MainWindow) -> None:
    from .rules_help import RulesDialog  # the page is made when asked for

    RulesDialog(window).open()


def enable_file_actions(window: MainWindow, has_file: bool) -> None:
    window.navigation.setEnabled(has_file)
    window.search_field.setEnabled(has_file)
    for action in (window.copy_action, window.restore_action, window.close_action,
                   *window.export_actions):
        action.setEnabled(has_file)


def remember_file(path: Path) -> None:
    """The file opened last, first in Datei › Zuletzt geöffnet."""
    path = path.resolve()
    recent = [p for p in recent_files() if Path(p) != path]
    store = settings()
    store.setValue("files/recent", [str(path), *recent][:RECENT_MAX])
    store.setValue("files/last", str(path))


def recent_files() -> list[str]:
    value = settings().value("files/recent", [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def show_as_before(window: QWidget) -> None:
    """Show the window as it was left: maximised if it was; on the first start
    maximised on a screen smaller than the default size (a 1366×768 laptop)."""
    maximized = settings().value("window/maximized")
    if maximized is None:
        screen = window.screen()
        available = screen.availableGeometry() if screen is not None else None
        maximized = available is not None and (
            available.width() < DEFAULT_SIZE[0] or available.height() < DEFAULT_SIZE[1])
    if maximized in (True, "true"):
        window.showMaximized()
    else:
        window.show()


def restore_geometry(window: QWidget) -> None:
    geometry = settings().value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)


def write_large_demo(window: MainWindow) -> Path | None:
    """Ten years of synthetic data, with progress and a way to cancel: the file written."""
    from ..store.demo import Cancelled, write_demo

    path = ask_save_path(window, say("MainWindow", "Große Demo-Datei speichern unter"))
    if path is None:
        return None
    dialog = QProgressDialog(say("MainWindow", "Große Demo-Datei wird erzeugt …"),
                             say("MainWindow", "Abbrechen"), 0, 100, window)
    dialog.setWindowTitle(say("MainWindow", "Demo-Datei"))
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise Cancelled

    try:
        write_demo(path, size="large", force=path.exists(), progress=progress)
    except Cancelled:
        window.statusBar().showMessage(say("MainWindow", "Abgebrochen; keine Datei angelegt."),
                                       5000)
        return None
    except (StoreError, OSError) as exc:
        from ..store.os_words import os_error_text

        QMessageBox.warning(window, say("MainWindow", "Demo-Datei nicht erzeugt"),
                            os_error_text(exc) if isinstance(exc, OSError) else str(exc))
        return None
    finally:
        dialog.close()
    return path


def default_size(window: QWidget) -> None:
    """1280×800, or less on a smaller screen (a laptop's 1366×768 less its task bar)."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else None
    width, height = DEFAULT_SIZE
    if available is not None:
        width = min(width, available.width() - 16)
        height = min(height, available.height() - 40)  # room for the title bar
    window.resize(width, height)
