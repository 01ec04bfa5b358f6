"""Cell editors (a table cell being typed into) are stored and closed when their view or
file is left, before the view is hidden or its model read again. A cell editor left to
store itself on the focus change that follows stored into no file at all once the file
was closed (the typed value was lost, an exception was raised in the event loop), or
into a model read again meanwhile (Qt: "commitData called with an editor that does not
belong to this view")."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication


def store_open_editors() -> None:
    """Store what the cell editor being typed into holds, and close it (persistent
    editors, which store each choice at once, stay). The editor is where the keyboard
    focus is: looking there costs nothing, where a walk over the window's item views
    (every combo box has one) took milliseconds at each change of view."""
    widget = QApplication.focusWidget()
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            _store_editor(widget)
        widget = widget.parentWidget()


def _store_editor(view: QAbstractItemView) -> None:
    if view.state() != QAbstractItemView.State.EditingState:
        return
    index = view.currentIndex()
    editor = view.indexWidget(index)  # the cell's editor, while it is open
    if editor is None or view.isPersistentEditorOpen(index):
        return
    delegate = view.itemDelegateForIndex(index)
    if delegate is not None:
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
