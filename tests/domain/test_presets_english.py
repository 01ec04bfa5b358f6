"""What the program names itself is shown in English when English is in use: the rule
presets, the sides a new body starts with, the standard text modules and what their
placeholders stand for (the placeholder keys stay German: they are typed into texts)."""

from __future__ import annotations

import pytest

from sro_desktop.domain.bodies import STEERING_SIDES
from sro_desktop.domain.enums import BodyKind
from sro_desktop.domain.model import TextModule
from sro_desktop.domain.procedure import preset
from sro_desktop.domain.text_modules import placeholder_descriptions, with_defaults


def test_the_presets_in_german():
    steering = preset(BodyKind.STEERING)
    assert steering.name == "Paritätische Steuerungsgruppe"
    assert steering.explanation.startswith("Verwaltung und freie Träger mit gleich vielen")
    assert [s.label for s in steering.sides][:2] == ["Verwaltung", "Freie Träger"]


@pytest.mark.usefixtures("english")
def test_the_presets_in_english():
    steering = preset(BodyKind.STEERING)
    assert steering.name == "Equal-membership steering group"
    assert steering.explanation.startswith("Administration and independent providers with")
    assert [(s.label, s.short_label) for s in STEERING_SIDES] == [
        ("Administration", "A"), ("Independent providers", "I"), ("Science", "S"),
        ("Project consultancy", "P")]
    assert preset(BodyKind.SUBCOMMITTEE).name == "Subcommittee"


@pytest.mark.usefixtures("english")
def test_a_new_body_in_english_gets_english_sides(store):
    body = store.bodies.add("Steering group", "SG", BodyKind.STEERING, from_preset=True)
    assert [(s.name, s.short) for s in store.sides.list(body.id)][:2] == [
        ("Administration", "A"), ("Independent providers", "I")]


@pytest.mark.usefixtures("english")
def test_text_modules_in_english_with_german_keys():
    described = dict(placeholder_descriptions())
    assert described["Beginn"] == "the time of the start (“09:05”)"
    stored = TextModule("c", "sg", "closing", "Verschiedenes und Schluss", "Ende.")
    modules = {m.key: m for m in with_defaults("sg", [stored])}
    assert modules["opening"].title == "Opening and quorum"
    assert (modules["closing"].title, modules["closing"].text) == (
        "Any other business and close", "Ende.")


def test_text_modules_in_german():
    assert dict(placeholder_descriptions())["Beginn"] == "die Uhrzeit des Beginns („09:05“)"
    stored = TextModule("c", "sg", "closing", "Verschiedenes und Schluss", "Ende.")
    assert with_defaults("sg", [stored])[-1].title == "Verschiedenes und Schluss"
