"""`sro-desktop export eml`: the draft file read back by the standard library's parser."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from email.utils import getaddresses

from command_line import assert_user_error, run
from ical.calendar_stream import IcsCalendarStream

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def parse(path):
    with path.open("rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)


def test_the_minutes_draft(demo, tmp_path):
    out = tmp_path / "Protokoll SG 7.eml"
    result = run("export", "eml", "--db", demo, "--meeting", "SG 7", "--deputies",
                 "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Geschrieben: {out} (an ")
    message = parse(out)
    assert message["X-Unsent"] == "1"
    assert message["Subject"].startswith("Protokoll-Entwurf: 7. Sitzung der Steuerungsgruppe")
    to = getaddresses([str(message["To"])])
    assert ("Jörg Brandt", "joerg.brandt@example.org") in to
    assert getaddresses([str(message["Cc"])])  # the deputies
    (attached,) = message.iter_attachments()
    assert attached.get_content_type() == DOCX
    assert attached.get_filename().startswith("Niederschrift SG 7 ")
    assert attached.get_content()[:2] == b"PK"  # a Word file (zip)


def test_the_invitation_draft_without_deputies(demo, tmp_path):
    out = tmp_path / "einladung.eml"
    assert run("export", "eml", "--db", demo, "--meeting", "SG 8", "--document",
               "invitation", "--out", out).returncode == 0
    message = parse(out)
    assert message["Cc"] is None
    assert message["Subject"].startswith("Einladung: 8. Sitzung")
    invitation, entry = message.iter_attachments()
    assert invitation.get_filename().startswith("Einladung SG 8 ")
    # the meeting as a calendar entry beside it, read by the strict iCalendar parser
    assert entry.get_content_type() == "text/calendar"
    assert entry.get_param("method") == "REQUEST"
    assert entry.get_content_charset() == "utf-8"  # else mail programs garble umlauts
    calendar = IcsCalendarStream.calendar_from_ics(entry.get_content())
    (event,) = calendar.events
    assert "Eröffnung" in event.description  # read as the mail program reads it
    assert event.summary.startswith("8. Sitzung")
    assert event.uid.endswith("@sro-desktop")


def test_refusals(demo, tmp_path):
    assert_user_error(run("export", "eml", "--db", demo, "--meeting", "SG 99",
                          "--out", tmp_path / "x.eml"), "SG 99")
    assert_user_error(run("export", "eml", "--db", demo, "--meeting", "SG 7",
                          "--out", tmp_path / "x.docx"), ".eml")
    # as the window's buttons: minutes go out as a draft, invitations before the meeting
    assert_user_error(run("export", "eml", "--db", demo, "--meeting", "SG 3",
                          "--out", tmp_path / "x.eml"), "schon genehmigt")
    assert_user_error(run("export", "eml", "--db", demo, "--meeting", "SG 9",
                          "--out", tmp_path / "x.eml"), "Protokoll-Entwurf")
    assert_user_error(run("export", "eml", "--db", demo, "--meeting", "SG 7", "--document",
                          "invitation", "--out", tmp_path / "x.eml"), "noch bevorsteht")
    assert not list(tmp_path.iterdir())
