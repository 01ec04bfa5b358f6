"""Screenshots of the main views with the demo data, for the README.

Run: QT_QPA_PLATFORM=offscreen python packaging/screenshots.py
Writes packaging/screenshots/*.png (1366×768) from a fresh demo file.
With ``--200``: the meeting, task and budget views at 200 % (QT_SCALE_FACTOR=2) on a
1920×1080 screen, as ``*-200.png`` (text scaled to 200 %, BITV 2.0 / EN 301 549).
With ``--200 --narrow``: the same on a 1366×768 screen (683×384 logical px), as
``*-200-schmal.png``.
With ``--contrast``: the same views in a high-contrast palette (black ground, white
text, yellow highlight), as ``*-kontrast.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCALED = "--200" in sys.argv
CONTRAST = "--contrast" in sys.argv
NARROW = SCALED and "--narrow" in sys.argv
if SCALED:
    os.environ["QT_SCALE_FACTOR"] = "2"  # before the application exists
os.environ.setdefault("SRO_DATA_DIR", tempfile.mkdtemp())

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402

from sro_desktop.store.demo import write_demo  # noqa: E402
from sro_desktop.ui.app import make_application  # noqa: E402
from sro_desktop.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def high_contrast() -> QPalette:
    """Black ground, white text, yellow highlight (as a high-contrast system theme)."""
    palette = QPalette()
    R = QPalette.ColorRole
    for role in (R.Window, R.Base, R.AlternateBase, R.Button, R.ToolTipBase):
        palette.setColor(role, QColor("black"))
    for role in (R.WindowText, R.Text, R.ButtonText, R.ToolTipText, R.BrightText):
        palette.setColor(role, QColor("white"))
    palette.setColor(R.PlaceholderText, QColor("#d0d0d0"))
    palette.setColor(R.Highlight, QColor("yellow"))
    palette.setColor(R.HighlightedText, QColor("black"))
    palette.setColor(R.Link, QColor("#80c0ff"))
    palette.setColor(R.Mid, QColor("white"))
    palette.setColor(QPalette.ColorGroup.Disabled, R.Text, QColor("#a0a0a0"))
    palette.setColor(QPalette.ColorGroup.Disabled, R.WindowText, QColor("#a0a0a0"))
    palette.setColor(QPalette.ColorGroup.Disabled, R.ButtonText, QColor("#a0a0a0"))
    return palette


def main() -> int:
    settings_dir = tempfile.mkdtemp()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
    app = make_application()
    if CONTRAST:
        app.setPalette(high_contrast())
    demo = Path(os.environ["SRO_DATA_DIR"]) / "demo.sro"
    write_demo(demo)
    window = MainWindow()
    window.resize(*((683, 384) if NARROW else (960, 540) if SCALED else (1366, 768)))
    window.show()
    window.open_file(demo)
    OUT.mkdir(exist_ok=True)
    if SCALED or CONTRAST:
        suffix = "-200-schmal" if NARROW else "-200" if SCALED else "-kontrast"
        for number, name in ((0, "sitzungen"), (1, "aufgaben"), (5, "haushalt")):
            name += suffix
            window.show_view(number)
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
            print("wrote", OUT / f"{name}.png")
        window.close()
        return 0

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    store = window.context.s
    sg = store.bodies.resolve("SG")
    draft = next(m for m in store.meetings.list(sg.id) if m.state.value == "draft")
    panel = window.meetings.open_meeting(draft.id)
    panel.tabs.setCurrentWidget(panel.attendance)
    shot("sitzung-anwesenheit")
    panel.tabs.setCurrentWidget(panel.agenda)
    panel.agenda.select_item("Übertragung auf weitere Stadtteile")
    shot("sitzung-tagesordnung")
    panel.projector.action.trigger()  # Projektoransicht (F5): the room's screen
    projector = panel.projector.window
    assert projector is not None
    projector.resize(1280, 720)  # a common projector
    for _ in range(3):
        app.processEvents()
    projector.grab().save(str(OUT / "projektoransicht.png"))
    print("wrote", OUT / "projektoransicht.png")
    projector.close()
    failed = next(d for d in store.decisions.list(sg.id) if d.rule.value == "double")
    window.go_to("agenda_items", failed.agenda_item_id)
    panel.agenda.item_panel.verticalScrollBar().setValue(260)
    shot("sitzung-beschluss")
    for number, name in enumerate(("sitzungen", "aufgaben", "beschluesse", "empfehlungen",
                                   "meilensteine", "haushalt", "gremien")):
        if name == "haushalt":  # two tabs: the year's lines, then the posts
            window.show_view(number)
            budget = window.views[number]
            budget.lines.table.setCurrentIndex(budget.lines.model.index(0, 1))
            shot("haushalt")
            budget.tabs.setCurrentWidget(budget.posts)
            budget.posts.table.selectRow(0)
            shot("stellen")
            budget.tabs.setCurrentWidget(budget.lines)
        elif number:
            window.show_view(number)
            view = window.views[number]
            table = getattr(view, "table", None)  # a record chosen: its details show
            if table is not None and table.model().rowCount() and \
                    not table.selectionModel().hasSelection():
                table.selectRow(0)
            shot(name)
    # the programme beyond meetings: trainings and visits, the advisory board's allowances
    window.show_view(window.views.index(window.milestones))
    window.milestones.tabs.setCurrentWidget(window.milestones.learning)
    window.milestones.learning.table.selectRow(1)
    shot("fortbildungen")
    window.go_to("bodies", store.bodies.resolve("PG1").id)
    window.bodies.tabs.setCurrentWidget(window.bodies.allowances)
    shot("sitzungsgeld")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
