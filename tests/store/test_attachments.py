"""The papers of a TOP kept inside the file: added from a path or as bytes, listed
without their bytes, read back identical, refused when empty, too large, twice at one
TOP or at approved minutes; removal leaves a tombstone that undo takes back."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest

from sro_desktop.domain.attachments import MAX_SIZE, size_label
from sro_desktop.domain.enums import MeetingState
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.store import Store
from sro_desktop.store.check import check
from sro_desktop.store.undo import UndoLog

S = MeetingState
MARCH, APRIL = date(2026, 3, 10), date(2026, 4, 14)
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40


@pytest.fixture
def item(steering):
    meeting, items = steering.meeting(MARCH, "Begrüßung", "Modellregion festlegen")
    return items[1]


def test_a_file_from_a_path_is_stored_with_size_type_and_checksum(store, item, tmp_path):
    source = tmp_path / "Konzept Modellregion.pdf"
    source.write_bytes(PDF)
    added = store.attachments.add(item.id, source)
    assert (added.name, added.media_type, added.size, added.sha256, added.position) == (
        "Konzept Modellregion.pdf", "application/pdf", len(PDF),
        hashlib.sha256(PDF).hexdigest(), 1)
    assert store.attachments.content(added.id) == PDF
    path = store.path
    store.close()
    with Store.open(path) as again:
        [listed] = again.attachments.list(item.id)
        assert listed == added
        data = again.attachments.content(added.id)
        assert hashlib.sha256(data).hexdigest() == listed.sha256
    row = sqlite3.connect(path).execute(
        "SELECT name, size, sha256, length(content) FROM attachments").fetchone()
    assert row == ("Konzept Modellregion.pdf", len(PDF), hashlib.sha256(PDF).hexdigest(),
                   len(PDF))


def test_bytes_with_a_name_follow_the_others(store, item):
    first = store.attachments.add(item.id, ("a.pdf", PDF))
    second = store.attachments.add(item.id, ("Tabelle.xlsx", b"PK\x03\x04 data"))
    odd = store.attachments.add(item.id, ("../ordner/Notiz ohne Endung", b"text"))
    assert [a.name for a in store.attachments.list(item.id)] == [
        "a.pdf", "Tabelle.xlsx", "Notiz ohne Endung"]
    assert [a.position for a in (first, second, odd)] == [1, 2, 3]
    assert second.media_type.startswith("application/vnd.openxmlformats")
    assert odd.media_type == "application/octet-stream"


def test_lists_do_not_read_the_bytes(store, item):
    store.attachments.add(item.id, ("a.pdf", PDF))
    assert not hasattr(store.attachments.list(item.id)[0], "content")
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    store.attachments.list(item.id)
    store.attachments.for_meeting(item.meeting_id)
    store.db.conn.set_trace_callback(None)
    assert statements
    assert not any("content" in s or "*" in s for s in statements)


def test_a_file_over_the_limit_is_refused_naming_it_and_the_limit(store, item, tmp_path):
    big = tmp_path / "Haushaltsplan.pdf"
    with big.open("wb") as f:
        f.truncate(MAX_SIZE + 1)
    with pytest.raises(RuleViolation) as refused:
        store.attachments.add(item.id, big)
    assert "„Haushaltsplan.pdf“" in str(refused.value)
    assert "20 MB" in str(refused.value)
    with pytest.raises(RuleViolation, match="bis 20 MB"):
        store.attachments.add(item.id, ("gross.bin", b"x" * (MAX_SIZE + 1)))
    assert store.attachments.list(item.id) == []
    store.attachments.add(item.id, ("genau.bin", b"x" * MAX_SIZE))  # the limit itself is fine


def test_an_empty_or_missing_file_is_refused(store, item, tmp_path):
    empty = tmp_path / "leer.docx"
    empty.write_bytes(b"")
    with pytest.raises(RuleViolation, match="„leer.docx“ ist leer"):
        store.attachments.add(item.id, empty)
    with pytest.raises(RuleViolation, match="„fehlt.pdf“ ließ sich nicht lesen"):
        store.attachments.add(item.id, tmp_path / "fehlt.pdf")
    with pytest.raises(RuleViolation, match="Dateinamen"):
        store.attachments.add(item.id, ("  ", b"x"))
    assert store.attachments.list(item.id) == []


def test_the_same_file_twice_at_one_top_is_refused_elsewhere_fine(store, steering, item):
    store.attachments.add(item.id, ("Konzept.pdf", PDF))
    with pytest.raises(RuleViolation, match="„Kopie.pdf“ hängt schon an diesem TOP "
                                            "\\(als „Konzept.pdf“\\)"):
        store.attachments.add(item.id, ("Kopie.pdf", PDF))
    other = store.agenda.list(item.meeting_id)[0]
    store.attachments.add(other.id, ("Konzept.pdf", PDF))
    assert len(store.attachments.list(item.id)) == 1


def test_rename_keeps_the_extension_and_refuses_an_empty_name(store, item):
    added = store.attachments.add(item.id, ("scan0001.pdf", PDF))
    assert store.attachments.rename(added.id, "Stellungnahme").name == "Stellungnahme.pdf"
    renamed = store.attachments.rename(added.id, "Übersicht.docx")
    assert (renamed.name, renamed.media_type) == (
        "Übersicht.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    with pytest.raises(RuleViolation, match="Dateinamen"):
        store.attachments.rename(added.id, " ")
    with pytest.raises(RuleViolation):
        store.attachments.update(added.id, size=1)


def test_removal_is_a_tombstone_and_undo_brings_the_paper_back(store, item):
    added = store.attachments.add(item.id, ("a.pdf", PDF))
    log = UndoLog(store.db)
    mark = log.mark()
    store.attachments.delete(added.id)
    assert store.attachments.list(item.id) == []
    assert store.db.execute("SELECT deleted_at IS NOT NULL FROM attachments").fetchone() == (1,)
    step = log.since(mark)
    assert step is not None
    log.apply(step)
    assert store.attachments.list(item.id) == [added]
    assert store.attachments.content(added.id) == PDF


def test_approved_minutes_keep_their_papers(store, steering, item):
    added = store.attachments.add(item.id, ("a.pdf", PDF))
    steering.attend_all(item.meeting_id)
    steering.walk(item.meeting_id, S.INVITED, S.HELD, S.DRAFT, S.SENT)
    later, _ = steering.meeting(APRIL, "Genehmigung des Protokolls der letzten Sitzung")
    steering.approve(item.meeting_id, later.id)
    for refused in (lambda: store.attachments.add(item.id, ("b.pdf", b"neu")),
                    lambda: store.attachments.rename(added.id, "c.pdf"),
                    lambda: store.attachments.delete(added.id)):
        with pytest.raises(RuleViolation, match="genehmigt; die Unterlagen"):
            refused()
    with pytest.raises(RuleViolation, match="genehmigt"), store.edit():  # the file itself too
        store.db.execute("UPDATE attachments SET name = 'x.pdf'")
    assert store.attachments.list(item.id) == [added]
    assert check(store) == []


def test_size_labels_are_german():
    assert [size_label(n) for n in (1, 512, 2048, 1_258_291, 20 * 1024 * 1024)] == [
        "1 Byte", "512 Bytes", "2 KB", "1,2 MB", "20,0 MB"]


def test_check_finds_bytes_changed_behind_the_programs_back(store, item):
    added = store.attachments.add(item.id, ("a.pdf", PDF))
    assert check(store) == []
    with store.edit():
        store.db.execute("UPDATE attachments SET content = ? WHERE id = ?", [b"anders", added.id])
    assert check(store) == [f"Unterlage „a.pdf“ ({added.id}): Inhalt passt nicht zu Größe "
                            f"und Prüfsumme beim Anhängen."]


def test_the_auskunft_names_a_paper_that_names_the_person_without_its_bytes(
        store, steering, item, tmp_path):
    from sro_desktop.documents.personal_data import export_personal_data

    person = steering.person[steering.admin[1].id]
    name = f"Stellungnahme {person.first_name} {person.last_name}.pdf"
    added = store.attachments.add(item.id, (name, PDF))
    path = export_personal_data(store, person.id, tmp_path / "auskunft.json")
    text = path.read_text(encoding="utf-8")
    assert name in text
    assert added.id in text
    assert "%PDF" not in text  # the bytes stay in the file
    assert '"Unterlage"' in text
