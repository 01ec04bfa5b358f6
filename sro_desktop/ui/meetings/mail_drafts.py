"""E-mail drafts from the window: the document written into the drafts folder, the draft
opened in the mail program (documents/mail_programs.py), and the way it went said in the
status bar. "Einladung versenden …" lives here; "Protokoll versenden …" (circulation.py)
uses ``open_meeting_draft`` and records the circulation afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from ...documents.files import ExportError
from ...domain.words import say
from ...store import StoreError
from ...store.os_words import os_error_text
from ..context import AppContext
from ..exports import open_externally, safe_file_name, template_for
from .circulation_dialogs import MailDialog

if TYPE_CHECKING:
    from ...documents.mail import Recipients
    from ...documents.mail_programs import Opened

# The user's own text templates are chosen like the Word templates (Export › Vorlagen).
TEXT_TEMPLATES = {"minutes": "mail_minutes", "invitation": "mail_invitation"}
FILE_WORDS = {"minutes": "Niederschrift", "invitation": "Einladung"}


def open_file(path: Path) -> None:
    """Open the saved draft with the system's program for .eml files. One function, so
    tests can stand in for it."""
    open_externally(path)


def recipients_of(context: AppContext, meeting_id: str) -> Callable[[bool], Recipients]:
    """``recipients(deputies)`` of the meeting, as the dialogs want them."""
    from ...documents.mail import meeting_recipients

    store = context.s
    return lambda deputies: meeting_recipients(store, meeting_id, deputies=deputies)


def open_meeting_draft(context: AppContext, meeting_id: str, document: str,
                       recipients: Recipients) -> Opened:
    """Write the document (Word, the user's template if chosen) into the drafts folder and
    open the draft; an ExportError (German) when that fails, and nothing is opened."""
    from ...documents.mail import (
        calendar_entry,
        file_attachment,
        meeting_document,
        meeting_draft,
    )
    from ...documents.mail_programs import drafts_dir, open_draft, prune_drafts

    store = context.s
    meeting = store.meetings.get(meeting_id)
    body = store.bodies.get(meeting.body_id)
    name = safe_file_name(f"{FILE_WORDS[document]} {body.short} {meeting.number} "
                          f"{meeting.date.isoformat()}")
    folder = drafts_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Der Ordner für E-Mail-Entwürfe lässt sich nicht anlegen: "
                          f"{os_error_text(exc)}") from exc
    prune_drafts(folder)
    attachment = meeting_document(store, meeting_id, document, folder / f"{name}.docx",
                                  template=template_for(document))
    extra = calendar_entry(store, meeting_id, document, folder)
    draft = meeting_draft(store, meeting_id, document, attachment, recipients,
                          template=template_for(TEXT_TEMPLATES[document]),
                          extra=[file_attachment(p) for p in extra])
    return open_draft(draft, folder / f"{name}.eml", [attachment, *extra],
                      open_file=open_file)


def make_draft(context: AppContext, meeting_id: str, document: str,
               recipients: Recipients) -> Opened | str:
    """``open_meeting_draft`` with a wait cursor: what happened, or why it failed (German)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return open_meeting_draft(context, meeting_id, document, recipients)
    except (ExportError, StoreError) as exc:
        return str(exc)
    except OSError as exc:
        return os_error_text(exc)
    finally:
        QApplication.restoreOverrideCursor()


def tell_opened(parent: QWidget, opened: Opened) -> None:
    """Say which way the draft went, in the window's status bar."""
    window = parent.window()
    text = opened.message()  # German already (documents/mail_programs.py)
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15000)
    else:
        parent.setToolTip(text)


def send_invitation(parent: QWidget, context: AppContext, meeting_id: str) -> bool:
    """"Einladung versenden …": to whom (deputies in Cc by default: they are invited so
    that they can stand in), then the draft with the invitation attached. Nothing is
    recorded: there is no record of invitations sent (the meeting's state "eingeladen"
    is offered afterwards by the Protokoll tab)."""
    recipients_for = recipients_of(context, meeting_id)
    deputies = MailDialog.ask(parent, say("MailDrafts", "Einladung versenden"), recipients_for,
                              True)
    if deputies is None:
        return False
    opened = make_draft(context, meeting_id, "invitation", recipients_for(deputies))
    if isinstance(opened, str):
        QMessageBox.warning(parent, say("MailDrafts", "E-Mail-Entwurf nicht möglich"), opened)
        return False
    tell_opened(parent, opened)
    return not opened.cancelled
