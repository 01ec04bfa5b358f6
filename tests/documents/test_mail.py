"""The e-mail draft (documents/mail.py) read back by the standard library's parser, not
by the code that wrote it: headers, recipients, the text, the attachments' bytes; and the
ways to open it (documents/mail_programs.py): the .eml, a stand-in Thunderbird on PATH
that records what it was given, and Simple MAPI on Windows only."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path

import pytest
from waiting import WAIT_MS

from sro_desktop.documents.files import ExportError
from sro_desktop.documents.mail import (
    Draft,
    Recipient,
    meeting_document,
    meeting_draft,
    meeting_recipients,
    write_eml,
)
from sro_desktop.documents.mail_programs import (
    chosen_ways,
    compose_argument,
    open_draft,
    thunderbird_program,
)
from sro_desktop.store import Store

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
ODD_FIRST, ODD_LAST = 'Birgit "Bibi"', "O'Lange, geb. Groß"


@pytest.fixture(scope="module")
def world(tmp_path_factory, demo_file):
    """A copy of the demo where one member has no address and one a name with a quote, a
    comma and an umlaut; the minutes of SG 7 written as Word beside it."""
    folder = tmp_path_factory.mktemp("mail")
    copy = folder / "demo.sro"
    shutil.copy(demo_file, copy)
    with Store.open(copy) as store:
        people = {p.full_name: p for p in store.people.list()}
        store.people.update(people["Lars Grün"].id, email="")
        store.people.update(people["Birgit Lange"].id, first_name=ODD_FIRST,
                            last_name=ODD_LAST)
        meeting = store.meetings.resolve("SG 7")
        docx = meeting_document(store, meeting.id, "minutes",
                                folder / "Niederschrift SG 7 Prüfung.docx")
        yield store, meeting, docx, folder


def parse(path: Path):
    with path.open("rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)


def expected_addresses(store, meeting, *, deputies: bool) -> tuple[set[str], set[str]]:
    """The members' and their deputies' addresses as the file holds them."""
    people = {p.id: p for p in store.people.list()}
    seats = store.memberships.list(meeting.body_id, on=meeting.date)
    members = {people[s.person_id].email for s in seats if people[s.person_id].email}
    chosen = {s.person_id for s in seats}
    cc = {people[s.deputy_person_id].email for s in seats
          if deputies and s.deputy_person_id and s.deputy_person_id not in chosen
          and people[s.deputy_person_id].email}
    return members, cc


def test_the_draft_reads_back(world):
    store, meeting, docx, folder = world
    recipients = meeting_recipients(store, meeting.id, deputies=True)
    draft = meeting_draft(store, meeting.id, "minutes", docx, recipients,
                          extra=[("Sitzung.ics", ICS, "text/calendar; method=REQUEST")])
    message = parse(write_eml(draft, folder / "entwurf.eml"))

    to = [address for _name, address in getaddresses([str(message["To"])])]
    cc = [address for _name, address in getaddresses([str(message["Cc"])])]
    members, deputies = expected_addresses(store, meeting, deputies=True)
    assert set(to) == members
    assert len(to) == len(members)
    assert set(cc) == deputies
    assert deputies
    assert message["X-Unsent"] == "1"
    assert message["From"] is None  # not known: the mail program puts in its account
    # by side, as the member list: the administration first, then the free providers
    sides = {s.id: s for s in store.sides.list(meeting.body_id)}
    by_address = {store.people.get(m.person_id).email: sides[m.side_id].position
                  for m in store.memberships.list(meeting.body_id, on=meeting.date)}
    assert [by_address[a] for a in to] == sorted(by_address[a] for a in to)
    # names with umlauts, quotes and commas survive the header encoding
    names = {a.addr_spec: a.display_name for a in message["To"].addresses}
    assert names["joerg.brandt@example.org"] == "Jörg Brandt"
    assert names["birgit.lange@example.org"] == f"{ODD_FIRST} {ODD_LAST}"
    assert message["Subject"] == (
        "Protokoll-Entwurf: 7. Sitzung der Steuerungsgruppe Sozialraumorientierung am "
        f"{meeting.date:%d.%m.%Y}")

    text = message.get_body(preferencelist=("plain",))
    assert text.get_content_type() == "text/plain"
    assert text.get_content_charset() == "utf-8"
    content = text.get_content()
    assert "anbei erhalten Sie den Entwurf des Protokolls der 7. Sitzung" in content
    assert "bis zur nächsten Sitzung" in content
    assert docx.name in content

    attached = list(message.iter_attachments())
    assert [a.get_filename() for a in attached] == [docx.name, "Sitzung.ics"]
    assert attached[0].get_content_type() == DOCX
    assert attached[0].get_content() == docx.read_bytes()
    assert attached[1].get_content_type() == "text/calendar"
    assert attached[1].get_param("method") == "REQUEST"
    assert attached[1].get_payload(decode=True) == ICS


def test_nobody_is_left_out_silently(world):
    store, meeting, _docx, _folder = world
    recipients = meeting_recipients(store, meeting.id)
    assert "Lars Grün" in recipients.missing
    assert "lars" not in " ".join(r.address for r in recipients.to)
    assert recipients.warning.startswith("Ohne gültige E-Mail-Adresse: Lars Grün.")
    assert recipients.cc == ()
    # the circulation records the names the draft goes to
    assert recipients.names().startswith(recipients.to[0].name + ", ")
    assert "Lars Grün" not in recipients.names()


def test_an_address_that_is_none_is_named(world):
    store, meeting, _docx, _folder = world
    brandt = next(p for p in store.people.list() if p.last_name == "Brandt")
    store.people.update(brandt.id, email="joerg.brandt at example.org")
    try:
        recipients = meeting_recipients(store, meeting.id)
    finally:
        store.people.update(brandt.id, email=brandt.email)
    assert recipients.missing == ("Jörg Brandt", "Lars Grün")
    assert recipients.warning.startswith("Ohne gültige E-Mail-Adresse (2): Jörg Brandt, ")


def test_the_users_own_text_and_a_from(world, tmp_path):
    store, meeting, docx, _folder = world
    template = tmp_path / "eigene.txt"
    template.write_text("Betreff: Grüße zur {{ meeting.number }}. Sitzung – bitte prüfen\n\n"
                        "Liebe Mitglieder,\nhier ist {{ document }}.\n", encoding="utf-8")
    draft = meeting_draft(store, meeting.id, "minutes", docx,
                          meeting_recipients(store, meeting.id), template=template,
                          sender=Recipient("Geschäftsstelle Jugendamt", "sro@example.org"))
    message = parse(write_eml(draft, tmp_path / "eigen.eml"))
    assert message["Subject"] == "Grüße zur 7. Sitzung – bitte prüfen"
    assert str(message["From"]) == "Geschäftsstelle Jugendamt <sro@example.org>"
    assert message.get_body().get_content() == (
        f"Liebe Mitglieder,\nhier ist {docx.name}.\n")

    template.write_text("Liebe Mitglieder\n", encoding="utf-8")
    with pytest.raises(ExportError, match="muss mit einer Zeile „Betreff: …“ beginnen"):
        meeting_draft(store, meeting.id, "minutes", docx, meeting_recipients(store, meeting.id),
                      template=template)
    template.write_text("Betreff: {{ meeting.nummer }}\n", encoding="utf-8")
    with pytest.raises(ExportError, match="unbekanntes Feld"):
        meeting_draft(store, meeting.id, "minutes", docx, meeting_recipients(store, meeting.id),
                      template=template)


def test_the_invitation_draft(world, tmp_path):
    store, _meeting, _docx, _folder = world
    invited = store.meetings.resolve("SG 8")
    docx = meeting_document(store, invited.id, "invitation", tmp_path / "Einladung SG 8.docx")
    draft = meeting_draft(store, invited.id, "invitation", docx,
                          meeting_recipients(store, invited.id, deputies=True))
    message = parse(write_eml(draft, tmp_path / "einladung.eml"))
    assert message["Subject"].startswith("Einladung: 8. Sitzung der Steuerungsgruppe")
    assert "Tagesordnung:\nTOP 1: " in message.get_body().get_content()
    (attached,) = message.iter_attachments()
    assert attached.get_content() == docx.read_bytes()


# -- the ways to open a draft -------------------------------------------------------------------


def small_draft(docx: Path) -> Draft:
    return Draft((Recipient(f"{ODD_LAST}, {ODD_FIRST}", "birgit.lange@example.org"),
                  Recipient("Jörg Brandt", "joerg.brandt@example.org")),
                 "Protokoll, Entwurf', mit 'Zeichen\"", "Zeile 1\nZeile 2 – ä\n",
                 ((docx.name, docx.read_bytes(), DOCX),),
                 (Recipient("Heike Krug", "heike.krug@example.org"),))


def compose_fields(argument: str) -> dict[str, str]:
    """Thunderbird's reading of ``-compose``: key=value, a value in single quotes ends at
    a quote followed by a comma (or at the end)."""
    fields, rest = {}, argument
    while rest:
        key, _, rest = rest.partition("=")
        if rest.startswith("'"):
            end = rest.find("',", 1)
            end = len(rest) - 1 if end < 0 else end
            fields[key], rest = rest[1:end], rest[end + 2:]
        else:
            value, _, rest = rest.partition(",")
            fields[key] = value
    return fields


def test_the_thunderbird_argument(world, tmp_path):
    _store, _meeting, docx, _folder = world
    body = tmp_path / "text.txt"
    fields = compose_fields(compose_argument(small_draft(docx), [docx], body))
    assert set(fields) == {"to", "cc", "subject", "message", "format", "attachment"}
    assert getaddresses([fields["to"]]) == [
        (f"{ODD_LAST}, {ODD_FIRST}", "birgit.lange@example.org"),
        ("Jörg Brandt", "joerg.brandt@example.org")]
    assert fields["cc"] == '"Heike Krug" <heike.krug@example.org>'
    assert fields["subject"] == "Protokoll, Entwurf' , mit 'Zeichen\""  # "'," can't pass
    assert fields["message"] == str(body)
    assert fields["format"] == "2"
    assert fields["attachment"] == docx.resolve().as_uri()
    assert "%C3%BC" in fields["attachment"]  # Prüfung: the URL is percent-encoded


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for it")
def test_a_thunderbird_on_path_gets_the_draft(world, tmp_path, monkeypatch):
    _store, _meeting, docx, _folder = world
    bin_dir, record = tmp_path / "bin", tmp_path / "argv.txt"
    bin_dir.mkdir()
    fake = bin_dir / "thunderbird"
    fake.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\0" "$a"; done > "{record}.part"'
                    f'\nmv "{record}.part" "{record}"\n', encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("SRO_MAIL_PROGRAM", raising=False)
    assert thunderbird_program() == fake
    opened_files: list[Path] = []
    draft = small_draft(docx)
    opened = open_draft(draft, tmp_path / "entwurf.eml", [docx], open_file=opened_files.append)
    assert (opened.way, opened.cancelled, opened_files) == ("thunderbird", False, [])
    assert opened.message() == "Entwurf in Thunderbird geöffnet"
    assert parse(opened.path)["X-Unsent"] == "1"  # the .eml is kept all the same
    assert opened.process is not None
    assert opened.process.wait(timeout=WAIT_MS / 1000) == 0
    argv = record.read_bytes().decode().split("\0")[:-1]
    assert argv[0] == "-compose"
    fields = compose_fields(argv[1])
    assert argv[1] == compose_argument(draft, [docx], Path(fields["message"]))
    assert Path(fields["message"]).read_text(encoding="utf-8") == draft.body


def test_the_eml_way_is_forced_and_opened(world, tmp_path, monkeypatch):
    _store, _meeting, docx, _folder = world
    monkeypatch.setenv("SRO_MAIL_PROGRAM", "eml")
    assert chosen_ways() == ["eml"]
    opened_files: list[Path] = []
    opened = open_draft(small_draft(docx), tmp_path / "entwurf.eml", [docx],
                        open_file=opened_files.append)
    assert opened.way == "eml"
    assert opened_files == [opened.path]
    assert opened.message() == f"Entwurf gespeichert unter {opened.path} und geöffnet"
    assert list(parse(opened.path).iter_attachments())[0].get_content() == docx.read_bytes()
    monkeypatch.setenv("SRO_MAIL_PROGRAM", "thunderbird")
    assert chosen_ways() == ["thunderbird", "eml"]


@pytest.mark.skipif(sys.platform != "win32", reason="Simple MAPI is Windows only")
def test_mapi_is_tried_first_on_windows(monkeypatch):
    monkeypatch.delenv("SRO_MAIL_PROGRAM", raising=False)
    assert chosen_ways()[0] == "mapi"
