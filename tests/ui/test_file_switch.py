"""Opening or starting another file clears every view: nothing of the file before stays
visible (the demo's meetings and tasks once stayed, greyed, in an empty file)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel

from sro_desktop.ui import main_window as main_window_module
from sro_desktop.ui.common.table_model import RecordTableModel


def rows_shown(window, *, record_lists_only: bool = False, only=None) -> dict[str, int]:
    """Rows in every list and table of every view, shown or not (name → count; {} when
    all is clear); ``record_lists_only``: only the lists of records (RecordTableModel)."""
    counts = {}
    for view in [only] if only is not None else window.views:
        for table in view.findChildren(QAbstractItemView):
            if isinstance(table, QHeaderView) or table.window() is not window:
                continue  # a table's header, a combo box's or a calendar's list
            model = table.model()
            if model is None or not model.rowCount():
                continue
            source = model
            while isinstance(source, QAbstractProxyModel):
                source = source.sourceModel()
            if record_lists_only and not isinstance(source, RecordTableModel):
                continue
            counts[f"{view.title()}: {table.accessibleName() or type(table).__name__}"] = \
                model.rowCount()
    return counts


def texts_shown(window, words: list[str], only=None) -> list[str]:
    return [label.text() for view in ([only] if only is not None else window.views)
            for label in view.findChildren(QLabel) if label.isVisible()
            and any(word in label.text() for word in words)]


@pytest.mark.parametrize("how", ["menu", "banner"])
def test_starting_an_empty_file_clears_every_view(app, open_window, qtbot, tmp_path,
                                                  monkeypatch, how):
    from sro_desktop import paths
    from sro_desktop.ui.app import start_file

    window = open_window(start_file(None))  # the demo
    assert window.context.s.path == paths.demo_db_path()
    for number in range(len(window.views)):  # every view shown once, filled from the demo
        window.show_view(number)
    assert rows_shown(window)
    demo_words = [m.place for m in window.context.s.meetings.list() if m.place][:3]
    target = tmp_path / "echt.sro"
    monkeypatch.setattr(main_window_module, "ask_save_path", lambda parent, title: target)
    if how == "menu":
        (action,) = [a for a in window.menuBar().actions()[0].menu().actions()
                     if a.text() == "&Neu …"]
        action.trigger()
    else:
        window.start_empty_button.click()
    assert window.context.s.path == target
    assert rows_shown(window, record_lists_only=True) == {}  # emptied at once, shown or not
    for number, view in enumerate(window.views):
        window.show_view(number)  # read from the new file when shown
        assert rows_shown(window, only=view) == {}
        assert texts_shown(window, demo_words, only=view) == []


def test_opening_another_file_clears_what_the_first_one_showed(main_window, tmp_path,
                                                               monkeypatch):
    main_window.show_view(0)
    main_window.show_view(1)
    assert rows_shown(main_window)
    other = tmp_path / "leer.sro"
    from sro_desktop.store import Store

    Store.open(other, create=True).close()
    monkeypatch.setattr(main_window_module, "ask_open_path", lambda parent: other)
    main_window.open_dialog()
    assert main_window.context.s.path == other
    assert rows_shown(main_window, record_lists_only=True) == {}
    for number, view in enumerate(main_window.views):
        main_window.show_view(number)
        assert rows_shown(main_window, only=view) == {}


def test_closing_the_file_clears_every_view(main_window):
    """No file: the empty page; every list of records is emptied (the views are read
    afresh when the next file opens)."""
    main_window.show_view(1)
    main_window.close_file()
    assert main_window.stack.currentWidget() is main_window.empty_page
    assert rows_shown(main_window, record_lists_only=True) == {}
