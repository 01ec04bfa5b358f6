"""The one exception the rules raise; its message is German and meant for the user."""

from __future__ import annotations


class RuleViolation(ValueError):
    """An edit that the rules of the body refuse, with the reason in German.

    ``field``, when given, names the record's field the refusal is about
    (``"voting"``, ``"quorum_share"`` …), so a form can show it beside that field.
    """

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field
