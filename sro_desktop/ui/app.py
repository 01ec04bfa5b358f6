"""Starting the window: which file, the translations, the first-start demo."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import paths


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APPLICATION)
    app.setOrganizationName(paths.ORGANIZATION)
    app.setApplicationDisplayName(paths.APPLICATION)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    install_translations(app, os.environ.get("SRO_LANG", "de"))
    return app


def install_translations(app: QApplication, language: str) -> None:
    """German is the program's own language; another one comes from
    resources/translations/sro_desktop_<language>.qm (built from the .ts there)."""
    qt = QTranslator(app)  # Qt's own dialogs and buttons
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    if language != "de" and ours.load(f"sro_desktop_{language}",
                                      str(paths.resources_dir() / "translations")):
        app.installTranslator(ours)


def start_file(requested: Path | None) -> Path:
    """``--db``, else the last file used, else the demo (created on the very first start)."""
    from .main_window import settings

    if requested is not None:
        return requested
    last = settings().value("files/last")
    if last and Path(str(last)).exists():
        return Path(str(last))
    demo = paths.demo_db_path()
    if not demo.exists():
        from ..store.demo import write_demo

        demo.parent.mkdir(parents=True, exist_ok=True)
        write_demo(demo)
    return demo


def run(db: Path | None = None) -> int:
    app = make_application()
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    window.open_file(start_file(db))
    return app.exec()
