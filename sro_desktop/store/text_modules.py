"""The text modules (Textbausteine) of each body: its wording of the standard TOPs'
result texts (a row once it differs from the default) and its own modules."""

from __future__ import annotations

import builtins

from ..domain.errors import RuleViolation
from ..domain.model import TextModule
from ..domain.text_modules import (
    OWN_PREFIX,
    STANDARD,
    check_text,
    default_module,
    is_own,
    with_defaults,
)
from ..domain.words import QT_TRANSLATE_NOOP, say
from .repository import Repository, new_id


class TextModules(Repository[TextModule]):
    table = "text_modules"
    model = TextModule
    order_by = "created_at, rowid"
    noun = QT_TRANSLATE_NOOP("store.repository", "Textbaustein")

    # reading ------------------------------------------------------------------------------
    def list(self, body_id: str) -> builtins.list[TextModule]:
        """The body's modules: the standard ones (its wording, else the default; a default
        has no id), then its own in the order added."""
        return with_defaults(body_id, self._find(
            'body_id = ?', [body_id]))

    def by_key(self, body_id: str) -> dict[str, TextModule]:
        """The body's modules by key: what ``domain.text_modules.item_result_text`` takes."""
        return {m.key: m for m in self.list(body_id)}

    def module(self, body_id: str, key: str) -> TextModule:
        found = self.by_key(body_id).get(key)
        if found is None:
            raise RuleViolation(say("store.text_modules", "Den Textbaustein „{key}“ gibt es "
                                                          "nicht (mehr).").format(key=key))
        return found

    def _stored(self, body_id: str, key: str) -> TextModule | None:
        found = self._find("body_id = ? AND key = ?", [body_id, key])
        return found[0] if found else None

    # writing ------------------------------------------------------------------------------
    def set_text(self, body_id: str, key: str, text: str) -> TextModule:
        """The body's wording of a module; its placeholders must exist. A standard module
        is stored at its first change."""
        check_text(text)
        with self.store.edit():
            self.store.bodies.get(body_id)
            current = self.module(body_id, key)
            if current.text == text:
                return current
            stored = self._stored(body_id, key)
            if stored is None:
                self._insert_record(TextModule(new_id(), body_id, key, STANDARD[key].title,
                                               text))  # German: the program's name
            else:
                self._update(stored.id, {"text": text})
        return self.module(body_id, key)

    def rename(self, body_id: str, key: str, title: str) -> TextModule:
        """A new title for one of the body's own modules."""
        title = title.strip()
        if not is_own(key):
            raise RuleViolation(say("store.text_modules", "Ein Standardbaustein behält seinen "
                                                          "Namen."), "title")
        if not title:
            raise RuleViolation(
                say("store.text_modules", "Der Textbaustein braucht einen Namen."), "title")
        with self.store.edit():
            stored = self._stored(body_id, key)
            if stored is None:
                raise RuleViolation(say("store.text_modules", "Den Textbaustein „{key}“ gibt es "
                                                              "nicht (mehr).").format(key=key))
            self._update(stored.id, {"title": title})
        return self.module(body_id, key)

    def add_own(self, body_id: str, title: str, text: str = "") -> TextModule:
        """A module of the secretary's own, to insert into a TOP's notes."""
        title = title.strip()
        if not title:
            raise RuleViolation(
                say("store.text_modules", "Der Textbaustein braucht einen Namen."), "title")
        check_text(text)
        with self.store.edit():
            self.store.bodies.get(body_id)
            if any(m.title.casefold() == title.casefold() for m in self.list(body_id)):
                raise RuleViolation(say("store.text_modules", "Einen Textbaustein „{title}“ "
                                                              "gibt es schon.").format(
                                                                  title=title), "title")
            module = TextModule(new_id(), body_id, OWN_PREFIX + new_id(), title, text)
            return self._insert_record(module)

    def delete_own(self, body_id: str, key: str) -> None:
        """Remove one of the body's own modules (a standard one is reset instead)."""
        if not is_own(key):
            raise RuleViolation(say("store.text_modules", "Ein Standardbaustein wird nicht "
                                                          "entfernt; „Standardtext "
                                                          "wiederherstellen“ setzt ihn zurück."))
        with self.store.edit():
            stored = self._stored(body_id, key)
            if stored is None:
                raise RuleViolation(say("store.text_modules", "Den Textbaustein „{key}“ gibt es "
                                                              "nicht (mehr).").format(key=key))
            self._tombstone("id = ?", [stored.id])

    def reset(self, body_id: str, key: str) -> TextModule:
        """A standard module back to its default wording."""
        if key not in STANDARD:
            raise RuleViolation(say("store.text_modules", "Nur ein Standardbaustein hat einen "
                                                          "Standardtext."))
        with self.store.edit():
            stored = self._stored(body_id, key)
            if stored is not None:
                self._tombstone("id = ?", [stored.id])
        return default_module(body_id, key)
