"""The minutes say what the rules of procedure found (issue 11): who held a seat from
and until which TOP, the quorum of each decision without its conflicted members, the
advisory members' opinion, the way of voting and the names of a roll call."""

from __future__ import annotations

from document_reading import TODAY, text_of

from sro_desktop.documents.minutes import (
    Names,
    attendance_note,
    export_minutes,
    minutes_context,
)
from sro_desktop.documents.preview import minutes_html
from sro_desktop.domain.enums import AttendanceStatus, Choice, MeetingState, VotingMethod
from sro_desktop.domain.model import Attendance, Ballot, Person, SideVote

A = AttendanceStatus


class Meeting:
    """The demo's draft meeting of the steering group, its seats and TOPs by name."""

    def __init__(self, store):
        self.store = store
        sg = store.bodies.resolve("SG")
        self.meeting = next(m for m in store.meetings.list(sg.id)
                            if m.state is MeetingState.DRAFT)
        self.ctx = store.meetings.context(self.meeting.id)
        self.people = {p.full_name: p for p in store.people.list()}
        by_person = {m.person_id: m for m in self.ctx.members}
        self.seat = {name: by_person[p.id] for name, p in self.people.items()
                     if p.id in by_person}
        self.side = {s.name: s for s in self.ctx.sides}
        self.items = {i.position: i for i in self.ctx.items}

    def attend(self, name, status, **kw):
        self.store.attendance.set(self.meeting.id, self.seat[name].id, status, **kw)

    def export(self, folder):
        return text_of(export_minutes(self.store, self.meeting.id, folder / "protokoll.docx",
                                      today=TODAY))


def record_the_meeting(store) -> Meeting:
    """A meeting with a seat taken over, a seat handed over, three members excused, a
    vacant statutory seat, a decision whose two conflicted members break the quorum
    (with the advisory members' opinion), a roll call and a secret vote."""
    m = Meeting(store)
    for name in ("Jörg Brandt", "Derya Yılmaz", "Sabine Engel"):
        m.attend(name, A.EXCUSED)
    m.attend("Ulrike Petersen", A.REPRESENTED, handover_at_item_id=m.items[4].id)
    m.attend("Thomas Richter", A.PRESENT, handover_at_item_id=m.items[5].id,
             deputy_person_id=m.people["Carola Fuchs"].id)
    store.sides.update(m.side["Verwaltung"].id, statutory_seats=7)

    cooperation = store.decisions.add("Kooperationsvereinbarung Nordwest",
                                      agenda_item_id=m.items[6].id)
    store.decisions.record_votes(cooperation.id, [
        SideVote(m.side["Verwaltung"].id, 2, 0, 0),
        SideVote(m.side["Freie Träger"].id, 4, 0, 0),
        SideVote(m.side["Wissenschaft"].id, 1, 0, 0),
        SideVote(m.side["Projektberatung"].id, 0, 0, 1),
    ], conflicted=[m.seat["Birgit Lange"].id, m.seat["Piotr Kowalski"].id])

    roll_call = store.decisions.add("Fortschreibung des Sozialraumbudgets",
                                    agenda_item_id=m.items[7].id)
    store.decisions.set_voting_method(roll_call.id, VotingMethod.ROLL_CALL)
    choices = {"Stefan Ohmsen": Choice.YES, "Birgit Lange": Choice.YES,
               "Kathrin Seidel": Choice.NO, "Anke Hoffmann": Choice.ABSTAIN,
               "Piotr Kowalski": Choice.CONFLICTED, "Ulrike Petersen": Choice.YES,
               "Thomas Richter": Choice.YES, "Holger Barth": Choice.YES}
    store.decisions.record_ballots(roll_call.id, [Ballot(m.seat[name].id, choice)
                                                  for name, choice in choices.items()])

    secret = store.decisions.add("Wahl der Sprecherin", agenda_item_id=m.items[7].id)
    store.decisions.set_voting_method(secret.id, VotingMethod.SECRET)
    store.decisions.record_votes(secret.id, [SideVote(m.side["Verwaltung"].id, 3, 0, 0),
                                             SideVote(m.side["Freie Träger"].id, 4, 1, 0)])
    return m


def test_the_attendance_says_who_held_the_seat_from_and_until_which_top(demo_store, tmp_path):
    m = record_the_meeting(demo_store)
    text = m.export(tmp_path)
    assert ("Ulrike Petersen | Jugendwerk Leuchtturm e. V. | Mitglied | "
            "vertreten durch Jan Nowak (bis TOP 3; ab TOP 4 selbst)") in text
    assert "Thomas Richter | " in text
    assert "| Mitglied | ab TOP 5 vertreten durch Carola Fuchs" in text
    assert "Entschuldigt: Jörg Brandt, Marco Wendt, Derya Yılmaz" in text
    # the opening: statutory seats, the vacancy
    assert ("stellt die ordnungsgemäße Einladung und die Beschlussfähigkeit fest (8 von 13 "
            "Stimmberechtigten anwesend: Verwaltung 3, Freie Träger 5; 1 Sitz ist "
            "unbesetzt).") in text


