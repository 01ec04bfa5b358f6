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
