"""Every rule case of the table the page "Regeln" is made from gives its sentence."""

from __future__ import annotations

import pytest

from sro_desktop.domain.rule_cases import CASES


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.topic}-{n}")
                                  for n, c in enumerate(CASES, 1)])
def test_rule_case_gives_its_sentence(case):
    assert case.compute() == case.sentence


def test_the_table_covers_every_topic_with_several_cases():
    topics = {c.topic for c in CASES}
    assert topics == {"Beschlussfähigkeit", "Stellvertretung", "Mehrheiten",
                      "Stimmengleichheit", "Abstimmungsarten", "Umlaufverfahren"}
    assert all(sum(c.topic == t for c in CASES) >= 2 for t in topics)


def test_the_rules_page_in_docs_is_made_from_the_table():
    from pathlib import Path

    from sro_desktop.documents.rules_page import rules_page

    page = (Path(__file__).parents[2] / "docs" / "regeln.md").read_text(encoding="utf-8")
    assert page == rules_page(), "regenerate: python -m sro_desktop.documents.rules_page"
    for case in CASES:
        assert f"„{case.sentence}“" in page


# German words the page must not show in English (whole words; the body and side names
# of the cases are the program's own example names and are translated too).
GERMAN = ("Beschlussfähig", "beschlussfähig", "angenommen", "abgelehnt", "Mehrheit",
          "Mehrheiten", "Sitzung", "und", "TOP", "Stimmberechtigten", "Geschäftsordnung",
          "Steuerungsgruppe", "Beirat", "Verwaltung", "Freie Träger", "Enthaltung",
          "Umlaufverfahren", "Stellvertretung", "Voreinstellung", "Regeln", "„")


@pytest.mark.usefixtures("english")
def test_the_rules_page_in_english_shows_no_german_and_the_english_results():
    import re

    from sro_desktop.documents.rules_page import rules_page
    from sro_desktop.domain.enums import DecisionRule
    from sro_desktop.domain.model import SideVote
    from sro_desktop.domain.rule_cases import steering_sides
    from sro_desktop.domain.votes import evaluate

    page = rules_page()
    assert page.startswith("# Rules\n\n")
    found = [w for w in GERMAN if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", page)]
    assert found == []
    for heading in ("## Quorum", "## Deputies", "## Majorities", "## Tied vote",
                    "## Ways of voting", "## Written procedure"):
        assert f"\n{heading}\n" in page
    for case in CASES:
        result = case.compute()
        assert result != case.sentence, "the result is computed in English"
        assert f"*“{result}”*" in page
        assert f"- {case.shown_situation()}\n" in page
    # what the vote and quorum functions themselves say in English
    votes = [SideVote("V", 5, 1, 0), SideVote("T", 4, 2, 0)]
    double = evaluate(DecisionRule.DOUBLE, votes, steering_sides()).text
    assert double == ("adopted by a double majority "
                      "(Administration 5 : 1, Independent providers 4 : 2)")
    assert f"“{double}”" in page
    assert CASES[0].compute() == (
        "Steering group is quorate: 7 of 12 voting members present and without a conflict "
        "of interest (Administration 4, Independent providers 3).")


def test_the_rules_page_is_german_again_after_english():
    from sro_desktop import language
    from sro_desktop.documents.rules_page import rules_page

    german = rules_page()
    language.use("en")
    try:
        assert rules_page() != german
    finally:
        language.use("de")
    assert rules_page() == german
