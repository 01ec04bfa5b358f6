"""An organisation's kind by its German label; free text of older files as it is."""

from __future__ import annotations

import pytest

from sro_desktop.domain.labels import organization_kind_label


@pytest.mark.parametrize(("stored", "shown"), [
    ("office", "Amt/Verwaltung"), ("provider", "freier Träger"), ("university", "Hochschule"),
    ("consultancy", "Beratung"), ("ministry", "Ministerium"), ("other", "sonstige"),
    ("", ""), ("Wissenschaft", "Wissenschaft"), ("freier Träger", "freier Träger"),
])
def test_kind_label(stored, shown):
    assert organization_kind_label(stored) == shown
