"""Texts of the bodies, budget and exchange windows reach the catalogue under the context
lupdate files them in: lupdate over the modules, every message as ⟦German⟧ (a pseudo
catalogue), and the window shows the brackets. Before, the window asked under a context
lupdate did not know (a ``tr = self.tr`` alias, ``parent.tr``, a module's own ``tr``) or
not at all (column headings in constants), and English users read German."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from sro_desktop import language
from sro_desktop.domain import words
from sro_desktop.ui.bodies import privacy

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("sro_desktop/ui/bodies/members.py", "sro_desktop/ui/bodies/privacy.py",
           "sro_desktop/ui/budget/posts.py", "sro_desktop/ui/exchange/__init__.py")


@pytest.fixture
def pseudo(app, tmp_path):
    """The pseudo catalogue of MODULES installed for the window and for ``say``."""
    lupdate = language.wheel_tool("pyside6-lupdate")
    assert lupdate is not None, "the PySide6 wheel ships pyside6-lupdate"
    assert language.lrelease() is not None, "and pyside6-lrelease"
    ts = tmp_path / "pseudo.ts"
    subprocess.run([lupdate, *MODULES, "-tr-function-alias", "QT_TRANSLATE_NOOP+=say",
                    "-source-language", "de_DE", "-target-language", "en_GB", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = f"⟦{message.findtext('source')}⟧"
    tree.write(ts, encoding="utf-8")
    qm = language.compile_catalogue(ts, tmp_path / "pseudo.qm")
    translator = QTranslator()
    assert qm is not None
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    words.install(lambda context, source: translator.translate(context, source) or source, "en")
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        words.install(None, "de")


def test_member_tab_buttons_and_headings(pseudo, main_window):
    members = main_window.bodies.members
    assert members.add_button.text() == "⟦Mitglied hinzu&fügen …⟧"  # was a tr alias
    heading = members.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert heading == "⟦Name⟧"


def test_post_headings_from_a_constant(pseudo, main_window):
    table = main_window.views[5].posts.table
    assert table.horizontalHeaderItem(0).text() == "⟦Bezeichnung⟧"


def test_exchange_menu(pseudo, main_window):
    texts = [action.text() for action in main_window.menuBar().actions()[0].menu().actions()]
    assert "⟦Kopie für einen anderen &Laptop …⟧" in texts  # was the module's own tr()


def test_question_of_a_module_function(pseudo, main_window, monkeypatch):
    asked = []
    monkeypatch.setattr(privacy.QFileDialog, "getSaveFileName",
                        lambda parent, title, *rest: (asked.append(title), ("", ""))[1])
    assert privacy.ask_personal_data_path(main_window, "Muster") is None
    assert asked == ["⟦Auskunft exportieren⟧"]  # was parent.tr(...)