def test_a_decision_says_its_quorum_opinion_and_way_of_voting(demo_store, tmp_path):
    m = record_the_meeting(demo_store)
    text = m.export(tmp_path)
    cooperation = text[text.index("Kooperationsvereinbarung Nordwest"):]
    assert cooperation.startswith(
        "Kooperationsvereinbarung Nordwest\n"
        "Abstimmung (einfache Mehrheit): Verwaltung: Ja 2, Nein 0, Enthaltung 0; "
        "Freie Träger: Ja 4, Nein 0, Enthaltung 0\n"  # the advisory sides apart:
        "Wegen Befangenheit nicht mitgewirkt: Birgit Lange, Piotr Kowalski\n"
        "Ergebnis: einstimmig angenommen\n"
        "Votum der beratenden Mitglieder: Ja 1, Nein 0, Enthaltung 1\n"
        "Hinweis: nicht beschlussfähig bei TOP 6: 2 Mitglieder befangen\n")

    roll_call = text[text.index("Fortschreibung des Sozialraumbudgets"):]
    assert roll_call.startswith(
        "Fortschreibung des Sozialraumbudgets\n"
        "Namentliche Abstimmung (einfache Mehrheit): Verwaltung: Ja 2, Nein 1, "
        "Enthaltung 0; Freie Träger: Ja 3, Nein 0, Enthaltung 1\n"
        "Stimmen: Ja: Birgit Lange, Stefan Ohmsen, Holger Barth, Carola Fuchs für "
        "Thomas Richter, Ulrike Petersen; Nein: Kathrin Seidel; Enthaltung: Anke "
        "Hoffmann; befangen: Piotr Kowalski\n"
        "Wegen Befangenheit nicht mitgewirkt: Piotr Kowalski\n"
        "Ergebnis: in namentlicher Abstimmung mehrheitlich angenommen "
        "(Ja 5, Nein 1, Enthaltung 1)\n"
        "Beschluss")  # quorate with one member conflicted: 7 of 13 present: no note

    secret = text[text.index("Wahl der Sprecherin"):]
    assert secret.startswith(
        "Wahl der Sprecherin\n"
        "Geheime Abstimmung (einfache Mehrheit): Verwaltung: Ja 3, Nein 0, Enthaltung 0; "
        "Freie Träger: Ja 4, Nein 1, Enthaltung 0\n"
        "Ergebnis: in geheimer Abstimmung mehrheitlich angenommen "
        "(Ja 7, Nein 1, Enthaltung 0)\n")
    assert "Stimmen:" not in secret


def test_the_rules_may_leave_the_names_of_a_roll_call_out(demo_store, tmp_path):
    m = record_the_meeting(demo_store)
    demo_store.bodies.update(m.meeting.body_id, roll_call_names=False)
    text = m.export(tmp_path)
    assert "Namentliche Abstimmung (einfache Mehrheit): Verwaltung: Ja 2" in text
    assert "Stimmen:" not in text
    assert "Wegen Befangenheit nicht mitgewirkt: Piotr Kowalski" in text


def test_the_preview_says_the_same(demo_store):
    m = record_the_meeting(demo_store)
    html = minutes_html(minutes_context(demo_store, m.meeting.id, today=TODAY))
    for line in ("vertreten durch Jan Nowak (bis TOP 3; ab TOP 4 selbst)",
                 "ab TOP 5 vertreten durch Carola Fuchs",
                 "Votum der beratenden Mitglieder: Ja 1, Nein 0, Enthaltung 1",
                 "Hinweis: nicht beschlussfähig bei TOP 6: 2 Mitglieder befangen",
                 "<b>Namentliche Abstimmung (einfache Mehrheit):</b>",
                 "<b>Stimmen:</b> Ja: Birgit Lange, Stefan Ohmsen, Holger Barth, Carola Fuchs "
                 "für Thomas Richter, Ulrike Petersen; Nein: Kathrin Seidel",
                 "<b>Geheime Abstimmung (einfache Mehrheit):</b>"):
        assert line in html


def test_the_attendance_note_with_arrival_and_departure():
    names = Names({"jk": Person("jk", "Kraus", "Jan")}, {})
    positions = {"t2": 2, "t4": 4, "t6": 6, "t1": 1}
    late_deputy = Attendance("a", "m", A.REPRESENTED, "s", deputy_person_id="jk",
                             arrives_at_item_id="t2", handover_at_item_id="t4")
    assert attendance_note(late_deputy, names, positions) == (
        "vertreten durch Jan Kraus (bis TOP 2; ab TOP 4 selbst), ab TOP 2")
    leaving = Attendance("a", "m", A.PRESENT, "s", deputy_person_id="jk",
                         handover_at_item_id="t4", leaves_at_item_id="t6")
    assert attendance_note(leaving, names, positions) == (
        "ab TOP 4 vertreten durch Jan Kraus, bis vor TOP 6")
