"""E-mail drafts from the window, as the secretary works: "Protokoll versenden …" and
"Einladung versenden …" in the Protokoll tab, the dialog driven by its controls. The
draft goes the ``.eml`` way (SRO_MAIL_PROGRAM=eml); the system's opening of the file is
stood in for at its one function. What counts: the circulation in the file and the
``.eml`` on disk, read back by the standard library's parser."""

from __future__ import annotations

import os
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses

import pytest
from acting import accept, answer_question, click, find, when_dialog
from pinned import TODAY
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QPushButton

from sro_desktop.documents.mail_programs import drafts_dir
from sro_desktop.domain.enums import MeetingState
from sro_desktop.ui.meetings import mail_drafts


@pytest.fixture
def opened(monkeypatch):
    """The files the system would have opened."""
    monkeypatch.setenv("SRO_MAIL_PROGRAM", "eml")
    files: list = []
    monkeypatch.setattr(mail_drafts, "open_file", files.append)
    return files


def minutes_tab(window, store, short: str):
    meeting = store.meetings.resolve(short)
    panel = window.meetings.open_meeting(meeting.id)
    panel.tabs.setCurrentWidget(panel.minutes_tab)
    return meeting, panel.minutes_tab


def parse(path):
    with path.open("rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)


def test_send_the_minutes_as_a_draft(main_window, store_of, opened):
    store = store_of
    people = {p.full_name: p for p in store.people.list()}
    main_window.context.edit("E-Mail", store.people.update, people["Lars Grün"].id, email="")
    meeting, tab = minutes_tab(main_window, store, "SG 7")
    # a draft of long ago, with the members' addresses, goes when the next one is made
    drafts_dir().mkdir(parents=True, exist_ok=True)
    old = drafts_dir() / "Niederschrift SG 1 2026-01-15.eml"
    old.write_text("To: a@example.org\n", encoding="utf-8")
    os.utime(old, (1_000_000_000, 1_000_000_000))  # 2001
    seen = {}

    def fill(dialog):
        to = find(dialog, QListWidget, "An")
        seen["to"] = [to.item(n).text() for n in range(to.count())]
        seen["warning"] = find(dialog, QLabel, "Hinweis zu fehlenden Adressen").text()
        click(find(dialog, QCheckBox, "Stellvertretungen in Cc"))
        cc = find(dialog, QListWidget, "Cc")
        seen["cc"] = [cc.item(n).text() for n in range(cc.count())]
        accept(dialog)

    answer = when_dialog(fill)
    click(find(tab, QPushButton, "Protokoll versenden …"))
    assert answer.check() == "Protokoll versenden"
    assert "Jörg Brandt <joerg.brandt@example.org>" in seen["to"]
    assert seen["warning"].startswith("Ohne gültige E-Mail-Adresse: Lars Grün.")
    assert seen["cc"]
    assert all("<" in line for line in seen["cc"])

    (circulation,) = store.circulations.list(meeting.id)
    assert circulation.sent_on == TODAY
    assert circulation.note == "per E-Mail"
    assert "Jörg Brandt" in circulation.recipients
    assert "; Cc (Stellvertretung): " in circulation.recipients
    assert "Lars Grün" not in circulation.recipients
    assert store.meetings.get(meeting.id).state is MeetingState.SENT

    (eml,) = opened
    assert eml.parent == drafts_dir()
    assert not old.exists()
    message = parse(eml)
    assert message["X-Unsent"] == "1"
    to = [address for _name, address in getaddresses([str(message["To"])])]
    assert to == [line.split("<")[1].rstrip(">") for line in seen["to"]]
    cc = [address for _name, address in getaddresses([str(message["Cc"])])]
    assert cc == [line.split("<")[1].rstrip(">") for line in seen["cc"]]
    (attached,) = message.iter_attachments()
    assert attached.get_content() == (drafts_dir() / attached.get_filename()).read_bytes()
    assert main_window.statusBar().currentMessage() == (
        f"Entwurf gespeichert unter {eml} und geöffnet")


def test_no_draft_no_circulation(main_window, store_of, opened, tmp_path):
    broken = tmp_path / "kaputt.txt"
    broken.write_text("Liebe Mitglieder,\nanbei das Protokoll.\n", encoding="utf-8")
    QSettings().setValue("templates/mail_minutes", str(broken))
    meeting, tab = minutes_tab(main_window, store_of, "SG 7")
    answer = when_dialog(accept)
    click(find(tab, QPushButton, "Protokoll versenden …"))
    assert answer.check() == "Protokoll versenden"
    error = tab.circulation.send_error
    assert error.isVisible()
    assert error.text() == ("Die Textvorlage kaputt.txt muss mit einer Zeile „Betreff: …“ "
                            "beginnen.")
    assert store_of.circulations.list(meeting.id) == []
    assert store_of.meetings.get(meeting.id).state is MeetingState.DRAFT
    assert opened == []


def test_send_the_invitation(main_window, store_of, opened):
    meeting, tab = minutes_tab(main_window, store_of, "SG 9")
    assert meeting.state is MeetingState.PLANNED
    answer = when_dialog(accept, answer_question("Ja"))
    assert find(tab, QPushButton, "Einladung exportieren …")  # beside it: the header's
    click(find(main_window, QPushButton, "Einladung versenden …"))
    assert answer.check() == "Einladung versenden; Einladung exportiert"
    (eml,) = opened
    message = parse(eml)
    assert message["Subject"].startswith("Einladung: 9. Sitzung")
    assert message["Cc"] is not None  # deputies are invited to stand in
    attached, entry = message.iter_attachments()
    assert attached.get_filename().startswith("Einladung SG 9 ")
    assert entry.get_content_type() == "text/calendar"  # to put in the calendar
    assert entry.get_param("method") == "REQUEST"
    assert f"UID:{meeting.id}@sro-desktop" in entry.get_content()
    assert store_of.circulations.list(meeting.id) == []  # no record of invitations
    assert store_of.meetings.get(meeting.id).state is MeetingState.INVITED
