"""The "Stellen" tab: the programme's posts (who held which post when, on which side, with
what share and funded from which budget line), changed through a small dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...domain.budget import Post, parse_share, share_text
from ...domain.calendar import german_date
from ...domain.enums import ParitySide
from ...domain.words import QT_TRANSLATE_NOOP
from ..common.forms import FormDialog, OptionalDate
from ..common.widgets import (
    EnumCombo,
    ErrorLabel,
    choice_table,
    compact_rows,
    confirm_removal,
    date_edit,
    date_value,
    fill_combo,
    qdate,
)
from ..context import AppContext, EditRefused

COLUMNS = (QT_TRANSLATE_NOOP("PostsPanel", "Bezeichnung"),
           QT_TRANSLATE_NOOP("PostsPanel", "Seite"),
           QT_TRANSLATE_NOOP("PostsPanel", "Inhaber/in"),
           QT_TRANSLATE_NOOP("PostsPanel", "Arbeitgeber"),
           QT_TRANSLATE_NOOP("PostsPanel", "von"),
           QT_TRANSLATE_NOOP("PostsPanel", "bis"),
           QT_TRANSLATE_NOOP("PostsPanel", "Anteil"),
           QT_TRANSLATE_NOOP("PostsPanel", "finanziert aus"))
NONE = "—"


class PostDialog(FormDialog):
    """Bezeichnung, Inhaber/in, Arbeitgeber, Seite, von, bis, Anteil, finanziert aus,
    Bemerkung; OK stores. The employer and the side follow the holder chosen (the side:
    the employer's), and stay changeable."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 post: Post | None = None):
        super().__init__(parent, self._store)
        self.context = context
        self.post = post
        self.setWindowTitle(self.tr("Stelle bearbeiten") if post else self.tr("Neue Stelle"))
        store = context.s
        self.people = {p.id: p for p in store.people.list()}
        self.title_edit = QLineEdit()
        self.holder_combo = QComboBox()
        fill_combo(self.holder_combo, [(self.tr("unbesetzt"), ""), *(
            (f"{p.last_name}, {p.first_name}".rstrip(", "), p.id)
            for p in self.people.values())])
        self.employer_combo = QComboBox()
        fill_combo(self.employer_combo, [(NONE, ""), *(
            (o.name[:60], o.id) for o in store.organizations.list())])
        self.side_combo = EnumCombo(ParitySide)
        self.from_edit = date_edit(clock.today())
        self.to_edit = OptionalDate(self.tr("befristet bis"))
        self.share_edit = QLineEdit("1,0")
        self.share_edit.setPlaceholderText(self.tr("z. B. 0,75"))
        self.line_combo = QComboBox()
        fill_combo(self.line_combo, [(NONE, ""), *(
            (f"{x.title[:50]} ({x.year})", x.id) for x in store.budget_lines.list())])
        self.note_edit = QLineEdit()
        self.change_note = QLabel()  # what "besetzt ab" means once the holder changes
        self.change_note.setAccessibleName(self.tr("Hinweis zur neuen Besetzung"))
        form = QFormLayout()
        self.field_row(form, self.tr("&Bezeichnung:"), self.title_edit, "title")
        self.field_row(form, self.tr("&Inhaber/in:"), self.holder_combo, "person_id")
        self.field_row(form, self.tr("&Arbeitgeber:"), self.employer_combo, "organization_id")
        self.field_row(form, self.tr("&Seite:"), self.side_combo, "side")
        self.field_row(form, self.tr("besetzt a&b:"), self.from_edit, "date_from")
        form.addRow("", self.change_note)
        self.field_row(form, self.tr("besetzt bis:"), self.to_edit, "date_to")
        self.field_row(form, self.tr("A&nteil (Stelle):"), self.share_edit, "share_permille")
        self.field_row(form, self.tr("&finanziert aus:"), self.line_combo, "budget_line_id")
        self.field_row(form, self.tr("Be&merkung:"), self.note_edit, "note")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.holder_combo.activated.connect(lambda _n: self._holder_chosen())

        self.employer_combo.activated.connect(lambda _n: self._employer_chosen())
        if post is not None:
            self.title_edit.setText(post.title)
            self.holder_combo.setCurrentIndex(max(self.holder_combo.findData(
                post.person_id or ""), 0))
            self.employer_combo.setCurrentIndex(max(self.employer_combo.findData(
                post.organization_id or ""), 0))
            self.side_combo.set_value(post.side)
            self.from_edit.setDate(qdate(post.date_from))
            self.to_edit.set_value(post.date_to)
            self.share_edit.setText(share_text(post.share_permille).partition(" ")[0])
            self.line_combo.setCurrentIndex(max(self.line_combo.findData(
                post.budget_line_id or ""), 0))
            self.note_edit.setText(post.note)
        else:
            self._employer_chosen()
        self.change_note.hide()

    def holder_changed(self) -> bool:
        """Another holder than the record's (or a vacant post filled)."""
        return (self.post is not None
                and (self.holder_combo.currentData() or None) != self.post.person_id)

    def _show_change(self) -> None:
        """A new holder begins on "besetzt ab" (today, until changed) and the post as held
        so far ends the day before; the record's own day there corrects the holder."""
        if self.post is None:
            return
        changed = self.holder_changed()
        self.from_edit.setDate(qdate(clock.today() if changed else self.post.date_from))
        self.change_note.setVisible(changed)
        self.change_note.setText(self.tr(
            "Neue Besetzung ab diesem Tag; die bisherige (seit %1) endet am Tag davor.\n"
            "Nur berichtigen: %1 eintragen.").replace("%1", german_date(self.post.date_from)))
        self.adjustSize()  # room for the note

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None,
            post: Post | None = None) -> Post | None:
        """The dialog, modal; the post stored, or None when cancelled."""
        dialog = cls(context, parent, post)
        try:
            accepted = dialog.exec() == dialog.DialogCode.Accepted
            return dialog.stored if accepted else None
        finally:
            dialog.deleteLater()

    def _holder_chosen(self) -> None:
        self._show_change()
        person = self.people.get(self.holder_combo.currentData() or "")
        if person is not None and person.organization_id:
            found = self.employer_combo.findData(person.organization_id)
            if found >= 0:
                self.employer_combo.setCurrentIndex(found)
        self._employer_chosen()

    def _employer_chosen(self) -> None:
        organization = self.employer_combo.currentData() or None
        self.side_combo.set_value(
            self.context.s.learning_participants.side_of(organization))

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text().strip(), "side": self.side_combo.value(),
                "date_from": date_value(self.from_edit), "date_to": self.to_edit.value(),
                "person_id": self.holder_combo.currentData() or None,
                "organization_id": self.employer_combo.currentData() or None,
                "share": self.share_edit.text(),
                "budget_line_id": self.line_combo.currentData() or None,
                "note": self.note_edit.text().strip()}

    def _store(self, values: dict[str, Any]) -> Post:
        text = self.tr("Stelle ändern") if self.post else self.tr("Stelle anlegen")
        return self.context.edit(text, self._write, dict(values))

    def _write(self, values: dict[str, Any]) -> Post:
        from ...domain.errors import RuleViolation

        try:
            values["share_permille"] = parse_share(values.pop("share"))
        except RuleViolation as refused:
            raise RuleViolation(str(refused), "share_permille") from refused
        posts = self.context.s.posts
        if self.post is None:
            return posts.add(values.pop("title"), values.pop("side"), values.pop("date_from"),
                             **values)
        if self.holder_changed() and values["date_from"] != self.post.date_from:
            return posts.change_holder(self.post.id, values.pop("date_from"), **values)
        return posts.update(self.post.id, **values)


