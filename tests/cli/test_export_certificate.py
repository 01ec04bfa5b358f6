"""`sro-desktop export certificate` (issue 17, item 3): the Teilnahmebescheinigung of a
participant of the demo's visit, read back as Word reads it; a person who did not take
part and an unknown event are refused, and nothing is written."""

from __future__ import annotations

from command_line import assert_user_error, run
from document_reading import page_sizes_cm, text_of

from sro_desktop.store import Store


def participant_and_stranger(demo) -> tuple[str, str]:
    with Store.open(demo, read_only=True) as store:
        event = store.learning_events.resolve("Hospitation in Rosenheim")
        taking_part = {p.person_id for p in store.learning_participants.list(event.id)}
        names = {p.id: f"{p.last_name}, {p.first_name}" for p in store.people.list()}
    stranger = next(name for pid, name in names.items() if pid not in taking_part)
    return names[sorted(taking_part)[0]], stranger


def test_the_certificate_of_a_participant(demo, tmp_path):
    person, stranger = participant_and_stranger(demo)
    out = tmp_path / "bescheinigung.docx"
    result = run("export", "certificate", "--db", demo, "--event", "Hospitation in Rosenheim",
                 "--person", person, "--out", out)
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    last, first = person.split(", ")
    assert "Teilnahmebescheinigung" in text
    assert page_sizes_cm(out) == [(21.0, 29.7)]  # A4, as printed in Rostock
    assert f"{first} {last} hat am " in text
    assert "an der Veranstaltung „Hospitation in Rosenheim“ (Stadtjugendamt Rosenheim) " \
           "teilgenommen." in text
    assert_user_error(run("export", "certificate", "--db", demo, "--event", "Hospitation in",
                          "--person", stranger, "--out", tmp_path / "x.docx"),
                      "Teilnehmerliste")
    assert_user_error(run("export", "certificate", "--db", demo, "--event", "Zirkus",
                          "--person", person, "--out", tmp_path / "y.docx"), "Zirkus")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bescheinigung.docx"]
