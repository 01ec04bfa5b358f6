"""The lower floors speak English when English is installed: a refusal, the quorum
sentence and a finding of ``check`` come from the catalogue, not in German."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from domain_factories import (
    DAY,
    STEERING_SIDES,
    TRAEGER,
    VERWALTUNG,
    attend_first,
    owner,
    steering_body,
    steering_members,
    task,
)

from sro_desktop import language
from sro_desktop.domain.bodies import check_body
from sro_desktop.domain.enums import DecisionRule, VotingMethod
from sro_desktop.domain.errors import RuleViolation
from sro_desktop.domain.history import HistoryAction, HistoryEntry, describe
from sro_desktop.domain.model import SideVote
from sro_desktop.domain.quorum import not_quorate_note, quorum
from sro_desktop.domain.tasks import check_task


@pytest.mark.usefixtures("english")
def test_a_refusal_in_english():
    with pytest.raises(RuleViolation) as refused:
        check_body(replace(steering_body(), name=""))
    assert str(refused.value) == "A body needs a name."


@pytest.mark.usefixtures("english")
def test_the_quorum_sentence_in_english():
    seats = steering_members(6, 6)
    attendance = attend_first(seats, VERWALTUNG, 5) + attend_first(seats, TRAEGER, 4)
    result = quorum(steering_body(), STEERING_SIDES, seats, attendance, DAY)
    assert result.sentence == ("Steuerungsgruppe is quorate: 9 of 12 voting members present "
                               "(Verwaltung 5, Freie Träger 4).")


@pytest.mark.usefixtures("english")
def test_a_check_finding_in_english(store):
    from sro_desktop.store.check import check

    store.db.execute("DROP TRIGGER people_search_update")
    (finding,) = check(store)
    assert finding.startswith("The search does not follow all changes, triggers missing: ")
    assert "people_search_update" in finding


def test_german_again_after_english():
    language.use("en")
    language.use("de")
    with pytest.raises(RuleViolation, match="Ein Gremium braucht einen Namen."):
        check_body(replace(steering_body(), name=""))


# --- whole sentences, not pieces ---------------------------------------------------------

@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(("rule", "votes", "basis", "text"), [
    (DecisionRule.SIMPLE, [(9, 0, 0)], {}, "adopted unanimously"),
    (DecisionRule.SIMPLE, [(5, 2, 1)], {}, "adopted by majority (yes 5, no 2, abstentions 1)"),
    (DecisionRule.SIMPLE, [(5, 2, 1)], {"method": VotingMethod.ROLL_CALL},
     "adopted by majority in a roll-call vote (yes 5, no 2, abstentions 1)"),
    (DecisionRule.TWO_THIRDS, [(5, 4, 0)], {"method": VotingMethod.SECRET},
     "rejected in a secret ballot: no two-thirds majority (yes 5, no 4, abstentions 0)"),
    (DecisionRule.ABSOLUTE, [(5, 1, 0)], {"statutory": {"v": 6, "t": 6}},
     "rejected: no absolute majority; 7 yes votes of 12 members required "
     "(yes 5, no 1, abstentions 0)"),
    (DecisionRule.SIMPLE, [(3, 3, 0)], {}, "rejected: tie; the chair has no casting vote "
                                           "(yes 3, no 3, abstentions 0)"),
])
def test_vote_results_in_english(rule, votes, basis, text):
    from sro_desktop.domain.votes import Basis, evaluate

    side_votes = [SideVote(VERWALTUNG.id, *votes[0])]
    assert evaluate(rule, side_votes, STEERING_SIDES, basis=Basis(**basis)).text == text


@pytest.mark.usefixtures("english")
def test_double_majority_names_the_sides_in_english():
    from sro_desktop.domain.votes import evaluate

    result = evaluate(DecisionRule.DOUBLE, [SideVote(VERWALTUNG.id, 6, 0, 1),
                                            SideVote(TRAEGER.id, 1, 4)], STEERING_SIDES)
    assert result.text == ("rejected: no majority among Freie Träger "
                           "(Verwaltung 6 : 0, Freie Träger 1 : 4, abstentions 1)")


@pytest.mark.usefixtures("english")
def test_quorum_reasons_in_english():
    seats = steering_members(6, 6)
    body = steering_body(quorum_each_parity_side=True)
    result = quorum(body, STEERING_SIDES, seats, attend_first(seats, VERWALTUNG, 4), DAY)
    assert result.reasons == ("more than half of the voting members required",
                              "Freie Träger not represented")
    assert not_quorate_note(result, 3).startswith("not quorate at item 3: more than half")


@pytest.mark.usefixtures("english")
def test_history_sentence_in_english():
    entry = HistoryEntry(1, "votes", "r1", datetime(2026, 11, 12, 13, 3, tzinfo=UTC),
                         "Nadine Schulz", HistoryAction.UPDATE, {"yes": (6, 5)}, "d1")
    assert describe(entry, {}, "Verwaltung", tz=UTC) == (
        "Nadine Schulz changed the vote of Verwaltung on 12.11.2026 13:03: Yes: 6 → 5")
    new = HistoryEntry(2, "tasks", "r1", datetime(2026, 11, 12, 13, 3, tzinfo=UTC), "",
                       HistoryAction.UPDATE, {"tandem": (0, 1)})
    assert describe(new, {}, tz=UTC) == "Unknown changed on 12.11.2026 13:03: Tandem: no → yes"


@pytest.mark.usefixtures("english")
def test_tandem_refusal_in_english():
    with pytest.raises(RuleViolation) as refused:
        check_task(replace(task(owners=[owner(VERWALTUNG)]), tandem=True), STEERING_SIDES)
    assert str(refused.value) == ("A tandem needs one person responsible from each side; "
                                  "missing: Freie Träger.")


@pytest.mark.usefixtures("english")
def test_quarters_weekdays_and_parity_in_english():
    from datetime import date

    from sro_desktop.domain.bodies import parity
    from sro_desktop.domain.calendar import german_weekday, quarter_label, short_quarter_label

    assert quarter_label(2027, 2) == "Q2 2027"
    assert short_quarter_label(2027, 2) == "Q2/2027"
    assert german_weekday(date(2017, 2, 21)) == "Tuesday"
    assert parity(STEERING_SIDES, steering_members(6, 6), DAY).message == "parity 6 : 6"


@pytest.mark.usefixtures("english")
def test_what_names_an_organisation_in_english(store):
    from sro_desktop.store.privacy import table_count

    org = store.organizations.add("Jugendamt Rostock")
    store.people.add("Becker", "Anke", organization_id=org.id)
    store.people.add("Schulz", "Nadine", organization_id=org.id)
    assert store.organizations.references_text(org.id) == "2 people"
    assert table_count("meetings", 1) == "1 Meeting"
    assert table_count("meetings", 3) == "3 meetings"
    with pytest.raises(RuleViolation) as refused:
        store.organizations.delete(org.id)
    assert str(refused.value).startswith("“Jugendamt Rostock” is still entered for: 2 people.")