class PostsPanel(QWidget):
    """The table of posts with its buttons."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.posts: list[Post] = []
        self.table = choice_table([self.tr(c) for c in COLUMNS], self.tr("Stellen"))
        self.table.setAccessibleDescription(self.tr(
            "Wer welche Stelle wann innehatte; Doppelklick bearbeitet."))
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "… (Träger)" stays
        compact_rows(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_post())
        self.new_button = QPushButton(self.tr("Neue &Stelle …"))
        self.new_button.setAccessibleName(self.tr("Neue Stelle"))
        self.new_button.clicked.connect(self.add_post)
        self.edit_button = QPushButton(self.tr("S&telle bearbeiten …"))
        self.edit_button.setAccessibleName(self.tr("Stelle bearbeiten"))
        self.edit_button.clicked.connect(self.edit_post)
        self.remove_button = QPushButton(self.tr("Stelle &entfernen"))
        self.remove_button.setAccessibleName(self.tr("Stelle entfernen"))
        self.remove_button.clicked.connect(self.remove_post)
        self.message = ErrorLabel()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def forget(self) -> None:
        self.posts = []
        self.table.setRowCount(0)

    def refresh(self) -> None:
        store = self.context.s
        for button in (self.new_button, self.edit_button, self.remove_button):
            button.setEnabled(not self.context.read_only)
        self.posts = store.posts.list()
        people = {p.id: p for p in store.people.list()}
        organizations = {o.id: o for o in store.organizations.list()}
        lines = {x.id: x for x in store.budget_lines.list()}
        self.table.setRowCount(len(self.posts))
        for row, post in enumerate(self.posts):
            holder = people.get(post.person_id or "")
            employer = organizations.get(post.organization_id or "")
            line = lines.get(post.budget_line_id or "")
            cells = (post.title, post.side.label,
                     holder.full_name if holder else self.tr("unbesetzt"),
                     employer.name if employer else "", german_date(post.date_from),
                     german_date(post.date_to) if post.date_to else "",
                     share_text(post.share_permille),
                     f"{line.title} ({line.year})" if line else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, post.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 280), (3, 190)):  # the tooltip has the whole text
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def current_post(self) -> Post | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().isRowSelected(row) if row >= 0 else False
        return self.posts[row] if selected and row < len(self.posts) else None

    def select(self, post_id: str) -> bool:
        ids = [p.id for p in self.posts]
        if post_id not in ids:
            return False
        self.table.selectRow(ids.index(post_id))
        return True

    def _after(self, stored: Post | None) -> None:
        if stored is not None:
            self.refresh()
            self.select(stored.id)

    def add_post(self) -> Post | None:
        self.message.hide()
        stored = PostDialog.ask(self.context, self)
        self._after(stored)
        return stored

    def edit_post(self) -> Post | None:
        post = self.current_post()
        if post is None:
            self.message.show_error(self.tr("Bitte zuerst eine Stelle wählen."))
            return None
        stored = PostDialog.ask(self.context, self, post)
        self._after(stored)
        return stored

    def remove_post(self) -> bool:
        post = self.current_post()
        if post is None:
            self.message.show_error(self.tr("Bitte zuerst eine Stelle wählen."))
            return False
        text = self.tr("Die Stelle „%1“ entfernen?\n\nStrg+Z holt sie zurück.").replace(
            "%1", post.title[:80])
        if not confirm_removal(self, self.tr("Stelle entfernen"), text):
            return False
        try:
            self.context.edit(self.tr("Stelle entfernen"), self.context.s.posts.delete, post.id)
        except EditRefused as refused:
            self.message.show_error(str(refused))
            return False
        self.refresh()
        return True
